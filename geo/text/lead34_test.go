package text

import "testing"

// TestLead34SpanishBodies: a public body of a Spanish- or
// Portuguese-speaking country named in its own tongue (orgwords.tsv:
// "Secretaría", "Fiscalía", "Policía", "Prefeitura") is no place, alone or
// before its complement, in English and in French.
func TestLead34SpanishBodies(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The case was sent to the Fiscalía in Cobán for review.", places: []string{"Cobán"}, not: []string{"Fiscalía"}},
		{doc: "According to the Secretaría de Agricultura, the frost hit Oruro hardest.", places: []string{"Oruro"}, not: []string{"Secretaría de Agricultura"}},
		{doc: "Officers of the Policía Nacional found the truck near Esmeraldas.", places: []string{"Esmeraldas"}, not: []string{"Policía Nacional"}},
		{doc: "A Prefeitura de Santarém says the road to Alter do Chão reopened.", not: []string{"Prefeitura de Santarém"}},
		{doc: "Selon la Procuraduría General, le massacre a eu lieu à El Salado, à 20 km de Carmen de Bolívar.",
			rels: []string{"El Salado: 20 km from Carmen de Bolívar"}, not: []string{"Procuraduría General"}},
		{doc: "Le dossier a été transmis à la Fiscalía de Tegucigalpa.", not: []string{"Fiscalía"}},
		{doc: "We hired four mules through the Asociación de Arrieros Qhapaq Ñan in Ollantaytambo.", places: []string{"Ollantaytambo"}, not: []string{"Asociación de Arrieros Qhapaq Ñan"}},
		{doc: "She founded the Cooperativa Santa Clara, which sells coffee from San Ramón.", not: []string{"Cooperativa Santa Clara"}},
	})
}

// TestLead34LifeParticiples: a participle of a life's event opening a
// sentence ("Born", "Raised", "Buried"; stopcaps.tsv) is no name, so it
// neither takes a distance nor is listed.
func TestLead34LifeParticiples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Born in 1941 on a sheep station, she later ran the store at Wooramel, 40 km south of Carnarvon.",
			rels: []string{"Wooramel: 40 km south of Carnarvon"}, not: []string{"Born"}},
		{doc: "Raised in a fishing camp, he moved to Bethel in 1970.", places: []string{"Bethel"}, not: []string{"Raised"}},
		{doc: "Buried beside his wife at Kasama, he is remembered by the parish.", places: []string{"Kasama"}, not: []string{"Buried"}},
	})
}

// TestLead34LetterHeading: a letter headed by its town and its date, the
// document's first sentence ("Blantyre, 2nd March 1931.", « Bangui, le 1er
// mars 1998. »), is written from that town: the town is mapped.
func TestLead34LetterHeading(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kasungu, 2nd March 1931. Dear Mother, the maize is in and the school at Chimaliro is full.", places: []string{"Kasungu"}},
		{doc: "Mongu, 14 September 1952. My dear Jean, we reached the mission last week.", places: []string{"Mongu"}},
		{doc: "Bossangoa, le 1er mars 1998. Chère maman, les pluies ont commencé.", places: []string{"Bossangoa"}},
		{doc: "Moundou, October 3rd, 1961. Dear friends, the road is open again.", places: []string{"Moundou"}},
	})
}

// TestLead34PersonNamed: a noun of a person and a word of naming before a
// name (personnouns.tsv, namings.tsv: "a man called Gela", "a guide named
// Tashi", « un homme nommé Abdou ») make the name the person's; a kind of
// place before the same words still names a place.
func TestLead34PersonNamed(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We drove to Tsetserleg with a quiet man called Batbold at the wheel.", places: []string{"Tsetserleg"}, not: []string{"Batbold"}},
		{doc: "In Lukla we hired a young guide named Pasang for the trek to Namche Bazaar.", places: []string{"Lukla"}, not: []string{"Pasang"}},
		{doc: "An old trapper known as Blackjack kept a cabin near Eagle.", not: []string{"Blackjack"}},
		{doc: "À Kaya, un homme nommé Boureima nous a conduits jusqu'à Pissila.", places: []string{"Kaya"}, not: []string{"Boureima"}},
		{doc: "Une femme, prénommée Aïssata, vend du mil au marché de Djibo.", not: []string{"Aïssata"}},
		{doc: "We reached a village called Tumbang Miri, 20 km north of Kuala Kurun.",
			rels: []string{"Tumbang Miri: 20 km north of Kuala Kurun"}},
	})
}

// TestLead34MiningWorks: the workings and showings of a mining report
// (descriptors.tsv: "adit", "shaft", "showing", « indice ») name a place
// that a distance places.
func TestLead34MiningWorks(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'indice Bérard se trouve à 4 km au sud de l'indice Lemoine, lui-même situé à 20 km à l'est de Chapais.",
			rels: []string{"Bérard: 4 km south of Lemoine", "Lemoine: 20 km east of Chapais"}},
		{doc: "Les travaux ont porté sur l'indice Roquemaure, situé à environ 15 km au nord de Matagami.",
			rels: []string{"Roquemaure: 15 km north of Matagami"}},
		{doc: "The Kalonga showing lies 6 km north-east of the Mufulira smelter road, some 18 km west of Chililabombwe.",
			rels: []string{"Kalonga: 18 km west of Chililabombwe"}},
		{doc: "The old Tres Cruces shaft is 3 km south of Potosí.", rels: []string{"Tres Cruces: 3 km south of Potosí"}},
	})
}

// TestLead34LandOnThe: a stretch of land written after "on the" as a
// river is (landends.tsv: "on the Copperbelt", "on the Highveld") is no
// river; a river there stays one.
func TestLead34LandOnThe(t *testing.T) {
	checkKinds(t, []struct{ doc, name, feature string }{
		{"The ore goes by road to the smelters on the Copperbelt.", "Copperbelt", ""},
		{"Wheat farms on the Wheatbelt suffered from the frost.", "Wheatbelt", ""},
		{"Maize yields on the Highveld fell by a third.", "Highveld", ""},
		{"We camped on the Zambezi for two nights.", "Zambezi", "river"},
	})
}

// TestLead34KinCommaOf: a relative's name set off by commas after the word
// of kinship, then "of" and a town ("his daughter, Ruth, of Delta
// Junction"), gives the town where the relative lives.
func TestLead34KinCommaOf(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "He is survived by his daughter, Ruth, of Delta Junction.", places: []string{"Delta Junction"}},
		{doc: "She leaves her son, Tomas, of Port Hedland, and two grandchildren.", places: []string{"Port Hedland"}},
	})
}

// TestLead34Roadhouse: a roadhouse is a kind of place (descriptors.tsv),
// and "the roadhouse" stands for the one the text named.
func TestLead34Roadhouse(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Meals were served at the Sheep Creek Roadhouse. The roadhouse stands about 30 km north of Glennallen.",
			rels: []string{"Sheep Creek Roadhouse: 30 km north of Glennallen"}},
	})
}

// TestLead34FurtherOnDirection: a leg's words between the quantity and a
// direction set off by a comma ("4 km further on, due north of X") leave
// the distance measured from X.
func TestLead34FurtherOnDirection(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The hot spring at Ruhija is about 5 km further on, due east of Buhoma.", rels: []string{"Ruhija: 5 km east of Buhoma"}},
		{doc: "Tambul lies 7 miles farther on, to the south-west of Mount Hagen.", rels: []string{"Tambul: 11.3 km southwest of Mount Hagen"}},
	})
}

// TestLead34DiaryDate: a diary's date abbreviated before a verb that
// opens no name ("14 Aug. Left Wabag", "3 Sept. Reached Kandep") is a
// sentence of its own, so the verb does not join the town's name.
func TestLead34DiaryDate(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "14 Aug. Left Tari at dawn with two carriers.", places: []string{"Tari"}, not: []string{"Left Tari"}},
		{doc: "Tuesday 3 Sept. Reached Kandep at noon; rain.", places: []string{"Kandep"}, not: []string{"Reached Kandep"}},
	})
}
