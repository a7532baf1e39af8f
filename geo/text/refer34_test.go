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

// TestReferFrontedTown: "the city" or "the town" after a fronted "In X,"
// that sets the sentence stands for X, not for a name of no kind said
// after it in that sentence (an organisation's country, a dam named by
// its site).
func TestReferFrontedTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Agadez, officials told the International Organization for Migration in Niger that 800 people were held at Tafadek Gara, a depot 9 km south-west of the city.",
			rels: []string{"Tafadek Gara: 9 km southwest of Agadez"}},
		{doc: "In Mendoza, the provincial government said the weir at Cacheuta Alto would open in March. The weir is being built 25 km south-west of the city.",
			rels: []string{"Cacheuta Alto: 25 km southwest of Mendoza"}},
	})
}

// TestReferKindAfterPeriod: a period or another name that is no place
// between the article and the kind of an apposition ("a Bronze Age
// mound") leaves the kind to the name, and a mound is a kind "the site"
// may stand for; "the reservoir" and "the dam" stand for a place
// the text called a dam or a reservoir ("the dam at X").
func TestReferKindAfterPeriod(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Archaeologists from Hacettepe University reopened the trenches at Kalınkaya, a Bronze Age mound first dug in 1969. The site lies 11 km south of Çorum.",
			rels: []string{"Kalınkaya: 11 km south of Çorum"}, not: []string{"The site"}},
		{doc: "Students from Ankara University mapped Boyalıtepe, a mound by the river. The site lies 8 km east of Sungurlu.",
			rels: []string{"Boyalıtepe: 8 km east of Sungurlu"}},
		{doc: "Engineers inspected the dam at Wadi Bishrat after the floods. The reservoir lies 30 km east of Mukalla.",
			rels: []string{"Wadi Bishrat: 30 km east of Mukalla"}, not: []string{"The reservoir"}},
	})
}

// TestReferVillageAfterBareName: « le village », "the village" opening a
// sentence stand for the last name of no kind said after a preposition of
// place, when the only other name of its sentence is one the text gives
// no sign of a place (an association, a firm).
func TestReferVillageAfterBareName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'association Amanar a inauguré une école à Tizi Ouaddou. Le village est situé à 17 km au nord de Tafraout.",
			rels: []string{"Tizi Ouaddou: 17 km north of Tafraout"}, not: []string{"Le village"}},
		{doc: "The charity Kinyanjui Trust opened a clinic at Ol Donyo Keri last month. The village sits 22 km east of Narok.",
			rels: []string{"Ol Donyo Keri: 22 km east of Narok"}},
	})
}

// TestReferFrontedIt: "it" before the verb of a late subject after a
// fronted distance ("About 5 km from it lies X") stands for the place
// the text is about, as "it" closing the clause does.
func TestReferFrontedIt(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The patrol stopped first at Ol Kalou Springs, 14 km north-east of Nyahururu. About 6 km from it lies the hamlet of Kiriita.",
			rels: []string{"Kiriita: 6 km from Ol Kalou Springs"}},
	})
}

// TestReferUnheldAlias: a kind noun not flagged bare ("the site", « le
// camp ») opening a sentence after a name of no kind said after a
// preposition of place gives that name as an Alias.Unheld of the noun,
// which the resolver takes up when no gazetteer holds the name; a name
// the text gave a kind gives none.
func TestReferUnheldAlias(t *testing.T) {
	for _, tt := range []struct {
		doc, name string // name "" when no unheld alias is wanted
	}{
		{"Police said 40 miners were trapped after a collapse at Kyabatemba on Tuesday. The site lies about 25 km west of Mubende.", "Kyabatemba"},
		{"Des familles déplacées se sont installées à Tchawanga depuis mars. Le camp se trouve à 18 km à l'est de Kaga-Bandoro.", "Tchawanga"},
		{"Fighting was reported near the village of Anefis. The camp lies 20 km north of Tessalit.", ""},
	} {
		d := Read(tt.doc)
		got := ""
		for _, a := range d.Aliases {
			if a.Unheld {
				got = d.Mentions[a.Name].Name
			}
		}
		if got != tt.name {
			t.Errorf("Read(%q): unheld alias of %q, want %q", tt.doc, got, tt.name)
		}
	}
}

// TestReferFrenchThereFronted: « à N km de là » opening a sentence before
// its verb of place and late subject (« À 6 km de là se trouve le hameau
// de X », « s'élève ») measures the late subject from the last place the
// text reached; a spot named after the distance with a contracted article
// (« …, au hameau des X », « au hameau du X ») is that place, as « au
// hameau de X » is.
func TestReferFrenchThereFronted(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les gardes ont trouvé le troupeau au refuge de la Combe Noire, à 12 km au nord de Digne. À 6 km de là se trouve le hameau de Prads-Vieux.",
			rels: []string{"Prads-Vieux: 6 km from Combe Noire"}},
		{doc: "Les pèlerins font halte au monastère de Debre Sina, à 20 km à l'est de Lalibela. À 4 km de là s'élève la chapelle de Qorqor Maryam.",
			rels: []string{"Qorqor Maryam: 4 km from Debre Sina"}},
		{doc: "Le premier randonneur a été retrouvé au refuge de la Pra, à 16 km à l'est de Grenoble. Son compagnon a été retrouvé à 3 km de là, au hameau des Mollières.",
			rels: []string{"Mollières: 3 km from Pra"}},
		{doc: "Un corps a été retrouvé à 8 km de Briançon, au hameau du Fontenil.",
			rels: []string{"Fontenil: 8 km from Briançon"}},
	})
}
