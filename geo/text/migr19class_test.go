package text

import "testing"

// TestCorpusMigrationBorders holds one text of each class of migration,
// border and smuggling news that a probe of such reports failed on:
//   - a kind of place of kindsafter.tsv that is no descriptor noun ("a
//     transit centre", "a reception centre", "a health centre"), with
//     its article right before a distance, is a nameless place of that
//     kind, as "a camp" is (kindAfterSpot, isSpotFeature); so are the
//     French compounds « centre de transit », « centre d'accueil », « aire
//     d'autoroute » (fr/descriptors.tsv), and a roadblock, a motel, a
//     forest and woods (en/descriptors.tsv);
//   - a French compound kind may take one adjective after it (« un site
//     d'orpaillage clandestin à 30 km au sud de X », frenchSpotKind);
//   - "Border Patrol" is an organisation (orgwords.tsv), no subject of a
//     distance that places "a checkpoint" after it;
//   - « Certains » opening a sentence is a pronoun, no name
//     (fr/stopcaps.tsv);
//   - "the Horn of Africa" is one name ("horn", ofgenerics.tsv), no Horn;
//   - a name of where those aboard came from, inside the lead of a scene
//     ("A boat carrying migrants from Libya capsized"), is a place of its
//     own, and the scene is named by its noun ("A boat": sceneAfterOrigin);
//   - a scene told after a conjunction of time ("after a boat sank 12 km
//     off X", "when a bus crashed") is what the distance places
//     (sceneAfterConjunction);
//   - a kwassa-kwassa is a craft (fr/events.tsv): « ont intercepté un
//     kwassa-kwassa à 2 km de X » places the boat;
//   - a French craft may take one adjective after its noun (« Un bateau
//     pneumatique transportant 30 migrants a chaviré », adjectives.tsv);
//   - "Aid" opening a sentence is the common noun ("Aid groups run a
//     shelter 6 km west of X", en/stopcaps.tsv);
//   - a customs yard, a car park (« un parking ») and a compound are
//     kinds of place; a possessive between the article and the kind is
//     whose it is ("a smugglers' compound 6 km south of X");
//   - « au large de X » after a French distance with no subject names the
//     shore offshore of which the scene lies, no place at that distance
//     (frenchNearAfter);
//   - « par » after a place of origin names a town passed through
//     (« venaient du Brésil par Oiapoque et Saint-Georges », originBefore);
//   - « à Y » after a comma and a place the text names by its kind holds
//     that place (« au poste de Pont Saint-Louis, à Menton »:
//     namedSpotBeforeComma; « au quartier de Bellevue, à Nantes » puts
//     the part of the town by it, frenchTownPartAt), after a bare town it
//     does not;
//   - a craft that was intercepted, boarded or rescued is placed where
//     that happened, as one that sank is (isSceneVerb).
func TestCorpusMigrationBorders(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Officials moved them to a transit centre 15 km north of Teknaf.",
			rels: []string{"a transit centre: 15 km north of Teknaf"}},
		{doc: "They were taken to a reception center 8 km north of Adjumani before being settled in Yumbe.",
			rels: []string{"a reception center: 8 km north of Adjumani"}},
		{doc: "Soldiers stopped the minibus at a roadblock 20 km south of Musina on the N1.",
			rels: []string{"a roadblock: 20 km south of Musina"}},
		{doc: "Guards found 20 migrants hiding in a forest 10 km east of Hajnówka.",
			rels: []string{"a forest: 10 km east of Hajnówka"}},
		{doc: "They stayed at a motel 3 km north of Lacolle.",
			rels: []string{"a motel: 3 km north of Lacolle"}},
		{doc: "The boat made an emergency landing 30 km east of Gao.",
			absent: []string{"an emergency landing: 30 km east of Gao"}},
		{doc: "Le HCR a ouvert un centre de transit à 5 km à l'est de Gisenyi.",
			rels: []string{"un centre de transit: 5 km east of Gisenyi"}},
		{doc: "Ils dorment dans un centre d'accueil à 3 km au nord de Lacolle.",
			rels: []string{"un centre d'accueil: 3 km north of Lacolle"}},
		{doc: "Douze migrants ont été découverts sur une aire d'autoroute à 4 km à l'ouest de Jabbeke, près de Bruges.",
			rels: []string{"une aire d'autoroute: 4 km west of Jabbeke"}, absent: []string{"Bruges: 4 km west of Jabbeke"}},
		{doc: "La GRC les hébergeait dans un motel à 3 km au nord de Lacolle.",
			rels: []string{"un motel: 3 km north of Lacolle"}},
		{doc: "Les gendarmes ont démantelé un site d'orpaillage clandestin à 30 km au sud de Maripasoula.",
			rels: []string{"un site d'orpaillage clandestin: 30 km south of Maripasoula"}},
		{doc: "Border Patrol agents found 62 migrants at a checkpoint 20 km south of Falfurrias.",
			rels: []string{"a checkpoint: 20 km south of Falfurrias"}, not: []string{"Border Patrol"}},
		{doc: "Certains dorment dans un campement à 8 km au sud de Zahlé.",
			rels: []string{"un campement: 8 km south of Zahlé"}, not: []string{"Certains"}},
		{doc: "Migrants from the Horn of Africa arrived in Obock.",
			places: []string{"Obock"}, not: []string{"Horn"}},
		{doc: "A boat carrying 40 migrants from Libya capsized 30 km south of Lampedusa.",
			rels: []string{"A boat: 30 km south of Lampedusa"}, places: []string{"Libya"}},
		{doc: "Un bateau transportant des migrants vers Mayotte a chaviré à 4 km à l'est de Bandrélé.",
			rels: []string{"Un bateau: 4 km east of Bandrélé"}},
		{doc: "Tunisian coastguards recovered 19 bodies after a boat sank 12 km off Jebiniana.",
			rels: []string{"a boat sank: 12 km from Jebiniana"}},
		{doc: "Nineteen people died when a boat capsized about 12 km off Jebiniana.",
			rels: []string{"a boat capsized: 12 km from Jebiniana"}},
		{doc: "Les gendarmes ont intercepté un kwassa-kwassa à 2 km de Bandrélé.",
			rels: []string{"un kwassa-kwassa: 2 km from Bandrélé"}},
		{doc: "Un bateau pneumatique transportant 30 migrants a chaviré à 3 km au large de Kos.",
			rels: []string{"Un bateau pneumatique transportant 30 migrants a chaviré: 3 km from Kos"}},
		{doc: "Aid groups run a shelter 6 km west of Cúcuta.",
			rels: []string{"a shelter: 6 km west of Cúcuta"}, not: []string{"Aid"}},
		{doc: "Customs officers said a customs yard 5 km east of Chaman was full.",
			rels: []string{"a customs yard: 5 km east of Chaman"}},
		{doc: "Police had raided a smugglers' compound 6 km south of Zaranj the same day.",
			rels: []string{"a smugglers' compound: 6 km south of Zaranj"}},
		{doc: "Les chauffeurs attendent sur un parking à 3 km au sud de Namanga.",
			rels: []string{"un parking: 3 km south of Namanga"}},
		{doc: "Un bateau a été vu à 4 km à l'est de Bandrélé, au large de Mayotte.",
			absent: []string{"Mayotte: 4 km east of Bandrélé"}},
		{doc: "Les orpailleurs venaient du Brésil par Oiapoque et Saint-Georges.",
			places: []string{"Brésil", "Oiapoque", "Saint-Georges"}},
		{doc: "Les migrants sont arrivés de Libye par Agadez.",
			places: []string{"Libye", "Agadez"}},
		{doc: "La police a intercepté 35 migrants au poste de Pont Saint-Louis, à Menton.",
			rels: []string{"Pont Saint-Louis: in Menton"}},
		{doc: "Ils ont été arrêtés au quartier de Bellevue, à Nantes.",
			rels: []string{"Bellevue: near Nantes"}}, // a part of the town lies by it (frenchTownPartAt)
		{doc: "Ils sont partis de Kalo, à Gao, lundi.",
			absent: []string{"Kalo: in Gao"}},
		{doc: "A boat carrying 40 migrants was intercepted 30 km south of Lampedusa.",
			rels: []string{"A boat carrying 40 migrants was intercepted: 30 km south of Lampedusa"}},
	})
}
