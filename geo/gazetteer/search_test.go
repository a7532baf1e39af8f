package gazetteer

import (
	"context"
	"testing"

	"github.com/paulmach/orb"
)

const tessalitID = 2449893

func TestSearch(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		q       string
		opt     SearchOptions
		wantID  int64  // ID of the first result
		wantNm  string // Name of the first result
		country string // Country of the first result
	}{
		{"plain", "Tessalit", SearchOptions{}, tessalitID, "Tessalit", "ML"},
		{"lower case", "tessalit", SearchOptions{}, tessalitID, "Tessalit", "ML"},
		{"accented name, plain query", "Tenenkou", SearchOptions{}, 2449938, "Ténenkou", "ML"},
		{"accented name, accented query", "Ténenkou", SearchOptions{}, 2449938, "Ténenkou", "ML"},
		{"query without accents", "segou", SearchOptions{}, 2451478, "Ségou", "ML"},
		{"alternate name", "Tombouctou", SearchOptions{}, 2449067, "Timbuktu", "ML"},
		{"space for hyphen", "Richard Toll", SearchOptions{}, 2246544, "Richard-Toll", "SN"},
		{"hyphen", "Richard-Toll", SearchOptions{}, 2246544, "Richard-Toll", "SN"},
		{"prefix ranks by population", "Thessal", SearchOptions{}, 734077, "Thessaloníki", "GR"},
		{"prefix near Kidal", "Tessal", SearchOptions{Near: &orb.Point{1.40778, 18.44111}}, tessalitID, "Tessalit", "ML"},
		{"country filter", "Kidal", SearchOptions{Country: "ml"}, 2455290, "Kidal", "ML"},
		{"near Mali", "Koro", SearchOptions{Near: &orb.Point{-3.5, 14.5}}, 2454674, "Koro", "ML"},
		{"near Ivory Coast", "Koro", SearchOptions{Near: &orb.Point{-7.5, 8.5}}, 2286294, "Koro", "CI"},
	}
	for _, tt := range tests {
		got, err := testDB.Search(ctx, tt.q, tt.opt)
		if err != nil {
			t.Errorf("%s: Search(%q) error: %v", tt.name, tt.q, err)
			continue
		}
		if len(got) == 0 {
			t.Errorf("%s: Search(%q) found nothing, want %s", tt.name, tt.q, tt.wantNm)
			continue
		}
		if got[0].ID != tt.wantID || got[0].Name != tt.wantNm || got[0].Country != tt.country {
			t.Errorf("%s: Search(%q)[0] = %d %s %s, want %d %s %s", tt.name, tt.q,
				got[0].ID, got[0].Name, got[0].Country, tt.wantID, tt.wantNm, tt.country)
		}
		if tt.opt.Country != "" {
			for _, p := range got {
				if p.Country != "ML" {
					t.Errorf("%s: Search(%q, Country ml) returned %s in %s", tt.name, tt.q, p.Name, p.Country)
				}
			}
		}
	}
}

func TestSearchTessalit(t *testing.T) {
	got, err := testDB.Search(context.Background(), "Tessalit", SearchOptions{Limit: 1})
	if err != nil || len(got) != 1 {
		t.Fatalf("Search(Tessalit, Limit 1) = %v, %v; want one place", got, err)
	}
	p := got[0]
	if !approx(p.Point.Lat(), 20.20126, 1e-6) || !approx(p.Point.Lon(), 1.01186, 1e-6) {
		t.Errorf("Tessalit at %v, want [1.01186 20.20126]", p.Point)
	}
	if p.Class != "P" || p.Code != "PPLA2" || p.Country != "ML" || p.Admin1Code != "10" || p.Admin1 != "Kidal" {
		t.Errorf("Tessalit = %s %s %s %s %q, want P PPLA2 ML 10 \"Kidal\"", p.Class, p.Code, p.Country, p.Admin1Code, p.Admin1)
	}
	if p.AltNames != nil {
		t.Errorf("Search filled AltNames = %v, want nil", p.AltNames)
	}
}

func TestSearchLimitAndOrder(t *testing.T) {
	got, err := testDB.Search(context.Background(), "san", SearchOptions{Limit: 25})
	if err != nil {
		t.Fatalf("Search(san) error: %v", err)
	}
	if len(got) != 25 {
		t.Errorf("Search(san, Limit 25) returned %d places, want 25", len(got))
	}
	def, err := testDB.Search(context.Background(), "san", SearchOptions{})
	if err != nil || len(def) != 10 {
		t.Errorf("Search(san) returned %d places (err %v), want the default 10", len(def), err)
	}
}

func TestSearchHostileInput(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		q     string
		empty bool // the query has no word, so no result is right
	}{
		{"sql injection", `"a" OR 1=1 --`, false},
		{"drop table", `'; DROP TABLE place; --`, false},
		{"star", "*", true},
		{"near operator", "NEAR(", false},
		{"single quote", "'", true},
		{"double quote", `"`, true},
		{"fts column filter", "names:tessalit", false},
		{"fts negation", "-tessalit", false},
		{"fts prefix", "tess*", false},
		{"unbalanced phrase", `"tessalit`, false},
		{"nul byte", "tess\x00alit", false},
		{"percent", "%", true},
		{"long", string(make([]byte, 10000)), true},
	}
	for _, tt := range tests {
		got, err := testDB.Search(ctx, tt.q, SearchOptions{})
		if err != nil {
			t.Errorf("%s: Search(%q) error: %v, want none", tt.name, tt.q, err)
		}
		if tt.empty && len(got) != 0 {
			t.Errorf("%s: Search(%q) = %d places, want none", tt.name, tt.q, len(got))
		}
	}
	// The database is unharmed.
	if _, err := testDB.Lookup(ctx, tessalitID); err != nil {
		t.Errorf("Lookup(Tessalit) after hostile queries: %v", err)
	}
	// Operators are plain words: "tess*" is the word tess as a prefix.
	got, _ := testDB.Search(ctx, "tess*", SearchOptions{Country: "ML"})
	if len(got) == 0 || got[0].ID != tessalitID {
		t.Errorf("Search(tess*, ML) = %v, want Tessalit first", got)
	}
}

func TestLookup(t *testing.T) {
	p, err := testDB.Lookup(context.Background(), tessalitID)
	if err != nil {
		t.Fatalf("Lookup(%d) error: %v", tessalitID, err)
	}
	if p.Name != "Tessalit" || p.Admin1 != "Kidal" {
		t.Errorf("Lookup(%d) = %s in %q, want Tessalit in \"Kidal\"", tessalitID, p.Name, p.Admin1)
	}
	if len(p.AltNames) == 0 {
		t.Errorf("Lookup(%d).AltNames is empty, want the GeoNames alternate names", tessalitID)
	}
}

func TestWithin(t *testing.T) {
	b := orb.Bound{Min: orb.Point{0.9, 20.1}, Max: orb.Point{1.1, 20.3}}
	got, err := testDB.Within(context.Background(), b, 0)
	if err != nil {
		t.Fatalf("Within(%v) error: %v", b, err)
	}
	found := false
	for _, p := range got {
		if !b.Contains(p.Point) {
			t.Errorf("Within(%v) returned %s at %v, outside", b, p.Name, p.Point)
		}
		found = found || p.ID == tessalitID
	}
	if !found {
		t.Errorf("Within(%v) = %d places without Tessalit", b, len(got))
	}
	big := orb.Bound{Min: orb.Point{-10, 10}, Max: orb.Point{5, 25}}
	got, err = testDB.Within(context.Background(), big, 3)
	if err != nil || len(got) != 3 {
		t.Fatalf("Within(Mali, 3) = %d places, %v; want 3", len(got), err)
	}
	if got[0].Population < got[1].Population || got[1].Population < got[2].Population {
		t.Errorf("Within(Mali, 3) populations %d, %d, %d, want descending", got[0].Population, got[1].Population, got[2].Population)
	}
}

func TestSearchExact(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		q    string
		want int // results expected at least; 0 means none
	}{
		{"Zag", 1},        // Zag, Morocco; never Zagreb
		{"Tombouctou", 1}, // an alternate name of Timbuktu
		{"Zagr", 0},       // a prefix only
	}
	for _, tt := range tests {
		got, err := testDB.Search(ctx, tt.q, SearchOptions{Exact: true, Limit: 50})
		if err != nil {
			t.Fatalf("Search(%q, Exact) error: %v", tt.q, err)
		}
		if tt.want == 0 && len(got) > 0 || len(got) < tt.want {
			t.Errorf("Search(%q, Exact) = %d places, want at least %d and none only when 0", tt.q, len(got), tt.want)
		}
		for _, p := range got {
			if p.Name == "Zagreb" {
				t.Errorf("Search(%q, Exact) returned Zagreb, a prefix match", tt.q)
			}
		}
	}
}
