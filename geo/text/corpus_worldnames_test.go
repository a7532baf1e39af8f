package text

import "testing"

// TestCorpusWorldNames: names as the world writes them, with particles,
// articles and elisions that the reader must keep with the name or step
// over.
func TestCorpusWorldNames(t *testing.T) {
	checkCorpus(t, []example{
		// A French elision before an Arabic article.
		{doc: "Tal Hamid est un village situé à 20 km à l'ouest d'el-Qamishli.", rels: []string{"Tal Hamid: 20 km west of el-Qamishli"}},
		{doc: "Tal Hamid est situé à 30 km au nord d'al-Hasakah.", rels: []string{"Tal Hamid: 30 km north of al-Hasakah"}},
		{doc: "D'après les habitants, Kalo est à 20 km de Gao.", rels: []string{"Kalo: 20 km from Gao"}, not: []string{"D'après"}},
		// A Dutch name that opens with the elided article "'s-".
		{doc: "Rosmalen-Oost is a hamlet 7 km east of 's-Hertogenbosch.", rels: []string{"Rosmalen-Oost: 7 km east of 's-Hertogenbosch"}},
		{doc: "Kalo lies 10 km south of 's-Gravenhage.", rels: []string{"Kalo: 10 km south of 's-Gravenhage"}},
		{doc: "The farmers' market is 10 km from Gao.", not: []string{"s-Gao"}},
		// A particle that French opens sentences with, before an English
		// verb of place, opens the name.
		{doc: "De Aar lies 55 km south of Britstown.", rels: []string{"De Aar: 55 km south of Britstown"}},
		{doc: "Des Moines is 190 km east of Omaha.", rels: []string{"Des Moines: 190 km east of Omaha"}},
		{doc: "De Hoeve van Gerwen is a farmstead 7 km east of Oss.", rels: []string{"De Hoeve van Gerwen: 7 km east of Oss"}},
		{doc: "De Gao à Kidal, la route est longue.", not: []string{"De Gao"}},
		// French names a country as English calls its people.
		{doc: "Kelto est une colonie à 50 km à l'ouest de Córdoba, en Argentine.",
			rels: []string{"Kelto: 50 km west of Córdoba"}, places: []string{"Argentine"}},
		{doc: "The Argentine army camped 20 km north of Salta.", not: []string{"Argentine"}},
	})
}

// TestFrenchAliasWords: French words that introduce another name of a
// place make it one place's alias (lexicon/fr/aliasleads.tsv,
// aliasverbs.tsv).
func TestFrenchAliasWords(t *testing.T) {
	for _, tt := range []struct{ doc, name, alias string }{
		{"Karmir Gyugh, ou Karmirgyugh, est un village situé à 25 km à l'est de Gyumri.", "Karmir Gyugh", "Karmirgyugh"},
		{"Le village de Tal Hamid, aussi orthographié Tell Hamid, est situé à 20 km de Gao.", "Tal Hamid", "Tell Hamid"},
		{"Kalo, également écrit Kallo, est à 20 km de Gao.", "Kalo", "Kallo"},
		{"Nuevo Tlacotalpan, or Tlacotalpan Nuevo, is a village 12 km south of Córdoba.", "Nuevo Tlacotalpan", "Tlacotalpan Nuevo"},
	} {
		d := Read(tt.doc)
		found := false
		for _, a := range d.Aliases {
			if d.Mentions[a.Name].Name == tt.name && d.Mentions[a.Alias].Name == tt.alias {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no alias %s of %s in %+v", tt.doc, tt.alias, tt.name, d.Aliases)
		}
	}
}
