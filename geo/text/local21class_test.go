package text

import "testing"

// TestCorpusLocalNatives: local papers put an adjective between "a" and a
// person's home town ("a rural Boone man", nativeadjs.tsv, nativeBefore);
// the town is a place all the same. A word of no such list keeps the
// name free: "a Ford worker" names no town.
func TestCorpusLocalNatives(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Deputies said a rural Boone man was injured Thursday.",
			places: []string{"Boone"}},
		{doc: "Police said an elderly Kearney woman was taken to hospital.",
			places: []string{"Kearney"}},
		{doc: "The driver, a local Dubbo teen, was not hurt.",
			places: []string{"Dubbo"}},
	})
}

// TestCorpusTownCouncils: the council of a commune names its place, past
// the council's adjective (« le conseil municipal de Vire », dwellersOf),
// and a capitalised council is a body, no place, whose commune stays a
// place (« le Conseil communal de Moudon », orgwords.tsv and
// orgOfBefore), unlike a foundation's town (« la Fondation catholique de
// Lyon »).
func TestCorpusTownCouncils(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le conseil municipal de Vire a voté mardi une subvention.",
			places: []string{"Vire"}},
		{doc: "Le Conseil communal de Moudon a approuvé une nouvelle ligne de bus vers Lucens, à 5 kilomètres au nord-est.",
			places: []string{"Moudon"}, not: []string{"Le Conseil"}},
		{doc: "Les élus municipaux de Bulle ont approuvé le budget.",
			places: []string{"Bulle"}},
		{doc: "La Fondation catholique de Lyon a ouvert une école.",
			not: []string{"Lyon"}},
	})
}

// TestCorpusCompoundEvents: local news writes a fire or a crash with the
// noun of what burned or crashed between the article and the event
// (eventModifier): "called to a barn fire on Line 86, about 6 km north of
// X" places the fire, past the concession road (roadAsideStart).
func TestCorpusCompoundEvents(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Firefighters were called to a barn fire on Line 86, about 6 km north of Listowel, early Sunday.",
			rels: []string{"a barn fire: 6 km north of Listowel"}, not: []string{"Line"}},
		{doc: "Crews were called to a grass fire about 6 km north of Kalo on Sunday.",
			rels: []string{"a grass fire: 6 km north of Kalo"}},
		{doc: "Police attended a two-car collision 5 km east of Swinford.",
			rels: []string{"a two-car collision: 5 km east of Swinford"}},
		{doc: "A fire broke out on Concession 4 near Kalo.",
			places: []string{"Kalo"}, not: []string{"Concession"}},
	})
}

// TestCorpusTownRoadAside: a road named after the town it leads to, set
// between the subject and a comma before a distance, is stepped over with
// its town (townRoadEndingAt): "The crash happened on the Tarbert road,
// about 8 km north-east of Listowel" places the crash, not Tarbert.
func TestCorpusTownRoadAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The crash happened on the Tarbert road, about 8 km north-east of Listowel.",
			rels: []string{"The crash: 8 km northeast of Listowel"}, absent: []string{"Tarbert: 8 km northeast of Listowel"}},
		{doc: "The showgrounds are out along the Tarbert road, about 8 km north-east of Listowel.",
			rels: []string{"The showgrounds: 8 km northeast of Listowel"}, absent: []string{"Tarbert: 8 km northeast of Listowel"}},
		{doc: "Kalo lies on the Njoro road, about 8 km north-east of Nakuru.",
			rels: []string{"Kalo: 8 km northeast of Nakuru"}},
	})
}

// TestCorpusFrenchZones: a French compound kind of a noun and its
// adjective names the place after « de » or « des » (frenchKindBefore,
// fr/descriptors.tsv): « la zone artisanale des Gouttes, juste à la sortie
// de Lure, à 2 km au nord-ouest du bourg » places the zone, not Lure.
func TestCorpusFrenchZones(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un arrêt est prévu à la zone artisanale des Gouttes, juste à la sortie de Lure, à 2 km au nord-ouest du bourg.",
			places: []string{"Gouttes", "Lure"}, absent: []string{"Lure: 2 km northwest of bourg"}},
		{doc: "L'usine se trouve dans la zone industrielle de Kerbiquet, à 3 km au nord de Carhaix.",
			rels: []string{"Kerbiquet: 3 km north of Carhaix"}},
	})
}

// TestCorpusHousingKinds: the housing a council approves is a place of
// its own before a distance (kindsafter.tsv): "approved a new subdivision
// about 3 miles north of Belgrade", "a new housing estate 3 km north of
// X".
func TestCorpusHousingKinds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Commissioners approved a new subdivision about 3 miles north of Belgrade.",
			rels: []string{"a new subdivision: 4.83 km north of Belgrade"}},
		{doc: "The council approved a new housing estate 3 km north of Kalo.",
			rels: []string{"a new housing estate: 3 km north of Kalo"}},
	})
}

// TestCorpusOnLand: the bare ground a planned place is built on, after
// "on", is stepped over between the place and its distance (groundNouns).
func TestCorpusOnLand(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Commissioners approved a new subdivision on land about 3 miles north of Belgrade.",
			rels: []string{"a new subdivision: 4.83 km north of Belgrade"}},
		{doc: "The council approved a housing estate on farmland 2 km east of Kalo.",
			rels: []string{"a housing estate: 2 km east of Kalo"}},
	})
}

// TestCorpusOnCommuneLand: « sur la commune de Y » and « sur le
// territoire de la commune de Y » put the lieu-dit before them in Y
// (frenchInAt, frenchCommuneLand); « sur la route de Y » does not.
func TestCorpusOnCommuneLand(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un incendie a détruit une grange au lieu-dit Kerbastard, sur la commune de Loudéac.",
			rels: []string{"Kerbastard: in Loudéac"}},
		{doc: "Le corps a été retrouvé au lieu-dit Kerbastard, sur le territoire de la commune de Loudéac.",
			rels: []string{"Kerbastard: in Loudéac"}},
		{doc: "Un camion s'est renversé au lieu-dit Kerbastard, sur la route de Loudéac.",
			absent: []string{"Kerbastard: in Loudéac"}},
	})
}

// TestCorpusMileposts: a milepost after the road a place lies on is
// stepped over with the road (milepostStart, roadAsideStart).
func TestCorpusMileposts(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A man was injured in a crash on Interstate 80 near milepost 312, about 5 miles west of Kearney.",
			rels: []string{"a crash: 8.05 km west of Kearney"}},
		{doc: "A truck overturned in a fire on Highway 2 at mile marker 45, 10 miles east of Kalo.",
			rels: []string{"a fire: 16.1 km east of Kalo"}},
	})
}
