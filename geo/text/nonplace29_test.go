package text

import "testing"

// TestNonPlace29MatchResults reads the sides of a match's result named
// after their towns (results.tsv): a capitalised name after a verb of the
// result and its preposition ("lost to Medeama", « s'est incliné devant
// Teungueth »), or before them with the other side or a score after
// ("Zanaco lost to Nkana", "Nkana drew 0-0 with Dynamos"), is a team, no
// place; a lower-case word after the verb leaves the names alone.
func TestNonPlace29MatchResults(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hearts lost to Medeama at the Len Clay Stadium in Obuasi on Sunday.",
			places: []string{"Obuasi"}, not: []string{"Medeama"}},
		{doc: "Nkana drew 0-0 with Power Dynamos in Kitwe on Saturday.",
			places: []string{"Kitwe"}, not: []string{"Nkana", "Power Dynamos"}},
		{doc: "Zanaco lost to Nkana in Lusaka.",
			places: []string{"Lusaka"}, not: []string{"Zanaco", "Nkana"}},
		{doc: "Bechem drew with Dreams at home, and Karela lost 2-0 to Aduana in Dormaa.",
			places: []string{"Dormaa"}, not: []string{"Dreams", "Karela", "Aduana"}},
		{doc: "Many fields were lost to floods near Chipata, and the road was lost to erosion at Lundazi.",
			places: []string{"Chipata", "Lundazi"}},
		{doc: "Alsace was lost to Germany in 1871, and the fort was lost to Prussia.",
			places: []string{"Germany", "Prussia"}},
		{doc: "Le Jaraaf s'est incliné devant Teungueth à Rufisque.",
			places: []string{"Rufisque"}, not: []string{"Teungueth"}},
		{doc: "L'ASEC a fait match nul avec Sewé samedi à Abidjan.",
			places: []string{"Abidjan"}, not: []string{"Sewé"}},
		{doc: "Le Wydad a perdu contre Berkane à Casablanca.",
			places: []string{"Casablanca"}, not: []string{"Berkane"}},
	})
}

// TestNonPlace29ClubTown reads a town's name between "the" and "club"
// (townnouns.tsv): the club is based there, as a hospital named after its
// town stands in it (institution.go), so the town is a place; the club's
// own name, after a result or before a club's tail, is none.
func TestNonPlace29ClubTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ashanti Gold, the Obuasi club, lost to Medeama.",
			places: []string{"Obuasi"}, not: []string{"Medeama"}},
		{doc: "Rayon Sports, the Nyanza club, beat APR 1-0 in Kigali.",
			places: []string{"Nyanza", "Kigali"}},
		{doc: "Two players from Wa have joined the Tarkwa club.",
			places: []string{"Tarkwa", "Wa"}},
	})
}

// TestNonPlace29FrenchMiddles reads a noun of the middle of a place
// (middles.tsv: « centre », « cœur ») before a bare « de » and a name that
// a distance after the comma places: the middle of a town, or a club's
// centre named after it, lies where the town does. With an article, a
// country's or a region's middle is no point the distance places.
func TestNonPlace29FrenchMiddles(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les entraînements se tenaient au centre de Ndiaganiao, à 9 km à l'est de Mbour.",
			rels: []string{"Ndiaganiao: 9 km east of Mbour"}},
		{doc: "Le club a rejoint son centre de Kalembe, à une vingtaine de kilomètres au nord-ouest de Likasi.",
			rels: []string{"Kalembe: 20 km northwest of Likasi"}},
		{doc: "Des coups de feu ont été entendus au cœur de Tinkaré, à 12 km au sud de Ségou.",
			rels: []string{"Tinkaré: 12 km south of Ségou"}},
		{doc: "Une attaque a frappé le centre du Mali, à 90 km de Mopti.",
			absent: []string{"Mali: 90 km from Mopti"}},
		{doc: "Des hommes armés ont attaqué l'extrême-nord de Kalo, à 20 km au nord de Gao.",
			absent: []string{"Kalo: 20 km north of Gao"}},
	})
}

// TestNonPlace29EventTitles reads a capitalised noun of an event
// (eventleads.tsv) and a preposition with its article, "au" or "aux"
// before a name: the name ends the event's title (« le Festival au
// Désert », "the Festival in the Desert"), no place; after "in" with no
// article the name is where it is held.
func TestNonPlace29EventTitles(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le Festival au Désert s'est tenu à Tombouctou.",
			places: []string{"Tombouctou"}, not: []string{"Désert"}},
		{doc: "Le Festival sur le Niger s'est tenu à Ségou en février.",
			places: []string{"Ségou"}, not: []string{"Niger"}},
		{doc: "The Festival in the Desert moved from Essakane to Timbuktu in 2010.",
			places: []string{"Timbuktu"}, not: []string{"Desert"}},
		{doc: "The Rally on the Nile ended in Aswan.",
			places: []string{"Aswan"}, not: []string{"Nile"}},
		{doc: "The Festival in Ségou drew crowds from Bamako.",
			places: []string{"Ségou", "Bamako"}},
		{doc: "Le Festival de Ségou s'est tenu à Ségou, et Kader vit depuis au Niger.",
			places: []string{"Ségou", "Niger"}},
	})
}

// TestNonPlace29DateNames reads « du » or « de », a day's number and a
// month after a name: "the Stade du 26 Mars", « le Pont du 4 Août »
// commemorate a date, and are a ground's or a bridge's name, no place;
// « mars » and « mai » count as months after the number.
func TestNonPlace29DateNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The final was played at the Stade du 26 Mars in Bamako.",
			places: []string{"Bamako"}, not: []string{"Stade"}},
		{doc: "Le match s'est joué au Stade du 4 Août à Ouagadougou.",
			places: []string{"Ouagadougou"}, not: []string{"Stade"}},
		{doc: "Les manifestants se sont réunis au Boulevard du 30 Juin, à Kinshasa.",
			places: []string{"Kinshasa"}, not: []string{"Boulevard"}},
		{doc: "Le défilé partira du Rond-point du 27 Mai à Ziguinchor.",
			places: []string{"Ziguinchor"}, not: []string{"Rond-point"}},
	})
}

// TestNonPlace29HotelsAndCouncils reads hotels and councils named after a
// town as institution.go decides: a hotel is no institution whose words
// before it name its town (its name is as often borrowed: "the Norfolk
// Hotel" stands in Nairobi), and a council is an organisation
// (orgwords.tsv), which names no place, as "Bank of Zambia" names none.
func TestNonPlace29HotelsAndCouncils(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We had tea at the Norfolk Hotel in Nairobi.",
			places: []string{"Nairobi"}, not: []string{"Norfolk"}},
		{doc: "Delegates stayed at the Windsor Hotel in Cairo before flying to Luxor.",
			places: []string{"Cairo", "Luxor"}, not: []string{"Windsor"}},
		{doc: "Kitwe City Council has closed the market, and Nakuru County Council met in Nakuru.",
			places: []string{"Nakuru"}, not: []string{"Kitwe City Council", "Nakuru County Council"}},
	})
}
