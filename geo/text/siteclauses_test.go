package text

import "testing"

// TestCorpusSiteClauses: history writing sets between a site and its
// distance an aside of what befell it ("X, abandoned after the siege of
// 256 BC and never rebuilt, lies ...": asideSubject), the ground it
// stands on as a verb's object ("crowns a ridge": groundverbs.tsv) or a
// phrase of where with a name in it ("lies on the tip of Cape Bon").
func TestCorpusSiteClauses(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Inca fortress of Sacsaywaman crowns a hill about 2 km north of Cusco.",
			rels: []string{"Sacsaywaman: 2 km north of Cusco"}},
		{doc: "Maiden Castle, an Iron Age hill fort, occupies a chalk ridge about 3 km southwest of Dorchester.",
			rels: []string{"Maiden Castle: 3 km southwest of Dorchester"}},
		{doc: "The Phoenician port of Kition lies on the shore of Larnaca Bay some 2 km north of Larnaca.",
			rels: []string{"Kition: 2 km north of Larnaca"}},
		{doc: "The Roman town of Thuburbo Majus, sacked by the Vandals in 439 and abandoned under the Arabs, lies about 60 km southwest of Tunis.",
			rels: []string{"Thuburbo Majus: 60 km southwest of Tunis"}},
		{doc: "The Pratzen Heights, where Napoleon broke the allied centre on 2 December 1805, rise about 6 km west of Slavkov u Brna.",
			rels: []string{"Pratzen Heights: 6 km west of Slavkov u Brna"}},
		// With no name before the verb, its object is the place.
		{doc: "The troops occupied a village 25 km north of Cusco.", absent: []string{"Cusco: 25 km north of Cusco"}},
	})
}

// TestGroundVerbsRead reads every row of groundverbs.tsv after a name
// and before a ridge and a distance: the distance is the name's.
func TestGroundVerbsRead(t *testing.T) {
	l := langs().en
	if len(l.sets[setGroundVerbs]) < 8 {
		t.Errorf("lexicon/en/groundverbs.tsv: %d rows, want at least 8", len(l.sets[setGroundVerbs]))
	}
	for w := range l.sets[setGroundVerbs] {
		doc := "The fort of Kalo " + w + " a ridge 12 km north of Gao."
		checkCorpus(t, []example{{doc: doc, rels: []string{"Kalo: 12 km north of Gao"}}})
	}
}

// TestCorpusDaysOfTravel: « à une journée de marche au sud de X », « à
// deux jours de cheval de X » are travel times, read as the bound a day
// of ten hours at the means' top pace gives (fr/paces.tsv), as « à trois
// heures de marche » was.
func TestCorpusDaysOfTravel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le ksar d'Aït Hamou se trouve à une journée de marche au sud de Tinghir.",
			rels: []string{"Aït Hamou: 0-50 km south of Tinghir"}},
		{doc: "La zaouïa de Sidi Bou Knadel se trouve à deux jours de cheval à l'est de Taza.",
			rels: []string{"Sidi Bou Knadel: 0-300 km east of Taza"}},
	})
}
