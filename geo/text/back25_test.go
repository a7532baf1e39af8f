package text

import "testing"

// TestBack25CalledKind: a kind noun before a verb of naming ("a camp
// called X", "a village known as X", « un campement appelé X ») gives the
// kind the name, so "the camp" or « le camp » later stands for it, as
// subject and as the object of a distance.
func TestBack25CalledKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We stayed three nights at a ger camp called Tsagaan Bulag. The camp sits some 30 km south of Kharkhorin.",
			rels: []string{"Tsagaan Bulag: 30 km south of Kharkhorin"}},
		{doc: "Herders gathered at a well named Bir Tarfaya. The well lies 18 km east of Tindouf.",
			rels: []string{"Bir Tarfaya: 18 km east of Tindouf"}},
		{doc: "Refugees crossed into a village known locally as Kafr Saba. Dahuk lies about 20 km north of the village.",
			rels: []string{"Dahuk: 20 km north of Kafr Saba"}},
		{doc: "Aid reached a village called Umm Jaris on Friday. Sinjar town itself lies about 15 km north of the village.",
			rels: []string{"Sinjar: 15 km north of Umm Jaris"}},
		{doc: "Les éleveurs vivent dans un campement appelé Tin Hama. Le campement se trouve à 18 km au sud-est de Ménaka.",
			rels: []string{"Tin Hama: 18 km southeast of Ménaka"}},
		{doc: "Les familles ont rejoint un camp appelé Kala Bango. Dori se trouve à 25 km au nord du camp.",
			rels: []string{"Dori: 25 km north of Kala Bango"}},
	})
}

// TestBack25HeldKind: "the pool" or "the hut" stands for the last name
// whose own last word says that kind, when the topic is of another kind.
func TestBack25HeldKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We had lunch at Warrana Pool; the pool lies about 9 km north of Kalbarri.",
			rels: []string{"Warrana Pool: 9 km north of Kalbarri"}},
		{doc: "We filled our bottles at Mulga Soak. The soak is 12 km west of Wiluna.",
			rels: []string{"Mulga Soak: 12 km west of Wiluna"}},
		{doc: "The night was spent at Estación Pampa Sur, an abandoned railway halt. The station stands about 40 km south-west of Uyuni.",
			rels: []string{"Estación Pampa Sur: 40 km southwest of Uyuni"}},
	})
}

// TestBack25LocalKindApposition: a name with a word of another language
// for its kind ("Sitio", "Desa") may stand in apposition after "The
// <kind>," opening the sentence.
func TestBack25LocalKindApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Heavy rains cut the road. The village, Sitio Bangon, lies some 9 km west of Malaybalay.",
			rels: []string{"Bangon: 9 km west of Malaybalay"}},
		{doc: "The settlement, Desa Sukamaju, lies 12 km north of Malang.",
			rels: []string{"Sukamaju: 12 km north of Malang"}},
		{doc: "The worst-hit hamlet, Barangay Santo Niño, is 15 km east of Tacloban.",
			rels: []string{"Santo Niño: 15 km east of Tacloban"}},
	})
}

// TestBack25CommaSplice: "it" after a comma, before a copula or a verb of
// place, stands for the place named before the comma.
func TestBack25CommaSplice(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We slept at the Dhakmar Kharka teahouse, it's maybe 6 km north-east of Jomsom.",
			rels: []string{"Dhakmar Kharka: 6 km northeast of Jomsom"}},
		{doc: "Lunch was at Chalkidi Farm, it is about 11 km west of Ioannina.",
			rels: []string{"Chalkidi Farm: 11 km west of Ioannina"}},
		{doc: "Arusha was busy. We camped at Losirwa, it lies 9 km south of Mto wa Mbu.",
			rels: []string{"Losirwa: 9 km south of Mto wa Mbu"}},
	})
}

// TestBack25SpliceNotOpener: after a phrase that opens the sentence, "it"
// past the comma is the main clause's subject, no splice.
func TestBack25SpliceNotOpener(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Haghartsin is a spa town. Located in the forested valley of the Aghstev River, it lies 69 kilometres north-northeast of Yerevan.",
			rels: []string{"Haghartsin: 69 km north-northeast of Yerevan"}},
		{doc: "Bandiagara is a town in Mali. Near the Dogon escarpment, it is 60 km east of Mopti.",
			rels: []string{"Bandiagara: 60 km east of Mopti"}},
	})
}
