package locate

import "testing"

// TestFacility28BuildingInTown: a building the text only puts in a town
// ("born at X Teaching Hospital, Kumasi", "Reposing at X Funeral Home,
// Oughterard", « au CHU X de Bobo-Dioulasso ») is no place the map
// missed: the town is mapped and the building is not listed as an
// unresolved place. A building a distance places is still solved.
func TestFacility28BuildingInTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tc := range []struct {
		name, doc, town, building string
	}{
		{"hospital in a town", "He was born at Okomfo Ntim Teaching Hospital, Kumasi, in 1951.", "Kumasi", "Okomfo Ntim Teaching Hospital"},
		{"cemetery in a town", "Burial took place at Dunmore Road Cemetery, Waterford, on Friday.", "Waterford", "Dunmore Road Cemetery"},
		{"hotel in a town", "We stayed two nights at Hotel Las Brisas in Iquique.", "Iquique", "Hotel Las Brisas"},
		{"stade de", "Le match s'est joué au stade Ely-Manel-Fall de Diourbel.", "Diourbel", "Ely-Manel-Fall"},
		{"CHU de", "Les blessés ont été admis au CHU Sanou-Souro de Bobo-Dioulasso.", "Bobo-Dioulasso", "Sanou-Souro"},
	} {
		res := analyse(t, tc.doc)
		found := false
		for _, p := range res.Places {
			if p.Name == tc.town && p.Status == StatusLocated {
				found = true
			}
			if p.Name == tc.building || p.Name == tc.building+" de "+tc.town {
				t.Errorf("%s: %q listed as %s, want no place", tc.name, p.Name, p.Status)
			}
		}
		if !found {
			t.Errorf("%s: %s not mapped", tc.name, tc.town)
		}
	}
	res := analyse(t, "The Kasese Mission Hospital is 12 km north of Kasese.")
	for _, p := range res.Places {
		if p.Name == "Kasese Mission Hospital" && p.Status != StatusLocated {
			t.Errorf("Kasese Mission Hospital: %s, want located by its distance", p.Status)
		}
	}
}
