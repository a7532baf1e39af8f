package text

import "testing"

// TestLongReportClasses reads the classes of sentences from long reports
// (geo/locate/long_test.go) the reader once got wrong: a person named by
// the role an apposition gives after the name ("X, Ukraine's
// commander-in-chief", "X, the state's top prosecutor"), a kind of place
// that qualifies a role and not the name before it ("X, the state
// Commissioner for Health"), a role word alone ("Commissioner"), a place
// before ", said" and the speaker's name, and a storm's name.
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
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		got := Evidence(-1)
		for _, m := range d.Mentions {
			if m.Name == tt.name {
				got = m.Evidence
			}
		}
		if got != tt.want {
			t.Errorf("Read(%q): %s has evidence %v, want %v", tt.doc, tt.name, got, tt.want)
		}
	}
}
