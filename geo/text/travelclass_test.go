package text

import (
	"math"
	"strings"
	"testing"
)

// TestCorpusTravelGuides: short texts of travel guides, hiking and road
// descriptions in English and French. A travel time is read as a bound,
// never as a distance (pace.go); a distance before a means of travel
// ("a 12 km walk from X") is read as stated; a landmark opening a French
// sentence by its kind, after « du » or « des » too; « au large de »,
// « après » and "past" before the place measured from; "Col du X" is a
// pass, not a colonel; a milestone "Km 82" is no place; a road named by a
// town is no point; "for X" after a word of a way or a vehicle names a
// place; a name in apposition after a possessor's kind is the subject; a
// definite apposition of kind after a phrase's object is about that
// object; an adjective of a guide (« perché ») before « de » and a name.
func TestCorpusTravelGuides(t *testing.T) {
	checkCorpus(t, []example{
		// Travel times: a disc from 0 to the farthest the means goes.
		{doc: "The Schönbiel Hut is a 4-hour walk from Zermatt along the Zmutt valley; the path is steep but well marked.",
			rels: []string{"Schönbiel Hut: 0-20 km from Zermatt"}},
		{doc: "Ngong Ping is a 25-minute cable car ride from Tung Chung on Lantau Island.",
			rels: []string{"Ngong Ping: 0-10.4 km from Tung Chung"}},
		{doc: "The lodge is an hour and a half ferry ride from Kalangala.",
			rels: []string{"The lodge: 0-52.5 km from Kalangala"}},
		{doc: "Le refuge du Goûter est à quatre heures de marche du Nid d'Aigle, au-dessus de Saint-Gervais-les-Bains.",
			rels: []string{"Goûter: 0-20 km from Nid d'Aigle"}},
		{doc: "Le village de Kalo est à une heure et demie de marche de Ségou.",
			rels: []string{"Kalo: 0-7.5 km from Ségou"}},
		{doc: "Getting there: Isla de Ometepe lies in Lake Nicaragua, a one-hour ferry ride from San Jorge, 4 km east of Rivas.",
			rels: []string{"Isla de Ometepe: 0-35 km from San Jorge"}},
		{doc: "Kalo is an hour's walk from San Jorge.",
			rels: []string{"Kalo: 0-5 km from San Jorge"}},
		{doc: "Kalo lies a two-hour drive north of Gao.",
			rels: []string{"Kalo: 0-180 km north of Gao"}},
		// A time with no means of travel says nothing of the way.
		{doc: "Kalo is two hours from Ségou.",
			absent: []string{"Kalo: 0-10 km from Ségou"}},
		// A distance before a means of travel is read as stated.
		{doc: "The Schönbiel Hut is a 12 km walk from Zermatt.",
			rels: []string{"Schönbiel Hut: 12 km from Zermatt"}},
		// French landmarks by their kind, after « de », « du », « des ».
		{doc: "La plage de Pampelonne est à 5 km au sud de Saint-Tropez, sur la commune de Ramatuelle.",
			rels: []string{"Pampelonne: 5 km south of Saint-Tropez"}},
		{doc: "Le cirque de Mafate, accessible seulement à pied, s'étend à 15 km à l'ouest de Salazie, sur l'île de La Réunion.",
			rels: []string{"Mafate: 15 km west of Salazie"}},
		{doc: "Le lac du Bourget est à 12 km de Chambéry.",
			rels: []string{"Bourget: 12 km from Chambéry"}},
		{doc: "Le village du Mali se trouve à 4 km au nord de Morteau.",
			absent: []string{"Mali: 4 km north of Morteau"}},
		// « au large de », « après », "past".
		{doc: "L'île de Gorée est à 3 km au large de Dakar, à vingt minutes de chaloupe.",
			rels: []string{"Gorée: 3 km from Dakar"}},
		{doc: "L'île de Porquerolles se trouve à 3 km au large de Hyères.",
			rels: []string{"Porquerolles: 3 km from Hyères"}},
		{doc: "La piste quitte la N7 à 12 km après Montélimar pour rejoindre le village de Grignan.",
			places: []string{"Montélimar"}},
		{doc: "Take the turn-off 12 km past Tulum for Coba; the ruins are a further 30 km inland.",
			places: []string{"Tulum", "Coba"}, not: []string{"Take"}},
		// A pass named in French in an English text.
		{doc: "The Col du Galibier is 18 km north of Briançon on the road to Valloire.",
			rels: []string{"Col du Galibier: 18 km north of Briançon"}},
		// A milestone is no place.
		{doc: "The Dead Woman's Pass is 12 km from the trailhead at Km 82, near Ollantaytambo.",
			not: []string{"Km"}, places: []string{"Ollantaytambo"}},
		// A road named by a town is no point.
		{doc: "Tsodilo Hills are 40 km west of the Shakawe road, about 50 km south-west of Shakawe itself.",
			rels: []string{"Tsodilo Hills: 50 km southwest of Shakawe"}, absent: []string{"Tsodilo Hills: 40 km west of Shakawe"}},
		// A definite apposition of kind after the object that closes a
		// phrase describes that object.
		{doc: "The Refugio Frey is a 3-hour hike from Villa Catedral, the ski base 20 km west of Bariloche.",
			rels: []string{"Refugio Frey: 0-15 km from Villa Catedral", "Villa Catedral: 20 km west of Bariloche"}},
		// An adjective of a guide between the kind and the name.
		{doc: "Le village perché d'Èze se trouve à 12 km à l'est de Nice par la Moyenne Corniche, à vingt minutes de bus.",
			rels: []string{"Èze: 12 km east of Nice"}},
		// A name in apposition after a possessor's kind.
		{doc: "Skeleton Coast Park's southern gate, Ugab, is 200 km north of Swakopmund along the salt road.",
			rels: []string{"Ugab: 200 km north of Swakopmund"}},
	})
}

// TestPacesRead reads every means of travel of lexicon/en/paces.tsv after
// a time in hours: the place lies within the means' pace times the hours.
func TestPacesRead(t *testing.T) {
	for _, l := range []*language{langs().en, langs().fr} {
		if len(l.paces.means) == 0 || len(l.paces.times) == 0 {
			t.Fatalf("%s: paces.tsv lacks a role", l.code)
		}
		for _, list := range l.paces.means {
			for _, ph := range list {
				w := strings.Join(ph.words, " ")
				doc := "Kalo is a 2-hour " + w + " from Ségou."
				if l == langs().fr {
					doc = "Kalo est à 2 heures " + w + " de Ségou."
				}
				d := Read(doc)
				ok := false
				for _, rel := range d.Relations {
					ok = ok || rel.Kind == KindDistance && rel.Hedge == "within" && rel.MinKm == 0 &&
						math.Abs(rel.MaxKm-2*ph.row) < 1e-9 && rel.Pace != ""
				}
				if !ok {
					t.Errorf("Read(%q): no bound of %g km; relations %+v", doc, 2*ph.row, d.Relations)
				}
			}
		}
	}
}

// TestTravelBoundsRead reads every word of the bound role of travel.tsv
// before "for" (« pour ») and a name: the name is a place.
func TestTravelBoundsRead(t *testing.T) {
	for _, l := range []*language{langs().en, langs().fr} {
		if len(l.travel.bounds) == 0 {
			t.Fatalf("%s: travel.tsv has no bound word", l.code)
		}
		for w := range l.travel.bounds {
			doc := "They saw the " + w + " for Coba yesterday."
			if l == langs().fr {
				doc = "Ils ont vu le " + w + " pour Coba hier."
			}
			checkCorpus(t, []example{{doc: doc, places: []string{"Coba"}}})
		}
	}
}
