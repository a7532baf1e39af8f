package text

import "testing"

// TestAir24TimeOfDayAside holds a class of the accidents round (air
// crashes, road and rail accidents, capsizings, mine collapses): a time
// phrase of a day of the week with a part of the day, or "late" or
// "early" before it, between the place where something happened and the
// comma of the distance that places it ("A bus overturned at X on Sunday
// morning, about 20 km north of Y", "Rebels attacked X early Monday, 20
// km ..."), is stepped over as "on Sunday" is, and the distance places X
// (weekdayBefore). A bare day with no "on" and no part of the day, or a
// time phrase that ends no place's phrase, changes nothing.
func TestAir24TimeOfDayAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A minibus overturned at Nsalu on Sunday morning, about 20 km north of Mpika.",
			rels: []string{"Nsalu: 20 km north of Mpika"}},
		{doc: "Gunmen raided Kouri late on Tuesday, some 35 km east of Mopti.",
			rels: []string{"Kouri: 35 km east of Mopti"}},
		{doc: "A truck carrying fuel plunged into the Wakaya gorge on Saturday night, roughly 45 km north of Juliaca.",
			rels: []string{"Wakaya: 45 km north of Juliaca"}},
		{doc: "Floodwaters cut the road at Bagani early Monday, 60 km east of Rundu.",
			rels: []string{"Bagani: 60 km east of Rundu"}},
		{doc: "Villagers found the wreckage at Maswa Friday afternoon, about 12 km south of Kahama.",
			rels: []string{"Maswa: 12 km south of Kahama"}},
		{doc: "A tanker exploded at Kavuta on Wednesday evening, 30 km west of Ndola, killing six people.",
			rels: []string{"Kavuta: 30 km west of Ndola"}},
		// unchanged: a day alone after "on", and a phrase with no place before it
		{doc: "A bus overturned at Nsalu on Sunday, about 20 km north of Mpika.",
			rels: []string{"Nsalu: 20 km north of Mpika"}},
		{doc: "The camp lies, on Sunday morning, about 20 km north of Mpika.",
			absent: []string{"Sunday: 20 km north of Mpika"}},
	})
}

// TestAir24EventAgain holds a class of the accidents round: a report
// places the mishap by its subject and verb in one sentence and names the
// spot in the next by the accident's noun and nearness ("A bus overturned
// 15 km south of X. The accident happened near the village of Y", « Un
// car s'est renversé à 15 km de X. L'accident a eu lieu près de Y »): the
// accident is the mishap told before, up to two sentences on, and Y lies
// near it (lastEventBefore; the French nearness after a verb of events.tsv
// is read then, frenchGate). "Tragedy", "mishap", « drame », « crash »,
// « déraillement » are nouns of events (lexicon/LANG/events.tsv). With no mishap placed before, or one more
// than two sentences back, nothing changes.
func TestAir24EventAgain(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A minibus overturned 25 km west of Kasama on Friday. The accident happened near the village of Chiyanga.",
			rels: []string{"A minibus overturned: 25 km west of Kasama", "A minibus overturned: near Chiyanga"}},
		{doc: "A light aircraft came down about 40 km north of Katherine. The crash occurred close to the Manbulloo outstation, police said.",
			rels: []string{"A light aircraft came down: 40 km north of Katherine", "A light aircraft came down: near Manbulloo"}},
		{doc: "Un minibus s'est renversé à 20 km au nord de Dori. L'accident a eu lieu près du village de Seytenga.",
			rels: []string{"Un minibus s'est renversé: 20 km north of Dori", "Un minibus s'est renversé: near Seytenga"}},
		{doc: "Une pirogue a chaviré à 12 km en aval de Mopti samedi. Le drame s'est produit près de Kotaka, selon la gendarmerie.",
			rels: []string{"Une pirogue a chaviré: 12 km from Mopti", "Une pirogue a chaviré: near Kotaka"}},
		{doc: "A tour bus left the road 30 km east of Cuenca. The tragedy happened near Paute, where the road crosses the river.",
			rels: []string{"A tour bus left the road: 30 km east of Cuenca", "A tour bus left the road: near Paute"}},
		// unchanged: no mishap placed before, or the mishap too far back
		{doc: "L'accident a eu lieu près du village de Seytenga, selon la police.",
			absent: []string{"L'accident: near Seytenga"}},
		{doc: "A minibus overturned 25 km west of Kasama. Police came. Roads were shut. The accident happened near the village of Chiyanga.",
			absent: []string{"A minibus overturned: near Chiyanga"}},
	})
}
