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

// TestLead27FormedSite: « s'est formé à N km de X » places a site or a
// camp as « s'est installé » does (fr/verbs.tsv).
func TestLead27FormedSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un nouveau site spontané s'est formé à une vingtaine de kilomètres au nord-ouest d'Adré.",
			rels: []string{"Un nouveau site spontané: 20 km northwest of Adré"}},
		{doc: "Un camp s'est formé à 12 km au sud de Bol, près du lac.", rels: []string{"Un camp: 12 km south of Bol"}},
		{doc: "Le campement de Tagal s'est formé à 8 km à l'est de Diffa.", rels: []string{"Tagal: 8 km east of Diffa"}},
	})
}

// TestLead27IndefiniteApposition: a sentence opening with an indefinite
// kind of place and its name between commas, the name perhaps with its
// own kind after it, places the name by the verb of place after the
// apposition ("A second site, X camp, has opened …").
func TestLead27IndefiniteApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A second site, Mphampha camp, has opened between 15 and 20 km north of Nsanje.",
			rels: []string{"Mphampha: 15-20 km north of Nsanje"}},
		{doc: "A seasonal cattle post, Otjirunda kraal, lies some 8 km west of Opuwo.",
			rels: []string{"Otjirunda: 8 km west of Opuwo"}},
		{doc: "A new settlement, Kalo village, stands 12 km north of Gao.", rels: []string{"Kalo: 12 km north of Gao"}},
	})
}
