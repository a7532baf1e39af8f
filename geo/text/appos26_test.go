package text

import "testing"

// TestAppos26LongApposition holds the class of long appositions between a
// name and its distance: travel writing, obituaries and reports describe
// the place at length, with a second noun, a participle or "and" inside,
// and the distance after it all places the name (longApposition): "X, her
// uncle's maize and bean farm about 20 km north of Y", "X, a scatter of
// stone barns and summer huts clinging to a ridge some 14 km east of Y", «
// X, un village de cases en bois posé au bord d'un lagon et entouré de
// manguiers, à 12 km au sud de Y ». A clause of its own after the
// apposition keeps its reading.
func TestAppos26LongApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "They reached Tsaghkashen, a scatter of stone barns and summer huts clinging to a ridge some 14 km east of Dilijan.",
			rels: []string{"Tsaghkashen: 14 km east of Dilijan"}},
		{doc: "Maria was born at Rancho El Tule, her uncle's maize and bean farm about 20 km north of Durango, in 1948.",
			rels: []string{"Rancho El Tule: 20 km north of Durango"}},
		{doc: "We camped at Oyu Bulag, a spring with a wooden shrine and two gers below a pass roughly 40 km west of Mörön.",
			rels: []string{"Oyu Bulag: 40 km west of Mörön"}, absent: []string{"a pass: 40 km west of Mörön"}},
		{doc: "He grew up on Kalkadoon Downs, a 30,000-acre sheep station on the open plains some 50 miles south of Hughenden.",
			rels: []string{"Kalkadoon Downs: 80.5 km south of Hughenden"}},
		{doc: "The monks settled at Drakar Gompa, a small temple with three retreat huts on a spur above the Tang valley roughly 10 km east of Jakar.",
			rels: []string{"Drakar Gompa: 10 km east of Jakar"}},
		{doc: "Nous avons dormi à Ambohitsara-Est, un village de cases en bois posé au bord d'un lagon et entouré de manguiers, à environ 12 km au sud de Manakara.",
			rels: []string{"Ambohitsara-Est: 12 km south of Manakara"}},
		{doc: "Les déplacés ont rejoint Kolofata-Nord, un hameau de quelques cases adossé à la colline et bordé de champs de mil, à 15 km à l'est de Mora.",
			rels: []string{"Kolofata-Nord: 15 km east of Mora"}},
		{doc: "Ils ont atteint Tin Aouker, un campement de tentes et d'enclos à chèvres près d'une mare à une trentaine de kilomètres au nord de Ménaka.",
			rels: []string{"Tin Aouker: 30 km north of Ménaka"}},
		// A new clause after a comma: the apposition ends there.
		{doc: "Fighting hit Kidal, a town in the north, and a camp 20 km south of Gao.",
			absent: []string{"Kidal: 20 km south of Gao"}},
	})
}

// TestAppos26NamedAside holds the class of a place given its name in an
// aside with who gives it, the sentence's distance after its verb:
// "A new camp, named X by district officials, was set up about 8 km west
// of Y", « Un nouveau site, baptisé X par les autorités locales, a été
// ouvert à 12 km au nord de Y » (namedAsideBefore). A local word of kind
// before the name ("Purok", "Sitio") is no part of it.
func TestAppos26NamedAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A new camp, named Kabalo by district officials, was set up about 8 km west of Kalemie.",
			rels: []string{"Kabalo: 8 km west of Kalemie"}},
		{doc: "A transit site, named Purok Mabuhay by local officials, was opened some 5 km north of Tacloban.",
			rels: []string{"Mabuhay: 5 km north of Tacloban"}},
		{doc: "A new evacuation centre, named Sitio Malipayon, was set up 6 km east of Malaybalay.",
			rels: []string{"Malipayon: 6 km east of Malaybalay"}},
		{doc: "Un nouveau site, baptisé Kalemba par les autorités locales, a été ouvert à 12 km au nord de Goma.",
			rels: []string{"Kalemba: 12 km north of Goma"}},
		{doc: "Un puits, appelé Bir Lahmar par les nomades, a été creusé à 30 km à l'est de Tindouf.",
			rels: []string{"Bir Lahmar: 30 km east of Tindouf"}},
		{doc: "Un camp, nommé Kabo-Sud par les humanitaires, a été aménagé à une vingtaine de kilomètres au sud de Sarh.",
			rels: []string{"Kabo-Sud: 20 km south of Sarh"}},
	})
}

// TestAppos26FrontedFurtherLeg holds the class of a further leg fronted
// before a French verb of place and its subject: « À 8 km plus au nord
// se trouve le village de X » is measured from the place the text last
// reached, the verb leading to the place reached (travel.tsv, reach), past
// « encore ».
func TestAppos26FrontedFurtherLeg(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le poste de Kabé se trouve à 20 km au nord de Mongo. À 8 km plus au nord se trouve le village de Kabé-Haut.",
			rels: []string{"Kabé-Haut: 8 km north of Kabé"}},
		{doc: "Le camp de Tréguine est à 15 km à l'est d'Abéché. À 5 km plus à l'est encore se dresse le fortin de Bir Tawil.",
			rels: []string{"Bir Tawil: 5 km east of Tréguine"}},
		{doc: "Le hameau de Sido-Bas se trouve à 12 km au sud de Kayes. À 6 km plus au sud se situe le village de Sido-Haut, où vivent 300 personnes.",
			rels: []string{"Sido-Haut: 6 km south of Sido-Bas"}},
	})
}

// TestAppos26GaelicParticles: the Scottish Gaelic articles "nam" and
// "nan" join the words of a name (lexicon/particles.tsv), so "The
// shieling of Airigh nam Bodach" is one place the distance places.
func TestAppos26GaelicParticles(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The shieling of Airigh nam Fiadh, a group of turf huts, lies some 5 miles west of Stornoway.",
			rels: []string{"Airigh nam Fiadh: 8.05 km west of Stornoway"}},
		{doc: "We anchored at Camas nan Geall, about 6 km west of Kilchoan.",
			rels: []string{"Camas nan Geall: 6 km west of Kilchoan"}},
		{doc: "The bothy at Ruigh nan Eun lies 9 km north of Ullapool.",
			rels: []string{"Ruigh nan Eun: 9 km north of Ullapool"}},
	})
}

// TestAppos26MannerAfterParticiple: a French participle of place may take
// a manner after « en » before its distance (« mis en service », «
// ouvert en urgence »), and the walk to the subject steps over it.
func TestAppos26MannerAfterParticiple(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un forage, appelé Bir Tenkara par les éleveurs, a été mis en service à 15 km au nord de Tahoua.",
			rels: []string{"Bir Tenkara: 15 km north of Tahoua"}},
		{doc: "Un nouveau site, baptisé Kalemba-Est, a été ouvert en urgence à 8 km à l'ouest de Goma.",
			rels: []string{"Kalemba-Est: 8 km west of Goma"}},
		{doc: "Le camp de Gaga-Sud a été mis en place à une vingtaine de kilomètres au sud d'Abéché.",
			rels: []string{"Gaga-Sud: 20 km south of Abéché"}},
	})
}

// TestAppos26CopulaKindOf: a sentence opened by a nameless place whose
// copula names it as a kind and its name ("The worst-hit community is
// the aldeia of X, around 9 km east of Y") places the name with the
// phrase set off after it (copulaNamesKind), as "… is X, 9 km …" does.
func TestAppos26CopulaKindOf(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The worst-hit community is the village of Lautem Kraik, around 12 km east of Baucau, where two houses collapsed.",
			rels: []string{"Lautem Kraik: 12 km east of Baucau"}},
		{doc: "The hardest-hit settlement was the hamlet of Kiwanga, some 18 km west of Moshi.",
			rels: []string{"Kiwanga: 18 km west of Moshi"}},
		{doc: "The largest site is the camp of Tin Hama, about 20 km south of Ménaka.",
			rels: []string{"Tin Hama: 20 km south of Ménaka"}},
	})
}
