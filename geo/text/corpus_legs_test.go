package text

import "testing"

// TestCorpusLegsAfter: a further leg of a journey whose place reached is
// named after its distance, measured from the last place the text
// reached ("A further 40 km on is X", "Another 25 miles brings you to
// X", "Beyond it, 12 km further, is X"), and the next stop of a journey
// named in apposition ("The next stop, X, lies 90 km to the west").
func TestCorpusLegsAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The salt caravan left Timbuktu at dawn on the third day. The next stop, Goundam, lies some 90 km to the west. A further 40 km on is Tinkaré, a cluster of mud houses beside a dry pond.",
			rels: []string{"Goundam: 90 km west of Timbuktu", "Tinkaré: 40 km from Goundam"}},
		{doc: "From Mopti the road runs north-east along the river through the flooded plain. Another 25 miles brings you to Kouyentomo, a fishing village of some 2,000 people.",
			rels: []string{"Kouyentomo: 40.2 km northeast of Mopti"}},
		{doc: "The track leaves Gao heading south-east and follows the river to Ansongo. Beyond it, 12 km further, is the small market of Tassiga Berkot.",
			rels: []string{"Tassiga Berkot: 12 km southeast of Ansongo"}},
		{doc: "The mission at Kigoma was founded in 1913. A further 15 miles to the south lies Mwangongo Juu, where the fathers built a second school.",
			rels: []string{"Mwangongo Juu: 24.1 km south of Kigoma"}},
		{doc: "We reached Kassala after two days on the road. Some 30 km further east is Ghirmaika, the last village before the border.",
			rels: []string{"Ghirmaika: 30 km east of Kassala"}},
		{doc: "The column set out from Atbara on the morning of 2 April. Another 18 miles brought it to the wells of Umm Sidra, where it halted for the night.",
			rels: []string{"Umm Sidra: 29 km from Atbara"}},
		{doc: "Our first camp was at Nakuru. The next day we pushed on; a further 20 miles to the north-west is Mogotio Kale, where we found water.",
			rels: []string{"Mogotio Kale: 32.2 km northwest of Nakuru"}},
		{doc: "The road leaves Kayes for the east. The first village, Dialla, lies 35 km to the south-east. Another 20 km brings you to Sékoto Ba, a market on the railway.",
			rels: []string{"Dialla: 35 km southeast of Kayes", "Sékoto Ba: 20 km from Dialla"}},
		{doc: "Our camp that night was at Moshi. Beyond it, some 15 miles further, is the mission of Kilema Chini, on the slopes of the mountain.",
			rels: []string{"Kilema Chini: 24.1 km from Moshi"}},
		{doc: "The caravan halted at Agadez. A further 60 km on lies the well of In Abangharit Sud.",
			rels: []string{"In Abangharit Sud: 60 km from Agadez"}},
		{doc: "Leaving Kisumu, we followed the lake shore to the north. Another 30 km took us to Nyahera Kuu, a fishing hamlet.",
			rels: []string{"Nyahera Kuu: 30 km from Kisumu"}, places: []string{"Kisumu"}, not: []string{"Leaving Kisumu"}},
		{doc: "We left Gao at dawn. The next halt was at Tabankort Est, 20 miles further on.",
			rels: []string{"Tabankort Est: 32.2 km from Gao"}},
		{doc: "The caravan rested at Agadez. Ten miles beyond that is the well of Tin Taborak.",
			rels: []string{"Tin Taborak: 16.1 km from Agadez"}},
		{doc: "From Kassala we rode east. After another 40 km we reached Tessenei Gar, a market village.",
			rels: []string{"Tessenei Gar: 40 km east of Kassala"}},
		// Without a further word a verb of place after the distance makes
		// no leg, and nothing reached is read.
		{doc: "We reached Kassala after two days on the road. Some 30 km east is Ghirmaika.",
			absent: []string{"Ghirmaika: 30 km east of Kassala"}},
	})
}

// TestCorpusKindOfDivision: a name inside a phrase that qualifies a kind
// of place ("the X camp of the Y province") is not the subject of the
// distance after it; the camp's name is.
func TestCorpusKindOfDivision(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Thousands of displaced families have gathered at the Dar es Salaam camp of the Lake province, located 12 km north of Bol.",
			rels: []string{"Dar es Salaam: 12 km north of Bol"}, absent: []string{"Lake: 12 km north of Bol"}},
		{doc: "Soldiers were attacked near the Kalo site of the Mopti region, some 30 km east of Djenne, on Tuesday.",
			rels: []string{"Kalo: 30 km east of Djenne"}},
		{doc: "The Mentao camp of the Soum province, located 6 km south of Djibo, housed more than 10,000 Malian refugees in 2019.",
			rels: []string{"Mentao: 6 km south of Djibo"}},
		{doc: "Aid convoys reached the Goz Amer camp of the Sila region, located about 50 km south of Abéché, after a week's delay.",
			rels: []string{"Goz Amer: 50 km south of Abéché"}},
		{doc: "Flooding hit the Kalobeyei settlement of Turkana County, some 120 km north-west of Lodwar, in May.",
			rels: []string{"Kalobeyei: 120 km northwest of Lodwar"}},
		{doc: "Clashes broke out at the Kerfi site of the Sila department, located 20 km south of Goz Beida.",
			rels: []string{"Kerfi: 20 km south of Goz Beida"}},
		{doc: "UNHCR relocated families to the Goudoubo camp of the Seno province, some 15 km east of Dori.",
			rels: []string{"Goudoubo: 15 km east of Dori"}},
	})
}

// TestCorpusPeoplePlaced: a word that is a people or a language of
// lexicon/peoples.txt is a town of that name after a distance or a
// preposition of place, and stays a people before a noun it qualifies.
func TestCorpusPeoplePlaced(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Egyptian cavalry camped at Ghabush, 30 km north of Berber, before the battle on the Atbara.",
			rels: []string{"Ghabush: 30 km north of Berber"}},
		{doc: "In 1884 Gordon's steamers were fired on at Shibaliya, some 20 miles south of Berber, by the Mahdi's men.",
			rels: []string{"Shibaliya: 32.2 km south of Berber"}},
		{doc: "The mission school at Karai Ridge stands 8 km north of Kikuyu, on the old road to Limuru.",
			rels: []string{"Karai Ridge: 8 km north of Kikuyu"}},
		{doc: "Raiders from the Kikuyu highlands struck at Thogoto Mbili, some 5 km west of Kikuyu, in 1953.",
			rels: []string{"Thogoto Mbili: 5 km west of Kikuyu"}},
		{doc: "The Anglo-Egyptian army concentrated at Berber in 1898, and the field hospital was set up at Darmali Fort, 10 miles south of Berber.",
			rels: []string{"Darmali Fort: 16.1 km south of Berber"}, places: []string{"Berber"}},
		{doc: "The famous Fulani herders water their cattle at the pools of Kouna Bozo, 25 km north of Mopti.",
			rels: []string{"Kouna Bozo: 25 km north of Mopti"}, not: []string{"Fulani"}},
		{doc: "Berber tribes grazed their herds in the hills. The Kikuyu farmed the ridges.",
			not: []string{"Berber", "Kikuyu"}},
	})
}

// TestCorpusHistories: distances of explorers and campaigns, in leagues,
// "short of" a place, "below" a place on a river, after "a day's march
// of".
func TestCorpusHistories(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Burton halted at the village of Wilensi Gara, three leagues west of Harar, and sent a letter ahead to the Emir.",
			rels: []string{"Wilensi Gara: 13.5 km west of Harar"}},
		{doc: "Livingstone's party camped at Chitambo Mbili, some eight leagues south of Kasama, in the swamps.",
			rels: []string{"Chitambo Mbili: 36 km south of Kasama"}},
		{doc: "The column halted at Bir el Kenayis, 20 miles short of Mersa Matruh, to wait for water.",
			rels: []string{"Bir el Kenayis: 32.2 km from Mersa Matruh"}},
		{doc: "In March 1941 the Indian brigades stormed Keren; the pursuit halted at Ad Teclesan, 30 miles short of Asmara.",
			rels: []string{"Ad Teclesan: 48.3 km from Asmara"}},
		{doc: "Stanley's party descended the Congo for weeks. After a long day on the Congo they camped at a village called Lukolela Mbe, some 80 miles below Mbandaka.",
			rels: []string{"Lukolela Mbe: 129 km from Mbandaka"}},
		{doc: "On 3 November the brigade pushed forward to Kumbatta Ridge, a day's march of some 25 km east of Agordat, and dug in.",
			rels: []string{"Kumbatta Ridge: 25 km east of Agordat"}},
		{doc: "After eight days' march Speke reached Usui Kasheke, about 90 miles north-west of Tabora, where the sultan detained him.",
			rels: []string{"Usui Kasheke: 145 km northwest of Tabora"}},
	})
}

// TestWaterNames: a bare "the X" after a word of waters.tsv, or after the
// text named a river X, is a river (Feature "river"), which the resolver
// maps as no country or town; before a noun it qualifies, or after "in",
// it is not.
func TestWaterNames(t *testing.T) {
	for _, tc := range []struct {
		doc, name string
		river     []bool // each mention of name in turn
	}{
		{"The ferry at Kouré Béri is a crossing point on the Niger, 45 km south-east of Niamey. Traders cross the Niger there each morning.", "Niger", []bool{true, true}},
		{"Stanley's party descended the Congo for weeks. After a long day on the Congo they camped.", "Congo", []bool{true, true}},
		{"Pilgrims come to Bethabara, on the Jordan, about 10 km east of Jericho. The Jordan here is only a few metres wide.", "Jordan", []bool{true, true}},
		{"The Jordan River flows south from Tiberias. The Jordan here is only a few metres wide.", "Jordan", []bool{true}},
		{"A bridge over the Senegal at Kayes was opened in 1911.", "Senegal", []bool{true}},
		{"Boats sail up the Congo from Kinshasa.", "Congo", []bool{true}},
		{"The mission lies on the Congo some 50 km upstream of Mbandaka.", "Congo", []bool{true}},
		{"Refugees fled to camps in the Congo.", "Congo", []bool{false}},
		{"Troops massed on the Niger border.", "Niger", []bool{false}},
		{"Kambesha lies on the Solwezi–Kasempa road.", "Solwezi", []bool{false}},
		{"Soldiers crossed the Congo's border.", "Congo", []bool{false}},
	} {
		d := Read(tc.doc)
		n := 0
		for _, m := range d.Mentions {
			if m.Name != tc.name {
				continue
			}
			if n < len(tc.river) && (m.Feature == "river") != tc.river[n] {
				t.Errorf("Read(%q): mention %d of %s has feature %q, want a river %v", tc.doc, n, tc.name, m.Feature, tc.river[n])
			}
			n++
		}
		if n < len(tc.river) {
			t.Errorf("Read(%q): %d mentions of %s, want %d", tc.doc, n, tc.name, len(tc.river))
		}
	}
	// The river before a distance says where the place before it stands,
	// and is no subject.
	checkCorpus(t, []example{
		{doc: "Pilgrims come each January to the baptismal site of Bethabara, on the Jordan, about 10 km east of Jericho.",
			rels: []string{"Bethabara: 10 km east of Jericho"}, absent: []string{"Jordan: 10 km east of Jericho"}},
		{doc: "The old ferry at Koulikoro is a crossing point on the Niger, and the hamlet of Tienfala Bozo lies on the Niger some 20 km downstream from Koulikoro.",
			rels: []string{"Tienfala Bozo: 20 km from Koulikoro"}},
	})
}
