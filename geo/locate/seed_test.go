package locate

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

const seedPath = "../../seeds/000_687ada2927eb0488.txt"

// TestSeed checks the Battle of Talahandak article end to end, measuring
// every stated distance geodesically on WGS84.
func TestSeed(t *testing.T) {
	res := analyseFile(t, seedPath)

	tessalit := placeNamed(t, res, "Tessalit")
	if tessalit.Source != SourceGazetteer || tessalit.Gazetteer == nil {
		t.Fatalf("Tessalit: source %q, want gazetteer", tessalit.Source)
	}
	// GeoNames: 20.20126 N, 1.01186 E.
	if d := geo.Distance(tessalit.Point, orb.Point{1.01186, 20.20126}); d > 10 {
		t.Errorf("Tessalit is %.0f m from its GeoNames position, want < 10 m", d)
	}
	// A town known by a point has the disc of its extent as its region:
	// GeoNames gives Tessalit no population, so the smallest, 2 km.
	if r := tessalit.Region; r == nil || !r.Contains(tessalit.Point) || math.Abs(r.AreaKm2-math.Pi*4) > 0.1 {
		t.Errorf("Tessalit's region = %+v, want a 2 km disc around it", r)
	}

	tala := placeNamed(t, res, "Talahandak")
	if tala.Source != SourceDerived || tala.Region == nil {
		t.Fatalf("Talahandak: source %q, region %v; want derived with a region", tala.Source, tala.Region != nil)
	}
	if tala.Status != StatusLocated {
		t.Errorf("Talahandak status %q, want located", tala.Status)
	}
	d, az, _ := geo.Inverse(tessalit.Point, tala.Point)
	if km := d / 1000; km < 72 || km > 88 {
		t.Errorf("Talahandak is %.1f km from Tessalit, want 80 km within the stated tolerance", km)
	}
	if math.Abs(geo.AngleDiff(az, 90)) > 22.5 {
		t.Errorf("Talahandak lies at azimuth %.1f° from Tessalit, want east (90° ± 22.5°)", az)
	}
	// 80 km due east is only about 11 km from the border: the engine must
	// find the azimuths (about 95 to 101 degrees) where both hold.
	if az < 92 || az > 104 {
		t.Errorf("Talahandak azimuth from Tessalit %.1f°, want about 95° to 101°", az)
	}
	border := placeNamed(t, res, "Mali–Algeria border")
	line, ok := border.Geometry.(orb.MultiLineString)
	if !ok || len(line) == 0 {
		t.Fatalf("border geometry %T, want a MultiLineString", border.Geometry)
	}
	if bd, _ := geo.DistanceToLine(tala.Point, line); bd/1000 < 17 || bd/1000 > 23 {
		t.Errorf("Talahandak is %.1f km from the Mali–Algeria border, want 20 km within tolerance", bd/1000)
	}
	if !tala.Region.Contains(tala.Point) {
		t.Errorf("Talahandak's point %v lies outside its own region", tala.Point)
	}

	wadi := placeNamed(t, res, "Ourdjane")
	if wadi.Source != SourceDerived || wadi.Region == nil {
		t.Fatalf("Ourdjane: source %q, want derived with a region", wadi.Source)
	}
	d, az, _ = geo.Inverse(tala.Point, wadi.Point)
	if km := d / 1000; km < 1.5 || km > 5.5 {
		t.Errorf("Ourdjane is %.2f km from Talahandak, want 2 to 5 km", km)
	}
	if math.Abs(geo.AngleDiff(az, 180)) > 30 {
		t.Errorf("Ourdjane lies at azimuth %.1f° from Talahandak, want south", az)
	}
	// The chain carries Talahandak's uncertainty: the wadi's region is far
	// larger than a 2-5 km annulus sector around one known point (~15 km²).
	if wadi.Region.AreaKm2 < 2*tala.Region.AreaKm2/3 {
		t.Errorf("Ourdjane's region is %.1f km², Talahandak's %.1f km²: the chain lost Talahandak's uncertainty", wadi.Region.AreaKm2, tala.Region.AreaKm2)
	}

	mali := placeNamed(t, res, "Mali")
	if mali.Feature != "country" || mali.Country != "ML" {
		t.Errorf("Mali: feature %q country %q, want country ML", mali.Feature, mali.Country)
	}
	if p := placeNamed(t, res, "Kidal Region"); p.Source != SourceGazetteer || !p.HasPoint {
		t.Errorf("Kidal Region: source %q, has point %v", p.Source, p.HasPoint)
	}
	if p := placeNamed(t, res, "the area around Tessalit"); p.Region == nil {
		t.Errorf("the area around Tessalit has no region")
	}

	for _, c := range res.Checks {
		if !c.Satisfied {
			t.Errorf("check %s %q on %s fails by %.2f km", c.ID, c.Phrase, c.Subject.Name, c.ResidualKm)
		}
	}
	want := map[string]bool{"distance Ourdjane": false, "distance Talahandak": false, "border-distance Talahandak": false}
	for _, c := range res.Checks {
		k := c.Relation + " " + c.Subject.Name
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, seen := range want {
		if !seen {
			t.Errorf("no %s check", k)
		}
	}
}

func BenchmarkResolveSeed(b *testing.B) {
	doc := readFile(b, seedPath)
	r := New(openTestDB(b), Options{})
	ctx := b.Context()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolveCase(b *testing.B) {
	doc := "Fighting was reported in Idmertin, which is 110 kilometres southeast of Bouza and 120 kilometres northwest of Batsari."
	r := New(openTestDB(b), Options{})
	ctx := b.Context()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Resolve(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolveManyNames resolves a document naming the 400 most
// populous places of the gazetteer, many of them names shared around the
// world: the cost of ranking candidates by nearness grows with the square
// of the names.
func BenchmarkResolveManyNames(b *testing.B) {
	db := openTestDB(b)
	places, err := db.Within(b.Context(), orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}, 400)
	if err != nil {
		b.Fatal(err)
	}
	var doc strings.Builder
	for i := 0; i+1 < len(places); i += 2 {
		fmt.Fprintf(&doc, "The convoy left %s and reached %s at dawn. ", places[i].ASCIIName, places[i+1].ASCIIName)
	}
	r := New(db, Options{})
	b.ResetTimer()
	for b.Loop() {
		if _, err := r.Resolve(b.Context(), doc.String()); err != nil {
			b.Fatal(err)
		}
	}
}
