package text

import "testing"

// TestCorpusAmericasOceania: short texts on places of the Americas and
// Oceania. A place measured from "the hamlet" the text was about, a
// nameless ranch or hacienda, a short name in brackets, places after "in
// the direction of", a possessive name whose generic is also an
// organisation's word, a two-word nationality before "border", a
// people's name before "island of", and a name set off after "its centre"
// in the clause after a semicolon.
func TestCorpusAmericasOceania(t *testing.T) {
	checkCorpus(t, []example{
		// The kind the text gave the topic, as the object: the topic is
		// the place measured from.
		{doc: "Fort Chipewyan is a hamlet on Lake Athabasca in northern Alberta. The Métis settlement of Old Fort lies 25 km to the east of the hamlet.",
			rels: []string{"Old Fort: 25 km east of Fort Chipewyan"}, not: []string{"Métis"}},
		{doc: "Hacienda San Antonio is a coffee estate in the Ahuachapán Department. The village of Cerro Negro lies 8 km west of the hacienda.",
			rels: []string{"Cerro Negro: 8 km west of Hacienda San Antonio"}},
		{doc: "San José de Chiquitos is a Jesuit mission town. The Estancia El Porvenir lies 25 km west of the town.",
			rels: []string{"Estancia El Porvenir: 25 km west of San José de Chiquitos"}},
		{doc: "Ayacucho Region is a region of Peru. Chacán lies 14 km south of the town.",
			absent: []string{"Chacán: 14 km south of Ayacucho Region"}},
		// Ranches, haciendas, fincas and fazendas may be nameless.
		{doc: "The ranch lies 20 km west of the village of San Juan de los Morros, in Guárico State, Venezuela.",
			rels: []string{"The ranch: 20 km west of San Juan de los Morros"}},
		{doc: "The hacienda lies 12 km north of Cuzco.",
			rels: []string{"The hacienda: 12 km north of Cuzco"}},
		// A short name in brackets is the place's other name, and the list
		// goes on after it; so it does after a container in brackets.
		{doc: "The estancia is in the Ñuble Region, 35 km east of Chillán, near San Fabián de Alico (San Fabián) and Coihueco.",
			rels:   []string{"The estancia: 35 km east of Chillán", "The estancia: near San Fabián de Alico"},
			places: []string{"Coihueco"}, absent: []string{"San Fabián de Alico: in San Fabián"}},
		{doc: "Shanty towns grew around Sainte-Marie (Martinique) and Le Lorrain.",
			rels: []string{"Sainte-Marie: in Martinique"}, places: []string{"Sainte-Marie", "Le Lorrain"}},
		{doc: "The camp lies 20 km south of Toñampare (Pastaza Province).",
			rels: []string{"Toñampare: in Pastaza Province"}},
		// "in the direction of" introduces places.
		{doc: "The camp lies 12 miles by road from Tonopah, Nevada, in the direction of Goldfield, Gabbs and Manhattan.",
			places: []string{"Goldfield", "Gabbs", "Manhattan"}},
		// A possessive name with a generic that organisations use too.
		{doc: "St. Mary's Mission, on the Bitterroot River, lies about 30 miles south of Missoula, Montana.",
			rels: []string{"St. Mary's Mission: 48.3 km south of Missoula"}},
		{doc: "The UN Mission in Haiti said Jacmel was calm.", not: []string{"UN Mission"}},
		// A nationality of two words names a side of a border.
		{doc: "El Castillo is a village on the San Juan River, 60 km downstream from San Carlos, Nicaragua, and 3 km from the Costa Rican border.",
			rels: []string{"El Castillo: 3 km from border(Costa Rican)"}, not: []string{"Costa Rican"}},
		// A people before a kind that would end a name.
		{doc: "The Guna island of Ustupu lies off the Caribbean coast of Panama, about 60 km southeast of Playón Chico.",
			rels: []string{"Ustupu: 60 km southeast of Playón Chico"}, not: []string{"Guna"}},
		{doc: "The Lenca village of La Campa lies 15 km south of Gracias, in the Lempira Department of Honduras.",
			rels: []string{"La Campa: 15 km south of Gracias"}, not: []string{"Lenca"}},
		// "its centre, X," after a semicolon names the clause's subject.
		{doc: "Colonia Fernheim is a Mennonite settlement in the Boquerón Department of Paraguay; its centre, Filadelfia, lies 470 km northwest of Asunción.",
			rels: []string{"Filadelfia: 470 km northwest of Asunción"}},
		{doc: "Colonia Fernheim is a Mennonite settlement in Paraguay. Its centre, Filadelfia, lies 470 km northwest of Asunción.",
			rels: []string{"Filadelfia: 470 km northwest of Asunción"}},
	})
}
