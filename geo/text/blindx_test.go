package text

import "testing"

// TestCorpusBlindX holds one text of each class that the eighteenth
// session's blind set X and its lead's own probes read wrong at their
// first run, fixed since, written in other words:
//   - "the Karachi-based Edhi Foundation", "Jijiga-based partners": a name
//     before a hyphen and a word of placesuffixes.tsv says where
//     something is, and is cut from it (placeSuffixLen); "a Kenyan-born
//     runner" names no place;
//   - "the mining company Vale", "the airline Emirates": a name right
//     after a lower-case noun of a firm or an outlet is the firm's
//     (en/namedbefore.tsv);
//   - "About 23 miles east of Tonopah, Nevada, lies the Silver Hatchet
//     Mine, which …": a late subject after "the", and after the anchor's
//     state set off by commas;
//   - "San hunter-gatherers", "Kuba pastoralists": a people whose name a
//     town bears, before a noun of its members (folknames.txt,
//     folknouns.tsv);
//   - "the Copper Queen trailhead", "the Black Prince mine": a title
//     inside a name that a kind of place follows is part of the name (the
//     lead's own probes);
//   - « La Croix-Rouge de Ngozi », « la Gendarmerie de Kaya »: a
//     capitalised French service named after its town (seats.tsv: now
//     croix-rouge, croissant-rouge, caritas) before « de » and the town,
//     as « le CHU de Toulouse » (institutionBeforeDe);
//   - "The camp is located at Kalo, 12 km north of Gao": after a copula's
//     subject and "at", the phrase set off after the name places the
//     name, where the subject stands (decideSubject), as "The mission
//     station at X …" did (the lead's own probes);
//   - "at Kalo Park, the main stadium 10 km south-west of Calgary": a
//     stadium, an arena, a racecourse or a showground is a kind of place
//     (descriptors.tsv; the sports round's leftover). Not "venue", which
//     French writes for "came" (« venue d'Alger »).
func TestCorpusBlindX(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Water is trucked from Harar, and Dessie-based partners report new arrivals.", places: []string{"Harar", "Dessie"}, not: []string{"Dessie-based"}},
		{doc: "The Quetta-based Hazara Relief Trust runs a kitchen near Sibi.", places: []string{"Quetta", "Sibi"}},
		{doc: "A Kenyan-born runner won the race in Eldoret.", places: []string{"Eldoret"}, not: []string{"Kenyan", "Kenyan-born"}}, // no place before and after the split
		{doc: "Farmers near Tete have no link to the mining company Vale.", places: []string{"Tete"}, not: []string{"Vale"}},
		{doc: "About 40 miles north of Ely, Nevada, lies the Copper Basin Mine, which closed in 1958.",
			rels: []string{"Copper Basin Mine: 64.4 km north of Ely"}},
		{doc: "Some 12 km west of Tsumeb lies the Otjikoto Mine.", rels: []string{"Otjikoto Mine: 12 km west of Tsumeb"}},
		{doc: "The paintings near Kuruman are attributed to San hunter-gatherers.", places: []string{"Kuruman"}, not: []string{"San"}},
		{doc: "We started at the Black Prince trailhead, 5 miles north of Silverton.", rels: []string{"Black Prince: 8.05 km north of Silverton"}},
		{doc: "La Croix-Rouge de Kayanza a envoyé des bénévoles à Kirundo.", places: []string{"Kayanza", "Kirundo"}},
		{doc: "La Gendarmerie de Dori a ouvert une enquête.", places: []string{"Dori"}},
		{doc: "The transit camp is located at Wadi Halfa Gate, 14 km east of Wadi Halfa.", rels: []string{"Wadi Halfa Gate: 14 km east of Wadi Halfa"}},
		{doc: "Hotel Refugio sits at Pradollano, 32 km south-east of Granada, at 2,100 metres.", rels: []string{"Pradollano: 32 km southeast of Granada"}},
		{doc: "The final was played at Kalo Park, the main stadium 10 km south-west of Calgary.", rels: []string{"Kalo Park: 10 km southwest of Calgary"}},
		{doc: "Une mission du ministère, venue d'Alger le 3 juillet, a promis un forage.", places: []string{"Alger"}},
		{doc: "The Princess Royal mine, 6 km east of Norseman, closed in 1998.", rels: []string{"Princess Royal: 6 km east of Norseman"}},
	})
}
