package text

import "testing"

// TestCorpusAnaphor22LodgingGroup: in hotel reviews and trip reports a
// lodging named once is taken up by another lodging noun ("the property",
// "the farmhouse", « le lodge »), whose kind group (kindgroups.tsv) holds
// the name's last word or its kind.
func TestCorpusAnaphor22LodgingGroup(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We booked two nights at Bamboo Lodge. The property is about 15 km south-west of Sa Pa, in a quiet valley.",
			rels: []string{"Bamboo Lodge: 15 km southwest of Sa Pa"}, not: []string{"The property"}},
		{doc: "Our favourite stop was Brekkulækur, a sheep farm with guest rooms. The farmhouse lies about 10 km south-east of Hvammstangi.",
			rels: []string{"Brekkulækur: 10 km southeast of Hvammstangi"}, not: []string{"The farmhouse"}},
		{doc: "Pousada Vila Verde was the highlight of the coast. The pousada is 12 km south of Paraty, a short walk from the beach.",
			rels: []string{"Pousada Vila Verde: 12 km south of Paraty"}},
		{doc: "After a night in Paris, Tennessee, we moved to Eagle Creek Cabins. The cabins are 25 km east of Paris, near Kentucky Lake.",
			rels: []string{"Eagle Creek Cabins: 25 km east of Paris"}},
		{doc: "Nous avons dormi au Kingfisher Ecolodge. Le lodge se trouve à 30 km au sud-est de Champasak.",
			rels: []string{"Kingfisher Ecolodge: 30 km southeast of Champasak"}, not: []string{"Le lodge"}},
	})
}
