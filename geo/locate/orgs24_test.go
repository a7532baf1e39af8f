package locate

import "testing"

// TestOrgs24DatelineAgencyUnlisted: the agency or paper in a dateline's
// brackets (text.Mention.Doubtful: "Harare (New Ziana) -") that the
// gazetteer does not know is no unresolved place, though the reader
// reads the town before it as lying in it (unplacedDoubtful); a region
// written there is still mapped ("GOMA (North Kivu) -").
func TestOrgs24DatelineAgencyUnlisted(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkUnlisted(t, []unlistedCase{
		{"Harare (New Ziana) - A buying centre opened at Mayfair Siding, 40 km west of Kadoma.", "New Ziana", "Harare"},
		{"KAMPALA (New Vision) - A boat capsized near Kasensero, 20 km south of Masaka.", "New Vision", "Kasensero"},
		{"GOMA (North Kivu) - Fighting resumed near Kitshanga, 60 km north-west of Goma.", "", "North Kivu"},
	})
}
