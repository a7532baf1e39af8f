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

// TestFrKind35Section: « la section X », a section communale of Haiti, is
// a kind of place before a bare name (descriptors.tsv): a distance set off
// after it places X.
func TestFrKind35Section(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le choléra a gagné la section Bois-de-Lance, à 12 km au sud-est de Limonade.",
			rels: []string{"Bois-de-Lance: 12 km southeast of Limonade"}},
		{doc: "Des pluies diluviennes ont frappé la 4e section Grande-Plaine, à environ 20 km au nord de Gonaïves.",
			rels: []string{"Grande-Plaine: 20 km north of Gonaïves"}},
		{doc: "Les agronomes travaillent dans la section Savane-Diane, à une trentaine de kilomètres à l'est de Saint-Marc.",
			rels: []string{"Savane-Diane: 30 km east of Saint-Marc"}},
	})
}

// TestFrKind35Culmine: « qui culmine à » before a distance (verbs.tsv)
// places the climb or the height it follows, as « qui se trouve à » does;
// before a height the distance after the clause is still the name's.
func TestFrKind35Culmine(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les coureurs ont affronté la côte de Nkol-Mewout, qui culmine à 8 km au nord de Mbalmayo.",
			rels: []string{"Nkol-Mewout: 8 km north of Mbalmayo"}},
		{doc: "Le sentier grimpe jusqu'au Piton Mahavel, qui culmine à une dizaine de kilomètres au sud-ouest de Cilaos.",
			rels: []string{"Piton Mahavel: 10 km southwest of Cilaos"}},
		{doc: "Les deux échappés ont lâché le peloton dans la montée de Kouoptamo, qui culmine à environ 14 km à l'est de Foumban.",
			rels: []string{"Kouoptamo: 14 km east of Foumban"}},
		{doc: "Les randonneurs ont atteint le mont Zamay, qui culmine à 1 180 m, à 12 km au sud-ouest de Mokolo.",
			rels: []string{"Zamay: 12 km southwest of Mokolo"}},
	})
}

// TestFrKind35AdjectiveAuName: a name that opens with a capitalised
// adjective of auheadadjs.tsv before a noun of auheads.tsv, joined by « à
// », « au » or « aux » to the capitalised word after it, is one name
// (« la plage du Gros Morne à Cabrit »), as « Morne à Cabrit » is.
func TestFrKind35AdjectiveAuName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les tortues pondent sur la plage du Gros Morne à Cabrit, à 6 km au nord de Sainte-Marie.",
			rels: []string{"Gros Morne à Cabrit: 6 km north of Sainte-Marie"}, absent: []string{"Cabrit: 6 km north of Sainte-Marie"}},
		{doc: "Les pêcheurs de la Petite Anse à Galets, à 4 km au sud de Bouillante, ont vu des dauphins.",
			rels: []string{"Petite Anse à Galets: 4 km south of Bouillante"}},
		{doc: "Le Grand Trou aux Cerfs se trouve à 9 km à l'est de Curepipe.",
			rels: []string{"Le Grand Trou aux Cerfs: 9 km east of Curepipe"}},
		{doc: "Une source jaillit au pied du Haut Morne aux Boeufs, à 5 km au nord-ouest de Jacmel.",
			rels: []string{"Haut Morne aux Boeufs: 5 km northwest of Jacmel"}},
	})
}

// TestFrKind35Lexicon: the rows this class of phrasing reads from.
func TestFrKind35Lexicon(t *testing.T) {
	if got := frenchFeature("section"); got != "locality" {
		t.Errorf(`frenchFeature("section") = %q, want "locality"`, got)
	}
	for _, w := range []string{"gros", "grande", "petite", "haut"} {
		if !langs().fr.has(setAuHeadAdjs, w) {
			t.Errorf("auheadadjs.tsv lacks %q", w)
		}
	}
	for _, w := range []string{"culmine", "culminent", "culminait"} {
		if !isFrenchLocative(w) {
			t.Errorf("isFrenchLocative(%q) = false, want true", w)
		}
	}
}
