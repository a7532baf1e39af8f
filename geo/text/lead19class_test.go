package text

import "testing"

// TestCorpusFrenchNounBeforeName: in French, an article, a lower-case
// noun the lexicons do not know as a kind and a name before a verb of
// place make the name the sentence's subject (frenchNamedByNoun), as
// English reads "The tambo Alamo lies …"; a role before a person's name
// does not.
func TestCorpusFrenchNounBeforeName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le ranch San Isidro se trouve à 40 km au nord de Puebla.", rels: []string{"San Isidro: 40 km north of Puebla"}},
		{doc: "Le motel Alamo est situé à 12 km à l'est de Tucson.", rels: []string{"Alamo: 12 km east of Tucson"}},
		{doc: "La bodega Los Robles se trouve à 8 km au sud de Mendoza.", rels: []string{"Los Robles: 8 km south of Mendoza"}},
		{doc: "Le président Keïta se trouve à 40 km au nord de Ségou.", absent: []string{"Keïta: 40 km north of Ségou"}}, // guard: a role
	})
}
