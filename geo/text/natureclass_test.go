package text

import "testing"

// natureCorpus holds texts of mountains, waterfalls, glaciers, caves,
// gorges and parks, in English and French, each read as it was written
// before the reader learnt it: a landform's part standing for it ("The
// summit", "The massif", "Its snout", « Son sommet »), a size between
// commas (« haute de 65 m »), and French landmark names kept with their
// article after their kind (« le piton de la Fournaise », « la cascade
// du Hérisson »).
var natureCorpus = []example{
	{doc: "Pico Bolívar (4,978 m) is the highest mountain in Venezuela. The summit lies 12 km east of Mérida and can be reached from the Mukumbarí cable car.",
		rels: []string{"Pico Bolívar: 12 km east of Mérida"}},
	{doc: "Mount Mulanje rises to 3,002 m above the plains of southern Malawi. The massif lies 65 km east of Blantyre and covers about 650 km².",
		rels: []string{"Mount Mulanje: 65 km east of Blantyre"}},
	{doc: "Gullfoss is a waterfall on the Hvítá river in south-west Iceland. The falls are 70 km north-east of Selfoss and drop 32 m in two stages.",
		rels: []string{"Gullfoss: 70 km northeast of Selfoss"}},
	{doc: "Gorner Glacier is a valley glacier on the west side of the Monte Rosa massif. Its snout lies about 4 km south-east of Zermatt, at an elevation of 2,100 m.",
		rels: []string{"Gorner Glacier: 4 km southeast of Zermatt"}},
	{doc: "Tarangire National Park covers 2,850 km² in the Manyara Region. The park gate is 118 km south-west of Arusha, on the road to Dodoma.",
		rels: []string{"The park gate: 118 km southwest of Arusha"}},
	{doc: "Khao Sok National Park covers 739 km² of Surat Thani Province. The park headquarters are 40 km north-east of Takua Pa, on the road to Surat Thani.",
		rels: []string{"The park headquarters: 40 km northeast of Takua Pa"}},
	{doc: "Dettifoss, with a flow of 193 m³/s, is said to be the most powerful waterfall in Europe. It lies on the Jökulsá á Fjöllum, 50 km south-east of Húsavík.",
		rels: []string{"Dettifoss: 50 km southeast of Húsavík"}},
	{doc: "Le gouffre de Padirac est une cavité naturelle du Lot, à 15 km au nord-est de Rocamadour. Le puits d'entrée mesure 75 m de profondeur.",
		rels: []string{"Padirac: 15 km northeast of Rocamadour"}, absent: []string{"Lot: 15 km northeast of Rocamadour"}},
	{doc: "Le piton de la Fournaise, haut de 2 632 m, est l'un des volcans les plus actifs du monde. Son sommet se trouve à 22 km au nord-ouest de Saint-Philippe.",
		rels: []string{"Fournaise: 22 km northwest of Saint-Philippe"}},
	{doc: "Le parc national de la Pendjari couvre 2 755 km² dans le nord-ouest du Bénin. L'entrée principale se situe à 45 km au nord de Tanguiéta.",
		rels: []string{"L'entrée principale: 45 km north of Tanguiéta"}},
	{doc: "Le mont Nimba culmine à 1 752 m à la frontière entre la Guinée et la Côte d'Ivoire. La réserve naturelle intégrale s'étend à 10 km au sud de Lola.",
		rels: []string{"La réserve naturelle intégrale: 10 km south of Lola"}},
	{doc: "Le lac Léman occupe 580 km² entre la France et la Suisse. Le château de Chillon se dresse sur sa rive, à 3 km au sud-est de Montreux.",
		rels: []string{"Chillon: 3 km southeast of Montreux"}},
	{doc: "La cascade du Hérisson, haute de 65 m, se trouve dans le Jura, à 20 km à l'est de Clairvaux-les-Lacs. Le sentier longe 31 chutes sur 3,7 km.",
		rels: []string{"Hérisson: in Jura", "Hérisson: 20 km east of Clairvaux-les-Lacs"}},
	{doc: "The Upper Grindelwald Glacier descends from the Schreckhorn. In 2019 its snout lay 2 km east of Grindelwald, some 400 m higher than a century earlier.",
		rels: []string{"Upper Grindelwald Glacier: 2 km east of Grindelwald"}},
	{doc: "Ben Nevis (1,345 m) is the highest mountain in the British Isles. Its summit lies 7 km east of Fort William, and the mountain path starts at Achintee.",
		rels: []string{"Ben Nevis: 7 km east of Fort William"}},
	{doc: "Misti is a dormant stratovolcano in southern Peru. The peak, at 5,822 m, rises 17 km north-east of Arequipa and dominates the city skyline.",
		rels: []string{"Misti: 17 km northeast of Arequipa"}},
	{doc: "La cascade de la Pissoire, haute de 40 m, se trouve dans le massif des Bornes, à 12 km à l'est d'Annecy.",
		rels: []string{"Pissoire: 12 km east of Annecy"}},
	{doc: "Le pic de Bure culmine à 2 709 m dans le massif du Dévoluy. Son sommet se trouve à 30 km au nord-ouest de Gap, et l'observatoire y est installé depuis 1990.",
		rels: []string{"Bure: 30 km northwest of Gap"}},
	{doc: "Sunset Crater is a cinder cone volcano in northern Arizona. The volcano, which rises 300 m above the surrounding lava fields, lies 24 km north-east of Flagstaff.",
		rels: []string{"Sunset Crater: 24 km northeast of Flagstaff"}},
}

// TestNatureCorpus reads natureCorpus.
func TestNatureCorpus(t *testing.T) { checkCorpus(t, natureCorpus) }

// TestNatureFeatures checks the kinds the French landmark names get after
// their kind with the article kept, and the landform kind that keeps
// « le mont Nimba » from the gazetteer's Nimba County.
func TestNatureFeatures(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Le piton de la Fournaise se trouve à 22 km au nord-ouest de Saint-Philippe.", "Fournaise", "peak"},
		{"La cascade du Hérisson se trouve à 20 km à l'est de Clairvaux-les-Lacs.", "Hérisson", "waterfall"},
		{"Le parc national de la Pendjari se trouve à 45 km au nord de Tanguiéta.", "Pendjari", "park"},
		{"Le mont Nimba culmine à 1 752 m à la frontière entre la Guinée et la Côte d'Ivoire.", "Nimba", "mountain"},
	} {
		got := ""
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name {
				got = m.Feature
			}
		}
		if got != c.feature {
			t.Errorf("Read(%q): %s has feature %q, want %q", c.doc, c.name, got, c.feature)
		}
	}
}

// TestKindGroupsRead reads every row of lexicon/en/kindgroups.tsv: the
// feature is one a descriptor of some language or a name's lead or head
// word gives, and each group has two features or more; sameKindGroup
// joins the words of a group only (natureCorpus reads "The massif" for
// "Mount Mulanje", "The falls" for a waterfall).
func TestKindGroupsRead(t *testing.T) {
	groups := lex().kindGroups
	if len(groups) < 10 {
		t.Fatalf("kindgroups.tsv: too few rows")
	}
	given := map[string]bool{}
	for w := range lex().en {
		given[w] = true
	}
	for _, d := range lex().fr {
		given[d.feature] = true
	}
	for f, g := range groups {
		if !given[f] && featureOfLead(f) == "" && featureOfHead(f) == "" {
			t.Errorf("kindgroups.tsv: %q is no feature a descriptor gives", f)
		}
		n := 0
		for f2, g2 := range groups {
			if g2 == g && f2 != f {
				n++
			}
		}
		if n == 0 {
			t.Errorf("kindgroups.tsv: group %q of %q has one feature", g, f)
		}
	}
	if !sameKindGroup("mount", "massif") || sameKindGroup("mount", "falls") || sameKindGroup("village", "town") {
		t.Error("sameKindGroup: mount/massif, mount/falls, village/town read wrong")
	}
}

// TestSizesRead reads every word of lexicon/LANG/sizes.tsv opening an
// aside with a size between a name and its verb: the name is the
// subject of the distance after the aside.
func TestSizesRead(t *testing.T) {
	for _, c := range []struct {
		lang, doc string
	}{
		{"en", "The Kalo hut, %s 2,320 m, lies 15 km north of Gao."},
		{"fr", "La cascade de Kalo, %s de 65 m, se trouve à 15 km au nord de Gao."},
	} {
		var set map[string]bool
		if c.lang == "en" {
			set = langs().en.sets[setSizeWords]
		} else {
			set = langs().fr.sets[setSizeWords]
		}
		if len(set) < 3 {
			t.Fatalf("%s/sizes.tsv: too few rows", c.lang)
		}
		for w := range set {
			doc := fmtSize(c.doc, w)
			checkCorpus(t, []example{{doc: doc, rels: []string{"Kalo: 15 km north of Gao"}}})
		}
	}
	// An aside with no number and unit is no size: the reading is left
	// to the other rules.
	if got := skipSizeAsideOf("La cascade de Kalo, haute et belle, se trouve à 15 km au nord de Gao."); got {
		t.Error("an aside without a number was skipped as a size")
	}
}

// fmtSize puts w in place of the %s of doc.
func fmtSize(doc, w string) string {
	for i := 0; i+1 < len(doc); i++ {
		if doc[i] == '%' && doc[i+1] == 's' {
			return doc[:i] + w + doc[i+2:]
		}
	}
	return doc
}

// skipSizeAsideOf reports whether the first comma of doc opens an aside
// that skipSizeAside steps over.
func skipSizeAsideOf(doc string) bool {
	r := newReader(doc)
	for j := range r.toks {
		if r.toks[j].lower == "," {
			return r.skipSizeAside(j, len(r.toks)) != j
		}
	}
	return false
}
