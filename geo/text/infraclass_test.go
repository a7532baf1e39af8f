package text

import "testing"

// TestCorpusMeasureUnits: a unit of power, energy, voltage or area after a
// number is no name, though "MW" spells Malawi's code (measures.tsv).
func TestCorpusMeasureUnits(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Bujagali Hydropower Station is a 250 MW hydroelectric power plant on the Victoria Nile, approximately 8 kilometres north of Jinja, Uganda.",
			rels: []string{"Bujagali Hydropower Station: 8 km north of Jinja"}, not: []string{"MW"}},
		{doc: "The Topaz Solar Farm (550 MW) lies 35 miles east of Paso Robles, California.",
			rels: []string{"Topaz Solar Farm: 56.3 km east of Paso Robles"}, not: []string{"MW"}},
		{doc: "A 400 KV line runs 20 km north of Kafue to a 120 MWh battery plant.", not: []string{"KV", "MWh"}},
		{doc: "La centrale solaire de Zagtouli, d'une puissance de 33 MWc, est implantée à 17 km à l'ouest de Ouagadougou.",
			rels: []string{"Zagtouli: 17 km west of Ouagadougou"}, not: []string{"MWc"}},
	})
}

// TestCorpusFacilityKindsFrench: the French kinds of a facility named
// after « de » (« le barrage de X », « la centrale solaire de X », « le
// champ pétrolifère de X ») make X the place the distance is about.
func TestCorpusFacilityKindsFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'aérodrome de Koumbala se trouve à 12 km au nord de Bossangoa.", rels: []string{"Koumbala: 12 km north of Bossangoa"}},
		{doc: "Le barrage de Lom Pangar est situé sur le Lom, à environ 120 km au nord de Bertoua.", rels: []string{"Lom Pangar: 120 km north of Bertoua"}},
		{doc: "Le gisement de fer de Simandou se trouve à environ 100 km à l'est de Kérouané.", rels: []string{"Simandou: 100 km east of Kérouané"}},
		{doc: "Le champ pétrolifère de Doba, exploité par Esso, se trouve à 30 km au nord-est de Moundou.", rels: []string{"Doba: 30 km northeast of Moundou"}},
		{doc: "La gare de Kalo est située à 115 km à l'est d'Antananarivo.", rels: []string{"Kalo: 115 km east of Antananarivo"}},
		{doc: "Le gisement de Guelb el Rhein se trouve à 30 km au nord de Zouerate.", rels: []string{"Guelb el Rhein: 30 km north of Zouerate"}},
	})
}

// TestCorpusFacilityKindsAfter: a facility's kind after its name, with
// modifiers between ("the X solar complex", "the X gas processing plant",
// "the X dams"), and an apposition whose head is such a kind, leave the
// name the subject of the distance after them.
func TestCorpusFacilityKindsAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Inga dams lie on the Congo River about 225 km south-west of Kinshasa.", rels: []string{"Inga: 225 km southwest of Kinshasa"}},
		{doc: "The Noor Ouarzazate solar complex, the world's largest concentrated solar power plant, sits on a 3,000-hectare site 10 km north of Ouarzazate, Morocco.",
			rels: []string{"Noor Ouarzazate: 10 km north of Ouarzazate"}},
		{doc: "The Kalo gas processing plant lies 25 miles north-west of Pecos.", rels: []string{"Kalo: 40.2 km northwest of Pecos"}},
		{doc: "The Olympic Dam mine is a large underground polymetallic mine located 550 km north-west of Adelaide.", rels: []string{"Olympic Dam: 550 km northwest of Adelaide"}},
		{doc: "Nigeria's Dangote refinery is built on the Lekki Free Trade Zone, about 60 km east of Lagos.", rels: []string{"Dangote: 60 km east of Lagos"}},
		{doc: "The Noor complex is built on a plateau 10 km north of Ouarzazate.", rels: []string{"Noor: 10 km north of Ouarzazate"}},
	})
}

// TestCorpusRelativeClauseWithPreposition: a relative clause between
// commas after the subject, with a preposition inside ("in 2019"), is
// stepped over whole.
func TestCorpusRelativeClauseWithPreposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Córrego do Feijão mine, whose tailings dam collapsed in January 2019, is located 9 km east of Brumadinho.",
			rels: []string{"Córrego do Feijão: 9 km east of Brumadinho"}},
		{doc: "The Kalo mine, which closed in 2019, is located 9 km east of Brumadinho.", rels: []string{"Kalo: 9 km east of Brumadinho"}},
	})
}

// TestCorpusOperators: a name after "operated by", "owned by", « exploitée
// par » is the firm that runs a facility, never a place (operators.tsv).
func TestCorpusOperators(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Moatize coal mine, operated by Vale until 2022, lies 20 km east of Tete.", not: []string{"Vale"}},
		{doc: "The camp, run by Oxfam and managed by the Kenya Red Cross, is 10 km north of Dadaab.", not: []string{"Oxfam", "Kenya Red Cross"}},
		{doc: "La mine de Moanda, exploitée par la Comilog, est située à 50 km au nord de Franceville.",
			rels: []string{"Moanda: 50 km north of Franceville"}, not: []string{"Comilog"}},
		{doc: "The Moatize coal mine, operated by Vale until 2022, lies 20 km east of Tete.", rels: []string{"Moatize: 20 km east of Tete"}},
		{doc: "The Moatize coal mine, operated by Vale, lies 20 km east of Tete.", rels: []string{"Moatize: 20 km east of Tete"}},
	})
}

// TestFrenchSurRiver: « sur le X » or « sur la X » before a comma or a
// distance names a river a dam or a plant stands on (lexicon/fr/waters.tsv),
// not a division of the same name (Ghana's Volta Region).
func TestFrenchSurRiver(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"Le barrage d'Akosombo, sur la Volta, se trouve à environ 100 km au nord-est d'Accra.", "Volta"},
		{"Le barrage de Kalo, sur le Niger, se trouve à 20 km de Gao.", "Niger"},
	} {
		found := false
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name {
				found = true
				if m.Feature != "river" {
					t.Errorf("Read(%q): %s is a %q, want a river", c.doc, c.name, m.Feature)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %s", c.doc, c.name)
		}
	}
	checkCorpus(t, []example{
		{doc: "Le barrage d'Akosombo, sur la Volta, se trouve à environ 100 km au nord-est d'Accra.", rels: []string{"Akosombo: 100 km northeast of Accra"}},
	})
}
