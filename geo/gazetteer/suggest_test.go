package gazetteer

import (
	"context"
	"strings"
	"testing"
)

func TestSuggestFirst(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		q       string
		code    string // feature code of the first result
		country string
		first   string // Name of the first result
	}{
		{"English name of a German city", "Cologne", "PPLA2", "DE", "Köln"},
		{"old name", "Bombay", "PPLA", "IN", "Mumbai"},
		{"capital before namesakes", "Paris", "PPLC", "FR", "Paris"},
		{"country by its own name", "Türkiye", "PCLI", "TR", "Türkiye"},
		{"country by its English name", "Turkey", "PCLI", "TR", "Türkiye"},
		{"country, lower case", "mali", "PCLI", "ML", "Mali"},
		{"province", "Sindh", "ADM1", "PK", "Sindh"},
		{"state before a small town", "Nevada", "ADM1", "US", "Nevada"},
		{"accents do not matter", "tenenkou", "PPLA2", "ML", "Ténenkou"},
		{"prefix ranks by importance", "Thessal", "PPLA", "GR", "Thessaloníki"},
		{"prefix of a megacity", "karac", "PPLA", "PK", "Karachi"},
		{"country by a prefix", "germ", "PCLI", "DE", "Germany"},
	}
	for _, tt := range tests {
		got, err := testDB.Suggest(ctx, tt.q, 10)
		if err != nil {
			t.Errorf("%s: Suggest(%q) error: %v", tt.name, tt.q, err)
			continue
		}
		if len(got) == 0 {
			t.Errorf("%s: Suggest(%q) found nothing, want %s", tt.name, tt.q, tt.first)
			continue
		}
		if g := got[0]; g.Name != tt.first || g.Code != tt.code || g.Country != tt.country {
			t.Errorf("%s: Suggest(%q)[0] = %s (%s, %s), want %s (%s, %s)", tt.name, tt.q,
				g.Name, g.Code, g.Country, tt.first, tt.code, tt.country)
		}
	}
}

// TestSuggestPrefix checks the two ways a prefix is answered (a precomputed
// list for a prefix that starts many names, a sorted range for one that
// starts few) against the definition: exact matches first, then matches of
// a main name, then of another name, each in rank order, without repeats,
// and none of the best main-name matches left out.
func TestSuggestPrefix(t *testing.T) {
	ctx := context.Background()
	count := func(query string, args ...any) int {
		var n int
		if err := testDB.sql.QueryRowContext(ctx, query, args...).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, q := range []string{"s", "sa", "san", "sant", "santa", "new", "al", "ab", "abe", "tessal", "koln", "xyzzy"} {
		key := Fold(q)
		got, err := testDB.Suggest(ctx, q, 100)
		if err != nil {
			t.Fatalf("Suggest(%q) error: %v", q, err)
		}
		ranks := make([]int32, len(got))
		for i, p := range got {
			ranks[i] = int32(count(`SELECT rank FROM search_entity WHERE kind = ? AND place = ? AND country = ? AND admin1 = ?`,
				map[string]int{"PCLI": entityCountry, "ADM1": entityAdmin1}[p.Code], p.ID, p.Country, p.Admin1Code))
		}
		if q == "xyzzy" {
			if len(ranks) != 0 {
				t.Errorf("Suggest(%q) = %d results, want none", q, len(ranks))
			}
			continue
		}
		if len(ranks) == 0 {
			t.Errorf("Suggest(%q) found nothing", q)
		}
		seen := map[int32]bool{}
		prevTier, prevRank := 0, int32(0)
		for i, r := range ranks {
			if seen[r] {
				t.Errorf("Suggest(%q) repeats rank %d", q, r)
			}
			seen[r] = true
			tier := 3
			switch {
			case count(`SELECT COUNT(*) FROM search_name WHERE alt IN (0, 1) AND fold = ? AND rank = ?`, key, r) > 0:
				tier = 0
			case count(`SELECT COUNT(*) FROM search_name WHERE alt = 0 AND fold > ? AND fold < ? AND rank = ?`, key, key+"\xff", r) > 0:
				tier = 1
			case count(`SELECT COUNT(*) FROM search_name WHERE alt = 1 AND fold > ? AND fold < ? AND rank = ?`, key, key+"\xff", r) > 0:
				tier = 2
			}
			switch {
			case tier == 3:
				t.Errorf("Suggest(%q) returned rank %d, which has no name starting with %q", q, r, key)
			case tier < prevTier:
				t.Errorf("Suggest(%q): result %d of tier %d after one of tier %d", q, i, tier, prevTier)
			case tier == prevTier && r < prevRank:
				t.Errorf("Suggest(%q): rank %d after %d in tier %d, want ascending", q, r, prevRank, tier)
			}
			prevTier, prevRank = tier, r
		}
		// The best main-name prefix matches, found the slow way.
		rows, err := testDB.sql.QueryContext(ctx, `SELECT DISTINCT rank FROM search_name WHERE alt = 0 AND fold > ? AND fold < ? ORDER BY rank LIMIT 5`, key, key+"\xff")
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var r int32
			if err := rows.Scan(&r); err != nil {
				t.Fatal(err)
			}
			if !seen[r] && len(ranks) < 100 {
				t.Errorf("Suggest(%q) misses rank %d, one of the best main-name matches", q, r)
			}
		}
		rows.Close()
	}
}

func TestSuggestLimitAndInput(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		limit, want int
	}{{0, 10}, {1, 1}, {25, 25}, {100, 100}, {1000, 100}} {
		got, err := testDB.Suggest(ctx, "san", tt.limit)
		if err != nil || len(got) != tt.want {
			t.Errorf("Suggest(san, %d) = %d results, %v; want %d", tt.limit, len(got), err, tt.want)
		}
	}
	for _, q := range []string{"", "*", "'", `"`, "%", "'; DROP TABLE place; --", strings.Repeat("a", 10000)} {
		got, err := testDB.Suggest(ctx, q, 10)
		if err != nil {
			t.Errorf("Suggest(%.20q) error: %v", q, err)
		}
		if strings.Trim(q, "*'\"%") == "" && len(got) != 0 {
			t.Errorf("Suggest(%q) = %d results, want none", q, len(got))
		}
	}
	got, err := testDB.Suggest(ctx, "Tessalit", 1)
	if err != nil || len(got) != 1 || got[0].ID != tessalitID || got[0].Admin1 != "Kidal" || got[0].Population != 0 && got[0].Class != "P" {
		t.Errorf("Suggest(Tessalit, 1) = %+v, %v; want Tessalit in Kidal", got, err)
	}
}
