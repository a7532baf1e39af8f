package text

import (
	"strings"
	"testing"
)

// TestCorpusFronted: a direction or "beyond X" with its distance set off
// by commas after it places the subject after the verb, or the sentence's
// subject when the distance is split off after the relation; a compass
// after the distance gives the direction, and "beyond X" with none
// gives a distance alone.
func TestCorpusFronted(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "North of Kenema, some 22 km out, is the diamond camp of Tongo Kpandebu.",
			rels: []string{"Tongo Kpandebu: 22 km north of Kenema"}},
		{doc: "South of Lilongwe, some 25 km down the road, lies the village of Chimbalanga.",
			rels: []string{"Chimbalanga: 25 km south of Lilongwe"}},
		{doc: "East of Tamale, about 30 km along the Yendi road, lies the village of Nyankpala Gbung.",
			rels: []string{"Nyankpala Gbung: 30 km east of Tamale"}},
		{doc: "Beyond Dori, about 45 km to the north-east, is the well of Ti-n-Akoff Ouest.",
			rels: []string{"Ti-n-Akoff Ouest: 45 km northeast of Dori"}},
		{doc: "A few kilometres beyond Mbarara, some 15 km to the south-west, sits the trading village of Rwentobo Kashaka.",
			rels: []string{"Rwentobo Kashaka: 15 km southwest of Mbarara"}},
		{doc: "Past Maun, about 50 km to the north-west, lies the cattle post of Shorobe Kgaphamadi.",
			rels: []string{"Shorobe Kgaphamadi: 50 km northwest of Maun"}, not: []string{"Past Maun"}},
		{doc: "The village of Kolenté Fassaya lies north of Kindia, some 20 km out.",
			rels: []string{"Kolenté Fassaya: 20 km north of Kindia"}},
		{doc: "Au nord de Tahoua, à une trentaine de kilomètres, se trouve le village de Toudou Kadagoulmi.",
			rels: []string{"Toudou Kadagoulmi: 30 km north of Tahoua"}},
		{doc: "À l'est de Gao, à environ 50 km, se dresse le fort de Tabango Achiblé.",
			rels: []string{"Tabango Achiblé: 50 km east of Gao"}},
		{doc: "Passé Zinder, à 35 km environ vers le nord, se trouve le puits de Kissambana Dadi.",
			rels: []string{"Kissambana Dadi: 35 km north of Zinder"}, not: []string{"Passé Zinder"}},
		{doc: "Au-delà de Kankan, à 25 km, se trouve le hameau de Nafadji Koro.",
			rels: []string{"Nafadji Koro: 25 km from Kankan"}, not: []string{"Au-delà de Kankan"}},
		{doc: "Le village de Dakonsin Tiougou se trouve au nord de Kaya, à une quinzaine de kilomètres.",
			rels: []string{"Dakonsin Tiougou: 15 km north of Kaya"}},
		// A distance that goes on to an object of its own is no set-off
		// distance.
		{doc: "Kidal lies north of Gao, 300 km from Bamako.",
			rels: []string{"Kidal: north of Gao", "Kidal: 300 km from Bamako"}},
	})
}

// frontedSentences gives, for each language, a sentence with a distance
// set off after a fronted direction or "beyond X": %b is replaced by a
// beyond row and %t by a trail row; the place lies 12 km from Gao.
var frontedSentences = map[string]struct{ beyond, trail, open string }{
	"en": {"%b Gao, some 12 km to the north, lies the village of Talahandak.",
		"North of Gao, some 12 km %t, lies the village of Talahandak.", " the old track"},
	"fr": {"%b Gao, à 12 km vers le nord, se trouve le village de Talahandak.",
		"Au nord de Gao, à 12 km %t, se trouve le village de Talahandak.", " de l'oued"},
}

// TestFrontedWordsRead reads every beyond and trail row of every
// language's distance.tsv in a sentence: each places Talahandak 12 km
// north of Gao, by road for a trail row flagged road.
func TestFrontedWordsRead(t *testing.T) {
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		if len(l.distance.beyond) == 0 || len(l.distance.trail) == 0 {
			t.Errorf("lexicon/%s/distance.tsv has no beyond or no trail word", code)
		}
		form := frontedSentences[code]
		for piece, p := range map[string]phrases[distanceWord]{"beyond": l.distance.beyond, "trail": l.distance.trail} {
			for _, rows := range p {
				for _, ph := range rows {
					words := strings.Join(ph.words, " ")
					var doc string
					switch piece {
					case "beyond":
						if ph.row.of {
							words += " de"
						}
						doc = strings.Replace(form.beyond, "%b", strings.ToUpper(words[:1])+words[1:], 1)
					default:
						if ph.row.open {
							words += form.open
						}
						doc = strings.Replace(form.trail, "%t", words, 1)
					}
					r, subj, obj := onlyRelation(t, doc)
					if r.Kind != KindDistance || subj != "Talahandak" || obj != "Gao" || r.MinKm != 12 || r.Direction == "" || r.Road != ph.row.road {
						t.Errorf("%s %s: Read(%q) = %v %s->%s %g km %q road %v, want distance Talahandak->Gao 12 km north road %v",
							code, piece, doc, r.Kind, subj, obj, r.MinKm, r.Direction, r.Road, ph.row.road)
					}
				}
			}
		}
	}
}

// TestCorpusLateSubjectKinds: the late subject after a fronted phrase is
// named by its kind with a word no list holds before it ("the tea village
// of X"), a possessive ("the herders' hamlet of X"), a second kind ("the
// ranch town of X"), or "at" after a kind that takes it ("the mission at
// X").
func TestCorpusLateSubjectKinds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "West of Mzuzu, some 20 km out, lies the tea village of Chikangawa Mbowe.",
			rels: []string{"Chikangawa Mbowe: 20 km west of Mzuzu"}},
		{doc: "Just past Kandy, some 12 km on, sits the tea estate of Hantane Pitakanda.",
			rels: []string{"Hantane Pitakanda: 12 km from Kandy"}},
		{doc: "North of Juliaca, roughly 18 km out, is the herders' hamlet of Ccotaña Wiñaymarka.",
			rels: []string{"Ccotaña Wiñaymarka: 18 km north of Juliaca"}},
		{doc: "About 22 km north of Kenema, in the hills, lies the herders' hamlet of Tongo Kpandebu.",
			rels: []string{"Tongo Kpandebu: 22 km north of Kenema"}},
		{doc: "North of Bozeman, Montana, roughly 20 miles out, sits the ranch town of Cedar Butte.",
			rels: []string{"Cedar Butte: 32.2 km north of Bozeman"}, not: []string{"Montana: north of Bozeman"}},
		{doc: "East of Chipata, about 18 km out, is the mission at Kanjala Nseba.",
			rels: []string{"Kanjala Nseba: 18 km east of Chipata"}},
		{doc: "About 12 km north of Mopti lies the mission at Sofara Koubi.",
			rels: []string{"Sofara Koubi: 12 km north of Mopti"}},
	})
}
