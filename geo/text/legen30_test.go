package text

import (
	"strings"
	"testing"
)

// TestLegEn30Classes holds the class of the thirtieth round's English
// legs measured from the place the narrative left: a sentence tells the
// travellers leaving a town with a verb of English travel.tsv's new
// depart role ("We left X", "The convoy set off from X"), then names
// their guide, their vehicle, the valley they follow or the town they
// head for; the next sentence's first leg ("After 45 km we stopped at
// Y") starts at the town left, not at the last name before it
// (startedBefore, legAfter). A further leg still starts at the place the
// last leg reached.
func TestLegEn30Classes(t *testing.T) {
	checkCorpus(t, []example{
		// The guide or driver named after the start.
		{doc: "We left Gao early with our driver Moussa Traoré. After 35 km we stopped at the well of Tin Kaoussa.",
			rels: []string{"Tin Kaoussa: 35 km from Gao"}},
		{doc: "We left Tahoua at sunrise with our guide Issoufou Maman. After 50 km we camped at the well of Ibadan Toudou.",
			rels: []string{"Ibadan Toudou: 50 km from Tahoua"}},
		// The vehicle named after the start.
		{doc: "We left Kargil heading west on two rented Royal Enfields. After 22 km we reached the village of Shargol Yokma.",
			rels: []string{"Shargol Yokma: 22 km west of Kargil"}},
		// The goal or the way named after the start.
		{doc: "The WFP convoy left Isiolo on the A2 towards Marsabit. After 40 km we passed the police post at Lerata Juu.",
			rels: []string{"Lerata Juu: 40 km from Isiolo"}},
		{doc: "The team set off from Tsetserleg along the Tamir valley. After 30 km we reached the ger camp of Khujirt Bulag.",
			rels: []string{"Khujirt Bulag: 30 km from Tsetserleg"}},
		{doc: "We set out from Moyale for the wells of the Dida Galgalu desert. After 25 km we halted at the wells of Dambi Arbe.",
			rels: []string{"Dambi Arbe: 25 km from Moyale"}},
		// A further leg starts where the last leg arrived.
		{doc: "We left Kargil with our guide Tsering. After 22 km we reached the village of Shargol Yokma. A further 12 km brought us to the hamlet of Pashkum Gong.",
			rels: []string{"Shargol Yokma: 22 km from Kargil", "Pashkum Gong: 12 km from Shargol Yokma"}},
	})
}

// TestLegEn30Tables checks every row of English travel.tsv's depart role
// in a journey whose next sentence tells its first leg.
func TestLegEn30Tables(t *testing.T) {
	ds := langs().en.travel.departs
	if len(ds) == 0 {
		t.Fatal("en/travel.tsv: no row of the depart role")
	}
	for _, ph := range ds {
		w := strings.Join(ph, " ")
		from := " from"
		if w == "left" || strings.HasSuffix(w, " of") {
			from = ""
		}
		doc := "We " + w + from + " Gao with our driver Moussa Traoré. After 35 km we stopped at the well of Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Gao 35") {
			t.Errorf("depart %q: Read(%q) = %q, want Tin Kaoussa 35 km from Gao", w, doc, distancesOf(doc))
		}
	}
}
