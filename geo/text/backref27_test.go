package text

import "testing"

// TestBackRef27Pass: a pass or gap named once ("crossed X", "reached X",
// « le col de X ») is what "the pass", "the gap", "the col" or « le col »
// of a later sentence stands for, also past another place named with it
// and past a generic apposition ("the highest point of the trek").
func TestBackRef27Pass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The road climbs steeply from Karimabad before it reaches Shimshal Kotal. The pass lies about 30 km north-east of Karimabad and is closed from November.",
			rels: []string{"Shimshal Kotal: 30 km northeast of Karimabad"}, not: []string{"The pass"}},
		{doc: "On day four the group left Chalhuanca and crossed Abra Ccasacancha, the high point of the route. The pass sits roughly 18 km south of Chalhuanca.",
			rels: []string{"Abra Ccasacancha: 18 km south of Chalhuanca"}, not: []string{"The pass"}},
		{doc: "Cyclists will tackle Mokoro Gap on the second stage. The gap, a narrow saddle between two ridges, is some 12 km west of Mbale.",
			rels: []string{"Mokoro Gap: 12 km west of Mbale"}},
		{doc: "The trampers reached Pukematawai at dusk after a long day on the tops. The saddle lies some 8 km west of Otaki Forks.",
			rels: []string{"Pukematawai: 8 km west of Otaki Forks"}},
		{doc: "La neige a fermé la route au niveau du col de Tizi n'Tarhat, selon la gendarmerie. Le col se trouve à environ 25 km au sud-est de Midelt.",
			rels: []string{"Tizi n'Tarhat: 25 km southeast of Midelt"}},
	})
}

// TestBackRef27Holding: a mining holding named once with its kind or a
// kind of its family ("its X property", "the X tenement", « son permis de
// X », « sa licence de X ») is what "the property", "the licence", « le
// permis », « la licence » of a later sentence stands for, past an aside
// of its area (« d'une superficie de 98 km² ») or a clause of extent
// joined to the verb of place ("covers 140 km² and lies", « couvre 140
// km² et se trouve »).
func TestBackRef27Holding(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Quill Minerals has completed mapping at its Pampa Lirima copper project in northern Chile. The property lies 65 km east of Pozo Almonte.",
			rels: []string{"Pampa Lirima: 65 km east of Pozo Almonte"}, not: []string{"The property"}},
		{doc: "The company has signed an option on the Wiluna East tenement. The licence covers 140 km² and lies 25 km north-east of Wiluna.",
			rels: []string{"Wiluna East: 25 km northeast of Wiluna"}, not: []string{"The licence"}},
		{doc: "Drilling resumed at Nakasongola North, the firm's flagship gold property. The property is located about 40 km south of Masindi.",
			rels: []string{"Nakasongola North: 40 km south of Masindi"}},
		{doc: "La société a achevé une campagne de tranchées sur son permis de Kobada-Ouest, dans le cercle de Kangaba. Le permis, d'une superficie de 120 km², est situé à environ 30 km au sud de Kangaba.",
			rels: []string{"Kobada-Ouest: 30 km south of Kangaba"}, not: []string{"Le permis"}},
		{doc: "Le ministère a renouvelé sa licence de Boto-Nord. La licence couvre 210 km² et se trouve à une cinquantaine de kilomètres au sud de Saraya.",
			rels: []string{"Boto-Nord: 50 km south of Saraya"}, not: []string{"La licence"}},
	})
}

// TestBackRef27Site: a mine named with no kind, only a place where
// something happened ("a shaft collapsed at X"), is what "the mine" of
// the next sentence stands for. "The site", "the camp", « ce site » or «
// le village » after a name of no kind keep a place of their own: the
// name is as often a town the news happened in, which a distance must not
// move ("Fighting was reported in Kidal. The camp lies 20 km north of
// Tessalit").
func TestBackRef27Site(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two miners died on Sunday when a shaft collapsed at Kalembelembe. The mine, an artisanal cassiterite working, lies 45 km west of Kalima.",
			rels: []string{"Kalembelembe: 45 km west of Kalima"}, not: []string{"The mine"}},
		{doc: "Fighting was reported in Kidal on Monday. The camp lies 20 km north of Tessalit.",
			rels: []string{"The camp: 20 km north of Tessalit"}, absent: []string{"Kidal: 20 km north of Tessalit"}},
		{doc: "Relief trucks reached Gulu on Monday. The camp lies 12 km north of Atiak.",
			rels: []string{"The camp: 12 km north of Atiak"}, absent: []string{"Gulu: 12 km north of Atiak"}},
		{doc: "Des combats ont eu lieu à Kidal lundi. Le site se trouve à 20 km au nord de Tessalit.",
			absent: []string{"Kidal: 20 km north of Tessalit"}},
	})
}

// TestBackRef27Estate: a farm, vineyard or plantation named once is what
// "the estate", "the farm" or « la plantation » of a later sentence stands
// for (lexicon/en/backrefs.tsv).
func TestBackRef27Estate(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The tasting ended at Bodega Las Retamas, a small family vineyard. The estate lies about 20 km south of Cafayate.",
			rels: []string{"Bodega Las Retamas: 20 km south of Cafayate"}, not: []string{"The estate"}},
		{doc: "Police were called to Kiambiri, a tea plantation owned by the Mwangi family. The farm is 14 km north-west of Kericho.",
			rels: []string{"Kiambiri: 14 km northwest of Kericho"}},
		{doc: "La coopérative a installé un séchoir au domaine de Kaniasso-Bas. La plantation se trouve à 22 km au nord-est de Odienné.",
			rels: []string{"Kaniasso-Bas: 22 km northeast of Odienné"}},
	})
}

// TestBackRef27NoSteal: a kind noun that stands for nothing named before
// keeps its own place, and takes no other place's constraint: a new place
// ("the new camp"), two places of the kind, a list of towns, a place the
// text called by another kind, a place of an earlier paragraph, and a
// name of no kind further back than the nearest one.
func TestBackRef27NoSteal(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Aid workers flew in from Bossangoa on Monday. The new camp lies 20 km north of Bouca.",
			rels: []string{"The new camp: 20 km north of Bouca"}, absent: []string{"Bossangoa: 20 km north of Bouca"}},
		{doc: "Fighting was reported in the village of Tinzar and at the hamlet of Anou. The settlement lies 40 km east of Ménaka.",
			rels: []string{"The settlement: 40 km east of Ménaka"}},
		{doc: "Floods hit Kasese, Bundibugyo and Ntoroko on Monday. The camp lies 15 km south of Fort Portal.",
			rels: []string{"The camp: 15 km south of Fort Portal"}},
		{doc: "Aid arrived at Pader on Monday, and trucks went on to Gulu and Atiak. The camp lies 12 km north of Atiak.",
			rels: []string{"The camp: 12 km north of Atiak"}, absent: []string{"Pader: 12 km north of Atiak"}},
		{doc: "Gunmen attacked the village of Kourou-Bellé on Monday. The mine lies 20 km west of Djibo.",
			rels: []string{"The mine: 20 km west of Djibo"}},
		{doc: "Refugees arrived at Gado-Badzéré last week.\n\nThe camp lies 25 km east of Garoua-Boulaï.",
			rels: []string{"The camp: 25 km east of Garoua-Boulaï"}},
		{doc: "Des déplacés sont arrivés à Kaya puis à Barsalogho. Ce site se trouve à 10 km de Kaya.",
			absent: []string{"Kaya: 10 km from Kaya"}},
	})
}

// TestBackRefsTable: every noun of lexicon/en/backrefs.tsv is a
// descriptor noun "the W" is read with, and admits its own kind.
func TestBackRefsTable(t *testing.T) {
	for noun, row := range lex().backRefs {
		if !isDescriptorNoun(noun) {
			t.Errorf("backrefs.tsv: %q is no descriptor noun", noun)
		}
		if !row.any && !row.admits(noun) {
			t.Errorf("backrefs.tsv: %q does not admit its own kind", noun)
		}
	}
	for _, c := range []struct {
		noun, kind string
		want       bool
	}{
		{"property", "tenement", true},
		{"property", "village", false},
		{"licence", "permis", true}, // « le permis de X »: concession
		{"site", "camp", true},
		{"site", "town", false},
		{"gap", "point", true},
		{"estate", "vineyard", true},
		{"locality", "hameau", true},
	} {
		if got := lex().backRefs[c.noun].admits(c.kind); got != c.want {
			t.Errorf("backRefs[%q].admits(%q) = %v, want %v", c.noun, c.kind, got, c.want)
		}
	}
}
