package text

import "testing"

// TestCorpusChainedSelf: a distance set off after the comma that closes
// another phrase, opened by "itself" or « elle-même » with no verb,
// places that phrase's object, as "which is itself" does: "Y, 10 km north
// of X, itself 30 km east of Z" places X from Z.
func TestCorpusChainedSelf(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The well at Bir Kalaït, 10 km north of Ouadi Tinga, itself 30 km east of Abéché, was repaired in May.",
			rels:   []string{"Bir Kalaït: 10 km north of Ouadi Tinga", "Ouadi Tinga: 30 km east of Abéché"},
			absent: []string{"Bir Kalaït: 30 km east of Abéché"}},
		{doc: "Le poste de santé de Ngoura-Kambélé, à 12 km à l'ouest de Mbélé-Gare, elle-même à 40 km au nord de Bertoua, a rouvert ses portes lundi.",
			rels:   []string{"Ngoura-Kambélé: 12 km west of Mbélé-Gare", "Mbélé-Gare: 40 km north of Bertoua"},
			absent: []string{"Ngoura-Kambélé: 40 km north of Bertoua"}},
		{doc: "Le campement de Tin Ekar, à 8 km au sud de Tadjmout, lui-même à 25 km à l'est de Ménaka, a été vidé.",
			rels: []string{"Tin Ekar: 8 km south of Tadjmout", "Tadjmout: 25 km east of Ménaka"}},
		// "in turn" between the relative word and its verb.
		{doc: "The camp at Bir Tawal, 15 km south of Ain Gedid, which in turn lies 40 km west of Faya-Largeau, was resupplied by air.",
			rels:   []string{"Bir Tawal: 15 km south of Ain Gedid", "Ain Gedid: 40 km west of Faya-Largeau"},
			absent: []string{"Bir Tawal: 40 km west of Faya-Largeau"}},
	})
}

// TestCorpusBracketFromTopic: a bracket that gives a distance and a side
// after a name places that name from the place the text is about, also
// when the name opens its sentence or clause, and in French.
func TestCorpusBracketFromTopic(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le ksar de Tinerkouk-Est est isolé : Timimoun (à 30 km au sud-est) est la ville la plus proche, et la piste est souvent ensablée.",
			rels: []string{"Tinerkouk-Est: 30 km northwest of Timimoun"}},
		{doc: "The village of Tinerkouk-Est is isolated. Timimoun (30 km to the southeast) is the nearest town.",
			rels: []string{"Tinerkouk-Est: 30 km northwest of Timimoun"}},
		{doc: "Le site de Kolmane se trouve entre Gao (à 80 km au sud-est) et Bourem (à 30 km au nord).",
			rels: []string{"Kolmane: 80 km northwest of Gao", "Kolmane: 30 km south of Bourem"}},
		// A list of bracketed names: each is placed from the topic, none
		// from the name before it.
		{doc: "Le village de Kalo est isolé. Bourem (à 80 km au nord) et Gao (à 20 km au sud) sont les villes les plus proches.",
			rels: []string{"Kalo: 80 km south of Bourem", "Kalo: 20 km north of Gao"}},
		{doc: "Bourem (à 80 km au nord) et Gao (à 20 km au sud) encadrent le village de Tinkarel.",
			absent: []string{"Bourem: 20 km north of Gao"}},
	})
}

// TestCorpusLateLandmarkSubject: « se trouve le lac X » and « le camp du
// lac X » name the place the fronted distance locates by the landmark's
// lead word.
func TestCorpusLateLandmarkSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À quelque 25 km au nord-ouest de Chibougamau se trouve le camp minier du lac Taché-Nord, ouvert en 1957.",
			rels: []string{"Taché-Nord: 25 km northwest of Chibougamau"}},
		{doc: "À 25 km au nord-ouest de Chibougamau se trouve le lac Taché-Nord.",
			rels: []string{"Taché-Nord: 25 km northwest of Chibougamau"}},
		{doc: "Le récif Tabou-Ouest se trouve à 15 milles nautiques au nord-ouest de Nouméa.",
			rels: []string{"Tabou-Ouest: 27.8 km northwest of Nouméa"}},
	})
}

// TestCorpusAcrossUpstream: "across the river from X", "upstream of X",
// « en amont de X » put the subject near X.
func TestCorpusAcrossUpstream(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The colonia of El Ranchito Viejo lies across the river from Brownsville, and its residents cross the bridge daily.",
			rels: []string{"El Ranchito Viejo: near Brownsville"}},
		{doc: "The village of Kalo lies just upstream of Mopti.", rels: []string{"Kalo: near Mopti"}},
		{doc: "Le village de Kalo se trouve en aval de Mopti.", rels: []string{"Kalo: near Mopti"}},
		{doc: "Refugees fled across the border from Mali.", absent: []string{"Refugees: near Mali"}},
		{doc: "Tinkarel lies on the east bank of the Niger, opposite Bourem.", rels: []string{"Tinkarel: near Bourem"}},
		{doc: "Le village de Tinkarel se trouve face à Bourem, sur l'autre rive du fleuve.", rels: []string{"Tinkarel: near Bourem"}},
		{doc: "Les rebelles font face à l'armée près de Gao.", absent: []string{"Les rebelles: near Gao"}},
		{doc: "The convoy went in the opposite direction to Gao.", absent: []string{"convoy: near Gao"}},
		// A named water between "across the" and "from" is a river, no town.
		{doc: "The fishing village of Ngome-Kasaka sits across the Zambezi from Katima Mulilo, and is reached by boat.",
			rels: []string{"Ngome-Kasaka: near Katima Mulilo"}, absent: []string{"Ngome-Kasaka: near Zambezi"}},
	})
}

// TestCorpusRegionQualifier: in "the Batak highlands" the name qualifies
// a part of a land; it is no container, and the preposition before it is
// no sign of a place.
func TestCorpusRegionQualifier(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The hot spring at Aek Rangat lies about 5 km north of Tarutung, in the Batak highlands of North Sumatra.",
			rels: []string{"Aek Rangat: 5 km north of Tarutung"}, absent: []string{"Aek Rangat: in Batak"}},
	})
}

// TestCorpusKindsOfWork: kinds of place a late subject or an inverted
// object is named by ("the kasbah of X", « du chantier de X »).
func TestCorpusKindsOfWork(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "About 12 miles northeast of Ouarzazate lies the kasbah of Aït Kherbouch, a mud-brick fortress restored in 2019.",
			rels: []string{"Aït Kherbouch: 19.3 km northeast of Ouarzazate"}},
		{doc: "The ksar of Tinerkouk-Est is isolated. Timimoun (30 km to the southeast) is the nearest town.",
			rels: []string{"Tinerkouk-Est: 30 km northwest of Timimoun"}},
		{doc: "Kayes se situe à 35 km à l'ouest du chantier de Sékokoto-Bas, où travaillent quelque 300 ouvriers.",
			rels: []string{"Kayes: 35 km west of Sékokoto-Bas"}},
	})
}
