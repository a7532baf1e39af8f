package locate

import "testing"

// TestListSiblingTakenNearby: a list member taken for a town only because it
// lies near the document's anchors (lookupNearbyNames) vouches for the other
// members as one taken earlier does (lookupListSiblings): "shelling Kadugli
// and Dilling" in a report from El Obeid maps Kadugli, which lies too far
// off to be taken by nearness itself.
func TestListSiblingTakenNearby(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkMapped(t, false, []mappedCase{
		{"Drones struck El Obeid on 2 December. The RSF responded by shelling Kadugli and Dilling.",
			map[string]string{"Kadugli": "SD", "Dilling": "SD"}, nil},
		{"Drones struck a convoy 30 km west of El Obeid. The RSF then shelled Dilling and Kadugli.",
			map[string]string{"Kadugli": "SD", "Dilling": "SD"}, nil},
	})
}
