package text

import "testing"

// TestName29RecordParticiple: a participle of record in an apposition
// gives the place before it the name after "as" or « sous le nom de »,
// past the words that say where or by whom it is so named
// (asparticiples.tsv); the elided « d' » before the name is the « de »
// of « sous le nom de ».
func TestName29RecordParticiple(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The well, listed in the 1911 census as Bir Hamdan, lies 9 km south of Siwa.",
			rels: []string{"Bir Hamdan: 9 km south of Siwa"}},
		{doc: "The farm, recorded in the tithe books as Glenmore Lower, stood about 4 miles north of Kilkenny.",
			rels: []string{"Glenmore Lower: 6.44 km north of Kilkenny"}},
		{doc: "The shelter, marked on old survey maps as Tarn Hut, stands 11 km east of Keswick.",
			rels: []string{"Tarn Hut: 11 km east of Keswick"}},
		{doc: "The camp, registered with the district office as Lokori Ndogo, lies 30 km west of Lodwar.",
			rels: []string{"Lokori Ndogo: 30 km west of Lodwar"}},
		{doc: "Le puits, inscrit au cadastre sous le nom de Bir Tlet, se trouve à 14 km à l'est de Tataouine.",
			rels: []string{"Bir Tlet: 14 km east of Tataouine"}},
		{doc: "Le village, connu sous le nom d'Ankazobe Avaratra, se trouve à 20 km au nord de Fianarantsoa.",
			rels: []string{"Ankazobe Avaratra: 20 km north of Fianarantsoa"}},
		{doc: "Le campement, répertorié par l'OIM sous le nom d'Intahaka Sud, est situé à 35 km de Gao.",
			rels: []string{"Intahaka Sud: 35 km from Gao"}},
	})
}

// TestName29AgentPeopleAs: the capitalised name of who uses a name,
// between a participle of naming and "as", is no part of the name: "as"
// joins no name there, though it is a particle of Arabic names ("Ras as
// Sidr").
func TestName29AgentPeopleAs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The waterhole, known to the Himba as Otjitanda Pool, lies 15 km north of Opuwo.",
			rels: []string{"Otjitanda Pool: 15 km north of Opuwo"}, not: []string{"Himba as Otjitanda Pool"}},
		{doc: "The pass, known to the Tuareg as Tin Rerhoh, lies 60 km east of Bordj Badji Mokhtar.",
			rels: []string{"Tin Rerhoh: 60 km east of Bordj Badji Mokhtar"}},
		{doc: "The outcrop, known to Pitjantjatjara people as Walinynga Hill, rises 25 km west of Amata.",
			rels: []string{"Walinynga Hill: 25 km west of Amata"}},
		{doc: "The fort stood at Ras as Sidr, 40 km south of Suez.",
			rels: []string{"Ras as Sidr: 40 km south of Suez"}},
	})
}

// TestName29NamingTail: a phrase after the given name that says why or
// since when the place is so named stands inside the apposition before
// its closing comma (namingtails.tsv): "named X after its founder", «
// baptisé X en l'honneur de son fondateur ».
func TestName29NamingTail(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The settlement, named Ole Nkaru after its first elder, lies 18 km south of Narok.",
			rels: []string{"Ole Nkaru: 18 km south of Narok"}},
		{doc: "The beach, called Red Cove for its iron-stained cliffs, lies 7 km north of Esperance.",
			rels: []string{"Red Cove: 7 km north of Esperance"}},
		{doc: "Le campement, baptisé Tin Hama en l'honneur de son fondateur, se trouve à 22 km au nord d'Ansongo.",
			rels: []string{"Tin Hama: 22 km north of Ansongo"}},
		{doc: "Le site, surnommé Kilomètre Vingt depuis la guerre, est situé à 20 km de Bangassou.",
			rels: []string{"Kilomètre Vingt: 20 km from Bangassou"}},
		{doc: "Le camp, appelé Zone Rouge depuis 2019, est situé à 15 km de Djibo.",
			rels: []string{"Zone Rouge: 15 km from Djibo"}},
	})
}

// TestName29RelativeAsVerb: a relative clause whose verb gives the name
// after "as", past where it is written, names the place before it
// (asnamings.tsv): "which the old maps mark as X", "which the lease
// refers to as X", « que les cartes mentionnent sous le nom de X ».
func TestName29RelativeAsVerb(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "The family worked a farm 5 miles west of Tuam, which the old maps mark as Cloonbar.",
			name: "Cloonbar", rel: "8.05 km west of Tuam"},
		{doc: "The herders winter at a site 40 km north of Aktobe, which the lease refers to as Kara Tobe.",
			name: "Kara Tobe", rel: "40 km north of Aktobe"},
		{doc: "The survey found a cairn some 6 km east of Tain, which the register lists as Cnoc Dubh.",
			name: "Cnoc Dubh", rel: "6 km east of Tain"},
		{doc: "Les nomades campent près d'un puits situé à 25 km de Tidjikja, que les cartes mentionnent sous le nom de Bir Oum Lekhal.",
			name: "Bir Oum Lekhal", rel: "25 km from Tidjikja"},
	})
}

// TestName29NamingAdverb: an adverb after the verb of naming, and the
// article and lower-case kind that open the name, stand between the verb
// and the name (namingadverbs.tsv, nameleads.tsv): « qu'on appelle ici X
// », « que les pêcheurs appellent le lac X », "which locals call simply
// X".
func TestName29NamingAdverb(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À 30 km au sud de Roberval, un lac que les pêcheurs appellent le lac Kénogami-Nord attire les touristes.",
			rels: []string{"Kénogami-Nord: 30 km south of Roberval"}},
		{doc: "À 12 km de Kindia, un hameau que l'on appelle ici Sogoya Fello accueille les déplacés.",
			rels: []string{"Sogoya Fello: 12 km from Kindia"}},
		{doc: "Some 20 km east of Erfoud, a spring that the herders call simply Ain Zorg waters the flocks.",
			rels: []string{"Ain Zorg: 20 km east of Erfoud"}},
	})
	checkNamed(t, []namedCase{
		{doc: "Les familles vivent dans un campement situé à 10 km de Kiffa, que les bergers nomment simplement Lebheir.",
			name: "Lebheir", rel: "10 km from Kiffa"},
		{doc: "They live in a camp 25 km west of Tessalit, which the drivers call simply Kilomètre 25.",
			name: "Kilomètre 25", rel: "25 km west of Tessalit"},
	})
}
