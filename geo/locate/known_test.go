package locate

import (
	"math"
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestKnownPlaceStatedLoosely checks what becomes of a place the gazetteer
// holds when the text states something about it that its gazetteer entry
// breaks: a small break is a loose statement about that place, which keeps
// its entry and reports the break; a large one means an unrecorded place of
// the same name, located from the text; and when the text cannot place it,
// the gazetteer's entry is shown rather than nothing.
func TestKnownPlaceStatedLoosely(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		name, doc, place, country string
		source                    Source
		failing                   int    // checks that do not hold
		note                      string // in the place's note, if any
		fromKm                    float64
		from                      string // for a derived place: where it is measured from
	}{
		{name: "a known town some 20 km farther than stated",
			doc: "Kita lies 130 km north-west of Bamako.", place: "Kita", country: "ML", source: SourceGazetteer, failing: 1},
		{name: "a known town the text cannot place otherwise",
			doc: "Tillabéri is close to the border with Mali.", place: "Tillabéri", country: "NE", source: SourceGazetteer, failing: 1,
			note: "places it nowhere else"},
		{name: "far from the only entry: an unrecorded namesake",
			doc: "Ouallam is 10 km from Niamey.", place: "Ouallam", source: SourceDerived, from: "Niamey", fromKm: 10},
		{name: "an alternate name of a far city, the own name of a near town",
			doc: "Attacks were reported in Kita and Bamako.", place: "Kita", country: "ML", source: SourceGazetteer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			if p.Source != tt.source || !p.HasPoint || (tt.country != "" && p.Country != tt.country) {
				t.Fatalf("%s: %s is %s in %q (point %v), want %s in %q", tt.doc, tt.place, p.Source, p.Country, p.HasPoint, tt.source, tt.country)
			}
			if !strings.Contains(p.Note, tt.note) || (tt.note == "" && strings.Contains(p.Note, "also")) {
				t.Errorf("%s: note %q, want one with %q and no other namesake", tt.doc, p.Note, tt.note)
			}
			if n := len(res.Failed()); n != tt.failing {
				t.Errorf("%s: %d checks fail, want %d", tt.doc, n, tt.failing)
			}
			if tt.from != "" {
				a := placeNamed(t, res, tt.from)
				if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-tt.fromKm) > 0.15*tt.fromKm {
					t.Errorf("%s: %.1f km from %s, want %.0f km", tt.doc, d, tt.from, tt.fromKm)
				}
			}
		})
	}
}
