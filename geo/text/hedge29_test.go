package text

import "testing"

// hedgedReading is a relation a hedge29 example must read: its subject and
// object by name, the stated number in km and the hedge Relation.Hedge
// holds.
type hedgedReading struct {
	doc, subject, object string
	km                   float64
	hedge                string
}

// checkHedged reads each example and reports a relation of its subject and
// object that lacks the stated number or hedge.
func checkHedged(t *testing.T, tests []hedgedReading) {
	t.Helper()
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		var got []string
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel)+" ["+rel.Hedge+"]")
			if rel.Subject < 0 || rel.Object < 0 || d.Mentions[rel.Subject].Name != tt.subject || d.Mentions[rel.Object].Name != tt.object {
				continue
			}
			found = found || rel.MinKm == tt.km && rel.MaxKm == tt.km && rel.Hedge == tt.hedge
		}
		if !found {
			t.Errorf("Read(%q): no %s: %g km from %s hedged %q; got %q", tt.doc, tt.subject, tt.km, tt.object, tt.hedge, got)
		}
	}
}

// TestHedge29Bounds: the bounds reporters put before a number, in English
// ("upwards of 40 km", "not less than 15 km") and French (« pas moins de 30
// km », « non moins de 12 km »), are the hedge of the number they bound.
func TestHedge29Bounds(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"The relocation site at Chikwawa Hill lies upwards of 40 km south of Blantyre.", "Chikwawa Hill", "Blantyre", 40, "upwards of"},
		{"Herders moved to Olorte, upwards of 25 miles west of Narok, after the rains failed.", "Olorte", "Narok", 40.2336, "upwards of"},
		{"The Ntungamo checkpoint stands not less than 15 km from Mbarara, police said.", "Ntungamo", "Mbarara", 15, "not less than"},
		{"The Koundel camp is slightly over 12 km east of Kayes.", "Koundel", "Kayes", 12, "slightly over"},
		{"Le site de Sonkoulga, à pas moins de 30 km au sud-ouest de Ouahigouya, accueille des déplacés.", "Sonkoulga", "Ouahigouya", 30, "no less than"},
		{"Le village de Tagabaté se trouve à pas moins de 45 km au nord de Dori.", "Tagabaté", "Dori", 45, "no less than"},
		{"Le hameau de Kéniéba-Koura est situé à pas moins d'une vingtaine de kilomètres de Kita.", "Kéniéba-Koura", "Kita", 20, "no less than about"},
		{"Le puits de Tin Adar se trouve à non moins de 12 km à l'est de Ménaka.", "Tin Adar", "Ménaka", 12, "no less than"},
	})
}

// TestHedge29RoundQualified: a French round noun qualified by « bonne » or
// « petite » (lexicon/fr/amounts.tsv: « une bonne dizaine de km », « une
// petite vingtaine de km ») is its number with the hedge "a good" (a bit
// past it) or "a little under".
func TestHedge29RoundQualified(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"Le campement de Tin Hamma se trouve à une bonne dizaine de kilomètres à l'est de Gao.", "Tin Hamma", "Gao", 10, "a good"},
		{"Les déplacés ont rejoint le site de Kalaka, à une bonne quinzaine de km au nord de Kaya.", "Kalaka", "Kaya", 15, "a good"},
		{"Le village de Bokolobo est situé à une bonne centaine de kilomètres de Bambari.", "Bokolobo", "Bambari", 100, "a good"},
		{"La mine de Kalsaka-Nord se trouve à une petite vingtaine de km au sud de Ouahigouya.", "Kalsaka-Nord", "Ouahigouya", 20, "a little under"},
		{"Le poste de Mbaïki-Sud, à une petite trentaine de kilomètres de Boda, a été attaqué.", "Mbaïki-Sud", "Boda", 30, "a little under"},
	})
}

// TestHedge29RoundRows reads every qualified round noun of
// lexicon/fr/amounts.tsv in a sentence.
func TestHedge29RoundRows(t *testing.T) {
	rows := map[string]float64{
		"une bonne dizaine de": 10, "une bonne douzaine de": 12, "une bonne quinzaine de": 15, "une bonne vingtaine de": 20,
		"une bonne trentaine de": 30, "une bonne quarantaine de": 40, "une bonne cinquantaine de": 50,
		"une bonne soixantaine de": 60, "une bonne centaine de": 100,
		"une petite dizaine de": 10, "une petite quinzaine de": 15, "une petite vingtaine de": 20, "une petite trentaine de": 30,
		"une petite quarantaine de": 40, "une petite cinquantaine de": 50, "une petite centaine de": 100,
	}
	var tests []hedgedReading
	for phrase, v := range rows {
		h := "a good"
		if phrase[4] == 'p' {
			h = "a little under"
		}
		tests = append(tests, hedgedReading{"Le campement de Tin Hamma se trouve à " + phrase + " kilomètres à l'est de Gao.", "Tin Hamma", "Gao", v, h})
	}
	checkHedged(t, tests)
}

// TestHedge29SourceClause: a relative clause that credits the distance to
// a source, with or without its relative word ("a village the UN says is
// 25 km south of X", "which police say lies ...", "that residents say is
// ..."), places the name before it, not the source.
func TestHedge29SourceClause(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Soldiers burned Hpa Saung, a village the Kachin Women's Association says is about 30 km north of Myitkyina, last month.",
			rels: []string{"Hpa Saung: 30 km north of Myitkyina"}},
		{doc: "Gunmen raided Kurmin Doka, a hamlet local officials say lies some 12 km east of Kafanchan.",
			rels: []string{"Kurmin Doka: 12 km east of Kafanchan"}},
		{doc: "Aid reached Ntoroko Camp, which the Red Cross says is roughly 40 km north of Fort Portal, on Monday.",
			rels: []string{"Ntoroko Camp: 40 km north of Fort Portal"}},
		{doc: "The convoy stopped at Bir Tawil Well, a water point that herders say is barely 8 km west of Abu Hamad.",
			rels: []string{"Bir Tawil Well: 8 km west of Abu Hamad"}},
		{doc: "Troops entered Mabote, which the UN says lies well over 100 km west of Vilanculos.",
			rels: []string{"Mabote: 100 km west of Vilanculos"}},
		{doc: "Turkana raiders took 80 goats from Lokwamosing, a kraal that KDF officers say is barely 9 km west of Lodwar.",
			rels: []string{"Lokwamosing: 9 km west of Lodwar"}},
		{doc: "Floods cut off Nyamtoko, a village Red Cross volunteers say lies about 20 km south of Kisumu.",
			rels: []string{"Nyamtoko: 20 km south of Kisumu"}},
	})
}

// TestHedge29Odd: "30-odd km", "40 odd miles" (lexicon/en/hedges.tsv,
// flagged trail) is the number with the hedge "odd", a minimum; a hedge
// before it joins it ("some 30-odd km": "some odd").
func TestHedge29Odd(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"The clinic at Mpanda Hill lies some 30-odd km north of Kasese.", "Mpanda Hill", "Kasese", 30, "some odd"},
		{"Rebels moved to Katanga Ridge, 20-odd km east of Beni, last week.", "Katanga Ridge", "Beni", 20, "odd"},
		{"The homestead of Glen Orrin stood 40 odd miles west of Bulawayo.", "Glen Orrin", "Bulawayo", 64.37376, "odd"},
		{"Our camp at Lake Sibaya Lodge was a 60-odd km drive north of Mbazwana.", "Lake Sibaya Lodge", "Mbazwana", 60, "odd"},
	})
}

// TestHedge29StoneThrow: "a stone's throw from X" and "within a stone's
// throw of X" (lexicon/en/near.tsv) say the subject lies near X.
func TestHedge29StoneThrow(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The shrine of Kabuye sits a stone's throw from Bunia.", rels: []string{"Kabuye: near Bunia"}},
		{doc: "We camped at Sedudu Island, just a stone's throw from Kasane.", rels: []string{"Sedudu Island: near Kasane"}},
		{doc: "The old mission of Saint-Louis de Kisangani lies within a stone's throw of Kisangani.", rels: []string{"Saint-Louis de Kisangani: near Kisangani"}},
	})
}
