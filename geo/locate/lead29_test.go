package locate

import "testing"

// TestLead29DedicationNoNamesake: the saint a church is given to is no
// town or country of that name (text.Mention.Actor): « L'église
// Saint-Martin » is not the island of Saint-Martin, "the village church
// of St. Nicholas" no Greek village.
func TestLead29DedicationNoNamesake(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, not string }{
		{"L'église Saint-Martin a été restaurée en 1990 grâce aux dons des paroissiens de Bouillon.", "Saint-Martin"},
		{"Bjelopoljci lies 14 km north-west of Kolašin. The village church of St. Nicholas was built in 1864.", "St. Nicholas"},
		{"The wooden church of St Paraskeva in Desești, a hamlet 20 km south of Sighetu Marmației, was raised in 1780.", "St Paraskeva"},
	} {
		for _, p := range analyse(t, c.doc).Places {
			if p.Name == c.not {
				t.Errorf("%q: %s mapped as %s (%s)", c.doc, p.Name, p.Status, p.Source)
			}
		}
	}
}

// TestLead29DivisionOpensSentence: a first-level division of two words or
// more that opens a sentence is taken in a text on its country
// (namedDivisionOpens), where a one-word name there may be a person.
func TestLead29DivisionOpensSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		{"Ghana Wildlife Society – Upper East waterbird count, February 2023. Volunteers counted cranes at a reservoir some 18 km north-east of Bolgatanga.", "Upper East", "GH"},
		{"Western Cape officials said the fire near Ceres was contained.", "Western Cape", "ZA"},
		{"Eastern Cape health teams reached Mthatha on Monday after floods.", "Eastern Cape", "ZA"},
	})
}
