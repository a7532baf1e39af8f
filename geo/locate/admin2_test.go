package locate

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// inCheck returns the containment check of subject, failing the test when
// there is none.
func inCheck(t *testing.T, res *Result, subject string) *Check {
	t.Helper()
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Subject.Name == subject {
			return c
		}
	}
	t.Fatalf("no containment check of %s", subject)
	return nil
}

// TestAdmin2Container checks that a second-level division the text uses as
// a container is found, placed at its seat and measured to the hull of its
// known places, and that a first-level division of the same name wins.
func TestAdmin2Container(t *testing.T) {
	tests := []struct {
		name, doc, division, country string
		at                           orb.Point // its seat
		subject                      string    // the place the text puts in it
		verdict                      Verdict
	}{
		{"a département after a town", "Bara is 12 km north-east of Vire, Calvados.", "Calvados", "FR",
			orb.Point{-0.35912, 49.18585}, "Vire", VerdictHolds},
		{"a district with its kind word", "Dhanowali is a village in Jalandhar district, 10 km west of Phillaur.", "Jalandhar", "IN",
			orb.Point{75.57917, 31.32556}, "Dhanowali", VerdictHolds},
		{"a cercle whose towns have no admin2 code", "Kani is a village in Bankass Cercle, 10 km east of Bandiagara.", "Bankass Cercle", "ML",
			orb.Point{-3.51594, 14.0775}, "Kani", VerdictNotMeasured},
		{"the state, not Nevada County", "Bara is a mining camp 30 km north of Tonopah, Nevada.", "Nevada", "US",
			orb.Point{-119.8138, 39.52963}, "Tonopah", VerdictNotMeasured},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyseFake(t, tt.doc)
			d := placeNamed(t, res, tt.division)
			if d.Feature != "region" || d.Source != SourceGazetteer || d.Country != tt.country {
				t.Fatalf("%s: %s is a %q (%s) in %q, want a gazetteer region in %s", tt.doc, tt.division, d.Feature, d.Source, d.Country, tt.country)
			}
			if !d.HasPoint || geo.Distance(d.Point, tt.at) > 1 {
				t.Errorf("%s: %s at %v, want its seat %v", tt.doc, tt.division, d.Point, tt.at)
			}
			c := inCheck(t, res, tt.subject)
			if c.Verdict() != tt.verdict {
				t.Errorf("%s: %s in %s: %s (%s), want %s", tt.doc, tt.subject, tt.division, c.Verdict(), c.Note, tt.verdict)
			}
			if c.Verdict() == VerdictNotMeasured && !strings.Contains(c.Note, "fewer than 3") && !strings.Contains(c.Note, "carries the code") {
				t.Errorf("%s: unmeasured %s in %s says %q, want that it has too few places", tt.doc, tt.subject, tt.division, c.Note)
			}
		})
	}
}

// TestAdmin2Namesake checks that the namesake in the second-level division
// the text names wins over a larger one in the same first-level division.
func TestAdmin2Namesake(t *testing.T) {
	tests := []struct {
		name, doc string
		want      int64
	}{
		{"in Calvados", "Tourgéville is 3 km south of Saint-Arnoult, Calvados.", 2981635},
		{"no division: the larger one", "Tourgéville is 3 km south of Saint-Arnoult.", 2981634},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyseFake(t, tt.doc)
			p := placeNamed(t, res, "Saint-Arnoult")
			if p.Gazetteer == nil || p.Gazetteer.ID != tt.want {
				t.Errorf("%s: Saint-Arnoult is %v, want GeoNames %d", tt.doc, p.Gazetteer, tt.want)
			}
		})
	}
}

// TestAdmin2TownAnchor checks that a name the text uses both as a district
// and as the anchor of a distance stays the town: distances are measured
// from the town, not from its district.
func TestAdmin2TownAnchor(t *testing.T) {
	res := analyseFake(t, "Rakhni is a village in Jalandhar district, 15 km from Jalandhar.")
	j := placeNamed(t, res, "Jalandhar")
	if j.Feature == "region" || j.Gazetteer == nil || j.Gazetteer.ID != 1268782 {
		t.Fatalf("Jalandhar is a %q %v, want the town (1268782)", j.Feature, j.Gazetteer)
	}
	r := placeNamed(t, res, "Rakhni")
	if d := geo.Distance(r.Point, j.Point) / 1000; !r.HasPoint || d < 10 || d > 20 {
		t.Errorf("Rakhni lies %.1f km from Jalandhar, want about 15", d)
	}
}

// TestAdmin2Context checks that a division the text uses as a container
// puts its country and first-level division in the document's context: a
// town named later with no container is then taken there.
func TestAdmin2Context(t *testing.T) {
	tests := []struct{ doc, country string }{
		{"Rohri is a town in Sukkur District. Zorbatin is 40 km east of Hyderabad.", "PK"},
		{"Zorbatin is 40 km east of Hyderabad.", "IN"},
	}
	for _, tt := range tests {
		res := analyseFake(t, tt.doc)
		if p := placeNamed(t, res, "Hyderabad"); p.Country != tt.country {
			t.Errorf("%s: Hyderabad in %s, want %s", tt.doc, p.Country, tt.country)
		}
	}
}

// TestAdmin2Real resolves sentences against the real gazetteer: the
// division is found and the containment measured to its known places.
func TestAdmin2Real(t *testing.T) {
	tests := []struct {
		doc, division, subject string
		country                string
	}{
		{"Bara is 12 km north-east of Vire, Calvados.", "Calvados", "Vire", "FR"},
		{"Aguelmous is a market town in Khénifra Province, Morocco.", "Khénifra Province", "Aguelmous", "MA"},
		{"Wem is a market town 13 km north of Shrewsbury, Shropshire.", "Shropshire", "Shrewsbury", "GB"},
		{"Nakodar is a town in Jalandhar district, Punjab.", "Jalandhar", "Nakodar", "IN"},
	}
	for _, tt := range tests {
		t.Run(tt.division, func(t *testing.T) {
			res := analyse(t, tt.doc)
			d := placeNamed(t, res, tt.division)
			if d.Feature != "region" || d.Country != tt.country {
				t.Fatalf("%s: %s is a %q in %q, want a region in %s", tt.doc, tt.division, d.Feature, d.Country, tt.country)
			}
			if c := inCheck(t, res, tt.subject); c.Verdict() != VerdictHolds {
				t.Errorf("%s: %s in %s: %s %.1f km (%s), want it to hold", tt.doc, tt.subject, tt.division, c.Verdict(), c.MeasuredKm, c.Note)
			}
		})
	}
}

// TestAdmin2RealNamesake checks, on the real gazetteer, that a county
// named in several states is the one holding the town the text puts in it,
// and that the town is then the namesake in that county.
func TestAdmin2RealNamesake(t *testing.T) {
	res := analyse(t, "Hawthorne is a town in Mineral County in the US state of Nevada.")
	hawthorne := orb.Point{-118.62458, 38.52464} // Hawthorne, Nevada, seat of its Mineral County
	m := placeNamed(t, res, "Mineral County")
	if m.Feature != "region" || !m.HasPoint || geo.Distance(m.Point, hawthorne) > 1000 {
		t.Errorf("Mineral County is a %q at %v, want the region whose seat is Hawthorne, Nevada", m.Feature, m.Point)
	}
	h := placeNamed(t, res, "Hawthorne")
	if h.Gazetteer == nil || h.Gazetteer.Admin1Code != "NV" {
		t.Errorf("Hawthorne is %v, want the one in Nevada", h.Gazetteer)
	}
}

// TestAdmin2EnglishNames: a second-level division named as English names
// it, where GeoNames gives another form, is still a division: after its
// seat ("Łańcut County" for Powiat łańcucki), measured as a division
// inside its voivodeship; with a Slavic adjective written "-sky" ("Sudzhansky
// District" for Sudzhanskiy Rayon), known by name only, which no town is
// taken for and no place is derived for.
func TestAdmin2EnglishNames(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Zawadka Dolna is a village in the administrative district of Gmina Łańcut, within Łańcut County, Subcarpathian Voivodeship, in south-eastern Poland. It lies approximately 5 kilometres (3 mi) south-east of Łańcut and 19 km (12 mi) east of the regional capital Rzeszów.")
	d := placeNamed(t, res, "Łańcut County")
	if d.Feature != "region" || d.Source != SourceGazetteer || d.Country != "PL" || d.Geometry == nil {
		t.Fatalf("Łańcut County is a %q (%s) in %q with shape %v, want a gazetteer region of PL", d.Feature, d.Source, d.Country, d.Geometry != nil)
	}
	held := false
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Subject == d && c.Object.Name == "Subcarpathian Voivodeship" {
			held = c.Verdict() == VerdictHolds
		}
	}
	if !held {
		t.Errorf("Łańcut County in Subcarpathian Voivodeship: no check that holds")
	}
	res = analyse(t, "Kamenka is a rural locality (a selo) in Sudzhansky District, Kursk Oblast, Russia. It is located 12 km north-west of Sudzha.")
	if d := placeNamed(t, res, "Sudzhansky District"); d.Feature != "region" || d.Source != SourceGazetteer || d.Country != "RU" {
		t.Errorf("Sudzhansky District is a %q (%s) in %q, want a gazetteer region of RU", d.Feature, d.Source, d.Country)
	}
}
