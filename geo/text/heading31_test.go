package text

import "testing"

// TestHeading31CompassInTitleCase: a relief report's title written with
// every word capitalised keeps the compass word that opens its area's
// name ("North Kivu", "West Darfur", "South Omo"): repairCase writes a
// compass word in lower case only where it is a direction ("40 Km North
// Of Garissa"). The country before the colon and the area after it are
// both places.
func TestHeading31CompassInTitleCase(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Sudan: West Darfur – Flash Update No. 2\nClashes displaced some 5,000 people towards Geneina.",
			places: []string{"Sudan", "West Darfur"}, not: []string{"Darfur"}},
		{doc: "Ethiopia: South Omo Zone – Situation Report No. 5 (OCHA)\nFloods cut the road to Jinka.",
			places: []string{"Ethiopia", "South Omo Zone"}},
		{doc: "Yemen: North Hadramawt – Displacement Update No. 3\nArrivals continued at Seiyun.",
			places: []string{"Yemen", "North Hadramawt"}},
	})
	// A compass word that is a direction in such a line stays in lower
	// case: the distance still reads.
	checkCorpus(t, []example{
		{doc: "Lotiri Camp Lies About 40 Km North Of Garissa Town In Kenya",
			rels: []string{"Lotiri Camp: 40 km north of Garissa Town"}},
	})
	for _, c := range []struct{ line, want string }{
		{"Sudan: North Darfur – Flash Update No. 4 Today", "Sudan: North Darfur – Flash Update no. 4 Today"},
		{"The Camp Lies 40 Km North Of Garissa Town", "The Camp lies 40 km north of Garissa Town"},
		{"The Camp Lies North, Near The Old Garissa Road", "The Camp lies north, near The Old Garissa Road"},
	} {
		if got, _ := repairText(c.line); got != c.want {
			t.Errorf("repairText(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestHeading31CountryCase: the country before a report title's colon is
// a place when it is written as its name is, not only in plain Title
// Case: with the country's letters in capitals ("DR Congo") or with the
// lower-case words of a listed name (« République centrafricaine », «
// République démocratique du Congo »). An agency's acronym before the
// colon stays a label.
func TestHeading31CountryCase(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "DR Congo: Ituri – Flash Update No. 3\nAttacks on displacement sites near Bunia continued.",
			places: []string{"DR Congo", "Ituri"}},
		{doc: "DR Congo: Situation Report No. 11 (OCHA)\nCholera cases rose in Kalemie.",
			places: []string{"DR Congo"}},
		{doc: "République centrafricaine : Rapport de situation n° 4\nLes déplacés affluent vers Bambari.",
			places: []string{"République centrafricaine"}},
		{doc: "République démocratique du Congo : Note d'information humanitaire\nLes combats ont repris près de Rutshuru.",
			places: []string{"République démocratique du Congo"}},
		{doc: "Guinée équatoriale : les pluies ont coupé la route de Mongomo.",
			places: []string{"Guinée équatoriale"}},
		{doc: "Bosnia and Herzegovina: Floods – Situation Report No. 2\nThe river rose at Doboj.",
			places: []string{"Bosnia and Herzegovina"}},
	})
	checkCorpus(t, []example{
		{doc: "OCHA: Floods have displaced 3,000 people near Beledweyne.", not: []string{"OCHA"}},
		{doc: "UN OCHA: Situation Report No. 2\nRains continued in Baidoa.", not: []string{"UN OCHA", "OCHA"}},
		{doc: "IOM DTM: Site Assessment – Round 5\nThe survey covered Baidoa.", not: []string{"IOM DTM", "DTM"}},
		{doc: "WFP VAM: Market Monitor – Issue 12\nPrices rose in Juba.", not: []string{"WFP VAM", "VAM"}},
	})
}

// TestHeading31HazardTitle: a report's title that names its hazard,
// capitalised, after the country's colon ("SOUTH SUDAN: JONGLEI STATE
// FLOODS", "Somalia: Gedo Region Drought") names the country, in
// capitals as in ordinary case; a lower-case hazard in a headline
// ("Nigeria: Flash floods in Adamawa State") leaves the name a label, as
// before.
func TestHeading31HazardTitle(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "SOUTH SUDAN: JONGLEI STATE FLOODS\nWaters rose at Bor.", places: []string{"South Sudan"}},
		{doc: "MALAWI: SOUTHERN REGION CHOLERA OUTBREAK\nCases rose in Blantyre.", places: []string{"Malawi"}},
		{doc: "Somalia: Gedo Region Drought\nWater prices doubled in Luuq.", places: []string{"Somalia"}},
		{doc: "Kenya: Tana River Floods\nThe river burst its banks near Garsen.", places: []string{"Kenya"}},
	})
	checkEvidence(t, "Nigeria: Flash floods in Adamawa State", "Nigeria", Evidence(-1))
	checkEvidence(t, "UPDATE: FLOODS IN THE NORTH\nRains continued.", "Update", Evidence(-1))
}

// TestHeading31NumberedTitleLine: a report's title that ends on its
// number ("Situation Report No. 8", "Flash Update #3") ends its line and
// its sentence, however long it is and however short the line after it:
// the first word of the report below opens a sentence and joins no name
// of the title.
func TestHeading31NumberedTitleLine(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Cameroon: North-West – Situation Report No. 8\nAttacks were reported near Kumba.",
			places: []string{"Cameroon", "Kumba"}, not: []string{"Attacks", "Situation Report No. 8\nAttacks"}},
		{doc: "Central African Republic: Situation Report No. 9\nFighting continued near Bangui.",
			places: []string{"Central African Republic", "Bangui"}, not: []string{"Fighting", "Situation Report No. 9\nFighting"}},
		{doc: "Mozambique: Cabo Delgado Province – Flash Update #3\nFamilies fled towards Pemba.",
			places: []string{"Mozambique", "Pemba"}, not: []string{"Families"}},
	})
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Cameroon: North-West – Situation Report No. 8", true},
		{"Mozambique: Cabo Delgado – Flash Update #3", true},
		{"The convoy reached Kilometre 40", false},
		{"The camp holds 4000", false},
	} {
		if got := numberedTitleEnd(c.line, 0, len(c.line)); got != c.want {
			t.Errorf("numberedTitleEnd(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
