package gazetteer

import (
	"context"
	"slices"
	"testing"
)

// TestCountryNames checks the common English and French country names a
// report may use: those the extract holds and those otherCountryNames adds.
func TestCountryNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Turkey", "TR"}, {"Turquie", "TR"}, {"Ivory Coast", "CI"}, {"Côte d'Ivoire", "CI"},
		{"Burma", "MM"}, {"Birmanie", "MM"}, {"Czechia", "CZ"}, {"Tchéquie", "CZ"},
		{"Allemagne", "DE"}, {"Égypte", "EG"}, {"Egypte", "EG"}, {"Zaire", "CD"},
		{"Angleterre", "GB"}, {"Scotland", "GB"}, {"Cap-Vert", "CV"}, {"Ceylon", "LK"},
		{"Centrafrique", "CF"}, {"États-Unis", "US"}, {"U.S.", "US"}, {"the Netherlands", "NL"},
		{"Liban", "LB"}, {"Tchad", "TD"}, {"Maroc", "MA"}, {"Afrique du Sud", "ZA"},
		{"PNG", "PG"}, {"RCA", "CF"}, {"KSA", "SA"}, {"BiH", "BA"}, {"RDC", "CD"},
	}
	for _, tt := range tests {
		got, err := testDB.Country(context.Background(), tt.in)
		if err != nil || got.Code != tt.want {
			t.Errorf("Country(%q) = %q, %v, want %s", tt.in, got.Code, err, tt.want)
		}
	}
}

// TestOtherCountryNames checks that every added name folds to its own key,
// names a country the extract has, and is not one the extract already
// holds under another code.
func TestOtherCountryNames(t *testing.T) {
	ctx := context.Background()
	for k, code := range otherCountryNames {
		if Fold(k) != k {
			t.Errorf("otherCountryNames key %q is not folded (%q)", k, Fold(k))
		}
		if _, err := testDB.Country(ctx, code); err != nil {
			t.Errorf("otherCountryNames[%q] = %s: no such country: %v", k, code, err)
		}
		if c, err := testDB.resolveCountry(ctx, k); err != nil || c != "" && c != code {
			t.Errorf("otherCountryNames[%q] = %s, but the extract says %q (%v)", k, code, c, err)
		}
		if OtherCountryName(k) != code {
			t.Errorf("OtherCountryName(%q) = %q, want %s", k, OtherCountryName(k), code)
		}
	}
}

func TestSlavicForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"chernyshkovsky", []string{"chernyshkovskiy"}},
		{"velykyi bereznyi", []string{"velykyy bereznyy", "velykyy bereznyi", "velykyi bereznyy"}},
		{"sydney", nil},
		{"mostovskoy", nil},
		{"gao", nil},
	}
	for _, tt := range tests {
		if got := SlavicForms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("SlavicForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInnerArticleForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ras al ain", []string{"ras el ain"}},
		{"deir ez zor", []string{"deir al zor", "deir el zor", "deir az zor"}},
		{"jisr el shughur", []string{"jisr al shughur", "jisr ash shughur", "jisr esh shughur"}},
		{"bayt al faqih el gharbi", []string{"bayt el faqih el gharbi", "bayt al faqih al gharbi"}},
		{"al qamishli", nil},
		{"bir al", nil},
		{"gao", nil},
	}
	for _, tt := range tests {
		if got := InnerArticleForms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("InnerArticleForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArticleForms(t *testing.T) {
	has := func(xs []string, x string) bool {
		for _, y := range xs {
			if y == x {
				return true
			}
		}
		return false
	}
	tests := []struct {
		in        string
		want, not []string
	}{
		{"al qamishli", []string{"qamishli"}, []string{"al al qamishli"}},
		{"el obeid", []string{"obeid"}, nil},
		{"qamishli", []string{"al qamishli", "el qamishli"}, []string{"as qamishli"}},
		{"suwayda", []string{"as suwayda", "al suwayda"}, []string{"ash suwayda"}},
		{"shihr", []string{"ash shihr"}, []string{"as shihr"}},
		{"dhahira", []string{"adh dhahira"}, []string{"ad dhahira"}},
		{"x", nil, []string{"al x"}},
	}
	for _, tt := range tests {
		got := ArticleForms(tt.in)
		for _, w := range tt.want {
			if !has(got, w) {
				t.Errorf("ArticleForms(%q) = %q, want it to hold %q", tt.in, got, w)
			}
		}
		for _, w := range tt.not {
			if has(got, w) {
				t.Errorf("ArticleForms(%q) = %q, want it without %q", tt.in, got, w)
			}
		}
	}
}

func TestNamed(t *testing.T) {
	ctx := context.Background()
	tests := []struct{ in, wantName, wantCountry string }{
		{"Qamishli", "Al Qāmishlī", "SY"},
		{"el-Qamishli", "Al Qāmishlī", "SY"},
		{"Le Caire", "Cairo", "EG"},
		{"Alger", "Algiers", "DZ"},
		{"Pékin", "Beijing", "CN"},
		{"Segou", "Ségou", "ML"},
		{"Chernyshkovsky", "Chernyshkovskiy", "RU"},
		{"Zhukovsky", "Zhukovskiy", "RU"},
	}
	for _, tt := range tests {
		ps, err := testDB.Named(ctx, tt.in)
		if err != nil {
			t.Fatalf("Named(%q): %v", tt.in, err)
		}
		found := false
		for _, p := range ps {
			found = found || p.Name == tt.wantName && p.Country == tt.wantCountry
		}
		if !found {
			t.Errorf("Named(%q) = %d places without %s (%s)", tt.in, len(ps), tt.wantName, tt.wantCountry)
		}
	}
	if ps, err := testDB.Named(ctx, "*"); err != nil || len(ps) != 0 {
		t.Errorf("Named(%q) = %d places, %v; want none", "*", len(ps), err)
	}
}

// TestSharedCountryNames checks that the names two countries bear are
// read with or without an article, that Country finds the first of them,
// and that each code is a country of the extract.
func TestSharedCountryNames(t *testing.T) {
	for _, n := range []string{"Congo", "the Congo", "le Congo", "Korea", "Corée", "la Corée"} {
		codes := SharedCountryName(n)
		if len(codes) < 2 {
			t.Fatalf("SharedCountryName(%q) = %v, want two countries", n, codes)
		}
		c, err := testDB.Country(context.Background(), n)
		if err != nil || c.Code != codes[0] {
			t.Errorf("Country(%q) = %s, %v; want %s", n, c.Code, err, codes[0])
		}
	}
	for k, codes := range sharedCountryNames {
		for _, code := range codes {
			if _, err := testDB.Country(context.Background(), code); err != nil {
				t.Errorf("%s: %s is no country: %v", k, code, err)
			}
		}
	}
	for _, n := range []string{"Mali", "DR Congo", "South Korea", ""} {
		if got := SharedCountryName(n); got != nil {
			t.Errorf("SharedCountryName(%q) = %v, want nil", n, got)
		}
	}
}

func TestJoinedForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"petion ville", []string{"petionville"}},
		{"le mans", nil},
		{"bohan sur semois", nil},
		{"gao", nil},
	}
	for _, tt := range tests {
		if got := JoinedForms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("JoinedForms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
