package text

import "testing"

// TestCorpusFieldwork holds one text of each class that scientific field
// reports (station logs, borehole and excavation reports, museum labels)
// failed on, fixed since:
//   - a kind of research site written in lower case after a name ("the X
//     tide gauge", "the X weather station", "the X excavation trench",
//     "the X glacier camp"; en/kindsafter.tsv) gives the name its kind, so
//     a distance after it places the name;
//   - a participle of an act done at a place ("drilled", "collected",
//     "erected"; en/verbs.tsv flagged lead,act), after the comma of "the
//     X borehole, drilled 6 km south of Y", places the name before it as
//     "located" does (theNameHead); after a copula it is a passive, so
//     "X was drilled at Y, 14 km east of Z" places Y (passiveAt);
//   - "at 5,200 m", "at 4,100 m a.s.l.", "at an elevation of 900 m"
//     between a name and the comma of a distance is a height, not where
//     the name is, and is stepped over (elevationEndingAt), also after a
//     head the tables lack ("the Rabots ice divide at 1,750 m, about
//     65 km west of Kiruna"; theNameHead);
//   - "set up Camp X on the sea ice, 35 km north-west of Y": a lower-case
//     locative after a name stays stepped over when a comma follows it
//     (lowerLocativeBefore);
//   - « Un second puits, Touil Nord, se trouve à 6 km au nord de X »: a
//     name set off by commas after the sentence's opening kind is the
//     subject of the French phrase (frenchAppositiveName);
//   - « X, env. 60 km au nord de Y »: the abbreviated hedges env., ca. and
//     approx. open a French distance with no lead word, as « environ »
//     does (fr/entry.tsv);
//   - "Specimen NMNH 552013 was collected 14 km NW of X": a museum's
//     specimen or a sample opening a sentence is no place's name
//     (en/stopcaps.tsv); "Plot 14", "Trench 2", "Transect 3" are numbered
//     names (en/numbered.tsv);
//   - "stored in Windhoek as GSN-M-22": a particle ("as", Arabic in "Jisr
//     as Shughur") joins no catalogue code of capitals or digits to the
//     name before it (isCatalogueCode);
//   - "drilling at Snowdrift Lake, roughly 90 km east of X": a lake after
//     "at" is where the work is, and the distance places it; only a lake
//     or river after another preposition ("on the Jordan, 10 km east of
//     Y") is stepped over;
//   - « le camp glaciaire de X », « la station sismique de Y »: glaciaire,
//     sismique, météorologique and other adjectives of research qualify
//     the kind (fr/adjectives.tsv);
//   - "Iceland spar", "a Lapland bunting", "Greenland halibut": a species
//     or mineral noun after a place's name makes the name no mention at
//     all, as a currency does (en/species.tsv, speciesAfter).
func TestCorpusFieldwork(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Divers serviced the Caleta Honda tide gauge, located 11 km north of Antofagasta.",
			rels: []string{"Caleta Honda: 11 km north of Antofagasta"}},
		{doc: "Volunteers read the Glen Tarken weather station, located 5 km west of Crieff.",
			rels: []string{"Glen Tarken: 5 km west of Crieff"}},
		{doc: "The Cwm Dulais borehole, drilled c. 4 km north of Pontarddulais, reached coal at 300 m.",
			rels: []string{"Cwm Dulais: 4 km north of Pontarddulais"}},
		{doc: "Well KB-3 was drilled to 900 m at Ain Tiglit, about 25 km south of Errachidia.",
			rels: []string{"Ain Tiglit: 25 km south of Errachidia"}},
		{doc: "The expedition occupied the Huayna glacier camp at 5,100 m, about 15 km east of Achacachi.",
			rels: []string{"Huayna: 15 km east of Achacachi"}},
		{doc: "Our porters reached Kolpa Camp at 4,300 m a.s.l., some 12 km east of Huaraz.",
			rels: []string{"Kolpa Camp: 12 km east of Huaraz"}},
		{doc: "The survey moved its camp to the Storglaciären ice divide at 1,600 m, about 70 km west of Gällivare.",
			rels: []string{"Storglaciären: 70 km west of Gällivare"}},
		{doc: "The party pitched Camp Aurora on the sea ice, 20 km north of Qaanaaq, in April.",
			rels: []string{"Camp Aurora: 20 km north of Qaanaaq"}},
		{doc: "Une seconde station, Ambola Sud, se trouve à 4 km au sud d'Ampanihy.",
			rels: []string{"Ambola Sud: 4 km south of Ampanihy"}},
		{doc: "Nous avons fouillé l'abri de Tin Hanakaten, env. 40 km au sud de Djanet.",
			rels: []string{"Tin Hanakaten: 40 km south of Djanet"}},
		{doc: "Specimen USNM 20871, a skink, was collected 12 km west of Kandy in 1922.",
			absent: []string{"Specimen USNM: 12 km west of Kandy", "USNM: 12 km west of Kandy"}},
		{doc: "Plot 7 lies about 40 km south of Iquitos, on a terrace of the river.",
			rels: []string{"Plot 7: 40 km south of Iquitos"}},
		{doc: "The holotype is catalogued at the museum in Nairobi as KNM-ER 1470.",
			places: []string{"Nairobi"}},
		{doc: "The Geological Survey of Canada has finished coring at Contwoyto Lake, roughly 300 km north-east of Yellowknife.",
			rels: []string{"Contwoyto Lake: 300 km northeast of Yellowknife"}},
		{doc: "Le camp glaciaire du col de Tré-la-Tête a été installé à 3 100 m d'altitude, à environ 8 km au sud des Contamines-Montjoie.",
			rels: []string{"Tré-la-Tête: 8 km south of Contamines-Montjoie"}},
		{doc: "The cores contained Iceland spar and fragments of zeolite.",
			not: []string{"Iceland"}},
		{doc: "We ringed a Lapland bunting and two Greenland wheatears near Skagen.",
			not: []string{"Lapland"}, places: []string{"Skagen"}},
	})
}

// TestSpeciesRead reads every row of lexicon/en/species.tsv after a
// country's name: the name is then no mention ("Iceland spar"), where a
// noun of no such table leaves it one ("Iceland farms").
func TestSpeciesRead(t *testing.T) {
	set := langs().en.sets[setSpecies]
	if len(set) < 10 {
		t.Errorf("lexicon/en/species.tsv: %d rows, want at least 10", len(set))
	}
	for w := range set {
		if ev := mentionEvidence("The cores drilled near Akureyri held Iceland "+w+".", "Iceland"); ev >= 0 {
			t.Errorf("species.tsv %q: Iceland is a mention (%v); want none", w, ev)
		}
	}
	if ev := mentionEvidence("The cores drilled near Akureyri held Iceland farms.", "Iceland"); ev < 0 {
		t.Errorf("Iceland farms: Iceland is no mention; want one")
	}
}
