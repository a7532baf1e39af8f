package text

import "testing"

// TestNames24MayOpensName: "May" opening a name after a preposition of
// place no date follows ("above", "towards", "via", "from"), after the
// "of" of a compass phrase, or in a dateline written in capitals is the
// name's first word, not the month (placeMay): Jamaica's May Pen,
// Ethiopia's Tigrinya names in "May" or "Mai". A month keeps its date
// after "in", after "of" that ends no compass phrase, and in a dateline
// with its day.
func TestNames24MayOpensName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The clinic lies about 6 km north-east of May Pen, on the old Kingston road.",
			rels: []string{"The clinic: 6 km northeast of May Pen"}, places: []string{"May Pen"}},
		{doc: "Cattle were driven from Mai Kadra towards Mai Tsebri in the dry season.",
			places: []string{"Mai Kadra", "Mai Tsebri"}},
		{doc: "MAY PEN, Clarendon (JIS) - Police have recovered two stolen trucks.",
			places: []string{"MAY PEN"}},
		{doc: "The road runs via May Weini to the river crossing, 14 km south of Adwa.",
			places: []string{"May Weini"}},
		{doc: "In May Kidal was calm, 300 km north of Gao.",
			not: []string{"May Kidal"}},
		{doc: "By the end of May Gao had reopened its market.",
			not: []string{"May Gao"}},
		{doc: "MAY 3, 2024 (Reuters) - Floods hit Pakistan's Sindh province.",
			not: []string{"MAY"}},
	})
}

// TestNames24PlaceWordBeforeTownFolk: a capitalised common word that some
// place bears, right before a lower-case noun of a town's own people or
// council (townfolk.tsv), is that town used as a modifier, opening the
// sentence or inside it (placeWordTown): "Hope residents", "Deal
// councillors". A noun a trade has ("traders", "growers") leaves the word
// a thing, and a word no place bears stays no place. "council" after a
// town's name alone is a noun of its bodies too (townnouns.tsv).
func TestNames24PlaceWordBeforeTownFolk(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hope residents were told to leave after the dyke gave way.",
			places: []string{"Hope"}},
		{doc: "The ferry was cancelled again, and Deal councillors have written to the operator.",
			places: []string{"Deal"}},
		{doc: "Eagle villagers met in the school hall on Tuesday night.",
			places: []string{"Eagle"}},
		{doc: "Ashford council said the depot would close in March.",
			places: []string{"Ashford"}},
		{doc: "Grain traders expect prices to rise after the drought.",
			not: []string{"Grain"}},
		{doc: "Orange growers in the valley lost half the crop.",
			not: []string{"Orange"}},
	})
}
