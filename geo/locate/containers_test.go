package locate

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// TestNearbyLists: a list none of whose members the text gives a sign of
// a place is one of places when every member names a town near the
// document's anchors or in a division it names; a list of persons or
// teams stays unmapped.
func TestNearbyLists(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"Ballinacree is a townland in County Kilkenny, about 15 km south of Kilkenny. The parish takes in both Thomastown and Bennettsbridge, and it lies close to neighbouring Callan and Gowran.",
			map[string]string{"Thomastown": "IE", "Bennettsbridge": "IE", "Callan": "IE", "Gowran": "IE"}, nil},
		{"Fond-des-Blancs-Nord est une localité du département du Sud, en Haïti, à 25 km au nord-est des Cayes. Les marchés de Camp-Perrin, de Torbeck et d'Aquin approvisionnent la zone.",
			map[string]string{"Camp-Perrin": "HT", "Torbeck": "HT", "Aquin": "HT"}, nil},
		{"Ambohibary-Sud est un village de la région du Vakinankaratra, à 20 km au sud d'Antsirabe. Les marchés d'Ambatolampy, de Betafo et de Faratsiho attirent ses habitants.",
			map[string]string{"Ambatolampy": "MG", "Betafo": "MG", "Faratsiho": "MG"}, nil},
		{"Casale Vecchio is a frazione in the province of Perugia, 20 km north of Perugia. Buses run from the village to three towns: Umbertide; Gubbio; and Città di Castello.",
			map[string]string{"Umbertide": "IT", "Gubbio": "IT", "Città di Castello": "IT"}, nil},
		{"Kinzau-Nord est une localité de la province du Kongo-Central, à 40 km au nord-est de Matadi. Les camions de la Régie des voies routières relient Boma, Moanda et Mbanza-Ngungu.",
			map[string]string{"Boma": "CD", "Moanda": "CD", "Mbanza-Ngungu": "CD"}, []string{"Régie"}},
		{"Kalapur is a village in the Raigad district of Maharashtra, located 20 km south of Panvel. Between June and September the India Meteorological Department issues flood warnings for Pen, Alibag, and Khopoli.",
			map[string]string{"Pen": "IN", "Alibag": "IN", "Khopoli": "IN"}, []string{"June", "September"}},
		{"Oak Prairie lies 20 km north of Springfield, Illinois. The hamlet was founded by Smith, Jones and Brown, who farmed corn and wheat.",
			nil, []string{"Smith", "Jones", "Brown"}},
		{"Ballinacree is a townland about 15 km south of Kilkenny. The parish priests were Murphy, Kelly and Walsh, and the pub was run by Brennan and Doyle.",
			nil, []string{"Murphy", "Kelly", "Walsh", "Brennan", "Doyle"}},
		{"Rochefeuille est un village à 15 km au sud de Namur. Les familles Dubois, Lambert et Martin y possèdent des fermes, tout comme Simon et Laurent.",
			nil, []string{"Dubois", "Lambert", "Martin", "Simon", "Laurent"}},
	})
}

// TestCountyContainers: "X County, State" is that state's county, not the
// state whose seat bears X's name; a namesake in a county the document
// names wins a near tie with one elsewhere in the state; and a division
// that strays far from the document's places gives way to the town the
// text measures from.
func TestCountyContainers(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, name string
		at        orb.Point // where the right namesake lies
	}{
		{"Silver Creek Station is a former stagecoach stop in Madison County, Kentucky, 15 km south of Richmond. The county's other town is Berea.",
			"Richmond", orb.Point{-84.295, 37.748}},
		{"Oak Prairie is an unincorporated community in Sangamon County, 18 miles north-west of Springfield. Its children attend schools in Chatham, Sherman and Pleasant Plains.",
			"Chatham", orb.Point{-89.705, 39.676}},
		// A division far from every other place gives way to the town
		// of its name that the text measures from.
		{"El Cortijo Blanco lies in the province of Granada, 25 km east of Granada, on the road between Granada and Guadix. Its olives are pressed in Baza, Loja and Motril.",
			"Granada", orb.Point{-3.607, 37.188}},
		// So does a county chosen among namesakes abroad: Trinidad is
		// no municipality of Honduras here.
		{"Bamboo Village is a community in southern Trinidad, 12 km east of San Fernando. Many oil workers live in Point Fortin, Princes Town and Penal.",
			"Bamboo Village", orb.Point{-61.359, 10.280}},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.name)
		if !p.HasPoint || geo.Distance(p.Point, tt.at) > 20000 {
			t.Errorf("%s: %s at %v, want near %v", tt.doc, tt.name, p.Point, tt.at)
		}
	}
	checkMapped(t, false, []mappedCase{
		{"Residents of Cobble Landing, 40 km north-west of Victoria, British Columbia, commute to Duncan and Langford.",
			map[string]string{"Duncan": "CA", "Langford": "CA"}, nil},
	})
}

// TestContainerCases reads the texts of testdata/containers/cases.tsv:
// anchors qualified by their container ("Victoria, British Columbia",
// « Saint-Flour (Cantal) »), namesakes the rest of the document chooses
// (San Fernando in Trinidad, Hamilton in New Zealand, Victoria in Texas),
// and lists of places in every form, some mixed with months and agencies.
// Each located place must lie within 15% of its stated distance from the
// right namesake and within 25 degrees of its bearing, every listed place
// within 40 km of the right namesake, and no non-place on the map.
func TestContainerCases(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	b, err := os.ReadFile("testdata/containers/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("cases.tsv: %q: want 3 fields", line)
		}
		n++
		id, doc := f[0], f[1]
		res := analyse(t, doc)
		named := func(name string) []*Place {
			var out []*Place
			for _, p := range res.Places {
				if strings.EqualFold(p.Name, name) {
					out = append(out, p)
					continue
				}
				for _, sp := range p.Mentions {
					if strings.EqualFold(doc[sp.Start:sp.End], name) {
						out = append(out, p)
						break
					}
				}
			}
			return out
		}
		for _, e := range strings.Split(f[2], " ; ") {
			kind, rest, _ := strings.Cut(e, " ")
			parts := strings.Split(rest, "|")
			if kind == "N" {
				for _, p := range named(parts[0]) {
					if p.HasPoint || p.Geometry != nil {
						t.Errorf("%s: %s is mapped (%s)", id, parts[0], p.Country)
					}
				}
				continue
			}
			var lat, lon float64
			if _, err := fmt.Sscanf(parts[1], "%g,%g", &lat, &lon); err != nil {
				t.Fatalf("%s: %q: %v", id, e, err)
			}
			at := orb.Point{lon, lat}
			var pts []*Place
			for _, p := range named(parts[0]) {
				if p.HasPoint {
					pts = append(pts, p)
				}
			}
			if len(pts) == 0 {
				t.Errorf("%s: %s has no position", id, parts[0])
				continue
			}
			switch kind {
			case "M":
				if d := geo.Distance(pts[0].Point, at) / 1000; d > 40 {
					t.Errorf("%s: %s is %.0f km from the namesake meant", id, parts[0], d)
				}
			case "L":
				var km, deg float64
				fmt.Sscanf(parts[2], "%g", &km)
				fmt.Sscanf(parts[3], "%g", &deg)
				d := geo.Distance(at, pts[0].Point) / 1000
				az := geo.Azimuth(at, pts[0].Point)
				off := math.Abs(math.Mod(az-deg+540, 360) - 180)
				if math.Abs(d-km) > 0.15*km+1.5 || d > 2 && off > 25 {
					t.Errorf("%s: %s at %.1f km on %.0f°, want %g km on %g°", id, parts[0], d, az, km, deg)
				}
			}
		}
	}
	if n < 40 {
		t.Errorf("cases.tsv: %d cases, want at least 40", n)
	}
}
