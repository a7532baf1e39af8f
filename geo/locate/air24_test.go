package locate

import "testing"

// TestAir24HospitalOfNoTown: accident reports name the hospital the
// injured were taken to. A hospital named after a town is placed at the
// town (namedAfterTown); one named after a person or by its rank alone
// ("Kenyatta National Hospital", "the Civil Hospital in Quetta") is a
// building, no place to list unresolved, while the town the text names
// stays a place (hospitalOfNoTown).
func TestAir24HospitalOfNoTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct {
		doc     string
		absent  []string
		present []string
	}{
		{"A matatu overturned 20 km north of Nakuru. The injured were rushed to Kenyatta National Hospital.",
			[]string{"Kenyatta National Hospital"}, []string{"Nakuru"}},
		{"Eleven miners were hurt in a blast 35 km east of Quetta and taken to the Civil Hospital in Quetta.",
			[]string{"Civil Hospital"}, []string{"Quetta"}},
		{"The pilot was flown from Haines to Bartlett Regional Hospital after the floatplane sank 12 miles north of Juneau.",
			[]string{"Bartlett Regional Hospital"}, []string{"Haines", "Juneau"}},
		{"Survivors of the ferry that capsized 10 km off Mwanza were treated at Bugando Medical Centre and Sekou Toure Hospital.",
			[]string{"Sekou Toure Hospital"}, []string{"Mwanza"}},
		// a hospital named after its town leaves the town, which the map
		// shows (text.institutionTailStart)
		{"A bus crashed 40 km south of Mzuzu; the injured were taken to Karonga District Hospital.",
			[]string{"Karonga District Hospital"}, []string{"Karonga", "Mzuzu"}},
	} {
		res := analyse(t, c.doc)
		for _, p := range res.Places {
			for _, n := range c.absent {
				if p.Name == n {
					t.Errorf("%q: %s listed (%s, %s), want no place", c.doc, n, p.Source, p.Note)
				}
			}
		}
		for _, n := range c.present {
			if p := placeNamed(t, res, n); !p.HasPoint {
				t.Errorf("%q: %s unplaced (%s)", c.doc, n, p.Note)
			}
		}
	}
}
