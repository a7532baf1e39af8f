package text

import "testing"

// TestTownModifiers: a town used as a modifier before a noun of its
// people, officials or bodies (townnouns.tsv), or after a French one of
// lists.tsv and « de », is a place the text names; a noun a firm has too
// leaves a firm's name ("a Toyota supplier") alone.
func TestTownModifiers(t *testing.T) {
	for _, c := range []struct {
		name, doc, place string
		want             bool
	}{
		{"councillors opening a sentence", "Inverness councillors travelled to the friendly in Dingwall.", "Inverness", true},
		{"club's fans", "Chelsea fans travelled to Madrid.", "Chelsea", false},
		{"firm's distributors", "Nokia distributors in Lagos reported strong sales.", "Nokia", false},
		{"officials opening a sentence", "Zaria officials thanked the club.", "Zaria", true},
		{"colleagues", "Jaipur colleagues joined them on Tuesday.", "Jaipur", true},
		{"after an indefinite article", "A Machakos cooperative supplies its seedlings.", "Machakos", true},
		{"two-word town", "Fort Collins residents will vote on the plan.", "Fort Collins", true},
		{"guides", "Cusco guides lead treks to the ruins.", "Cusco", true},
		{"firm's supplier", "A Toyota supplier has built a parts plant.", "Toyota", false},
		{"airline's pilot", "An Emirates pilot has opened a guesthouse.", "Emirates", false},
		{"French buyers", "Des acheteurs de Port-Vila sont attendus.", "Port-Vila", true},
		{"French agencies", "Les agences de Papeete la recommandent.", "Papeete", true},
		{"French guides", "Les guides de Toliara y envoient leurs clients.", "Toliara", true},
	} {
		if got := mentionEvidence(c.doc, c.place) >= EvidencePreposition; got != c.want {
			t.Errorf("%s: Read(%q): %s a place = %v, want %v", c.name, c.doc, c.place, got, c.want)
		}
	}
}

// TestClubNames: a sports club named after its town (clubleads.tsv,
// clubtails.tsv) is no place, and a distance after it is said of the
// place the sentence names last, not of the club.
func TestClubNames(t *testing.T) {
	for _, c := range []struct{ name, doc, club string }{
		{"English lead", "Bayern Munich confirmed the move on Tuesday.", "Bayern Munich"},
		{"English tail", "Aston Villa supporters raised money for the farm.", "Aston Villa"},
		{"tail after a sentence's start", "On Monday Kano Pillars donated a borehole to the village.", "Kano Pillars"},
		{"French lead before de", "Le Stade de Reims ouvrira un centre de formation au domaine des Cray, à 12 km au sud de Reims.", "Le Stade de Reims"},
		{"French lead before elided d'", "Le Standard de Liège a ouvert un centre à la ferme du Château, à 10 km au sud de Liège.", "Le Standard de Liège"},
		{"listed club before a town noun", "Paris Saint-Germain officials gathered in Versailles.", "Paris Saint-Germain"},
	} {
		if got := mentionEvidence(c.doc, c.club); got != EvidenceUnlikely {
			t.Errorf("%s: Read(%q): %s is %s, want unlikely", c.name, c.doc, c.club, got)
		}
	}
	d := Read("Le Raja de Casablanca a ouvert une académie au douar Ouled Ahmed, à 25 km au sud de Casablanca.")
	if len(d.Relations) != 1 || d.Mentions[d.Relations[0].Subject].Name != "Ouled Ahmed" {
		t.Errorf("Read(Le Raja de Casablanca ...): relations %+v, want one of Ouled Ahmed", d.Relations)
	}
}

// TestModifierNameWords: « Grâce à » opening a sentence is no name, and
// "Port of Spain" is one name, not the port of Spain.
func TestModifierNameWords(t *testing.T) {
	if ev := mentionEvidence("Grâce à l'aide de Nouméa, une école a ouvert à 10 km au nord de Koné.", "Grâce"); ev > EvidenceUnlikely {
		t.Errorf("Grâce à ...: Grâce is %s, want no place", ev)
	}
	if ev := mentionEvidence("The fire service sent two engines to a warehouse 10 km east of Port of Spain.", "Port of Spain"); ev < EvidenceRelation {
		t.Errorf("... east of Port of Spain: Port of Spain is %s, want relation", ev)
	}
}

// TestOfficeOfElidedTown: a French office before a town glued to an
// elided « d' » is the office of that town (« le maire d'Édéa », as « le
// maire de Thiès »), where one right before a name is a person's title;
// "rescuers" of a town name it as its officials do.
func TestOfficeOfElidedTown(t *testing.T) {
	for _, c := range []struct {
		doc, name string
		place     bool
	}{
		{"Le maire d'Édéa a visité le chantier.", "Édéa", true},
		{"Le préfet d'Agadez a visité le chantier.", "Agadez", true},
		{"Le préfet Diallo a visité le chantier.", "Diallo", false},
		{"L'adjudant Laval a visité le chantier.", "Laval", false},
		{"Dumaguete rescuers arrived by ferry.", "Dumaguete", true},
	} {
		if got := mentionEvidence(c.doc, c.name) >= EvidencePreposition; got != c.place {
			t.Errorf("Read(%q): %s a place = %v, want %v", c.doc, c.name, got, c.place)
		}
	}
}

// TestSeatSubjectSetsUp: a French subject named after its town that sets
// something up (« a ouvert un dispensaire ») is no subject of the
// apposition after the place it set it up at: the distance places the
// « lieu-dit », not the hospital's town.
func TestSeatSubjectSetsUp(t *testing.T) {
	doc := "L'hôpital de Jacmel a ouvert un dispensaire au lieu-dit Bois-Joli, à 7 km à l'est de Léogâne."
	d := Read(doc)
	if len(d.Relations) != 1 || d.Mentions[d.Relations[0].Subject].Name != "Bois-Joli" {
		t.Errorf("Read(%q): relations %+v, want one of Bois-Joli", doc, d.Relations)
	}
}

// TestTownPossessives: a town's governor, police, authorities or
// councillors after its possessive name it as its residents do
// (lists.tsv, dwellersAfter): "Kisumu's governor", as "the governor of
// Kisumu".
func TestTownPossessives(t *testing.T) {
	for _, doc := range []string{
		"Kisumu's governor opened a market on Friday.",
		"Kisumu's police chief opened a market on Friday.",
		"Kisumu's authorities closed the road.",
		"The governor of Kisumu opened a market on Friday.",
	} {
		if ev := mentionEvidence(doc, "Kisumu"); ev < EvidencePreposition {
			t.Errorf("Read(%q): Kisumu is %s, want a place", doc, ev)
		}
	}
}
