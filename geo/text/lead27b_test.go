package text

import "testing"

// TestLead27RecordedSite: a French report records, spots or reports a
// site at a distance (fr/verbs.tsv: « recensé », « repéré », « identifié
// », « signalé »), and the site named in an aside before the verb is
// what the distance places.
func TestLead27RecordedSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un deuxième site, appelé localement Tagal-Kouri, a été recensé entre 8 et 10 km au sud de Maïné-Soroa.",
			rels: []string{"Tagal-Kouri: 8-10 km south of Maïné-Soroa"}},
		{doc: "Un nouveau campement a été signalé à 12 km à l'est de Bol.", rels: []string{"Un nouveau campement: 12 km east of Bol"}},
		{doc: "Le site de Kalgoa a été repéré à 15 km au nord de Djibo par les équipes du HCR.", rels: []string{"Kalgoa: 15 km north of Djibo"}},
		{doc: "Un puits, nommé Bir Tamat, a été identifié à 30 km à l'ouest de Zouérate.", rels: []string{"Bir Tamat: 30 km west of Zouérate"}},
	})
}
