package locate

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// TestGazetteerNamesNeedContext checks that a short name finds the village
// that bears it, not a capital that lists it among its codes, when the text
// names the country around it.
func TestGazetteerNamesNeedContext(t *testing.T) {
	res := analyse(t, "Zouid, which is located some 120km east of the village of Zag, is 50 km from the Moroccan border.")
	zag := placeNamed(t, res, "Zag")
	if zag.Gazetteer == nil || zag.Country != "MA" {
		t.Fatalf("Zag = %+v, want the gazetteer's Zag in Morocco", zag)
	}
	zouid := placeNamed(t, res, "Zouid")
	if zouid.Source != SourceDerived || zouid.Status != StatusLocated {
		t.Errorf("Zouid: %s %s, want derived and located", zouid.Source, zouid.Status)
	}
	for _, c := range res.Checks {
		if !c.Satisfied {
			t.Errorf("check %q fails by %.1f km", c.Phrase, c.ResidualKm)
		}
	}
}

// TestChainedNameInGazetteer checks that a place measured from a derived
// place is derived too when the gazetteer's entry of that name lies far from
// where the text puts it (a wadi named like a village in Sicily).
func TestChainedNameInGazetteer(t *testing.T) {
	res := analyse(t, "Residents of Samersa, a village lying 120km to the north of Kollo, reported the convoy at dawn. "+
		"The group set up a bivouac in the wadi of Lintin, between three and seven kilometres north-west of Samersa.")
	samersa, lintin, kollo := placeNamed(t, res, "Samersa"), placeNamed(t, res, "Lintin"), placeNamed(t, res, "Kollo")
	if kollo.Country != "NE" {
		t.Fatalf("Kollo in %q, want the town in Niger", kollo.Country)
	}
	if lintin.Source != SourceDerived || samersa.Source != SourceDerived {
		t.Fatalf("Lintin %s, Samersa %s; want both derived", lintin.Source, samersa.Source)
	}
	if d := geo.Distance(samersa.Point, lintin.Point) / 1000; d < 2.5 || d > 7.5 {
		t.Errorf("Lintin is %.1f km from Samersa, want 3 to 7 km", d)
	}
	if d := geo.Distance(kollo.Point, samersa.Point) / 1000; d < 100 || d > 130 {
		t.Errorf("Samersa is %.1f km from Kollo, want about 120 km", d)
	}
}

// TestStrainedStatements checks that statements the vagueness allowances
// reconcile but that cannot hold as written are reported: "north" and
// "east" of one town at one distance meet only at north-east.
func TestStrainedStatements(t *testing.T) {
	res := analyse(t, "Zindar is 100 km north of Gao. It is also 100 km east of Gao.")
	z := placeNamed(t, res, "Zindar")
	if z.Status != StatusContradicted {
		t.Errorf("Zindar status %q, want contradicted", z.Status)
	}
	failed := res.Failed()
	if len(failed) == 0 {
		t.Fatal("no check failed")
	}
	for _, c := range failed {
		if c.Strict == nil || c.ResidualKm <= 0 || c.Note == "" {
			t.Errorf("failed check %q: strict %v, residual %.1f km, note %q; want the face-value reading, a residual and a note", c.Phrase, c.Strict, c.ResidualKm, c.Note)
		}
	}
	// The same town stated consistently is not flagged.
	res = analyse(t, "Zindar is 100 km north-east of Gao. It is also 100 km east of Bourem.")
	if f := res.Failed(); len(f) > 0 {
		t.Errorf("consistent statements flagged: %q fails by %.1f km", f[0].Phrase, f[0].ResidualKm)
	}
}

// TestLooseReadingIsNoContradiction checks that statements which hold
// together only with part of their allowances (a loose compass word: the
// place is 29° east of north from Karachi) leave the place located, every
// check satisfied, with a note on the checks that hold only loosely.
func TestLooseReadingIsNoContradiction(t *testing.T) {
	res := analyseFake(t, "Zorbatin is 110 km north of Karachi. It is 90 km west-northwest of Hyderabad.")
	z := placeNamed(t, res, "Zorbatin")
	if z.Source != SourceDerived || z.Status != StatusLocated {
		t.Fatalf("Zorbatin: %s %s, want derived and located", z.Source, z.Status)
	}
	if f := res.Failed(); len(f) > 0 {
		t.Errorf("%q fails by %.1f km, want no failed check", f[0].Phrase, f[0].ResidualKm)
	}
	notes := 0
	for _, c := range res.Checks {
		if strings.Contains(c.Note, "loose reading") {
			notes++
		}
	}
	if notes == 0 {
		t.Error("no check notes that it holds only as a loose reading")
	}
	// Statements that meet only at the very edge of their allowances are
	// a contradiction: north and east of one town at one distance.
	res = analyseFake(t, "Zindar is 100 km north of Karachi. It is also 100 km east of Karachi.")
	if z := placeNamed(t, res, "Zindar"); z.Status != StatusContradicted || len(res.Failed()) == 0 {
		t.Errorf("Zindar %s with %d failed checks, want contradicted and a failed check", z.Status, len(res.Failed()))
	}
}

// TestAnchorTownExtent checks that a distance measured from a town is read
// from anywhere in half its extent: Hyderabad's 1.4 million people cover a
// disc of 14.9 km, so "20 km east" (17 to 23 km as a number) allows up to
// 30.4 km, but not 34 km.
func TestAnchorTownExtent(t *testing.T) {
	res := analyseFake(t, "Zorbatin is 20 km east of Hyderabad, Sindh.")
	z, h := placeNamed(t, res, "Zorbatin"), placeNamed(t, res, "Hyderabad")
	if z.Region == nil || h.Country != "PK" {
		t.Fatalf("Zorbatin region %v, Hyderabad in %q; want a region and Pakistan's Hyderabad", z.Region, h.Country)
	}
	for _, tt := range []struct {
		km   float64
		want bool
	}{{20, true}, {29, true}, {34, false}} {
		p := geo.Destination(h.Point, 90, tt.km*1000)
		if got := z.Region.Contains(p); got != tt.want {
			t.Errorf("%.0f km east of Hyderabad in the region: %v, want %v", tt.km, got, tt.want)
		}
	}
	for _, c := range res.Checks {
		if c.Relation == "distance" && !near(c.Allowed.MaxKm, 30.4, 0.2) {
			t.Errorf("%q allows up to %.1f km, want 30.4", c.Phrase, c.Allowed.MaxKm)
		}
	}
}

// TestConflictKeepsCompromise checks that a place whose statements cannot
// all hold, even loosely, is still placed at a compromise point, with the
// checks that fail flagged and their residuals: two road distances that no
// straight lines can meet (Karachi and Hyderabad are 150 km apart).
func TestConflictKeepsCompromise(t *testing.T) {
	res := analyseFake(t, "Zorbatin is 20 km by road from Karachi. It is 30 km by road from Hyderabad.")
	z := placeNamed(t, res, "Zorbatin")
	if z.Status != StatusContradicted || !z.HasPoint {
		t.Fatalf("Zorbatin: %s, point %v; want contradicted with a compromise point", z.Status, z.HasPoint)
	}
	f := res.Failed()
	if len(f) == 0 {
		t.Fatal("no check fails")
	}
	for _, c := range f {
		if c.ResidualKm <= 0 || c.Verdict() != VerdictContradicted {
			t.Errorf("failed check %q: residual %.1f km, verdict %q; want a residual and contradicted", c.Phrase, c.ResidualKm, c.Verdict())
		}
	}
}

// TestMissingNumber checks that a distance whose number the text lost
// ("à km au nord de X") is used for its direction, with a note saying the
// distance was not measured, and that a place bounded by nothing else is
// left unresolved with a note saying why.
func TestMissingNumber(t *testing.T) {
	res := analyseFake(t, "Zorbatin se trouve à km au nord-nord-est de Karachi et à 90 km à l'ouest-nord-ouest de Hyderabad.")
	z := placeNamed(t, res, "Zorbatin")
	if z.Source != SourceDerived || !z.HasPoint {
		t.Fatalf("Zorbatin: %s, point %v; want derived from what remains", z.Source, z.HasPoint)
	}
	var noted bool
	for _, c := range res.Checks {
		if c.Stated.MissingNumber {
			noted = strings.Contains(c.Note, "no number")
		}
	}
	if !noted {
		t.Error("the distance without a number has no note saying so")
	}
	res = analyseFake(t, "Zorbatin se trouve à km au nord de Karachi.")
	if z := placeNamed(t, res, "Zorbatin"); z.Source != SourceUnresolved || !strings.Contains(z.Note, "without its number") {
		t.Errorf("Zorbatin alone: %s, note %q; want unresolved with a note on the missing number", z.Source, z.Note)
	}
}

// TestDirectionNearBorder checks that a direction from a town and a
// border distance, neither bounded alone, locate a place on the band along
// the border inside the sector, and that the border named by one country
// is the one with the country of the town it is measured from.
func TestDirectionNearBorder(t *testing.T) {
	res := analyse(t, "Zorgu is a village south-east of Francistown, near the border with Zimbabwe.")
	z, f := placeNamed(t, res, "Zorgu"), placeNamed(t, res, "Francistown")
	if z.Source != SourceDerived || z.Status != StatusLocated || z.Region == nil {
		t.Fatalf("Zorgu: %s %s, want derived and located with a region", z.Source, z.Status)
	}
	if f.Country != "BW" {
		t.Fatalf("Francistown in %q, want BW", f.Country)
	}
	if d := geo.Distance(f.Point, z.Point) / 1000; d > 400 {
		t.Errorf("Zorgu is %.0f km from Francistown, want the band of the Botswana–Zimbabwe border within 400 km", d)
	}
	if fl := res.Failed(); len(fl) > 0 {
		t.Errorf("%q fails by %.1f km", fl[0].Phrase, fl[0].ResidualKm)
	}
}

// TestSeatOfRegion checks that "the capital of R" places a town at the seat
// the gazetteer records for region R.
func TestSeatOfRegion(t *testing.T) {
	res := analyse(t, "Oudoumer is the capital of Chad's Lac Region, lying 152 km to the north of the national capital, N'Djamena.")
	o, lac := placeNamed(t, res, "Oudoumer"), placeNamed(t, res, "Lac Region")
	if !lac.HasPoint {
		t.Fatal("Lac Region has no seat")
	}
	if d := geo.Distance(o.Point, lac.Point) / 1000; d > 10 {
		t.Errorf("Oudoumer is %.1f km from the seat of Lac Region, want at most 10 km", d)
	}
	var seat bool
	for _, c := range res.Checks {
		if c.Relation == "seat" {
			seat = true
			if !c.Satisfied {
				t.Errorf("seat check fails by %.1f km", c.ResidualKm)
			}
		}
	}
	if !seat {
		t.Error("no seat check")
	}
}

// TestAliasFindsGazetteerName checks that a name the gazetteer lacks is
// placed through another name the text gives it.
func TestAliasFindsGazetteerName(t *testing.T) {
	res := analyse(t, "Satin, often referred to as simply Nioro, is a town in the Kayes Region of western Mali, 241 km from the city of Kayes.")
	p := placeNamed(t, res, "Satin")
	if p.Gazetteer == nil || p.Country != "ML" {
		t.Fatalf("Satin = %+v, want the gazetteer's Nioro in Mali", p)
	}
	if len(p.Mentions) != 2 {
		t.Errorf("Satin has %d mentions, want 2 (Satin and Nioro)", len(p.Mentions))
	}
	for _, q := range res.Places {
		if q.Name == "Nioro" {
			t.Error("Nioro is reported as a place of its own")
		}
	}
}

// TestStrayAlternateName checks that a name the gazetteer knows only as an
// alternate name of a place on another continent is not taken when the
// document's other places say where it is, and is taken when they agree or
// when nothing says otherwise.
func TestStrayAlternateName(t *testing.T) {
	res := analyse(t, "Namer is 20 km south of Kampti and 10 km from the Ivorian border.")
	if k := placeNamed(t, res, "Kampti"); k.Gazetteer != nil || !strings.Contains(k.Note, "another name of") {
		t.Errorf("Kampti = %+v, want unplaced with a note naming the far namesake", k)
	}
	for _, doc := range []string{
		"Idtin is 50 km north of Tombouctou, in Mali.",
		"Idtin is 50 km north of Tombouctou.",
	} {
		res := analyse(t, doc)
		if tb := placeNamed(t, res, "Tombouctou"); tb.Gazetteer == nil || tb.Country != "ML" {
			t.Errorf("%q: Tombouctou = %+v, want Timbuktu in Mali", doc, tb)
		}
	}
	// An exonym of a place near a named country's border is not a stray,
	// though the place lies in another country.
	res = analyse(t, "Namer se trouve à 84 km au sud-est de Beyrouth et à moins de 10 km de la frontière avec la Syrie.")
	if b := placeNamed(t, res, "Beyrouth"); b.Gazetteer == nil || b.Country != "LB" {
		t.Errorf("Beyrouth = %+v, want Beirut in Lebanon", b)
	}
}

// TestNearnessPrefilter checks that skipping far points by latitude band
// and unit vectors never changes the nearness score measured geodesically
// against every point.
func TestNearnessPrefilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var pts []chosenPoint
	for i := 0; i < 400; i++ {
		// Clustered around the Sahel and spread worldwide, with points
		// near the 100, 300 and 1,000 km edges.
		p := orb.Point{-5 + rng.Float64()*20, 10 + rng.Float64()*12}
		if i%2 == 0 {
			p = orb.Point{-180 + rng.Float64()*360, -85 + rng.Float64()*170}
		}
		pts = append(pts, chosenPoint{p, unitVector(p), &entity{}})
	}
	slices.SortFunc(pts, func(a, b chosenPoint) int { return cmp.Compare(a.p[1], b.p[1]) })
	for i := 0; i < 300; i++ {
		p := pts[rng.IntN(len(pts))].p
		p = geo.Destination(p, rng.Float64()*360, []float64{99e3, 101e3, 299e3, 301e3, 999e3, 1001e3, rng.Float64() * 3e6}[i%7])
		k := DefaultRanking()
		want := 0.0
		for _, q := range pts {
			switch d := geo.Distance(p, q.p) / 1000; {
			case d < k.CloseKm:
				want += k.Near + k.Close
			case d < k.NearKm:
				want += k.Near
			case d < k.FarKm:
				want += k.Far
			}
		}
		if got := k.nearness(nil, p, pts); got != want {
			t.Fatalf("nearness(%v) = %v, want %v measuring every point", p, got, want)
		}
	}
}

// TestNoNamesakeInTheCountry checks that a name the text puts in a country
// is never a namesake on another continent: "Cornwall, England" is not the
// town in Canada, and nothing is contradicted for it. Since "Penzance in
// Cornwall" puts Penzance in Cornwall, the county may be mapped in GB (the
// division that holds Penzance); it is otherwise unplaced with a note.
func TestNoNamesakeInTheCountry(t *testing.T) {
	res := analyse(t, "St. Ives is a town 15 km north of Penzance in Cornwall, England.")
	c := placeNamed(t, res, "Cornwall")
	inGB := c.Country == "GB" && (c.Gazetteer == nil || c.Gazetteer.Country == "GB")
	if !inGB && (c.Gazetteer != nil || !strings.Contains(c.Note, `no "Cornwall" in the country the text names`)) {
		t.Errorf("Cornwall = %s in %q (note %q), want unplaced with a note or in GB", c.Status, c.Country, c.Note)
	}
	if f := res.Failed(); len(f) > 0 {
		t.Errorf("%d checks fail, first %q: want none", len(f), f[0].Phrase)
	}
	if s := placeNamed(t, res, "St. Ives"); s.Gazetteer == nil || s.Country != "GB" {
		t.Errorf("St. Ives = %+v, want the town in GB", s.Gazetteer)
	}
}
