package text

import "testing"

// TestCorpusSubj24Class holds the classes of the twenty-fourth round's
// organisations and peoples taken as the subject of a nearness phrase
// that belongs to a later noun.
//   - "Kenya Red Cross and Oxfam teams report that pastoralist households
//     from around Lodwar are converging": a nearness phrase after "from"
//     and a lower-case plural says where those people come from
//     (originNounBefore); it places neither them nor the sentence's
//     subject, an organisation here.
//   - "The Paliwal Brahmins abandoned some eighty villages around
//     Jaisalmer": a counted plural of a kind, the object of a verb, is
//     what the phrase after it places (countedObjectEndingAt), not the
//     people opening the sentence; a count in apposition to names ("A and
//     B, two villages near Y") is left as it was.
func TestCorpusSubj24Class(t *testing.T) {
	checkCorpus(t, []example{
		// People from around a town.
		{doc: "Uganda Red Cross teams report that refugee families from around Koboko are crossing into Arua.",
			absent: []string{"Uganda Red Cross: near Koboko"}},
		{doc: "Oxfam and Kenya Red Cross teams report that households from around Garissa are moving.",
			absent: []string{"Oxfam: near Garissa"}},
		{doc: "Kenya Red Cross teams say pastoralist households from near Garissa are moving.",
			absent: []string{"Kenya Red Cross: near Garissa"}},
		{doc: "Save the Children staff say displaced families from around Pemba are sheltering in schools.",
			absent: []string{"Save: near Pemba"}},
		// Counted kinds near a town, the object of a verb.
		{doc: "The Meo Rajputs are said to have founded several hamlets around Alwar.",
			absent: []string{"Meo Rajputs: near Alwar"}},
		{doc: "The Pathan Khans are said to have built several forts around Peshawar.",
			absent: []string{"Pathan Khans: near Peshawar"}},
		{doc: "The Tuareg Kel Ansar are said to have abandoned many wells around Goundam.",
			absent: []string{"Tuareg Kel Ansar: near Goundam"}},
		// What must not change: a name's own nearness, an apposition.
		{doc: "Kutupalong, a camp near Ukhia, holds the largest population.",
			rels: []string{"Kutupalong: near Ukhia"}},
		{doc: "The herders camped at Kara-Suu, a pasture with three yurts near Naryn.",
			rels: []string{"Kara-Suu: near Naryn"}},
		{doc: "Sandvik lies near Bergen.",
			rels: []string{"Sandvik: near Bergen"}},
		{doc: "Tamsalt and Inazrou, two villages near Agadez, were emptied.",
			rels: []string{"Tamsalt: near Agadez", "Inazrou: near Agadez"}},
		{doc: "Families from Kalo, some 20 km north of Gao, arrived on Monday.",
			rels: []string{"Kalo: 20 km north of Gao"}},
	})
}
