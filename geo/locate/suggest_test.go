package locate

import (
	"context"
	"testing"
)

// TestSearchKinds checks the features Search makes of places, countries and
// divisions: their ids and properties.
func TestSearchKinds(t *testing.T) {
	r := New(openTestDB(t), Options{})
	tests := []struct {
		q, id, code string
		hasGazID    bool
	}{
		{"Tessalit", "geonames:2449893", "PPLA2", true},
		{"Turkey", "country:TR", "PCLI", false},
		{"Sindh", "admin1:PK.05", "ADM1", false},
	}
	for _, tt := range tests {
		fc, err := r.Search(context.Background(), tt.q, 3)
		if err != nil || len(fc.Features) == 0 {
			t.Errorf("Search(%q) = %v, %v; want features", tt.q, fc, err)
			continue
		}
		f := fc.Features[0]
		_, hasID := f.Properties["gazetteer_id"]
		if f.ID != tt.id || f.Properties["feature_code"] != tt.code || hasID != tt.hasGazID || f.Properties["name"] == "" {
			t.Errorf("Search(%q)[0] = id %v code %v gazetteer_id %v, want %s %s present=%v",
				tt.q, f.ID, f.Properties["feature_code"], f.Properties["gazetteer_id"], tt.id, tt.code, tt.hasGazID)
		}
	}
}
