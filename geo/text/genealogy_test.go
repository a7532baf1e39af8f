package text

import "testing"

// TestCorpusGenealogyUnits: family histories give distances in the units of
// the old country and in fractions of a unit: the verst of the Russian
// Empire and the Scandinavian mile of ten kilometres (en/units.tsv), "a
// quarter of a mile", "a quarter mile", "three quarters of a mile"
// (en/amounts.tsv), « un quart de lieue », « trois quarts de lieue »
// (fr/amounts.tsv) and « une demi-lieue » (fr/units.tsv).
func TestCorpusGenealogyUnits(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The family came from Kalinindorf, a colony about 40 versts west of Kherson.",
			rels: []string{"Kalinindorf: 42.7 km west of Kherson"}},
		{doc: "Grandfather was born in Rosenfeld, some 12 versts north of Saratov.",
			rels: []string{"Rosenfeld: 12.8 km north of Saratov"}},
		{doc: "He was born at the croft Nybråten, about three Norwegian miles east of Hamar.",
			rels: []string{"Nybråten: 30 km east of Hamar"}},
		{doc: "Backa torp lay two Swedish miles south of Växjö.",
			rels: []string{"Backa: 20 km south of Växjö"}},
		{doc: "The Hodgson mill stood a quarter of a mile north of Almonte, Ontario.",
			rels: []string{"Hodgson: 0.402 km north of Almonte"}},
		{doc: "Maple Grove school stood a quarter mile west of Ridgetown.",
			rels: []string{"Maple Grove: 0.402 km west of Ridgetown"}},
		{doc: "Ballyvourney House lies three quarters of a mile east of Macroom.",
			rels: []string{"Ballyvourney House: 1.21 km east of Macroom"}},
		{doc: "Le moulin de la Baraque se trouvait à un quart de lieue à l'est de Loches.",
			rels: []string{"Baraque: 1.12 km east of Loches"}},
		{doc: "Le hameau de Froidmont se trouve à une demi-lieue au nord de Marche-en-Famenne.",
			rels: []string{"Froidmont: 2.25 km north of Marche-en-Famenne"}},
		{doc: "La ferme de Bellevue est à trois quarts de lieue au sud de Pontarlier.",
			rels: []string{"Bellevue: 3.38 km south of Pontarlier"}},
	})
}

// TestCorpusGenealogyPersons: a name that opens its sentence and is set
// off by a comma before a verb of a person's life or a word of kinship or
// origin (lexicon/*/kinnouns.tsv) is a person's or a family's, and the
// kind and distance after it are the place of birth's (lifeApposition);
// « Né » and « Née » opening a sentence are no names (fr/stopcaps.tsv).
func TestCorpusGenealogyPersons(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Pierre Malaval, né le 3 mars 1790 au hameau de la Chaumette, à 5 km au nord de Mende, fut meunier.",
			rels: []string{"Chaumette: 5 km north of Mende"}, not: []string{"Pierre Malaval"},
			absent: []string{"Pierre Malaval: 5 km north of Mende"}},
		{doc: "Anne Girard, veuve de Jacques Roy, mourut au village de Sainte-Luce, à 12 km à l'est de Rimouski.",
			rels: []string{"Sainte-Luce: 12 km east of Rimouski"}, not: []string{"Anne Girard"}},
		{doc: "Les Favre, originaires du hameau des Plans, à une lieue au nord de Bex, passèrent en Argentine.",
			rels: []string{"Plans: 4.5 km north of Bex"}, not: []string{"Les Favre"}},
		{doc: "Née au hameau de la Borie, à 8 km au sud de Rodez, elle épousa Jean Vidal.",
			rels: []string{"Borie: 8 km south of Rodez"}, not: []string{"Née"}},
		{doc: "Bridget Keane, widow of Michael Keane, died at Derrylahan, about 4 miles west of Kilrush.",
			rels: []string{"Derrylahan: 6.44 km west of Kilrush"}, not: []string{"Bridget Keane"}},
		{doc: "Hans Olsen, born 1861 at Øvre Berg, a farm 10 km north of Gjøvik, settled near Fergus Falls.",
			rels: []string{"Øvre Berg: 10 km north of Gjøvik"}, not: []string{"Hans Olsen"}},
		// A place set off by a comma is still a place.
		{doc: "Kilrush, a market town on the Shannon, lies 40 km south-west of Ennis.",
			rels: []string{"Kilrush: 40 km southwest of Ennis"}},
	})
}

// TestCorpusGenealogyBuildings: a cemetery or a church named for a saint
// is no town (« le cimetière Saint-Roch », fr/descriptors.tsv; "St.
// Mary's Cemetery", en/possgenerics.tsv), and a mill is a kind of place
// (« le moulin de la Baraque »).
func TestCorpusGenealogyBuildings(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "St. Mary's Cemetery lies about 1.5 miles east of Tullow.",
			rels: []string{"St. Mary's Cemetery: 2.41 km east of Tullow"}},
		{doc: "St. Patrick's Churchyard lies two miles north of Dungarvan.",
			rels: []string{"St. Patrick's Churchyard: 3.22 km north of Dungarvan"}},
		{doc: "Le moulin de la Baraque se trouvait à une lieue à l'est de Loches.",
			rels: []string{"Baraque: 4.5 km east of Loches"}},
		{doc: "Le moulin de Vaux, sur la Creuse, se trouvait à 3 km au sud d'Argenton.",
			rels: []string{"Vaux: 3 km south of Argenton"}},
	})
}

// TestCorpusGenealogyMoves: family histories tell a family's moves in the
// passé simple (« quitta », « gagnèrent », « rejoignit »; fr/prepositions.tsv),
// whose subject is a person (fr/lifeverbs.tsv), and a Québec lot is « la
// concession X » (fr/descriptors.tsv). « en X » followed by a year closes
// its clause as a stop does (countryAfterEn).
func TestCorpusGenealogyMoves(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "En 1852, Louis Côté quitta Kamouraska pour la concession Sainte-Anne.",
			places: []string{"Kamouraska"}, not: []string{"Louis Côté"}},
		{doc: "Ils gagnèrent Montréal, puis Lowell.", places: []string{"Montréal", "Lowell"}},
		{doc: "Elle rejoignit Sherbrooke en 1871.", places: []string{"Sherbrooke"}},
		// « en X » before a year is a country or a region, as before a stop.
		{doc: "Antoine Rouquette émigra en Argentine en 1857.", places: []string{"Argentine"}},
		{doc: "Les Broussard s'établirent en Louisiane vers 1765.", places: []string{"Louisiane"}},
		{doc: "Il vécut en Italie de 1850 à 1870.", places: []string{"Italie"}},
		{doc: "La concession Sainte-Anne se trouvait à trois lieues au sud de Rivière-du-Loup.",
			rels: []string{"Sainte-Anne: 13.5 km south of Rivière-du-Loup"}},
	})
}
