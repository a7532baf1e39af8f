package gazetteer

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/locus-gis/locus/geo"
)

func TestAdmin2Key(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Département de Ouallam", "ouallam"},
		{"Ouallam Department", "ouallam"},
		{"Kiambu County", "kiambu"},
		{"Bankass Cercle", "bankass"},
		{"Province du Namentenga", "namentenga"},
		{"Département de la Ménoua", "menoua"},
		{"District of West Karachi", "west karachi"},
		{"Jalandhar district", "jalandhar"},
		{"Lagos Island Local Government Area", "lagos island"},
		{"Gwadabawa LGA", "gwadabawa"}, // the abbreviation Nigerian reports write
		{"Shahrestān-e Zanjān", "zanjan"},
		{"the Swat District", "swat"},
		{"La Paz", "la paz"},
		{"District", "district"},
		{"Calvados", "calvados"},
		{"Sudzhanskiy Rayon", "sudzhansky"},
		{"Sudzhansky District", "sudzhansky"},
		{"Alchevskyi Raion", "alchevsky"},
		{"Dovzhanskyy Rayon", "dovzhansky"},
		{"Powiat łańcucki", "lancucki"},
		{"Győri Járás", "gyori"},
		{"Ski", "ski"},
		{"Provincia di Siracusa", "siracusa"},
		{"Akçadağ İlçesi", "akcadag"},
		{"Sir Powys", "powys"},
		{"City and County of Swansea", "swansea"},
		{"City and Borough of Leeds", "leeds"},
		{"Caerphilly County Borough", "caerphilly"},
	}
	for _, tt := range tests {
		if got := admin2Key(tt.in); got != tt.want {
			t.Errorf("admin2Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestAdmin2Names: a division is found under the names English gives it
// where GeoNames gives another form: a Slavic adjective written "-sky"
// (RU, UA, BY), the seat's name with a kind word (PL), an Italian province
// with "di"; a bare seat's name finds no division.
func TestAdmin2Names(t *testing.T) {
	tests := []struct {
		in, country, want string // want: CC.A1.A2 of the first division, "" for none
	}{
		{"Sudzhansky District", "RU", "RU.41.486813"},
		{"Zhlobin District", "BY", ""},
		{"Zhlobinsky District", "BY", "BY.02.618803"},
		{"Łańcut County", "PL", "PL.80.1810"},
		{"Łańcut County", "", "PL.80.1810"},
		{"powiat łańcucki", "PL", "PL.80.1810"},
		{"Łańcut", "PL", ""},
		{"Province of Siracusa", "IT", "IT.15.SR"},
		{"Akçadağ District", "TR", "TR.44.8631672"},
	}
	for _, tt := range tests {
		got, err := testDB.Admin2(context.Background(), tt.in, tt.country)
		if err != nil && !errors.Is(err, ErrNotFound) {
			t.Fatalf("Admin2(%q, %q) error: %v", tt.in, tt.country, err)
		}
		code := ""
		if len(got) > 0 {
			code = got[0].Country + "." + got[0].Admin1Code + "." + got[0].Code
		}
		if code != tt.want {
			t.Errorf("Admin2(%q, %q) = %q, want %q", tt.in, tt.country, code, tt.want)
		}
	}
}

func TestAdmin2(t *testing.T) {
	tests := []struct {
		name, in, country string
		wantCode          string // CC.A1.A2 of the first division
		wantName          string
		wantSeat          string // its PPLA2, else the namesake town of its admin1
		wantPlaces        bool   // whether cities500 places carry its code
	}{
		{"plain", "Calvados", "FR", "FR.28.14", "Calvados", "Caen", true},
		{"any country", "calvados", "", "FR.28.14", "Calvados", "Caen", true},
		{"kind word as written", "Jalandhar district", "India", "IN.23.037", "Jalandhar", "Jalandhar", true},
		{"english kind word for a french name", "Ouallam Department", "NE", "NE.09.2440370", "Département de Ouallam", "Ouallam", false},
		{"kind word dropped", "Ouallam", "NE", "NE.09.2440370", "Département de Ouallam", "Ouallam", false},
		{"cercle", "Bankass Cercle", "ML", "ML.04.7701493", "Bankass Cercle", "Bankass", false},
		{"province", "Khénifra Province", "MA", "MA.05.301", "Khenifra", "Khenifra", true},
		{"district", "Swat District", "PK", "PK.03.1164211", "Swat", "Saidu Sharif", true},
		{"county", "Shropshire", "GB", "GB.ENG.L6", "Shropshire", "Shrewsbury", true},
		{"french name of an english one", "Haute-Corse", "FR", "FR.94.2B", "Upper Corsica", "Bastia", true},
		{"named after its seat", "Łańcut County", "PL", "PL.80.1810", "Powiat łańcucki", "Łańcut", true},
	}
	for _, tt := range tests {
		got, err := testDB.Admin2(context.Background(), tt.in, tt.country)
		if err != nil {
			t.Errorf("%s: Admin2(%q, %q) error: %v", tt.name, tt.in, tt.country, err)
			continue
		}
		a := got[0]
		if code := a.Country + "." + a.Admin1Code + "." + a.Code; code != tt.wantCode || a.Name != tt.wantName {
			t.Errorf("%s: Admin2(%q, %q)[0] = %s %q, want %s %q", tt.name, tt.in, tt.country, code, a.Name, tt.wantCode, tt.wantName)
			continue
		}
		if tt.wantSeat == "" && a.Seat != nil || tt.wantSeat != "" && (a.Seat == nil || a.Seat.Name != tt.wantSeat) {
			t.Errorf("%s: Admin2(%q).Seat = %v, want %q", tt.name, tt.in, a.Seat, tt.wantSeat)
		}
		if (a.Places > 0) != tt.wantPlaces {
			t.Errorf("%s: Admin2(%q).Places = %d, want places %v", tt.name, tt.in, a.Places, tt.wantPlaces)
		}
		if a.Point == nil {
			t.Errorf("%s: Admin2(%q).Point = nil, want a position", tt.name, tt.in)
		}
	}
}

// TestAdmin2Spellings checks every row of admin2Spellings: its key is as
// admin2Key folds a name, and its value finds a division.
func TestAdmin2Spellings(t *testing.T) {
	for k, v := range admin2Spellings {
		if admin2Key(k) != k {
			t.Errorf("admin2Spellings key %q is not an admin2 key (%q)", k, admin2Key(k))
		}
		if got, err := testDB.Admin2(context.Background(), k, ""); err != nil || len(got) == 0 {
			t.Errorf("admin2Spellings[%q] = %q finds no division: %v", k, v, err)
		}
	}
}

func TestAdmin2Extent(t *testing.T) {
	got, err := testDB.Admin2(context.Background(), "Calvados", "FR")
	if err != nil {
		t.Fatalf("Admin2(Calvados, FR) error: %v", err)
	}
	a := got[0]
	if a.Admin1Code != "28" || a.Admin1 != "Normandy" {
		t.Errorf("Calvados is in admin1 %s %q, want 28 Normandy", a.Admin1Code, a.Admin1)
	}
	if len(a.Hull) != 1 || len(a.Hull[0]) < 4 || a.Hull[0].Orientation() != orb.CCW {
		t.Fatalf("Calvados hull = %v, want a counter-clockwise ring", a.Hull)
	}
	// Caen and Vire are towns of Calvados; Rouen (Seine-Maritime) is not.
	for _, tt := range []struct {
		name string
		p    orb.Point
		in   bool
	}{
		{"Caen", orb.Point{-0.35912, 49.18585}, true},
		{"Vire", orb.Point{-0.88929, 48.83849}, true},
		{"Rouen", orb.Point{1.09932, 49.44313}, false},
	} {
		if in := planar.PolygonContains(a.Hull, tt.p) || onRing(a.Hull[0], tt.p); in != tt.in {
			t.Errorf("Calvados hull holds %s: %v, want %v", tt.name, in, tt.in)
		}
	}
	// Its position lies within the département, about 30 km from Caen.
	if d := geo.Distance(*a.Point, orb.Point{-0.35912, 49.18585}); d > 60e3 {
		t.Errorf("Calvados position %v is %.0f km from Caen, want under 60 km", *a.Point, d/1000)
	}
	vire, err := testDB.Named(context.Background(), "Vire")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range vire {
		found = found || p.Country == "FR" && p.Admin2Code == "14"
	}
	if !found {
		t.Errorf("Named(Vire) = %v, want a place with admin2 code 14 (Calvados)", vire)
	}
}

func TestAdmin2NotFound(t *testing.T) {
	for _, in := range []string{"Nowhereshire County", "", "  ", "District"} {
		if _, err := testDB.Admin2(context.Background(), in, ""); !errors.Is(err, ErrNotFound) {
			t.Errorf("Admin2(%q) error = %v, want ErrNotFound", in, err)
		}
	}
	if _, err := testDB.Admin2(context.Background(), "Calvados", "ML"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Admin2(Calvados, ML) error = %v, want ErrNotFound", err)
	}
}

func TestAdmin2Mini(t *testing.T) {
	db, err := open(filepath.Join(t.TempDir(), "g.sqlite"), "k", miniFS(t))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := metaValue(t, db, "admin2"); got != "2" {
		t.Errorf("admin2 rows = %q, want 2", got)
	}
	a, err := db.Admin2(context.Background(), "Alpha District", "")
	if err != nil || len(a) != 1 {
		t.Fatalf("Admin2(Alpha District) = %v, %v; want one division", a, err)
	}
	// Two places carry its code; no PPLA2 and no place named Alpha: no
	// seat, the mean of its places as position, no hull.
	if a[0].Places != 2 || a[0].Seat != nil || a[0].Point == nil || len(a[0].Hull) != 0 {
		t.Errorf("Alpha = %+v, want 2 places, no seat, a point, no hull", a[0])
	} else if want := (orb.Point{0.65, 0.35}); geo.Distance(*a[0].Point, want) > 1 {
		t.Errorf("Alpha point = %v, want %v", *a[0].Point, want)
	}
	// Star Town County: no place carries its code, but its admin1 holds
	// Star Town, its seat by name.
	b, err := db.Admin2(context.Background(), "Star Town", "XB")
	if err != nil || len(b) != 1 {
		t.Fatalf("Admin2(Star Town, XB) = %v, %v; want one division", b, err)
	}
	if b[0].Seat == nil || b[0].Seat.ID != 4 || b[0].Places != 0 {
		t.Errorf("Star Town County = %+v, want seat 4 and no places with its code", b[0])
	}
}

// TestAdmin2PolishCounties: English names a Polish county after its seat,
// GeoNames by an adjective; the stems of the two meet, with a kind word
// only.
func TestAdmin2PolishCounties(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kłodzko County", "Powiat kłodzki"},
		{"Piotrków County", "Powiat piotrkowski"},
		{"Leżajsk County", "Powiat leżajski"},
		{"Kłodzko", ""},
	}
	for _, tt := range tests {
		got, err := testDB.Admin2(context.Background(), tt.in, "PL")
		if tt.want == "" {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("Admin2(%q, PL) = %v, %v; want not found", tt.in, got, err)
			}
			continue
		}
		if err != nil || len(got) == 0 || got[0].Name != tt.want {
			t.Errorf("Admin2(%q, PL) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}

// TestAdmin2Regency: "Regency" is English for kabupaten, and GeoNames
// writes Indonesia's second-level divisions either way.
func TestAdmin2Regency(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bantul Regency", "Kabupaten Bantul"},
		{"Kabupaten Gresik", "Gresik Regency"},
		{"Gresik Regency", "Gresik Regency"},
	} {
		got, err := testDB.Admin2(context.Background(), tt.in, "ID")
		if err != nil || len(got) == 0 || got[0].Name != tt.want {
			t.Errorf("Admin2(%q, ID) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
}
