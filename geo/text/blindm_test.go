package text

import "testing"

// TestCorpusBlindM holds one text of each class the twelfth session's
// kept-aside blind set (set M) failed on at its first run, on the merged
// code, fixed since, written in other words:
//   - « le campement nomade de X », « un site provisoire de X »: nomade,
//     saisonnier, provisoire, informel and spontané are adjectives of a
//     kind (fr/adjectives.tsv), so « Y se trouve à 60 km au sud-ouest du
//     campement » measures from X;
//   - "60 km north of Copiapó's port district", "of Gao's airport": a
//     place of a name's own written in lower case after its possessive is
//     measured as the name (possessedPlaceAfter);
//   - "From Akureyri we drove to the farm at X. It is about 18 km SW of
//     town": "the farm at X" names a farm (en/descriptors.tsv flag at, as
//     ranch and homestead), and "It" with no topic stands for the one
//     place of a kind the sentence before names (onlyKindNamed);
//   - « la halte routière de X » is a kind of place (fr/descriptors.tsv).
func TestCorpusBlindM(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons atteint le campement saisonnier de Oum-Tiris après une journée de piste. Chinguetti se trouve à 40 km au sud du campement.",
			rels: []string{"Chinguetti: 40 km south of Oum-Tiris"}},
		{doc: "The coastguard found the kayak at Punta Lobos Chica, a cove about 25 km south of Iquique's port district.",
			rels: []string{"Punta Lobos Chica: 25 km south of Iquique"}},
		{doc: "Kalo market is 12 km west of Gao's airport.",
			rels: []string{"Kalo: 12 km west of Gao"}},
		{doc: "From Borgarnes we drove to the farm at Hvítárvellir. It is about 12 km NE of town, and the owners rent out a cottage.",
			rels: []string{"Hvítárvellir: 12 km northeast of Borgarnes"}},
		{doc: "À 15 km à l'ouest de Matane se trouve la halte routière de Cap-Chat-Est.",
			rels: []string{"Cap-Chat-Est: 15 km west of Matane"}},
	})
}

// TestCorpusBlindMKindNames holds the classes set M's leftovers showed,
// fixed in the thirteenth session, in other words than the set's:
//   - "the bore" stands for "Warrawee Bore", a name the text gave no kind
//     whose last word is the noun (kindAntecedent, nameHoldsKind); "bore",
//     Australian for a well, is a descriptor noun (en/descriptors.tsv);
//   - "The town of X lies 18 km north-east of the village": the village is
//     not the sentence's own subject but the town the sentence before
//     names (clauseOpener, townBefore);
//   - « une école dans le district de X, à 22 km au nord-ouest de Y »: a
//     division that is a town and its hamlets, after « dans », is what
//     the apposition places when the sentence names no place as its
//     subject (frenchSeatDivisionIn); « Z, un hameau dans la commune de X,
//     à 22 km » still places Z.
func TestCorpusBlindMKindNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The road to Koonchera Bore turns off the Birdsville Track. The bore lies about 95 km north of Birdsville, and the water is salty.",
			rels: []string{"Koonchera Bore: 95 km north of Birdsville"}},
		{doc: "We stopped at Ngarinyin Mission for lunch. The mission is 40 km east of Kalumburu.",
			rels: []string{"Ngarinyin Mission: 40 km east of Kalumburu"}},
		{doc: "Floods cut the road to Ban Nong Khiao overnight. The city of Udon Thani lies 30 km south-west of the village.",
			rels: []string{"Udon Thani: 30 km southwest of Ban Nong Khiao"}},
		{doc: "Le PAM distribuera des vivres dans la sous-préfecture de Banian-Kolo, à 35 km au sud de Faranah.",
			rels: []string{"Banian-Kolo: 35 km south of Faranah"}},
		{doc: "Tiboro, un hameau dans la commune de Kalo, à 22 km au nord de Kankan, a été inondé.",
			rels: []string{"Tiboro: in Kalo", "Tiboro: 22 km north of Kankan"}},
	})
}
