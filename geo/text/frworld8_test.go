package text

import (
	"strings"
	"testing"
)

// TestCorpusFrenchLandmarks: French names a landmark by its kind in the
// ways of the whole francophone world, and the distance after it is the
// landmark's: a kind whose name is its own named bare (« l'anse
// Couleuvre », « la chapelle Notre-Dame-des-Neiges »), opened by an
// elided article at the head of the sentence; a hamlet with its name's
// contracted article (« le hameau du Bousquet-Haut »); a kind of a kind
// (« les ruines du temple d'Echmoun »); an apposition between the name
// and its verb; a landmark after « près du lac » with the distance in
// apposition; an apposition naming a valley before its participle.
func TestCorpusFrenchLandmarks(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'anse Couleuvre se trouve à environ 8 km au nord de Saint-Pierre, en Martinique.",
			rels: []string{"Couleuvre: 8 km north of Saint-Pierre"}},
		{doc: "L'îlet de Grand-Bassin se trouve à environ 6 km au nord-ouest du Tampon.",
			rels: []string{"Grand-Bassin: 6 km northwest of Tampon"}},
		{doc: "Le hameau du Bousquet-Haut se trouve à trois kilomètres à l'est de Saint-Affrique (Aveyron).",
			rels: []string{"Bousquet-Haut: 3 km east of Saint-Affrique"}},
		{doc: "La chapelle Notre-Dame-des-Neiges, au lieu-dit Le Crêt-du-Loup, se trouve à 2 km au nord-nord-est du bourg de Séez.",
			rels: []string{"Notre-Dame-des-Neiges: 2 km north-northeast of Séez"}},
		{doc: "Les chutes Montmorency se trouvent à 12 km au nord-est de Québec.",
			rels: []string{"Montmorency: 12 km northeast of Québec"}},
		{doc: "Les pompiers combattent un incendie de forêt près du lac Wayagamac, à environ 30 kilomètres au sud-est de La Tuque, en Mauricie.",
			rels: []string{"Wayagamac: 30 km southeast of La Tuque"}},
		{doc: "Un incendie a ravagé une ferme à Bohan-sur-Semois, un village de la vallée de la Semois situé à une dizaine de kilomètres à l'ouest de Bouillon.",
			rels: []string{"Bohan-sur-Semois: 10 km west of Bouillon"}, absent: []string{"Semois: 10 km west of Bouillon"}},
		{doc: "Les ruines du temple d'Echmoun se trouvent à environ 35 km au nord-est de Byblos, dans la montagne.",
			rels: []string{"Echmoun: 35 km northeast of Byblos"}},
		{doc: "Le phare de Cap-des-Rosiers, lui, est situé à 35 km au nord de Gaspé, à l'entrée de la baie.",
			rels: []string{"Cap-des-Rosiers: 35 km north of Gaspé"}},
		{doc: "Le village flottant de Kampong Khleang se trouve à environ 50 km au sud-est de Kampong Cham, sur le Tonlé Sap.",
			rels: []string{"Kampong Khleang: 50 km southeast of Kampong Cham"}},
		// A direction after the object, alone before the end of the
		// clause, is the subject's; one with an of-word is a part of a
		// place.
		{doc: "Furcy, une localité de montagne, est distante d'environ 15 km de Pétion-Ville, au sud.",
			rels: []string{"Furcy: 15 km south of Pétion-Ville"}},
		{doc: "Kalo lies 15 km from Gao, to the north.",
			rels: []string{"Kalo: 15 km north of Gao"}},
		{doc: "Kalo se trouve à 15 km de Gao, au nord du Mali.",
			rels: []string{"Kalo: 15 km from Gao"}, absent: []string{"Kalo: 15 km north of Gao"}},
	})
}

// TestSeatsRead reads every word of lexicon/fr/seats.tsv before « de »
// and a name: the name is a place the resolver looks up (« l'hôpital de
// Foix »), as after « à ».
func TestSeatsRead(t *testing.T) {
	set := langs().fr.sets[setSeats]
	if len(set) < 5 {
		t.Fatalf("fr/seats.tsv: too few rows (%d)", len(set))
	}
	for w := range set {
		art := "le "
		if strings.ContainsAny(w[:1], "aeéèiouh") {
			art = "l'"
		}
		doc := "Le blessé a été conduit vers " + art + w + " de Foix."
		checkCorpus(t, []example{{doc: doc, places: []string{"Foix"}}})
		doc = "Le blessé a été conduit vers " + art + w + " d'Ax-les-Thermes."
		checkCorpus(t, []example{{doc: doc, places: []string{"Ax-les-Thermes"}}})
	}
}

// TestOdonymsRead reads every word of lexicon/fr/odonyms.tsv before « de »
// and a town's name: the name is the street's, no place of the text, and
// the town after « à » stays one.
func TestOdonymsRead(t *testing.T) {
	set := langs().fr.sets[setOdonyms]
	if len(set) < 5 {
		t.Fatalf("fr/odonyms.tsv: too few rows (%d)", len(set))
	}
	for w := range set {
		checkCorpus(t, []example{
			{doc: "Un immeuble s'est effondré " + w + " de Paris, à Pontivy.", places: []string{"Pontivy"}, not: []string{"Paris"}},
			{doc: "Un immeuble s'est effondré " + w + " d'Aubagne, à Marseille.", places: []string{"Marseille"}, not: []string{"Aubagne"}},
			{doc: "Un immeuble s'est effondré " + w + " de la Loire, à Nantes.", places: []string{"Nantes"}, not: []string{"Loire"}},
		})
	}
	// « la route de Murat » leads to Murat: a road is no street.
	checkCorpus(t, []example{{doc: "Le hameau se trouve sur la route de Murat.", places: []string{"Murat"}}})
}

// TestBareKinds: a kind flagged bare in fr/descriptors.tsv is given to a
// name that follows it bare (« l'anse Couleuvre », « la chapelle
// Saint-Martin »), never to the town after « de » (« l'anse de
// Sainte-Anne » is the town's cove, « la chapelle de Séez » its chapel).
func TestBareKinds(t *testing.T) {
	tests := []struct{ doc, name, feature string }{
		{"L'anse Couleuvre se trouve à 8 km au nord de Saint-Pierre.", "Couleuvre", "cove"},
		{"La chapelle Saint-Martin se trouve à 2 km au nord de Pontivy.", "Saint-Martin", "chapel"},
		{"Le morne Larcher se trouve à 3 km du Diamant.", "Larcher", "hill"},
		{"Ils ont nagé dans l'anse de Sainte-Anne, en Guadeloupe.", "Sainte-Anne", ""},
		{"La chapelle de Séez a été restaurée l'an dernier.", "Séez", ""},
	}
	checkKinds(t, tests)
}

// checkKinds reads each doc and checks that every mention called name
// has the kind feature ("" for none), and that there is one.
func checkKinds(t *testing.T, tests []struct{ doc, name, feature string }) {
	t.Helper()
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tt.name {
				found = true
				if m.Feature != tt.feature {
					t.Errorf("%s: %s has feature %q, want %q", tt.doc, tt.name, m.Feature, tt.feature)
				}
			}
		}
		if !found {
			t.Errorf("%s: no mention %s", tt.doc, tt.name)
		}
	}
}
