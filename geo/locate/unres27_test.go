package locate

import "testing"

// TestUnres27UnlikelyMentionNeutral: a name read once as doubtful (a
// group of people after it: "the Saruni and Kamba clans") and once as
// unlikely a place ("Saruni fighters burned huts", a side) stays
// doubtful: the unlikely mention names no place either
// (doubtfulMention), so the name is no unresolved place. A name placed
// elsewhere by a preposition stays listed.
func TestUnres27UnlikelyMentionNeutral(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkUnlisted(t, []unlistedCase{
		{"A feud between the Saruni and Kamba clans flared near Kundiawa. Saruni fighters burned huts.", "Saruni", "Kundiawa"},
		{"Clashes between the Wamaro and Tepe clans were reported in Mendi. Wamaro fighters fled.", "Wamaro", "Mendi"},
		{"Fighting between the Ikari and Oloma communities spread to Jos. Ikari youths blocked roads.", "Ikari", "Jos"},
		// negative case: a name placed after "at" stays listed
		{"Fighting between the Ikari and Oloma communities spread to Jos. Ikari youths blocked roads at Tolbi.", "", "Tolbi"},
	})
	res := analyse(t, "Saruni fighters burned huts at Gonimba, near Kundiawa.")
	placeNamed(t, res, "Gonimba")
}
