package text

import (
	"strings"
	"testing"
)

// TestCorpusBlindD holds one text of each class a fourth blind set of
// short worldwide texts failed on, each written before the code that
// reads it:
//   - an indefinite apposition of any kind describes the name before its
//     comma ("Cerro Tuina Sur, a copper prospect 35 km northeast of
//     Calama"; indefiniteApposition);
//   - "has" before another verb is its auxiliary, and the name after the
//     verb its object, not a complement of the subject ("De Beers has sold
//     the Rietputs Drift workings, 30 km northwest of Kimberley");
//   - a superlative and its noun before a direction bound a field, and
//     place nothing ("the largest city west of Winnipeg");
//   - an acronym after a French article names an agency (« Le BNGRC
//     signale »);
//   - a place named after a colon that follows the phrase (« se cache à 20
//     km au nord de Zagora : le ksar d'Aït Tiwlal »);
//   - an indefinite kind opening a sentence, set before the name as a
//     participle clause is ("A small crossroads settlement on the N59,
//     roughly 8 km southeast of Clifden, Derrylea Cross grew up around a
//     forge"), and a settlement's "grew up around" is no person's life;
//   - "Co." opens a county's name ("Derrylea Cross, Co. Galway");
//   - a fronted phrase with no subject places the scene the main clause
//     names after "at" ("Some 8 km west of Urubamba, archaeologists have
//     uncovered a complex at Qhellopuquio Alto");
//   - an agency's name before "of" and common words is no place ("the
//     Texas Department of Public Safety", "the Bureau of Land
//     Management");
//   - a French kind with adjectives after it takes "entre" (« Batroun,
//     petite ville côtière entre Jbeil et Tripoli »);
//   - a news report measures "X, 36 miles to the south" from where it was
//     filed ("PARIS, Texas (AP) —");
//   - a name before a possessive and what is no kind of place is no
//     subject ("Marconi's engineers lodged here while building the
//     station near Clifden").
func TestCorpusBlindD(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Codelco said on Wednesday it had begun drilling at Cerro Tuina Sur, a copper prospect 35 km northeast of Calama, in Chile's Antofagasta region.",
			rels: []string{"Cerro Tuina Sur: 35 km northeast of Calama"}, absent: []string{"Codelco: 35 km northeast of Calama"}},
		{doc: "Most visitors head for Tromsø, but our host swears by Ballangsletta, a flat stretch of shoreline 20 km southwest of Narvik.",
			rels: []string{"Ballangsletta: 20 km southwest of Narvik"}},
		{doc: "The FIS Continental Cup moves this weekend to Polana Kuźnicka Wyżnia, a small hill 6 km east of Zakopane.",
			rels: []string{"Polana Kuźnicka Wyżnia: 6 km east of Zakopane"}},
		{doc: "De Beers has sold the old Rietputs Drift alluvial diamond workings, 30 km northwest of Kimberley, to a local consortium.",
			rels: []string{"Rietputs Drift: 30 km northwest of Kimberley"}, absent: []string{"De Beers: 30 km northwest of Kimberley"}},
		{doc: "Dawson City, then the largest city west of Winnipeg, lay some 435 km northwest of Whitehorse.",
			rels: []string{"Dawson City: 435 km northwest of Whitehorse"}, absent: []string{"Dawson City: west of Winnipeg"}},
		{doc: "Le BNGRC signale 2 300 sinistrés dans la commune rurale d'Ampasimbola-Vohitra, à 40 km au sud d'Antsirabe.",
			rels: []string{"Ampasimbola-Vohitra: 40 km south of Antsirabe"}, not: []string{"Le BNGRC"}},
		{doc: "Mais le véritable joyau se cache à 20 km au nord de Zagora : le ksar d'Aït Tiwlal, village de pisé.",
			rels: []string{"Aït Tiwlal: 20 km north of Zagora"}},
		{doc: "The real gem hides 20 km north of Zagora: the ksar of Ait Tiwlal, a mud-brick village.",
			rels: []string{"Ait Tiwlal: 20 km north of Zagora"}},
		{doc: "Derrylea Cross, Co. Galway. A small crossroads settlement on the N59, roughly 8 km southeast of Clifden, Derrylea Cross grew up around a forge.",
			rels: []string{"Derrylea Cross: in Co. Galway", "Derrylea Cross: 8 km southeast of Clifden"}, not: []string{"Co"}},
		{doc: "Derrylea Cross is a village in Connemara. Marconi's engineers lodged here while building the wireless station near Clifden in 1907. Galway city lies about 70 km to the east-southeast.",
			rels: []string{"Galway: 70 km east-southeast of Derrylea Cross"}, absent: []string{"Marconi: near Clifden", "Galway: 70 km east-southeast of Marconi"}},
		{doc: "Some 8 km west of Urubamba, on a spur above the Sacred Valley, archaeologists have uncovered an Inca storehouse complex at Qhellopuquio Alto.",
			rels: []string{"Qhellopuquio Alto: 8 km west of Urubamba"}},
		{doc: "The Texas Department of Public Safety said the suspects were wanted. The Bureau of Land Management closed the road.",
			not: []string{"Texas Department", "Bureau"}},
		{doc: "Doppler radar showed the storm near Tonopah.",
			not: []string{"Doppler"}},
		{doc: "Les flammes menaçaient Batroun, petite ville côtière entre Jbeil et Tripoli.",
			rels: []string{"Batroun: between Jbeil and Tripoli"}},
		{doc: "PARIS, Texas (AP) — Deputies arrested two men at a farmhouse in Lone Cedar Crossing, about 12 miles northeast of Paris. The Texas Department of Public Safety said the suspects were wanted for burglaries in Sulphur Springs, 36 miles to the south.",
			rels: []string{"Lone Cedar Crossing: 19.3 km northeast of Paris", "PARIS: 57.9 km north of Sulphur Springs"}, absent: []string{"Lone Cedar Crossing: 57.9 km north of Sulphur Springs"}},
	})
}

// TestSuperlativesRead reads every row of superlatives.tsv before a noun
// and a direction: the direction places nothing, and the distance after
// it is still read.
func TestSuperlativesRead(t *testing.T) {
	set := langs().en.sets[setSuperlatives]
	if len(set) < 10 {
		t.Fatalf("en/superlatives.tsv: %d rows, want at least 10", len(set))
	}
	for w := range set {
		checkCorpus(t, []example{{doc: "Kalo, then the " + w + " town west of Winnipeg, lay some 435 km northwest of Whitehorse.",
			rels: []string{"Kalo: 435 km northwest of Whitehorse"}, absent: []string{"Kalo: west of Winnipeg"}}})
	}
	// Without a superlative the direction is read.
	checkCorpus(t, []example{{doc: "Kalo, a small town west of Winnipeg, was flooded.", rels: []string{"Kalo: west of Winnipeg"}}})
}

// TestAgencyHeadsRead reads every row of agencyheads.tsv, capitalised
// after a place's name and before "of" and common words: the name is an
// agency's, no place; before "of" and a country it is a division's.
func TestAgencyHeadsRead(t *testing.T) {
	set := langs().en.sets[setAgencyHeads]
	if len(set) < 8 {
		t.Fatalf("en/agencyheads.tsv: %d rows, want at least 8", len(set))
	}
	for w := range set {
		title := strings.ToUpper(w[:1]) + w[1:]
		checkCorpus(t, []example{{doc: "The Texas " + title + " of Public Safety said the suspects were arrested near Tonopah.",
			places: []string{"Tonopah"}, not: []string{"Texas " + title}}})
	}
}
