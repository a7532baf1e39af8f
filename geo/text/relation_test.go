package text

import (
	"math"
	"slices"
	"testing"
)

// near reports whether a and b differ by less than 1e-6 (km or degrees).
func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

// relWant is an expected relation, found in the result by its phrase text.
type relWant struct {
	phrase  string // text of Relation.Phrase
	kind    Kind
	subject string
	object  string   // name of the object mention; "" when the object is a border
	border  []string // countries of the border, when object is ""
	min     float64  // km
	max     float64  // km
	unit    string
	hedge   string
	dir     string
	az      float64
	points  int
	rev     bool
	road    bool
	seat    bool
	anaphor string // text of Relation.Anaphor
	missing bool   // Relation.MissingNumber
}

// checkRelations checks that Read(doc) gives exactly the relations want, in
// any order, comparing every field and every span by slicing doc.
func checkRelations(t *testing.T, doc string, want []relWant) {
	t.Helper()
	d := Read(doc)
	checkSpans(t, doc, d)
	var got []string
	for _, r := range d.Relations {
		got = append(got, r.Phrase.Text(doc))
	}
	if len(d.Relations) != len(want) {
		t.Errorf("Read(%q) gave %d relations %q, want %d", doc, len(got), got, len(want))
	}
	for _, w := range want {
		i := slices.Index(got, w.phrase)
		if i < 0 {
			t.Errorf("Read(%q): no relation with phrase %q; got %q", doc, w.phrase, got)
			continue
		}
		r := d.Relations[i]
		name := func(m int) string {
			if m < 0 {
				return ""
			}
			mm := d.Mentions[m]
			if mm.Span.Text(doc) != mm.Name {
				t.Errorf("mention %q: span text %q", mm.Name, mm.Span.Text(doc))
			}
			return mm.Name
		}
		var border []string
		if r.Border != nil {
			border = append([]string{}, r.Border.Countries...)
			if r.Border.Span.Text(doc) == "" {
				t.Errorf("relation %q: empty border span", w.phrase)
			}
		}
		wantBorder := w.border
		if w.object == "" && wantBorder == nil {
			wantBorder = []string{}
		}
		type fields struct {
			Kind            Kind
			Subject, Object string
			Unit, Hedge     string
			Dir             string
			Points          int
			Rev, Road, Seat bool
			Anaphor         string
			Missing         bool
		}
		g := fields{r.Kind, name(r.Subject), name(r.Object), r.Unit, r.Hedge, r.Direction, r.Points, r.Reversed, r.Road, r.Seat, r.Anaphor.Text(doc), r.MissingNumber}
		e := fields{w.kind, w.subject, w.object, w.unit, w.hedge, w.dir, w.points, w.rev, w.road, w.seat, w.anaphor, w.missing}
		if !slices.Equal(border, wantBorder) || (border == nil) != (wantBorder == nil) {
			t.Errorf("Read(%q), relation %q: border %q, want %q", doc, w.phrase, border, wantBorder)
		}
		if g != e {
			t.Errorf("Read(%q), relation %q:\n got %+v\nwant %+v", doc, w.phrase, g, e)
		}
		if !near(r.MinKm, w.min) || !near(r.MaxKm, w.max) || !near(r.Azimuth, w.az) {
			t.Errorf("Read(%q), relation %q: km %g-%g azimuth %g, want km %g-%g azimuth %g",
				doc, w.phrase, r.MinKm, r.MaxKm, r.Azimuth, w.min, w.max, w.az)
		}
	}
}

func TestReadDistances(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []relWant
	}{
		{"km of, intercardinal", "Koro lies 45 km north-east of Bankass.",
			[]relWant{{phrase: "45 km north-east of Bankass", kind: KindDistance, subject: "Koro", object: "Bankass", min: 45, max: 45, unit: "km", dir: "north-east", az: 45, points: 8}}},
		{"kilometres to the", "Dori, a town lying 120 kilometres to the northeast of Kaya, was quiet.",
			[]relWant{{phrase: "120 kilometres to the northeast of Kaya", kind: KindDistance, subject: "Dori", object: "Kaya", min: 120, max: 120, unit: "km", dir: "northeast", az: 45, points: 8}}},
		{"glued km and abbreviation", "Tin Zaouaten is 300km SW of Tamanrasset.",
			[]relWant{{phrase: "300km SW of Tamanrasset", kind: KindDistance, subject: "Tin Zaouaten", object: "Tamanrasset", min: 300, max: 300, unit: "km", dir: "SW", az: 225, points: 8}}},
		{"km. with dotted direction", "Bourem is 95 km. N.N.E. of Gao.",
			[]relWant{{phrase: "95 km. N.N.E. of Gao", kind: KindDistance, subject: "Bourem", object: "Gao", min: 95, max: 95, unit: "km", dir: "N.N.E.", az: 22.5, points: 16}}},
		{"metres", "The well of Tin Hama lies 850 metres west of Amassine.",
			[]relWant{{phrase: "850 metres west of Amassine", kind: KindDistance, subject: "Tin Hama", object: "Amassine", min: 0.85, max: 0.85, unit: "m", dir: "west", az: 270, points: 4}}},
		{"decimal and thousands", "Lere stands 1.5 km east of Niafunke and 1,200 km from Dakar.",
			[]relWant{
				{phrase: "1.5 km east of Niafunke", kind: KindDistance, subject: "Lere", object: "Niafunke", min: 1.5, max: 1.5, unit: "km", dir: "east", az: 90, points: 4},
				{phrase: "1,200 km from Dakar", kind: KindDistance, subject: "Lere", object: "Dakar", min: 1200, max: 1200, unit: "km"},
			}},
		{"miles converted", "Kiffa is roughly 35 miles south of Tidjikja.",
			[]relWant{{phrase: "roughly 35 miles south of Tidjikja", kind: KindDistance, subject: "Kiffa", object: "Tidjikja", min: 56.32704, max: 56.32704, unit: "mi", hedge: "roughly", dir: "south", az: 180, points: 4}}},
		{"nautical miles", "Nouadhibou lies 12 nautical miles north of Cap Blanc.",
			[]relWant{{phrase: "12 nautical miles north of Cap Blanc", kind: KindDistance, subject: "Nouadhibou", object: "Cap Blanc", min: 22.224, max: 22.224, unit: "nmi", dir: "north", az: 0, points: 4}}},
		{"number words", "Hombori lies twenty-five kilometres west of Boni and a hundred kilometres east of Douentza.",
			[]relWant{
				{phrase: "twenty-five kilometres west of Boni", kind: KindDistance, subject: "Hombori", object: "Boni", min: 25, max: 25, unit: "km", dir: "west", az: 270, points: 4},
				{phrase: "a hundred kilometres east of Douentza", kind: KindDistance, subject: "Hombori", object: "Douentza", min: 100, max: 100, unit: "km", dir: "east", az: 90, points: 4},
			}},
		{"one hundred and twenty", "Anefis is located one hundred and twenty kilometres to the south-west of Kidal.",
			[]relWant{{phrase: "one hundred and twenty kilometres to the south-west of Kidal", kind: KindDistance, subject: "Anefis", object: "Kidal", min: 120, max: 120, unit: "km", dir: "south-west", az: 225, points: 8}}},
		{"a few", "The camp at Intahaka is a few kilometres from Gourma-Rharous.",
			[]relWant{{phrase: "a few kilometres from Gourma-Rharous", kind: KindDistance, subject: "Intahaka", object: "Gourma-Rharous", min: 2, max: 5, unit: "km", hedge: "a few"}}},
		{"range between words", "They camped in the wadi of Tinzaouaten, between two and five kilometres south of the village of Tinfadimata.",
			[]relWant{{phrase: "between two and five kilometres south of the village of Tinfadimata", kind: KindDistance, subject: "Tinzaouaten", object: "Tinfadimata", min: 2, max: 5, unit: "km", dir: "south", az: 180, points: 4}}},
		{"range en dash", "Gossi is 10–15 km from Hombori.",
			[]relWant{{phrase: "10–15 km from Hombori", kind: KindDistance, subject: "Gossi", object: "Hombori", min: 10, max: 15, unit: "km"}}},
		{"range hyphen", "Gossi is 10-15 km west of Hombori.",
			[]relWant{{phrase: "10-15 km west of Hombori", kind: KindDistance, subject: "Gossi", object: "Hombori", min: 10, max: 15, unit: "km", dir: "west", az: 270, points: 4}}},
		{"range to", "Gossi is 10 to 15 miles west of Hombori.",
			[]relWant{{phrase: "10 to 15 miles west of Hombori", kind: KindDistance, subject: "Gossi", object: "Hombori", min: 16.09344, max: 24.14016, unit: "mi", dir: "west", az: 270, points: 4}}},
		{"range or", "Gossi is 2 or 3 km from Hombori.",
			[]relWant{{phrase: "2 or 3 km from Hombori", kind: KindDistance, subject: "Gossi", object: "Hombori", min: 2, max: 3, unit: "km"}}},
		{"hedges", "Ber is just over 30 km from Timbuktu, more than 200 km from Gao and at least 5 km from Toya.",
			[]relWant{
				{phrase: "just over 30 km from Timbuktu", kind: KindDistance, subject: "Ber", object: "Timbuktu", min: 30, max: 30, unit: "km", hedge: "just over"},
				{phrase: "more than 200 km from Gao", kind: KindDistance, subject: "Ber", object: "Gao", min: 200, max: 200, unit: "km", hedge: "more than"},
				{phrase: "at least 5 km from Toya", kind: KindDistance, subject: "Ber", object: "Toya", min: 5, max: 5, unit: "km", hedge: "at least"},
			}},
		{"away from and within", "Léré lies 30 km away from Niafunké. It is within 50 km of Goundam.",
			[]relWant{
				{phrase: "30 km away from Niafunké", kind: KindDistance, subject: "Léré", object: "Niafunké", min: 30, max: 30, unit: "km"},
				{phrase: "within 50 km of Goundam", kind: KindDistance, subject: "Léré", object: "Goundam", min: 50, max: 50, unit: "km", hedge: "within", anaphor: "It"},
			}},
		{"no object is skipped", "Tessit is 30 km away. The track runs 20 km north.", nil},
		{"conversion counted once", "Menaka is 31 miles (50 km) from Anderamboukane and 203 kilometres (126 mi) east of Gao.",
			[]relWant{
				{phrase: "31 miles (50 km) from Anderamboukane", kind: KindDistance, subject: "Menaka", object: "Anderamboukane", min: 49.889664, max: 49.889664, unit: "mi"},
				{phrase: "203 kilometres (126 mi) east of Gao", kind: KindDistance, subject: "Menaka", object: "Gao", min: 203, max: 203, unit: "km", dir: "east", az: 90, points: 4},
			}},
		{"by road", "Nioro is 275 miles (by road) north-west of Bamako and 90 km by road from Diéma.",
			[]relWant{
				{phrase: "275 miles (by road) north-west of Bamako", kind: KindDistance, subject: "Nioro", object: "Bamako", min: 442.5696, max: 442.5696, unit: "mi", dir: "north-west", az: 315, points: 8, road: true},
				{phrase: "90 km by road from Diéma", kind: KindDistance, subject: "Nioro", object: "Diéma", min: 90, max: 90, unit: "km", road: true},
			}},
		{"16 and 32 points", "Tessalit is 79 km east south-east of Aguelhok, 40 km south by east of Tin Essako and 12 km ESE of Amachach.",
			[]relWant{
				{phrase: "79 km east south-east of Aguelhok", kind: KindDistance, subject: "Tessalit", object: "Aguelhok", min: 79, max: 79, unit: "km", dir: "east south-east", az: 112.5, points: 16},
				{phrase: "40 km south by east of Tin Essako", kind: KindDistance, subject: "Tessalit", object: "Tin Essako", min: 40, max: 40, unit: "km", dir: "south by east", az: 168.75, points: 32},
				{phrase: "12 km ESE of Amachach", kind: KindDistance, subject: "Tessalit", object: "Amachach", min: 12, max: 12, unit: "km", dir: "ESE", az: 112.5, points: 16},
			}},
		{"descriptors stripped from objects", "Kidira lies 60 km west of the market town of Bakel, 300 km from the Malian capital Bamako, 500 km from the nation's capital Dakar and 80 km south of the mining town of Sadiola.",
			[]relWant{
				{phrase: "60 km west of the market town of Bakel", kind: KindDistance, subject: "Kidira", object: "Bakel", min: 60, max: 60, unit: "km", dir: "west", az: 270, points: 4},
				{phrase: "300 km from the Malian capital Bamako", kind: KindDistance, subject: "Kidira", object: "Bamako", min: 300, max: 300, unit: "km"},
				{phrase: "500 km from the nation's capital Dakar", kind: KindDistance, subject: "Kidira", object: "Dakar", min: 500, max: 500, unit: "km"},
				{phrase: "80 km south of the mining town of Sadiola", kind: KindDistance, subject: "Kidira", object: "Sadiola", min: 80, max: 80, unit: "km", dir: "south", az: 180, points: 4},
			}},
		{"seat of a region", "Oudoumer is the capital of Chad's Lac Region, 152 km north of N'Djamena.",
			[]relWant{
				{phrase: "capital of Chad's Lac Region", kind: KindIn, subject: "Oudoumer", object: "Lac Region", seat: true},
				{phrase: "Chad's Lac Region", kind: KindIn, subject: "Lac Region", object: "Chad"},
				{phrase: "152 km north of N'Djamena", kind: KindDistance, subject: "Oudoumer", object: "N'Djamena", min: 152, max: 152, unit: "km", dir: "north", az: 0, points: 4},
			}},
		{"possessive capital", "Boutilimit lies 150 km south-east of Mauritania's capital of Nouakchott.",
			[]relWant{
				{phrase: "150 km south-east of Mauritania's capital of Nouakchott", kind: KindDistance, subject: "Boutilimit", object: "Nouakchott", min: 150, max: 150, unit: "km", dir: "south-east", az: 135, points: 8},
				{phrase: "Mauritania's capital of Nouakchott", kind: KindIn, subject: "Nouakchott", object: "Mauritania"},
			}},
		{"square kilometres are no distance", "The commune of Ber covers 12,000 km² north of Timbuktu.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRelations(t, tt.doc, tt.want) })
	}
}
