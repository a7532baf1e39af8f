package locate

import (
	"math"
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/text"
)

// TestDirectionsCross checks that a place given only directions from two
// or more known places, whose sectors cross, is located where they cross:
// a derived point inside every stated sector, a bounded region that holds
// it within the reach of the directions, every direction measured and
// holding, and a note saying it was placed from directions alone. A
// direction with a nearness or a border distance is bounded too.
func TestDirectionsCross(t *testing.T) {
	tests := []struct {
		name, doc, place string
		// maxKm bounds the point's distance from every place it is
		// measured from.
		maxKm float64
		note  string // in the place's note
	}{
		{"Kenya", "Fekal is west of Ruiru and southeast of Limuru, in Kenya.", "Fekal", 80, "directions alone"},
		{"Kenya, a list in brackets", "Fekal is a town in Kenya. Other proximate towns are Ruiru (east of Fekal), Gatundu (NE), Limuru (NW) and Kabete (SW).", "Fekal", 80, "directions alone"},
		{"France", "Vornac lies south of Lille and east of Amiens.", "Vornac", 200, "directions alone"},
		{"France, in French", "Vornac se trouve au sud de Lille et à l'est d'Amiens.", "Vornac", 200, "directions alone"},
		{"Kenya, three directions", "Kelbo lies north of Nairobi, east of Limuru and west of Thika.", "Kelbo", 100, "directions alone"},
		{"USA", "Karvel is north of Denver and east of Boulder.", "Karvel", 80, "directions alone"},
		{"India", "Tamsur lies north-west of Chennai and north-east of Kanchipuram.", "Tamsur", 140, "directions alone"},
		{"Norway", "Hestvik is north of Bergen and west of Voss.", "Hestvik", 135, "directions alone"},
		{"Argentina, in a country", "Quilma lies east of Córdoba and north of Rosario, in Argentina.", "Quilma", 760, "directions alone"},
		{"a direction near a town", "Pelno is north of Lyon, near Villefranche-sur-Saône.", "Pelno", 60, ""},
		{"a direction near a border", "Zantu is a village north of Tamale, near the border with Burkina Faso.", "Zantu", 400, "border"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.place)
		if p.Source != SourceDerived || p.Status != StatusLocated || !p.HasPoint {
			t.Errorf("%s: %s is %s, %s (%s); want derived and located", tt.name, tt.place, p.Source, p.Status, p.Note)
			continue
		}
		if p.Region == nil || len(p.Region.Shape) == 0 || !(p.Region.AreaKm2 > 0) {
			t.Errorf("%s: %s has no bounded region", tt.name, tt.place)
			continue
		}
		if !p.Region.Contains(p.Point) {
			t.Errorf("%s: the point of %s is outside its region", tt.name, tt.place)
		}
		if tt.note != "" && !strings.Contains(p.Note, tt.note) {
			t.Errorf("%s: note %q, want one saying %q", tt.name, p.Note, tt.note)
		}
		directions := 0
		for _, c := range res.Checks {
			if c.Subject != p && c.Object != p || c.Stated.Kind != text.KindDirection && c.Stated.Kind != text.KindNear {
				continue
			}
			if c.Object == nil || !c.Subject.HasPoint || !c.Object.HasPoint {
				continue // from a place the gazetteer lacks (Gatundu)
			}
			if c.Verdict() != VerdictHolds {
				t.Errorf("%s: %q: %s, want it to hold", tt.name, c.Phrase, c.Verdict())
				continue
			}
			if c.Stated.Kind != text.KindDirection || c.Stated.Border != nil {
				continue
			}
			directions++
			// The point lies in the sector the text states, as read.
			anchor, az := c.Object.Point, c.Stated.Azimuth
			if c.Object == p {
				anchor, az = c.Subject.Point, math.Mod(az+180, 360)
			}
			if got := geo.Azimuth(anchor, p.Point); math.Abs(geo.AngleDiff(got, az)) > c.Allowed.HalfWidth {
				t.Errorf("%s: %q: %s at %.0f° from the anchor, outside %.0f°±%.0f°", tt.name, c.Phrase, tt.place, got, az, c.Allowed.HalfWidth)
			}
			if d := geo.Distance(anchor, p.Point) / 1000; d > tt.maxKm {
				t.Errorf("%s: %q: %s is %.0f km away, want at most %.0f", tt.name, c.Phrase, tt.place, d, tt.maxKm)
			}
		}
		if directions == 0 {
			t.Errorf("%s: no direction on %s was measured", tt.name, tt.place)
		}
	}
}

// TestDirectionsDoNotCross checks that directions that do not bound a
// place leave it unresolved with the note that says so: one direction,
// two that run out side by side, and two that point away from each other.
func TestDirectionsDoNotCross(t *testing.T) {
	tests := []struct{ name, doc, place, note string }{
		{"one direction", "Mirko is west of Lyon.", "Mirko", "does not bound it"},
		{"one direction in a country", "Mirko is west of Lyon, in France.", "Mirko", "does not bound it"},
		{"parallel", "Drosk is east of Lyon and east of Grenoble.", "Drosk", "does not bound it"},
		{"neighbouring compass words", "Drosk is north of Lyon and north-west of Grenoble.", "Drosk", "does not bound it"},
		{"diverging", "Gorvel is north of Lyon and south of Marseille.", "Gorvel", "do not meet"},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.place)
		if p.Status != StatusUnresolved || p.HasPoint {
			t.Errorf("%s: %s is %s with a point %v, want unresolved", tt.name, tt.place, p.Status, p.HasPoint)
		}
		if !strings.Contains(p.Note, tt.note) {
			t.Errorf("%s: note %q, want one saying %q", tt.name, p.Note, tt.note)
		}
		if fl := res.Failed(); len(fl) > 0 {
			t.Errorf("%s: %q is contradicted", tt.name, fl[0].Phrase)
		}
	}
}
