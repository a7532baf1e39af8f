package text

import "testing"

// TestCorpusMaritime: notices to mariners, fisheries closures, coast-guard
// reports and fishing-village profiles. In a text about the sea
// (lexicon/fr/seawords.tsv) a French « milles » is the nautical mile, and
// the encablure or cable a tenth of it (units.tsv); the rocks, shoals and
// landings of such notices are kinds of place (« la roche X », « le banc
// de X », « le débarcadère de X »); "X Bank" placed by a distance after a
// comma is a bank of the sea, not a lender; a fronted distance places the
// name whose main verb follows (« À 7 km à l'est de Y, X vit … »), after
// the anchor's country too ("40 km south of Tanga, Tanzania, X lives"); a
// port may be « artisanal » and a village « lagunaire »; "the
// Atlantic" is the ocean; « Arrêté » and « Avis » opening a notice are no
// names.
func TestCorpusMaritime(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Par arrêté préfectoral, la pêche à la praire est interdite autour de l'îlot de Raguénès, à 3 milles au sud de Névez.",
			rels: []string{"Raguénès: 5.56 km south of Névez"}},
		{doc: "Le chalutier Marie-Jeanne a signalé une voie d'eau à 15 milles à l'ouest de Lorient ; la SNSM l'a escorté jusqu'au port. L'îlot de Kerlo est à 4 milles au nord de Groix.",
			rels: []string{"Kerlo: 7.41 km north of Groix"}},
		// Without a word of the sea, the statute mile of Quebec.
		{doc: "La ferme Tremblay est à 30 milles au nord de Chicoutimi.",
			rels: []string{"Tremblay: 48.3 km north of Chicoutimi"}},
		{doc: "Le rocher Gorlébella est à 6 encablures à l'ouest du Conquet.",
			rels: []string{"Gorlébella: 1.11 km west of Conquet"}},
		{doc: "Gull Rock lies 4 cables south of Portscatho; divers visit the wreck of the Hera there.",
			rels: []string{"Gull Rock: 0.741 km south of Portscatho"}},
		{doc: "La roche Men Du se trouve à 2 milles au nord-est de Trégastel ; les plaisanciers la contournent par l'ouest.",
			rels: []string{"Men Du: 3.7 km northeast of Trégastel"}},
		{doc: "Un chalutier a talonné sur le banc de Guérande, à 5 milles au sud-ouest du Croisic.",
			rels: []string{"Guérande: 9.26 km southwest of Croisic"}},
		{doc: "Le débarcadère de Thionck-Essyl est à 20 km au nord de Bignona.",
			rels: []string{"Thionck-Essyl: 20 km north of Bignona"}},
		{doc: "Scallop dredging is closed on Stanton Bank, 40 nautical miles west of Tiree, until further notice.",
			rels: []string{"Stanton Bank: 74.1 km west of Tiree"}},
		{doc: "The trawler lost power on Jeffreys Bank, 25 nautical miles south-east of Portland, Maine.",
			rels: []string{"Jeffreys Bank: 46.3 km southeast of Portland"}},
		{doc: "Standard Bank opened a branch in Gqeberha last year.",
			not: []string{"Standard Bank"}},
		{doc: "À 12 km au sud de Mbour, Nianing vit de la pêche et du tourisme.",
			rels: []string{"Nianing: 12 km south of Mbour"}},
		{doc: "Some 8 km north of Nouadhibou, Cansado lives by its octopus pots.",
			rels: []string{"Cansado: 8 km north of Nouadhibou"}},
		// A title word after an own kind and « du » is the landmark's name.
		{doc: "Le chalutier a talonné sur la roche du Moine, à 3 milles à l'ouest du Guilvinec.",
			rels: []string{"Moine: 5.56 km west of Guilvinec"}},
		{doc: "L'îlot du Roi est à 2 milles au nord de Saint-Quay-Portrieux ; les plaisanciers y mouillent l'été.",
			rels: []string{"Roi: 3.7 km north of Saint-Quay-Portrieux"}},
		// The anchor's country between the fronted distance and the name.
		{doc: "About 30 km north of Pemba, Mozambique, Mecufi lives by its dhows and its fish market.",
			rels: []string{"Mecufi: 30 km north of Pemba"}},
		// The adjectives of a port or a landing of the coast.
		{doc: "À 8 km au nord de Joal, le port artisanal de Mbodiène accueille une centaine de pirogues.",
			rels: []string{"Mbodiène: 8 km north of Joal"}},
		{doc: "Le village lagunaire de Tiagba est à 30 km à l'ouest de Dabou.",
			rels: []string{"Tiagba: 30 km west of Dabou"}},
		{doc: "La caye Pinel, à 2 milles à l'est de Cul-de-Sac, est un haut-fond de sable.",
			rels: []string{"Pinel: 3.7 km east of Cul-de-Sac"}},
		{doc: "The village of Taghazout clings to the Atlantic cliffs, 19 km north of Agadir.",
			rels: []string{"Taghazout: 19 km north of Agadir"}, not: []string{"Atlantic"}},
		{doc: "Arrêté n° 45/2026 : la plongée est interdite sur l'épave du Donator, à 1 mille au sud de Porquerolles.",
			not: []string{"Arrêté"}},
	})
}
