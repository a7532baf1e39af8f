package locate

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo/gazetteer"
)

func TestAnalyseBadInput(t *testing.T) {
	r := New(openTestDB(t), Options{})
	tests := []struct {
		name string
		doc  string
		want error
	}{
		{"invalid UTF-8", "Tessalit \xff\xfe is 80 km east", ErrBinary},
		{"binary", "\x00\x01\x02ELF\x00", ErrBinary},
		{"10 MB of text", strings.Repeat("The village of Tessalit is 80 km east of Kidal. ", 10<<20/48+1), ErrTooLarge},
	}
	for _, tt := range tests {
		_, err := r.Analyse(context.Background(), tt.doc)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Analyse error = %v, want %v", tt.name, err, tt.want)
		}
		var ie interface{ InputError() bool }
		if !errors.As(err, &ie) || !ie.InputError() {
			t.Errorf("%s: error %v does not report itself as an input error", tt.name, err)
		}
	}
}

func TestAnalyseNoPlaces(t *testing.T) {
	for _, doc := range []string{"", "   \n", "the weather was fine and nobody went anywhere.", "42 km."} {
		res := analyse(t, doc)
		fc := res.FeatureCollection()
		if len(fc.Features) != 0 {
			t.Errorf("Analyse(%q) gave %d features, want an empty collection", doc, len(fc.Features))
		}
	}
}

func TestSearchBadQuery(t *testing.T) {
	r := New(openTestDB(t), Options{})
	for _, tt := range []struct {
		q     string
		limit int
	}{{"", 10}, {"Tessalit", 0}, {"Tessalit", -1}, {"Tessalit", 101}, {strings.Repeat("x", 201), 10}, {"\xff", 10}} {
		if _, err := r.Search(context.Background(), tt.q, tt.limit); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%q, %d) error = %v, want ErrBadQuery", tt.q, tt.limit, err)
		}
	}
	fc, err := r.Search(context.Background(), `Tessalit" OR 1=1 --`, 5)
	if err != nil {
		t.Fatalf("Search with SQL-looking input: %v", err)
	}
	// An injection would return rows that do not match: every result must
	// be a Tessalit, and never more than the limit.
	if len(fc.Features) > 5 {
		t.Errorf("Search returned %d features, limit 5", len(fc.Features))
	}
	for _, f := range fc.Features {
		if name, _ := f.Properties["name"].(string); !strings.Contains(gazetteer.Fold(name), "tessalit") {
			t.Errorf("Search(%q) returned %q", `Tessalit" OR 1=1 --`, name)
		}
	}
}

// FuzzAnalyse checks that no text makes Analyse panic or emit a
// FeatureCollection that does not encode. go test runs the seeds; run
// go test -fuzz FuzzAnalyse ./geo/locate/ for more.
func FuzzAnalyse(f *testing.F) {
	for _, s := range []string{
		"",
		"Talahandak is 80 km east of Tessalit and 20 km from the Algerian border.",
		"X is 5 km south of Y. Y is 5 km south of X.",
		"A lies between 0 and 0 km north of Gao, 1e308 km from Kidal.",
		"Zindar is 100 km north of Gao. It is also 100 km east of Gao. It is 3 km from the border.",
		"Gao (999999999 miles to the north-north-east), Mali, Niger, Algeria, Chad's Lac Region.",
		"the capital of Niger, Niamey; the area around Timbuktu; near the Malian border",
	} {
		f.Add(s)
	}
	r := New(openTestDB(f), Options{MaxBytes: 1 << 16})
	f.Fuzz(func(t *testing.T, doc string) {
		fc, err := r.Resolve(context.Background(), doc)
		if err != nil {
			if !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("Resolve(%q): %v, want a result or an input error", doc, err)
			}
			return
		}
		if _, err := fc.MarshalJSON(); err != nil {
			t.Fatalf("Resolve(%q): the FeatureCollection does not encode: %v", doc, err)
		}
	})
}
