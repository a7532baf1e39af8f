package gazetteer

import (
	"context"
	"testing"
)

// TestAdmin1Division finds a division that reports name with "Division"
// after it: by its whole name where the extract writes the word
// (Bangladesh's "Sylhet Division"), else by the name without it (Fiji's
// "Western Division" is the extract's "Western"; withoutDivision).
func TestAdmin1Division(t *testing.T) {
	tests := []struct{ in, country, wantCode, wantName string }{
		{"Western Division", "FJ", "05", "Western"},
		{"Northern Division", "Fiji", "03", "Northern"},
		{"Sylhet Division", "BD", "86", "Sylhet Division"},
		{"Sylhet Division", "", "86", "Sylhet Division"},
	}
	for _, tt := range tests {
		got, err := testDB.Admin1(context.Background(), tt.in, tt.country)
		if err != nil || len(got) != 1 {
			t.Errorf("Admin1(%q, %q) = %v, %v; want one division", tt.in, tt.country, got, err)
			continue
		}
		if got[0].Code != tt.wantCode || got[0].Name != tt.wantName {
			t.Errorf("Admin1(%q, %q) = %s.%s %q, want %s %q", tt.in, tt.country, got[0].Country, got[0].Code, got[0].Name, tt.wantCode, tt.wantName)
		}
	}
}
