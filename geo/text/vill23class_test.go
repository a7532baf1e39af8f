package text

import "testing"

// TestCorpusVill23Class holds the classes of the twenty-third round's
// village stubs of South Asia, the Middle East and Central Asia:
//   - « un village de la daïra d'Aïn Oussera, dans la wilaya de Djelfa …
//     à 20 km au sud du chef-lieu de la daïra »: the chef-lieu of the
//     kind the words name is the division of that kind the text named,
//     not the last division named (bareSeatAt); a rural commune is a
//     commune;
//   - "It is located 20 km from Sargodha towards Bhalwal", « à 20 km de
//     Settat en direction de Berrechid »: the place lies on the way from
//     the anchor to the town named, as "on the road to Y" says (roadToAt);
//     « en direction du nord » stays a heading;
//   - "in the Central District (bakhsh) of Malayer County": a bracket
//     with no name between a division and "of" is a gloss, and the
//     division still lies in the one after "of" (regionOf), so that it is
//     not taken for a namesake abroad (Israel's Central District).
func TestCorpusVill23Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Douar El Kherba est un village de la daïra d'Aïn Oussera, dans la wilaya de Djelfa, en Algérie. Il est situé à 20 km au sud du chef-lieu de la daïra.",
			rels:   []string{"Douar El Kherba: 20 km south of Aïn Oussera"},
			absent: []string{"Douar El Kherba: 20 km south of Djelfa"}},
		{doc: "Tizi est un village de la commune rurale de Tafraout, dans la province de Tiznit, au Maroc. Il est situé à 12 km au nord du chef-lieu de la commune.",
			rels:   []string{"Tizi: 12 km north of Tafraout"},
			absent: []string{"Tizi: 12 km north of Tiznit"}},
		{doc: "Chak 52 is a village in Sargodha District, Punjab, Pakistan. It is located 20 km from Sargodha towards Bhalwal.",
			rels: []string{"Chak 52: 20 km from Sargodha", "Chak 52: on the road between Sargodha and Bhalwal"}},
		{doc: "The village lies 12 km west of Kohat toward Hangu.",
			rels: []string{"The village: 12 km west of Kohat", "The village: on the road between Kohat and Hangu"}},
		{doc: "Oulad Hmida est un douar de la province de Settat. Il est situé à 20 km de Settat en direction de Berrechid.",
			rels: []string{"Oulad Hmida: 20 km from Settat", "Oulad Hmida: on the road between Settat and Berrechid"}},
		{doc: "Le village est à 30 km de Gao en direction du nord.",
			rels: []string{"Le village: 30 km north of Gao"}},
		{doc: "Aq Kand is a village in Howmeh Rural District (dehestan), in the Central District (bakhsh) of Malayer County, Hamadan Province, Iran. It lies 12 km north of Malayer.",
			rels: []string{"Central District: in Malayer County", "Aq Kand: 12 km north of Malayer"}},
		{doc: "Aq Kand is a village in the Central District (Persian: بخش مرکزی) of Malayer County, Iran.",
			rels: []string{"Central District: in Malayer County"}},
	})
}
