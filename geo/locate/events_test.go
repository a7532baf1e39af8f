package locate

import (
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestEventScene checks a news report's usual order: a first sentence
// names where an event happened, a village the gazetteer lacks, and a later
// one measures the event from a known town. The event is placed from the
// town, and the village near the event.
func TestEventScene(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, event, scene, anchor string
		km                        float64
	}{
		{"Gunmen attacked the village of Tinabaw on Monday, killing 12 soldiers. The attack took place 30 km east of Ménaka, officials said.",
			"The attack", "Tinabaw", "Ménaka", 30},
		{"Suspected jihadists killed 17 soldiers in an ambush near Kalgouri on Tuesday. The ambush occurred about 45 kilometres north of Tillabéri.",
			"The ambush", "Kalgouri", "Tillabéri", 45},
		{"Des hommes armés ont attaqué le village de Tinabaw lundi. L'attaque a eu lieu à 30 km à l'est de Ménaka.",
			"L'attaque", "Tinabaw", "Ménaka", 30},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		e, v, a := placeNamed(t, res, tt.event), placeNamed(t, res, tt.scene), placeNamed(t, res, tt.anchor)
		if e.Source != SourceDerived || !e.HasPoint || a.Source != SourceGazetteer {
			t.Fatalf("%s: %s %s, %s %s; want the event derived from the gazetteer's town", tt.doc, tt.event, e.Source, tt.anchor, a.Source)
		}
		if d := geo.Distance(a.Point, e.Point) / 1000; math.Abs(d-tt.km) > 0.15*tt.km {
			t.Errorf("%s: %s is %.1f km from %s, want %.0f", tt.doc, tt.event, d, tt.anchor, tt.km)
		}
		if v.Source != SourceDerived || !v.HasPoint || geo.Distance(v.Point, e.Point) > 25000 {
			t.Errorf("%s: %s is %s, want derived near the event", tt.doc, tt.scene, v.Source)
		}
	}
}
