package text

import "testing"

// TestTrek21Classes holds one text of each class of travel itinerary and
// trekking log that a probe of such texts failed on:
//   - a French stage « de X à Y » opening a clause (after the sentence's
//     start, a colon or a comma) names X as the place the stage starts
//     from, as « depuis X » does (originBefore, toAfter): « Jour 2 : de
//     Leh à Likir », « Carnet de route, jour 12 : de La Paz à Uyuni »;
//     « le transfert de Mbappé à Madrid » stays unread;
//   - the « nous » of a travel log walking or riding from a place (fr/
//     origins.tsv: « nous marchons de X », « nous allons de X à Y »);
//   - « pour X » after a conjugated verb of leaving (fr/travel.tsv bound:
//     « nous partirons pour Uyuni ») or after a bound word that opens
//     the sentence capitalised (« Départ le lendemain pour Tupiza »:
//     boundFor);
//   - a tour's head opening a French line before the country toured
//     (fr/stopcaps.tsv: « Circuit Madagascar, jour 3 », « Trek Ladakh »)
//     is no part of the name;
//   - a distance set off by a comma after the way a stage went through
//     ("Salta to Cafayate through the Quebrada de las Conchas, 150 km
//     south", "... via Alemanía, 150 km south") is the stage's, to the
//     place reached (wayEnd);
//   - a day's leg with no start of its own ("Day 1: arrive in Mestia. Day
//     2: walk 15 km east to Zhabeshi") starts at the last place the text
//     reached, when the sentence opens a numbered day or stage
//     (dayEntry);
//   - the « nous » and « vous » of a French log or programme before a leg
//     (fr/travel.tsv go: « nous marchons 15 km vers l'est jusqu'à X »);
//   - two addresses joined by "to" ("Day 4: Paris, Texas to Hugo,
//     Oklahoma") are each a town and its container (pairAfterTo).
func TestTrek21Classes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Jour 2 : de Leh à Likir, 50 km à l'ouest.",
			places: []string{"Leh"}},
		{doc: "Carnet de route, jour 12 : de La Paz à Uyuni en bus.",
			places: []string{"La Paz", "Uyuni"}},
		{doc: "De Leh à Likir, il y a 50 km.",
			places: []string{"Leh"}},
		{doc: "Nous allons de La Paz à Oruro.",
			places: []string{"La Paz", "Oruro"}},
		{doc: "Le lendemain nous marchons de Dana à Feynan.",
			places: []string{"Dana"}},
		{doc: "Nous partirons pour Uyuni.",
			places: []string{"Uyuni"}},
		{doc: "Départ le lendemain pour Tupiza.",
			places: []string{"Tupiza"}},
		{doc: "Circuit Madagascar, jour 3 : d'Antananarivo à Antsirabe.",
			places: []string{"Antananarivo", "Antsirabe"}, not: []string{"Circuit Madagascar"}},
		{doc: "Trek Ladakh, jour 2 : de Leh à Likir.",
			places: []string{"Leh"}, not: []string{"Trek Ladakh"}},
		{doc: "Day 8: Salta to Cafayate through the Quebrada de las Conchas, 150 km south.",
			rels: []string{"Salta: 150 km north of Cafayate"}, absent: []string{"Salta: 150 km north of Quebrada de las Conchas"}},
		{doc: "Day 8: Salta to Cafayate via Alemanía, 150 km south.",
			rels: []string{"Salta: 150 km north of Cafayate"}},
		{doc: "Day 1: arrive in Mestia. Day 2: walk 15 km east to Zhabeshi.",
			rels: []string{"Zhabeshi: 15 km east of Mestia"}},
		{doc: "Our trek starts in Mestia. Day 2: we walk 15 km east to Zhabeshi.",
			rels: []string{"Zhabeshi: 15 km east of Mestia"}},
		{doc: "Jour 1 : arrivée à Mestia. Jour 2 : nous marchons 15 km vers l'est jusqu'à Zhabeshi.",
			rels: []string{"Zhabeshi: 15 km east of Mestia"}},
		{doc: "Jour 3 : de Vallorcine vous roulez 12 km vers le sud jusqu'à Argentière.",
			rels: []string{"Argentière: 12 km south of Vallorcine"}},
		{doc: "Cycling day 4: Paris, Texas to Hugo, Oklahoma.",
			rels: []string{"Paris: in Texas", "Hugo: in Oklahoma"}},
		{doc: "Day 6: Tonopah, Nevada to Ely, Nevada.",
			rels: []string{"Tonopah: in Nevada", "Ely: in Nevada"}},
	})
}

// TestTrek21StageMidSentence checks that « de X à Y » after a noun, in the
// middle of a clause, says nothing of X: « le transfert de Mbappé à Madrid
// » is no stage of a journey, and the name is graded no higher than
// capitalised.
func TestTrek21StageMidSentence(t *testing.T) {
	doc := "Le transfert de Mbappé à Madrid a été signé."
	for _, m := range Read(doc).Mentions {
		if m.Name == "Mbappé" && m.Evidence >= EvidencePreposition {
			t.Errorf("Read(%q): %q graded %v, want below preposition", doc, m.Name, m.Evidence)
		}
	}
}
