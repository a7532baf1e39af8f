package text

import "testing"

// TestLongReportClasses reads the classes of sentences from long reports
// (geo/locate/long_test.go) the reader once got wrong: a person named by
// the role an apposition gives after the name ("X, Ukraine's
// commander-in-chief", "X, the state's top prosecutor"), a kind of place
// that qualifies a role and not the name before it ("X, the state
// Commissioner for Health"), a role word alone ("Commissioner"), a place
// before ", said" and the speaker's name, a storm's name, and a place an
// apposition names after the kind a sentence opens with ("A second
// centre, at Muelegane, lies ..."), an organisation's name that opens a
// longer one ("Islamic State Sahel Province"), a heading in capitals and
// a common word opening a headline after a label ("BOLIVIA: Floods in
// ...").
func TestLongReportClasses(t *testing.T) {
	tests := []struct {
		doc, name string
		want      Evidence // Evidence(-1): no mention
	}{
		{"Oleksandr Syrskyi, Ukraine's commander-in-chief, visited brigades near Kramatorsk on Tuesday.", "Oleksandr Syrskyi", EvidenceUnlikely},
		{"Oleksandr Syrskyi, Ukraine's commander-in-chief, visited brigades near Kramatorsk on Tuesday.", "Kramatorsk", EvidencePreposition},
		{"Nobody was hurt in Tixtla, said Sandra Luz Valdovinos, the state's top prosecutor.", "Sandra Luz Valdovinos", EvidenceUnlikely},
		{"Nobody was hurt in Tixtla, said Sandra Luz Valdovinos, the state's top prosecutor.", "Tixtla", EvidencePreposition},
		{"Dr. Aisha Bello, the state Commissioner for Health, warned of cholera.", "Aisha Bello", EvidenceUnlikely},
		{"Dr. Aisha Bello, the state Commissioner for Health, warned of cholera.", "Commissioner", Evidence(-1)},
		{"Kalo, the district commissioner of Yola, closed the market.", "Kalo", EvidenceUnlikely},
		{"Cyclone Idai made landfall near Beira on 14 March.", "Cyclone Idai", EvidenceUnlikely},
		{"Hurricane Otis struck Acapulco on Wednesday.", "Hurricane Otis", EvidenceUnlikely},
		// A role word that qualifies a kind of place leaves the name a place.
		{"Dori, the chief town of the Séno province, lies 50 km from Gao.", "Dori", EvidenceRelation},
		{"Kidal, the regional capital, is calm.", "Kidal", EvidenceDescriptor},
		{"Florence Parly, announced the death.", "Florence Parly", EvidenceUnlikely},
		// An organisation the lexicon lists opens a longer name; a heading
		// in capitals of common words; a dateline in capitals is kept.
		{"The Islamic State Sahel Province has been fighting near Ménaka.", "Islamic State Sahel Province", EvidenceUnlikely},
		{"Ellis wrote to the Royal Geographical Society that the road was bad.", "Royal Geographical Society", EvidenceUnlikely},
		{"ANALYTICAL BRIEF - Eastern Chad, displacement along the border", "ANALYTICAL BRIEF", EvidenceUnlikely},
		{"SITUATION OVERVIEW\nHeavy rain fell near Yola.", "SITUATION OVERVIEW", EvidenceUnlikely},
		// A dateline of two words names where the report was filed, as
		// one of one word does.
		{"PORT HARCOURT, Nigeria (Reuters) - Gunmen attacked Kalo.", "PORT HARCOURT", EvidencePreposition},
		// A common word opening a headline after its country's label.
		{"BOLIVIA: Floods in Beni Department", "Floods", EvidenceUnlikely},
		{"MALI: Kidal under siege", "Kidal", EvidenceCapitalised},
	}
	for _, tt := range tests {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
}

// TestPlacedAtApposition: "A second centre, at X, lies 15 km north of Y"
// places X, the name the apposition gives the centre, and so does "The
// worst-hit community is X, 35 km north of Y".
func TestPlacedAtApposition(t *testing.T) {
	tests := []struct{ doc, subj, obj string }{
		{"A second centre, at Muelegane, lies 15 km north of Mutua Sede.", "Muelegane", "Mutua Sede"},
		{"A third gathering, at Ourmi Goz, lies 20 km south of Djabirna.", "Ourmi Goz", "Djabirna"},
		{"Another camp, at Kalo, is 12 km east of Gao.", "Kalo", "Gao"},
		// The name a copula gives the place a sentence opens with.
		{"The worst-hit community is Gwalamba, 35 km north of Yola.", "Gwalamba", "Yola"},
		{"The village is Kalo, 30 km north of Gao.", "Kalo", "Gao"},
	}
	for _, tt := range tests {
		checkDistance(t, tt.doc, tt.subj, tt.obj)
	}
	// A time, not a name, in the apposition: no subject is made up.
	d := Read("The meeting, at noon, was held 30 km east of Gao.")
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Subject >= 0 && d.Mentions[r.Subject].Name == "Gao" {
			t.Errorf("Read(%q): Gao is its own subject", d.Text)
		}
	}
}

// TestSeatApposition: "35 km east of Ipoh, the capital of Perak" makes
// Ipoh, not the subject of the distance, the capital.
func TestSeatApposition(t *testing.T) {
	for _, doc := range []string{
		"Bertam Tinggi is a town in Pahang. It lies 35 km east of Ipoh, the capital of Perak.",
		"Bertam Tinggi lies approximately 35 km east-southeast of Ipoh, the capital of neighbouring Perak.",
	} {
		d := Read(doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind == KindIn && r.Seat {
				found = true
				if got := d.Mentions[r.Subject].Name; got != "Ipoh" {
					t.Errorf("Read(%q): %s is the capital of Perak, want Ipoh", doc, got)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no seat relation", doc)
		}
	}
}

// TestPossessorNoSubject: a country before "'s" and an organisation or a
// role ("Ukraine's General Staff said ...") is not what the sentence
// places; a division after the possessive still is ("Chad's Lac Region
// lies ...").
func TestPossessorNoSubject(t *testing.T) {
	d := Read("Ukraine's General Staff said its troops had repelled 42 assaults along the Pokrovsk axis.")
	for _, r := range d.Relations {
		if r.Subject >= 0 && d.Mentions[r.Subject].Name == "Ukraine" {
			t.Errorf("Read(%q): Ukraine is the subject of %q", d.Text, r.Phrase.Text(d.Text))
		}
	}
	d = Read("Chad's Lac Region lies 30 km north of N'Djamena.")
	found := false
	for _, r := range d.Relations {
		if r.Kind == KindDistance && d.Mentions[r.Subject].Name == "Lac Region" {
			found = true
		}
	}
	if !found {
		t.Errorf("Read(%q): Lac Region is not placed: %+v", d.Text, d.Relations)
	}
}
