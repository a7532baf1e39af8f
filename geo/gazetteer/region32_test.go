package gazetteer

import (
	"context"
	"testing"
)

// TestRegion32CompassAdjectiveAsNoun: within a country, a division named
// by a compass adjective alone ("the Eastern Region of Iceland") is the
// one GeoNames names by the noun ("East"), when none bears the adjective;
// a country whose division bears the adjective keeps it (Ghana's
// "Eastern"), and without a country the name as written is asked alone.
func TestRegion32CompassAdjectiveAsNoun(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name, in, country, want string
	}{
		{"Iceland, east", "Eastern Region", "IS", "East"},
		{"Iceland, west", "Western Region", "IS", "West"},
		{"Iceland, south, bare", "Southern", "IS", "South"},
		{"Cameroon, north", "Northern Region", "CM", "North"},
		{"Ghana keeps its adjective", "Eastern Region", "GH", "Eastern"},
	} {
		got, err := testDB.Admin1(ctx, tc.in, tc.country)
		if err != nil || len(got) != 1 || got[0].Name != tc.want || got[0].Country != tc.country {
			t.Errorf("%s: Admin1(%q, %q) = %v, %v; want %s %q", tc.name, tc.in, tc.country, got, err, tc.country, tc.want)
		}
	}
	got, err := testDB.Admin1(ctx, "Eastern Region", "")
	if err != nil {
		t.Fatalf("Admin1(Eastern Region, any) error: %v", err)
	}
	for _, a := range got {
		if a.Country == "IS" {
			t.Errorf("Admin1(Eastern Region, any) = %v, want no division of Iceland without the country", got)
		}
	}
}
