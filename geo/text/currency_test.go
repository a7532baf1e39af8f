package text

import (
	"slices"
	"testing"
)

// TestCurrencyMarks reads every row of lexicon/currencymarks.tsv before
// and after a number, and marks beside no number or of no one country.
func TestCurrencyMarks(t *testing.T) {
	marks := currencyMarks()
	if len(marks) < 40 {
		t.Fatalf("currencymarks.tsv: %d rows, want at least 40", len(marks))
	}
	for mark, country := range marks {
		for _, doc := range []string{"Maize sold for " + mark + " 4,200 a bag in Gao.", "Maize sold for " + mark + "4,200 a bag.", "Maize sold for 4,200 " + mark + " a bag."} {
			got := Read(doc).Currencies
			if len(got) != 1 || got[0].Country != country || got[0].Span.Text(doc) != mark {
				t.Errorf("Read(%q).Currencies = %v, want %s for %s", doc, got, mark, country)
			}
		}
	}
	for _, c := range []struct {
		doc  string
		want []string
	}{
		{"Fleece sold for A$14.20/kg clean; lambs made 750c/kg.", []string{"AU"}},
		{"The KES fell against the dollar.", nil},    // no price
		{"Fuel costs US$3.40 a litre in Juba.", nil}, // priced in dollars anywhere
		{"Rice: ₦52,000 a bag, up from ₦48,000.", []string{"NG", "NG"}},
		{"Prices in Gao: 3 500 FCFA le kilo.", nil},
	} {
		var got []string
		for _, m := range Read(c.doc).Currencies {
			got = append(got, m.Country)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Read(%q).Currencies = %q, want %q", c.doc, got, c.want)
		}
	}
}
