package text

import "testing"

// TestTrap21Classes holds one text of each class of geoparsing trap in
// short news items (local press, NGO and company updates) that a probe of
// such items failed on:
//   - a description after a name's comma whose head has an owner ("X,
//     the firm's director said") is the owner's noun, not an
//     organisation's: the head is the word after the possessive
//     (orgApposition), so "Melbourne" in "customers are in Toronto and
//     Melbourne, the firm's director said" stays a place;
//   - "Former" and "Veteran" before a country's team ("Former Chile
//     midfielder Jorge Valdivia") and "Floodwaters" opening a flood report
//     open no name (stopcaps.tsv);
//   - the point of a firm's abbreviated legal form ("Co.", "Inc.",
//     "Ltd.", "Corp.", "Bros.") before a lower-case kind belongs to the
//     name: "the Bayne Pallet Co. yard, about 8 miles south of X"
//     (firmPointAt);
//   - "-ican", not "-can", is the ending of a guessed demonym: "the
//     Pandurucan fish port" is a place, as Bulacan and Lucan are, while
//     "Mexican" and "Dominican" stay nationalities (demonyms.tsv);
//   - the object "the camp" of an inverted distance keeps its antecedent
//     when the way the distance runs along follows it: "Puerto Maldonado
//     lies 50 km north-east of the camp along the Interoceanic highway"
//     (wayAfterObject);
//   - a drink producer's premises ("winery", "distillery", "brewery",
//     "creamery") is a kind of a nameless place before a distance: "A
//     winery 5 miles south of Tillamook has won a medal" (kindsafter.tsv);
//     "dairy" is none, for "a Waikato dairy farm" names the region;
//   - a phrase of where after a verb that closes with a name and its kind,
//     no place before the verb, is what the distance places: "Remains
//     were found on the Pobudje ridge, 12 km north-west of Srebrenica"
//     (whereInsertBefore, kindedNameEndsAt); "Kalo lies on the Tasso
//     farm, 12 km north of Gao" still places Kalo (placeBeforeVerb).
func TestTrap21Classes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Most of the new customers are in Toronto and Melbourne, the firm's director said.",
			places: []string{"Toronto", "Melbourne"}},
		{doc: "Sonatrach, the state's oil company, drills 40 km south of Hassi Messaoud.",
			not: []string{"Sonatrach"}},
		{doc: "Former Chile midfielder Jorge Valdivia has opened a football school in Coronel.",
			places: []string{"Coronel"}, not: []string{"Former Chile"}},
		{doc: "Floodwaters cut the BR-392 highway near Santa Maria on Saturday.",
			not: []string{"Floodwaters"}},
		{doc: "Fire crews fought a blaze at the Bayne Pallet Co. yard, about 8 miles south of Dublin, Ga.",
			rels: []string{"Bayne Pallet Co.: 12.9 km south of Dublin"}},
		{doc: "The Acme Bros. quarry is 3 km west of Tonopah.",
			rels: []string{"Acme Bros.: 3 km west of Tonopah"}},
		{doc: "A cargo ferry ran aground on Tuesday off the Pandurucan fish port, 5 km south of San Jose.",
			rels: []string{"Pandurucan: 5 km south of San Jose"}},
		{doc: "Mexican and Dominican tourists came to Negril.",
			places: []string{"Negril"}, not: []string{"Mexican", "Dominican"}},
		{doc: "Police raided the Pampa Alegre mining camp. Puerto Maldonado lies 50 km north-east of the camp along the Interoceanic highway.",
			rels: []string{"Puerto Maldonado: 50 km northeast of Pampa Alegre"}},
		{doc: "Rangers closed the Kasoa camp. Tamale is 30 km north of the camp by road.",
			rels: []string{"Tamale: 30 km north of Kasoa"}},
		{doc: "A winery 5 miles south of Tillamook has won a gold medal.",
			rels: []string{"A winery: 8.05 km south of Tillamook"}},
		{doc: "The Glenardoch distillery, 6 km north of Perth, Scotland, has reopened.",
			rels: []string{"Glenardoch: 6 km north of Perth"}},
		{doc: "Investigators exhumed remains this week at a site on the Pobudje ridge, 12 km north-west of Srebrenica.",
			rels: []string{"Pobudje: 12 km northwest of Srebrenica"}},
		{doc: "Remains were found on the Pobudje farm, 12 km north-west of Srebrenica.",
			rels: []string{"Pobudje: 12 km northwest of Srebrenica"}},
		{doc: "Kalo lies on the Tasso farm, 12 km north of Gao.",
			rels: []string{"Kalo: 12 km north of Gao"}},
	})
}
