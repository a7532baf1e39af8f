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
