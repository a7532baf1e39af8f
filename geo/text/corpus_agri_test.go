package text

import (
	"strings"
	"testing"
)

// Farm papers, extension bulletins and market reports (round agri18).
//
//   - A country's code glued to a currency sign is the currency's symbol
//     ("US$3.40", "GH¢ 3,228", "NZ$10"), and a code in capitals after a
//     unit that follows a number, or glued by a slash to a lower-case unit,
//     is the unit's basis ("45 kg DM/ha", "120 kg N"): no place
//     (currencySignAfter, unitCodeAt).
//   - A name right before a lower-case noun of farm animals (en/
//     livestock.tsv: "Borgou cattle", "Jersey heifers") or, in French,
//     right after one (fr/livestock.tsv: « les zébus Borgou », « de race
//     Arabe ») is a breed's, unless a noun of stockyards.tsv follows the
//     animal ("the Kandi cattle market") or a preposition precedes the name
//     (livestockBreed).
//   - Farm nouns no list of common words holds open no name at the head of
//     a sentence: "Pastoralists report …", "Durum yields near X"
//     (en/stopcaps.tsv).
//   - A French label or clause before a colon has its own subject; the
//     apposition after the colon is about the place it sets off
//     (« Le maïs se porte bien : à la ferme de X, à 9 km de Y »).
//   - « GAEC » is a farm's kind (fr/descriptors.tsv).
//   - A fronted distance is about the place after "at the" or "in the" past
//     its comma ("Some 40 km west of X, at the Y ranch, breeders sold …";
//     frontedSceneAfter).

// noMention reports an error for every name of names that Read(doc) holds
// as a mention, whatever its evidence.
func noMention(t *testing.T, doc string, names ...string) {
	t.Helper()
	d := Read(doc)
	for _, m := range d.Mentions {
		for _, n := range names {
			if m.Name == n {
				t.Errorf("Read(%q): mention %q, want none", doc, n)
			}
		}
	}
}

func TestCorpusCodeInUnit(t *testing.T) {
	noMention(t, "Tobacco averaged US$2.95/kg at the Marondera floors.", "US")
	noMention(t, "The farmgate price of cocoa is GH¢ 3,100 per bag in Sunyani.", "GH")
	noMention(t, "Lamb schedules rose to NZ$9.10 a kilo at Gore.", "NZ")
	noMention(t, "Cane is paid HK$ 400 a tonne.", "HK")
	noMention(t, "Swards near Fermoy grew 62 kg DM/ha per day.", "DM")
	noMention(t, "Farmers near Clonakilty spread 30 kg N after grazing.", "N")
	noMention(t, "Silage yields reached 14 t DM/ha at Moorepark.", "DM")
	checkCorpus(t, []example{
		{doc: "Tobacco from Chikore Farm, 30 km north of Marondera, fetched US$3.10/kg.",
			rels: []string{"Chikore Farm: 30 km north of Marondera"}, places: []string{"Marondera"}},
		{doc: "Grass grew 55 kg DM/ha per day on the Ballinure farm, 6 km east of Fermoy.",
			rels: []string{"Ballinure: 6 km east of Fermoy"}},
	})
	// A code set off by a space before the sign is left as it was.
	d := Read("The crop was sold in the US for $5 a bushel.")
	if !strings.Contains(strings.Join(mentionNames(d), " "), "US/") {
		t.Errorf("the US before a spaced sign lost its mention: %v", mentionNames(d))
	}
}

