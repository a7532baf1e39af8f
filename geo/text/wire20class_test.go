package text

import (
	"slices"
	"testing"
)

// TestWire20KindBeforeName holds wire briefs that name a town after its
// kind in lower case ("the provincial capital Popayan", "the state
// capital X"): a name that ends like a demonym ("-yan", "-ian") is then
// the place of that kind (kindBeforeName), unless a noun follows it ("the
// capital Kenyan officials").
func TestWire20KindBeforeName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A landslide buried homes in Rosas, about 25 km southwest of the provincial capital Popayan, officials said.",
			rels: []string{"Rosas: 25 km southwest of Popayan"}},
		{doc: "Homes were flooded near the state capital Popayan.",
			places: []string{"Popayan"}},
		{doc: "Gunmen attacked a checkpoint 20 km east of the capital Gharyan.",
			rels: []string{"a checkpoint: 20 km east of Gharyan"}},
		{doc: "Police in the capital Kenyan officials named were questioned.",
			not: []string{"Kenyan"}},
	})
}

// TestWire20SeaBeforeCoast holds the name of an ocean or a sea before a
// coast word after a country's possessive ("Mexico's southern Pacific
// coast"): the ocean, no town the country holds (Pacific, Missouri).
func TestWire20SeaBeforeCoast(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hurricane Erick made landfall Thursday on Mexico's southern Pacific coast, toppling trees.",
			not:    []string{"Pacific"},
			absent: []string{"Pacific: in Mexico"}},
		{doc: "Heavy rain hit Morocco's Atlantic coastline on Sunday.",
			not:    []string{"Atlantic"},
			absent: []string{"Atlantic: in Morocco"}},
	})
}

// TestWire20Resort holds "the resort of X": a kind of place
// (descriptors.tsv), so that X is a place measured from.
func TestWire20Resort(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The storm came ashore near the fishing village of Chacahua, about 55 kilometers west of the resort of Puerto Escondido.",
			rels: []string{"Chacahua: 55 km west of Puerto Escondido"}},
		{doc: "An avalanche buried a chalet 3 km north of the ski resort of Verbier.",
			rels: []string{"a chalet: 3 km north of Verbier"}},
	})
}

// TestWire20PossessiveDirection holds a division named after a country's
// possessive and a direction adjective ("in Colombia's southwestern Cauca
// province"): the division lies in the country, and a distance after it
// still places the town before it.
func TestWire20PossessiveDirection(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A landslide buried homes in the town of Rosas in Colombia's southwestern Cauca province, about 25 km southwest of Popayan, officials said.",
			rels:   []string{"Rosas: in Cauca", "Cauca: in Colombia", "Rosas: 25 km southwest of Popayan"},
			absent: []string{"Cauca: 25 km southwest of Popayan"}},
		{doc: "Floods hit the village of Kisoro in Uganda's southwestern Kisoro district, 10 km north of Bunagana.",
			rels: []string{"Kisoro: 10 km north of Bunagana"}},
	})
}

// TestWire20FrenchDemonymAfterKind holds the French nationality adjective
// written in lower case after a kind of place and before « de »: « l'île
// italienne de Lampedusa », « la ville malienne de Gao ». It tells which
// country the text speaks of, as "the Italian island of" does.
func TestWire20FrenchDemonymAfterKind(t *testing.T) {
	for _, tt := range []struct{ doc, want string }{
		{"Le bateau était parti de Sfax en direction de l'île italienne de Lampedusa.", "italienne"},
		{"Les rebelles ont pris la ville malienne de Gao.", "malienne"},
		{"Les habitants du village nigérien d'Inates ont fui.", "nigérien"},
	} {
		d := Read(tt.doc)
		var got []string
		for _, sp := range d.Demonyms {
			got = append(got, d.Repaired(sp))
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("Read(%q).Demonyms = %q, want %q among them", tt.doc, got, tt.want)
		}
	}
}

// TestWire20FrenchNewClause holds a French sentence opened by a place and
// its distance (« À Mongo, à 400 km de N'Djamena, ») whose later clause,
// after « , tandis que » or « , et », names another place with a distance
// of its own set off by commas: that distance is about the later name
// (frenchNewClause), not the first phrase's subject.
func TestWire20FrenchNewClause(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À Mongo, à environ 400 km à l'est de N'Djamena, plusieurs quartiers sont sous les eaux, tandis que le village de Bitkine, à une cinquantaine de kilomètres à l'ouest de Mongo, est coupé du monde.",
			rels: []string{"Mongo: 400 km east of N'Djamena", "Bitkine: 50 km west of Mongo"}},
		{doc: "À Saint-Benoît, à une trentaine de kilomètres au sud-est de Saint-Denis, des maisons ont perdu leur toiture, et le quartier de Sainte-Anne, à 8 km au sud de Saint-Benoît, est privé d'eau.",
			rels: []string{"Saint-Benoît: 30 km southeast of Saint-Denis", "Sainte-Anne: 8 km south of Saint-Benoît"}},
	})
}
