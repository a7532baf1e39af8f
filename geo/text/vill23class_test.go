package text

import "testing"

// TestCorpusVill23Class holds the classes of the twenty-third round's
// village stubs of South Asia, the Middle East and Central Asia:
//   - « un village de la daïra d'Aïn Oussera, dans la wilaya de Djelfa …
//     à 20 km au sud du chef-lieu de la daïra »: the chef-lieu of the
//     kind the words name is the division of that kind the text named,
//     not the last division named (bareSeatAt); a rural commune is a
//     commune.
func TestCorpusVill23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Douar El Kherba est un village de la daïra d'Aïn Oussera, dans la wilaya de Djelfa, en Algérie. Il est situé à 20 km au sud du chef-lieu de la daïra.",
			rels:   []string{"Douar El Kherba: 20 km south of Aïn Oussera"},
			absent: []string{"Douar El Kherba: 20 km south of Djelfa"}},
		{doc: "Tizi est un village de la commune rurale de Tafraout, dans la province de Tiznit, au Maroc. Il est situé à 12 km au nord du chef-lieu de la commune.",
			rels:   []string{"Tizi: 12 km north of Tafraout"},
			absent: []string{"Tizi: 12 km north of Tiznit"}},
	})
}
