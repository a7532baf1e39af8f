package text

import "testing"

// TestWildAsideNoSubject: open country between a nameless place's kind
// and its distance ("in the bush", « dans la brousse », « en pleine
// forêt ») is no subject: the distance places the kind before it. A
// sentence with no kind before the country places nothing.
func TestWildAsideNoSubject(t *testing.T) {
	tests := []struct {
		doc, subject string // subject "" when no distance may be read
	}{
		{"Soldiers dismantled a kidnappers' camp in the bush, about 40 km east of Garoua.", "a kidnappers' camp"},
		{"Rangers found a poachers' camp in the forest about 25 km north of Ouesso.", "a poachers' camp"},
		{"Troops raided a rebel base deep in the jungle, 30 km south of Bunia.", "a rebel base"},
		{"Les gendarmes ont découvert un campement de braconniers dans la brousse, à environ 35 km au nord de Bertoua.", "un campement de braconniers"},
		{"Les secours ont atteint un village en pleine forêt, à 30 km au sud de Yokadouma.", "un village"},
		{"Fighting broke out in the bush, 40 km east of Garoua.", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		for _, rel := range d.Relations {
			if rel.Kind == KindDistance && rel.Subject >= 0 {
				got = append(got, d.Mentions[rel.Subject].Name)
			}
		}
		if tt.subject == "" && len(got) > 0 || tt.subject != "" && (len(got) != 1 || got[0] != tt.subject) {
			t.Errorf("Read(%q): distance subjects %q, want %q", tt.doc, got, tt.subject)
		}
	}
}

// TestNamingAgentLong: who uses a later name may take up to six words
// before the comma: « appelé X par les éleveurs de la zone ».
func TestNamingAgentLong(t *testing.T) {
	checkAlias(t, "Les militaires ont découvert un campement à une trentaine de kilomètres au nord de Maroua. Le campement, appelé Gadala-Foulbé par les éleveurs de la zone, abritait des otages.",
		"un campement", "Gadala-Foulbé")
	checkAlias(t, "Rangers reached a hut 12 km east of Tafila. The hut, called Beit Salem by the herders of the upper valley, is used in winter.",
		"a hut", "Beit Salem")
}

// TestPastureKind: a pasture or a meadow is a kind of place, so an
// apposition of one with a second kind places the name before it:
// "Yamdo Kharka, a yak pasture with a stone shelter 6 km east of X".
func TestPastureKind(t *testing.T) {
	for _, doc := range []string{
		"On the third day we climbed to Dolma Kharka, a yak pasture with a stone shelter 6 km east of Muktinath.",
		"The herders moved to Tash-Rabat, a summer meadow with two yurts about 15 km south of At-Bashy.",
	} {
		d := Read(doc)
		ok := false
		for _, rel := range d.Relations {
			if rel.Kind == KindDistance && rel.Subject >= 0 && (d.Mentions[rel.Subject].Name == "Dolma Kharka" || d.Mentions[rel.Subject].Name == "Tash-Rabat") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): the named pasture takes no distance", doc)
		}
	}
}

// TestAppositionCountParticiple: an indefinite apposition with a count
// and a participle before its distance places the name before it: "The
// worst affected is X, an Aymara community of about 60 families located
// some 30 km south-west of Y".
func TestAppositionCountParticiple(t *testing.T) {
	for _, tt := range []struct{ doc, name string }{
		{"The worst hit is Wila Kjarka, an Aymara community of about 60 families located some 30 km south-west of Juli.", "Wila Kjarka"},
		{"Floods reached Kampung Lubok, a settlement of some 300 households situated 18 km north of Kuala Krai.", "Kampung Lubok"},
	} {
		d := Read(tt.doc)
		ok := false
		for _, rel := range d.Relations {
			if rel.Kind == KindDistance && rel.Subject >= 0 && d.Mentions[rel.Subject].Name == tt.name {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): %s takes no distance", tt.doc, tt.name)
		}
	}
}

// TestCaseRepairSpanInside: a name read inside a word that a line in
// capitals had repaired ("KIDAL'S" read "Kidal's") spans only its own
// letters of the input, and the text read there is its Name.
func TestCaseRepairSpanInside(t *testing.T) {
	doc := "KIDAL'S MAYOR FLEES TO GAO\nThe mayor of Kidal fled on Monday."
	d := Read(doc)
	if len(d.Mentions) == 0 || d.Mentions[0].Name != "Kidal" {
		t.Fatalf("Read(%q): mentions %+v, want Kidal first", doc, d.Mentions)
	}
	m := d.Mentions[0]
	if got := m.Span.Text(doc); got != "KIDAL" {
		t.Errorf("Read(%q): Kidal spans %q of the input, want %q", doc, got, "KIDAL")
	}
	if got := d.Repaired(m.Span); got != m.Name {
		t.Errorf("Read(%q): the text read at Kidal's span is %q, want its Name %q", doc, got, m.Name)
	}
}

// TestSideBeatingPerfect: a side's victory told in the perfect ("Kerry
// had beaten Dublin", "Mayo have beaten Galway") makes both names sides,
// as "Dublin beat Kerry" does; a town after "has" and a lower-case word
// keeps its reading.
func TestSideBeatingPerfect(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kerry had beaten Dublin in Croke Park. The club ground at Ballyroe lies 6 km east of Tralee.",
			rels: []string{"Ballyroe: 6 km east of Tralee"}, not: []string{"Dublin", "Kerry"}},
		{doc: "Mayo have beaten Galway twice this year, and the squad trains at Knockbrack, 9 km east of Tuam.",
			rels: []string{"Knockbrack: 9 km east of Tuam"}, not: []string{"Galway", "Mayo"}},
		{doc: "Heavy rain has beaten down on Galway, and the hamlet of Ballinfoyle, 3 km north of Galway, was flooded.",
			rels: []string{"Ballinfoyle: 3 km north of Galway"}, places: []string{"Galway"}},
	})
}
