package text

import "testing"

// TestCorpusReliefRoadPair: a road named by its two towns before an
// English road noun, with no preposition of place before it ("Rains cut
// the Gulu–Kitgum road", "The Nampula–Nacala highway is open"), names two
// towns, as "the road between X and Y" does (englishPairMember); "river"
// before the noun makes the second no river ("the Bor–Juba river
// corridor"). A nationality on either side is an alliance, no road.
func TestCorpusReliefRoadPair(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods cut the Gulu–Kitgum road near Palaro on Monday.",
			places: []string{"Gulu", "Kitgum"}},
		{doc: "The Nampula–Nacala highway is open to light vehicles only.",
			places: []string{"Nampula", "Nacala"}},
		{doc: "Barges are stuck; the Bor–Juba river corridor is closed.",
			places: []string{"Bor", "Juba"}},
		{doc: "Trucks were stopped on the Juba–Nimule highway at Magwi.",
			places: []string{"Juba", "Nimule"}},
	})
	for _, m := range Read("Ministers praised the Franco–German axis in Brussels.").Mentions {
		if m.Name == "Franco" && m.Evidence >= EvidencePreposition {
			t.Errorf("Franco read as a road's town")
		}
	}
	for _, m := range Read("Barges are stuck; the Bor–Juba river corridor is closed.").Mentions {
		if m.Name == "Juba" && m.Feature == "river" {
			t.Errorf("Juba read as a river in a road pair")
		}
	}
}

// TestCorpusReliefLanding: "landing" (landing site) written after a name
// gives its kind, as "camp" does, and the distance set off after it
// locates the name: "a distribution point at Ogodwal landing, 18 km
// north of Kodok".
func TestCorpusReliefLanding(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A food distribution point has opened at Akurwa landing, 12 km south of Tonga.",
			rels: []string{"Akurwa: 12 km south of Tonga"}},
		{doc: "Boats unloaded at the Wathkec landing site, 9 km north of Nyal.",
			rels: []string{"Wathkec: 9 km north of Nyal"}},
	})
}

// TestCorpusReliefCaritas: "Caritas" before a town names the diocesan
// relief agency (orgwords.tsv), no place, in English and French, so that
// it is made the subject of no relation: "Caritas Goma reports no access
// … on the Kalemie–Nyunzu road".
func TestCorpusReliefCaritas(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Caritas Uvira reports no access beyond Baraka on the Uvira–Fizi road.",
			not:    []string{"Caritas Uvira"},
			places: []string{"Baraka"}},
		{doc: "Caritas Kaga-Bandoro signale que l'axe Kaga-Bandoro–Mbrès est coupé.",
			not: []string{"Caritas Kaga-Bandoro"}},
	})
}

// TestCorpusReliefFrenchMarkets: « les marchés de X et de Y » names two
// market towns, as « le marché de X » names one (descriptors.tsv), and
// the second, joined by « et de » before a verb of report
// (« signalent »), is no speaker: the markets report.
func TestCorpusReliefFrenchMarkets(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les marchés de Kiffa et de Guérou signalent une baisse du prix du mil.",
			places: []string{"Kiffa", "Guérou"}},
		{doc: "Les prix du riz local sont en hausse sur les marchés de Labé et de Pita.",
			places: []string{"Labé", "Pita"}},
	})
}

// TestCorpusReliefReportHeading: a report's title that opens with a
// country or region before a colon and a dashed title ("Malawi: Cyclone
// Freddy – Food Security Cluster Update") names that place, as a
// dateline does (reportHeading); a rubric of one common word ("Update:
// …") or an agency's acronym does not.
func TestCorpusReliefReportHeading(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Mozambique: Cyclone Idai – Shelter Cluster Update No. 2\n- Beira reports 90 percent of houses damaged.",
			places: []string{"Mozambique", "Beira"}},
		{doc: "South Sudan: Jonglei – Flash Update No. 1\n- Floods reached Pibor and Akobo.",
			places: []string{"South Sudan", "Pibor", "Akobo"}},
		{doc: "Update: Floods – more rain is expected in Gao.",
			not: []string{"Update"}},
	})
}

// TestCorpusReliefTownReports: a town that reports a count ("Kasane
// reports two new cases", "Labasa and Savusavu report 1,300 houses
// damaged", « Ménaka signale 300 ménages déplacés ») is a place: the
// verbs of class report of impacts.tsv before a number or a word of none
// (countAt). A French one before a count is no verb of speech.
func TestCorpusReliefTownReports(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Maun reports two new cases of anthrax.",
			places: []string{"Maun"}},
		{doc: "Lautoka and Nadi report 800 houses damaged.",
			places: []string{"Lautoka", "Nadi"}},
		{doc: "Kasese registers no new cases this week.",
			places: []string{"Kasese"}},
		{doc: "Diffa signale 420 ménages déplacés depuis lundi.",
			places: []string{"Diffa"}},
		{doc: "Bossangoa et Bouca enregistrent 1 200 nouveaux déplacés.",
			places: []string{"Bossangoa", "Bouca"}},
	})
}
