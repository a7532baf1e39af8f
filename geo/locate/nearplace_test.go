package locate

import (
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
	"github.com/paulmach/orb"
)

// TestAtNearPlace: a place bounded only by nearness to one derived place
// takes that place's point; a stated distance, a direction, a minimum
// distance or a second derived place leaves the solver's point.
func TestAtNearPlace(t *testing.T) {
	ev := &geo.Region{Point: orb.Point{0.23, 14.29}}
	other := &geo.Region{Point: orb.Point{1, 15}}
	near := geo.Constraint{Anchor: geo.Anchor{Region: ev}, MaxM: 25000}
	inArea := geo.Constraint{Anchor: geo.Anchor{Area: orb.MultiPolygon{{{{0, 14}, {1, 14}, {1, 15}, {0, 15}, {0, 14}}}}}, MaxM: 0}
	dori := orb.Point{-0.03, 14.03}
	tests := []struct {
		name string
		cs   []geo.Constraint
		ok   bool
	}{
		{"near one derived place", []geo.Constraint{near}, true},
		{"near it, inside a division", []geo.Constraint{near, inArea}, true},
		{"and a stated distance", []geo.Constraint{near, {Anchor: geo.Anchor{Point: &dori}, MaxM: 50000, NominalM: 40000}}, false},
		{"a minimum distance", []geo.Constraint{{Anchor: geo.Anchor{Region: ev}, MinM: 5000, MaxM: 25000}}, false},
		{"a direction", []geo.Constraint{{Anchor: geo.Anchor{Region: ev}, MaxM: 25000, Bearing: &geo.Sector{Azimuth: 90, HalfWidth: 45}}}, false},
		{"near two derived places", []geo.Constraint{near, {Anchor: geo.Anchor{Region: other}, MaxM: 25000}}, false},
		{"near a gazetteer town only", []geo.Constraint{{Anchor: geo.Anchor{Point: &dori}, MaxM: 25000}}, false},
	}
	for _, tt := range tests {
		q, ok := atNearPlace(tt.cs)
		if ok != tt.ok || (ok && q != ev.Point) {
			t.Errorf("%s: atNearPlace = %v, %v; want %v", tt.name, q, ok, tt.ok)
		}
	}
}

// TestNearEventTakesItsPoint: a village the text puts near an event it
// measures from a town lies where the event is placed, at the stated
// distance from the town, in English and French.
func TestNearEventTakesItsPoint(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, village, anchor string
		km                   float64
	}{
		{"The attack took place 30 km east of Ménaka, near the village of Tinabaw.", "Tinabaw", "Ménaka", 30},
		{"L'embuscade s'est produite à 45 km au nord de Tillabéri, près de la localité de Kalgouri.", "Kalgouri", "Tillabéri", 45},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		v, a := placeNamed(t, res, tt.village), placeNamed(t, res, tt.anchor)
		if v.Source != SourceDerived || !v.HasPoint {
			t.Fatalf("%s: %s is %s, want derived", tt.doc, tt.village, v.Source)
		}
		if d := geo.Distance(a.Point, v.Point) / 1000; math.Abs(d-tt.km) > 0.15*tt.km {
			t.Errorf("%s: %s is %.1f km from %s, want %.0f ± 15%%", tt.doc, tt.village, d, tt.anchor, tt.km)
		}
	}
}

// TestNearbyNeighboursPlace: a place known only by the nearby neighbours
// the text lists, with no side or distance, lies near those the gazetteer
// holds, in English and French; a neighbour it lacks is not put on the
// place's point (the nearness places the subject only); a gazetteer
// subject keeps its position, and its nearness to each neighbour holds.
func TestNearbyNeighboursPlace(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, subject string
		known        []string // neighbours the gazetteer holds
		missing      string   // a neighbour it lacks, or ""
		derived      bool     // the subject is placed from its neighbours
	}{
		{"Bhagwanpur is a village in Haridwar district of Uttarakhand. Nearby villages include Roorkee, Manglaur and Jhabrera.", "Bhagwanpur", []string{"Roorkee", "Manglaur"}, "Jhabrera", true},
		{"Wola Mała is a village in Łańcut County, Subcarpathian Voivodeship. Neighbouring villages are Łańcut, Albigowa and Markowa.", "Wola Mała", []string{"Łańcut", "Albigowa", "Markowa"}, "", true},
		{"Kothapalle est un village du district de Karimnagar, en Inde. Les villages voisins sont Jagtial et Metpalle.", "Kothapalle", []string{"Jagtial"}, "Metpalle", true},
		// Neighbours the gazetteer holds in the Sahel are larger towns, 35 km off.
		{"Sibita est un village du Burkina Faso. Les localités voisines sont Ouahigouya, Gourcy et Yako.", "Sibita", []string{"Ouahigouya", "Gourcy", "Yako"}, "", true},
		{"Douelle est une commune française située dans le département du Lot. Les communes voisines sont Cahors, Pradines et Mercuès.", "Douelle", []string{"Cahors", "Pradines", "Mercuès"}, "", false},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.subject)
		if tt.derived && (p.Source != SourceDerived || !p.HasPoint) {
			t.Errorf("%s: %s is %s (point %v), want derived", tt.doc, tt.subject, p.Source, p.HasPoint)
			continue
		}
		if !tt.derived && p.Source == SourceDerived {
			t.Errorf("%s: %s is derived, want the gazetteer's", tt.doc, tt.subject)
		}
		for _, n := range tt.known {
			q := placeNamed(t, res, n)
			if d := geo.Distance(p.Point, q.Point) / 1000; !q.HasPoint || d > DefaultVagueness().NeighbourKm {
				t.Errorf("%s: %s is %.1f km from %s, want at most NeighbourKm", tt.doc, tt.subject, d, n)
			}
		}
		if tt.missing != "" {
			if q := placeNamed(t, res, tt.missing); q.HasPoint {
				t.Errorf("%s: %s, which the gazetteer lacks, is placed (%s) at %v", tt.doc, tt.missing, q.Source, q.Point)
			}
		}
		for _, c := range res.Checks {
			if c.Relation == "near" && c.Verdict() == VerdictContradicted {
				t.Errorf("%s: %q contradicted (%.1f km)", tt.doc, c.Phrase, c.MeasuredKm)
			}
		}
	}
}
