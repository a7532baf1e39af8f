package text

import "testing"

// TestCorpusSci20 holds one text of each class that science fieldwork
// reports (volcano and seismic bulletins, excavation reports, wildlife
// and glacier surveys) failed on, fixed since:
//   - « Le site du Moulin-Neuf se trouve à 2 km au nord de Trèbes »: an
//     excavation site's or a dig's name follows « du » as a landmark's
//     does (fr/descriptors.tsv: site and chantier flagged own), where
//     « le site du Mali » still names a country;
//   - "the Grizzly Lake GPS station", « une station GNSS »: an
//     instrument's acronym (instruments.tsv) is a common word written in
//     capitals; it ends the name before it and names nothing itself;
func TestCorpusSci20(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le site du Moulin-Neuf se trouve à 2 km au nord de Trèbes.",
			rels: []string{"Moulin-Neuf: 2 km north of Trèbes"}},
		{doc: "Le chantier du Pech-Maho se trouve à 5 km au sud de Sigean.",
			rels: []string{"Pech-Maho: 5 km south of Sigean"}},
		{doc: "Le site du Mali se trouve à 2 km au nord de Kayes.",
			places: []string{"Mali"}},
		{doc: "The Grizzly Lake GPS station, 6 km north-west of Norris, was upgraded in October.",
			rels: []string{"Grizzly Lake: 6 km northwest of Norris"}},
		{doc: "Une station GNSS a été installée à 19 km à l'est-nord-est du Tampon.",
			rels: []string{"Une station GNSS: 19 km east-northeast of Tampon"}, not: []string{"GNSS"}},
	})
}
