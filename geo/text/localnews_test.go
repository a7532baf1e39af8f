package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCorpusLocalNews: local papers, obituaries and notices name a
// relative's town after the relative's name and "of", a kinship word
// before the name (kinbefore.tsv, kinOf); a road by the town it leads to
// between "the" and its noun (roadNamedAfter); a town's police by the
// town (seats.tsv); French streets and bridges by a saint's or a
// person's name without « de » (streetnouns.tsv, streetNamed); a family
// by its name after « famille » or "née" (familynouns.tsv, familyBefore);
// a road by its two towns after its noun, in English too
// (pairNounBefore); and a family business by its owner's possessive,
// which holds no place (trades.tsv, tradeAfter).
func TestCorpusLocalNews(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "She is survived by her daughter Anne Kowalski of Red Deer and two grandsons.",
			places: []string{"Red Deer"}, not: []string{"Anne Kowalski"}},
		{doc: "He was predeceased by his brother Thomas Hartley, of Moose Jaw, in 2011.",
			places: []string{"Moose Jaw"}},
		{doc: "Mourned by his sister Brigid Kerrigan of Westport and many friends.",
			places: []string{"Westport"}},
		// A person's name of two words or more and a comma is enough.
		{doc: "Patrick Joseph Daly, of Ballinrobe, passed away peacefully on Monday.",
			places: []string{"Ballinrobe"}},
		{doc: "Anne Duffy (née Kelly), of Castlerea, died at home.",
			places: []string{"Castlerea"}, not: []string{"Kelly"}},
		{doc: "La famille Morvan, de Plouay, remercie les voisins.",
			places: []string{"Plouay"}, not: []string{"Morvan"}},
		{doc: "Yves Le Floch, d'Hennebont, est décédé à 88 ans.",
			places: []string{"Hennebont"}},
		{doc: "Le Stade Rennais, de retour à Rennes, a battu Nantes.",
			places: []string{"Rennes"}},
		// A paper's name, a dash and its local page's town alone.
		{doc: "Sud Ouest — Bergerac. La mairie de Bergerac annonce des travaux. Le marché est déplacé.",
			places: []string{"Bergerac"}, not: []string{"Sud Ouest"}},
		{doc: "Ouest-France — Lamballe. Le comité des fêtes organise un loto. Les bénéfices iront à l'école.",
			places: []string{"Lamballe"}, not: []string{"Ouest-France"}},
		{doc: "Le Soleil (Dakar) — Kaolack. La mairie de Kaolack annonce une campagne. Elle durera un mois.",
			places: []string{"Kaolack"}, not: []string{"Le Soleil"}},
		// A family business after its owner's possessive.
		{doc: "Reposing at Lennon's Funeral Home, Tinahely, on Friday.",
			places: []string{"Tinahely"}, not: []string{"Lennon"}},
		{doc: "The raffle was drawn at Brennan's Bar in Roscrea.",
			places: []string{"Roscrea"}, not: []string{"Brennan"}},
		{doc: "Chad's Lac Region was flooded.",
			rels: []string{"Lac Region: in Chad"}},
		// A church's dedication after "of the" is no place.
		{doc: "Funeral Mass in the Cathedral of the Assumption, Thurles, on Monday.",
			not: []string{"Assumption"}},
		{doc: "Mass at the Church of the Holy Cross, Dromiskin, at noon.",
			not: []string{"Holy Cross"}},
		{doc: "The Bank of Montreal sponsored the event.",
			not: []string{"Montreal"}},
		{doc: "Lorries bound for Kisumu were told to use the Busia route instead.",
			places: []string{"Busia"}},
		{doc: "Drivers may take the Kapchorwa road until Friday.",
			places: []string{"Kapchorwa"}},
		{doc: "Naivasha police said two people were arrested.",
			places: []string{"Naivasha"}},
		{doc: "La mairie annonce la fermeture de la rue Saint-Aubert jusqu'à lundi.",
			not: []string{"Saint-Aubert"}},
		{doc: "Le pont Saint-Laurent sera fermé à la circulation samedi.",
			not: []string{"Saint-Laurent"}},
		{doc: "Les obsèques ont eu lieu avenue Foch, à Nancy.",
			places: []string{"Nancy"}, not: []string{"Foch"}},
		{doc: "La famille Cannes, installée à Vence, remercie les pompiers.",
			places: []string{"Vence"}, not: []string{"Cannes"}},
		{doc: "Les familles Reims et Martin remercient les bénévoles.",
			not: []string{"Reims"}},
		{doc: "Mary Catherine Boyle (née Sligo), 84, died peacefully at home.",
			not: []string{"Sligo"}},
		{doc: "Jeanne Marie Lefèvre, née Tulle, s'est éteinte à 91 ans.",
			not: []string{"Tulle"}},
		// An English road noun before two towns and a dash names both.
		{doc: "Police say the road Kasane–Nata will be closed on Tuesday.",
			places: []string{"Kasane", "Nata"}},
		{doc: "The highway Mombasa–Malindi reopened after the floods.",
			places: []string{"Mombasa", "Malindi"}},
	})
}

// TestLocalNewsTablesRead reads every word of kinbefore.tsv,
// streetnouns.tsv and familynouns.tsv before a name: the name after
// "of" is a place, the street's and the family's name is none.
func TestLocalNewsTablesRead(t *testing.T) {
	for w := range langs().en.sets[setKinBefore] {
		doc := "Survived by her " + w + " Jane Doe of Moose Jaw."
		checkCorpus(t, []example{{doc: doc, places: []string{"Moose Jaw"}}})
	}
	for w := range langs().fr.sets[setStreetNouns] {
		doc := "La mairie ferme la " + w + " Saint-Aubert lundi."
		checkCorpus(t, []example{{doc: doc, not: []string{"Saint-Aubert"}}})
	}
	for w := range langs().fr.sets[setFamilyNouns] {
		doc := "Elle remercie la " + w + " Cannes et les pompiers."
		checkCorpus(t, []example{{doc: doc, not: []string{"Cannes"}}})
	}
	for w := range langs().en.sets[setFamilyNouns] {
		doc := "Mary Boyle (" + w + " Sligo), 84, died at home."
		checkCorpus(t, []example{{doc: doc, not: []string{"Sligo"}}})
	}
	for w := range langs().en.sets[setTrades] {
		words := strings.Fields(w)
		for i, x := range words {
			r, n := utf8.DecodeRuneInString(x)
			words[i] = string(unicode.ToUpper(r)) + x[n:]
		}
		doc := "Reposing at Lennon's " + strings.Join(words, " ") + ", Tinahely."
		checkCorpus(t, []example{{doc: doc, places: []string{"Tinahely"}, not: []string{"Lennon"}}})
	}
	for _, set := range []map[string]bool{langs().en.sets[setTrades], langs().en.sets[setKinBefore], langs().fr.sets[setStreetNouns], langs().fr.sets[setFamilyNouns]} {
		if len(set) < 2 {
			t.Fatalf("a local-news table has too few rows (%d)", len(set))
		}
	}
}
