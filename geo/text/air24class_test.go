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
