package text

import "testing"

// TestReferOrdinalSubject: "the former", "the latter", "the first", "the
// second" and the French « le premier », « la seconde » opening a clause
// stand for one of the last pair of names joined by "and" or « et »,
// named in a sentence before; the distance places that one, not the last
// name read.
func TestReferOrdinalSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods have cut off Tayvul and Orokpa since Monday. The former lies 30 km north of Tambacounda; the latter is 18 km west of the town.",
			rels: []string{"Tayvul: 30 km north of Tambacounda", "Orokpa: 18 km west of Tambacounda"}},
		{doc: "The ministry plans two pumping stations, at Kheshtak and Burzan. The first lies 12 km south of Mazar-i-Sharif, the second some 25 km east of the city.",
			rels: []string{"Kheshtak: 12 km south of Mazar-i-Sharif", "Burzan: 25 km east of Mazar-i-Sharif"}},
		{doc: "Les pluies ont isolé Kagonda et Rubembe. Le premier se trouve à 14 km au nord de Gitega, le second à 9 km à l'est de la ville.",
			rels: []string{"Kagonda: 14 km north of Gitega"}},
		{doc: "Des orpailleurs ont été signalés à Kossoum et à Badinko. La seconde se trouve à 40 km au sud de Kéniéba.",
			rels: []string{"Badinko: 40 km south of Kéniéba"}},
		// An ordinal before a kind noun names a place of its own.
		{doc: "Floods have cut off Tayvul and Orokpa since Monday. The first camp lies 30 km north of Tambacounda.",
			absent: []string{"Tayvul: 30 km north of Tambacounda"}},
	})
}

// TestReferLatterSigned: "the latter" and « ce dernier » stand for the
// last place named, passing over a name the text gave no sign of a place
// (the firm that owns a network, a sponsor) for one it gave a kind or a
// preposition of place earlier in the same sentence.
func TestReferLatterSigned(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La coopérative a annoncé que le poste de traite de Kaniapiskau serait relié au réseau d'Énergir. Ce dernier se trouve à 35 km au nord de Schefferville.",
			rels: []string{"Kaniapiskau: 35 km north of Schefferville"}},
		{doc: "The council said the pumping station at Mlolongo Kati would be connected to the grid of Kenya Power. The latter lies 12 km south of Machakos.",
			rels: []string{"Mlolongo Kati: 12 km south of Machakos"}},
	})
}
