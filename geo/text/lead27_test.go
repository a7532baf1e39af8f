package text

import "testing"

// TestLead27PassedAway: "passed away", an obituary's word for died, makes
// the name before it a person's (lifeverbs.tsv), and the place after it
// stays a place.
func TestLead27PassedAway(t *testing.T) {
	for _, c := range []struct{ doc, person, place string }{
		{"Bert passed away peacefully at the hospital in Yellowknife on January 9.", "Bert", "Yellowknife"},
		{"Marguerite passed away on 3 May at her home in Kayes, aged 91.", "Marguerite", "Kayes"},
		{"Old Tom Pike passed away in his sleep at Tessalit last week.", "Old Tom Pike", "Tessalit"},
	} {
		if ev := mentionEvidence(c.doc, c.person); ev != EvidenceUnlikely {
			t.Errorf("Read(%q): %s is %v, want unlikely", c.doc, c.person, ev)
		}
		if ev := mentionEvidence(c.doc, c.place); ev == EvidenceUnlikely || ev < 0 {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.place, ev)
		}
	}
}

// TestLead27FrenchRuralKinds: French nouns of rural and desert places
// (fr/descriptors.tsv: palmeraie, marigot, étang, pâturage, clairière,
// plaine, vallon, ravin, sebkha) make the name they describe a place of
// that kind, and its distance its own; a palmeraie, like an oasis, lies
// in the division after « de » (fr/entry.tsv part-of), where « l'étang
// de Berre » names its own pond.
func TestLead27FrenchRuralKinds(t *testing.T) {
	features := map[string]string{"oasis": "oasis", "palmeraie": "oasis", "marigot": "creek", "étang": "pond", "pâturage": "pasture",
		"clairière": "clearing", "plaine": "plain", "vallon": "valley", "ravin": "gully", "sebkha": "saline"}
	for w, f := range features {
		doc := "Tin Amzi est un " + w + " de l'Adrar, à 40 km à l'est d'Atar."
		if w == "palmeraie" || w == "clairière" || w == "plaine" || w == "sebkha" {
			doc = "Tin Amzi est une " + w + " de l'Adrar, à 40 km à l'est d'Atar."
		}
		for _, m := range Read(doc).Mentions {
			if m.Name == "Tin Amzi" && m.Feature != f {
				t.Errorf("Read(%q): Tin Amzi is a %q, want a %q", doc, m.Feature, f)
			}
		}
		if !hasRelation(Read(doc), KindDistance, "Tin Amzi", "Atar") {
			t.Errorf("Read(%q): no distance of Tin Amzi from Atar", doc)
		}
		if (w == "oasis" || w == "palmeraie") && !hasRelation(Read(doc), KindIn, "Tin Amzi", "Adrar") {
			t.Errorf("Read(%q): Tin Amzi not put in Adrar", doc)
		}
		if ev := mentionEvidence(doc, "Adrar"); ev < 0 || ev == EvidenceUnlikely {
			t.Errorf("Read(%q): Adrar is %v, want a place", doc, ev)
		}
	}
}

// hasRelation reports whether d holds a relation of kind k from the
// mention named subj to the one named obj.
func hasRelation(d *Document, k Kind, subj, obj string) bool {
	for _, r := range d.Relations {
		if r.Kind == k && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Subject].Name == subj && d.Mentions[r.Object].Name == obj {
			return true
		}
	}
	return false
}

// TestLead27Logbook: a ship's log or a diary opens its sentences with a
// participle of travel (fr/stopcaps.tsv: « Mouillé », « Appareillé »,
// « Campé »), which starts no name, and « appareiller de » names the
// port left like « partir de » (fr/origins.tsv).
func TestLead27Logbook(t *testing.T) {
	for _, c := range []struct{ doc, place, not string }{
		{"Mouillé le soir dans la baie de Tanoliu, à 6 milles au nord de Port-Vila.", "Port-Vila", "Mouillé"},
		{"Appareillé de Luganville à 7 h par vent d'est.", "Luganville", "Appareillé"},
		{"Campé près de Tamanrasset après une longue étape.", "Tamanrasset", "Campé"},
		{"Le cargo a appareillé de Nouméa hier soir.", "Nouméa", ""},
		{"Nous appareillons de Papeete demain à l'aube.", "Papeete", ""},
	} {
		if ev := mentionEvidence(c.doc, c.place); ev < 0 || ev == EvidenceUnlikely {
			t.Errorf("Read(%q): %s is %v, want a place", c.doc, c.place, ev)
		}
		if c.not != "" && mentionEvidence(c.doc, c.not) >= 0 {
			t.Errorf("Read(%q): %s read as a name", c.doc, c.not)
		}
	}
	doc := "Mouillé le soir dans la baie de Tanoliu, à 6 milles au nord de Port-Vila."
	if !hasRelation(Read(doc), KindDistance, "Tanoliu", "Port-Vila") {
		t.Errorf("Read(%q): no distance of Tanoliu from Port-Vila", doc)
	}
}

// TestLead27CeluiDElided: « Celui d'X », « Celle d'X » open a sentence
// with the name of the one meant, the « de » elided before a vowel as
// « Celui de Tama » is read (frenchClauseSubject).
func TestLead27CeluiDElided(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deux camps ont été attaqués. Celui d'Inabaw se trouve à 40 km au nord de Gao.", rels: []string{"Inabaw: 40 km north of Gao"}},
		{doc: "La région comptait plusieurs postes. Celui d'Ebel-Ayong fut fondé en 1897, à une trentaine de kilomètres au nord-est de Lambaréné.",
			rels: []string{"Ebel-Ayong: 30 km northeast of Lambaréné"}},
		{doc: "Deux écoles ont rouvert. Celle d'Oumsoum, à 12 km à l'est de Kayes, accueille 300 élèves.", rels: []string{"Oumsoum: 12 km east of Kayes"}},
	})
}

// TestLead27HeightAndDistance: a height after a name, set off by a comma
// or joined to the distance by "and" (« et »), says nothing of where the
// place is; the distance after it is the name's (elevationEndingAt).
func TestLead27HeightAndDistance(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We crossed the pass of Qafa Lipes, at about 1,250 m and roughly 11 km north-east of Gjirokastër.",
			rels: []string{"Qafa Lipes: 11 km northeast of Gjirokastër"}},
		{doc: "The highlight is the col of Tanbuk, at 2,100 m and some 9 km south of Imlil as the crow flies, where we ate lunch.",
			rels: []string{"Tanbuk: 9 km south of Imlil"}},
		{doc: "Nous avons franchi le col de Tizi n'Tarat, à 2 400 m d'altitude et à 15 km au sud d'Imlil.",
			rels: []string{"Tizi n'Tarat: 15 km south of Imlil"}},
		{doc: "Nous avons franchi le col de Tizi n'Tarat, à 2 400 m d'altitude, à 15 km au sud d'Imlil.",
			rels: []string{"Tizi n'Tarat: 15 km south of Imlil"}},
		{doc: "Le refuge de Tamsoult, à 2 250 mètres et à une quinzaine de kilomètres d'Imlil, est ouvert.",
			rels: []string{"Tamsoult: 15 km from Imlil"}},
	})
}

// TestLead27CommitteeOf: "Committee", "Council", "Foundation", "Fund",
// "Programme" and "Society" head an agency's name before "of" and its
// field (agencyheads.tsv): the field is no place, and an acronym in
// brackets after it is no place it is in (a bare capitalised acronym,
// which the resolver does not list).
func TestLead27CommitteeOf(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Committee of Emergency Situations (CoES) said mudflows destroyed 17 houses in Vozhdigaron, 35 km south of Khorog.",
			rels: []string{"Vozhdigaron: 35 km south of Khorog"}, not: []string{"Emergency Situations"},
			absent: []string{"Emergency Situations: in CoES"}},
		{doc: "The Council of Elders (CoE) met at Tinabaw, 20 km north of Gao.", rels: []string{"Tinabaw: 20 km north of Gao"}, not: []string{"Elders"}},
		{doc: "The Society of Friends ran a mission at Kalo, 12 km east of Kayes.", rels: []string{"Kalo: 12 km east of Kayes"}, not: []string{"Friends"}},
		{doc: "The Council of Tessalit met in Gao.", places: []string{"Gao"}},
	})
}

// TestLead27FrenchBordering: « localité frontalière du Nigeria », « une
// commune limitrophe de X » put the place beside what follows « de », not
// in it; the distance after them is still the place's.
func TestLead27FrenchBordering(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deux suspects ont été interpellés à Dan Issa, localité frontalière du Nigeria située à 25 km au sud de Maradi.",
			rels: []string{"Dan Issa: 25 km south of Maradi"}, absent: []string{"Dan Issa: in Nigeria"}},
		{doc: "Les réfugiés sont arrivés à Kousséri, ville frontalière du Cameroun située à 10 km de N'Djamena.",
			rels: []string{"Kousséri: 10 km from N'Djamena"}, absent: []string{"Kousséri: in Cameroun"}},
		{doc: "Le marché de Ndiaffate, une commune limitrophe de Kaolack, a brûlé.", absent: []string{"Ndiaffate: in Kaolack"}},
		{doc: "Mafa, localité de l'Etat de Borno située à 45 km à l'est de Maiduguri, a été reprise.", rels: []string{"Mafa: in Borno"}},
	})
}

// TestLead27BorderingApposition: "a town bordering X", "a well facing
// X", "a lodge overlooking X" between commas say what the place lies
// beside; the distance after them is the place's, not X's.
func TestLead27BorderingApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two suspects were arrested in Dan Issa, a town bordering Nigeria, 25 km south of Maradi.",
			rels: []string{"Dan Issa: 25 km south of Maradi"}, absent: []string{"Nigeria: 25 km south of Maradi"}},
		{doc: "They camped at Tinabaw, a well facing Anefis, 40 km north of Gao.",
			rels: []string{"Tinabaw: 40 km north of Gao"}, absent: []string{"Anefis: 40 km north of Gao"}},
		{doc: "We stayed at Kalo, a lodge overlooking the Niger, 12 km east of Gao.",
			rels: []string{"Kalo: 12 km east of Gao"}, absent: []string{"Niger: 12 km east of Gao"}},
		{doc: "We stayed at Kalo, a farm adjoining Sirakoro, 12 km east of Gao.",
			rels: []string{"Kalo: 12 km east of Gao"}, absent: []string{"Sirakoro: 12 km east of Gao"}},
	})
}
