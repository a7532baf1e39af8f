package text

import (
	"slices"
	"testing"
)

// TestCalls26RelativeAfterPhrase: a relative clause of naming right after
// the distance that places a nameless place gives that place its name:
// "a camp 45 km south-east of X, which the family calls Y", "that the
// locals call Y", "which herders know as Y", « , que les habitants
// nomment Y ».
func TestCalls26RelativeAfterPhrase(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "The family lives in a ger roughly 30 km west of Altai, which they call Khar Us.",
			name: "Khar Us", rel: "30 km west of Altai"},
		{doc: "We found three gers and a horse corral about 60 km north of Ulaangom, which the family calls Bor Khoshuu.",
			name: "Bor Khoshuu", rel: "60 km north of Ulaangom"},
		{doc: "Women sell charcoal at a roadside market some 12 km south of Lilongwe that the traders call Mchenga Wapo.",
			name: "Mchenga Wapo", rel: "12 km south of Lilongwe"},
		{doc: "The cattle drink at a waterhole about 25 km east of Kaabong, which Karimojong herders know as Lokiriama Pool.",
			name: "Lokiriama Pool", rel: "25 km east of Kaabong"},
		{doc: "Rebels attacked a camp 20 km north of Gao, which is known locally as Tinzar Bas.",
			name: "Tinzar Bas", rel: "20 km north of Gao"},
		{doc: "Les familles vivent dans un campement situé à 14 km au nord de Tillabéri, que les habitants nomment Tondi Kiré.",
			name: "Tondi Kiré", rel: "14 km north of Tillabéri"},
		{doc: "Les chameliers s'arrêtent à un puits situé à une vingtaine de kilomètres d'Arlit, qu'on appelle Assamaka Sud.",
			name: "Assamaka Sud", rel: "20 km from Arlit"},
	})
}

// TestCalls26OldNameOfAnchor: a relative clause in the past after the
// place a distance is measured from tells that place's old name, and
// names no nameless place.
func TestCalls26OldNameOfAnchor(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "The camp lies 20 km north of Kalemie, which the Belgians called Albertville.",
			name: "Albertville", rel: "20 km north of Kalemie", none: true},
		{doc: "A camp stands some 15 km east of Kisangani, which was called Stanleyville.",
			name: "Stanleyville", rel: "15 km east of Kisangani", none: true},
		{doc: "Violence erupted 20 km south of Kalemie, which locals call Albertville.",
			name: "Albertville", rel: "20 km south of Kalemie", none: true},
	})
}

// TestCalls26NamingParticiple: a participle of naming after a comma
// that closes a distance names the place the distance places, not an
// animal, and not the place it is measured from: ", dubbed X", ",
// nicknamed X by the drivers", « , surnommé X », « , connu sous le nom
// de X ».
func TestCalls26NamingParticiple(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Prospectors reopened an old mining camp about 40 km north of Kalgoorlie, dubbed Sandy Gully by the locals.",
			name: "Sandy Gully", rel: "40 km north of Kalgoorlie"},
		{doc: "Crews are working at a gravel quarry roughly 11 km west of Gondar, nicknamed Abba Koma by the drivers.",
			name: "Abba Koma", rel: "11 km west of Gondar"},
		{doc: "Les nomades campent près d'un puits situé à 30 km à l'ouest de Tahoua, surnommé Tegguiret.",
			name: "Tegguiret", rel: "30 km west of Tahoua"},
		{doc: "Les habitants ont fui vers un hameau situé à 8 km à l'est de Kayes, appelé localement Diala Kouta.",
			name: "Diala Kouta", rel: "8 km east of Kayes"},
		{doc: "Les éleveurs se regroupent autour d'un forage situé à environ 25 km au sud de Mopti, connu sous le nom de Daga Sow.",
			name: "Daga Sow", rel: "25 km south of Mopti"},
	})
}

// TestCalls26RelativeOpener: "The site, which residents call X, …" or «
// Ce site, que les déplacés appellent X, … » names the nameless site the
// sentence before placed.
func TestCalls26RelativeOpener(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Some 2,000 people have settled at a spontaneous site about 18 km north of Bentiu. The site, which residents call Rubkona Nyal, has no latrines.",
			name: "Rubkona Nyal", rel: "18 km north of Bentiu"},
		{doc: "Herders water their camels at a well 35 km east of Wajir. The well, which the Somali herders know as Dhabo Gure, dried up in March.",
			name: "Dhabo Gure", rel: "35 km east of Wajir"},
		{doc: "Les déplacés se sont installés sur un site situé à 22 km au sud de Kaya. Ce site, que les déplacés appellent Wendou Bagré, ne dispose d'aucun forage.",
			name: "Wendou Bagré", rel: "22 km south of Kaya"},
		{doc: "Un campement est apparu à une dizaine de kilomètres à l'est de Ménaka. Le campement, qu'on appelle Inchinanane, accueille 300 familles.",
			name: "Inchinanane", rel: "10 km east of Ménaka"},
	})
}

// namedCase is a document whose nameless place, placed by rel ("30 km
// west of Altai"), must bear name as an alias; with none, no nameless
// place may bear it.
type namedCase struct {
	doc, name, rel string
	none           bool
}

// checkNamed reports an error unless each case's document holds a
// relation rel whose nameless subject bears the name (an Alias), or,
// with none, no alias gives a nameless place that name.
func checkNamed(t *testing.T, cases []namedCase) {
	t.Helper()
	for _, c := range cases {
		d := Read(c.doc)
		checkSpans(t, c.doc, d)
		var got []string
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel))
		}
		named := false
		for _, a := range d.Aliases {
			if d.Mentions[a.Alias].Name == c.name && d.Mentions[a.Name].Nameless &&
				slices.Contains(got, d.Mentions[a.Name].Name+": "+c.rel) {
				named = true
			}
		}
		if named == c.none {
			t.Errorf("Read(%q): nameless place %s named %q: %v, want %v; readings %q", c.doc, c.rel, c.name, named, !c.none, got)
		}
	}
}

// TestCalls26WhatNamed: a free relative of naming right after a distance
// ("…, in what the herders call X") names a place of its own, which the
// distance places, whether or not the phrase has a subject.
func TestCalls26WhatNamed(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Near a seasonal spring about 30 km east of Opuwo, in what the herders call Otjiware, cattle have died.",
			rels: []string{"Otjiware: 30 km east of Opuwo"}},
		{doc: "The militia struck 15 km north of Beni, at what villagers call Mamove Centre.",
			rels: []string{"Mamove Centre: 15 km north of Beni"}},
		{doc: "Rangers found the carcass about 20 km west of Maun, in what the guides know as Xakanaka Flats.",
			rels: []string{"Xakanaka Flats: 20 km west of Maun"}},
	})
}
