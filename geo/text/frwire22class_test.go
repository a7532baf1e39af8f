package text

import "testing"

// TestCorpusFrwire22DatelineMonths: a French wire dateline may give its
// month in the agency's short form (« avr », « juil », « janv »); the
// capital before it is still the dateline's place.
func TestCorpusFrwire22DatelineMonths(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "DAKAR, 12 avr (APS) – Le ministre a inauguré lundi un forage à Kaolack.",
			places: []string{"DAKAR", "Kaolack"}},
		{doc: "MONTRÉAL, 22 juil (PC) – Un hydravion s'est écrasé samedi près de Roberval.",
			places: []string{"MONTRÉAL", "Roberval"}},
		{doc: "PORT-AU-PRINCE, 8 juil. (AFP) – Des pluies ont frappé Jacmel.",
			places: []string{"PORT-AU-PRINCE", "Jacmel"}},
		{doc: "ABIDJAN, 3 janv (AIP) – Le préfet a visité Bondoukou.",
			places: []string{"ABIDJAN", "Bondoukou"}},
		{doc: "NIAMEY, 14 déc (ANP) – Des pluies ont frappé Tillabéri.",
			places: []string{"NIAMEY", "Tillabéri"}},
	})
}

// TestCorpusFrwire22EventAdjective: a French event noun may take one
// adjective before its verb (« Une secousse tellurique a été enregistrée
// à 12 km », « Un incendie violent s'est déclaré »), and « a été
// ressentie » is the feminine of an event verb; the event's site is the
// place measured.
func TestCorpusFrwire22EventAdjective(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une secousse tellurique de magnitude 4,8 a été enregistrée vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Une secousse tellurique a été enregistrée vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Une secousse a été ressentie vendredi à 12 km au sud-est de Médéa.",
			rels: []string{"Une secousse: 12 km southeast of Médéa"}},
		{doc: "Un incendie violent s'est déclaré lundi à 8 km au nord de Digne.",
			rels: []string{"Un incendie: 8 km north of Digne"}},
	})
}
