package text

import "testing"

// TestCorpusPasted23Class holds the classes of the twenty-third round's
// news pages pasted with their page furniture:
//   - a headline with no full stop runs on into no byline, time stamp,
//     credit or link line under it ("… fishing villages\nBy Chinedu
//     Okafor", « … à Hué\nPar Thomas Nguyen »): furniture.tsv lists the
//     words that open such a line (furnitureAhead);
//   - the names in a byline are its writer's and their post's ("By David
//     Wilson, Science Correspondent", « Par Sophie Lambert, envoyée
//     spéciale »), but a name after "in" or « à » there is a place
//     (bylineName, bylines.tsv);
//   - an event noun before a headline's colon, "of" or a preposition says
//     what happened, not where (« Inondations : un village isolé dans le
//     Gard », « Glissement de terrain au Pérou : … »: eventLabel);
//   - a listed demonym right before a kind in lower case says whose the
//     place is ("Drought dries up Kenyan wells", "New dam floods
//     Ethiopian valley": demonymKind);
//   - a caption with no full stop that ends on a name runs into no line
//     that opens with one ("… the streets of Beledweyne\nCeel Jaale, a
//     camp …"), unless the text is hard-wrapped elsewhere and a name may
//     be split over two lines ("… north-west of Port\nHarcourt":
//     hardWrapped, joinLines);
//   - a time stamp's abbreviated weekday is no place ("Last modified on
//     Tue 19 Dec 2023": weekdays.tsv);
//   - a text that ends right after a word that may open a kind ("Share
//     this article") is read to its end without running past it
//     (acronymModifier).
func TestCorpusPasted23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Storm cuts power\nThe outage began at a substation 12 km north of Bangor.\nShare this article",
			rels: []string{"a substation: 12 km north of Bangor"}},
		{doc: "Gold rush town booms in Western Australia\nUpdated 1 day ago\nProspectors have flocked to the Eureka field, about 35 km north of Kalgoorlie.",
			places: []string{"Western Australia"},
			rels:   []string{"Eureka: 35 km north of Kalgoorlie"}},
		{doc: "Oil spill reaches Nigerian fishing villages\nBy Chinedu Okafor\nA pipeline leak at the Ogbogu manifold, about 30 km north-west of Port Harcourt, has polluted creeks.",
			not:  []string{"By Chinedu Okafor", "Chinedu Okafor"},
			rels: []string{"Ogbogu: 30 km northwest of Port Harcourt"}},
		{doc: "Vietnam : des pluies torrentielles à Hué\nPar Thomas Nguyen, correspondant à Hanoï\nPublié le 28 octobre à 8h\nLe village de Phuoc Tich, à 40 km au nord-ouest de Hué, est sous les eaux.",
			places: []string{"Hué", "Hanoï"},
			not:    []string{"Thomas Nguyen"},
			rels:   []string{"Phuoc Tich: 40 km northwest of Hué"}},
		{doc: "Archaeologists find villa in England\nBy David Wilson, Science Correspondent\nThe villa was found at a farm 5 km north-east of Cirencester.",
			not:    []string{"David Wilson", "Science Correspondent"},
			absent: []string{"David Wilson: in Science Correspondent"}},
		{doc: "Belgique : un train déraille près de Namur\nPar Sophie Lambert, Namur Matin\nLe train a déraillé au lieu-dit Les Fonds, à 6 km à l'est de Namur.",
			not: []string{"Sophie Lambert", "Namur Matin"}},
		{doc: "Mine collapse traps workers\nBy Peter Mwale in Lusaka\nRescue teams are working to reach miners trapped at the Kalulushi East pit, roughly 15 km west of Kitwe.",
			places: []string{"Lusaka"}},
		{doc: "By Tuesday, Beledweyne was under water. The camp at Ceel Jaale lies 12 km north of Beledweyne.",
			places: []string{"Beledweyne"}},
		{doc: "Inondations : un village isolé dans le Gard\nPar Jean Dupont\nLe hameau de Saint-Roch, à 8 km au nord d'Alès, est coupé du monde depuis dimanche.",
			not:    []string{"Inondations"},
			absent: []string{"Inondations: in Gard"},
			rels:   []string{"Saint-Roch: 8 km north of Alès"}},
		{doc: "Glissement de terrain au Pérou : un hameau enseveli\nPar Juan Quispe\nLe hameau de Chuquibamba Alto, à 15 km au nord de Cusco, a été enseveli sous la boue.",
			not:  []string{"Glissement"},
			rels: []string{"Chuquibamba Alto: 15 km north of Cusco"}},
		{doc: "New dam floods Ethiopian valley\nThe reservoir has swallowed the village of Abay Mado, 30 km south-east of Bahir Dar.",
			not: []string{"Ethiopian"}},
		{doc: "Drought dries up Kenyan wells\nThe borehole at Dakabaricha, 7 km south of Marsabit, dried up last week.",
			not:  []string{"Kenyan"},
			rels: []string{"Dakabaricha: 7 km south of Marsabit"}},
		{doc: "Floods cut off villages in Somalia\nResidents wade through floodwater in the streets of Beledweyne\nCeel Jaale, a camp about 12 km north of Beledweyne, was under water.",
			not:  []string{"Beledweyne Ceel Jaale"},
			rels: []string{"Ceel Jaale: 12 km north of Beledweyne"}},
		{doc: "The Ogbogu camp lies in the swamps above the creeks and is run by\nthe army and the oil firms. It stands about 30 km north-west of Port\nHarcourt, on the road to Ahoada.",
			rels: []string{"Ogbogu: 30 km northwest of Port\nHarcourt"}},
		{doc: "Volcano erupts\nLast modified on Tue 19 Dec 2023\nLava poured from a fissure about 4 km north of Grindavik on Monday night.",
			not: []string{"Tue"}},
	})
}
