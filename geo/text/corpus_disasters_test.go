package text

import (
	"strings"
	"testing"
)

// TestCorpusDisasters: disaster bulletins and humanitarian reports. An
// earthquake, eruption, fire or tornado (lexicon/*/events.tsv) that a
// distance locates is a nameless place of its own, after its size ("A
// magnitude 6.1 earthquake", "An earthquake of magnitude 6.8", « Le
// séisme de magnitude 6,8 »); "made landfall" places the landfall
// whoever made it; names followed by words of impact ("were badly hit",
// « ont été les plus touchées »; lexicon/*/impacts.tsv) are places, and
// so is a list after "throughout" or "the evacuation of"; "The Limpopo
// burst its banks" names a river.
func TestCorpusDisasters(t *testing.T) {
	checkCorpus(t, []example{
		// The event, after its size.
		{doc: "A magnitude 6.1 earthquake struck 25 km SSW of Pokhara, Nepal, at a depth of 10 km on Tuesday, the USGS said.",
			rels: []string{"A magnitude 6.1 earthquake: 25 km south-southwest of Pokhara"}},
		{doc: "A M 5.4 earthquake occurred 18 km WNW of Eureka, California, at 10:34 local time.",
			rels: []string{"A M 5.4 earthquake: 18 km west-northwest of Eureka"}},
		{doc: "An earthquake of magnitude 6.8 struck 71 km southwest of Marrakesh in the High Atlas at 23:11 local time.",
			rels: []string{"An earthquake: 71 km southwest of Marrakesh"}},
		{doc: "A magnitude 4.2 earthquake was recorded 3 km E of Pozzuoli at a depth of 3 km on Monday night.",
			rels: []string{"A magnitude 4.2 earthquake: 3 km east of Pozzuoli"}},
		{doc: "The earthquake struck 44 km southwest of Khost at a depth of 10 km.",
			rels: []string{"The earthquake: 44 km southwest of Khost"}, not: []string{"The earthquake struck"}},
		{doc: "The 7.2 earthquake's epicentre was 12 km NE of Saint-Louis-du-Sud.",
			rels: []string{"The 7.2 earthquake's epicentre: 12 km northeast of Saint-Louis-du-Sud"}},
		{doc: "A wildfire broke out on Monday about 30 km north-east of Athens.",
			rels: []string{"A wildfire: 30 km northeast of Athens"}},
		{doc: "The fire started in the hills 8 km east of Viña del Mar and spread to Quilpué.",
			rels: []string{"The fire: 8 km east of Viña del Mar"}},
		{doc: "The tornado touched down 5 miles southwest of Rolling Fork and tracked northeast towards Belzoni.",
			rels: []string{"The tornado: 8.05 km southwest of Rolling Fork"}},
		{doc: "The eruption began at 22:17 in a fissure about 3 km north of Grindavík.",
			rels: []string{"a fissure: 3 km north of Grindavík"}},
		// A seismological agency's title: the size before a dash is the
		// earthquake, never the start of a range of kilometres.
		{doc: "M 5.3 - 17 km WSW of Ambato, Ecuador",
			rels: []string{"M 5.3: 17 km west-southwest of Ambato"}},
		{doc: "M 4.6 – 9 km NE of Amatrice, Italy\n\nThe shock was felt in Rieti and L'Aquila.",
			rels: []string{"M 4.6: 9 km northeast of Amatrice"}},
		{doc: "A 5.9-magnitude quake struck 30 km NNE of Tabriz at a depth of 12 km.",
			rels: []string{"A 5.9-magnitude quake: 30 km north-northeast of Tabriz"}},
		// A fire or an eruption named after a place: the name maps no
		// place, the event is what the distance places.
		{doc: "The Gospers Mountain fire started 30 km north of Lithgow on Saturday.",
			rels: []string{"The Gospers Mountain fire: 30 km north of Lithgow"}, not: []string{"Gospers Mountain"}},
		{doc: "The Currowan fire was burning 25 km west of Batemans Bay.",
			rels: []string{"The Currowan fire: 25 km west of Batemans Bay"}, not: []string{"Currowan"}},
		{doc: "The blaze known as the Green Wattle Creek fire was burning 20 km south-west of Picton.",
			rels: []string{"the Green Wattle Creek fire: 20 km southwest of Picton"}, not: []string{"Green Wattle Creek"}},
		// A vent, a fissure, a storm's eye.
		{doc: "A new fissure opened about 2 km east of Stóra-Skógfell on Saturday night.",
			rels: []string{"A new fissure: 2 km east of Stóra-Skógfell"}},
		{doc: "The vent lies 6 km north-west of Tulehu, on the flank of the volcano.",
			rels: []string{"The vent: 6 km northwest of Tulehu"}},
		{doc: "Lava erupted from a vent 4 km south of Pahoa on Thursday.",
			rels: []string{"a vent: 4 km south of Pahoa"}},
		{doc: "Forecasters said the eye came ashore about 25 km west of Cancún.",
			rels: []string{"the eye: 25 km west of Cancún"}},
		{doc: "Une fissure s'est ouverte à 2 km au nord de Sainte-Rose dans la nuit.",
			rels: []string{"Une fissure: 2 km north of Sainte-Rose"}},
		{doc: "Le séisme de magnitude 6,8 s'est produit à 71 km au sud-ouest de Marrakech, à une profondeur de 26 km.",
			rels: []string{"Le séisme: 71 km southwest of Marrakech"}},
		{doc: "Un séisme d'une magnitude de 5,2 a été enregistré à 20 km au nord de Béjaïa.",
			rels: []string{"Un séisme: 20 km north of Béjaïa"}},
		{doc: "L'épicentre a été localisé à 20 km au nord-est de Béjaïa, en mer, selon le CRAAG.",
			rels: []string{"L'épicentre: 20 km northeast of Béjaïa"}},
		{doc: "L'épicentre du séisme se situe à 12 km au nord-est de Saint-Louis-du-Sud.",
			rels: []string{"L'épicentre du séisme: 12 km northeast of Saint-Louis-du-Sud"}},
		{doc: "Un feu de forêt s'est déclaré lundi à environ 10 km au nord-ouest de Marseille, près des Pennes-Mirabeau.",
			rels: []string{"Un feu: 10 km northwest of Marseille"}, absent: []string{"Pennes-Mirabeau: 10 km northwest of Marseille"}},
		// A clause after a semicolon has its own subject.
		{doc: "Un séisme de magnitude 7,0 a frappé Lombok dimanche ; l'épicentre se trouvait à 27 km au nord-est de Mataram.",
			rels: []string{"l'épicentre: 27 km northeast of Mataram"}},
		// The landfall, whoever made it.
		{doc: "Tropical Cyclone Freddy made landfall about 40 km south of Quelimane on Saturday night.",
			rels: []string{"landfall: 40 km south of Quelimane"}},
		{doc: "Typhoon Noru made landfall in Burdeos, Quezon, about 110 km east-northeast of Manila.",
			rels: []string{"Burdeos: 110 km east-northeast of Manila"}},
		// Places hit.
		{doc: "Les Cayes, Jérémie and Anse-à-Veau were badly hit.", places: []string{"Les Cayes", "Jérémie", "Anse-à-Veau"}},
		{doc: "Al Bayda and Benghazi were also flooded.", places: []string{"Al Bayda", "Benghazi"}},
		{doc: "Les communes d'Amizmiz et d'Adassil ont été les plus touchées.", places: []string{"Amizmiz", "Adassil"}},
		{doc: "Jérémie et Camp-Perrin ont subi d'importants dégâts.", places: []string{"Jérémie", "Camp-Perrin"}},
		// A list whose preposition is repeated after each comma.
		{doc: "Les villes des Cayes, de Jérémie et de Camp-Perrin ont subi d'importants dégâts.", places: []string{"Cayes", "Jérémie", "Camp-Perrin"}},
		{doc: "It was felt throughout Naples and Bacoli.", places: []string{"Naples", "Bacoli"}},
		// « près de X » names a place even when it places no subject.
		{doc: "Le cyclone a touché terre près de Toamasina dans la nuit.", places: []string{"Toamasina"}},
		{doc: "La tempête est passée non loin de Brest, puis Quimper et Lorient ont été touchées.", places: []string{"Brest", "Quimper", "Lorient"}},
		// « entre X et Y » names two places as "between X and Y" does.
		{doc: "La circulation a été interrompue entre Maroantsetra et Mananara.", places: []string{"Maroantsetra", "Mananara"}},
		{doc: "La route des Laves reste fermée entre Saint-Philippe et Sainte-Rose.", places: []string{"Saint-Philippe", "Sainte-Rose"}},
		{doc: "The fire forced the evacuation of Marathonas, Nea Makri and Rafina.", places: []string{"Marathonas", "Nea Makri", "Rafina"}},
		// Participles of impact introduce the places they reach.
		{doc: "The volcano erupted on Sunday, covering Tanauan, Agoncillo and Batangas in ash.", places: []string{"Tanauan", "Agoncillo", "Batangas"}},
		{doc: "Des pluies diluviennes se sont abattues sur la région, touchant Diffa et Maïné Soroa.", places: []string{"Diffa", "Maïné Soroa"}},
		// A size inside a kind's own words.
		{doc: "L'épicentre du séisme de magnitude 7,2 était situé à 12 km au sud-est de Petit-Trou-de-Nippes, selon l'USGS.",
			rels: []string{"L'épicentre du séisme de magnitude 7,2: 12 km southeast of Petit-Trou-de-Nippes"}},
	})
}

// TestRiverVerbs: a name after "the" and before words only a river takes
// (impacts.tsv, river) is a river's.
func TestRiverVerbs(t *testing.T) {
	for _, doc := range []string{
		"The Limpopo burst its banks near Chokwe on Monday.",
		"The Zambezi overflowed near Tete.",
		"Le Niger est sorti de son lit à Mopti.",
		"À Mopti, le Niger a débordé.",
	} {
		d := Read(doc)
		found := false
		for _, m := range d.Mentions {
			if m.Feature == "river" {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no river among %v", doc, mentionNames(d))
		}
	}
}

// TestImpactsRead reads every row of every language's impacts.tsv: each
// auxiliary, degree word and participle after a list makes its names
// places; each active verb does alone; each river row makes "the X" a
// river's name.
func TestImpactsRead(t *testing.T) {
	first := map[string]map[string]string{
		"en": {"aux": "were", "degree": "badly", "impact": "hit"},
		"fr": {"aux": "ont été", "degree": "durement", "impact": "touchés"},
	}
	for code, l := range map[string]*language{"en": langs().en, "fr": langs().fr} {
		for _, rows := range l.impacts {
			for _, ph := range rows {
				words := strings.Join(ph.words, " ")
				f := first[code]
				var doc string
				switch ph.row {
				case "aux":
					doc = "Tinabaw and Kalo " + words + " " + f["impact"] + "."
				case "degree":
					doc = "Tinabaw and Kalo " + f["aux"] + " " + words + " " + f["impact"] + "."
				case "impact":
					doc = "Tinabaw and Kalo " + f["aux"] + " " + words + "."
				case "active":
					doc = "Tinabaw et Kalo " + words + " des dégâts."
				case "report":
					doc = "Tinabaw and Kalo " + words + " 12 new cases."
					if code == "fr" {
						doc = "Tinabaw et Kalo " + words + " 12 nouveaux cas."
					}
				case "river":
					doc = "The Tinabaw " + words + " on Monday."
					d := Read(doc)
					if len(d.Mentions) == 0 || d.Mentions[0].Feature != "river" {
						t.Errorf("%s: Read(%q): Tinabaw is no river: %v", code, doc, mentionNames(d))
					}
					continue
				}
				if code == "fr" && ph.row != "active" && ph.row != "report" {
					doc = strings.Replace(doc, " and ", " et ", 1)
				}
				d := Read(doc)
				for _, name := range []string{"Tinabaw", "Kalo"} {
					if e, ok := evidenceOf(d, name); !ok || e < EvidencePreposition {
						t.Errorf("%s: Read(%q): %s is not a place (evidence %v)", code, doc, name, e)
					}
				}
			}
		}
	}
}

// evidenceOf returns the best evidence of the mentions of d named name.
func evidenceOf(d *Document, name string) (Evidence, bool) {
	best, found := EvidenceUnlikely, false
	for _, m := range d.Mentions {
		if m.Name == name && (!found || m.Evidence > best) {
			best, found = m.Evidence, true
		}
	}
	return best, found
}

// TestStormLeadsRead reads every row of stormleads.tsv opening a storm's
// name: the name is no place, and the place it reaches still is; a name
// that ends in a toponym's generic ("Storm Lake") stays a place.
func TestStormLeadsRead(t *testing.T) {
	n := 0
	for w := range langs().en.sets[setStormLeads] {
		n++
		name := strings.ToUpper(w[:1]) + w[1:] + " Tinabaw"
		doc := name + " made landfall near Kalo on Sunday."
		d := Read(doc)
		if e, ok := evidenceOf(d, name); ok && e > EvidenceUnlikely {
			t.Errorf("Read(%q): %s is a place (evidence %v)", doc, name, e)
		}
		if e, ok := evidenceOf(d, "Kalo"); !ok || e < EvidencePreposition {
			t.Errorf("Read(%q): Kalo is not a place", doc)
		}
	}
	if n < 3 {
		t.Errorf("stormleads.tsv: %d rows, want at least 3", n)
	}
	if e, ok := evidenceOf(Read("He moved to Storm Lake in 1990."), "Storm Lake"); !ok || e <= EvidenceUnlikely {
		t.Errorf("Storm Lake is no place")
	}
}

// TestPostalStatesRead reads every row of postalstates.tsv after a town
// and a comma: the code is a container there ("Ridgecrest, CA"), while
// the same letters elsewhere stay an acronym.
func TestPostalStatesRead(t *testing.T) {
	n := 0
	for w := range langs().en.sets[setPostalStates] {
		n++
		code := strings.ToUpper(w)
		doc := "The quake struck 10 km north of Tinabaw, " + code + ", on Friday."
		if e, ok := evidenceOf(Read(doc), code); !ok || e < EvidenceContainer {
			t.Errorf("Read(%q): %s is no container (evidence %v)", doc, code, e)
		}
	}
	if n < 48 {
		t.Errorf("postalstates.tsv: %d rows, want at least 48", n)
	}
	if e, ok := evidenceOf(Read("The CA said it would act."), "CA"); ok && e > EvidenceUnlikely {
		t.Errorf("CA read as a place outside a town's address")
	}
}
