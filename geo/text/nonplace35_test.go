package text

import "testing"

// TestNonplace35InstitutionHead: an institution whose kind is written
// before its town's name, as South Asian and Malaysian public hospitals
// and colleges are (institutionHeadEnd), is no place of its own: the town
// after its kind is the mention, doubtful ("Teaching Hospital Turbat").
// A town whose own name opens with such a word stays whole.
func TestNonplace35InstitutionHead(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "She was transferred to District Hospital Badulla, where she died on Sunday.",
			places: []string{"Badulla"}, not: []string{"District Hospital Badulla"}},
		{doc: "Doctors at Hospital Kuala Krai treated twelve flood victims.",
			places: []string{"Kuala Krai"}, not: []string{"Hospital Kuala Krai"}},
		{doc: "He studied at Government College Lahore before joining the army.",
			places: []string{"Lahore"}, not: []string{"Government College Lahore"}},
		{doc: "The boy was referred to Divisional Hospital Nuwara Eliya after the landslide.",
			places: []string{"Nuwara Eliya"}, not: []string{"Divisional Hospital Nuwara Eliya"}},
		{doc: "The team drove from College Station to Bryan on Friday.",
			places: []string{"College Station", "Bryan"}},
	})
}

// TestNonplace35DeskStaff: a name after "at" (« de », « chez ») and a
// lower-case noun of a body's office staff (deskstaff.tsv: "analysts",
// "economists", « géologues ») is the body they work for, no place.
func TestNonplace35DeskStaff(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Economists at Itaú expect the real to weaken, while strategists at Bradesco are more cautious.",
			not: []string{"Itaú", "Bradesco"}},
		{doc: "Geologists at Resolute found gold in quartz veins near Syama.",
			not: []string{"Resolute"}},
		{doc: "Analysts at Exotix and Tellimer cut their forecasts for copper mines in Zambia.",
			places: []string{"Zambia"}, not: []string{"Exotix", "Tellimer"}},
		{doc: "Selon les économistes de Coris Bank, la hausse restera modeste à Ouagadougou.",
			places: []string{"Ouagadougou"}, not: []string{"Coris Bank"}},
		{doc: "Les géologues de Roxgold ont foré une trentaine de sondages.",
			not: []string{"Roxgold"}},
		// A kind of place after the name leaves it to the reader.
		{doc: "Researchers at Makeni hospital counted 40 cases.",
			places: []string{"Makeni"}},
	})
}

// TestNonplace35WrittenWork: a name after a verb that cites a written
// work ("mentioned in", « cité dans »: citings.tsv), before a noun of a
// work ("the Kilwa chronicle": worktails.tsv), opening with a noun of a
// work (« le Cartulaire de Redon »: workheads.tsv) or ending as a word for
// a book does ("Sturlubók": worksuffixes.txt) is a written work, no
// place, and holds none.
func TestNonplace35WrittenWork(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The farm of Reykir is first mentioned in Sturlubók, a version of the settlement book.",
			not: []string{"Sturlubók"}},
		{doc: "Hof, a farm 12 km south of Egilsstaðir, is mentioned in Hrafnkels saga.",
			rels: []string{"Hof: 12 km south of Egilsstaðir"}, not: []string{"Hrafnkels"}},
		{doc: "The settlement appears in the Pate chronicle as a tributary of the sultan.",
			not: []string{"Pate"}},
		{doc: "The hamlet is first mentioned in Domesday, where it is called Bradeford.",
			not: []string{"Domesday"}},
		{doc: "Le village est mentionné dans le Cartulaire de Redon dès 834.",
			not: []string{"Cartulaire de Redon"}},
		{doc: "La ferme de Vaux, à 8 km au nord de Sens, est citée dans la Chronique de Saint-Pierre-le-Vif.",
			rels: []string{"Vaux: 8 km north of Sens"}, not: []string{"Chronique de Saint-Pierre-le-Vif"}},
		{doc: "Le hameau de Kerbrat, à 6 km à l'ouest de Morlaix, est attesté dans le Livre des Fiefs de l'évêché.",
			rels: []string{"Kerbrat: 6 km west of Morlaix"}, not: []string{"Livre des Fiefs"}},
	})
}

// TestNonplace35Grants: a name before a noun of a mining or land right in
// English ("the Santa Bárbara concession") or after it in French, with
// no « de » (« le permis Kiaka »: grants.tsv) is the right's, no place
// the map shows; a mine stays a place ("the Tasiast mine, 250 km north of
// Nouakchott").
func TestNonplace35Grants(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Santa Bárbara concession was extended by ten years in 2021.",
			not: []string{"Santa Bárbara"}},
		{doc: "Drilling on the Kwale licence resumed in May, the company said.",
			not: []string{"Kwale"}},
		{doc: "Its Bogoso lease was handed back to the state last year.",
			not: []string{"Bogoso"}},
		{doc: "La concession Santa Rosa a été prolongée jusqu'en 2040.",
			not: []string{"Santa Rosa"}},
		{doc: "Le permis Kiaka couvre près de 100 km², selon le ministère.",
			not: []string{"Kiaka"}},
		{doc: "The Tasiast mine, 250 km north of Nouakchott, employs 2,000 people.",
			rels: []string{"Tasiast: 250 km north of Nouakchott"}},
	})
}

// TestNonplace35Bodies: a name that ends in "International" is an
// organisation's (orgwords.tsv: "Heifer International", "Plan
// International"), no place, though it works near one.
func TestNonplace35Bodies(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Heifer International gave heifers to 200 families near Masaka.",
			places: []string{"Masaka"}, not: []string{"Heifer International"}},
		{doc: "Plan International runs a school feeding programme around Kaya.",
			not: []string{"Plan International"}},
		{doc: "Le projet est financé par Tearfund et Plan International à Dori.",
			places: []string{"Dori"}, not: []string{"Plan International"}},
		{doc: "The road from International Falls to Duluth was closed.",
			places: []string{"International Falls", "Duluth"}},
	})
}

// TestNonplace35RiddenModel: a name after "a" or "an" and an adjective
// or two, with a participle of riding after it (rides.tsv: "driven", «
// prêté »), is a make or a model someone rides in, no place.
func TestNonplace35RiddenModel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The family reached Mazar in a borrowed Surf driven by a cousin.",
			places: []string{"Mazar"}, not: []string{"Surf"}},
		{doc: "He fled to Juba in an ageing Noah packed with mattresses.",
			places: []string{"Juba"}, not: []string{"Noah"}},
		{doc: "Les enquêteurs sont arrivés à Tahoua dans un vieux Ducato prêté par la mairie.",
			places: []string{"Tahoua"}, not: []string{"Ducato"}},
		{doc: "Ils ont rejoint Bossangoa à bord d'une Pajero louée à Bangui.",
			places: []string{"Bossangoa"}, not: []string{"Pajero"}},
	})
}

// TestNonplace35Rocks: a name before a lower-case noun of a rock or a
// rock unit (rocks.tsv) is a geological unit's or an age's, no place;
// a kind of place after the rock keeps the name the place's.
func TestNonplace35Rocks(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The copper is hosted in Katangan metasediments near Kolwezi.",
			places: []string{"Kolwezi"}, not: []string{"Katangan"}},
		{doc: "Gold occurs in Tarkwaian conglomerates around Prestea.",
			places: []string{"Prestea"}, not: []string{"Tarkwaian"}},
		{doc: "The boreholes reach Kalahari sands at 40 m near Ghanzi.",
			places: []string{"Ghanzi"}, not: []string{"Kalahari"}},
		{doc: "The tombs are cut in Nubian sandstone above the river.",
			not: []string{"Nubian"}},
		{doc: "Fossils were found in Beaufort mudstones at Nieu-Bethesda.",
			places: []string{"Nieu-Bethesda"}, not: []string{"Beaufort"}},
	})
}
