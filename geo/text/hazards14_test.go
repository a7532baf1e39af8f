package text

import "testing"

// TestCorpusHazardEvents: fire services' and storm bulletins' own ways of
// placing an event. A named fire in apposition ("The Sparks Lake
// wildfire, about 30 km north-west of X") or reported by a speech verb is
// placed as a fire, not as the lake it is named after; a fire service's
// numbered fire (« l'incendie 344 ») is one place; a storm's eye that
// "passed" (also after the storm's name: "Typhoon Rai's eye") and a fire
// that "burned" are events (events.tsv); a storm that
// "crossed the coast" or « a touché terre » places its landfall (site
// rows), named by the words that say so.
func TestCorpusHazardEvents(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Sparks Lake wildfire, about 30 kilometres northwest of Kamloops, is now estimated at 39,000 hectares.",
			rels: []string{"The Sparks Lake wildfire: 30 km northwest of Kamloops"}, not: []string{"Sparks Lake"}},
		{doc: "The Bootleg fire, burning about 15 miles north-east of Beatty, has grown to 400,000 acres.",
			rels: []string{"The Bootleg fire: 24.1 km northeast of Beatty"}, not: []string{"Bootleg"}},
		{doc: "The fire service says the Mount Cook fire, about 12 km west of Twizel, is contained.",
			rels: []string{"the Mount Cook fire: 12 km west of Twizel"}, not: []string{"Mount Cook"}},
		{doc: "The Black Lake fire was burning 20 km south of Lac La Ronge.",
			rels: []string{"The Black Lake fire: 20 km south of Lac La Ronge"}, not: []string{"Black Lake"}},
		{doc: "La SOPFEU combat l'incendie 412, situé à environ 20 km au nord de Lebel-sur-Quévillon.",
			rels: []string{"l'incendie 412: 20 km north of Lebel-sur-Quévillon"}},
		{doc: "L'incendie 227 est situé à 35 km à l'est de Chapais.",
			rels: []string{"L'incendie 227: 35 km east of Chapais"}},
		{doc: "The fire burned about 20 km west of Orbost overnight.",
			rels: []string{"The fire: 20 km west of Orbost"}},
		{doc: "The eye passed about 30 km south of Tacloban on Friday morning.",
			rels: []string{"The eye: 30 km south of Tacloban"}},
		{doc: "Typhoon Rai's eye passed about 20 km north of Surigao City.",
			rels: []string{"eye: 20 km north of Surigao City"}, not: []string{"Typhoon Rai"}},
		{doc: "Cyclone Idai's eye came ashore about 15 km south of Beira.",
			rels: []string{"eye: 15 km south of Beira"}},
		{doc: "Cyclone Fani crossed the coast about 10 km south of Puri on Friday.",
			rels: []string{"crossed the coast: 10 km south of Puri"}, not: []string{"Fani"}},
		{doc: "Le cyclone Batsirai a touché terre à environ 20 km au nord de Mananjary.",
			rels: []string{"touché terre: 20 km north of Mananjary"}, not: []string{"Batsirai"}},
	})
}

// TestHazardDatelineAbbrev: an American or Canadian wire dateline with a
// state's abbreviation ("FRESNO, Calif. (AP) —", "LONDON, Ont. —") is a
// dateline, and the sentence after it reads as any other.
func TestHazardDatelineAbbrev(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "FRESNO, Calif. (AP) — The Creek Fire, burning about 14 miles northeast of Shaver Lake, has grown.",
			rels: []string{"Creek Fire: 22.5 km northeast of Shaver Lake"}, places: []string{"FRESNO"}},
		{doc: "PENDLETON, Ore. — A grass fire broke out 10 miles east of Pilot Rock on Monday.",
			rels: []string{"A grass fire: 16.1 km east of Pilot Rock"}, places: []string{"PENDLETON"}},
	})
}

// TestFrenchStormLeadsRead reads every row of lexicon/fr/stormleads.tsv
// before a storm's name (« le cyclone Tinabaw a touché terre près de
// Kalo »): the name is no place, and the place it reaches still is.
func TestFrenchStormLeadsRead(t *testing.T) {
	n := 0
	for w := range langs().fr.sets[setStormLeads] {
		n++
		doc := "Selon le BNGRC, la " + w + " Tinabaw a touché terre près de Kalo dimanche."
		d := Read(doc)
		if e, ok := evidenceOf(d, "Tinabaw"); ok && e > EvidenceUnlikely {
			t.Errorf("Read(%q): Tinabaw is a place (evidence %v)", doc, e)
		}
		if e, ok := evidenceOf(d, "Kalo"); !ok || e < EvidencePreposition {
			t.Errorf("Read(%q): Kalo is not a place", doc)
		}
	}
	if n < 3 {
		t.Errorf("fr/stormleads.tsv: %d rows, want at least 3", n)
	}
}

// TestHazardRoleObjects: a role's words followed by a comma name the
// place after them only when what follows can be its seat: « à 30 km de
// la capitale, le quartier de X » measures from the capital, and a
// reporting clause after the role (« du centre-ville, a indiqué le SDIS
// 13 ») names nothing.
func TestHazardRoleObjects(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À Léogâne, à une trentaine de kilomètres à l'ouest de la capitale, plusieurs quartiers sont inondés.",
			rels: []string{"Léogâne: 30 km west of la capitale"}},
		{doc: "À Gressier, à 25 km à l'ouest de la capitale, le quartier de Mariani-Haut est inondé.",
			rels: []string{"Gressier: 25 km west of la capitale"}},
		{doc: "Un feu s'est déclaré à Martigues, au lieu-dit la Couronne-Vieille, à environ 4 km au sud du centre-ville, a indiqué le SDIS 13.",
			rels: []string{"Couronne-Vieille: 4 km south of centre-ville"}},
		{doc: "Un glissement de terrain a coupé la route au lieu-dit Bellevue-Haut, à 6 km au nord du centre-ville, selon la préfecture.",
			rels: []string{"Bellevue-Haut: 6 km north of centre-ville"}},
	})
}

// TestHazardPossessiveNames: after "the", a common noun's possessive and
// one capitalised word are one name ("the Devil's Elbow", "the Giant's
// Causeway"), never two places; a country's possessive before a region
// stays a container ("the Congo's Kivu region").
func TestHazardPossessiveNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Cyclone Gabrielle cut State Highway 2 at the Devil's Elbow, about 30 km north of Napier.",
			rels: []string{"Devil's Elbow: 30 km north of Napier"}, not: []string{"Devil", "Elbow"}},
		{doc: "A landslide blocked the road below the Lion's Head, 4 km west of Kalo.",
			rels: []string{"Lion's Head: 4 km west of Kalo"}},
		{doc: "Fighting in the Congo's Kivu region continued.",
			places: []string{"Kivu"}},
	})
}
