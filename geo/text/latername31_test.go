package text

import "testing"

// TestLaterName31OtherKindWord: a place placed under one kind noun and
// named in the next sentence under another ("a well … The borehole,
// known locally as X,", "a new mining settlement … The site, called X,",
// « un point d'eau … Le puits, appelé X, ») takes that name when the two
// words are one kind: one group of kindgroups.tsv, two inhabited places,
// or a word for a site of any kind.
func TestLaterName31OtherKindWord(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Herders clashed at a well about 40 km north of Wajir. The borehole, known locally as Qoqa Dheer, was dug in 2015.",
			name: "Qoqa Dheer", rel: "40 km north of Wajir"},
		{doc: "Cattle died at a waterhole 25 km south of Kaabong. The well, called Lokeriet Naita, had run dry in May.",
			name: "Lokeriet Naita", rel: "25 km south of Kaabong"},
		{doc: "Prospectors have built a mining camp some 70 km east of Agadez. The site, called Tamou Ezza, has no water.",
			name: "Tamou Ezza", rel: "70 km east of Agadez"},
		{doc: "Troops entered a hamlet 12 km west of Dori. The village, known as Sebba Kollo, was empty.",
			name: "Sebba Kollo", rel: "12 km west of Dori"},
		{doc: "Les éleveurs se rassemblent autour d'un point d'eau situé à 30 km au nord de Tahoua. Le forage, appelé Inkaren Sud, date de 2010.",
			name: "Inkaren Sud", rel: "30 km north of Tahoua"},
		{doc: "Un campement de réfugiés a été ouvert à 20 km au sud d'Abéché. Le site, appelé Ouré Kibo, accueille 900 familles.",
			name: "Ouré Kibo", rel: "20 km south of Abéché"},
	})
}

// TestLaterName31NotOtherKind: a later kind of another group names no
// nameless place of the first ("a well … The school, called X," is
// another place), and an event is never a place the name stands for.
func TestLaterName31NotOtherKind(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Herders clashed at a well about 40 km north of Wajir. The school, called Qoqa Primary, was closed.",
			name: "Qoqa Primary", rel: "40 km north of Wajir", none: true},
		{doc: "Rangers found a snare line some 15 km east of Maun. The lodge, called Kwara Tented, alerted police.",
			name: "Kwara Tented", rel: "15 km east of Maun", none: true},
		{doc: "Gunmen attacked a bus 30 km south of Gao. The mine, called Tassiga Nord, was not hit.",
			name: "Tassiga Nord", rel: "30 km south of Gao", none: true},
	})
}

// TestLaterName31WaterPoint: "water point" and "watering point" are
// kinds of a spot a distance places ("at a water point about 35 km east
// of X"), read as a well, whose kind "the borehole" or "the well" later
// takes up.
func TestLaterName31WaterPoint(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Raiders drove off 300 goats at a water point some 45 km northwest of Lodwar. The well, known locally as Nakalale Ekori, is shared by three clans.",
			name: "Nakalale Ekori", rel: "45 km northwest of Lodwar"},
		{doc: "UNICEF repaired a watering point about 20 km south of Garissa. The borehole, called Dertu Kobo, serves 4,000 people.",
			name: "Dertu Kobo", rel: "20 km south of Garissa"},
		{doc: "Camels were stolen at a water point 60 km east of Mandera. The water point, known as Elwak Bore, was guarded.",
			name: "Elwak Bore", rel: "60 km east of Mandera"},
	})
}

// TestLaterName31Landing: a landing where boats land fish ("a fishing
// landing 14 km north of X") is a spot a distance places; only a phrase
// of events.tsv ("made an emergency landing") ending on "landing" is an
// event.
func TestLaterName31Landing(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "Police arrested four men at a fishing landing 14 km north of Kasese. The landing site, known as Kahendero Beach, lies on the lakeshore.",
			name: "Kahendero Beach", rel: "14 km north of Kasese"},
		{doc: "Fishermen fled a landing about 30 km south of Kisumu. The landing, called Dunga Nyanza, was raided at dawn.",
			name: "Dunga Nyanza", rel: "30 km south of Kisumu"},
		{doc: "Officers seized nets at a small landing 8 km east of Mwanza. The landing site, known locally as Igombe Kati, has no jetty.",
			name: "Igombe Kati", rel: "8 km east of Mwanza"},
	})
	checkCorpus(t, []example{
		{doc: "A Cessna made an emergency landing 30 km east of Maun on Tuesday.",
			absent: []string{"an emergency landing: 30 km east of Maun"}},
	})
}

// TestLaterName31ThatCalledPast: a restrictive "that" clause right after
// the distance names the nameless place in the past tense too, past an
// agent that may hold a person's name ("a palm grove 30 km northeast of
// Atar that our guide Sidi called X"); a "which" clause after a comma
// still tells the old name of the town measured from.
func TestLaterName31ThatCalledPast(t *testing.T) {
	checkNamed(t, []namedCase{
		{doc: "We camped in a palm grove some 30 km northeast of Atar that our guide called Oum Lebbeir.",
			name: "Oum Lebbeir", rel: "30 km northeast of Atar"},
		{doc: "We slept at a shepherds' hut 12 km south of Ushguli that our driver Giorgi called Zeda Chala.",
			name: "Zeda Chala", rel: "12 km south of Ushguli"},
		{doc: "They settled on a farm 25 km west of Nakuru that the family named Kiambogo Hill.",
			name: "Kiambogo Hill", rel: "25 km west of Nakuru"},
		{doc: "The camp lies 20 km north of Kalemie, which the Belgians called Albertville.",
			name: "Albertville", rel: "20 km north of Kalemie", none: true},
	})
}

// TestLaterName31FrontedDemonstrative: a guide entry's title, then a
// sentence that opens with a fronted phrase and takes the place up by a
// demonstrative and its kind ("Less visited than its neighbours, this
// fortified granary stands 18 km …", « Moins connu que ses voisins, ce
// grenier fortifié se dresse à … »): the distance places the title's
// place, and the kind is no place of its own.
func TestLaterName31FrontedDemonstrative(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ksar Hadada Ouest. Less visited than its neighbours, this fortified granary stands on a ridge 20 km northwest of Tataouine.",
			rels:   []string{"Ksar Hadada Ouest: 20 km northwest of Tataouine"},
			absent: []string{"this fortified granary: 20 km northwest of Tataouine"}},
		{doc: "Bir Tlalet. Often dry by June, this well lies about 35 km east of Atar.",
			rels:   []string{"Bir Tlalet: 35 km east of Atar"},
			absent: []string{"this well: 35 km east of Atar"}},
		{doc: "Gueltat Imirhou. Little known outside the region, this rock pool lies some 40 km south of Djanet.",
			rels:   []string{"Gueltat Imirhou: 40 km south of Djanet"},
			absent: []string{"this rock pool: 40 km south of Djanet"}},
		{doc: "Ksar Zammour Haut. Moins connu que ses voisins, ce grenier fortifié se dresse à 15 km au sud de Médenine.",
			rels:   []string{"Ksar Zammour Haut: 15 km south of Médenine"},
			absent: []string{"ce grenier fortifié: 15 km south of Médenine"}},
		{doc: "Bir Tebourk. Moins fréquenté que ses voisins, ce puits se trouve à 12 km à l'ouest de Tozeur.",
			rels:   []string{"Bir Tebourk: 12 km west of Tozeur"},
			absent: []string{"ce puits: 12 km west of Tozeur"}},
	})
}
