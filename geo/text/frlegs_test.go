package text

import (
	"strings"
	"testing"
)

// TestFrenchLegs reads French journeys told leg by leg, in the styles of
// news reports, travel writing and gazetteers: each leg is measured from
// the last place the text reached (the journey's start, named in the
// sentence or the one before, or the place the last leg reached), and
// the place it reaches is its subject.
func TestFrenchLegs(t *testing.T) {
	checkLegs(t, map[string][]legRel{
		"Nous avons quitté Gao vers l'est ; après 60 km, nous avons atteint le village de Tassiga, puis encore 40 km plus loin, jusqu'au hameau d'Intahaka.": {
			{"Tassiga", "Gao", 60}, {"Intahaka", "Tassiga", 40}},
		"Le convoi a quitté Mopti au petit matin. Il a parcouru 45 km vers le nord jusqu'à Konna-Sarakoro. De là, la piste continue sur 25 km vers le nord jusqu'à Dialloubé-Koura.": {
			{"Konna-Sarakoro", "Mopti", 45}, {"Dialloubé-Koura", "Konna-Sarakoro", 25}},
		"Partis de Dori, les éléments de l'armée ont roulé 50 km vers l'est jusqu'à Ouzourga, puis encore 20 km jusqu'à Gandéfabou.": {
			{"Ouzourga", "Dori", 50}, {"Gandéfabou", "Ouzourga", 20}},
		"La mission humanitaire est partie d'Agadez vers le nord. Après 80 km de piste, elle a atteint le puits de Tigidit-Ouest, puis a poursuivi sur 30 km supplémentaires jusqu'à Azélik-Nord.": {
			{"Tigidit-Ouest", "Agadez", 80}, {"Azélik-Nord", "Tigidit-Ouest", 30}},
		"Le village de Kéré-Bougou est situé à 18 km au sud de Douentza. De là, une piste mène sur 12 km vers l'ouest jusqu'au hameau de Boni-Koura.": {
			{"Kéré-Bougou", "Douentza", 18}, {"Boni-Koura", "Kéré-Bougou", 12}},
		"L'expédition partit de Tamanrasset et marcha 70 km vers le nord-est jusqu'à l'oasis d'Ifrak-Tan, puis encore 35 km jusqu'à la guelta d'Imlaouène.": {
			{"Ifrak-Tan", "Tamanrasset", 70}, {"Imlaouène", "Ifrak-Tan", 35}},
		"Nous avons roulé depuis Maroua pendant deux heures : à 55 km au nord, nous avons atteint Mémé-Gréa, et 20 km plus loin, le village de Kolofata-Bas.": {
			{"Mémé-Gréa", "Maroua", 55}, {"Kolofata-Bas", "Mémé-Gréa", 20}},
		"Le hameau de Bémbou se trouve à 10 km au nord de Kaya. Le village de Zinsa-Tanga se trouve à 15 km plus loin.": {
			{"Bémbou", "Kaya", 10}, {"Zinsa-Tanga", "Bémbou", 15}},
		"Depuis Bouaké, la route file vers le nord sur 55 km jusqu'à Katiola-Gare, puis encore 35 km jusqu'à Niakaramandougou-Sud.": {
			{"Katiola-Gare", "Bouaké", 55}, {"Niakaramandougou-Sud", "Katiola-Gare", 35}},
		"La caravane a quitté Ouarzazate à l'aube et a marché 30 km vers le sud pour atteindre le ksar de Tiflit-Nou.": {
			{"Tiflit-Nou", "Ouarzazate", 30}},
	})
	// Without a word of travel or of a further leg, or without a place
	// reached, no leg is read.
	for _, doc := range []string{
		"Les soldats ont atteint Ouzourga. Le 45 km jusqu'à Gandéfabou.",
		"Le convoi a quitté Mopti. Il a parcouru 45 km vers le nord.",
	} {
		for _, g := range distancesOf(doc) {
			t.Errorf("Read(%q): %q, want no distance", doc, g)
		}
	}
}

// TestFrenchTravelRead reads every row of lexicon/fr/travel.tsv of the
// roles of a leg (go, further, after, reach, way) in a journey: each row
// makes the place reached lie that far from the journey's start, where
// a word of no row ("zzz") reads no leg.
func TestFrenchTravelRead(t *testing.T) {
	tr := langs().fr.travel
	rows := map[string][]string{}
	for w := range tr.goes {
		rows["go"] = append(rows["go"], w)
	}
	for w := range tr.further {
		rows["further"] = append(rows["further"], w)
	}
	for w := range tr.ways {
		rows["way"] = append(rows["way"], w)
	}
	for _, ph := range tr.reach {
		rows["reach"] = append(rows["reach"], strings.Join(ph, " "))
	}
	for _, ph := range tr.after {
		rows["after"] = append(rows["after"], strings.Join(ph, " "))
	}
	tpl := map[string]struct {
		doc  string
		want string
	}{
		"go":      {"Le convoi a quitté Gao. Il %s 45 km jusqu'à Tinzar.", "Tinzar from Gao 45"},
		"further": {"Le convoi a atteint Gao, puis %s 40 km jusqu'à Tinzar.", "Tinzar from Gao 40"},
		"reach":   {"Le convoi a quitté Gao et a roulé 45 km vers le nord %s Tinzar.", "Tinzar from Gao 45"},
		"after":   {"Le hameau de Kalo se trouve à 10 km au nord de Gao. Le village de Tinzar se trouve à 15 km %s.", "Tinzar from Kalo 15"},
		"way":     {"Le convoi a quitté Gao. Après 80 km de %s, il a atteint Tinzar.", "Tinzar from Gao 80"},
	}
	for role, f := range tpl {
		if len(rows[role]) == 0 {
			t.Errorf("fr/travel.tsv: no row of the role %q", role)
		}
		for _, w := range append(rows[role], "zzz") {
			doc := strings.Replace(f.doc, "%s", w, 1)
			got := false
			for _, g := range distancesOf(doc) {
				got = got || g == f.want
			}
			if got != (w != "zzz") {
				t.Errorf("%s %q: Read(%q) = %q, want %q: %v", role, w, doc, distancesOf(doc), f.want, w != "zzz")
			}
		}
	}
}

// TestFrenchHeadingRead reads every heading row of lexicon/fr/travel.tsv
// before a compass word, where the journey starts: a leg after it that
// says no direction of its own takes that heading, and a word of no row
// gives none.
func TestFrenchHeadingRead(t *testing.T) {
	tr := langs().fr.travel
	if len(tr.headings) == 0 {
		t.Fatal("fr/travel.tsv: no heading row")
	}
	for _, ph := range append(tr.headings, []string{"zzz"}) {
		w := strings.Join(ph, " ")
		compass, want := "nord", "nord"
		if last := ph[len(ph)-1]; last == "vers" || last == "de" || last == "à" {
			compass, want = "l'est", "est"
		}
		if w == "zzz" {
			want = ""
		}
		doc := "Le convoi a quitté Gao " + w + " " + compass + ". Après 45 km, il a atteint Tinzar."
		d := Read(doc)
		got, ok := "", false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Subject].Name == "Tinzar" && d.Mentions[r.Object].Name == "Gao" {
				got, ok = r.Direction, true
			}
		}
		if !ok || got != want {
			t.Errorf("Read(%q): Tinzar from Gao %v, heading %q, want %q", doc, ok, got, want)
		}
	}
}

// TestRespectiveLists reads lists of names whose distances a list of
// numbers gives one each, in order, in French and English news and
// gazetteer styles, with the shared word before the numbers, between
// the lead and the numbers, or after the phrase.
func TestRespectiveLists(t *testing.T) {
	checkLegs(t, map[string][]legRel{
		"Kalobé et Bémassa, situés respectivement à 10 et 20 km de Gao, ont été attaqués dimanche.": {
			{"Kalobé", "Gao", 10}, {"Bémassa", "Gao", 20}},
		"Les villages de Tinzar-Est, Agharous-Nord et Intillit-Bas, respectivement à 15, 30 et 45 km au nord de Kidal, ont été évacués.": {
			{"Tinzar-Est", "Kidal", 15}, {"Agharous-Nord", "Kidal", 30}, {"Intillit-Bas", "Kidal", 45}},
		"Les localités de Ndiéma et Goudouba se trouvent respectivement à 25 km et à 40 km au sud de Diffa.": {
			{"Ndiéma", "Diffa", 25}, {"Goudouba", "Diffa", 40}},
		"Les hameaux de Kouli-Tanga et Sabsé-Peulh, distants respectivement de 12 et 18 km de Ouahigouya, ont été désertés.": {
			{"Kouli-Tanga", "Ouahigouya", 12}, {"Sabsé-Peulh", "Ouahigouya", 18}},
		"Bokoroum et Yelwa-Sud, à respectivement 8 et 14 km de Zinder, accueillent des réfugiés.": {
			{"Bokoroum", "Zinder", 8}, {"Yelwa-Sud", "Zinder", 14}},
		"The villages of Tinabou and Kersadé, located 15 and 25 km north of Tahoua respectively, were attacked on Sunday.": {
			{"Tinabou", "Tahoua", 15}, {"Kersadé", "Tahoua", 25}},
		"The villages of Tinabou and Kersadé, located respectively 15 and 25 km north of Tahoua, were attacked.": {
			{"Tinabou", "Tahoua", 15}, {"Kersadé", "Tahoua", 25}},
		"Tinabou, Kersadé and Gourbel lie 10, 20 and 30 km east of Tahoua respectively.": {
			{"Tinabou", "Tahoua", 10}, {"Kersadé", "Tahoua", 20}, {"Gourbel", "Tahoua", 30}},
		"Tinabou and Kersadé are respectively 12 km and 18 km from Zinder.": {
			{"Tinabou", "Zinder", 12}, {"Kersadé", "Zinder", 18}},
	})
	// Without the shared word, a list of numbers is no distance of each.
	for _, g := range distancesOf("Kalobé et Bémassa, situés à 10 et 20 km de Gao, ont été attaqués.") {
		if strings.HasSuffix(g, " 10") {
			t.Errorf("without respectivement: %q", g)
		}
	}
}
