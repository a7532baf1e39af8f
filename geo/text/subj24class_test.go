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
//   - "Fire contained on Territory cattle station. A fire has burned
//     through more than 4,000 hectares of Kulumindi Downs. The station
//     homestead, about 90 km south-east of Tennant Creek, …": a name a
//     measured area is taken from ("N hectares of X") is the property the
//     text is about (areaOfName), so "the station homestead", "the
//     farmhouse" after it stand for it, not for a headline's adjective-like
//     word before a kind ("Territory", "Karoo").
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
		// A property named by the area taken from it.
		{doc: "Bushfire threatens Kimberley cattle station\n\nThe blaze has burned 12,000 hectares of Yarrabee Downs. The homestead, about 70 km south of Halls Creek, has been evacuated.",
			rels: []string{"Yarrabee Downs: 70 km south of Halls Creek"}, absent: []string{"Kimberley: 70 km south of Halls Creek"}},
		{doc: "Drought parches Karoo sheep farm\n\nThe dam on 6,000 hectares of Rietfontein has run dry. The farmhouse, 45 km north of Beaufort West, now depends on a borehole.",
			rels: []string{"Rietfontein: 45 km north of Beaufort West"}, absent: []string{"Karoo: 45 km north of Beaufort West"}},
		{doc: "Floods swamped 3,000 acres of Belle Prairie last week. The farmhouse, some 20 miles west of Shreveport, was spared.",
			rels: []string{"Belle Prairie: 32.2 km west of Shreveport"}},
		{doc: "Hail flattened 900 hectares of Estancia La Aurora. The casco, about 50 km south of Tandil, lost its roof.",
			rels: []string{"Estancia La Aurora: 50 km south of Tandil"}},
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
