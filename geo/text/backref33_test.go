package text

import "testing"

// TestBackRef33Ordinal: "the first", "the second", "the former" and "the
// latter" closing the object of a distance, with no pair of names before
// them in their sentence, stand for one of the places the text located
// itself before them in its paragraph (lexicon/en/ordinals.tsv): the first
// of them, the second, the one before the last, or the last. A town only
// measured from is none of them; with none located, the distance stays
// unmeasured.
func TestBackRef33Ordinal(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Lokichar North camp, some 30 km west of Lodwar, took in 900 people last month. A transit site was opened at Nakwamoru, about 14 km south of the first.",
			rels: []string{"Lokichar North: 30 km west of Lodwar", "Nakwamoru: 14 km south of Lokichar North"}},
		{doc: "Survey teams examined the Kamboi and Tanjil workings. Kamboi lies 40 km east of Kainantu. Tanjil is 9 km north of the former, and the Rongo camp about 2 km west of the latter.",
			rels: []string{"Kamboi: 40 km east of Kainantu", "Tanjil: 9 km north of Kamboi", "Rongo: 2 km west of Tanjil"}},
		{doc: "Three wells were dug in 2019. Bir Tawil Sud lies 25 km north of Atar. Bir Lemhar is 6 km east of Bir Tawil Sud. Oum Lekhbar lies 4 km south of the second.",
			rels: []string{"Oum Lekhbar: 4 km south of Bir Lemhar"}},
		{doc: "Kamanga Ridge stands 18 km south of Chipata. Mphangwe village is 5 km east of the latter.",
			rels: []string{"Mphangwe: 5 km east of Kamanga Ridge"}},
		{doc: "Buses leave Chipata every morning. The new camp is 12 km east of the first.",
			absent: []string{"The new camp: 12 km east of Chipata"}},
	})
}

// TestBackRef33OrdinalFrench: « le premier », « la première », « le
// second », « la seconde », « le dernier » after « de » or glued in « du »
// stand so for the places the text located itself (lexicon/fr/ordinals.tsv).
func TestBackRef33OrdinalFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deux gisements de bauxite ont été reconnus. Le premier se trouve à Dabola-Sud, à 12 km au nord de Dabola ; le second, à Kankoro, à 4 km à l'est du premier.",
			rels: []string{"Kankoro: 4 km east of Dabola-Sud"}},
		{doc: "Le camp de Minkaman-Est est situé à 20 km au sud de Yirol. Un second camp, Awerial-Bas, a été ouvert à 7 km au nord du premier.",
			rels: []string{"Minkaman-Est: 20 km south of Yirol", "Awerial-Bas: 7 km north of Minkaman-Est"}},
		{doc: "La mare de Tin-Akof se trouve à 30 km au nord de Gorom-Gorom. La mare d'Oursi-Ouest est à 8 km de la première.",
			rels: []string{"Oursi-Ouest: 8 km from Tin-Akof"}},
		{doc: "Le puits de Tassak est à 40 km à l'est de Ménaka ; celui d'Inékar à 15 km au nord de Tassak. Le campement d'Egharous se trouve à 3 km au sud du dernier.",
			rels: []string{"Egharous: 3 km south of Inékar"}},
	})
}

// TestBackRef33Establishment: "the hospital", "the mission", "the
// station", "the lodge", « la mission » … opening a clause, or the
// writer's own "our clinic", « notre mission », stand for the place of
// that kind or a kin one named before (lexicon/en/backrefs.tsv); with
// none named, the phrase is a place of its own.
func TestBackRef33Establishment(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Sisters of Mercy opened Mabvuku Mission Hospital in 1958. The hospital lies about 60 km north-east of Mutare.",
			rels: []string{"Mabvuku Mission Hospital: 60 km northeast of Mutare"}, not: []string{"The hospital"}},
		{doc: "Greetings from Lupaso Mission. Our mission, 35 km west of Kasama, now serves eleven outstations.",
			rels: []string{"Lupaso Mission: 35 km west of Kasama"}},
		{doc: "Nouvelles de la mission de Manakara-Haut. Notre mission, à 18 km à l'ouest de Manakara, a reçu deux infirmières.",
			rels: []string{"Manakara-Haut: 18 km west of Manakara"}},
		{doc: "Fr Delaney founded Tumbuna Station in 1934. The station stands some 25 km south of Goroka.",
			rels: []string{"Tumbuna Station: 25 km south of Goroka"}},
		{doc: "Our clinic, 10 km north of Kasungu, opened in May.",
			rels: []string{"Our clinic: 10 km north of Kasungu"}},
	})
}

// TestBackRef33BuildingOfTown: « l'école de X », « l'école primaire de
// X », « l'hôpital d'X » as the object of a distance measure from X, the
// building's town; a building's own name (« l'église Saint-Martin ») is
// no place to measure from.
func TestBackRef33BuildingOfTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Une classe provisoire a été ouverte à Tibtenga, à 5 km au sud de l'école de Kongoussi.",
			rels: []string{"Tibtenga: 5 km south of Kongoussi"}},
		{doc: "Le forage de Silmiougou, à environ 3 km à l'est de l'école primaire de Titao, est tombé en panne.",
			rels: []string{"Silmiougou: 3 km east of Titao"}},
		{doc: "Les déplacés se sont installés à Ziniaré-Sud, à 2 km du lycée de Ziniaré.",
			rels: []string{"Ziniaré-Sud: 2 km from Ziniaré"}},
		{doc: "Le cortège s'est arrêté à 200 m de l'église Saint-Martin.",
			absent: []string{": 0.2 km from Saint-Martin"}},
	})
}

// TestBackRef33Tables: the establishment rows of lexicon/en/backrefs.tsv
// admit their kin kinds and no settlement; the ordinal tables give each
// word its rank.
func TestBackRef33Tables(t *testing.T) {
	for _, c := range []struct {
		noun, kind string
		want       bool
	}{
		{"hospital", "mission", true},
		{"hospital", "dispensaire", true}, // « le dispensaire de X »: clinic
		{"mission", "hospital", true},
		{"lodge", "camp", true},
		{"station", "homestead", true},
		{"monastery", "monastère", true},
		{"base", "garrison", true},
		{"hospital", "village", false},
		{"school", "town", false},
	} {
		if got := lex().backRefs[c.noun].admits(c.kind); got != c.want {
			t.Errorf("backRefs[%q].admits(%q) = %v, want %v", c.noun, c.kind, got, c.want)
		}
	}
	for w, want := range map[string]ordinalRank{"first": rankFirst, "former": rankFormer, "latter": rankLatter, "second": rankSecond,
		"premier": rankFirst, "première": rankFirst, "seconde": rankSecond, "deuxième": rankSecond, "dernière": rankLatter} {
		if got, ok := lex().ordinals[w]; !ok || got != want {
			t.Errorf("ordinals[%q] = %v, %v; want %v", w, got, ok, want)
		}
	}
	cands := []int{7, 8, 9}
	for _, c := range []struct {
		rank ordinalRank
		want int
	}{{rankFirst, 7}, {rankSecond, 8}, {rankFormer, 8}, {rankLatter, 9}} {
		if got := c.rank.pick(cands); got != c.want {
			t.Errorf("rank %d pick(%v) = %d, want %d", c.rank, cands, got, c.want)
		}
	}
	if got := rankSecond.pick([]int{7}); got != -1 {
		t.Errorf("rankSecond.pick([7]) = %d, want -1", got)
	}
}
