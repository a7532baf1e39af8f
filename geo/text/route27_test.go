package text

import (
	"slices"
	"strings"
	"testing"
)

// TestCorpusRouteLegs: a leg that carries on the way the text came is
// read from the last place reached, whether its subject comes before it
// with a relative clause or a speaker ("X, where we camp tomorrow, is
// another 6 km on"; "Dorje says X is …"), after it with a landmark set
// between commas ("Another 8 km on, over a pass, is X"), or closes with a
// landmark ("…, past the chorten").
func TestCorpusRouteLegs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We slept at Kalo Pani, about 9 km north of Jomsom. Tenzing says Chhuksang Phedi is another 7 km on.",
			rels: []string{"Chhuksang Phedi: 7 km from Kalo Pani"}, absent: []string{"Tenzing: 7 km from Kalo Pani"}},
		{doc: "We slept at Kalo Pani, about 9 km north of Jomsom. Chhuksang Phedi, where the mules rest, is a further 7 km on.",
			rels: []string{"Chhuksang Phedi: 7 km from Kalo Pani"}},
		{doc: "We slept at Kalo Pani, about 9 km north of Jomsom. Chhuksang Phedi is another 7 km on, over the ridge.",
			rels: []string{"Chhuksang Phedi: 7 km from Kalo Pani"}},
		{doc: "We slept at Kalo Pani, about 9 km north of Jomsom. Another 7 km on, beyond a rope bridge, is the hamlet of Chhuksang Phedi.",
			rels: []string{"Chhuksang Phedi: 7 km from Kalo Pani"}},
		{doc: "Our first camp was at Huayllapampa, 12 km up the valley from Urubamba. Another 6 km on is the village of Ccorao Alto.",
			rels: []string{"Ccorao Alto: 6 km from Huayllapampa"}},
	})
}

// TestCorpusRouteArrived: a distance set off by commas before the clause
// in which the travellers reach a place places that place, the clause
// opening the sentence or after a time phrase: "Some 30 km short of X,
// we stopped at the yurt café of Y", "The next morning, 25 km further
// north, we passed the ovoo of Y".
func TestCorpusRouteArrived(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Some 30 km east of Naryn, we reached the village of Kara-Suu Bashy.",
			rels: []string{"Kara-Suu Bashy: 30 km east of Naryn"}},
		{doc: "Two days later, 30 km short of Naryn, we stopped at the yurt café of Kara-Suu Bashy.",
			rels: []string{"Kara-Suu Bashy: 30 km from Naryn"}},
		{doc: "About 40 km out of Naryn, we camped at Tash Rabat Ata.",
			rels: []string{"Tash Rabat Ata: 40 km from Naryn"}},
		{doc: "We stopped at the Jargalant ger camp, 45 km out of Bulgan. The next morning, 20 km further north, we passed the ovoo of Ikh Ulaan Dörvöljin.",
			rels: []string{"Ikh Ulaan Dörvöljin: 20 km north of Jargalant"}},
	})
}

// TestCorpusRouteRoads: a distance along a road named by a name of its
// own that ends with a road noun ("22 km along the Kiira Highway from
// A"), and along a road named by its two ends ("14 km along the road
// from A to B"): by road from A, on the road between A and B.
func TestCorpusRouteRoads(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The bus crashed at Kamwenge Nyabbani, about 22 km along the Fort Portal Highway from Kasese towards Fort Portal.",
			rels: []string{"Kamwenge Nyabbani: 22 km from Kasese", "Kamwenge Nyabbani: on the road between Kasese and Fort Portal"}},
		{doc: "Rebels ambushed a convoy at Kilometre Ndeke, some 40 km up the Karakoram Highway from Gilgit.",
			rels: []string{"Kilometre Ndeke: 40 km from Gilgit"}},
		{doc: "The checkpoint at Sakaram Tol stands 14 km along the road from Wabag to Mount Hagen.",
			rels:   []string{"Sakaram Tol: 14 km from Wabag", "Sakaram Tol: on the road between Wabag and Mount Hagen"},
			absent: []string{"Mount Hagen: 14 km from Wabag"}},
		{doc: "Kakuma Lopur lies 30 km along the road from Lodwar to Lokichogio.",
			rels: []string{"Kakuma Lopur: 30 km from Lodwar", "Kakuma Lopur: on the road between Lodwar and Lokichogio"}},
	})
}

// TestCorpusRouteStages: a distance from the finish or the start of the
// stage, race or journey the text names by its two ends is measured from
// that end: "18 km from the finish", "60 km into the stage", « à une
// vingtaine de kilomètres de l'arrivée », « 30 km après le départ »; and
// « à 40 km avant X » is short of X.
func TestCorpusRouteStages(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The stage ran from Mbarara to Kabale. Kiprono attacked at Rwahi Kyabugimbi, 18 km from the finish.",
			rels: []string{"Rwahi Kyabugimbi: 18 km from Kabale"}},
		{doc: "The stage ran from Mbarara to Kabale. The peloton split at Rwahi Kyabugimbi, 35 km into the stage.",
			rels: []string{"Rwahi Kyabugimbi: 35 km from Mbarara"}},
		{doc: "Stage 5, Maroua – Mokolo, was decided at Mayo Plata, 10 km before the finish.",
			rels: []string{"Mayo Plata: 10 km from Mokolo"}},
		{doc: "La troisième étape, entre Parakou et Djougou, s'est jouée à Bassila Kpéssou, à une vingtaine de kilomètres de l'arrivée.",
			rels: []string{"Bassila Kpéssou: 20 km from Djougou"}},
		{doc: "L'étape reliait Mopti à Gao. Une chute a eu lieu à Douentza Koubewel, 30 km après le départ.",
			rels: []string{"Douentza Koubewel: 30 km from Mopti"}},
		{doc: "Le car parti de Fianarantsoa nous a déposés à Ambalavao Sud, à 40 km avant Ihosy.",
			rels: []string{"Ambalavao Sud: 40 km from Ihosy"}},
		// With no stage named, the words measure nothing.
		{doc: "Kiprono attacked at Rwahi Kyabugimbi, 18 km from the finish.",
			absent: []string{"Rwahi Kyabugimbi: 18 km from Kiprono"}},
		// « avant » before a verb is no place short of which.
		{doc: "La piste quitte Tamanrasset et file vers le nord sur une cinquantaine de kilomètres avant d'atteindre le campement d'Adjounane.",
			rels: []string{"Adjounane: 50 km north of Tamanrasset"}},
	})
}

// TestOnwardMarked: Relation.Onward is set on the legs that carry on the
// way the text came, and on no other distance.
func TestOnwardMarked(t *testing.T) {
	tests := []struct {
		doc, subject string
		want         bool
	}{
		{"Wila Khollu lies 60 km south of Oruro. The pass of Abra Chunchu lies roughly 20 km beyond Wila Khollu.", "Abra Chunchu", true},
		{"Wila Khollu lies 60 km south of Oruro. Abra Chunchu is another 20 km on.", "Abra Chunchu", true},
		{"Wila Khollu lies 60 km south of Oruro. Abra Chunchu is a further 20 km on.", "Abra Chunchu", true},
		{"Tin Aghlal se trouve à 50 km au nord de Kidal. Le puits d'Inamelane se trouve 25 km plus loin.", "Inamelane", true},
		{"Wila Khollu lies 60 km south of Oruro. Abra Chunchu lies 20 km from Wila Khollu.", "Abra Chunchu", false},
		{"Wila Khollu lies 60 km south of Oruro. Abra Chunchu lies 20 km further south.", "Abra Chunchu", false},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, rel := range d.Relations {
			if rel.Subject < 0 || d.Mentions[rel.Subject].Name != tt.subject || rel.Kind != KindDistance {
				continue
			}
			found = true
			if rel.Onward != tt.want {
				t.Errorf("Read(%q): %s Onward = %v, want %v", tt.doc, tt.subject, rel.Onward, tt.want)
			}
		}
		if !found {
			t.Errorf("Read(%q): no distance of %s", tt.doc, tt.subject)
		}
	}
}

// TestRouteWordsRead reads every row of every language's onward.tsv,
// stagefinish.tsv and stagestart.tsv in a sentence: an onward row marks
// the leg Onward, a finish row measures from the stage's finish and a
// start row from its start.
func TestRouteWordsRead(t *testing.T) {
	docs := map[string]struct{ onward, stage string }{
		"en": {"Wila Khollu lies 60 km south of Oruro. Abra Chunchu lies %s 20 km from Wila Khollu.",
			"The stage ran from Mbarara to Kabale. The peloton split at Rwahi Kyabugimbi, 18 km %s."},
		"fr": {"Tin Aghlal se trouve à 50 km au nord de Kidal. Inamelane se trouve %s à 20 km de Tin Aghlal.",
			"L'étape reliait Mopti à Gao. Le peloton a éclaté à Douentza Koubewel, à 18 km %s."},
	}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for w := range l.sets[setOnward] {
			// The row right before the quantity, where "another" and «
			// encore » stand; the phrase's own words are read the same.
			doc := strings.Replace(docs[code].onward, "%s", w, 1)
			if strings.HasPrefix(w, "plus ") {
				// « plus loin » follows the quantity and ends the clause.
				doc = "Tin Aghlal se trouve à 50 km au nord de Kidal. Inamelane se trouve à 20 km " + w + "."
			}
			d := Read(doc)
			if !slices.ContainsFunc(d.Relations, func(rel Relation) bool { return rel.Onward }) {
				t.Errorf("%s onward.tsv %q: Read(%q) marks no leg Onward", code, w, doc)
			}
		}
		for set, want := range map[wordSet][2]string{setStageFinish: {"Kabale", "Gao"}, setStageStart: {"Mbarara", "Mopti"}} {
			for w := range l.sets[set] {
				doc := strings.Replace(docs[code].stage, "%s", w, 1)
				end := want[0]
				if code == "fr" {
					end = want[1]
				}
				d := Read(doc)
				if !slices.ContainsFunc(d.Relations, func(rel Relation) bool {
					return rel.Kind == KindDistance && rel.Object >= 0 && d.Mentions[rel.Object].Name == end && rel.MinKm == 18
				}) {
					t.Errorf("%s %s %q: Read(%q) measures nothing from %s", code, wordSetFiles[set], w, doc, end)
				}
			}
		}
	}
}
