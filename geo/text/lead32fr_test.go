package text

import "testing"

// TestLead32FrenchOpeners: « C'est », « Cela », « Demain » and « Hier »
// opening a French sentence open no name (fr/stopcaps.tsv), and the place
// the sentence locates keeps its distance.
func TestLead32FrenchOpeners(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "C'est à Bouza, à 14 km au nord de Tahoua, que la réunion s'est tenue.",
			rels: []string{"Bouza: 14 km north of Tahoua"}, not: []string{"C'est"}},
		{doc: "C'était au hameau de Lagrange, à 6 km de Mende.",
			rels: []string{"Lagrange: 6 km from Mende"}, not: []string{"C'était"}},
		{doc: "Demain, nous dormirons au campement de Tiguent, à 20 km au sud d'Akjoujt.",
			rels: []string{"Tiguent: 20 km south of Akjoujt"}, not: []string{"Demain"}},
		{doc: "Hier, les secours ont atteint Ouallam, à 100 km au nord de Niamey.",
			rels: []string{"Ouallam: 100 km north of Niamey"}, not: []string{"Hier"}},
	})
}

// TestLead32FrenchIndefiniteApposition: « X, une NOM [qualificatif] [situé]
// à … » describes X whatever the noun, as English "X, a rocky slope 12 km
// …" does: a word the tables lack after the indefinite head qualifies it,
// and a participle of place may stand before the distance.
func TestLead32FrenchIndefiniteApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les démineurs ont nettoyé Kfar Tebnit, une crête boisée située à 9 km au sud de Nabatieh.",
			rels: []string{"Kfar Tebnit: 9 km south of Nabatieh"}},
		{doc: "Nous avons campé à Tin Tarabine, une dune isolée à 20 km à l'est de Djanet.",
			rels: []string{"Tin Tarabine: 20 km east of Djanet"}},
		{doc: "Le sentier mène à Roc Noir, une falaise calcaire située à 6 km à l'est de Vallon-Pont-d'Arc.",
			rels: []string{"Roc Noir: 6 km east of Vallon-Pont-d'Arc"}},
		{doc: "La patrouille a fouillé Bir Tarfa, une butte située à 15 km au nord de Tataouine.",
			rels: []string{"Bir Tarfa: 15 km north of Tataouine"}},
	})
}

// TestLead32FrenchWayTo: « par » after the place a way heads for (« vers
// », « jusqu'à », « direction ») names a town the way passes through
// (originBefore, headingFor); after « à » alone it may name an agent. The
// feminine « partie de » names where an operation or a column set out
// from, as « parti de » does (fr/origins.tsv).
func TestLead32FrenchWayTo(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le convoi est reparti vers Kidal par Anéfis.", places: []string{"Kidal", "Anéfis"}},
		{doc: "Nous irons jusqu'à Tombouctou par Goundam.", places: []string{"Tombouctou", "Goundam"}},
		{doc: "Les camions ont pris la direction Zinder par Tanout.", places: []string{"Tanout"}},
		{doc: "Le chantier avait été détruit lors d'une opération partie de Saint-Laurent-du-Maroni.", places: []string{"Saint-Laurent-du-Maroni"}},
		{doc: "Les colonnes parties de Mopti ont rejoint Konna.", places: []string{"Mopti"}},
	})
	d := Read("Le chef a été tué à Gao par Ahmed.")
	for _, m := range d.Mentions {
		if m.Name == "Ahmed" && m.Evidence >= EvidencePreposition {
			t.Errorf("Ahmed, named after « à Gao par », is graded %v, want no place", m.Evidence)
		}
	}
}

// TestLead32FrenchPlacedAt: « La base-vie sera établie au lieu-dit X »
// makes a later « de la base-vie » stand for X, as in English; so does « Le
// camp de base a été installé à X » for « du camp de base ».
func TestLead32FrenchPlacedAt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La base-vie sera établie au lieu-dit Ebolowa-Si. Un camp de chantier, Mvadi, sera ouvert à 9 km au nord de la base-vie.",
			rels: []string{"Mvadi: 9 km north of Ebolowa-Si"}},
		{doc: "Le camp de base a été installé à Tin-Essako, à 20 km de Kidal. Le poste avancé d'Intahaka se trouve à 6 km à l'est du camp de base.",
			rels: []string{"Intahaka: 6 km east of Tin-Essako"}},
		{doc: "La centrale d'enrobage est installée à Gbapleu-Zia, sur l'axe de Danané. La carrière de Dompleu se trouve à 4 km au nord de la centrale d'enrobage.",
			rels: []string{"Dompleu: 4 km north of Gbapleu-Zia"}},
	})
}

// TestLead32FrenchFurtherDownstream: « X, 15 km plus en aval, … » places X
// from the last place reached, as « plus au nord » does.
func TestLead32FrenchFurtherDownstream(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons atteint Bourem, à 80 km de Gao. Le village de Tondibi, 15 km plus en aval, a été inondé.",
			rels: []string{"Tondibi: 15 km from Bourem"}},
		{doc: "La pirogue a fait halte à Dioura, à 40 km de Ké-Macina. Le campement de Sendegué, 10 km plus en amont, est isolé.",
			rels: []string{"Sendegué: 10 km from Dioura"}},
	})
}

// TestLead32FrenchObjectAfterPlace: after « à X », a spaced « le », « la »
// or « les » and a capitalised word open the verb's object, not the rest
// of X's name (objectAfterFrenchPlace): the town stays a place.
func TestLead32FrenchObjectAfterPlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le préfet a réuni à Kandi la Croix-Rouge béninoise.", places: []string{"Kandi"}},
		{doc: "Le chef de l'État a reçu à Bamako le Premier ministre nigérien.", places: []string{"Bamako"}},
		{doc: "Le ministre a rencontré à Niamey les Nations unies.", places: []string{"Niamey"}},
		{doc: "Ils vivent à San Juan de la Maguana.", places: []string{"San Juan de la Maguana"}},
	})
}
