package text

import (
	"fmt"
	"strings"
	"testing"
)

// TestLeg30Classes holds the classes of the thirtieth round's legs of a
// journey measured from the last place the narrative was at: expedition
// diaries, rally stages, caravan accounts and trekking guides that set
// the leg off before a comma and name the place reached in the clause
// after it.
//   - « Quinze kilomètres plus loin, … », « Une vingtaine
//     de kilomètres après, … »: a French number written in words opens a
//     leg as digits do (entry.tsv rows), also in capitals at the start of
//     the sentence (numberWord).
//   - « 15 km après, on arrive à X »: a word of travel.tsv's after role
//     closing the phrase before a comma or the clause's end is no object
//     (afterClosed); the distance is a further leg.
//   - « 40 km plus loin, la caravane fit halte au puits de X », « Après
//     25 km, halte à la guelta de Y », « l'équipe s'est arrêtée au hameau
//     de Z »: a phrase of travel.tsv's new halt role for French, perhaps
//     after the travellers in two words, names the place reached
//     (haltAfter); a bare capitalised name (the driver, the crew) is not
//     where the leg starts when a better one stands before it.
//   - « 15 km après, toujours vers l'est, on atteignit X »: a heading set
//     off by commas after the leg, perhaps after a word of the new keep
//     role, is the leg's heading (keptHeadingAt).
//   - « On quitte Zagora par la route de M'Hamid, le long du Drâa. 15 km
//     après, on arrive à X »: the names a sentence gives after the start
//     of a journey, with no word of reaching between, are its way or its
//     goal; the first leg starts where the journey does (startedBefore).
//   - "Forty kilometres on, we pulled into the bush camp at X", "…
//     further west, we hiked into the gorge of Y", "we made camp at Z":
//     more phrases of English travel.tsv's arrive role.
func TestLeg30Classes(t *testing.T) {
	checkCorpus(t, []example{
		// Numbers in words, in capitals at the start.
		{doc: "Nous avons quitté Tahoua vers le nord. Quinze kilomètres plus loin, nous avons atteint le campement de Tilli Bangou.",
			rels: []string{"Tilli Bangou: 15 km north of Tahoua"}},
		{doc: "Le convoi a quitté Abéché vers l'est. Une trentaine de kilomètres plus loin, on arrive au village de Goz Amir Nord.",
			rels: []string{"Goz Amir Nord: 30 km east of Abéché"}},
		{doc: "Nous sommes partis de Kayes vers l'ouest. Vingt kilomètres plus loin, nous avons atteint le hameau de Diboli Koura.",
			rels: []string{"Diboli Koura: 20 km west of Kayes"}},
		// « N km après, »
		{doc: "Nous avons quitté Ségou vers le sud. 12 km après, on arrive au village de Dioro Wéré.",
			rels: []string{"Dioro Wéré: 12 km south of Ségou"}},
		{doc: "Nous avons quitté Kaédi vers l'est. Trente kilomètres après, nous avons atteint le puits de Lexeiba Nord.",
			rels: []string{"Lexeiba Nord: 30 km east of Kaédi"}},
		{doc: "Le hameau de Kalo se trouve à 10 km au nord de Gao. Le village de Tinzar se trouve à 15 km après.",
			rels: []string{"Tinzar: 15 km from Kalo"}},
		// Halting.
		{doc: "La caravane quitta Zinder vers le nord. Une quarantaine de kilomètres plus loin, elle fit halte au puits de Tirmini Sud.",
			rels: []string{"Tirmini Sud: 40 km north of Zinder"}},
		{doc: "Départ de Tidjikja vers l'est. Après 25 km, halte à la guelta de Boubleyine.",
			rels: []string{"Boubleyine: 25 km east of Tidjikja"}},
		{doc: "Nous avons quitté Dori vers l'est avec notre chauffeur Issa. Une vingtaine de kilomètres plus loin, l'équipe s'est arrêtée au hameau de Bani Sambo.",
			rels: []string{"Bani Sambo: 20 km east of Dori"}},
		{doc: "Départ d'Ouarzazate vers le sud-est avec l'agence Sahara Tours. Après 35 km, bivouac dans l'oued Tagount.",
			rels: []string{"Tagount: 35 km southeast of Ouarzazate"}},
		// A heading kept.
		{doc: "Nous avons quitté Agadez vers l'est. Après 40 km, halte au puits de Tafidet. Quinze kilomètres après, toujours vers l'est, on atteignit le campement de Tezirzek.",
			rels: []string{"Tafidet: 40 km east of Agadez", "Tezirzek: 15 km east of Tafidet"}},
		{doc: "Le départ est donné à Atar, cap au nord. Trente kilomètres plus loin, toujours vers le nord, arrivée au bivouac de Tin Labbé.",
			rels: []string{"Tin Labbé: 30 km north of Atar"}},
		{doc: "Nous sommes passés à Kiffa. Dix kilomètres après, vers le nord, on arrive au village de Legrane Sud.",
			rels: []string{"Legrane Sud: 10 km north of Kiffa"}},
		// The start, not the way or the goal named after it.
		{doc: "On quitte Zagora par la route de M'Hamid, plein sud, le long de la palmeraie du Drâa. 15 km après, on arrive à la kasbah de Tamegroute Sud.",
			rels: []string{"Tamegroute Sud: 15 km south of Zagora"}},
		{doc: "La caravane quitta Agadez vers l'est, chargée de mil pour les marchés de Bilma. Une quarantaine de kilomètres plus loin, elle fit halte au puits de Tinfarag.",
			rels: []string{"Tinfarag: 40 km east of Agadez"}},
		{doc: "Nous avons quitté Gao et avons roulé jusqu'à Ansongo. Vingt kilomètres plus loin, on arrive au village de Bazi Haoussa.",
			rels: []string{"Bazi Haoussa: 20 km from Ansongo"}},
		// English arrive phrases.
		{doc: "We left Alice Springs heading west. Forty kilometres on, we pulled into the bush camp at Ungwanga Bore.",
			rels: []string{"Ungwanga Bore: 40 km west of Alice Springs"}},
		{doc: "We drove out of Mandalgovi heading south. Fifty kilometres on, we reached the ger camp at Tsagaan Suvarga. The next morning, twelve kilometres further south, we hiked into the gorge of Ulaan Suvarga.",
			rels: []string{"Ulaan Suvarga: 12 km south of Tsagaan Suvarga"}},
		{doc: "We left Kidal at dawn, heading north. After 45 km we stopped at the well of Tin Essalouf. Another 30 km further north, we made camp at the well of Adrar Inkelten.",
			rels: []string{"Adrar Inkelten: 30 km north of Tin Essalouf"}},
	})
}

// TestLeg30Tables checks every row of French travel.tsv's halt and keep
// roles and the French number words of entry.tsv in a leg they tell.
func TestLeg30Tables(t *testing.T) {
	tr := &langs().fr.travel
	if len(tr.halts) == 0 || len(tr.keeps) == 0 {
		t.Fatal("fr/travel.tsv: no row of the halt or keep role")
	}
	const start = "Nous avons quitté Tahoua vers le nord. "
	for _, ph := range tr.halts {
		w := strings.Join(ph, " ")
		tail := "le village de Tilli Bangou."
		if ph[len(ph)-1] == "au" {
			tail = "village de Tilli Bangou."
		}
		doc := start + "Quinze kilomètres plus loin, la caravane " + w + " " + tail
		if strings.HasPrefix(w, "halte") || strings.HasPrefix(w, "arrêt") || strings.HasPrefix(w, "pause") ||
			strings.HasPrefix(w, "bivouac") || strings.HasPrefix(w, "nuit") || strings.HasPrefix(w, "escale") ||
			strings.HasPrefix(w, "arrivée") || strings.Fields(w)[0] == "on" || strings.Fields(w)[0] == "nous" ||
			strings.Fields(w)[0] == "il" || strings.Fields(w)[0] == "elle" || strings.Fields(w)[0] == "ils" || strings.Fields(w)[0] == "elles" {
			doc = start + "Quinze kilomètres plus loin, " + w + " " + tail
		}
		if !hasDistance(doc, "Tilli Bangou from Tahoua 15") {
			t.Errorf("halt %q: Read(%q) = %q, want Tilli Bangou 15 km from Tahoua", w, doc, distancesOf(doc))
		}
	}
	for w := range tr.keeps {
		doc := start + "Quinze kilomètres plus loin, " + w + " vers l'est, on atteignit le village de Tilli Bangou."
		if !hasReading(doc, "Tilli Bangou: 15 km east of Tahoua") {
			t.Errorf("keep %q: Read(%q) has no leg east", w, doc)
		}
	}
	for w := range langs().fr.entry {
		v, c := frenchSmallNumber(w)
		if c == 0 || v < 2 {
			continue
		}
		doc := start + strings.ToUpper(w[:1]) + w[1:] + " kilomètres plus loin, on arrive au village de Tilli Bangou."
		want := fmt.Sprintf("Tilli Bangou from Tahoua %g", v)
		if !hasDistance(doc, want) {
			t.Errorf("entry %q: Read(%q) = %q, want %q", w, doc, distancesOf(doc), want)
		}
	}
}

func hasDistance(doc, want string) bool {
	for _, g := range distancesOf(doc) {
		if g == want {
			return true
		}
	}
	return false
}
