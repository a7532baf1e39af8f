package text

import (
	"strings"
	"testing"
)

// TestBuiltOn: a distance after an indefinite site that a named place was
// built on places the named place ("built Combat Outpost Sharukay on a
// mud-walled compound about 30 km west of Kandahar"); every verb of
// lexicon/LANG/builds.tsv reads so, and without one the site stays its own
// place.
func TestBuiltOn(t *testing.T) {
	tests := []struct{ doc, subj string }{
		{"In 2010, soldiers of the 101st Airborne built Combat Outpost Sharukay on a mud-walled compound about 30 km west of Kandahar.", "Combat Outpost Sharukay"},
		{"The army set up Camp Kalo on a hill 20 km north of Gao.", "Camp Kalo"},
		{"Engineers established the Kalo camp on a ridge 20 km north of Gao.", "Kalo"},
		{"L'armée a installé le camp Kalo sur un site à 20 km au nord de Gao.", "Kalo"},
		{"L'armée a construit la base Kalo dans une ferme à 20 km au nord de Gao.", "Kalo"},
		// guards: no verb of building, or a definite site
		{"Herders sold Camp Kalo on a farm 20 km north of Gao.", "a farm"},
		{"Soldiers built Camp Kalo on the hill 20 km north of Gao.", "Camp Kalo"},
	}
	for _, tt := range tests {
		if _, subj, obj := onlyRelation(t, tt.doc); subj != tt.subj || obj == "" {
			t.Errorf("Read(%q): the distance places %q from %q, want %q", tt.doc, subj, obj, tt.subj)
		}
	}
	for l, words := range map[string]map[string]bool{"en": langs().en.sets[setBuilds], "fr": langs().fr.sets[setBuilds]} {
		if len(words) < 5 {
			t.Fatalf("lexicon/%s/builds.tsv: %d rows", l, len(words))
		}
		for w := range words {
			if l != "en" || w == "up" {
				continue
			}
			doc := "Soldiers " + w + " Camp Kalo on a hill 20 km north of Gao."
			if _, subj, _ := onlyRelation(t, doc); subj != "Camp Kalo" {
				t.Errorf("Read(%q): the distance places %q, want Camp Kalo", doc, subj)
			}
		}
	}
}

// TestFrenchPointObject: « le camp de X à 20 km de Y » with no comma
// places X, as « le village de X » does, when the kind is a point the
// text may locate (a camp, a well, a quarry); a plain, a valley or a lake
// so written is the area the clause's subject lies in.
func TestFrenchPointObject(t *testing.T) {
	for _, kind := range []string{"le camp", "le puits", "la carrière", "la station", "le cimetière", "le village"} {
		doc := "Des hommes armés ont attaqué " + kind + " de Kalo à 20 km au nord de Gao."
		if _, subj, obj := onlyRelation(t, doc); subj != "Kalo" || obj != "Gao" {
			t.Errorf("Read(%q): %q -> %q, want Kalo -> Gao", doc, subj, obj)
		}
	}
	doc := "Le village est situé dans la plaine du Séno à 32 km de Gao."
	for _, r := range Read(doc).Relations {
		if r.Kind == KindDistance && Read(doc).Mentions[r.Subject].Name == "Séno" {
			t.Errorf("Read(%q): the distance places the plain", doc)
		}
	}
}

// TestOriginByVehicle: « par camion d'X » after a verb of coming is where
// the goods come from, a town (originBefore), as « de X » right after the
// verb is; a vehicle after another verb is no origin.
func TestOriginByVehicle(t *testing.T) {
	tests := []struct {
		doc   string
		place bool
	}{
		{"Les vivres arrivent par camion d'Abéché.", true},
		{"Les renforts arrivent par avion de Kalo.", true},
		{"Les vivres arrivent de Kalo.", true},
		{"Le chauffeur a vendu le camion de Kalo.", false},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := false
		for _, m := range d.Mentions {
			got = got || m.Evidence >= EvidencePreposition
		}
		if got != tt.place {
			t.Errorf("Read(%q): a name of place = %v, want %v", tt.doc, got, tt.place)
		}
	}
}

// TestFrontedPlaceBeforeOrg: a name after a preposition of place, set off
// by a comma before a description of an organisation, is the place the
// clause happens in (« À Brazzaville, le ministère des Mines a salué … »),
// not the organisation's name ("Funai, Brazil's indigenous affairs
// agency," stays one; orgApposition).
func TestFrontedPlaceBeforeOrg(t *testing.T) {
	tests := []struct {
		doc, name string
		place     bool
	}{
		{"À Brazzaville, la société nationale a salué la reprise.", "Brazzaville", true},
		{"In Kalo, the state oil company said output had resumed.", "Kalo", true},
		{"Funai, Brazil's indigenous affairs agency, said.", "Funai", false},
		{"Total, la compagnie pétrolière, a signé.", "Total", false},
	}
	for _, tt := range tests {
		got := false
		for _, m := range Read(tt.doc).Mentions {
			got = got || m.Name == tt.name && m.Evidence > EvidenceUnlikely
		}
		if got != tt.place {
			t.Errorf("Read(%q): %s a place = %v, want %v", tt.doc, tt.name, got, tt.place)
		}
	}
}

// TestSceneNearApposition: a distance set off after "near X," places X
// when the phrase before is a scene near X ("A hunter was rescued near the
// Nunatarsuaq hut, about 25 km north of Ilulissat"), whether or not X's
// kind ends the phrase; the scene stays near X.
func TestSceneNearApposition(t *testing.T) {
	for _, doc := range []string{
		"A hunter was rescued near Kalo, about 25 km north of Gao.",
		"A hunter was rescued on Sunday after his sled broke through the ice near the Kalo hut, about 25 km north of Gao.",
		"A convoy was attacked near the Kalo hut, about 25 km north of Gao.",
		"Snow stranded drivers near the Kalo hut, 25 km north of Gao.",
	} {
		if got := distanceSubject(doc); got != "Kalo" {
			t.Errorf("Read(%q): the distance places %q, want Kalo", doc, got)
		}
	}
}

// TestCarriedJourney: a verb of the bring role before a pronoun it
// carries is a word of travel, and the place reached after the distance
// is what it locates ("Our driver took us about 15 km north-east of Sheki
// to Dashbulag"); the driver is no place.
func TestCarriedJourney(t *testing.T) {
	for _, doc := range []string{
		"Our driver took us about 15 km north-east of Sheki to Dashbulag.",
		"Elvin took us about 15 km north-east of Sheki to Dashbulag, a summer pasture camp.",
		"The bus brought them some 15 km north-east of Sheki to Dashbulag.",
	} {
		if _, subj, obj := onlyRelation(t, doc); subj != "Dashbulag" || obj != "Sheki" {
			t.Errorf("Read(%q): %q -> %q, want Dashbulag -> Sheki", doc, subj, obj)
		}
	}
}

// TestTitleInPlaceName: a title after an Arabic article written apart
// stays in the name (titleleads.tsv: "Ad Sheikh Idris"), and a title
// opening a run before "is a" and a kind of place that ends its phrase
// opens a place's name ("Sheikh Zuweid is a town 20 km west of Rafah");
// "… was a community organiser" keeps the person.
func TestTitleInPlaceName(t *testing.T) {
	for doc, want := range map[string]string{
		"Ad Sheikh Idris is a hamlet 20 km north-west of Keren.":  "Ad Sheikh Idris",
		"Sheikh Zuweid is a town 20 km west of Rafah.":            "Sheikh Zuweid",
		"Sheikh Zuweid is a small town some 20 km west of Rafah.": "Sheikh Zuweid",
		"Al Sheikh Badr lies 20 km west of Tartus.":               "Al Sheikh Badr",
	} {
		if _, subj, _ := onlyRelation(t, doc); subj != want {
			t.Errorf("Read(%q): the distance places %q, want %q", doc, subj, want)
		}
	}
	for _, m := range Read("Sheikh Hasina was a community organiser in Dhaka.").Mentions {
		if m.Name == "Sheikh Hasina" && m.Evidence > EvidenceUnlikely {
			t.Errorf("Sheikh Hasina read as a place")
		}
	}
}

// TestFrenchTimeInApposition: a time between a participle and its
// distance in an apposition (« un site aurifère découvert en janvier à
// environ 80 km au nord d'Agadez », « découvert en 2019 à … ») leaves the
// distance to the name the apposition describes; « découvert » is a verb
// of place as « situé » is (fr/verbs.tsv).
func TestFrenchTimeInApposition(t *testing.T) {
	for _, doc := range []string{
		"Des orpailleurs ont afflué vers Tazerzaït, un site aurifère découvert en janvier à environ 80 km au nord d'Agadez.",
		"Des orpailleurs ont afflué vers Tazerzaït, un site aurifère découvert à environ 80 km au nord d'Agadez.",
		"Des orpailleurs ont afflué vers Tazerzaït, un site découvert en 2019 à 80 km au nord d'Agadez.",
	} {
		if _, subj, obj := onlyRelation(t, doc); subj != "Tazerzaït" || obj != "Agadez" {
			t.Errorf("Read(%q): %q -> %q, want Tazerzaït -> Agadez", doc, subj, obj)
		}
	}
}

// TestDivisionCodeInBrackets: two capitals in brackets after a town in
// mixed case are its division's code, a container ("Zinal (VS)",
// "Bardonecchia (TO)"); a credited agency ("(PA)") or a dateline
// ("PARIS (AP)") is none. A state's postal code after a comma holds the
// town before a verb in lower case too ("Ridgecrest, CA is 20 km …").
func TestDivisionCodeInBrackets(t *testing.T) {
	tests := []struct {
		doc, in, out string
	}{
		{"Un éboulement a coupé la route entre Zinal (VS) et Ayer.", "Zinal", "VS"},
		{"A landslide hit Bardonecchia (TO) on Sunday.", "Bardonecchia", "TO"},
		{"Ridgecrest, CA is 20 km from Trona.", "Ridgecrest", "CA"},
		{"Flooding hit Carlisle (PA) on Sunday.", "", ""},
		{"PARIS (AP) — Police said.", "", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		in, out := "", ""
		for _, r := range d.Relations {
			if r.Kind == KindIn {
				in, out = d.Mentions[r.Subject].Name, d.Mentions[r.Object].Name
			}
		}
		if in != tt.in || out != tt.out {
			t.Errorf("Read(%q): %q in %q, want %q in %q", tt.doc, in, out, tt.in, tt.out)
		}
	}
}

// TestKindAfterRoadName: a kind of place right after a road's name is
// the kind of a point named after the road ("Gubio Road camp", "the
// Kampala Road market"), no road; a road's name alone stays a road.
func TestKindAfterRoadName(t *testing.T) {
	for doc, want := range map[string]string{
		"Our clinic operates from Gubio Road camp, a site about 7 km north-west of Maiduguri.": "camp",
		"The Kampala Road market lies 4 km from Juba.":                                         "market",
		"Traffic on Gubio Road was heavy near Maiduguri.":                                      "road",
	} {
		for _, m := range Read(doc).Mentions {
			if strings.HasSuffix(m.Name, "Road") && m.Feature != want {
				t.Errorf("Read(%q): %s is a %q, want %q", doc, m.Name, m.Feature, want)
			}
		}
	}
}

// TestNearScenesDropped: a scene the text places only near a place it
// names is no place of its own ("A wind-driven grass fire burned 300 acres
// near Cedar Flat Ranch, 12 miles east of Moscow"): it is unlikely and
// keeps no relation, while the place near it keeps its distance. A scene
// a distance places stays ("The attack took place 30 km east of Gao").
func TestNearScenesDropped(t *testing.T) {
	tests := []struct {
		doc, scene string
		kept       bool
	}{
		{"A wind-driven grass fire burned about 300 acres near Cedar Flat Ranch, roughly 12 miles east of Moscow.", "A wind-driven grass fire", false},
		{"A hunter was rescued near the Nunatarsuaq hut, about 25 km north of Ilulissat.", "A hunter was rescued", false},
		{"A convoy was attacked near Kalo.", "A convoy was attacked", false},
		{"The attack took place 30 km east of Gao.", "The attack", true},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		kept := false
		for i, m := range d.Mentions {
			if m.Name != tt.scene {
				continue
			}
			kept = m.Evidence > EvidenceUnlikely
			for _, r := range d.Relations {
				if !tt.kept && (r.Subject == i || r.Object == i) {
					t.Errorf("Read(%q): the dropped scene keeps a %s relation", tt.doc, r.Kind)
				}
			}
		}
		if kept != tt.kept {
			t.Errorf("Read(%q): scene %q kept = %v, want %v", tt.doc, tt.scene, kept, tt.kept)
		}
	}
}

// TestChurchBodies: a name of words of denominations.tsv and demonyms
// before "Church" is a church body, no place, whatever kind the words
// before it give ("a monastery of the Ethiopian Orthodox Church"); the
// place the phrase is about keeps its distance. "Christ Church" stays a
// place.
func TestChurchBodies(t *testing.T) {
	tests := []struct{ doc, subj, body string }{
		{"Debre Libanos is a monastery of the Ethiopian Orthodox Church, 100 km north of Addis Ababa.", "Debre Libanos", "Ethiopian Orthodox Church"},
		{"The mission at Kalo is a mission of the Moravian Church in Rungwe District, 48 km south-east of Mbeya.", "Kalo", "Moravian Church"},
		{"We met at Christ Church, 5 km from Oxford.", "Christ Church", ""},
	}
	for _, tt := range tests {
		if subj := distanceSubject(tt.doc); subj != tt.subj {
			t.Errorf("Read(%q): the distance places %q, want %q", tt.doc, subj, tt.subj)
		}
		for _, m := range Read(tt.doc).Mentions {
			if m.Name == tt.body && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %s read as a place", tt.doc, m.Name)
			}
		}
	}
	words := langs().en.sets[setDenominations]
	if len(words) < 10 {
		t.Fatalf("denominations.tsv: %d rows", len(words))
	}
	for w := range words {
		doc := "Kalo is a mission of the " + strings.ToUpper(w[:1]) + w[1:] + " Church, 48 km south-east of Mbeya."
		for _, m := range Read(doc).Mentions {
			if strings.HasSuffix(m.Name, "Church") && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %s read as a place", doc, m.Name)
			}
		}
	}
}

// TestElidedObjectAndCompoundKind: a clause after "and" that leaves out
// the object of the distance said right before measures from that object
// too ("Knin lies about 9 km north of Kalo, and Drniš some 12 km to the
// south"); "the mill" stands for the one watermill the text named ("the
// watermill at Podkosa"); a river the text is about is no point to measure
// a bare direction from.
func TestElidedObjectAndCompoundKind(t *testing.T) {
	tests := []struct{ doc, subj, obj string }{
		{"Knin lies about 9 km north of Kalo, and Drniš some 12 km to the south.", "Drniš", "Kalo"},
		{"Conservators have begun restoring the watermill at Podkosa, an abandoned hamlet on the Krka. Knin lies about 9 km north of the mill, and Drniš some 12 km to the south.", "Drniš", "Podkosa"},
		{"Conservators have begun restoring the watermill at Podkosa, an abandoned hamlet on the Krka. Knin lies about 9 km north of the mill, and Drniš some 12 km to the south.", "Knin", "Podkosa"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && d.Mentions[r.Subject].Name == tt.subj {
				found = d.Mentions[r.Object].Name == tt.obj
			}
		}
		if !found {
			t.Errorf("Read(%q): no distance %s from %s", tt.doc, tt.subj, tt.obj)
		}
	}
}

// TestNamelessObject: "the" and a kind a nameless place may be, closing
// the clause after a distance, is the object measured from when nothing
// named stands for it ("A new camp opened last week. Sainshand is 25 km
// north of the camp", « Dori se trouve à 30 km au sud du camp »): the
// camp is a place located from Sainshand. "the village" still stands for
// the place named before.
func TestNamelessObject(t *testing.T) {
	tests := []struct{ doc, subj, obj string }{
		{"A new camp opened last week. Sainshand is 25 km north of the camp.", "Sainshand", "the camp"},
		{"A company is building a solar park in the Gobi. Sainshand is 25 km north of the park.", "Sainshand", "the park"},
		{"Un nouveau camp a ouvert la semaine dernière. Dori se trouve à 30 km au sud du camp.", "Dori", "camp"},
		{"The Kalo camp opened last week. Sainshand is 25 km north of the camp.", "Sainshand", "Kalo"},
		{"Kalo is a village. Sainshand is 25 km north of the village.", "Sainshand", "Kalo"},
	}
	for _, tt := range tests {
		if _, subj, obj := onlyRelation(t, tt.doc); subj != tt.subj || obj != tt.obj {
			t.Errorf("Read(%q): %q from %q, want %q from %q", tt.doc, subj, obj, tt.subj, tt.obj)
		}
	}
}

// TestBuiltObjectSite: an indefinite kind of place after a verb of place
// used actively with it as its object is a place of its own, which the
// distance after it places, and no kind of the subject ("Suncor built a
// camp 60 km north of Fort McMurray", "The army has installed a new post
// 20 km north of Kidal"); after a verb of being it stays the subject's
// kind ("Kalo is a camp 20 km north of Kidal").
func TestBuiltObjectSite(t *testing.T) {
	tests := []struct{ doc, subj, feature string }{
		{"Suncor built a camp 60 km north of Fort McMurray.", "a camp", "camp"},
		{"Suncor built a 400-room work camp 60 km north of Fort McMurray.", "a 400-room work camp", "camp"},
		{"Suncor has built a new camp 60 km north of Fort McMurray.", "a new camp", "camp"},
		{"The army has installed a new post 20 km north of Kidal.", "a new post", "post"},
		{"Kalo is a camp 20 km north of Kidal.", "Kalo", "camp"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got, feat := "", ""
		for _, r := range d.Relations {
			if r.Kind == KindDistance {
				got, feat = d.Mentions[r.Subject].Name, d.Mentions[r.Subject].Feature
			}
		}
		if got != tt.subj || feat != tt.feature {
			t.Errorf("Read(%q): the distance places %q (%s), want %q (%s)", tt.doc, got, feat, tt.subj, tt.feature)
		}
		for _, m := range d.Mentions {
			if m.Name == "Suncor" && m.Feature != "" {
				t.Errorf("Read(%q): Suncor given the kind %q", tt.doc, m.Feature)
			}
		}
	}
}

// TestKindObjectStandsForTopic: "the" and a kind as the object of a
// distance stands for the place the text is about, named in a sentence
// before, before any nameless place ("Tuura-Suu is a seasonal yurt camp
// … Kochkor is 20 km north of the camp", « Le puits de Tin Lebbé … Atar
// se trouve à 50 km au sud du puits »); an apposition with a size and a
// noun before its kind gives the kind ("Glenmorvan, a 240-hectare tea
// estate").
func TestKindObjectStandsForTopic(t *testing.T) {
	tests := []struct{ doc, obj string }{
		{"Tuura-Suu is a seasonal yurt camp on the high pastures of Naryn Region. Kochkor is 20 km north of the camp.", "Tuura-Suu"},
		{"Le puits de Tin Lebbé est l'un des derniers points d'eau avant l'erg. Atar se trouve à 50 km au sud du puits.", "Tin Lebbé"},
		{"The firm has acquired Glenmorvan, a 240-hectare tea estate in the hills. Nuwara Eliya lies nine kilometres north-west of the estate.", "Glenmorvan"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := ""
		for _, r := range d.Relations {
			if r.Kind == KindDistance {
				got = d.Mentions[r.Object].Name
			}
		}
		if got != tt.obj {
			t.Errorf("Read(%q): measured from %q, want %q", tt.doc, got, tt.obj)
		}
	}
}

// TestMaoriParticleAndListedSuffix: the Māori "o" joins a place's name
// ("Te Awa o Kaha station, about 15 km west of Hastings"), and a name
// before "-listed" is the town of the exchange, cut from the word
// ("Perth-listed Redcliffe Minerals").
func TestMaoriParticleAndListedSuffix(t *testing.T) {
	if _, subj, _ := onlyRelation(t, "A pā site has been recorded on Te Awa o Kaha station, about 15 km west of Hastings."); subj != "Te Awa o Kaha" {
		t.Errorf("Te Awa o Kaha: the distance places %q", subj)
	}
	found := false
	for _, m := range Read("Perth-listed Redcliffe Minerals has reported gold at Mulgarra Soak.").Mentions {
		found = found || m.Name == "Perth" && m.Evidence > EvidenceUnlikely
	}
	if !found {
		t.Errorf("Perth-listed: no place Perth")
	}
}

// TestAppositionWithPhrase: an indefinite apposition whose kind of
// place is followed by "with" and what it has describes the name before
// it, which the distance after it places ("Hrossagil, a sheep farm with
// three guest rooms about 10 km east of Vík", "a lodge with 12 rooms");
// "a man with two sons" is no kind of place.
func TestAppositionWithPhrase(t *testing.T) {
	for doc, want := range map[string]string{
		"We stayed at Hrossagil, a sheep farm with three guest rooms about 10 km east of Vík.": "Hrossagil",
		"We stayed at Hrossagil, a lodge with 12 rooms 10 km east of Vík.":                     "Hrossagil",
		"We met Kalo, a man with two sons 10 km east of Vík.":                                  "",
	} {
		if got := distanceSubject(doc); got != want {
			t.Errorf("Read(%q): the distance places %q, want %q", doc, got, want)
		}
	}
}
