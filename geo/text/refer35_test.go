package text

import "testing"

// TestReferOrdinalApposition: an ordinal subject set off by commas with
// the name it gives ("The first, at X, …", « Le premier, X, … »), opening
// the sentence or the clause after a semicolon, is that name: the distance
// places it, and a later "the first", « du premier » or "it" measures from
// it.
func TestReferOrdinalApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Two schools were rebuilt after the floods near Kitgum. The first, at Lagoro Pii, is about 18 km west of the town; the second, at Orom Kal, lies 7 km north of the first.",
			rels: []string{"Lagoro Pii: 18 km west of Kitgum", "Orom Kal: 7 km north of Lagoro Pii"}},
		{doc: "The agency repaired two dams in Balochistan. The first, Kach Tangi, sits some 30 km east of Quetta; the second, at Sor Karez, lies 12 km south of it.",
			rels: []string{"Kach Tangi: 30 km east of Quetta", "Sor Karez: 12 km south of Kach Tangi"}},
		{doc: "Deux forages ont été réalisés près de Tahoua. Le premier, Tinkim-Est, se trouve à 25 km au nord de la ville ; le second, Bagaré-Kouara, à 9 km à l'ouest du premier.",
			rels: []string{"Tinkim-Est: 25 km north of Tahoua", "Bagaré-Kouara: 9 km west of Tinkim-Est"}},
		{doc: "La mission a visité deux camps. Le premier, à Sarakawa-Nord, est situé à 14 km à l'est de Kara ; le second, à Pya-Bas, à 6 km au sud du premier.",
			rels: []string{"Sarakawa-Nord: 14 km east of Kara", "Pya-Bas: 6 km south of Sarakawa-Nord"}},
	})
}

// TestReferKindWrittenBefore: "the <kind>" or « du <kind> » closing a
// distance stands for the place the text gave that very noun, before or
// after its name (« le bourg de X », "the X prospect"), rather than a
// later place of a kin kind or the last town named.
func TestReferKindWrittenBefore(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le bourg de Morne-Brûlé se trouve à 11 km au sud-est des Cayes. La source de Ti Guinen, à 2 km au nord du bourg, a été captée en 2022.",
			rels: []string{"Ti Guinen: 2 km north of Morne-Brûlé"}},
		{doc: "Le bourg de Saint-Aubin-Vieux est à 9 km à l'ouest de Guéret. Le moulin de Chabannes, à 3 km à l'est du bourg, a été restauré.",
			rels: []string{"Chabannes: 3 km east of Saint-Aubin-Vieux"}},
		{doc: "Andes Copper drilled the Quebrada Honda prospect, 40 km east of Copiapó, and sampled the older Cerro Azul deposit. Its Pircas camp, about 6 km south of the prospect, holds 80 workers.",
			rels: []string{"Pircas: 6 km south of Quebrada Honda"}},
	})
}

// TestReferOwnPart: a possessive and a noun of a place's remains or
// parts ("its ruins", "its mouth", « ses ruines », « son embouchure »)
// closing a distance stand for the place the text is about, so that a
// known town measured from them places it.
func TestReferOwnPart(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The fort of Kalagarh was abandoned in 1790 by the Rohillas. Today Dhampur lies 6 km south-west of its ruins.",
			rels: []string{"Dhampur: 6 km southwest of Kalagarh"}},
		{doc: "L'abbaye de Fontcouverte fut ruinée pendant les guerres de Religion. Le village de Lagrasse se trouve à 5 km au nord de ses vestiges.",
			rels: []string{"Lagrasse: 5 km north of Fontcouverte"}},
	})
}

// TestOwnPartsTable: the words of ownparts.tsv are read in each
// language, and a part that lies far from its place (a river's source)
// is none of them.
func TestOwnPartsTable(t *testing.T) {
	for _, c := range []struct {
		lang *language
		word string
		want bool
	}{
		{langs().en, "ruins", true}, {langs().en, "mouth", true}, {langs().en, "remains", true},
		{langs().fr, "ruines", true}, {langs().fr, "vestiges", true}, {langs().fr, "embouchure", true},
		{langs().en, "source", false}, {langs().fr, "source", false}, {langs().fr, "faubourgs", false},
	} {
		if got := c.lang.has(setOwnParts, c.word); got != c.want {
			t.Errorf("has(setOwnParts, %q) = %v, want %v", c.word, got, c.want)
		}
	}
}

// TestReferPairBeforeSentence: "the latter", "the former", « le premier
// », « du dernier » closing a distance, when their sentence names no pair
// and the text located too few places itself, stand for the pair named in
// the sentence before, joined by "and", "to", « et », « à » or « vers ».
func TestReferPairBeforeSentence(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Each autumn the drovers walk their cattle from the hills above Tarija to the plains near Villamontes. They halt at Estancia Palmar Chico, some 40 km north of the latter, and at Puesto Candado, 25 km east of the former.",
			rels: []string{"Estancia Palmar Chico: 40 km north of Villamontes", "Puesto Candado: 25 km east of Tarija"}},
		{doc: "Les nomades descendent chaque hiver des environs de Kidal vers les mares proches de Gao. Ils campent au puits d'In-Tahaka, à 30 km au nord du dernier.",
			rels: []string{"In-Tahaka: 30 km north of Gao"}},
	})
}

// TestReferAndClauseApposition: a clause after ", and" that gives its
// subject a kind and a name in apposition ("and a smaller camp, X, sits
// …") has that name for subject, not the subject of the clause before,
// and "the landing" after it stands for the place whose name ends so.
func TestReferAndClauseApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The main shelter, Tsiigehtchic Crossing, lies about 20 km north of Fort Good Hope, and a smaller cabin, Rabbitskin Bend, sits 4 km east of the crossing.",
			rels: []string{"Tsiigehtchic Crossing: 20 km north of Fort Good Hope", "Rabbitskin Bend: 4 km east of Tsiigehtchic Crossing"}},
		{doc: "The oldest well, Bir Hassi Tamra, is 30 km south of Tindouf, and a newer well, Hassi Oum Lassel, lies 12 km west of Tindouf.",
			rels: []string{"Bir Hassi Tamra: 30 km south of Tindouf", "Hassi Oum Lassel: 12 km west of Tindouf"}},
	})
}
