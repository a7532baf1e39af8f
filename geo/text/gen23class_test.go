package text

import "testing"

// TestCorpusGenealogyRelations: family histories, parish registers and
// emigration notes, where the family's farm or hamlet is what the text
// locates.
func TestCorpusGenealogyRelations(t *testing.T) {
	checkCorpus(t, []example{
		// A family's place named by its kind after a possessive opens the
		// sentence as an article would.
		{doc: "Leur habitation de Bois-Joli se trouvait à environ 10 km au sud de Saint-Martinville.",
			rels: []string{"Bois-Joli: 10 km south of Saint-Martinville"}},
		{doc: "Sa ferme de Kerlagadec est à 6 km au nord de Quimper.",
			rels: []string{"Kerlagadec: 6 km north of Quimper"}},
		// An adjective of the family between the kind and « de ».
		{doc: "La ferme familiale de Kerbriant se trouvait à 4 km à l'ouest de Landerneau, dans le Finistère.",
			rels: []string{"Kerbriant: 4 km west of Landerneau"}},
		{doc: "La ferme ancestrale de Bordaberry se trouve à 3 km au sud de Mauléon.",
			rels: []string{"Bordaberry: 3 km south of Mauléon"}},
		// A person who settled, reflexively (« s'établit », « se fixa »),
		// acts: the distance after the place named by its kind is about
		// that place, not the person.
		{doc: "Joseph Tremblay s'établit en 1852 dans le rang Saint-Joseph, à environ 8 km au sud de Saguenay.",
			rels: []string{"Saint-Joseph: 8 km south of Saguenay"}},
		{doc: "Pierre Gagnon s'installa au hameau des Moulins-Neufs, à 5 km au nord de Guéret.",
			rels: []string{"Moulins-Neufs: 5 km north of Guéret"}},
		// A family's name before the kind of its place, in a
		// description that opens the sentence and gives the place's name
		// between commas.
		{doc: "The Kruger family farm, Rietfontein, lay about 30 km west of Pretoria.",
			rels: []string{"Rietfontein: 30 km west of Pretoria"}},
		{doc: "The Lindqvist homestead, Björkbacken, lay about 12 km north of Umeå.",
			rels: []string{"Björkbacken: 12 km north of Umeå"}},
	})
}
