package text

import "testing"

// TestCorpusLegs23Class holds the classes of the twenty-third round's
// journey legs and itineraries: travel blogs, trip reports and
// guidebooks where a place is located by a leg of a journey from a
// known town.
//   - "From Kharkhorin it's a bumpy 35 miles south-east to the Khar Bulag
//     ger camp", "From Karatu it is 15 km north to the Acacia Ridge farm":
//     a sentence that opens with a phrase of travel.tsv's start role and
//     its place tells a leg from that place though no word of travel
//     stands before the distance (opensWithStart), also after a day's
//     heading ("Day 4: from Puerto Natales it's 110 km north to Y").
//   - "From Tonopah we drove 25 miles south to Goldfield, then another 8
//     miles west to the Desert Rose ranch": a word of travel.tsv's further
//     role just before a distance is a word of travel however far the
//     verb of the first leg stands (journeyAt), so the further leg is read
//     from the place the first one reached.
//   - "A 40 km drive north of Cusco brings you to the Huaran Valley
//     Lodge": a noun of travel inside the distance phrase and a verb of
//     travel.tsv's bring role after it make a journey whose end is the
//     place after the reach phrase (driveBrings); a time ("a two-hour
//     drive") is read as "X is a two-hour drive north of Y" is.
//   - "After lunch in Nanyuki we continued 40 km west to the Sweetwater
//     Ridge Lodge": a verb of travel.tsv's new onward role ("continued")
//     starts a leg with no start phrase at the last place the text
//     reached (onwardBefore), as a day's heading does; a whole country
//     so reached places nothing.
//   - « Le lendemain, départ de Mopti : 70 km vers l'est jusqu'au
//     campement de Dogon Tabi »: a French phrase of travel.tsv's start
//     role before the distance (« départ de », now a row, « depuis »)
//     tells a leg as a word of travel does (legAt), from that place.
func TestCorpusLegs23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "From Kharkhorin it's a bumpy 35 miles south-east to the Khar Bulag ger camp, where we spent two nights.",
			rels: []string{"Khar Bulag: 56.3 km southeast of Kharkhorin"}},
		{doc: "From Karatu it is 15 km north to the Acacia Ridge farm, on the rim road.",
			rels: []string{"Acacia Ridge: 15 km north of Karatu"}},
		{doc: "From Leh it was a long 40 km west to the Alchi Gompa guesthouse.",
			rels: []string{"Alchi Gompa: 40 km west of Leh"}},
		{doc: "From Tonopah we drove 25 miles south to Goldfield, then another 8 miles west to the Desert Rose ranch.",
			rels: []string{"Goldfield: 40.2 km south of Tonopah", "Desert Rose: 12.9 km west of Goldfield"}},
		{doc: "We rode 30 km north from Agadez to Tabelot, and then a further 25 km east to the Timia guesthouse.",
			rels: []string{"Timia: 25 km east of Tabelot"}},
		{doc: "Le lendemain, départ de Mopti : 70 km vers l'est jusqu'au campement de Dogon Tabi.",
			rels: []string{"Dogon Tabi: 70 km east of Mopti"}},
		{doc: "Depuis Antsirabe, 60 km vers le sud jusqu'à la ferme de Tsarafara.",
			rels: []string{"Tsarafara: 60 km south of Antsirabe"}},
		{doc: "Day 4: from Puerto Natales it's 110 km north to the Torres del Paine park entrance, then another 12 km west to the Hosteria Pehoe.",
			rels: []string{"Torres del Paine: 110 km north of Puerto Natales", "Hosteria Pehoe: 12 km west of Torres del Paine"}},
		{doc: "A 40 km drive north of Cusco brings you to the Huaran Valley Lodge.",
			rels: []string{"Huaran Valley Lodge: 40 km north of Cusco"}},
		{doc: "A short 25-mile drive east of Nakuru brings travellers to the Lake View camp.",
			rels: []string{"Lake View: 40.2 km east of Nakuru"}},
		{doc: "After lunch in Nanyuki we continued 40 km west to the Sweetwater Ridge Lodge.",
			rels: []string{"Sweetwater Ridge Lodge: 40 km west of Nanyuki"}},
		{doc: "We spent the night in Tulear. In the morning we continued 25 km north to the Ifaty beach camp.",
			rels: []string{"Ifaty: 25 km north of Tulear"}},
	})
}
