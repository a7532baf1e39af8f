package text

import (
	"strings"
	"testing"
)

// TestCorpusWildlife holds texts of the classes that wildlife and field
// ecology reports (ranger reports, collar-tracking bulletins, bird-ringing
// and survey reports) failed on, fixed since:
//   - the sites of field work written in lower case after their name, with
//     no article, before the comma of a distance: "fixed at Lkisin
//     waterhole, 14 km north-east of Isiolo", "at Kgokong pan", "at Kanderi
//     swamp", "at the Olmoti salt lick 6 km north of", "at Sapan Mori
//     jheel", "at Dunham billabong", "at Brazeau salt lick", "on Kawnipi
//     narrows", "a fly camp at Bekombe clearing" (en/descriptors.tsv:
//     waterhole, pan, lick, swamp, marsh, vlei, bai, jheel, billabong,
//     lugga, kopje, nest, roost, cliff, ridge, water hole, seep, ford,
//     pool and more). A name the gazetteer holds as a
//     town ("Mornington", "Dunham") is then the site's, placed from the
//     anchor, and no heading word before it ("Bonobo survey") takes the
//     distance;
//   - an animal's own name after a noun of the animal, lower case, is no
//     place: "the collared lioness Naserian", "the tagged golden eagle
//     Skye", « l'éléphant équipé d'un collier, baptisé Salamat » (Salamat
//     is a region of Chad), « la louve Vercors », and after such a noun
//     and a verb of naming, « une femelle nommée Marquenterre », "a
//     lioness called Nata" (en/animals.tsv, fr/animals.tsv,
//     animalBefore);
//   - a species named after a place, in lower case after it, names no
//     place, not even a country: "Kordofan giraffe", "Nile crocodiles",
//     "a Gabon viper", "Guinea baboons", "a Congo peafowl", "Uganda kob"
//     (en/species.tsv).
func TestCorpusWildlife(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Rangers found the wild dog den at Ngaremara waterhole, 22 km north of Isiolo, on 3 May.",
			rels: []string{"Ngaremara: 22 km north of Isiolo"}},
		{doc: "The collared bull was fixed at Nxai pan, 45 km east of Gweta, last week.",
			rels: []string{"Nxai: 45 km east of Gweta"}},
		{doc: "Buffalo were counted at Lushongo swamp, 12 km south of Mbeya.",
			rels: []string{"Lushongo: 12 km south of Mbeya"}},
		{doc: "The ringing team worked at Keoladeo jheel, 3 km south-east of Bharatpur, in January.",
			rels: []string{"Keoladeo: 3 km southeast of Bharatpur"}},
		{doc: "A saltwater crocodile nest was found at Ivanhoe billabong, 9 km north of Kununurra.",
			rels: []string{"Ivanhoe: 9 km north of Kununurra"}},
		{doc: "Camera trap CT-02 at the Kalama salt lick 8 km west of Archer recorded elephants.",
			rels: []string{"Kalama: 8 km west of Archer"}},
		{doc: "Bonobo survey. The team set a fly camp at Lokofe clearing, 30 km south of Basankusu.",
			rels: []string{"Lokofe: 30 km south of Basankusu"}, absent: []string{"Bonobo: 30 km south of Basankusu"}},
		{doc: "Forest elephants visited Mbeli bai, 40 km north of Ouesso, every night.",
			rels: []string{"Mbeli: 40 km north of Ouesso"}},
		{doc: "The pride rested at Simba kopje, 15 km east of Mugumu.",
			rels: []string{"Simba: 15 km east of Mugumu"}},
		{doc: "Tracks were followed to Kinna lugga, 25 km east of Isiolo.",
			rels: []string{"Kinna: 25 km east of Isiolo"}},
		{doc: "Elephants drank at Mwaluganje water hole, 5 km west of Kwale, at dusk.",
			rels: []string{"Mwaluganje: 5 km west of Kwale"}},
		{doc: "Griffon vultures roosted at Ol Donyo cliff, 18 km north-east of Narok.",
			rels: []string{"Ol Donyo: 18 km northeast of Narok"}},
		{doc: "A marsh harrier roost was found on Kinangop marsh, 10 km west of Naivasha.",
			rels: []string{"Kinangop: 10 km west of Naivasha"}},
		{doc: "The tagged golden eagle Skye was last fixed 12 km north of Ullapool.",
			not: []string{"Skye"}, places: []string{"Ullapool"}},
		{doc: "The collared lioness Naserian was seen near Archer.",
			not: []string{"Naserian"}},
		{doc: "L'éléphant équipé d'un collier, baptisé Salamat, a été vu près de Mongo.",
			not: []string{"Salamat"}, places: []string{"Mongo"}},
		{doc: "Une femelle nommée Marquenterre a été vue près de Saint-Valery-sur-Somme.",
			not: []string{"Marquenterre"}},
		{doc: "A lioness called Nata was collared near Ghanzi.",
			not: []string{"Nata"}, places: []string{"Ghanzi"}},
		{doc: "A village called Nata lies near Gweta.",
			rels: []string{"Nata: near Gweta"}},
		{doc: "La louve Vercors a été localisée près de Villard-de-Lans.",
			not: []string{"Vercors"}, places: []string{"Villard-de-Lans"}},
		{doc: "The survey near Kasane counted Nile crocodiles, a Gabon viper and Kordofan giraffe.",
			not: []string{"Nile", "Gabon", "Kordofan"}, places: []string{"Kasane"}},
		{doc: "Guinea baboons and a Congo peafowl were seen near Kindia.",
			not: []string{"Guinea", "Congo"}, places: []string{"Kindia"}},
	})
}

// TestAnimalsRead reads every row of each animals.tsv right before a
// name: the name is the animal's, no place ("the lioness Kalo", « la
// lionne Kalo »), where a noun of no such table leaves it a place.
func TestAnimalsRead(t *testing.T) {
	for _, c := range []struct{ lang, doc, other string }{
		{"en", "Rangers followed the %s Kalo to Gao.", "road"},
		{"fr", "Les gardes ont suivi le %s Kalo jusqu'à Gao.", "fleuve"},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setAnimals]) < 20 {
			t.Errorf("lexicon/%s/animals.tsv: %d rows, want at least 20", c.lang, len(l.sets[setAnimals]))
		}
		for w := range l.sets[setAnimals] {
			doc := strings.Replace(c.doc, "%s", w, 1)
			if ev := mentionEvidence(doc, "Kalo"); ev > EvidenceUnlikely {
				t.Errorf("Read(%q): Kalo is %s, want no place", doc, ev)
			}
		}
		doc := strings.Replace(c.doc, "%s", c.other, 1)
		if ev := mentionEvidence(doc, "Kalo"); ev < EvidenceCapitalised {
			t.Errorf("Read(%q): Kalo is %s, want a name", doc, ev)
		}
	}
}

// TestWildlifeSitesRead reads each kind of field site of wildlife reports
// (en/descriptors.tsv) after a name with no article, before the comma of
// a distance: the name is the subject.
func TestWildlifeSitesRead(t *testing.T) {
	for _, w := range []string{"waterhole", "pan", "lick", "swamp", "marsh", "vlei", "bai", "jheel", "billabong",
		"narrows", "clearing", "kopje", "koppie", "lugga", "oxbow", "dambo", "wallow", "roost", "nest", "heronry",
		"lek", "soak", "rockhole", "chaur", "phanta", "nullah", "saline", "sandbank", "sandbar", "mudflats",
		"creek", "lagoon", "pond", "cliff", "ridge", "dune", "gully", "hole", "seep", "plains", "ford", "pool"} {
		if !isDescriptorNoun(w) {
			t.Errorf("%q is no descriptor noun", w)
			continue
		}
		doc := "The rangers camped at Kalo " + w + ", 12 km east of Gao, in May."
		checkCorpus(t, []example{{doc: doc, rels: []string{"Kalo: 12 km east of Gao"}}})
	}
}

// TestCorpusBinomials: the genus of a Latin binomial, as wildlife and
// field reports cite species, is no place, even as the subject of a
// relation ("Pandion haliaetus nests were checked near Maun"), where a
// town before a word of English or of a French sentence stays one
// (binomialAfter).
func TestCorpusBinomials(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gyps africanus nests were counted near Kasane in March.",
			not: []string{"Gyps"}, places: []string{"Kasane"}, absent: []string{"Gyps: near Kasane"}},
		{doc: "Acinonyx jubatus tracks ran along the Boteti river towards Rakops.",
			not: []string{"Acinonyx"}, places: []string{"Rakops"}},
		{doc: "Diceros bicornis was recorded 12 km north of Opuwo by the trackers.",
			not: []string{"Diceros"}, absent: []string{"Diceros: 12 km north of Opuwo"}},
		{doc: "Des pluies sont tombées à Tombouctou parmi d'autres villes.",
			places: []string{"Tombouctou"}},
		{doc: "Pandion haliaetus ne niche plus près de Bonifacio.",
			not: []string{"Pandion"}, places: []string{"Bonifacio"}},
		{doc: "Floods reached Sylhet upazila and Sunamganj on Monday.",
			places: []string{"Sylhet"}},
	})
}
