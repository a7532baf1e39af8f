package text

import "testing"

// TestCorpusCrimeBlotter: the phrasings of police news and incident
// blotters: a road named by two towns joined by a plain hyphen, a victim
// in a relative clause, a numbered town or holding, a road aside between
// commas, a rest area near which a crash happened.
func TestCorpusCrimeBlotter(t *testing.T) {
	checkCorpus(t, []example{
		// A road named by the towns it joins, with a plain hyphen, when
		// the report names one of them alone too.
		{doc: "Gendarmes seized heroin at the Kurubaş checkpoint, 15 km south of Van, on the Van-Gevaş road.",
			rels: []string{"Kurubaş: 15 km south of Van", "Kurubaş: on the road between Van and Gevaş"}},
		{doc: "Bandits fired on a bus near Isiolo. Officers were deployed along the Isiolo-Marsabit highway.",
			places: []string{"Isiolo", "Marsabit"}, not: []string{"Isiolo-Marsabit"}},
		{doc: "Bandits kidnapped 12 travellers at Kurmin Mairiga, about 45 km south of Kaduna on the Abuja-Kaduna expressway.",
			rels: []string{"Kurmin Mairiga: 45 km south of Kaduna", "Kurmin Mairiga: on the road between Abuja and Kaduna"}},
		// One name: no part written alone, or a prefix of names.
		{doc: "A truck overturned on the Winston-Salem road on Monday.",
			places: []string{"Winston-Salem"}, not: []string{"Winston", "Salem"}},
		{doc: "A bus crashed on the Trans-Canada Highway near Canada's border.",
			not: []string{"Trans"}},
		// A relative clause after a person heads no nameless place.
		{doc: "A walker who went missing overnight was found safe near the Corrie Hut, about 9 miles south-east of Aviemore.",
			rels: []string{"Corrie Hut: 14.5 km southeast of Aviemore"}, not: []string{"A walker who went missing"}},
		{doc: "A man who went missing was found near Millers Camp, about 14 miles west of Tonopah.",
			rels: []string{"Millers Camp: 22.5 km west of Tonopah"}, not: []string{"A man who went missing"}},
		// "No." and its number are part of a town's name.
		{doc: "A bus collided with a tanker at Dawadawa No. 2, a farming community 18 km north of Kintampo.",
			rels: []string{"Dawadawa No. 2: 18 km north of Kintampo"}},
		{doc: "Police raided a house at Asuom No 3, 12 km east of Kade.",
			rels: []string{"Asuom No 3: 12 km east of Kade"}},
		// A road set off by commas between the name and its distance.
		{doc: "The truck was stopped at Millers, on U.S. 95, 14 miles west of Tonopah.",
			rels: []string{"Millers: 22.5 km west of Tonopah"}},
		{doc: "Un camion a été intercepté au péage de Saint-Arnoult, sur l'A10, à 45 km au sud-ouest de Paris.",
			rels: []string{"Saint-Arnoult: 45 km southwest of Paris"}},
		{doc: "Un camion a été intercepté à Kalo, sur la route nationale 1, à 45 km au sud-ouest de Gao.",
			rels: []string{"Kalo: 45 km southwest of Gao"}},
		// A numbered agricultural holding.
		{doc: "Police recovered the stolen car at Smallholding 14, about 8 km north of Krugersdorp.",
			rels: []string{"Smallholding 14: 8 km north of Krugersdorp"}},
		{doc: "Robbers attacked a family at Holding 45, 6 km east of Bapsfontein.",
			rels: []string{"Holding 45: 6 km east of Bapsfontein"}},
	})
}

// TestAreaOwnWord: a word of an area ("area", "region") that is part of
// the object's own name makes no area around it: "near the Millers Rest
// Area" places nothing more than the rest area.
func TestAreaOwnWord(t *testing.T) {
	for _, c := range []struct {
		doc   string
		areas int
	}{
		{"A man died near the Millers Rest Area, about 14 miles west of Tonopah.", 0},
		{"His pickup rolled over near the Coaldale Rest Area.", 0},
		{"Fighting was reported in the area around Tessalit.", 1},
	} {
		if got := len(Read(c.doc).Areas); got != c.areas {
			t.Errorf("Read(%q): %d areas, want %d", c.doc, got, c.areas)
		}
	}
}
