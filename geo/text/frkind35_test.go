package text

import "testing"

// TestFrKind35CompassSuffix: a name after « au » or « aux » whose last part
// is a compass word joined to a name (« Kalo-Nord », « Gros-Mapou-Sud »)
// is a locality, the part of a village or a quarter, not a country or a
// region the article marks: a distance set off after it places it. A
// region so named set off after a town and a comma stays the town's
// container.
func TestFrKind35CompassSuffix(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une centaine de déplacés vivent au Bas-Limbé-Nord, à 7 km à l'ouest de Limbé.",
			rels: []string{"Bas-Limbé-Nord: 7 km west of Limbé"}},
		{doc: "Les éleveurs se sont regroupés au Kossi-Est, à une vingtaine de kilomètres au nord de Nouna, depuis l'attaque.",
			rels: []string{"Kossi-Est: 20 km north of Nouna"}},
		{doc: "Les familles sinistrées sont hébergées aux Palmistes-Sud, à 4 km au sud de Cilaos.",
			rels: []string{"Palmistes-Sud: 4 km south of Cilaos"}},
		{doc: "Les pêcheurs du lagon se retrouvent au Mbouéni Ouest, à 6 km à l'est de Mamoudzou.",
			rels: []string{"Mbouéni Ouest: 6 km east of Mamoudzou"}},
		// A region set off after a town: the town is placed.
		{doc: "Les déplacés ont fui Kutum, au Darfour-Nord, à 120 km d'El Fasher.",
			absent: []string{"Darfour-Nord: 120 km from El Fasher"}},
	})
}
