package locate

import (
	"testing"

	"github.com/paulmach/orb/geo"
)

// TestLakeFromDateline: a lake an apposition places by a distance and a
// direction from where the report was filed ("..., some 90 km to the
// west", « ..., à une trentaine de kilomètres à l'est ») is measured from
// the dateline's town, as a lake the text places from a town as its
// subject is; a lake only named stays unplaced.
func TestLakeFromDateline(t *testing.T) {
	for _, tc := range []struct {
		doc, lake, town string
		km              float64
	}{
		{"SEPT-ÎLES — Un motoneigiste a été retrouvé au camp du lac Wapitagun, à une trentaine de kilomètres à l'est, a indiqué la police.", "Wapitagun", "Sept-Îles", 30},
		{"MANAUS, Brazil — Police found the body at Jacurutu Lake, some 90 km to the west, officials said.", "Jacurutu Lake", "Manaus", 90},
	} {
		res := analyse(t, tc.doc)
		lake, town := placeNamed(t, res, tc.lake), placeNamed(t, res, tc.town)
		if lake.Source != SourceDerived || !lake.HasPoint || !town.HasPoint {
			t.Errorf("%q: %s is %s (point %v), want derived from %s", tc.doc, tc.lake, lake.Source, lake.HasPoint, tc.town)
			continue
		}
		if d := geo.Distance(lake.Point, town.Point) / 1000; d < tc.km*0.85 || d > tc.km*1.15 {
			t.Errorf("%q: %s lies %.0f km from %s, want %.0f", tc.doc, tc.lake, d, tc.town, tc.km)
		}
	}
	res := analyse(t, "MANAUS, Brazil — Fishermen on Jacurutu Lake caught a record catch, officials said.")
	if p := placeNamed(t, res, "Jacurutu Lake"); p.HasPoint {
		t.Errorf("a lake only named is placed: %+v", p)
	}
}

// TestTheInName: "The" written capitalised inside a sentence is the
// town's own ("searchers from The Pas"), when the gazetteer knows the
// name so; at a sentence's start it is the article; "The Gambia" is still
// the country.
func TestTheInName(t *testing.T) {
	res := analyse(t, "Searchers from The Pas and Flin Flon joined the effort, police in Thompson said.")
	if p := placeNamed(t, res, "The Pas"); p.Source != SourceGazetteer || p.Country != "CA" {
		t.Errorf("The Pas is %s in %q, want the gazetteer's in CA", p.Source, p.Country)
	}
	res = analyse(t, "Flooding hit The Gambia and Senegal, the Red Cross said.")
	if p := placeNamed(t, res, "Gambia"); p.Country != "GM" {
		t.Errorf("Gambia is in %q, want GM", p.Country)
	}
	for _, tc := range []struct {
		before string
		want   bool
	}{{"", true}, {"He said. ", true}, {"KABUL — ", true}, {"Searchers from ", false}, {"line\n", true}} {
		if got := sentenceStartBefore(tc.before); got != tc.want {
			t.Errorf("sentenceStartBefore(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}
