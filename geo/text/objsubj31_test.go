package text

import (
	"fmt"
	"testing"
)

// TestObjSubj31ActorSite: a containment after a lower-case noun the clause
// takes a person, a vehicle or a body to ("the Land Cruiser at a roadblock
// in X", "the Sisters repaired the well of the school in X") places the
// site, which lies in X; a distance set off after X then places X, never
// the actor.
func TestObjSubj31ActorSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gendarmes searched the Nissan Patrol at a roadblock in Bakoumba, about 22 km east of Franceville.",
			rels:   []string{"Bakoumba: 22 km east of Franceville"},
			absent: []string{"Nissan Patrol: in Bakoumba", "Nissan Patrol: 22 km east of Franceville"}},
		{doc: "Sister Maria Goretti and the parish council rebuilt the well of the school in Nkhunga, some 15 km south of Nkhata Bay.",
			rels:   []string{"Nkhunga: 15 km south of Nkhata Bay"},
			absent: []string{"Maria Goretti: 15 km south of Nkhata Bay"}},
		{doc: "Wardens towed a Hilux belonging to the Kenya Red Cross to a garage in Kalacha, roughly 40 km north of Marsabit.",
			rels: []string{"Kalacha: 40 km north of Marsabit"}, not: []string{"Kenya Red Cross"},
			absent: []string{"Kenya Red Cross: 40 km north of Marsabit"}},
		{doc: "Dr. Elena Ruiz treated the injured at a clinic in San Julián, about 30 km west of Cobán.",
			rels:   []string{"San Julián: 30 km west of Cobán"},
			absent: []string{"Elena Ruiz: in San Julián", "Elena Ruiz: 30 km west of Cobán"}},
		// French reads the same clauses so already
		{doc: "Le camion de la Croix-Rouge a été arrêté à un barrage à Bakoumba, à 22 km à l'est de Franceville.",
			rels: []string{"Bakoumba: 22 km east of Franceville"}},
		{doc: "Le père Paul a réparé le toit de la chapelle de Nkhunga, à 15 km au sud de Mzuzu.",
			rels: []string{"Nkhunga: 15 km south of Mzuzu"}},
		{doc: "Les gendarmes ont fouillé la Toyota de Paul Mba à un barrage à Bakoumba, à 22 km à l'est de Franceville.",
			rels: []string{"Bakoumba: 22 km east of Franceville"}},
		// a place the clause says lies there keeps its containment
		{doc: "Tessit is a village in the Gao Region, 150 km south-west of Gao.",
			rels: []string{"Tessit: in Gao Region", "Tessit: 150 km southwest of Gao"}},
		{doc: "Kalo stands on a ridge in Tessit commune, 30 km north of Anefis.",
			rels: []string{"Kalo: 30 km north of Anefis"}},
	})
	for w := range langs().en.sets[setSitePreps] {
		d := fmt.Sprintf("Police stopped the Toyota Camry %s a checkpoint in Bakoumba, about 22 km east of Franceville.", w)
		checkCorpus(t, []example{{doc: d,
			rels:   []string{"Bakoumba: 22 km east of Franceville"},
			absent: []string{"Toyota Camry: in Bakoumba", "Toyota Camry: 22 km east of Franceville"}}})
	}
	if n := len(langs().en.sets[setSitePreps]); n < 5 {
		t.Fatalf("lexicon/en/sitepreps.tsv: %d rows", n)
	}
}

// TestObjSubj31OrganisationEnds: a multi-word organisation the lexicon
// lists ending a name after the land or the people it serves ("Cambodian
// Red Cross", "Syrian Arab Red Crescent") names the body, no place.
func TestObjSubj31OrganisationEnds(t *testing.T) {
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"cambodian red cross", true},
		{"kenya red cross", true},
		{"syrian arab red crescent", true},
		{"red cross", false}, // the name itself: isOrganisationName
		{"red cross street area north", false},
		{"kalo", false},
	} {
		if got := organisationEnds(c.n); got != c.want {
			t.Errorf("organisationEnds(%q) = %v, want %v", c.n, got, c.want)
		}
	}
	checkCorpus(t, []example{
		{doc: "Volunteers of the Cambodian Red Cross arrived in Kratie.", not: []string{"Cambodian Red Cross"}, places: []string{"Kratie"}},
		{doc: "The Syrian Arab Red Crescent sent trucks to Idlib.", not: []string{"Syrian Arab Red Crescent"}},
		{doc: "Staff from the Nepal Red Cross reached Jumla.", not: []string{"Nepal Red Cross"}},
	})
}
