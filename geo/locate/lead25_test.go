package locate

import "testing"

// TestLead25HeadingsInCapitals: relief reports head their title with the
// country in capitals before a colon ("SOUTH SUDAN: Jonglei Flash Update
// No. 4") and name the area before the bulletin's own words; a title run
// into the report's first paragraph ends at its first full stop, and a
// division the text names without its kind ("Hela" for Hela Province) in
// a document about its country is that division. The first name after
// the dash is mapped too once the title's date "(20 May)" no longer reads
// as a verb (TestAnch25BulletinAreasWithDate).
func TestLead25HeadingsInCapitals(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{doc: "SOUTH SUDAN: Jonglei Flash Update No. 4 (12 August). Rains cut the road between Juba and Bor.",
			want: map[string]string{"South Sudan": "SS", "Jonglei": "SS", "Bor": "SS"}},
		{doc: "TAJIKISTAN: Gorno-Badakhshan – Mudflow Situation Report No. 2 (28 June). A mudflow struck a village east of Khorog.",
			want: map[string]string{"Tajikistan": "TJ", "Gorno-Badakhshan": "TJ", "Khorog": "TJ"}, wantNot: []string{"Mudflow Situation Report No. 2"}},
		{doc: "PAPUA NEW GUINEA – Enga and Hela: Situation Report #3 (20 May). Fighting near Tari displaced 900 people.",
			want: map[string]string{"Hela": "PG", "Tari": "PG"}},
		{doc: "PAPUA NEW GUINEA – Jiwaka and Southern Highlands: Situation Report #3 (20 May). Fighting near Mendi displaced 900 people.",
			want: map[string]string{"Southern Highlands": "PG", "Mendi": "PG"}},
		{doc: "RD CONGO – Ituri : rapport de protection, semaine 42. Des miliciens ont attaqué un site près de Bunia.",
			want: map[string]string{"RD Congo": "CD", "Ituri": "CD", "Bunia": "CD"}},
	})
}
