package gazetteer

import (
	"context"
	"slices"
	"testing"
)

// TestKeepKinded: of the divisions a name folds to, those whose own name
// carries the kind word the text gives are kept when others lack it; a
// kind word none or all carry keeps all.
func TestKeepKinded(t *testing.T) {
	id := func(s string) string { return s }
	for _, tt := range []struct {
		name  string
		found []string
		want  []string
	}{
		{"Kita Cercle", []string{"Kita-ku", "Kita-gun", "Kita Cercle"}, []string{"Kita Cercle"}},
		{"Bankass cercle", []string{"Bankass Cercle", "Bankass-gun"}, []string{"Bankass Cercle"}},
		{"Nyeri County", []string{"Nyeri", "Nyeri-shi"}, []string{"Nyeri", "Nyeri-shi"}},
		{"Kita", []string{"Kita-ku", "Kita Cercle"}, []string{"Kita-ku", "Kita Cercle"}},
		{"Gao Cercle", []string{"Gao Cercle"}, []string{"Gao Cercle"}},
	} {
		if got := keepKinded(slices.Clone(tt.found), tt.name, admin2Key(tt.name), id); !slices.Equal(got, tt.want) {
			t.Errorf("keepKinded(%q, %q) = %q, want %q", tt.found, tt.name, got, tt.want)
		}
	}
}

// TestAdmin2KindWord: "Kita Cercle" is Mali's cercle alone, where "Kita"
// folds as well to wards and districts of Japan.
func TestAdmin2KindWord(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	db, err := OpenDefault()
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ds, err := db.Admin2(context.Background(), "Kita Cercle", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 1 || ds[0].Country != "ML" {
		t.Errorf("Admin2(Kita Cercle) = %d divisions (first in %s), want Mali's alone", len(ds), ds[0].Country)
	}
}
