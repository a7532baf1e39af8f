package text

import (
	"strings"
	"testing"
)

// TestAside29Source: an aside that names who reports a distance, set
// between a place and its distance, with commas or none, leaves the
// relation to the place before it, and the source, a person or the
// authorities, is no place.
func TestAside29Source(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Soldiers were posted to Gandabé, which, according to Captain Moussa Traoré, is about 30 km south of Tillabéri.",
			rels: []string{"Gandabé: 30 km south of Tillabéri"}, not: []string{"Captain Moussa Traoré", "Moussa Traoré"}},
		{doc: "The fire reached Kalampong, a village which according to the rangers lies some 12 km west of Kasungu.",
			rels: []string{"Kalampong: 12 km west of Kasungu"}},
		{doc: "The well at Bir Tamtam, according to Oxfam staff, is 45 km east of Nara.",
			rels: []string{"Bir Tamtam: 45 km east of Nara"}, not: []string{"Oxfam"}},
		{doc: "Rescuers reached Upper Kalimbo, a hamlet that according to District Commissioner Grace Mwale sits roughly 25 km north of Mzuzu.",
			rels: []string{"Upper Kalimbo: 25 km north of Mzuzu"}, not: []string{"Grace Mwale", "District Commissioner Grace Mwale"}},
		{doc: "Les pillards ont visé Tin-Achar, un campement situé, selon le préfet, à 40 km à l'ouest d'Ansongo.",
			rels: []string{"Tin-Achar: 40 km west of Ansongo"}, absent: []string{"un campement: 40 km west of Ansongo"}},
		{doc: "L'épidémie touche Bangassou-Ville, qui se trouve, d'après Jean-Pierre Ngaba, infirmier du centre, à 25 km au nord de Mobaye.",
			rels: []string{"Bangassou-Ville: 25 km north of Mobaye"}, not: []string{"Jean-Pierre Ngaba"}},
		{doc: "Le puits de Kel-Tadrart se trouve, selon les éleveurs, à une trentaine de kilomètres de Ménaka.",
			rels: []string{"Kel-Tadrart: 30 km from Ménaka"}},
		// A source after the distance, or opening the sentence, is read
		// as before: it is no aside inside the relation.
		{doc: "The camp lies 20 km north of Gao, according to Amadou Cissé.",
			rels: []string{"The camp: 20 km north of Gao"}, not: []string{"Amadou Cissé"}},
	})
}

// TestAside29Hearsay: a participle of hearsay.tsv, perhaps with who says
// so, before "to be" or "to lie" and a distance, leaves the distance to
// the place before it.
func TestAside29Hearsay(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods isolated Bantayan Norte, said by local officials to be about 30 km north of Roxas.",
			rels: []string{"Bantayan Norte: 30 km north of Roxas"}, not: []string{"Roxas: 30 km north of Roxas"}},
		{doc: "The shrine of Pir Ghaib is believed to lie 15 km west of Mastung.",
			rels: []string{"Pir Ghaib: 15 km west of Mastung"}},
		{doc: "Herders moved to Ulaan Tolgoi, thought to be some 60 km north-west of Mörön.",
			rels: []string{"Ulaan Tolgoi: 60 km northwest of Mörön"}},
		{doc: "The old mission of Santa Rosalía de Kadakaman is reputed to be 8 miles east of San Ignacio.",
			rels: []string{"Santa Rosalía de Kadakaman: 12.9 km east of San Ignacio"}},
	})
}

// TestAside29Quantity: an aside set off by commas or dashes between the
// quantity of a distance and its direction or from-word, a travel time,
// a hedge, "as the crow flies" or a road marker, leaves the distance as
// stated; a road marker makes it a distance by road.
func TestAside29Quantity(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The clinic at Pokhari Danda, 6 km, or about three hours on foot, east of Dailekh, has no doctor.",
			rels: []string{"Pokhari Danda: 6 km east of Dailekh"}},
		{doc: "Miners reopened the Esperanza shaft, some 12 km, perhaps more, from Oruro.",
			rels: []string{"Esperanza: 12 km from Oruro"}},
		{doc: "Tabora Kati lies 30 km — a long day's ride — south of Mbeya.",
			rels: []string{"Tabora Kati: 30 km south of Mbeya"}},
		{doc: "Le hameau de Bélédougou-Kura se trouve à 18 km, à vol d'oiseau, au sud de Kita.",
			rels: []string{"Bélédougou-Kura: 18 km south of Kita"}},
		{doc: "Le village d'Andranomena est à 25 km — à vol d'oiseau — de Morondava.",
			rels: []string{"Andranomena: 25 km from Morondava"}},
		{doc: "Le poste de Kéré-Bouna se trouve à une vingtaine de kilomètres, peut-être un peu plus, de Dori.",
			rels: []string{"Kéré-Bouna: 20 km from Dori"}},
		{doc: "Le campement de Tin-Zaouaten-Est est à 40 km, soit une journée de marche, à l'est de Kidal.",
			rels: []string{"Tin-Zaouaten-Est: 40 km east of Kidal"}},
		{doc: "The clinic at Sanagaun, 5 km (an hour on foot) west of Dailekh, has no doctor.",
			rels: []string{"Sanagaun: 5 km west of Dailekh"}},
		{doc: "Gatab lies 35 km (as the crow flies) north of Loiyangalani.",
			rels: []string{"Gatab: 35 km north of Loiyangalani"}},
		{doc: "Le hameau de Kéniéba-Coura est à 12 km (à vol d'oiseau) de Kita.",
			rels: []string{"Kéniéba-Coura: 12 km from Kita"}},
		// A distance in the aside is the distance itself, read as before.
		{doc: "Tinzar, one hour's sail – 40 km – north of Gao, was abandoned.",
			rels: []string{"Tinzar: 40 km north of Gao"}},
	})
}

// TestAside29Road: a road marker in an aside after the quantity makes the
// distance one by road, in English and in French, unless the aside gives
// the road a number of its own.
func TestAside29Road(t *testing.T) {
	// fromGoma returns the distances the document measures from Goma.
	fromGoma := func(doc string) (*Document, []Relation) {
		d := Read(doc)
		var out []Relation
		for _, rel := range d.Relations {
			if rel.Kind == KindDistance && rel.Object >= 0 && d.Mentions[rel.Object].Name == "Goma" {
				out = append(out, rel)
			}
		}
		if len(out) == 0 {
			t.Errorf("Read(%q): no distance from Goma", doc)
		}
		return d, out
	}
	for _, doc := range []string{
		"Kibati camp is 18 km, by road, north of Goma.",
		"Le site de Kanyaruchinya est à environ 15 km, par la route, au nord de Goma.",
		"Le village de Bweremana se trouve à 40 km — par la route — à l'ouest de Goma.",
		"Mubambiro camp lies 12 km (by road) west of Goma.",
	} {
		d, rels := fromGoma(doc)
		for _, rel := range rels {
			if !rel.Road {
				t.Errorf("Read(%q): %q is not by road", doc, reading(d, rel))
			}
		}
	}
	// An aside that gives the road its own number leaves the stated
	// distance straight.
	for _, doc := range []string{
		"Rubaya lies some 20 km — by road nearer 35 — north-west of Goma.",
		"Le village de Kirotshe est à 25 km, soit 40 par la route, à l'ouest de Goma.",
	} {
		d, rels := fromGoma(doc)
		for _, rel := range rels {
			if rel.Road || rel.MaxKm > 25 {
				t.Errorf("Read(%q): %q is by road (%v) or reads the road's number", doc, reading(d, rel), rel.Road)
			}
		}
	}
}

// TestAside29HearsayRows reads every row of hearsay.tsv: the distance
// after it keeps its subject.
func TestAside29HearsayRows(t *testing.T) {
	const form = "Rain cut off Kafue Hook, %s by herders to be 20 km south of Mumbwa."
	for _, f := range tableRows(t, "en/hearsay.tsv", 1) {
		doc := strings.Replace(form, "%s", f[0], 1)
		checkCorpus(t, []example{{doc: doc, rels: []string{"Kafue Hook: 20 km south of Mumbwa"}}})
	}
}
