package text

import "testing"

// TestPerson28SurnameAlone: a surname repeated alone for a person the text
// names in full, capitalised or before a possessive after a preposition,
// is the person, no place ("linked to Mejía's opposition", « Traoré a
// déclaré »), with or without a particle ("Ó Flaithearta", "Ould
// Cheikh").
func TestPerson28SurnameAlone(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Activist José Isidro Mejía was shot in Olancho last year. The court heard that the attack was linked to Mejía's campaign against logging near Catacamas.",
			places: []string{"Olancho", "Catacamas"}, not: []string{"Mejía"}},
		{doc: "Union organiser Thabo Mokoena died at the Kusasalethu shaft near Carletonville. Miners marched to Mokoena's house in Khutsong on Friday.",
			places: []string{"Carletonville", "Khutsong"}, not: []string{"Mokoena"}},
		{doc: "The death has occurred of Pádraig Ó Flaithearta, Maam Cross. Reposing at Ó Flaithearta's Funeral Home, Oughterard, on Friday evening.",
			places: []string{"Oughterard"}, not: []string{"Ó Flaithearta"}},
		{doc: "Mohamed Ould Cheikh, a trader in Atar, was arrested on Monday. Ould Cheikh denied the charges before the court in Nouakchott.",
			places: []string{"Atar", "Nouakchott"}, not: []string{"Ould Cheikh"}},
		{doc: "Fatou Ndiaye sells fish in Mbour. Ndiaye buys her catch at dawn from the boats of Joal.",
			places: []string{"Mbour"}, not: []string{"Ndiaye"}},
		{doc: "Le journaliste Moussa Koné a été libéré mardi à Sikasso. Koné a dénoncé les conditions de sa détention à Bamako.",
			places: []string{"Sikasso", "Bamako"}, not: []string{"Koné"}},
		{doc: "La militante Aïssata Diallo vit à Labé. Diallo a porté plainte contre le maire de Mamou.",
			places: []string{"Labé", "Mamou"}, not: []string{"Diallo"}},
		{doc: "Le corps de l'orpailleur Mamadou Sissoko a été retrouvé près de Kéniéba. Sissoko travaillait sur un placer proche de Kita.",
			places: []string{"Kéniéba", "Kita"}, not: []string{"Sissoko"}},
	})
}

// TestPerson28TownStays: a town that is also a surname stays a town where
// the text names it as one ("in Kamara", « à Koné »), and a place's name
// that opens with a word of places ("Papua New Guinea", "South Sudan",
// "New Caledonia") makes no surname of its last word.
func TestPerson28TownStays(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Relatives of Ibrahim Kamara gathered in Kamara, a village near Kabala, on Sunday.",
			places: []string{"Kamara", "Kabala"}},
		{doc: "Le pasteur Jean Koné est né à Koné, en Nouvelle-Calédonie.",
			places: []string{"Koné"}},
		{doc: "Papua New Guinea signed the deal. Guinea's mining minister flew to Conakry afterwards.",
			places: []string{"Conakry"}, absent: nil},
		{doc: "Farmer Rosa Mejía left for Lima. She later returned to Mejía, a town near Mollendo.",
			places: []string{"Mejía"}},
	})
	for _, doc := range []string{
		"Papua New Guinea signed the deal. Guinea's mining minister flew to Conakry afterwards.",
		"South Sudan's army clashed with rebels. Sudan's government in Khartoum denied it.",
		"New Caledonia held a referendum. Caledonia's capital Nouméa stayed calm.",
	} {
		d := Read(doc)
		for _, m := range d.Mentions {
			if (m.Name == "Guinea" || m.Name == "Sudan" || m.Name == "Caledonia") && m.Evidence == EvidenceUnlikely {
				t.Errorf("Read(%q): %q unlikely, want a place", doc, m.Name)
			}
		}
	}
}

// TestPerson28PlaceOpeners reads every row of placeopeners.tsv as the
// first word of a place's name of two words: its last word repeated alone
// keeps its evidence.
func TestPerson28PlaceOpeners(t *testing.T) {
	control := Read("Kofi Tamberma held a festival last year. Tamberma's market was busy.")
	for _, m := range control.Mentions {
		if m.Name == "Tamberma" && m.Evidence != EvidenceUnlikely {
			t.Errorf("control: Tamberma %v, want unlikely", m.Evidence)
		}
	}
	for w := range langs().sets[setPlaceOpeners] {
		name := string([]rune{[]rune(w)[0] - 'a' + 'A'}) + string([]rune(w)[1:]) + " Tamberma"
		doc := name + " held a festival last year. Tamberma's market was busy."
		d := Read(doc)
		for _, m := range d.Mentions {
			if m.Name == "Tamberma" && m.Evidence == EvidenceUnlikely {
				t.Errorf("%s: Read(%q): Tamberma unlikely, want a place's word", w, doc)
			}
		}
	}
}
