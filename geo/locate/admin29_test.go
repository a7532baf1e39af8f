package locate

import "testing"

// TestAdmin29OkinaDivisionOfDocCountry: a Polynesian division or island
// written with the ʻokina, at its start ("ʻEua") or inside it ("Vavaʻu",
// "Haʻapai"), is the gazetteer's division of Tonga, which GeoNames
// writes "ʻEua", "Vavau", "Haapai".
func TestAdmin29OkinaDivisionOfDocCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		{"The ferry from Nuku'alofa reaches ʻEua in about two hours.", "ʻEua", "TO"},
		{"Le ferry de Nuku'alofa arrive à ʻEua en fin de matinée.", "ʻEua", "TO"},
		{"Whale watching in Vavaʻu starts in July, from the harbour at Neiafu.", "Vavaʻu", "TO"},
		{"Relief supplies reached Haʻapai on Friday, landing at Pangai.", "Haʻapai", "TO"},
	})
}

// TestAdmin29CompassRightAfterKind: « la province Nord » and « la
// province Sud », New Caledonia's provinces named by a French compass
// word right after their kind, are the document's country's divisions
// in GeoNames' English ("North Province", "South Province"), not a
// namesake elsewhere.
func TestAdmin29CompassRightAfterKind(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkGazetteerCountries(t, []namedCountry{
		{"Les élus de la province Nord se sont réunis à Koné.", "Nord", "NC"},
		{"La province Sud a voté son budget mardi à Nouméa.", "Sud", "NC"},
		{"Le président de la province Nord, Paul Néaoutyine, a inauguré un dispensaire à Poindimié.", "Nord", "NC"},
	})
}
