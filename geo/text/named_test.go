package text

import "testing"

// TestNameAfterFact: a place the text first gives no name and names
// afterwards ("it is called X", "Its name is X", "whose name is X") bears
// that name; a named topic gains no alias that way, and "named after X"
// names nothing.
func TestNameAfterFact(t *testing.T) {
	tests := []struct {
		doc, nameless, name string // name "" when no alias is wanted
	}{
		{"A village 20 km south of Kasese was hit hardest by the floods; it is called Bukirova.", "A village", "Bukirova"},
		{"The farm lies 25 km east of Nakuru. It is known as Kiamboru.", "The farm", "Kiamboru"},
		{"A camp lies 20 km north of Gao. Its name is Tinzar.", "A camp", "Tinzar"},
		{"A camp lies 20 km north of Gao. The camp is locally known as Tinzar.", "A camp", "Tinzar"},
		{"A camp lies 20 km north of Gao. It is named after Tinzar.", "A camp", ""},
		{"Kalo lies 20 km north of Gao. It is also called Tinzar.", "", ""},
		// An apposition right after the phrase names its nameless subject,
		// not the phrase's object.
		{"A settlement 18 km east of Lodwar, known locally as Nakwamoru Ekal, was flooded.", "A settlement", "Nakwamoru Ekal"},
		{"A camp 20 km north of Gao, called Tinzar, was attacked.", "A camp", "Tinzar"},
		{"A camp for displaced families, 12 km west of Bunia, was attacked. Locals call it Lopa Bas.", "A camp for displaced families", "Lopa Bas"},
		{"A camp, 12 km west of Bunia, was attacked. Residents named it Lopa.", "A camp", "Lopa"},
		// A named subject leaves the alias with the object.
		{"Kalo lies 18 km east of Lodwar, known locally as Loduar.", "Lodwar", "Loduar"},
	}
	for _, tt := range tests {
		checkAlias(t, tt.doc, tt.nameless, tt.name)
	}
	// An apposition names the subject of the clause it sits in.
	d := Read("The settlement, whose name is Ruwandiko, lies 35 km west of Tete.")
	if len(d.Relations) != 1 || d.Mentions[d.Relations[0].Subject].Name != "Ruwandiko" {
		t.Errorf("Read(%q): %+v, want Ruwandiko 35 km west of Tete", d.Text, d.Relations)
	}
}

// checkAlias reports an error unless Read(doc) gives exactly one alias,
// the mention named name for the one named nameless; or none when name
// is "".
func checkAlias(t *testing.T, doc, nameless, name string) {
	t.Helper()
	d := Read(doc)
	var got []string
	for _, a := range d.Aliases {
		got = append(got, d.Mentions[a.Name].Name+"="+d.Mentions[a.Alias].Name)
	}
	want := 0
	if name != "" {
		want = 1
	}
	if len(got) != want || want == 1 && got[0] != nameless+"="+name {
		t.Errorf("Read(%q) aliases %q, want %q=%q", doc, got, nameless, name)
	}
}
