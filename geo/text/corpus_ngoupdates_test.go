package text

import (
	"slices"
	"testing"
)

// TestCorpusFrenchAdminLead: a capitalised French kind of division heading
// a label or a phrase (« Région de Tillabéri : », « Province du Lac »,
// « Département de l'Artibonite ») names the division after it, as the
// lower-case kind does (frenchAdminLead).
func TestCorpusFrenchAdminLead(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Région de Tillabéri : 640 ménages sinistrés à Ayorou.", "Tillabéri", "region"},
		{"Province du Lac. Un nouveau site a été ouvert près de Bol.", "Lac", "province"},
		{"Département de l'Artibonite : 2 070 déplacés à Saint-Marc.", "Artibonite", "department"},
		{"Inondations dans la Région de Mopti : 930 ménages sinistrés.", "Mopti", "region"},
	} {
		d := Read(c.doc)
		ok := false
		for _, m := range d.Mentions {
			if m.Name == c.name && m.Feature == c.feature && m.Evidence >= EvidenceDescriptor {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): no %s %q; mentions %v", c.doc, c.feature, c.name, mentionNames(d))
		}
	}
	// A country's kind opens a region's own name: « en région Pays de la
	// Loire » is no country named Loire.
	d := Read("Saint-Ouen-des-Vallons est une commune située dans le département de la Sarthe en région Pays de la Loire, à 19 km au nord du Mans.")
	for _, m := range d.Mentions {
		if m.Name == "Loire" {
			t.Errorf("Pays de la Loire read as a country named Loire")
		}
	}
}

// TestCorpusAcronymKind: an agency's or a programme's acronym between the
// article and the kind of place (« IDP », « WFP ») leaves the name in
// apposition the subject: "The newest IDP settlement, X, lies ..."
// (acronymModifier).
func TestCorpusAcronymKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The newest IDP settlement, Doonyaale Cusub, lies 6 km west of Baidoa town on the Baidoa–Burhakaba road.",
			rels: []string{"Doonyaale Cusub: 6 km west of Baidoa"}, not: []string{"IDP"}},
		{doc: "A new IDP site, Tawakal Jadid, was opened 8 km south of Dollow.",
			rels: []string{"Tawakal Jadid: 8 km south of Dollow"}},
		{doc: "The largest IDP camp, Kabasa-Bari, is 12 km north of Beledweyne.",
			rels: []string{"Kabasa-Bari: 12 km north of Beledweyne"}},
	})
}

// TestCorpusOpenedAfterContainer: a container that opens an English
// sentence ("In Idlib governorate,") leaves the description after its
// comma the subject's: "a new camp, X, was opened 12 km north of Y"; a
// description of several free words names X too: "The latest
// resettlement site, X, lies ..." (containerOpenerEnd, appositiveName).
func TestCorpusOpenedAfterContainer(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Idlib governorate, a new camp, Kafr Aruq, was opened 12 km north of Idlib city.",
			rels: []string{"Kafr Aruq: 12 km north of Idlib"}},
		{doc: "In Borno State, the largest camp, Kusheri Gana, is 11 km south-east of Maiduguri.",
			rels: []string{"Kusheri Gana: 11 km southeast of Maiduguri"}},
		{doc: "Zambézia: the latest resettlement site, Namanjavira-B, lies 22 km east of Quelimane on the N10.",
			rels: []string{"Namanjavira-B: 22 km east of Quelimane"}},
	})
}

// TestCorpusUpdateLabel: a place that heads a humanitarian update as a
// label set off by a colon is the update's setting; a phrase set off by
// commas later in its clause is about the place it follows, even when the
// label names the phrase's anchor (labelOpens). An entry line, whose
// phrase follows the colon, stays about its label.
func TestCorpusUpdateLabel(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kaga-Bandoro : environ 1 100 nouveaux déplacés sont arrivés au site de déplacés de Nana-Outa, à 4 km au nord de Kaga-Bandoro.",
			rels: []string{"Nana-Outa: 4 km north of Kaga-Bandoro"}},
		{doc: "Tillabéri : 640 ménages ont trouvé refuge au site de Tinfagat-Est, à 12 km à l'est d'Ayorou.",
			rels:   []string{"Tinfagat-Est: 12 km east of Ayorou"},
			absent: []string{"Tillabéri: 12 km east of Ayorou"}},
		{doc: "Ndiosmone-Est : à 12 km au nord de Kaffrine.",
			rels: []string{"Ndiosmone-Est: 12 km north of Kaffrine"}},
	})
}

// TestCorpusFrenchPassivePlace: a French passive of opening or setting up
// (« a été ouvert », « a été installé », « a été aménagé ») places its
// subject as « se trouve » does (lexicon/fr/verbs.tsv, frenchSubject).
func TestCorpusFrenchPassivePlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un nouveau site, Kafia-Nord, a été ouvert à 14 km au sud-est de Bol pour 760 ménages.",
			rels: []string{"Kafia-Nord: 14 km southeast of Bol"}},
		{doc: "Le camp de Meri-Gadaye a été aménagé à 20 km au nord de Mora.",
			rels: []string{"Meri-Gadaye: 20 km north of Mora"}},
		{doc: "Une clinique mobile a été déployée à Zamai-Plateau, à 9 km à l'ouest de Mokolo.",
			rels: []string{"Zamai-Plateau: 9 km west of Mokolo"}},
	})
}

// TestCorpusDwellers: « les déplacés de X », « les habitants de X » are
// people of X; their verb (« se sont réfugiés ») places no X, and the
// phrase after a comma is about the place they reached (dwellers.tsv).
func TestCorpusDwellers(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Département de l'Artibonite : les déplacés de Liancourt se sont réfugiés à Pont-Sondé et dans le site de fortune de Bas-Coursin, à 6 km au nord de Saint-Marc.",
			rels: []string{"Bas-Coursin: 6 km north of Saint-Marc"}, absent: []string{"Liancourt: 6 km north of Saint-Marc"}},
		{doc: "Les habitants de Kalongo se sont réfugiés à Mubambiro-Haut, à 6 km à l'ouest de Sake.",
			rels: []string{"Mubambiro-Haut: 6 km west of Sake"}, absent: []string{"Kalongo: 6 km west of Sake"}},
	})
}

// TestDwellersRead reads every row of dwellers.tsv before « de » and a
// town: the town is where the people come from, never the subject of the
// phrase placing the site they reached.
func TestDwellersRead(t *testing.T) {
	n := 0
	for w := range langs().fr.sets[setDwellers] {
		n++
		doc := "Les " + w + " de Kalongo se sont réfugiés à Mubambiro-Haut, à 6 km à l'ouest de Sake."
		var got []string
		d := Read(doc)
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel))
		}
		if slices.Contains(got, "Kalongo: 6 km west of Sake") {
			t.Errorf("Read(%q): the people's town read as the subject; got %q", doc, got)
		}
	}
	if n < 10 {
		t.Errorf("dwellers.tsv: %d rows, want at least 10", n)
	}
}

// TestCorpusPeoplePronoun: « Ils » or « Elles » before a verb that places
// nothing (« ont trouvé refuge », « se sont réfugiés ») stands for the
// people of the update, not the last place named; the phrase set off
// after the site they reached is that site's (frenchClauseSubject).
func TestCorpusPeoplePronoun(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le 4 juin, 530 ménages ont fui les villages de Tizegorou et Darey-Est. Ils ont trouvé refuge au site de Kongo-Ouest, à 10 km au sud d'Ayorou.",
			rels: []string{"Kongo-Ouest: 10 km south of Ayorou"}, absent: []string{"Tizegorou: 10 km south of Ayorou"}},
		{doc: "Des familles ont quitté Gaïna. Elles se sont réfugiées au camp de Hamdallaye-Nord, à 8 km à l'ouest de Mopti.",
			rels: []string{"Hamdallaye-Nord: 8 km west of Mopti"}, absent: []string{"Gaïna: 8 km west of Mopti"}},
	})
}

// TestCorpusRoadSceneDivision: a division that opens the sentence ("In
// Borno State,") sets the scene of "the road between A and B" and lies on
// no road: the road's ends are places, the division no subject of it.
func TestCorpusRoadSceneDivision(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Borno State, the road between Maiduguri and Dikwa was closed on Monday.",
			places: []string{"Maiduguri", "Dikwa"},
			absent: []string{"Borno State: on the road between Maiduguri and Dikwa"}},
		{doc: "In the Grand'Anse department, the road between Jérémie and Les Irois was cut by a landslide at Morne-Vincent, 22 km west of Jérémie.",
			rels:   []string{"Morne-Vincent: 22 km west of Jérémie"},
			absent: []string{"Grand'Anse: on the road between Jérémie and Les Irois"}},
		{doc: "Momotombito Viejo is a municipality in the León department of Nicaragua, on the road between León and Managua, 25 km southeast of León.",
			rels: []string{"Momotombito Viejo: on the road between León and Managua"}},
	})
}

// TestCorpusMayPlace: "May" after a preposition of place that no date
// follows ("at", "near", "outside") opens a Tigrinya name, not a month:
// "a new IDP site at May Tsebri-Adi, 18 km south-west of X" (placeMay);
// "In May Kidal was calm" keeps its month.
func TestCorpusMayPlace(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Tselemti woreda, a new IDP site at May Tsebri-Adi, 18 km south-west of Inda Selassie, hosts 2,450 people.",
			rels: []string{"May Tsebri-Adi: 18 km southwest of Inda Selassie"}},
		{doc: "Water trucking continues near May Kadra-Lay, 12 km east of Humera.",
			rels: []string{"May Kadra-Lay: 12 km east of Humera"}},
		{doc: "In May Kidal was calm, 300 km north of Gao.",
			not: []string{"May Kidal"}},
	})
}
