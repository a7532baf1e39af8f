package text

import "testing"

// stub22Corpus holds encyclopedia stubs of stations, estates and
// plantations, in English and French, whose located place is named first
// and then referred to by a part after a possessive ("Its homestead",
// « Son habitation ») or by its kind noun (« Le domaine »): the part or
// the kind stands for the place named, and is no place of its own.
var stub22Corpus = []example{
	{doc: "Tanami Downs is a former cattle station in the Northern Territory. Its homestead stands about 40 km north of Tennant Creek.",
		rels: []string{"Tanami Downs: 40 km north of Tennant Creek"}, absent: []string{"Its homestead: 40 km north of Tennant Creek"}},
	{doc: "Glenroy Estate is a coffee estate in the hills of Kenya. Its manor stands about 15 km west of Nyeri.",
		rels: []string{"Glenroy Estate: 15 km west of Nyeri"}, absent: []string{"Its manor: 15 km west of Nyeri"}},
	{doc: "Rancho Grande is a cattle ranch in Sonora. Its homestead lies about 30 km east of Hermosillo.",
		rels: []string{"Rancho Grande: 30 km east of Hermosillo"}},
	{doc: "Fazenda Santa Clara is a coffee farm in Minas Gerais, Brazil. The farm lies about 15 km north of Lavras.",
		rels: []string{"Fazenda Santa Clara: 15 km north of Lavras"}, absent: []string{"The farm: 15 km north of Lavras"}},
	{doc: "Estancia El Ombú is an estancia in Buenos Aires Province. Its casco stands about 10 km east of San Antonio de Areco.",
		rels: []string{"Estancia El Ombú: 10 km east of San Antonio de Areco"}, absent: []string{"Its casco: 10 km east of San Antonio de Areco"}},
	{doc: "L'estancia La Paz est une estancia de la province de Córdoba. Son casco se trouve à environ 20 km au nord d'Ascochinga.",
		rels: []string{"La Paz: 20 km north of Ascochinga"}, absent: []string{"Son casco: 20 km north of Ascochinga"}},
	{doc: "L'habitation Clément est une ancienne plantation sucrière de la Martinique. Son habitation principale se trouve à environ 5 km au sud du François.",
		rels: []string{"Clément: 5 km south of François"}, absent: []string{"Son habitation principale: 5 km south of François"}},
	{doc: "Le domaine de Roquebrune est un domaine viticole de l'Hérault. Le domaine se trouve à environ 10 km au nord de Béziers.",
		rels: []string{"Roquebrune: 10 km north of Béziers"}, absent: []string{"Le domaine: 10 km north of Béziers"}},
}

// stub22ForumCorpus holds forum posts that recommend a place by a name
// whose last word is its kind, then place it with "It": the name is the
// place "It" stands for.
var stub22ForumCorpus = []example{
	{doc: "Highly recommend the Blue Ridge Homestay run by a lovely family. It's roughly 12 km north of Dharamshala.",
		rels: []string{"Blue Ridge Homestay: 12 km north of Dharamshala"}},
	{doc: "I can recommend the Green Valley Lodge. It is about 20 km east of Arusha.",
		rels: []string{"Green Valley Lodge: 20 km east of Arusha"}},
	{doc: "We loved the Mae Rim Farmstay run by a Thai-Dutch couple. It's about 15 km north of Chiang Mai.",
		rels: []string{"Mae Rim Farmstay: 15 km north of Chiang Mai"}, absent: []string{"Thai-Dutch: 15 km north of Chiang Mai"}},
	// « Je », « Vous » opening a post are pronouns, no names of places.
	{doc: "Re: Gîte près de Gap ?\nJe vous conseille le gîte du Col Bayard. Il se trouve à environ 8 km au nord de Gap.",
		rels: []string{"Col Bayard: 8 km north of Gap"}, absent: []string{"Je: 8 km north of Gap"}},
	{doc: "Vous trouverez le camping des Trois Lacs à 6 km à l'est d'Annecy. Je le recommande.",
		rels: []string{"Trois Lacs: 6 km east of Annecy"}, absent: []string{"Vous: 6 km east of Annecy"}},
}

func TestStub22Corpus(t *testing.T) { checkCorpus(t, stub22Corpus) }

func TestStub22ForumCorpus(t *testing.T) { checkCorpus(t, stub22ForumCorpus) }

// stub22KindCorpus holds reports that name a camp with a modifier before
// its kind ("the Khar Nuruu winter camp") and then measure from "the
// camp": the camp is the place named.
var stub22KindCorpus = []example{
	{doc: "The assessment team visited the Tsagaan Us winter camp in March. Arvaikheer lies about 45 km north of the camp.",
		rels: []string{"Arvaikheer: 45 km north of Tsagaan Us"}, absent: []string{"Arvaikheer: 45 km north of the camp"}},
	{doc: "Herders moved to the Ikh Bulag summer camp in June. The camp lies about 30 km west of Mörön.",
		rels: []string{"Ikh Bulag: 30 km west of Mörön"}},
}

func TestStub22KindCorpus(t *testing.T) { checkCorpus(t, stub22KindCorpus) }
