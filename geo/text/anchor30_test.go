package text

import "testing"

// TestAnchor30Source: a source after the comma that closes "the city" or
// « la ville » as a distance's object ("according to the police", « selon
// la gendarmerie ») names no place the noun stands for; the noun stays
// the town named before.
func TestAnchor30Source(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two hikers died in a fall near Arequipa. They were found in Quebrada Honda, about 9 km east of the city, according to the local police.",
			rels: []string{"Quebrada Honda: 9 km east of Arequipa"}},
		{doc: "Floods struck Kasese on Monday. Residents of Kanyangeya, some 6 km north of the town, according to the Uganda Red Cross, lost their crops.",
			rels: []string{"Kanyangeya: 6 km north of Kasese"}},
		{doc: "A bus overturned near Mbeya. The crash happened at Igawilo, 14 km south of the city, quoted by the Tanzania Police Force.",
			rels: []string{"Igawilo: 14 km south of Mbeya"}},
		{doc: "Un incendie a frappé Tambacounda. Le hameau de Sinthiou Diam, à 8 km de la ville, selon les sapeurs-pompiers, a été évacué.",
			rels: []string{"Sinthiou Diam: 8 km from Tambacounda"}},
	})
}

// TestAnchor30Proper: "the town proper", "the city proper" (mainadjs.tsv
// of English) is the town named before, as "the town" alone is.
func TestAnchor30Proper(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Heavy rain hit Bontoc on Sunday. Barangay Mainit Ili, 5 km from the town proper, was cut off.",
			rels: []string{"Mainit Ili: 5 km from Bontoc"}},
		{doc: "We rented a room in Banaue. The Batad Viewpoint Inn lies 12 km east of the town proper.",
			rels: []string{"Batad Viewpoint Inn: 12 km east of Banaue"}},
		{doc: "Cebu City officials inspected Sitio Kalunasan, a hillside settlement 9 km north of the city proper.",
			rels: []string{"Kalunasan: 9 km north of Cebu City"}},
	})
	for w := range langs().en.sets[setMainAdjs] {
		d := "Heavy rain hit Bontoc on Sunday. Barangay Mainit Ili, 5 km from the town " + w + ", was cut off."
		if !hasReading(d, "Mainit Ili: 5 km from Bontoc") {
			t.Errorf("lexicon/en/mainadjs.tsv row %q: Read(%q): Mainit Ili not measured from Bontoc", w, d)
		}
	}
}

// TestAnchor30TownWhere: a phrase of where after « la ville », « le bourg
// » or « le village » as a distance's object (townwhere.tsv: « en
// direction de », « sur la route de », « par la D28 ») says more of the
// town named before; the noun is that town.
func TestAnchor30TownWhere(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Landerneau possède un riche patrimoine. La chapelle de Pencran-Huella, à 4 km du bourg en direction de Brest, date du XVIe siècle.",
			rels: []string{"Pencran-Huella: 4 km from Landerneau"}},
		{doc: "Nous avons dormi à Tinerhir. Le lendemain, nous avons marché jusqu'au douar d'Aït Baha Ouzrou, à 9 km de la ville en remontant les gorges.",
			rels: []string{"Aït Baha Ouzrou: 9 km from Tinerhir"}},
		{doc: "Des pluies diluviennes ont frappé Kribi. Le pont de Mpalla, à 12 km de la ville sur la route de Campo, a été emporté.",
			rels: []string{"Mpalla: 12 km from Kribi"}},
		{doc: "Le Faouët est une petite ville du Morbihan. Le moulin de Kerlédan, à 3 km du bourg par la D769, est ouvert l'été.",
			rels: []string{"Kerlédan: 3 km from Le Faouët"}},
	})
	for w := range langs().fr.sets[setTownWhere] {
		d := "Des pluies diluviennes ont frappé Kribi. Le pont de Mpalla, à 12 km de la ville " + w + " la route côtière, a été emporté."
		if !hasReading(d, "Mpalla: 12 km from Kribi") {
			t.Errorf("lexicon/fr/townwhere.tsv row %q: Read(%q): Mpalla not measured from Kribi", w, d)
		}
	}
}

// TestAnchor30Exit: « à N km à la sortie de X », « … de la ville »: by
// road out of X, measured from X.
func TestAnchor30Exit(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un camion-citerne s'est renversé à Mvengue, à 6 km à la sortie d'Ébolowa.",
			rels: []string{"Mvengue: 6 km from Ébolowa"}},
		{doc: "Nous avons traversé Bertoua. Le campement de Mandjou, à 5 km à la sortie de la ville, accueille des réfugiés.",
			rels: []string{"Mandjou: 5 km from Bertoua"}},
		{doc: "Nous sommes arrivés à Sokodé en soirée. La ferme de Kparataou, à 8 km à la sortie de la ville, élève des pintades.",
			rels: []string{"Kparataou: 8 km from Sokodé"}},
		{doc: "La gendarmerie a saisi un camion à Ndiosmone, à 3 km à la sortie de Thiès.",
			rels: []string{"Ndiosmone: 3 km from Thiès"}},
	})
}

// TestAnchor30RoleAntecedent: a role the text gave a named town in
// apposition ("Kibaya, the district headquarters", « Kongoussi, chef-lieu
// de la province ») stands for that town when it is later the object
// of a distance, with no division of that kind named.
func TestAnchor30RoleAntecedent(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The team reached Kondoa, the district headquarters, on Friday. A clinic opened at Mnenia Juu, 18 km east of the district headquarters.",
			rels: []string{"Mnenia Juu: 18 km east of Kondoa"}},
		{doc: "Relief flights landed in Moroto, the district capital. Families at Lokitelaebu, 25 km north of the district capital, had no water.",
			rels: []string{"Lokitelaebu: 25 km north of Moroto"}},
		{doc: "We spent a night in Mörön, the provincial capital. The next day we drove to Tsagaan Uul, a herder camp 60 km west of the provincial capital.",
			rels: []string{"Tsagaan Uul: 60 km west of Mörön"}},
		{doc: "L'équipe est arrivée à Kongoussi, chef-lieu de la province, lundi. Un forage a été réalisé à Rissiam-Peulh, à 12 km au nord du chef-lieu de la province.",
			rels: []string{"Rissiam-Peulh: 12 km north of Kongoussi"}},
		{doc: "Nous avons dormi à Bossangoa, le chef-lieu provincial. Le lendemain, nous avons rejoint le site de Zéré, à 20 km du chef-lieu provincial.",
			rels: []string{"Zéré: 20 km from Bossangoa"}},
		{doc: "Les vivres ont été stockés à Tahoua, la capitale régionale. Le village de Tabalak-Est, à 40 km de la capitale régionale, a reçu la première livraison.",
			rels: []string{"Tabalak-Est: 40 km from Tahoua"}},
	})
}

// TestAnchor30BareApposition: a French apposition with no article whose
// kind is followed by an elided « d' » (« Jacmel, ville d'art et de
// carnaval, ») gives the name its kind, as « ville de pêcheurs » does; «
// la ville » later stands for it.
func TestAnchor30BareApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Jacmel, ville d'art et de carnaval, attire des visiteurs. Le hameau de Cap-Rouge se trouve à 12 km de la ville.",
			rels: []string{"Cap-Rouge: 12 km from Jacmel"}},
		{doc: "Ouidah, ville d'histoire, accueille chaque année la fête du Vodoun. Le hameau de Djègbadji se trouve à 4 km de la ville.",
			rels: []string{"Djègbadji: 4 km from Ouidah"}},
		{doc: "Essaouira, port d'Atlantique, attire les surfeurs. Le douar de Sidi Kaouki se trouve à 25 km de la ville.",
			rels: []string{"Sidi Kaouki: 25 km from Essaouira"}},
	})
}

// TestAnchor30ArticleKind: after an article, a kind before « d' » may
// open the clause's own subject, no apposition of the name before the
// comma: Kankan is no gold mine, Saint-Louis no « ville d'eau ».
func TestAnchor30ArticleKind(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"À Kintinian-Doré, à 72 km à l'est-nord-est de Kankan, une mine d'or artisanale a été fermée.", "Kankan"},
		{"À Gandiole, à 18 km au sud de Saint-Louis, une ville d'eau douce a vu le jour.", "Saint-Louis"},
		{"Près de Bougouni, une mine d'or industrielle emploie 800 personnes.", "Bougouni"},
	} {
		for _, m := range Read(tc.doc).Mentions {
			if m.Name == tc.name && m.Feature != "" {
				t.Errorf("Read(%q): %s has kind %q, want none", tc.doc, tc.name, m.Feature)
			}
		}
	}
}
