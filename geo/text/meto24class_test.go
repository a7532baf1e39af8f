package text

import "testing"

// TestCorpusSidesMeto24Class holds the twenty-fourth round's class of
// sides named after their town or county: sports reports name a team by
// its town, and only a real place mention of the town counts.
//   - "Dublin beat Kerry by four points", "Leinster edged Munster": a
//     verb of one side beating another between two capitalised names
//     makes both sides (sideBeating, lexicon/en/victories.tsv).
//   - "lost 2-0 to Nkana", "a 3-1 win over Leeds", « s'est imposé 2-0
//     face à Lens »: a score and the word of its opponent make the name
//     after them a side (scoreBefore).
//   - "a fight between Chelsea fans and Arsenal supporters": a name right
//     before a noun of a club's followers is the club's
//     (lexicon/en/followers.tsv).
//
// The town named as a place in the same text still counts ("in Tralee",
// "south of Sion"), and a lower-case word beside the verb leaves the name
// alone ("rain beat down on Galway").
func TestCorpusSidesMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Galway beat Mayo by two points on Sunday. The squad's new training ground at Knockbrack lies 9 km east of Tuam.",
			rels: []string{"Knockbrack: 9 km east of Tuam"}, not: []string{"Galway", "Mayo"}},
		{doc: "Leinster edged Munster in a tight game, and the Munster squad returned to its base at Cappamore, about 20 km east of Limerick.",
			rels: []string{"Cappamore: 20 km east of Limerick"}, not: []string{"Leinster"}},
		{doc: "Zanaco lost 2-0 to Nchanga on Saturday. The club trains at Chisamba Farm, 25 km north of Lusaka.",
			rels: []string{"Chisamba Farm: 25 km north of Lusaka"}, not: []string{"Nchanga"}},
		{doc: "Bolton's 3-1 win over Wigan lifted the mood in the village of Edgworth, about 8 km north of Bolton.",
			rels: []string{"Edgworth: 8 km north of Bolton"}, not: []string{"Wigan"}},
		{doc: "Le Havre s'est imposé 2-0 face à Angers samedi. Le club loge ses jeunes au domaine de Gainneville-Haut, à 10 km à l'est du Havre.",
			not: []string{"Angers"}},
		{doc: "Police separated Celtic fans and Rangers supporters outside a pub in Kilbirnie, some 30 km south-west of Glasgow.",
			rels: []string{"Kilbirnie: 30 km southwest of Glasgow"}, not: []string{"Celtic", "Rangers"}},
		{doc: "A brawl between Marseille fans and local youths broke out at a bar in Kinkempois, 4 km south of Liège.",
			rels: []string{"Kinkempois: 4 km south of Liège"}, not: []string{"Marseille"}},
		// A club's acronym before « de » and its town (lexicon/fr/clubleads.tsv).
		{doc: "Le Wydad s'est incliné 2-1 face au FUS de Rabat. Les supporters ont bloqué la plage de Sidi Rahal, à 30 km au sud de Casablanca.",
			rels: []string{"Sidi Rahal: 30 km south of Casablanca"}, not: []string{"Rabat"}},
		{doc: "Le MC d'Oran recevra l'USM de Blida samedi. Le camp de Bou Sfer-Plage est à 25 km à l'ouest d'Oran.",
			not: []string{"Blida"}},
		// Negative cases: a town that is a real place keeps its reading.
		{doc: "Heavy rain beat down on Galway overnight, and the hamlet of Ballinfoyle, 3 km north of Galway, was flooded.",
			rels: []string{"Ballinfoyle: 3 km north of Galway"}, places: []string{"Galway"}},
		{doc: "Fans travelled from Cork to the pitch at Ballyvolane, 4 km north of Cork.",
			rels: []string{"Ballyvolane: 4 km north of Cork"}, places: []string{"Cork"}},
		{doc: "The camp of Tinfina lies 40 km north of Bourem, a 2-3 hour drive to Gao.",
			rels: []string{"Tinfina: 40 km north of Bourem"}, places: []string{"Gao"}},
		{doc: "Water levels rose 2-3 m in Mopti, and the village of Sirakoro, 20 km east of Mopti, was evacuated.",
			rels: []string{"Sirakoro: 20 km east of Mopti"}, places: []string{"Mopti"}},
	})
}

// TestCorpusPeersMeto24Class holds the twenty-fourth round's class of
// peerages named after towns: "Lord Kitchener of Khartoum", "Viscount
// Montgomery of Alamein", "Baron Lugard of Abinger": a title's noun and
// the peer's own name before "of" make the town after it part of the
// title, no place of the text (peerBefore; lexicon/en/namedof.tsv). An
// office in the name's place ("the Lord Mayor of Dublin") still speaks
// for its town, and a title straight before "of" was read before ("the
// Duke of Edinburgh").
func TestCorpusPeersMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In 1898 Lord Kitchener of Khartoum left a garrison at Wad Ramla, a river post about 60 km north of Omdurman.",
			rels: []string{"Wad Ramla: 60 km north of Omdurman"}, not: []string{"Khartoum"}},
		{doc: "Viscount Montgomery of Alamein visited the war cemetery at Kasr el-Sayed, some 20 km south of Marsa Matruh, in 1967.",
			not: []string{"Alamein"}},
		{doc: "Baron Lugard of Abinger once camped at Kalgo, a village about 20 km south of Birnin Kebbi.",
			rels: []string{"Kalgo: 20 km south of Birnin Kebbi"}, not: []string{"Abinger"}},
		{doc: "Earl Mountbatten of Burma opened the rest house at Thandaung Gyi, roughly 40 km north-east of Taungoo.",
			not: []string{"Burma"}},
		// Negative: an office, not a peer, before "of"; a river's bank.
		{doc: "The Lord Mayor of Dublin opened a park at Ballymun, 6 km north of Dublin.",
			rels: []string{"Ballymun: 6 km north of Dublin"}, places: []string{"Dublin"}},
		{doc: "The village of Wad Banaga lies on the East Bank of the Nile, 30 km north of Shendi.",
			rels: []string{"Wad Banaga: 30 km north of Shendi"}},
	})
}

// TestCorpusDrinksMeto24Class holds the twenty-fourth round's class of
// drinks and foods named after towns, in the forms the lists of earlier
// rounds lacked: "over a cold Saku", "an ice-cold Tusker", "a chilled
// Kronenbourg" (an adjective of a drink as served after "a",
// lexicon/en/servings.tsv, servedBefore), and "a block of Cheddar", "a
// pot of Darjeeling", "a barrel of Brent" (more nouns of a measure,
// lexicon/en/goods.tsv). A cold place ("a cold Ulaanbaatar morning") is
// still read after its preposition where one stands.
func TestCorpusDrinksMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We ended the day in Tartu over a cold Saku, then drove to the Kääriku farm, 20 km south-west of Otepää.",
			not: []string{"Saku"}, places: []string{"Tartu"}},
		{doc: "After the climb we shared an ice-cold Tusker at the Naro Moru gate, about 15 km south of Nanyuki.",
			not: []string{"Tusker"}},
		{doc: "The dairy at Te Mata Flat, 12 km east of Hamilton, sold its first block of Cheddar on Friday.",
			rels: []string{"Te Mata Flat: 12 km east of Hamilton"}, not: []string{"Cheddar"}},
		{doc: "The lodge at Kalimpong Ridge, 15 km north of Siliguri, serves a pot of Darjeeling every afternoon.",
			not: []string{"Darjeeling"}},
		{doc: "A chilled Kronenbourg waited for us at the Pfaffenheim campsite, 15 km south of Colmar.",
			not: []string{"Kronenbourg"}},
		// Negative: a town after "in" with a cold day keeps its place.
		{doc: "On a cold morning in Erdenet we drove to the Bugat camp, 30 km west of Erdenet.",
			rels: []string{"Bugat: 30 km west of Erdenet"}, places: []string{"Erdenet"}},
	})
}

// TestCorpusTreatiesMeto24Class holds the twenty-fourth round's class of
// treaties named after a camp or a fort: "the Camp David Accords", "the
// Fort Laramie Treaty", "the Fort Stanwix Treaty". A treaty's noun ending
// the name (lexicon/LANG/treaties.tsv) makes it the treaty's, though the
// fort or the camp that opens it would make an organisation's word a
// place's ("Camp Concord", "Fort Union" stay places).
func TestCorpusTreatiesMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Elders of Al-Jura, a village 25 km south of Rafah, still speak of the Camp David Accords.",
			not: []string{"Camp David Accords"}},
		{doc: "The Fort Stanwix Treaty of 1768 drew a line near Oquaga, about 25 km south-east of Binghamton.",
			not: []string{"Fort Stanwix Treaty"}},
		{doc: "Under the Camp David Agreement the garrison left the oasis of Bir Gifgafa, some 80 km west of El Arish.",
			not: []string{"Camp David Agreement"}},
		// A treaty's noun in lower case after its town ("the Minsk
		// agreements", "the Dayton peace accords"; treatyAfter).
		{doc: "Ten years after the Minsk agreements, the village of Shyrokyne, some 20 km east of Mariupol, is empty.",
			rels: []string{"Shyrokyne: 20 km east of Mariupol"}, not: []string{"Minsk"}},
		{doc: "The Dayton peace accords ended the fighting around Kalesija, 20 km east of Tuzla.",
			rels: []string{"Kalesija: 20 km east of Tuzla"}, not: []string{"Dayton"}},
		{doc: "Since the Abuja accord, aid has reached the camp of Gbarnga Road, 15 km north of Gbarnga.",
			not: []string{"Abuja"}},
		// Negative: a fort or a camp with an organisation's word is a place.
		{doc: "Fort Union Trading Post lies about 40 km south-west of Williston.",
			places: []string{"Fort Union Trading Post"}},
	})
}

// TestCorpusGovernmentsMeto24Class holds the twenty-fourth round's class
// of a capital that speaks for its government with a verb of reproach or
// protest: "Kinshasa accuse Kigali", "Moscow accused Kyiv", "Beijing
// protested", « Alger condamne » (lexicon/LANG/speech.tsv). The capital
// is a speaker, never the subject of a distance the sentence states for
// a place it names later.
func TestCorpusGovernmentsMeto24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kinshasa accuse Kigali d'armer les rebelles qui tiennent la localité de Rubare, à une trentaine de kilomètres au nord de Rutshuru.",
			rels: []string{"Rubare: 30 km north of Rutshuru"}, absent: []string{"Kinshasa: 30 km north of Rutshuru"}},
		{doc: "Moscow accused Kyiv of shelling the village of Pishchane, about 20 km east of Kupiansk.",
			rels: []string{"Pishchane: 20 km east of Kupiansk"}, absent: []string{"Moscow: 20 km east of Kupiansk"}},
		{doc: "Bamako condamne l'attaque contre le camp de Tessit, à 80 km au sud d'Ansongo.",
			absent: []string{"Bamako: 80 km south of Ansongo"}},
		{doc: "Beijing protested after Manila built an outpost on the islet of Pag-asa Cay, 3 km west of Thitu.",
			absent: []string{"Beijing: 3 km west of Thitu"}},
	})
}

// TestFrenchPrepositionOpenersMeto24 holds the twenty-fourth round's class
// of French sentences opened by a preposition of circumstance, capitalised
// but no name (lexicon/fr/stopcaps.tsv): « Autour d'un verre de Chablis,
// les propriétaires de l'auberge de X, à 25 km … », « Malgré la pluie,
// … », « Face à la crue, … ». The subject of the distance is the place
// named in the sentence, not the preposition.
func TestFrenchPrepositionOpenersMeto24(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Autour d'un verre de vin, les propriétaires de l'auberge du Lac-Noir, à 25 km au sud de Rimouski, ont présenté leur projet.",
			rels: []string{"Lac-Noir: 25 km south of Rimouski"}, not: []string{"Autour"}},
		{doc: "Malgré la pluie, le campement de Tin Essako, à 60 km à l'est de Kidal, a reçu des vivres.",
			rels: []string{"Tin Essako: 60 km east of Kidal"}, not: []string{"Malgré"}},
		{doc: "Face à la crue, les habitants de Ouro Modi, à 15 km au nord de Mopti, ont quitté leurs maisons.",
			rels: []string{"Ouro Modi: 15 km north of Mopti"}, not: []string{"Face"}},
		{doc: "Parmi les sites visités, le hameau de Dar Chafaï, à 12 km à l'ouest de Settat, manque d'eau.",
			rels: []string{"Dar Chafaï: 12 km west of Settat"}, not: []string{"Parmi"}},
	})
}
