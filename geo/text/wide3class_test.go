package text

import (
	"slices"
	"testing"
)

// TestCorpusSaintPossessive: a saint's name that ends in a possessive
// ("St. John's", "St. Mary's") is one name when no noun follows it.
func TestCorpusSaintPossessive(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "St. Brendan's Harbour is an outport some 35 km south-west of St. John's, Newfoundland.",
			rels: []string{"St. Brendan's Harbour: 35 km southwest of St. John's"}},
		{doc: "St. Mary's lies 10 km north of Dublin.", rels: []string{"St. Mary's: 10 km north of Dublin"}},
		{doc: "Cwm Garw is a hamlet 8 km east of St. David's.", rels: []string{"Cwm Garw: 8 km east of St. David's"}},
		{doc: "Saint Lucia's capital is Castries, 30 km north of Vieux Fort.", rels: []string{"Castries: 30 km north of Vieux Fort"}, not: []string{"Saint Lucia's"}},
	})
}

// TestCorpusPossessiveGenerics: a possessive before a generic of southern
// Africa ("Drift", "Kraal", "Siding") is part of the name.
func TestCorpusPossessiveGenerics(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Van der Merwe's Drift is a farm settlement 30 km east of Upington.",
			rels: []string{"Van der Merwe's Drift: 30 km east of Upington"}},
		{doc: "Jansen's Kraal is a hamlet 20 km north of Graaff-Reinet.", rels: []string{"Jansen's Kraal: 20 km north of Graaff-Reinet"}},
		{doc: "Smith's Siding was a railway halt 15 km east of Kimberley.", rels: []string{"Smith's Siding: 15 km east of Kimberley"}},
	})
}

// TestCorpusDescriptorsOutback: outstations, outports, estancias, douars
// and kraals are kinds of place, so "the outstation of X" names X.
func TestCorpusDescriptorsOutback(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Alice Springs lies 75 km east of the outstation of Ulpanyali.", rels: []string{"Alice Springs: 75 km east of Ulpanyali"}},
		{doc: "Kunmunya is an outstation 60 km west of Kalumburu.", rels: []string{"Kunmunya: 60 km west of Kalumburu"}},
		{doc: "The estancia of La Pirca lies 40 km west of Mendoza.", rels: []string{"La Pirca: 40 km west of Mendoza"}},
		{doc: "The douar of Ait Brahim lies 12 km south of Azilal.", rels: []string{"Ait Brahim: 12 km south of Azilal"}},
	})
}

// TestCorpusAppositiveSubject: a description opening the sentence names
// its place between commas before the verb.
func TestCorpusAppositiveSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods hit Zomba. The worst-hit village, Chingoni, lies 30 km north-east of Zomba.",
			rels: []string{"Chingoni: 30 km northeast of Zomba"}},
		{doc: "The main market town, Rujewa, lies 50 km east of Mbeya.", rels: []string{"Rujewa: 50 km east of Mbeya"}},
		{doc: "The largest camp, Hagadera, is 10 km south of Dadaab.", rels: []string{"Hagadera: 10 km south of Dadaab"}},
		{doc: "The hardest-hit district town, Mulanje Boma, lies 65 km east of Blantyre.", rels: []string{"Mulanje Boma: 65 km east of Blantyre"}},
	})
}

// TestCorpusLateSubjectAfterInsert: a prepositional phrase between a
// fronted distance and the verb delays the late subject.
func TestCorpusLateSubjectAfterInsert(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "About 30 km north-west of Timaru, in the foothills, stands the sheep station of Glenmore Downs.",
			rels: []string{"Glenmore Downs: 30 km northwest of Timaru"}},
		{doc: "Some 25 km east of Kasese, on the slopes of the mountains, lies the village of Bwera Hill.",
			rels: []string{"Bwera Hill: 25 km east of Kasese"}},
		{doc: "About 12 km north of Mopti, along the river, lies the fishing camp of Kotaka.",
			rels: []string{"Kotaka: 12 km north of Mopti"}},
	})
}

// TestVoices: a nationality adjective before those who speak for or live
// in a place is a voice; before troops, or inside brackets, it is none.
func TestVoices(t *testing.T) {
	tests := []struct {
		doc  string
		want []string
	}{
		{"Gunmen attacked a convoy 20 km east of Tripoli, Lebanese officials said.", []string{"Lebanese"}},
		{"A checkpoint north of Jenin was closed, Palestinian sources said.", []string{"Palestinian"}},
		{"Iraqi police and Kurdish residents fled.", []string{"Iraqi", "Kurdish"}},
		{"Ugandan troops reached a camp 10 km south of Gulu.", nil},
		{"Mosul (Arabic officials) lies on the Tigris.", nil},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		for _, sp := range d.Voices {
			got = append(got, sp.Text(tt.doc))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Read(%q).Voices = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestCorpusPeoplesOfTowns: a people named with its article or in the
// plural is no place, and "les Dogons de Bankass" names the town apart.
func TestCorpusPeoplesOfTowns(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les Peuls et les Dogons de Bankass se sont réfugiés au hameau de Dioungani-Koro, à 15 km à l'est de Bankass.",
			rels: []string{"Dioungani-Koro: 15 km east of Bankass"}, not: []string{"Les Peuls", "Dogons", "Dogons de Bankass"}},
		{doc: "Les Touaregs de Kidal ont fui vers Anefis-Nord, à 20 km au sud d'Anefis.",
			rels: []string{"Anefis-Nord: 20 km south of Anefis"}, not: []string{"Touaregs", "Les Touaregs de Kidal"}},
		{doc: "Les Bambaras de Ségou et les Bozos de Mopti vivent le long du fleuve.",
			not: []string{"Bambaras", "Bozos"}},
		{doc: "Le Caire est à 200 km de Louxor.", rels: []string{"Le Caire: 200 km from Louxor"}},
		{doc: "Les Congolais de Brazzaville et de Pointe-Noire se retrouvent à Dolisie-Nord, à 8 km au nord de Dolisie.",
			rels: []string{"Dolisie-Nord: 8 km north of Dolisie"}, not: []string{"Les Congolais", "Congolais de Brazzaville"}},
		{doc: "Les Maliens de Gao et les Nigériens de Diffa ont fui.", not: []string{"Les Maliens", "Nigériens", "Nigériens de Diffa"}},
		{doc: "Les Cayes est à 150 km de Port-au-Prince.", rels: []string{"Les Cayes: 150 km from Port-au-Prince"}},
		{doc: "Muang Phonsavath is a town in Laos, some 110 km north of Vientiane.", places: []string{"Laos"}},
	})
}

// TestCorpusMorePeoples: peoples of Asia, Africa and the Americas that
// news names beside places are no places.
func TestCorpusMorePeoples(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Rohingya refugees near Ukhia, 30 km south of Cox's Bazar, face floods.",
			rels: []string{"Ukhia: 30 km south of Cox's Bazar"}, not: []string{"Rohingya"}},
		{doc: "Yazidis from Sinjar fled to a camp 15 km north of Duhok.", not: []string{"Yazidis"}, places: []string{"Sinjar"}},
		{doc: "Dinka and Nuer cattle keepers clashed at Pariang-Kot, 25 km north of Bentiu.",
			rels: []string{"Pariang-Kot: 25 km north of Bentiu"}, not: []string{"Dinka", "Nuer"}},
		{doc: "Sherpa guides reached Pheriche, 20 km north-east of Namche Bazaar.", not: []string{"Sherpa"}},
	})
}

// TestCorpusEuropeanParticles: German "im", Czech and Slovak "na",
// Italian "sul" and Catalan "d'en" join the words of one name.
func TestCorpusEuropeanParticles(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The hamlet of Oberwil im Simmental lies 6 km west of Spiez.", rels: []string{"Oberwil im Simmental: 6 km west of Spiez"}},
		{doc: "Wald im Pinzgau lies 20 km west of Mittersill.", rels: []string{"Wald im Pinzgau: 20 km west of Mittersill"}},
		{doc: "Kostelec na Hané lies 10 km west of Prostějov.", rels: []string{"Kostelec na Hané: 10 km west of Prostějov"}},
		{doc: "The farm of Mas d'en Roig lies 14 km west of Figueres.", rels: []string{"Mas d'en Roig: 14 km west of Figueres"}},
		{doc: "Les déplacés de Mopti aux Cayes sont nombreux.", not: []string{"Mopti aux Cayes"}},
	})
}

// TestCorpusFields: an opal, oil or gold field is a kind of place, so
// "the opal field of X" names X.
func TestCorpusFields(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Coober Pedy lies 50 km east of the opal field of Mintabie West.", rels: []string{"Coober Pedy: 50 km east of Mintabie West"}},
		{doc: "Andamooka is 30 km north of the opal field of Lightning Ridge.", rels: []string{"Andamooka: 30 km north of Lightning Ridge"}},
		{doc: "The oil field of Rumaila North lies 50 km west of Basra.", rels: []string{"Rumaila North: 50 km west of Basra"}},
		{doc: "Henson Field is an airstrip 12 km west of Tamale.", rels: []string{"Henson Field: 12 km west of Tamale"}},
	})
}

// TestCorpusWeekdayPlurals: "on Fridays" names no place.
func TestCorpusWeekdayPlurals(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The market town of Techiman-Krobo, which lies 9 km north of Techiman, is busy on Fridays.",
			rels: []string{"Techiman-Krobo: 9 km north of Techiman"}, not: []string{"Fridays"}},
		{doc: "Sundays in Gao are quiet.", places: []string{"Gao"}, not: []string{"Sundays"}},
	})
}

// TestCorpusStrikeVerbs: the towns a storm, a flood or an attack hits
// are places, every one of a list.
func TestCorpusStrikeVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Shelling hit Zgharta and Halba.", places: []string{"Zgharta", "Halba"}},
		{doc: "Heavy rain flooded Larkana and Sukkur on Monday.", places: []string{"Larkana", "Sukkur"}},
		{doc: "Cyclone Idai battered Beira, Dondo and Nhamatanda.", places: []string{"Beira", "Dondo", "Nhamatanda"}},
		{doc: "Gunmen attacked Kafolo and struck Tehini overnight.", places: []string{"Kafolo", "Tehini"}},
		{doc: "Troops attacked Boko Haram positions near Bama.", places: []string{"Bama"}, not: []string{"Boko Haram"}},
	})
}

// TestCorpusStrikeVerbsFrench: the same in French (inondé, touché,
// pillé, incendié).
func TestCorpusStrikeVerbsFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les pluies ont inondé Niamey, Dosso et Tahoua.", places: []string{"Niamey", "Dosso", "Tahoua"}},
		{doc: "Les inondations ont touché Mopti et Ségou.", places: []string{"Mopti", "Ségou"}},
		{doc: "Des bandits ont pillé Kantchari et incendié Diapaga.", places: []string{"Kantchari", "Diapaga"}},
	})
}

// TestCorpusSemicolonClause: the clause after a semicolon that opens
// with a nameless place is about that place, not the first clause's
// subject.
func TestCorpusSemicolonClause(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Residents of Fishguard were evacuated; the camp lies 12 km east of Fishguard.",
			rels: []string{"the camp: 12 km east of Fishguard"}},
		{doc: "Kirkuk, Erbil and Sulaymaniyah were hit; the camp lies 20 km south-east of Kirkuk.",
			rels: []string{"the camp: 20 km southeast of Kirkuk"}},
		{doc: "Djibo is besieged; Tinangol, 35 km south-east of Djibo, was emptied.",
			rels: []string{"Tinangol: 35 km southeast of Djibo"}},
		{doc: "Kidal is a village; the village lies 20 km north of Anefis.",
			rels: []string{"Kidal: 20 km north of Anefis"}},
	})
}
