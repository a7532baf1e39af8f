package text

import "testing"

// TestCorpusConflictWires: conflict and security reports in wire style,
// English and French. The kind of place in a French apposition may come
// without its article, as wires write it (« Minova, localité du
// Sud-Kivu située à ... », « Mafa, localité de l'Etat de Borno située à
// ... »); a phrase after the end of a road between two
// places ("on the road between Gwoza and Pulka, near Ngoshe") places the
// road or the sentence's event, never that end; a unit named after a place
// ("the Kherson grouping of forces") is no place; and the nearness of
// "the nearby settlements of A and B" holds for every settlement.
func TestCorpusConflictWires(t *testing.T) {
	checkCorpus(t, []example{
		// A French apposition of kind without its article.
		{doc: "Les combats se sont poursuivis à Minova, localité du Sud-Kivu située à une quarantaine de kilomètres à l'ouest de Goma.",
			rels:   []string{"Minova: 40 km west of Goma"},
			absent: []string{"Les combats: 40 km west of Goma"}},
		{doc: "GOMA (AFP) - Les rebelles du M23 ont pris le contrôle de Bunagana, localité frontalière de l'Ouganda située à environ 70 km au nord-est de Goma.",
			rels: []string{"Bunagana: 70 km northeast of Goma"}},
		{doc: "Des hommes armés ont attaqué Kalehe, localité située à 60 km au nord de Bukavu.",
			rels: []string{"Kalehe: 60 km north of Bukavu"}},
		{doc: "Les habitants ont fui Kalehe, une localité du Sud-Kivu située à 60 km au nord de Bukavu.",
			rels: []string{"Kalehe: 60 km north of Bukavu"}},
		// A division's kind between the kind of place and the name, and
		// « l'État de X », a state of a federation.
		{doc: "L'armée nigériane a repris Mafa, localité de l'Etat de Borno située à 45 km à l'est de Maiduguri.",
			rels: []string{"Mafa: in Borno", "Mafa: 45 km east of Maiduguri"}},
		{doc: "Les combats ont touché Kalehe, une localité de la province du Sud-Kivu située à 60 km au nord de Bukavu.",
			rels: []string{"Kalehe: in Sud-Kivu", "Kalehe: 60 km north of Bukavu"}},
		{doc: "Des combattants de l'Etat islamique ont attaqué Beni.", not: []string{"Etat islamique"}},
		// The end of a road between two places is not placed by what
		// follows the road.
		{doc: "Gunmen abducted 30 passengers on the road between Gwoza and Pulka, near Ngoshe, a village 15 km south of Gwoza, residents said.",
			rels:   []string{"Ngoshe: 15 km south of Gwoza"},
			absent: []string{"Pulka: near Ngoshe"}, places: []string{"Gwoza", "Pulka", "Ngoshe"}},
		{doc: "Islamic State militants ambushed an army convoy on the road between Palmyra and Deir ez-Zor, near the village of Kabajeb, 60 km south-west of Deir ez-Zor, a war monitor said.",
			rels:   []string{"Kabajeb: 60 km southwest of Deir ez-Zor"},
			absent: []string{"Deir ez-Zor: near Kabajeb"}},
		{doc: "The attack took place on the road between Bunia and Djugu, near the village of Nizi, about 30 km north of Bunia.",
			rels: []string{"The attack: near Nizi", "Nizi: 30 km north of Bunia"}, absent: []string{"Djugu: near Nizi"}},
		// Still read: a place after a comma that is no road's end.
		{doc: "Gunmen attacked Pulka, near Ngoshe, on Monday.", rels: []string{"Pulka: near Ngoshe"}},
		// Units and armed groups named after a place.
		{doc: "The Kherson grouping of forces reported no losses near Oleshky.", not: []string{"Kherson"}},
		{doc: "A Donetsk brigade shelled the village of Pisky.", not: []string{"Donetsk"}},
		{doc: "The Cabo Delgado insurgents attacked Mucojo.", not: []string{"Cabo Delgado"}},
		// A nearness named among plural places holds for each of them.
		{doc: "Russian forces shelled Velyka Novosilka, a village 60 km south-west of Donetsk, and the nearby settlements of Staromaiorske and Urozhaine, the military said.",
			rels: []string{"Velyka Novosilka: near Staromaiorske", "Velyka Novosilka: near Urozhaine"}},
		{doc: "Russian forces shelled Velyka Novosilka and the nearby settlements of Staromaiorske and Urozhaine, the military said.",
			rels: []string{"Velyka Novosilka: near Staromaiorske", "Velyka Novosilka: near Urozhaine"}},
		{doc: "Gunmen attacked Gao and the outskirts of Kidal.", absent: []string{"Gao: near Kidal"}},
	})
}
