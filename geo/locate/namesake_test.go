package locate

import (
	"context"
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// analyseFake resolves doc against the fake gazetteer of testdata/gazetteer.
func analyseFake(t *testing.T, doc string) *Result {
	t.Helper()
	res, err := New(newFakeGazetteer(t), Options{}).Analyse(context.Background(), doc)
	if err != nil {
		t.Fatalf("Analyse(%q): %v", doc, err)
	}
	return res
}

// TestNamesakes checks which namesake of an anchor is taken: the one in
// the division or country the text names, or the one that fits the other
// places of the document.
func TestNamesakes(t *testing.T) {
	tests := []struct {
		name, doc, anchor, wantCountry, wantAdmin1 string
	}{
		{"division names the country", "Zorbatin is 40 km east of Hyderabad, Sindh.", "Hyderabad", "PK", "05"},
		{"division of the other one", "Zorbatin is 40 km east of Hyderabad, Telangana.", "Hyderabad", "IN", "40"},
		{"no container: the most populous", "Zorbatin is 40 km east of Hyderabad.", "Hyderabad", "IN", "40"},
		{"no container: near the other places", "Zorbatin is 40 km east of Hyderabad and 160 km north-east of Karachi.", "Hyderabad", "PK", "05"},
		{"a country named anywhere", "Zorbatin, a village in Pakistan, is 40 km east of Hyderabad.", "Hyderabad", "PK", "05"},
		{"state, not a town called Nevada", "Bara is a mining camp 30 km north of Tonopah, Nevada.", "Tonopah", "US", "NV"},
		{"exonym in a French text", "Zorbatin se trouve à 30 km au sud de Pékin.", "Pékin", "CN", "22"},
		{"article form", "Zorbatin is 20 km south of Qamishli.", "Qamishli", "SY", "01"},
		{"article form with a hyphen", "Zorbatin is 20 km south of el-Qamishli.", "el-Qamishli", "SY", "01"},
		{"a seat of government is a capital", "Zorbatin is 28 km from La Paz.", "La Paz", "BO", "04"},
		{"a settlement word and an alternate name", "Zorbatin is 92 km south of Baicheng City.", "Baicheng City", "CN", "05"},
		{"no container: the most populous in the US", "Maidmer is 35 km southwest of Hawthorne.", "Hawthorne", "US", "CA"},
		{"a seat with no recorded population", "Linsamer is 25 km north of Bogoro.", "Bogoro", "NG", "46"},
		{"in the division the subject is in", "Maidmer is a ghost town in Nevada, 35 km southwest of Hawthorne.", "Hawthorne", "US", "NV"},
		{"a town spelt like a country", "Zorbatin is a town in Colombia, 17 km northeast of Armenia, the departmental capital.", "Armenia", "CO", "24"},
		{"a town spelt like a country, no country named", "Zorbatin lies 17 km northeast of the city of Armenia and 24 km southeast of Pereira.", "Armenia", "CO", "24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := analyseFake(t, tt.doc)
			p := placeNamed(t, res, tt.anchor)
			if p.Source != SourceGazetteer || p.Country != tt.wantCountry {
				t.Fatalf("%s: %s is %s in %q, want the gazetteer's in %s", tt.doc, tt.anchor, p.Source, p.Country, tt.wantCountry)
			}
			if p.Gazetteer == nil || p.Gazetteer.Admin1Code != tt.wantAdmin1 {
				t.Errorf("%s: %s in division %v, want %s", tt.doc, tt.anchor, p.Gazetteer, tt.wantAdmin1)
			}
		})
	}
}

// TestContainerIsNotATown checks that "X, Nevada" takes Nevada as the
// state: the place is a region, and the containment holds.
func TestContainerIsNotATown(t *testing.T) {
	res := analyseFake(t, "Bara is a mining camp 30 km north of Tonopah, Nevada.")
	nv := placeNamed(t, res, "Nevada")
	if nv.Feature != "region" || nv.Country != "US" {
		t.Errorf("Nevada is a %q in %q, want a region in US", nv.Feature, nv.Country)
	}
	for _, c := range res.Checks {
		// The fake's divisions have no hull: the check is unmeasured,
		// never measured from a town called Nevada.
		if c.Relation == "in" && c.Subject.Name == "Tonopah" && c.Verdict() != VerdictNotMeasured && (!c.Satisfied || c.MeasuredKm > 0) {
			t.Errorf("Tonopah in Nevada measured %.0f km, satisfied %v", c.MeasuredKm, c.Satisfied)
		}
	}
}

// TestDivisionNamesake checks that a division named in two countries is
// the one that holds the place the text puts in it, and that a division
// with no town of its name is found when only a country contains it.
func TestDivisionNamesake(t *testing.T) {
	tests := []struct{ doc, country string }{
		{"Rakhni is a village 35 km west of Multan, Punjab.", "PK"},
		{"Rakhni is a village 30 km west of Ludhiana, Punjab.", "IN"},
		{"Rakhni Kalan is a village 35 km west of Multan in Punjab, Pakistan.", "PK"},
	}
	for _, tt := range tests {
		res := analyseFake(t, tt.doc)
		p := placeNamed(t, res, "Punjab")
		if p.Feature != "region" || p.Country != tt.country {
			t.Errorf("%s: Punjab is a %q in %q, want a region in %s", tt.doc, p.Feature, p.Country, tt.country)
		}
		for _, c := range res.Checks {
			if c.Verdict() == VerdictContradicted {
				t.Errorf("%s: %q contradicted (%s)", tt.doc, c.Phrase, c.Note)
			}
		}
	}
}

// TestInTownIsBounded checks that containment in a town is a bounded
// check: a place 2,000 km from the town it is said to be in fails it.
func TestInTownIsBounded(t *testing.T) {
	res := analyseFake(t, "Bara is 10 km north of Reno, Cairo.")
	for _, c := range res.Checks {
		if c.Relation != "in" || c.Subject.Name != "Reno" {
			continue
		}
		if math.IsInf(c.Allowed.MaxKm, 1) {
			t.Errorf("in a town allows %v km, want a bound", c.Allowed.MaxKm)
		}
		if c.Satisfied && c.MeasuredKm > 100 {
			t.Errorf("Reno in Cairo holds at %.0f km", c.MeasuredKm)
		}
	}
}

// TestSingleDistanceAtStatedDistance checks the calibration: a place given
// by one distance and direction from one anchor sits at that distance, not
// short of it.
func TestSingleDistanceAtStatedDistance(t *testing.T) {
	tests := []struct {
		doc, subject, anchor string
		km                   float64
	}{
		{"Zorbatin is 60 km east of Karachi.", "Zorbatin", "Karachi", 60},
		{"Zorbatin is 12 miles north of Sukkur.", "Zorbatin", "Sukkur", 12 * 1.609344},
		{"Zorbatin lies about 150 km south-west of Beijing.", "Zorbatin", "Beijing", 150},
	}
	for _, tt := range tests {
		res := analyseFake(t, tt.doc)
		p, a := placeNamed(t, res, tt.subject), placeNamed(t, res, tt.anchor)
		if !p.HasPoint || !a.HasPoint {
			t.Fatalf("%s: %s or %s has no point", tt.doc, tt.subject, tt.anchor)
		}
		if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-tt.km) > 0.005*tt.km {
			t.Errorf("%s: %s is %.2f km from %s, want %.2f", tt.doc, tt.subject, d, tt.anchor, tt.km)
		}
	}
}

// TestOpenChoice checks that a namesake chosen by a narrow margin says so
// and keeps the runner-up as a second candidate, and that a clear choice
// does not.
func TestOpenChoice(t *testing.T) {
	res := analyseFake(t, "Zorbatin is 40 km east of Hyderabad.")
	h := placeNamed(t, res, "Hyderabad")
	if h.Note == "" || h.Region == nil || len(h.Region.Candidates) != 2 {
		t.Fatalf("Hyderabad alone: note %q, region %v; want a note and two candidates", h.Note, h.Region)
	}
	if c := h.Region.Candidates; c[0].Weight <= c[1].Weight || c[1].Point[0] > 70 {
		t.Errorf("candidates %+v, want India's first and Pakistan's second", c)
	}
	res = analyseFake(t, "Zorbatin is 40 km east of Hyderabad, Sindh.")
	if h := placeNamed(t, res, "Hyderabad"); h.Note != "" || len(h.Region.Candidates) != 1 {
		t.Errorf("Hyderabad, Sindh: note %q, %d candidates; want no note and one", h.Note, len(h.Region.Candidates))
	}
}

func TestOwnNameWithArticle(t *testing.T) {
	c := gazetteer.Place{Name: "Al Qāmishlī", ASCIIName: "Al Qamishli"}
	for _, n := range []string{"Qamishli", "al-Qamishli", "el-Qamishli", "Al Qāmishlī"} {
		if !ownName(gazetteer.Fold(n), c) {
			t.Errorf("ownName(%q, %s) = false, want true", n, c.Name)
		}
	}
	for _, n := range []string{"Kamechliye", "Qamish", "Al"} {
		if ownName(gazetteer.Fold(n), c) {
			t.Errorf("ownName(%q, %s) = true, want false", n, c.Name)
		}
	}
}

func TestWithoutSettlementWord(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Gaza City", "Gaza", true},
		{"Baicheng City", "Baicheng", true},
		{"Peace River Town", "Peace River", true},
		{"City", "", false},
		{"Cityville", "", false},
		{"Kidal", "", false},
		{"Djibouti-ville", "Djibouti", true},
		{"Koweït ville", "Koweït", true},
		{"Sainte-Marie-Ville", "", false},
		{"Kansas-City", "", false},
	} {
		got, ok := withoutSettlementWord(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("withoutSettlementWord(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestUnreconciledAnchorIsDropped checks that an anchor whose only
// namesake lies farther from the place's other anchor than the text puts
// the place from both is given up, not used for a compromise between
// continents: "the Ganges" is no town in Canada when the place is 20 km
// from Patna.
func TestUnreconciledAnchorIsDropped(t *testing.T) {
	res := analyseFake(t, "Sindari lies on the banks of the Ganges, 20 km downstream of Patna.")
	if g := placeNamed(t, res, "Ganges"); g.Source == SourceGazetteer {
		t.Errorf("Ganges is the gazetteer's %s in %s, want it given up", g.Name, g.Country)
	}
	s, p := placeNamed(t, res, "Sindari"), placeNamed(t, res, "Patna")
	if !s.HasPoint || geo.Distance(s.Point, p.Point) > 40e3 {
		t.Fatalf("Sindari at %v, want within 40 km of Patna", s.Point)
	}
	for _, c := range res.Checks {
		if c.Verdict() == VerdictContradicted {
			t.Errorf("%q contradicted: %s", c.Phrase, c.Note)
		}
	}
}

// TestTownshipOutsideItsCounty checks that a township the gazetteer does
// not hold is not taken for a town of its bare name outside the county
// the text puts it in: Salem, Ohio lies in another county, 110 km away,
// and would pull the community off its stated distance.
func TestTownshipOutsideItsCounty(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Brenton is an unincorporated community in Salem Township, Monroe County, Ohio, United States. It lies at the intersection of State Routes 7 and 536, 8 miles (13 km) northeast of Woodsfield.")
	if st := placeNamed(t, res, "Salem Township"); st.Source == SourceGazetteer {
		t.Errorf("Salem Township is the gazetteer's %s (%s), want it unresolved", st.Name, st.Country)
	}
	b, w := placeNamed(t, res, "Brenton"), placeNamed(t, res, "Woodsfield")
	if d := geo.Distance(b.Point, w.Point) / 1000; !b.HasPoint || math.Abs(d-13) > 2 {
		t.Errorf("Brenton %.1f km from Woodsfield, want 13 ± 2 km", d)
	}
	for _, c := range res.Checks {
		if c.Verdict() == VerdictContradicted {
			t.Errorf("%q contradicted: %s", c.Phrase, c.Note)
		}
	}
}

// TestRiverIsNoTown checks that the object of "on the bank of" is a river,
// not the town that bears its name 1,000 km away: the place stays where
// its other anchor puts it and nothing is contradicted.
func TestRiverIsNoTown(t *testing.T) {
	for _, doc := range []string{
		"Krasnoye is a village situated 40 km north of Volgograd on the left bank of the Volga.",
		"Krasnoïe est un village situé sur la rive gauche de la Volga, à 40 km au nord de Volgograd.",
	} {
		res := analyseFake(t, doc)
		if v := placeNamed(t, res, "Volga"); v.Source == SourceGazetteer {
			t.Errorf("%s: the Volga is the gazetteer's town in %s", doc, v.Country)
		}
		for _, c := range res.Checks {
			if c.Verdict() == VerdictContradicted {
				t.Errorf("%s: %q contradicted: %s", doc, c.Phrase, c.Note)
			}
		}
	}
}

// TestDemonymNamesake checks that a demonym before a kind of place ("a
// Palestinian town") chooses the namesake in its country, as a country
// named in the text would: without it the larger Bethlehem, in South
// Africa, is taken.
func TestDemonymNamesake(t *testing.T) {
	tests := []struct{ doc, want string }{
		{"Zorbat is a Palestinian town 2 km east of Bethlehem.", "PS"},
		{"Zorbat is a town in Palestine, 2 km east of Bethlehem.", "PS"},
		{"Zorbat is a town 2 km east of Bethlehem.", "ZA"},
		// A language in brackets says nothing of the country.
		{"Zorbat (Palestinian Arabic: زربات) is a town 2 km east of Bethlehem.", "ZA"},
	}
	for _, tt := range tests {
		res := analyseFake(t, tt.doc)
		if p := placeNamed(t, res, "Bethlehem"); p.Source != SourceGazetteer || p.Country != tt.want {
			t.Errorf("%s: Bethlehem is %s in %q, want the gazetteer's in %s", tt.doc, p.Source, p.Country, tt.want)
		}
	}
}

// TestInDivisionBySeat checks that a division the gazetteer knows only by
// its seat ("in the Cercle of Bandiagara") allows InDivisionKm from the
// seat, wider than a town's commune, so that a stated distance of 56 km
// holds at face value instead of being pulled short.
func TestInDivisionBySeat(t *testing.T) {
	res := analyseFake(t, "Zorbat is a village in the Cercle of Bandiagara, 56 km north of Bandiagara.")
	p, a := placeNamed(t, res, "Zorbat"), placeNamed(t, res, "Bandiagara")
	if !p.HasPoint || !a.HasPoint {
		t.Fatalf("Zorbat or Bandiagara has no point")
	}
	if d := geo.Distance(a.Point, p.Point) / 1000; math.Abs(d-56) > 0.1*56 {
		t.Errorf("Zorbat is %.1f km from Bandiagara, want 56 km ± 10%%", d)
	}
	for _, c := range res.Checks {
		if c.Relation == "in" && c.Subject.Name == "Zorbat" && c.Allowed.MaxKm != DefaultVagueness().InDivisionKm {
			t.Errorf("in the Cercle of Bandiagara allows %v km, want %v", c.Allowed.MaxKm, DefaultVagueness().InDivisionKm)
		}
	}
}

// TestDivisionBoundsADirection checks that a place given only a direction
// from a town and a division it lies in is placed inside the division
// (within its check's slack), while a direction alone, or a division
// alone, still places nothing.
func TestDivisionBoundsADirection(t *testing.T) {
	res := analyseFake(t, "Zorbat is a village in Normandy, west of Rouen.")
	p := placeNamed(t, res, "Zorbat")
	if !p.HasPoint {
		t.Fatalf("Zorbat: %s, %q; want placed in Normandy west of Rouen", p.Status, p.Note)
	}
	for _, c := range res.Checks {
		if c.Subject.Name == "Zorbat" && !c.Satisfied {
			t.Errorf("Zorbat: %s %q fails", c.Relation, c.Phrase)
		}
	}
	for _, doc := range []string{"Zorbat is a village west of Rouen.", "Zorbat is a village in Normandy."} {
		if p := placeNamed(t, analyseFake(t, doc), "Zorbat"); p.HasPoint {
			t.Errorf("%s: Zorbat placed at %v, want unplaced", doc, p.Point)
		}
	}
}
