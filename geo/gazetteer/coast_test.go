package gazetteer

import (
	"context"
	"errors"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

func TestCoastLandlocked(t *testing.T) {
	// Uganda and Malawi end on lakes shared with their neighbours, the
	// Swiss on Lake Geneva, San Marino lies in Italy 10 km from the sea:
	// none of these shores is a coast.
	for _, c := range []string{"Mali", "Niger", "UG", "MW", "CH", "SM", "Bolivia", "LA"} {
		got, err := testDB.Coast(context.Background(), c)
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("Coast(%s) = %.0f km, %v; want ErrNotFound", c, got.Length/1e3, err)
		}
	}
	if _, err := testDB.Coast(context.Background(), "Atlantis"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Coast(Atlantis) error = %v, want ErrNotFound", err)
	}
}

func TestCoastMadagascar(t *testing.T) {
	ctx := context.Background()
	co, err := testDB.Coast(ctx, "Madagascar")
	if err != nil {
		t.Fatalf("Coast(Madagascar) error: %v", err)
	}
	if co.Country != "MG" || co.Name != "Madagascar coast" {
		t.Errorf("Coast(Madagascar) = %s %q, want MG \"Madagascar coast\"", co.Country, co.Name)
	}
	if got := lineLength(co.Line); !approx(got, co.Length, 1) {
		t.Errorf("Coast(Madagascar).Length = %.0f m, but its line is %.0f m long", co.Length, got)
	}
	// The main island shares no border: its whole outer ring is coast, one
	// closed line as long as the ring.
	mg, err := testDB.Country(ctx, "MG")
	if err != nil {
		t.Fatal(err)
	}
	var ring orb.Ring
	for _, p := range mg.Shape {
		if len(p[0]) > len(ring) {
			ring = p[0]
		}
	}
	want := lineStringLength(orb.LineString(ring))
	found := false
	for _, ls := range co.Line {
		if len(ls) == len(ring) && ls[0] == ls[len(ls)-1] && approx(lineStringLength(ls), want, 1) {
			found = true
		}
	}
	if !found {
		t.Errorf("Coast(Madagascar) has no closed line of %.0f km, the main island's ring", want/1e3)
	}
}

func TestCoastCambodia(t *testing.T) {
	ctx := context.Background()
	co, err := testDB.Coast(ctx, "KH")
	if err != nil {
		t.Fatalf("Coast(KH) error: %v", err)
	}
	th, err := testDB.Border(ctx, "KH", "TH")
	if err != nil {
		t.Fatal(err)
	}
	vn, err := testDB.Border(ctx, "KH", "VN")
	if err != nil {
		t.Fatal(err)
	}
	// The mainland coast is the one line that is not closed: it runs from
	// the Thai border at Cham Yeam to the Vietnamese border at Prek Chak.
	var main orb.LineString
	for _, ls := range co.Line {
		if ls[0] != ls[len(ls)-1] && len(ls) > len(main) {
			main = ls
		}
	}
	if main == nil {
		t.Fatal("Coast(KH) has no open line, want the mainland coast")
	}
	a, b := main[0], main[len(main)-1]
	if d1, _ := geo.DistanceToLine(a, th.Line); d1 > 3e3 {
		a, b = b, a // traced from the Vietnamese end
	}
	da, _ := geo.DistanceToLine(a, th.Line)
	db, _ := geo.DistanceToLine(b, vn.Line)
	if da > 3e3 || db > 3e3 {
		t.Errorf("Cambodia's mainland coast runs from %v (%.1f km from the Thai border) to %v (%.1f km from the Vietnamese one), want both within 3 km",
			a, da/1e3, b, db/1e3)
	}
	if l := lineStringLength(main); l < 300e3 || l > 1200e3 {
		t.Errorf("Cambodia's mainland coast is %.0f km long, want 300 to 1,200 (443 km in the CIA World Factbook, measured coarser)", l/1e3)
	}
}

func TestCoastDistance(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		place, country string
		min, max       float64 // km from the country's coast
	}{
		// Ports and seaside towns of cities500 (their GeoNames point is
		// the town centre, a few hundred metres to 3 km from the shore).
		{"Sihanoukville", "KH", 0, 4},
		{"Kampot", "KH", 0, 6},
		{"Toamasina", "MG", 0, 3},
		{"Mombasa", "KE", 0, 3},
		{"Dakar", "SN", 0, 3},
		{"Cádiz", "ES", 0, 3},
		{"Valparaíso", "CL", 0, 3},
		{"Constanța", "RO", 0, 3}, // on the Black Sea, behind the Bosporus
		{"Baku", "AZ", 0, 4},      // on the Caspian
		// Inland capitals.
		{"Madrid", "ES", 280, 400},
		{"Antananarivo", "MG", 100, 200},
		{"Phnom Penh", "KH", 100, 200},
		{"Kinshasa", "CD", 250, 500}, // the Congo is wide, but not a sea up to it
	} {
		ps, err := testDB.Search(ctx, tt.place, SearchOptions{Country: tt.country, Limit: 1})
		if err != nil || len(ps) == 0 {
			t.Errorf("Search(%s, %s) = %v, %v", tt.place, tt.country, ps, err)
			continue
		}
		co, err := testDB.Coast(ctx, tt.country)
		if err != nil {
			t.Errorf("Coast(%s) error: %v", tt.country, err)
			continue
		}
		d, _ := geo.DistanceToLine(ps[0].Point, co.Line)
		if d/1e3 < tt.min || d/1e3 > tt.max {
			t.Errorf("%s is %.1f km from the coast of %s, want %g to %g", tt.place, d/1e3, tt.country, tt.min, tt.max)
		}
	}
}

func TestCoastsNear(t *testing.T) {
	// Around Kep, on the Gulf of Thailand by the Vietnamese border: the
	// coasts of Cambodia and Vietnam (Phu Quoc), and no inland country's.
	got, err := testDB.CoastsNear(context.Background(), orb.Bound{Min: orb.Point{104.0, 10.2}, Max: orb.Point{104.6, 10.7}})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i, c := range got {
		seen[c.Country] = true
		if len(c.Line) == 0 || c.Length <= 0 {
			t.Errorf("CoastsNear[%d] = %s with %d lines, %.0f m", i, c.Country, len(c.Line), c.Length)
		}
		if i > 0 && c.Length > got[i-1].Length {
			t.Errorf("CoastsNear not longest first: %s after %s", c.Country, got[i-1].Country)
		}
	}
	if !seen["KH"] || !seen["VN"] || len(seen) != 2 {
		t.Errorf("CoastsNear(Kep) = %v, want KH and VN", seen)
	}
	none, err := testDB.CoastsNear(context.Background(), orb.Bound{Min: orb.Point{-1, 16}, Max: orb.Point{1, 17}})
	if err != nil || len(none) != 0 {
		t.Errorf("CoastsNear(Timbuktu) = %d coasts, %v; want none", len(none), err)
	}
}
