package text

import "testing"

// TestCorpusPressAppositions holds the regional press's asides set between
// commas after a lieu-dit and before the phrase that places it: « sur la
// commune de Y », « sur le territoire de la commune de Y » (the commune
// holds X: frenchCommuneApposition), « sur la RN 88 », « sur la D 920 »,
// « sur l'autoroute 85 », « au PK 42 de la RN 7 » (a numbered road:
// frenchRoadNumberApposition). The distance or the « à mi-chemin entre »
// after the aside is X's, as without it.
func TestCorpusPressAppositions(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un incendie a détruit une grange au lieu-dit La Borie-Haute, sur la commune de Marcolès, à six kilomètres au nord de Maurs.",
			rels: []string{"La Borie-Haute: 6 km north of Maurs"}},
		{doc: "Les secours ont retrouvé le randonneur au hameau du Mas-Rouge, sur le territoire de la commune de Meyrueis, à une dizaine de kilomètres à l'ouest de Florac.",
			rels: []string{"Mas-Rouge: 10 km west of Florac"}},
		{doc: "Le loup a attaqué un troupeau dans l'estive de Puech-Nègre, sur la commune de Laguiole, à mi-chemin entre Laguiole et Aubrac.",
			rels: []string{"Puech-Nègre: midway between Laguiole and Aubrac"}},
		{doc: "Deux voitures se sont percutées au lieu-dit Les Quatre-Routes, sur la RN 122, à 12 km à l'est d'Aurillac.",
			rels: []string{"Les Quatre-Routes: 12 km east of Aurillac"}},
		{doc: "Un poids lourd s'est couché au lieu-dit La Croix-Blanche, sur la D920, à cinq kilomètres au sud d'Espalion.",
			rels: []string{"La Croix-Blanche: 5 km south of Espalion"}},
		{doc: "Un camion a pris feu près du rang Saint-Paul-Est, sur l'autoroute 20, à une quinzaine de kilomètres à l'ouest de Rimouski.",
			rels: []string{"Saint-Paul-Est: 15 km west of Rimouski"}},
		{doc: "Le car s'est renversé au village de Keur Mbaye Fall, au PK 52 de la RN 2, à 20 km au nord de Louga.",
			rels: []string{"Keur Mbaye Fall: 20 km north of Louga"}, not: []string{"PK 52", "PK"}},
	})
}

// TestCorpusPressKilometrePosts holds kilometre posts of a numbered road:
// « au PK 35 de la RN 1 » is a point of the road, no place (roadPostOf),
// where « au PK 12, à Bangui » names a quarter.
func TestCorpusPressKilometrePosts(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un accident a fait trois morts au PK 35 de la RN 1, près de Thiès.",
			places: []string{"Thiès"}, not: []string{"PK 35", "PK 35 de la RN", "PK", "RN"}},
		{doc: "Le bus s'est renversé au kilomètre 40 de la route 132, à la sortie de Matane.",
			places: []string{"Matane"}, not: []string{"Kilomètre 40"}},
		{doc: "Un camion s'est renversé au PK 118 de l'autoroute 20, près de Rivière-du-Loup.",
			places: []string{"Rivière-du-Loup"}, not: []string{"PK 118", "PK"}},
	})
	doc := "Des tirs ont été entendus au PK 12, à Bangui."
	if ev := mentionEvidence(doc, "PK 12"); ev <= EvidenceUnlikely {
		t.Errorf("Read(%q): PK 12 %s, want a name", doc, ev)
	}
}

// TestCorpusPressCivilities holds persons named after a civility, with or
// without its point, whose names are towns': « M. Vienne », « Mme Florence
// Nancy », « Me Rennes », "Mr. Lyon" (fr/titles.tsv, titleDotBefore).
func TestCorpusPressCivilities(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le conducteur de l'autre véhicule, M. Vienne, a été placé en garde à vue à Privas.",
			places: []string{"Privas"}, not: []string{"Vienne"}},
		{doc: "La propriétaire, Mme Florence Nancy, n'a pas été blessée, selon les pompiers d'Épinal.",
			not: []string{"Florence Nancy", "Nancy"}},
		{doc: "Me Rennes, l'avocat de la famille, a demandé une expertise au tribunal de Quimper.",
			not: []string{"Rennes"}},
		{doc: "The farmer, Mr. Lyon, told police in Dubbo that the sheep had gone.",
			places: []string{"Dubbo"}, not: []string{"Lyon"}},
	})
}

// TestFrenchCivilitiesRead reads every row of lexicon/fr/titles.tsv before
// a town's name, with its point and without: the name is then a person's.
func TestFrenchCivilitiesRead(t *testing.T) {
	set := langs().fr.sets[setTitles]
	if len(set) < 5 {
		t.Errorf("lexicon/fr/titles.tsv: %d rows, want at least 5", len(set))
	}
	for w := range set {
		for _, form := range []string{titleCase(w), titleCase(w) + "."} {
			doc := "Le maire, " + form + " Vienne, a parlé aux habitants de Privas."
			if ev := mentionEvidence(doc, "Vienne"); ev != EvidenceUnlikely {
				t.Errorf("Read(%q): Vienne %s, want %s", doc, ev, EvidenceUnlikely)
			}
		}
	}
	doc := "Le maire, Jean Vienne, a parlé aux habitants de Privas."
	if ev := mentionEvidence(doc, "Jean Vienne"); ev == EvidenceUnlikely {
		t.Errorf("Read(%q): Jean Vienne %s, want more", doc, ev)
	}
}

// TestCorpusPressTownEdges holds the edge of a town with its side, « à la
// sortie nord-est de X », « à la périphérie ouest de X » (fr/near.tsv: the
// side is optional in the lead), and the town's centre or bourg named
// bare after a distance, « à 3 km du centre », « à 2 km du bourg »
// (fr/roles.tsv, town: the town the text puts the place in or by).
func TestCorpusPressTownEdges(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un motard s'est tué au lieu-dit Le Pré-Long, à la sortie nord-est de Langeac.",
			rels: []string{"Le Pré-Long: near Langeac"}},
		{doc: "Le marché de Doualaré-Sud, à la périphérie ouest de Maroua, a brûlé.",
			rels: []string{"Doualaré-Sud: near Maroua"}},
		{doc: "Un pont a cédé au quartier de Pitoaré-Bas, à la sortie de Maroua, à environ 4 kilomètres du centre.",
			rels: []string{"Pitoaré-Bas: near Maroua", "Pitoaré-Bas: 4 km from centre"}},
		{doc: "Le feu a pris au hameau de La Roche-Basse, commune de Marvejols, à 2 km du bourg.",
			rels: []string{"La Roche-Basse: 2 km from bourg"}},
	})
	for _, c := range []struct{ doc, want string }{
		{"Un motard s'est tué au lieu-dit Le Pré-Long, à la sortie nord-est de Langeac.", "northeast"},
		{"Le marché de Doualaré-Sud, à la périphérie ouest de Maroua, a brûlé.", "west"},
	} {
		d := Read(c.doc)
		if len(d.Relations) != 1 || d.Relations[0].Points == 0 || compassName(d.Relations[0].Azimuth) != c.want {
			t.Errorf("Read(%q): %+v, want the side %s kept", c.doc, d.Relations, c.want)
		}
	}
}

// TestCorpusPressRangs holds the rang of Québec's countryside, a row of
// farms along a road that the press places like a hamlet: « dans le rang
// Sainte-Caroline-Sud, à une douzaine de kilomètres de Saint-Georges »
// (fr/descriptors.tsv, bare: « au rang de » is no kind).
func TestCorpusPressRangs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un chasseur a été retrouvé mardi dans le rang Saint-Joseph-Sud, à une douzaine de kilomètres au sud-est de Montmagny.",
			rels: []string{"Saint-Joseph-Sud: 12 km southeast of Montmagny"}},
		{doc: "Deux pêcheurs ont été secourus à la hauteur du rang Sainte-Anne-Nord, à une dizaine de kilomètres au nord de Roberval.",
			rels: []string{"Sainte-Anne-Nord: 10 km north of Roberval"}},
	})
}

// TestCorpusPressFeasts holds saints' days, which the press names with the
// feminine article before a male saint's name: « la foire de la
// Saint-Martin », « La Saint-Jean-Baptiste sera célébrée » (feastAt). The
// day is no place; the town named after the saint still is one.
func TestCorpusPressFeasts(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La foire de la Saint-Martin s'est tenue dimanche au hameau de La Roche-Basse, à 3 km de Marvejols.",
			rels: []string{"La Roche-Basse: 3 km from Marvejols"}, not: []string{"Saint-Martin"}},
		{doc: "On fêtera la Saint-Jean samedi à Saint-Jean-de-Luz.",
			places: []string{"Saint-Jean-de-Luz"}, not: []string{"Saint-Jean"}},
		{doc: "La Saint-Jean-Baptiste sera célébrée à Chicoutimi.",
			places: []string{"Chicoutimi"}, not: []string{"La Saint-Jean-Baptiste", "Saint-Jean-Baptiste"}},
		{doc: "Le bateau a chaviré près de Saint-Martin.",
			places: []string{"Saint-Martin"}},
	})
}
