package text

import "testing"

// TestCorpusGarbledRelations: messy web text about places (machine
// translations, tourism pages by non-native writers, forum posts, scans
// of old gazetteers), whose units, directions and abbreviations are
// written loosely.
func TestCorpusGarbledRelations(t *testing.T) {
	checkCorpus(t, []example{
		// A dotted compass abbreviation whose last point was left off.
		{doc: "The Lodge is located 25kms N.E of Nanyuki town along the Nanyuki-Isiolo road.",
			rels: []string{"Lodge: 25 km northeast of Nanyuki"}},
		// A compass abbreviation whose letters are joined by a hyphen,
		// after a unit with its point.
		{doc: "Olive Garden Pension, 12 km. S-W of Fethiye, Muğla. Sea view rooms.",
			rels: []string{"Olive Garden Pension: 12 km southwest of Fethiye"}, not: []string{"S-W"}},
		// A capitalised compass word after a unit with its point does not
		// open a sentence.
		{doc: "Hidden Falls Resort is 15 km. North of Tagbilaran City, Bohol.",
			rels: []string{"Hidden Falls Resort: 15 km north of Tagbilaran City"}},
		// The "klm" of tourism pages, and the kilometre with an apostrophe.
		{doc: "Al-Nakhil Desert Camp located 45 klm west of Luxor on the road of Kharga.",
			rels: []string{"Al-Nakhil Desert Camp: 45 km west of Luxor"}},
		{doc: "Leeuwkloof Guest Farm is 45km's north of Pretoria.",
			rels: []string{"Leeuwkloof Guest Farm: 45 km north of Pretoria"}},
		// The direction after the object, with "towards".
		{doc: "Sri Lakshmi Narasimha Swamy Temple Is Situated At A Distance Of 8 Kms From Tirupati Town Towards East.",
			rels: []string{"Sri Lakshmi Narasimha Swamy Temple: 8 km east of Tirupati Town"}},
		// A postal state before a word in lower case is the town's state.
		{doc: "Anyone know the road to Hidden Pines cabin? It's 25 mi NE of Flagstaff, AZ off 89.",
			rels: []string{"Flagstaff: in AZ"}},
		// Australian abbreviations: "Sth", and a state's code after the town.
		{doc: "Wilga Downs Station, approx 60km Sth of Bourke NSW. 40,000 acres of merino sheep.",
			rels: []string{"Wilga Downs Station: 60 km south of Bourke"}, not: []string{"Bourke NSW"}},
		// A direction in two capitalised words after a distance.
		{doc: "The Hacienda Santa Rosa is located at 35 km to the North West of Cusco, in the Sacred Valley.",
			rels: []string{"Hacienda Santa Rosa: 35 km northwest of Cusco"}, not: []string{"North West"}},
		{doc: "Floods hit the North West of England.", places: []string{"North West"}},
		// The mile of old gazetteers, "m.", before a dotted direction.
		{doc: "DRUMLAGHAN, a vil. in the par. of Kilkenny West, co. Westmeath, 9 m. N.E. of Athlone, on the road to Mullingar.",
			rels: []string{"DRUMLAGHAN: 14.5 km northeast of Athlone"}},
		{doc: "The Kalo well lies 300 m. north of Gao.",
			rels: []string{"Kalo: 0.3 km north of Gao"}},
		// French dotted abbreviations, with a hyphen or alone.
		{doc: "Le gîte Dar Tassa se trouve à 35 Km au S.-E. de Ouarzazate.",
			rels: []string{"Dar Tassa: 35 km southeast of Ouarzazate"}},
		{doc: "Montbriand, hameau, à 6 kil. N.-O. de Vendôme.",
			rels: []string{"Montbriand: 6 km northwest of Vendôme"}},
		{doc: "L'hôtel Les Baobabs Rouges est à ~45 km au N. de Morondava.",
			rels: []string{"Les Baobabs Rouges: 45 km north of Morondava"}},
		// « a » for « à », only before a direction.
		{doc: "La Pousada Sol Nascente est située a environ 18 Km au sud de Paraty.",
			rels: []string{"Pousada Sol Nascente: 18 km south of Paraty"}}, // the French article is no part of the name
		{doc: "Ferme de la Hulotte, a 7 kms au Sud-Ouest de Namur.",
			rels: []string{"Ferme de la Hulotte: 7 km southwest of Namur"}},
		{doc: "Gao a 20 km de Bourem une piste.", absent: []string{"Gao: 20 km from Bourem"}},
		// The headword of a gazetteer's entry, in capitals, is a place,
		// and the subject of a distance after the chain of its parish and
		// county.
		{doc: "KNOCKBRAE, a hamlet in the par. of Kirkmahoe, co. of Dumfries, 4 m. N.W. of Dumfries. It has a corn-mill.",
			rels: []string{"KNOCKBRAE: 6.44 km northwest of Dumfries"}},
		{doc: "BALLYNACARRIG, a townland, 5 m. S.E. of Tullamore. Pop. 47.",
			rels: []string{"BALLYNACARRIG: 8.05 km southeast of Tullamore"}},
		{doc: "MONTBRIAND, hameau de la comm. de Naveil, cant. et arr. de Vendôme, à 6 kil. N.-O. de Vendôme.",
			rels: []string{"MONTBRIAND: 6 km northwest of Vendôme"}},
		{doc: "NASA, a space agency, said so.", not: []string{"NASA"}},
		// « à l'E. de »: the elided article before a dotted initial.
		{doc: "Le monastère de Kidekcha est à 4 kms à l'E. de Souzdal.",
			rels: []string{"Kidekcha: 4 km east of Souzdal"}},
		// Title Case: the participle and the direction with its
		// preposition are no part of a name.
		{doc: "Kalinchowk View Resort Located 30 Kms. East From Kathmandu on the Araniko Highway.",
			rels: []string{"Kalinchowk View Resort: 30 km east of Kathmandu"}, not: []string{"Located", "East From Kathmandu"}},
		{doc: "The Farm Is Located 12 Km North Of Kampala Town.",
			rels: []string{"Farm: 12 km north of Kampala Town"}},
		// A time phrase between the name and the comma of its distance.
		{doc: "Camped at Bear Flat last wknd, about 15mi S.E. of Moab, UT. road was rough.",
			rels: []string{"Bear Flat: 24.1 km southeast of Moab"}},
		{doc: "We stayed at Kalo last weekend, 20 km north of Gao.",
			rels: []string{"Kalo: 20 km north of Gao"}},
	})
}

// TestGarbledVerbANoDistance: the French verb « a » before a length is no
// « à » without its accent when no direction follows.
func TestGarbledVerbANoDistance(t *testing.T) {
	for _, doc := range []string{
		"Le Niger a 1 000 km de frontière avec le Mali.",
		"Gao a 20 km de Bourem une piste.",
	} {
		for _, rel := range Read(doc).Relations {
			if rel.Kind == KindDistance {
				t.Errorf("%q: a distance %+v", doc, rel)
			}
		}
	}
}

// TestGarbledGazetteerAbbrevSentences: the abbreviations of old gazetteers
// ("par.", "co.", "vil.", « comm. », « cant. ») end no sentence.
func TestGarbledGazetteerAbbrevSentences(t *testing.T) {
	for _, doc := range []string{
		"DRUMLAGHAN, a vil. in the par. of Kilkenny West, co. Westmeath, on the road to Mullingar.",
		"MONTBRIAND, hameau de la comm. de Naveil, cant. et arr. de Vendôme, sur le Loir.",
	} {
		if n := len(Read(doc).Sentences); n != 1 {
			t.Errorf("%q: %d sentences, want 1", doc, n)
		}
	}
}
