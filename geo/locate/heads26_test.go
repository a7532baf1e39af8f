package locate

import "testing"

// TestHeads26Unshout: a name in capitals takes the gazetteer's form when
// the two fold alike, and otherwise title case with the gazetteer's form
// of each word it shares, particles in lower case, initials and codes
// kept; a name in ordinary case is left as written.
func TestHeads26Unshout(t *testing.T) {
	for _, c := range []struct{ name, gaz, want string }{
		{"BAMAKO", "Bamako", "Bamako"},
		{"SEGOU", "Ségou", "Ségou"},
		{"TUGUEGARAO CITY", "Tuguegarao", "Tuguegarao City"},
		{"CABADBARAN CITY", "Cabadbaran", "Cabadbaran City"},
		{"TCHAD", "Chad", "Tchad"},
		{"AGUSAN DEL NORTE", "Caraga", "Agusan del Norte"},
		{"BOBO-DIOULASSO CENTRE", "Bobo-Dioulasso", "Bobo-Dioulasso Centre"},
		{"N'DJAMENA SUD", "N'Djamena", "N'Djamena Sud"},
		{"COX'S BAZAR TOWN", "Cox's Bazar", "Cox's Bazar Town"},
		{"L'ABER WRAC'H", "Landéda", "L'Aber Wrac'h"},
		{"RD CONGO", "Democratic Republic of the Congo", "RD Congo"},
		{"CA", "California", "CA"},
		{"NZ", "New Zealand", "NZ"},
		{"Tuguegarao City", "Tuguegarao", "Tuguegarao City"},
	} {
		if got := unshout(c.name, c.gaz); got != c.want {
			t.Errorf("unshout(%q, %q) = %q, want %q", c.name, c.gaz, got, c.want)
		}
	}
}

// TestHeads26ShoutedNames: a town, a region or a country the text writes
// in capitals only (a dateline, a bulletin's title) carries its
// gazetteer's form or title case as its name, and its mention keeps the
// text's span.
func TestHeads26ShoutedNames(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, c := range []struct{ doc, name, country, text string }{
		{"TUGUEGARAO CITY, Cagayan — Floodwaters rose overnight in several barangays, the city government said.", "Tuguegarao City", "PH", "TUGUEGARAO CITY"},
		{"WFP GHANA – FLOOD RESPONSE BULLETIN #2, September. Trucks reached Tamale on Monday.", "Ghana", "GH", "GHANA"},
		{"ZINDER (Niger), 12 juin (AFP) – Trois personnes ont été tuées lors d'une attaque contre un marché.", "Zinder", "NE", "ZINDER"},
		{"NORTH KIVU: Fighting resumed near Rutshuru on Tuesday, displacing thousands of families.", "North Kivu", "CD", "NORTH KIVU"},
	} {
		res := analyse(t, c.doc)
		p := placeNamed(t, res, c.name)
		if !p.HasPoint && p.Geometry == nil || p.Country != c.country {
			t.Errorf("%s: %s in %q, want placed in %s", c.doc, c.name, p.Country, c.country)
		}
		if len(p.Mentions) == 0 || c.doc[p.Mentions[0].Start:p.Mentions[0].End] != c.text {
			t.Errorf("%s: %s's mentions %v, want the text %q", c.doc, c.name, p.Mentions, c.text)
		}
	}
}
