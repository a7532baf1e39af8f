package text

import (
	"strings"
	"testing"
)

// TestLegEn31Later holds the thirty-first round's English legs told by
// "later" or "on" after the distance with no comma, whose travellers or
// way are named before the verb that takes them to the place reached
// (legReached, reachedAfterFronted): "Forty kilometres later the track
// brought us to X", "Twenty-eight kilometres on the leaders were stopped
// at X".
func TestLegEn31Later(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We left Tsetserleg after breakfast. Sixty kilometres later the road brought us to the ger camp of Bayan Tsagaan.",
			rels: []string{"Bayan Tsagaan: 60 km from Tsetserleg"}},
		{doc: "The column left Kidal before dawn. Fifty kilometres later the trucks pulled into Anou Mellene.",
			rels: []string{"Anou Mellene: 50 km from Kidal"}},
		{doc: "The stage started in Uyuni. Thirty-five kilometres on the leading riders were stopped at Chita Pampa.",
			rels: []string{"Chita Pampa: 35 km from Uyuni"}},
		{doc: "We set off from Marsabit in the rain. Some 70 km later our driver stopped at the Kargi Dabel well.",
			rels: []string{"Kargi Dabel: 70 km from Marsabit"}},
		{doc: "We left Kargil with our guide Tsering. Twenty-two kilometres later we reached the village of Shargol Yokma.",
			rels: []string{"Shargol Yokma: 22 km from Kargil"}},
	})
}

// TestLegFr31PlusTard holds French legs told by « plus tard » after the
// distance (travel.tsv after role), a number in words joined by hyphens
// opening the sentence (entryWord, hyphenedNumber), halts in the present
// of travel writing, and « Nous quittons X par la route de Y » as where
// the leg starts (start role, startedBefore).
func TestLegFr31PlusTard(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La colonne a quitté Tessalit à l'aube. Cinquante kilomètres plus tard, nous atteignons le puits d'In Tadrart.",
			rels: []string{"In Tadrart: 50 km from Tessalit"}},
		{doc: "Nous quittons Tamanrasset par la route d'In Salah. Vingt-huit kilomètres plus tard, nous faisons halte à l'oued Tamekrest.",
			rels: []string{"Tamekrest: 28 km from Tamanrasset"}},
		{doc: "La mission quitte Agadez vers le nord. Soixante-cinq kilomètres plus tard, la caravane campe dans l'oued Tin Bidda.",
			rels: []string{"Tin Bidda: 65 km north of Agadez"}},
		{doc: "Partis de Tuléar vers le sud, nous suivons la côte. Trente-deux kilomètres plus tard, la piste nous conduit au village d'Ambolimailaka.",
			rels: []string{"Ambolimailaka: 32 km south of Tuléar"}},
		{doc: "Nous partons de Mopti en pirogue. Quarante-cinq kilomètres plus loin, nous faisons halte au campement de Kakagna.",
			rels: []string{"Kakagna: 45 km from Mopti"}},
	})
}

// TestLegEn31OutOfTown holds "N km out of town" before a clause that
// arrives at the place (arrivalAt, topicObjectAt): the town is the last
// one named, not the one the journey heads for ("towards X",
// headedTowards), and the journey's heading the leg's.
func TestLegEn31OutOfTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We spent the night in Moyale. About 12 km out of town you reach Dambi Arbe, a cluster of huts beside the road.",
			rels: []string{"Dambi Arbe: 12 km from Moyale"}},
		{doc: "We refuelled in Tsumeb and drove on towards Grootfontein. Some 20 km out of town we stopped at Otjikoto Lodge.",
			rels: []string{"Otjikoto Lodge: 20 km from Tsumeb"}},
		{doc: "We left Alice Springs early, heading south. Roughly 30 km out of town the track brought us to Ewaninga Bore.",
			rels: []string{"Ewaninga Bore: 30 km south of Alice Springs"}},
		{doc: "We stayed two nights in Hella. About 8 km out of town, we pitched camp at Gunnarsholt Hut.",
			rels: []string{"Gunnarsholt Hut: 8 km from Hella"}},
	})
}

// TestLegEn31FromThere holds a leg that starts at the last place the text
// reached, said by "from there" or « de là » opening the sentence
// (journeyStart, opensThere): "From there it is 15 km to X", « De là,
// 15 km de piste mènent au puits de X »; and « N km de plus » as a
// further leg before its heading and the verb that leads to the place.
func TestLegEn31FromThere(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The pilgrims rested at the shrine of Debre Tsion, 9 km north of Axum. From there it is 12 km to Abba Gerima.",
			rels: []string{"Debre Tsion: 9 km north of Axum", "Abba Gerima: 12 km from Debre Tsion"}},
		{doc: "We slept in Namche Bazaar. From there it was 6 km to Khumjung Gompa.",
			rels: []string{"Khumjung Gompa: 6 km from Namche Bazaar"}},
		{doc: "The road ends at Ocongate. From there, it is 10 km to Mahuayani Alto.",
			rels: []string{"Mahuayani Alto: 10 km from Ocongate"}},
		{doc: "Nous arrivons à Tichitt en fin d'après-midi. De là, 18 km de piste mènent au puits de Dakhla Aouinet.",
			rels: []string{"Dakhla Aouinet: 18 km from Tichitt"}},
		{doc: "La patrouille atteint Bardaï le 3 mars. De là, 25 km de piste conduisent au poste de Zouar Kolé.",
			rels: []string{"Zouar Kolé: 25 km from Bardaï"}},
		{doc: "Le bivouac est dressé à Ouadane. De là, il reste 30 km de piste jusqu'au puits de Tanouchert.",
			rels: []string{"Tanouchert: 30 km from Ouadane"}},
		{doc: "La caravane part de Bilma avant l'aube. Le lendemain, 40 km de plus vers l'est nous mènent à la guelta de Dirkou Sud.",
			rels: []string{"Dirkou Sud: 40 km east of Bilma"}},
	})
}

// TestLegen31Tables checks each row the thirty-first round added to
// travel.tsv in a leg that needs it.
func TestLegen31Tables(t *testing.T) {
	for _, w := range []string{"were stopped at", "was stopped at", "were halted at", "was halted at"} {
		doc := "The stage left Gao at dawn. Thirty kilometres on the leaders " + w + " Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Gao 30") {
			t.Errorf("en halt %q: Read(%q) = %q, want Tin Kaoussa 30 km from Gao", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"atteignons", "atteignez", "faisons halte à", "font halte à", "fait halte à", "campe à",
		"campons à", "bivouaque à", "nous conduit à", "nous conduisent à", "nous mène à", "nous mènent à"} {
		doc := "La caravane a quitté Kidal. Vingt-cinq kilomètres plus tard, nous " + strings.TrimPrefix(w, "nous ") + " Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 25") {
			t.Errorf("fr halt %q: Read(%q) = %q, want Tin Kaoussa 25 km from Kidal", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"faisons halte au", "font halte au", "fait halte au", "campe au", "campons au", "bivouaque au",
		"nous conduit au", "nous conduisent au", "nous mène au", "nous mènent au"} {
		doc := "La caravane a quitté Kidal. Vingt-cinq kilomètres plus tard, nous " + strings.TrimPrefix(w, "nous ") + " puits de Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 25") {
			t.Errorf("fr halt %q: Read(%q) = %q, want Tin Kaoussa 25 km from Kidal", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"campe dans", "campons dans", "bivouaque dans"} {
		doc := "La caravane a quitté Kidal. Vingt-cinq kilomètres plus tard, nous " + w + " l'oued Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 25") {
			t.Errorf("fr halt %q: Read(%q) = %q, want Tin Kaoussa 25 km from Kidal", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"mènent à", "mène à", "conduisent à", "nous mènent à", "nous conduisent à"} {
		doc := "Nous arrivons à Kidal. De là, 15 km de piste " + w + " Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 15") {
			t.Errorf("fr reach %q: Read(%q) = %q, want Tin Kaoussa 15 km from Kidal", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"mènent au", "mène au", "conduisent au", "nous mènent au", "nous conduisent au"} {
		doc := "Nous arrivons à Kidal. De là, 15 km de piste " + w + " puits de Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 15") {
			t.Errorf("fr reach %q: Read(%q) = %q, want Tin Kaoussa 15 km from Kidal", w, doc, distancesOf(doc))
		}
	}
	for _, w := range []string{"Nous quittons Kidal", "Ils quittent Kidal", "Vous quittez Kidal", "Nous partons de Kidal", "Ils partent de Kidal", "La caravane part de Kidal"} {
		doc := w + " par la route de Gao. Vingt kilomètres plus tard, nous faisons halte au puits de Tin Kaoussa."
		if !hasDistance(doc, "Tin Kaoussa from Kidal 20") {
			t.Errorf("fr start %q: Read(%q) = %q, want Tin Kaoussa 20 km from Kidal", w, doc, distancesOf(doc))
		}
	}
}

// TestHyphenedNumber checks which words join French numbers by hyphens.
func TestHyphenedNumber(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"trente-cinq", true}, {"quatre-vingt-dix", true}, {"vingt-et-un", true}, {"soixante-cinq", true},
		{"trente", false}, {"au-delà", false}, {"lieu-dit", false}, {"vingt-ans", false},
	} {
		if got := hyphenedNumber(tc.w); got != tc.want {
			t.Errorf("hyphenedNumber(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
