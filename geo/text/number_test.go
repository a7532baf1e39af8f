package text

import "testing"

func TestDistanceNumbers(t *testing.T) {
	tests := []struct {
		amount   string
		min, max float64
		unit     string
		hedge    string
	}{
		{"80 km", 80, 80, "km", ""}, {"80km", 80, 80, "km", ""}, {"80 kms", 80, 80, "km", ""},
		{"80 kilometers", 80, 80, "km", ""}, {"1.5 km", 1.5, 1.5, "km", ""}, {"1,200 km", 1200, 1200, "km", ""},
		{"two km", 2, 2, "km", ""}, {"eighty kilometres", 80, 80, "km", ""}, {"twenty-five km", 25, 25, "km", ""},
		{"twenty five km", 25, 25, "km", ""}, {"a hundred km", 100, 100, "km", ""},
		{"one hundred and twenty km", 120, 120, "km", ""}, {"two thousand km", 2000, 2000, "km", ""},
		{"a dozen km", 12, 12, "km", ""}, {"half a kilometre", 0.5, 0.5, "km", ""},
		{"a few km", 2, 5, "km", "a few"}, {"several km", 3, 9, "km", "several"},
		{"about a few km", 2, 5, "km", "about a few"},
		{"between 10 and 15 km", 10, 15, "km", ""}, {"between 10 km and 15 km", 10, 15, "km", ""},
		{"from 10 to 15 km", 10, 15, "km", ""}, {"15–10 km", 10, 15, "km", ""},
		{"800 m", 0.8, 0.8, "m", ""}, {"10 mi", 16.09344, 16.09344, "mi", ""}, {"10 nmi", 18.52, 18.52, "nmi", ""},
		{"some 10 km", 10, 10, "km", "some"}, {"approximately 10 km", 10, 10, "km", "approximately"},
		{"approx. 10 km", 10, 10, "km", "approx"}, {"nearly 10 km", 10, 10, "km", "nearly"},
		{"almost 10 km", 10, 10, "km", "almost"}, {"less than 10 km", 10, 10, "km", "less than"},
		{"up to 10 km", 10, 10, "km", "up to"}, {"only about 10 km", 10, 10, "km", "only about"},
		{"under 10 km", 10, 10, "km", "under"}, {"around 10 km", 10, 10, "km", "around"},
	}
	for _, tt := range tests {
		doc := "Ber is " + tt.amount + " from Gao."
		d := Read(doc)
		if len(d.Relations) != 1 {
			t.Errorf("Read(%q) gave %d relations, want 1", doc, len(d.Relations))
			continue
		}
		r := d.Relations[0]
		if !near(r.MinKm, tt.min) || !near(r.MaxKm, tt.max) || r.Unit != tt.unit || r.Hedge != tt.hedge {
			t.Errorf("Read(%q): %g-%g %s hedge %q, want %g-%g %s hedge %q", doc, r.MinKm, r.MaxKm, r.Unit, r.Hedge, tt.min, tt.max, tt.unit, tt.hedge)
		}
	}
}

func TestNotDistances(t *testing.T) {
	for _, doc := range []string{
		"Ber had 2 km² of fields north of Gao.",
		"Ber is 5 square kilometres east of Gao.",
		"Ber lost 20 men from Gao.",
		"The MQ-9 Reaper flew from Gao.",
		"In 2020 Ber grew.",
	} {
		d := Read(doc)
		for _, r := range d.Relations {
			if r.Kind == KindDistance {
				t.Errorf("Read(%q) gave distance %q, want none", doc, r.Phrase.Text(doc))
			}
		}
	}
}
