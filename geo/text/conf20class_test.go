package text

import "testing"

// TestCorpusConflictVehicles: conflict and security reports place a vehicle
// or a column of them where it was hit, as the object of the verb right
// before a distance ("ambushed a supply convoy 40 km south of X", « une
// frappe a visé une moto à 5 km au sud de Y »): the vehicle is the nameless
// place measured, not the clause's subject.
func TestCorpusConflictVehicles(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "JNIM militants ambushed a supply convoy 40 km south of Djibo on 29 November, ACLED data show.",
			rels: []string{"a supply convoy: 40 km south of Djibo"}},
		{doc: "Separatist fighters ambushed a military convoy 12 km north of Bamenda on Monday.",
			rels: []string{"a military convoy: 12 km north of Bamenda"}},
		{doc: "An Israeli drone strike hit a car 8 km east of Tyre on Tuesday, killing two men.",
			rels: []string{"a car: 8 km east of Tyre"}},
		{doc: "Gunmen fired on a police patrol 6 km west of Kidal, the army said.",
			rels: []string{"a police patrol: 6 km west of Kidal"}},
		{doc: "Une frappe de drone israélienne a visé une moto à 5 km au sud de Nabatieh, mardi.",
			rels: []string{"une moto: 5 km south of Nabatieh"}},
		{doc: "Des hommes armés ont attaqué un convoi humanitaire à 30 km à l'ouest de Bambari.",
			rels: []string{"un convoi humanitaire: 30 km west of Bambari"}},
		{doc: "Des combattants du JNIM ont incendié un camion-citerne à 40 km au nord de Niono, mardi.",
			rels: []string{"un camion-citerne: 40 km north of Niono"}},
	})
}

// TestCorpusFrenchSecurityPosts: a French police station or barracks
// without a name, before a distance, is a nameless place (« Un
// commissariat situé à 5 km au sud de X »); « le commissariat de X » is
// the town's.
func TestCorpusFrenchSecurityPosts(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un commissariat situé à 5 km au sud de Kenscoff a été abandonné par les policiers.",
			rels: []string{"Un commissariat: 5 km south of Kenscoff"}},
		{doc: "Des hommes armés ont attaqué une caserne à 10 km au nord de Kidal.",
			rels: []string{"une caserne: 10 km north of Kidal"}},
		{doc: "Le commissariat de Kenscoff a été incendié dans la nuit.",
			places: []string{"Kenscoff"}},
	})
}

// TestCorpusFrenchNationalityAfterKind: a French nationality adjective
// without a regular ending (« russe », « turque », « libanais ») after a
// kind of place and its complement is one adjective of the kind: « un
// dépôt de munitions russe à 12 km à l'est de X » places the depot.
func TestCorpusFrenchNationalityAfterKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une frappe de drone a visé un dépôt de munitions russe à 12 km à l'est de Koupiansk.",
			rels: []string{"un dépôt de munitions russe: 12 km east of Koupiansk"}},
		{doc: "Un drone a frappé un poste turc à 15 km au nord de Manbij.",
			rels: []string{"un poste turc: 15 km north of Manbij"}},
		{doc: "Des obus sont tombés sur un camp de déplacés rwandais à 8 km à l'ouest de Goma.",
			rels: []string{"un camp de déplacés rwandais: 8 km west of Goma"}},
	})
}

// TestCorpusFrenchOwnedPost: a French kind of place followed by « des » or
// « du » and its owner's name (an armed force, an agency), perhaps with
// its acronym in brackets, before a distance is a nameless place: « un
// poste des Forces démocratiques syriennes (FDS) à 20 km à l'est de X ».
func TestCorpusFrenchOwnedPost(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des cellules de l'État islamique ont attaqué un poste des Forces démocratiques syriennes (FDS) à 20 km à l'est de Deir ez-Zor.",
			rels: []string{"un poste des Forces démocratiques syriennes (FDS): 20 km east of Deir ez-Zor"}},
		{doc: "Des cellules ont attaqué un poste des FDS à 20 km à l'est de Deir ez-Zor.",
			rels: []string{"un poste des FDS: 20 km east of Deir ez-Zor"}},
		{doc: "Des hommes armés ont pillé un entrepôt du Programme alimentaire mondial à 15 km au sud de Bunia.",
			rels: []string{"un entrepôt du Programme alimentaire mondial: 15 km south of Bunia"}},
	})
}

// TestCorpusOrgModifiedSite: an organisation's name between the article
// and the kind, perhaps with its acronym in brackets, says whose the place
// is: "a Frontier Corps camp 15 km east of X" places the camp.
func TestCorpusOrgModifiedSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Baloch Liberation Army militants attacked a Frontier Corps camp 15 km east of Turbat on Wednesday night.",
			rels: []string{"a Frontier Corps camp: 15 km east of Turbat"}},
		{doc: "Army drones struck a Rapid Support Forces (RSF) fuel convoy 30 km west of El Obeid on 2 December.",
			rels: []string{"a Rapid Support Forces (RSF) fuel convoy: 30 km west of El Obeid"}},
	})
}

// TestCorpusPassiveSite: a nameless place, the subject of a passive verb
// of setting up right before a distance ("had been opened", "was set up"),
// is the place measured; an event verb ("was ambushed") keeps the scene
// named with its verb.
func TestCorpusPassiveSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "UNHCR said a new transit site had been opened 4 km east of Adré.",
			rels: []string{"a new transit site: 4 km east of Adré"}},
		{doc: "The army said a checkpoint was set up 10 km north of Gao.",
			rels: []string{"a checkpoint: 10 km north of Gao"}},
		{doc: "A patrol was ambushed 20 km north of Gao on Monday.",
			rels: []string{"A patrol was ambushed: 20 km north of Gao"}},
	})
}

// TestCorpusFrenchPluralEvent: a French plural event after « des », the
// object of the verb right before a distance, is the place measured: «
// ont essuyé des tirs à 12 km au nord de X ».
func TestCorpusFrenchPluralEvent(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Des casques bleus de la MONUSCO ont essuyé des tirs à 12 km au nord de Bunia, en Ituri.",
			rels: []string{"des tirs: 12 km north of Bunia"}},
		{doc: "L'armée a signalé des combats à 15 km au nord d'Uvira.",
			rels: []string{"des combats: 15 km north of Uvira"}},
		{doc: "Les FARDC ont repoussé des attaques à 20 km à l'ouest de Beni.",
			rels: []string{"des attaques: 20 km west of Beni"}},
	})
}
