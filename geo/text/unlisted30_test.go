package text

import "testing"

// TestUnlisted30PremisesClass holds the first class of the unlisted30
// round (names of no place that were listed as unresolved places): a
// name before a lower-case noun of premises (premises.tsv: "laboratory",
// "lab", "warehouse"), perhaps after one lower-case word of what is done
// there, is the firm's or the body's that keeps them (premisesAfter):
// "the ALS Global laboratory in Perth", "the SGS Minerals preparation
// laboratory". The name is Doubtful: a town named so ("the Nairobi
// laboratory") is mapped where the gazetteer knows it, and a distance
// said of it still places it.
func TestUnlisted30PremisesClass(t *testing.T) {
	checkDoubtful(t, true, []doubtfulCase{
		{"Core was sent to the Actlabs Guyana laboratory in Georgetown.", "Actlabs Guyana", true},
		{"Samples went to the Nagrom Analytical preparation lab.", "Nagrom Analytical", true},
		{"Pulps were shipped to the Nova Tanzania assay laboratory in Mwanza.", "Nova Tanzania", true},
		{"Trucks left the Mabati Rolling warehouse at dawn.", "Mabati Rolling", true},
		{"The Nairobi laboratory confirmed the strain.", "Nairobi", true},
		// negative cases: a verb, an article or a conjunction before the noun
		{"Kamsar has laboratories for the bauxite.", "Kamsar", false},
		{"Between Kalo and the laboratory the road is paved.", "Kalo", false},
	})
	checkCorpus(t, []example{
		{doc: "The samples reached Perth on Monday.", places: []string{"Perth"}},
		{doc: "Kalimbo, 12 km north of Kindia, has a new laboratory.", rels: []string{"Kalimbo: 12 km north of Kindia"}},
	})
}

// TestUnlisted30VenueClass: a name of two words or more that ends in a
// capitalised word of a laboratory, an archive, a shop or a café
// (venues.tsv) is the building the town holds (venueName): "the State
// Archive in Tbilisi", "the Baobab Café in town", "the Foodworld
// Supermarket". The name is Doubtful.
func TestUnlisted30VenueClass(t *testing.T) {
	checkDoubtful(t, true, []doubtfulCase{
		{"Letters are kept at the National Archive in Windhoek.", "National Archive", true},
		{"We had coffee at the Mango Café near the port.", "Mango Café", true},
		{"Lunch was at the Kilimanjaro Cafe in Moshi.", "Kilimanjaro Cafe", true},
		{"Tests were run at the Agrotest Laboratory in Bamenda.", "Agrotest Laboratory", true},
		{"He bought water at the Naivas Supermarket.", "Naivas Supermarket", true},
		{"Old deeds are at the Provincial Archives in Mafikeng.", "Provincial Archives", true},
		// negative case: a one-word name stays a place
		{"We had coffee in Moshi.", "Moshi", false},
	})
}

// TestUnlisted30ForeignBodyClass: a Spanish or Portuguese word of a body
// in a name (orgwords.tsv: "Archivo", "Museo", "Bomberos", "Ministerio",
// "Instituto", "Universidad"), or a French « laboratoire » or « musée »,
// makes it the body's, no place, in an English or a French text: "the
// Museo Nacional de Etnografía y Folklore", "Firefighters from the
// Bomberos Voluntarios". So does an adjective of a science ("the
// European-Mediterranean Seismological Centre").
func TestUnlisted30ForeignBodyClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The mask is held by the Museo Nacional de Etnografía y Folklore in La Paz.", not: []string{"Museo Nacional de Etnografía y Folklore"}, places: []string{"La Paz"}},
		{doc: "Firefighters from the Bomberos Voluntarios reached Tarija at noon.", not: []string{"Bomberos Voluntarios"}, places: []string{"Tarija"}},
		{doc: "The maps are in the Archivo General de la Nación in Lima.", not: []string{"Archivo General", "Nación"}, places: []string{"Lima"}},
		{doc: "Staff of the Instituto Chico Mendes visited Manaus.", not: []string{"Instituto Chico Mendes"}, places: []string{"Manaus"}},
		{doc: "A team from the Universidad Mayor de San Andrés arrived in Oruro.", not: []string{"Universidad Mayor", "San Andrés"}, places: []string{"Oruro"}},
		{doc: "The quake was recorded by the European-Mediterranean Seismological Centre.", not: []string{"European-Mediterranean Seismological Centre"}},
		{doc: "Data came from the Kenya Meteorological Department in Nairobi.", not: []string{"Kenya Meteorological Department"}, places: []string{"Nairobi"}},
		{doc: "Les pièces sont au Musée Dapper à Dakar.", not: []string{"Musée Dapper"}, places: []string{"Dakar"}},
		{doc: "Les analyses du Laboratoire Mérieux de Bamako sont attendues.", not: []string{"Laboratoire Mérieux de Bamako"}},
		{doc: "Les pompiers des Bomberos Voluntarios sont arrivés à Sucre.", not: []string{"Bomberos Voluntarios"}, places: []string{"Sucre"}},
	})
}

// TestUnlisted30AppFirmClass: a laboratory's or an app's name of
// firmnames.tsv ("SGS", "Strava", "Wikiloc", "Komoot") is a firm's,
// however it stands: "my upload to Strava", "the track is on Wikiloc",
// « les résultats de SGS Bamako ».
func TestUnlisted30AppFirmClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The whole loop from Moshi is in my upload to Strava.", not: []string{"Strava"}, places: []string{"Moshi"}},
		{doc: "The track from Jaca is on Wikiloc.", not: []string{"Wikiloc"}, places: []string{"Jaca"}},
		{doc: "I planned the route to Bled on Komoot.", not: []string{"Komoot"}, places: []string{"Bled"}},
		{doc: "Assays are due from SGS Lakefield in May.", not: []string{"SGS Lakefield"}},
		{doc: "Les résultats de SGS Bamako sont attendus en juin.", not: []string{"SGS Bamako"}},
		{doc: "La trace jusqu'à Gap est sur Strava.", not: []string{"Strava"}, places: []string{"Gap"}},
	})
}
