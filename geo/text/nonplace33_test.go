package text

import "testing"

// TestNonplace33FolkList: a list of single capitalised words that a noun
// of a people's members closes is a list of peoples when one member is a
// people the lexicon knows, though a state bears another member's name
// (folkListNoun): "Kachin, Lisu and Rawang villagers". Elsewhere the
// state's name stays a place.
func TestNonplace33FolkList(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Shan, Ta'ang and Palaung villagers fled to Lashio after the shelling.",
			places: []string{"Lashio"}, not: []string{"Shan", "Ta'ang", "Palaung"}},
		{doc: "Lisu, Kachin and Rawang families have sheltered in a church in Putao since May.",
			places: []string{"Putao"}, not: []string{"Lisu", "Kachin", "Rawang"}},
		{doc: "Kachin or Lisu farmers were forced to carry supplies to Myitkyina.",
			places: []string{"Myitkyina"}, not: []string{"Kachin", "Lisu"}},
		{doc: "Karen, Kayah and Mon women walked to Mae Sot, the clinic said.",
			places: []string{"Mae Sot"}, not: []string{"Karen", "Kayah", "Mon"}},
		{doc: "Hamer, Dassanech and Nyangatom herders watered their cattle near Omorate.",
			not: []string{"Dassanech"}},
		{doc: "Chin and Naga elders met in Tamu to discuss the border.",
			places: []string{"Tamu"}, not: []string{"Chin", "Naga"}},
		{doc: "The army shelled Hsipaw, a town 40 km south-west of Lashio in Shan State.",
			places: []string{"Hsipaw", "Lashio", "Shan State"}},
		{doc: "Fighting spread from Kachin to northern Shan in June.",
			places: []string{"Kachin"}},
	})
}

// TestNonplace33SaintChurch: after a lower-case kind of church and "of",
// "saint" in the church's own language opens a dedication
// (dedications.tsv), no place: "the church of Surb Karapet", "the
// monastery of Sveti Naum", "the chapel of Agios Nikolaos".
func TestNonplace33SaintChurch(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We walked up to the church of Surb Sargis in Ashtarak.",
			places: []string{"Ashtarak"}, not: []string{"Surb Sargis"}},
		{doc: "Pilgrims from Ohrid gather at the monastery of Sveti Naum every July.",
			places: []string{"Ohrid"}, not: []string{"Sveti Naum"}},
		{doc: "The little chapel of Agios Nikolaos above Oia was rebuilt after the earthquake.",
			not: []string{"Agios Nikolaos"}},
		{doc: "The frescoes of the church of Surp Asdvadzadzin in Goris were cleaned in 2019.",
			places: []string{"Goris"}, not: []string{"Surp Asdvadzadzin"}},
	})
}

// TestNonplace33SaintBuildingIn: a name that "saint" opens in one of the
// languages of saints.tsv, before a lower-case noun of a building and
// "in" or "at" a town, is the building's saint (saintBuildingIn); the
// town after it is read as ever, and without that town the name stays,
// for it may be the town whose hospital it is.
func TestNonplace33SaintBuildingIn(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "She died on Sunday at the St. Anna hospital in Tartu.",
			places: []string{"Tartu"}, not: []string{"St. Anna", "St"}},
		{doc: "Two wounded men were flown from San Rafael clinic in Cotonou to Lomé.",
			places: []string{"Cotonou", "Lomé"}, not: []string{"San Rafael"}},
		{doc: "The choir sang at the Sveti Nikola church at Ohrid on Easter morning.",
			places: []string{"Ohrid"}, not: []string{"Sveti Nikola"}},
		{doc: "Doctors at Santa Teresa hospital in Cochabamba treated the miners.",
			places: []string{"Cochabamba"}, not: []string{"Santa Teresa"}},
		{doc: "He was taken to San Fernando hospital after the crash.",
			places: []string{"San Fernando"}},
	})
}

// TestNonplace33HouseBefore: a name that ends in a dwelling's word before
// a lower-case noun of what the house now is (househeads.tsv) is the
// house's, doubtful (houseNameBefore); the town it stands in is mapped.
func TestNonplace33HouseBefore(t *testing.T) {
	for _, tc := range []struct{ doc, name, town string }{
		{"We visited the Chavchavadze Mansion museum in Tsinandali.", "Chavchavadze Mansion", "Tsinandali"},
		{"The Dadiani Manor hotel in Zugdidi has forty rooms.", "Dadiani Manor", "Zugdidi"},
		{"The Tolstoy House museum stands in the centre of Tula.", "Tolstoy House", "Tula"},
	} {
		d := Read(tc.doc)
		town := false
		for _, m := range d.Mentions {
			if m.Name == tc.name && !m.Doubtful && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is a place mention (evidence %v), want doubtful", tc.doc, m.Name, m.Evidence)
			}
			town = town || m.Name == tc.town && m.Evidence >= EvidencePreposition
		}
		if !town {
			t.Errorf("Read(%q): %s is no place mention, want one", tc.doc, tc.town)
		}
	}
}

// TestNonplace33Organisations: the Soviet camp administration and its
// trusts (organisations.txt: "the Gulag", "Dalstroy"), a French body
// with « Collectivité » (fr/orgwords.tsv) and a shop named after «
// magasin », « supermarché », « boutique » or « pharmacie »
// (fr/buildings.tsv) name no place.
func TestNonplace33Organisations(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Survivors of the Gulag met in Vorkuta in 1989.",
			places: []string{"Vorkuta"}, not: []string{"Gulag"}},
		{doc: "His father worked for Dalstroy in Magadan until 1953.",
			places: []string{"Magadan"}, not: []string{"Dalstroy"}},
		{doc: "La Collectivité territoriale de Martinique a voté le budget du port de Fort-de-France.",
			not: []string{"La Collectivité", "Collectivité"}},
		{doc: "À Abidjan, le supermarché Prosuma Plateau a rouvert lundi.",
			places: []string{"Abidjan"}, not: []string{"Prosuma Plateau"}},
		{doc: "Les voleurs ont visé la boutique Kanga Mode et la pharmacie Bel Air à Dakar.",
			places: []string{"Dakar"}, not: []string{"Kanga Mode", "Bel Air"}},
		{doc: "La supérette Chez Fatou, à Thiès, a été braquée samedi.",
			places: []string{"Thiès"}, not: []string{"Chez Fatou"}},
		{doc: "Le magasin Hyper Akwa de Douala a été cambriolé dans la nuit.",
			places: []string{"Douala"}, not: []string{"Hyper Akwa"}},
	})
}
