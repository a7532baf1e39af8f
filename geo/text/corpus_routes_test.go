package text

import "testing"

// TestCorpusRiverBracket: a distance along a river whose direction is
// given in brackets after the river word ("45 km downstream (north-east)
// of X", « en aval (au nord-est) de X »): the bracket says where
// downstream lies, and the place lies that way from X.
func TestCorpusRiverBracket(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Porto Jacaré Velho lies on the Purus some 70 km downstream (north-east) of Lábrea.",
			rels: []string{"Porto Jacaré Velho: 70 km northeast of Lábrea"}},
		{doc: "The falls at Salto Kuyuwini are about 20 km upstream (to the south) of Lethem.",
			rels: []string{"Salto Kuyuwini: 20 km south of Lethem"}},
		{doc: "Le village de Kouna-Bozo se trouve à une trentaine de kilomètres en amont (au sud-ouest) de Mopti.",
			rels: []string{"Kouna-Bozo: 30 km southwest of Mopti"}},
		// With no bracket the river word gives no direction.
		{doc: "Kamp Sinyati is on the Zambezi about 25 km downstream of Tete.",
			rels: []string{"Kamp Sinyati: 25 km from Tete"}},
	})
}

// TestCorpusBracketedTime: a measure of travel time whose distance is
// given in brackets after it ("two hours' drive (about 80 km) north of
// X", « à 3 heures de piste (environ 120 km) au sud de X »): the
// distance in brackets, then the direction after the bracket.
func TestCorpusBracketedTime(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Laguna Verde Chica is two hours' drive (about 90 km) south-west of Tupiza.",
			rels: []string{"Laguna Verde Chica: 90 km southwest of Tupiza"}},
		{doc: "A day's ride (some 40 km) east of Kassala lies the well of Bir Umm Gurun.",
			rels: []string{"Bir Umm Gurun: 40 km east of Kassala"}},
		{doc: "À 4 heures de piste (environ 150 km) au nord de Tombouctou, on atteint le puits de Tin Haïa.",
			rels: []string{"Tin Haïa: 150 km north of Tombouctou"}},
	})
}

// TestCorpusJourneyStart: a journey told from the place it starts, with
// no "from" before the distance: "The road out of X runs east for 40 km
// before it reaches Y", "Leaving X, the trail heads north ... until it
// arrives at Y", "From X, follow the track for 25 miles to the
// north-west and you'll reach Y", "drive 35 km west along the C106 and
// you will reach Y". The heading before the distance is the journey's.
// A verb of a way's course is travel only after a noun of a way.
func TestCorpusJourneyStart(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The dirt road out of Gobernador Gregores runs west for fifty kilometres before it reaches Estancia La Angostura Sur.",
			rels: []string{"Estancia La Angostura Sur: 50 km west of Gobernador Gregores"}},
		{doc: "Leaving Namche Bazaar, the trail climbs north-east above the Dudh Kosi for some 9 km until it arrives at Phortse Tenga Kharka.",
			rels: []string{"Phortse Tenga Kharka: 9 km northeast of Namche Bazaar"}},
		{doc: "From Abisko, follow the track for roughly 12 miles (19 km) to the south-west and you'll reach Kårsavagge hut.",
			rels: []string{"Kårsavagge: 19.3 km southwest of Abisko"}},
		{doc: "From Kebili, drive about 60 km south along the old piste and you will reach the camp of Ras Erg Nakhla.",
			rels: []string{"Ras Erg Nakhla: 60 km south of Kebili"}},
		{doc: "From Skardu the Shigar road follows the river north for about 30 km before it reaches the checkpoint at Chutron Bala.",
			rels: []string{"Chutron Bala: 30 km north of Skardu"}},
		{doc: "From Gilgit the Karakoram Highway runs north for about 50 km before it reaches the checkpoint at Chalt Bala Post.",
			rels: []string{"Chalt Bala Post: 50 km north of Gilgit"}},
		{doc: "Drive south out of Lodwar on the gravel; after 45 km you reach Kakuma Lower Wells.",
			rels: []string{"Kakuma Lower Wells: 45 km south of Lodwar"}},
		// No way runs there: the pipeline's end is not read as reached.
		{doc: "The pipeline runs 40 km north from Gao to Tinzar.",
			absent: []string{"Tinzar: 40 km north of Gao"}},
	})
}

// TestCorpusFrenchJourneyStart: a French journey from the place it says
// it starts (« Au départ de X, comptez 80 km vers le nord-est pour
// atteindre Y », « En partant de X, suivez la route du col de Z sur 14 km
// vers le sud-est : vous atteindrez Y », « La piste quitte X et file vers
// le sud sur une soixantaine de kilomètres avant d'atteindre Y »,
// « Depuis X, la piste file plein nord sur 70 km jusqu'au puits de Y »):
// the place named after the start is where the leg is measured from, not
// a place the way heads for.
func TestCorpusFrenchJourneyStart(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Au départ de Djanet, comptez environ 60 km vers le sud-est pour atteindre la guelta d'Essendilène Haute.",
			rels: []string{"Essendilène Haute: 60 km southeast of Djanet"}},
		{doc: "En partant de Chamonix, suivez la route du col des Montets sur 12 km vers le nord-est : vous atteindrez le hameau du Tour-Dessus.",
			rels: []string{"Tour-Dessus: 12 km northeast of Chamonix"}},
		{doc: "La piste quitte Tamanrasset et file vers le nord sur une cinquantaine de kilomètres avant d'atteindre le campement d'Adjounane.",
			rels: []string{"Adjounane: 50 km north of Tamanrasset"}},
		{doc: "Depuis Arlit, la piste file plein nord sur 90 km jusqu'au puits d'Ighazer Nord.",
			rels: []string{"Ighazer Nord: 90 km north of Arlit"}},
		{doc: "Depuis Mopti, on descend le fleuve sur environ 40 km vers le nord-est jusqu'au village de Kotaka-Bozo.",
			rels: []string{"Kotaka-Bozo: 40 km northeast of Mopti"}},
	})
}

// TestCorpusItinerary: the towns of an itinerary are places: one reached
// ("takes two days to reach X"), one after « puis » or « et enfin », and
// both ends of a French way « de X à Y », which is no name "Niger de X".
func TestCorpusItinerary(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The bus from Cuiabá takes a day to reach Porto Velho.",
			places: []string{"Cuiabá", "Porto Velho"}},
		{doc: "Itinéraire : Bamako, puis Kita, et enfin Kayes.",
			places: []string{"Kita", "Kayes"}},
		{doc: "La pinasse remonte le Niger de Gao à Bourem en deux jours.",
			places: []string{"Gao", "Bourem"}, not: []string{"Niger de Gao"}},
		{doc: "Le Golfe de Guinée à Lomé est calme.",
			not: []string{"Golfe"}},
	})
}

// TestCorpusKilometrePost: a place at a kilometre post of a road named by
// its ends ("at kilometre 45 of the road from X to Y", « au kilomètre 45
// de la route qui va de X à Y ») or a distance along a road named by its
// far end, from its near one ("45 km along the Y road from X"): the place
// lies that far by road from X, on the road to Y.
func TestCorpusKilometrePost(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kyambura Gate sits at kilometre 38 of the road from Mbarara to Kasese.",
			rels: []string{"Kyambura Gate: 38 km from Mbarara", "Kyambura Gate: on the road between Mbarara and Kasese"}},
		{doc: "Le relais de Bir Oum Ali se trouve au kilomètre 60 de la route qui va de Gafsa à Tozeur.",
			rels: []string{"Bir Oum Ali: 60 km from Gafsa", "Bir Oum Ali: on the road between Gafsa and Tozeur"}},
		{doc: "Uyole Juu guesthouse is 20 km along the Njombe road from Mbeya.",
			rels: []string{"Uyole Juu: 20 km from Mbeya"}},
	})
}

// TestCorpusRoadNotReached: the far end of a road named by it ("the
// Bandiagara road") is not where a leg on it starts; the leg starts where
// the journey left.
func TestCorpusRoadNotReached(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Drive west out of Kayes on the Bafoulabé road; after 25 km you reach the hamlet of Dialla-Kouta.",
			rels: []string{"Dialla-Kouta: 25 km west of Kayes"}},
	})
}

// TestCorpusRiverTravelled: a river a boat goes up or down from one town
// to another is a river, not the country of its name: « la pirogue
// remonte le Niger de Ségou à Bamako ».
func TestCorpusRiverTravelled(t *testing.T) {
	d := Read("La pinasse descend le Niger de Mopti à Gao en trois jours.")
	for _, m := range d.Mentions {
		if m.Name == "Niger" && m.Feature != "river" {
			t.Errorf("Niger read as %q, want a river", m.Feature)
		}
	}
}

// TestCorpusFrontedCountry: a French distance that opens its sentence
// after the country or region it is set in (« Au Mali, à 90 km à l'est
// de Kayes, on trouve le hameau de X »): the place the clause after the
// comma names by its kind is the subject, as with no country before.
func TestCorpusFrontedCountry(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Au Sénégal, à environ 35 km au sud de Tambacounda, on trouve le village de Koussanar-Peulh.",
			rels: []string{"Koussanar-Peulh: 35 km south of Tambacounda"}},
		{doc: "Au Niger, à deux heures de piste (environ 70 km) au nord de Zinder, on atteint le puits de Gouchi Kaina.",
			rels: []string{"Gouchi Kaina: 70 km north of Zinder"}},
	})
}

// TestCorpusViaStops: a stop of an itinerary given by its kind ("the
// hamlet of X"), too small for a gazetteer, lies on the way between the
// names before and after it; the towns of the itinerary are places.
func TestCorpusViaStops(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We drove from Marrakesh via Amizmiz and the hamlet of Tizi Oudrar to Taroudant.",
			rels: []string{"Tizi Oudrar: between Amizmiz and Taroudant"}, places: []string{"Amizmiz", "Taroudant"}},
		{doc: "The caravan went from Agadez via the wells of In Gall Sud to Tahoua.",
			rels: []string{"In Gall Sud: between Agadez and Tahoua"}},
		// Towns of a gazetteer's size are not placed between their
		// neighbours.
		{doc: "We travelled from Windhoek via Rehoboth and Mariental to Keetmanshoop.",
			absent: []string{"Rehoboth: between Windhoek and Mariental"}},
	})
}
