package text

import "testing"

// TestCorpusOwnerApposition: in "X, the Owner mine N km south of Y" the
// name inside the definite apposition qualifies its kind (an owner, a
// namesake); the phrase after the kind places X (ownerApposition).
func TestCorpusOwnerApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Protesters again blocked Antapaccay, the Glencore-run copper mine 250 km south of Cusco.",
			rels: []string{"Antapaccay: 250 km south of Cusco"}, absent: []string{"Glencore-run: 250 km south of Cusco"}},
		{doc: "Grasberg, the Freeport copper-gold mine 70 km north-east of Timika, resumed output.",
			rels: []string{"Grasberg: 70 km northeast of Timika"}, absent: []string{"Freeport: 70 km northeast of Timika"}},
		{doc: "Workers walked out at Sukari, the Centamin gold mine 25 km south-west of Marsa Alam.",
			rels: []string{"Sukari: 25 km southwest of Marsa Alam"}},
	})
}

// TestCorpusLocativeApposition: an apposition of kind that ends with a
// locative phrase ("X, its flagship block in the Y shale play, about
// 100 km north-west of Z") is X's: the phrase after it places X, not the
// place the locative names (locativeApposition).
func TestCorpusLocativeApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Shell drills at Aguada de la Arena, its newest block in the Vaca Muerta shale play, some 60 km north of Neuquén.",
			rels: []string{"Aguada de la Arena: 60 km north of Neuquén"}, absent: []string{"Vaca Muerta: 60 km north of Neuquén"}},
		{doc: "The convoy reached Tabankort, a small market town in the Tilemsi valley, about 150 km north of Gao.",
			rels: []string{"Tabankort: 150 km north of Gao"}},
		{doc: "Drilling resumed at Tengiz, the largest field in the Atyrau region, 350 km south-east of Atyrau.",
			rels: []string{"Tengiz: 350 km southeast of Atyrau"}},
	})
}

// TestCorpusUnitNumberNames: a number of one or two digits after a name
// that a kind of facility precedes or follows is the number of one unit
// and part of the name ("the Doel 3 reactor", « le réacteur Tihange 2 »);
// a unit of size after a number is no part of the name after it ("the
// 140 MW Olkaria VI plant").
func TestCorpusUnitNumberNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Zaporizhzhia 5 reactor lies 6 km south-west of Enerhodar.",
			rels: []string{"Zaporizhzhia 5: 6 km southwest of Enerhodar"}},
		{doc: "Engie a mis à l'arrêt le réacteur Doel 4, à 15 km au nord-ouest d'Anvers.",
			rels: []string{"Doel 4: 15 km northwest of Anvers"}, absent: []string{"Engie: 15 km northwest of Anvers"}},
		{doc: "KenGen switched on the 83 MW Olkaria I plant, 12 km south of Naivasha.",
			rels: []string{"Olkaria I: 12 km south of Naivasha"}, not: []string{"MW Olkaria I"}},
		{doc: "A 300 MW Lake Turkana wind farm stands 10 km north of Loiyangalani.", not: []string{"MW Lake Turkana"}},
		{doc: "Camp 3 km north of Gao was hit.", absent: []string{"Camp 3: 3 km north of Gao"}},
	})
}

// TestCorpusFrenchWorkOnSite: « une découverte sur le périmètre X, à 60 km
// de Y »: work done on a site named by its kind makes the site the place
// the apposition is about, not the firm that did it (frenchAtDescribed);
// « le périmètre », « la laverie », « le réacteur » are kinds of place.
func TestCorpusFrenchWorkOnSite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Sonatrach a annoncé une découverte sur le périmètre Reggane Nord, à 40 km au sud-ouest de Reggane.",
			rels: []string{"Reggane Nord: 40 km southwest of Reggane"}, absent: []string{"Sonatrach: 40 km southwest of Reggane"}},
		{doc: "Perenco a foré un nouveau puits sur le gisement de Mboundi, à 30 km au nord de Dolisie.",
			rels: []string{"Mboundi: 30 km north of Dolisie"}},
		{doc: "Le Groupe chimique tunisien a rouvert son usine de Skhira.", not: []string{"Groupe"}},
	})
}

// TestCorpusFrenchWorkVerbs: « a relancé le puits X, à 8 km de Y », « a
// rouvert la mine X »: the participles of work done on a site introduce
// it as a place (prepositions.tsv intro), so the apposition after it is
// the site's, not the firm's that acts.
func TestCorpusFrenchWorkVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La Comilog a relancé le puits Bangombé 2, à 8 km au nord de Moanda.",
			rels: []string{"Bangombé 2: 8 km north of Moanda"}, absent: []string{"La Comilog: 8 km north of Moanda"}},
		{doc: "La SLN a rouvert la mine Tiébaghi, à 10 km au sud de Koumac.",
			rels: []string{"Tiébaghi: 10 km south of Koumac"}},
		{doc: "Sonatrach a foré le puits Hassi Tidjerane, à 35 km au nord d'In Amenas.",
			rels: []string{"Hassi Tidjerane: 35 km north of In Amenas"}},
	})
}

// TestCorpusFrenchPortsPermits: « le port de X » names a port, a place
// the resolver looks up (« exporté par le port de Beira »); « le permis
// X » names a mining concession (descriptors.tsv).
func TestCorpusFrenchPortsPermits(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le charbon sera exporté par le port de Beira, selon la société.", places: []string{"Beira"}},
		{doc: "Le minerai est acheminé jusqu'au port de Kamsar.", places: []string{"Kamsar"}},
		{doc: "Une découverte a été annoncée sur le permis Massawa-Sud, à 30 km à l'est de Kédougou.",
			rels: []string{"Massawa-Sud: 30 km east of Kédougou"}},
	})
}
