package text

import "testing"

// TestInfra21Classes holds one text of each class of infrastructure and
// public-works notice (road agencies, utilities, ministries) that a probe
// of such notices failed on:
//   - a works or utility site of two words whose last word alone names no
//     spot ("freight yard", "staging area", "field office", "control
//     centre", "toll plaza", "treatment works") or of one word of a
//     structure ("viaduct", "tunnel", "interchange", "weighbridge",
//     "substation") is a kind of lexicon/en/kindsafter.tsv: a nameless
//     place before a distance, with modifiers before it;
//   - such a kind whose first word is a descriptor noun of its own ("site
//     office", "field office") or whose last word is one that names no
//     spot alone ("staging area") opens a nameless subject
//     (kindOpensAt, namelessFromPoss);
//   - a participle right after the article ("The proposed compressor
//     station would be built ...", "The planned substation") is a
//     modifier of the nameless subject, not its verb;
//   - the people a notice addresses ("Customers", "Motorists") opening a
//     sentence are no name (stopcaps.tsv);
//   - a definite nameless kind that a name was given before ("the Mandya
//     substation") stands for that name only when the distance is not
//     measured from it: "The new 220 kV substation is being built 9 km
//     north-west of Mandya" is a new place (sameNamed);
//   - two towns that name a way by its ends keep their reading with at
//     most two lower-case words of its kind before the road noun: "the
//     Mombasa–Voi metre gauge line", "the Kafue–Livingstone transmission
//     line" (englishPairMember);
//   - French: « Les travaux se situent à 2 km au nord de X » places the
//     works site (events.tsv), and « pont », « viaduc », « échangeur »,
//     « tunnel », « centrale à béton », « château d'eau » are kinds of a
//     nameless place before a distance (fr/descriptors.tsv); « le pont de
//     X » keeps X a name;
//   - French compound kinds of a works site (« base vie », « zone de
//     stockage », « centrale d'enrobage ») take a complement before their
//     verb (« La base vie de l'entreprise se trouve à 20 km de X »).
func TestInfra21Classes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A freight yard is being built 20 km west of Safaga.",
			rels: []string{"A freight yard: 20 km west of Safaga"}},
		{doc: "The crane staging area is 3 miles north of Salado.",
			rels: []string{"The crane staging area: 4.83 km north of Salado"}},
		{doc: "The site office is 4 km east of Apalit.",
			rels: []string{"The site office: 4 km east of Apalit"}},
		{doc: "The DPWH field office is 4 km east of Apalit.",
			rels: []string{"The DPWH field office: 4 km east of Apalit"}},
		{doc: "A temporary traffic control centre will operate 5 km south of Gotenba during the works.",
			rels: []string{"A temporary traffic control centre: 5 km south of Gotenba"}},
		{doc: "A new toll plaza will be built 12 km south of Hubli.",
			rels: []string{"A new toll plaza: 12 km south of Hubli"}},
		{doc: "A temporary crossing loop is being built 12 km west of Mariakani.",
			rels: []string{"A temporary crossing loop: 12 km west of Mariakani"}},
		{doc: "A new weighbridge will be installed 15 km north of Tororo.",
			rels: []string{"A new weighbridge: 15 km north of Tororo"}},
		{doc: "The proposed pipeline compressor station would be built 6 miles north of Williston, North Dakota.",
			rels: []string{"The proposed pipeline compressor station: 9.66 km north of Williston"}},
		{doc: "The planned substation is 5 km west of Smithers.",
			rels: []string{"The planned substation: 5 km west of Smithers"}},
		{doc: "BC Hydro planned outage: Customers in Smithers will be without power on Sunday.",
			places: []string{"Smithers"}, not: []string{"Customers"}},
		{doc: "KPTCL will shut down the Mandya substation on Sunday. The new 220 kV substation is being built 9 km north-west of Mandya.",
			rels: []string{"The new 220 kV substation: 9 km northwest of Mandya"}},
		{doc: "Kenya Railways has announced that the Mombasa–Voi metre gauge line will be closed for two weeks.",
			places: []string{"Mombasa", "Voi"}},
		{doc: "The Kafue–Livingstone transmission line will be energised.",
			places: []string{"Kafue", "Livingstone"}},
		{doc: "Les travaux se situent à 2 km au nord de Chaudfontaine.",
			rels: []string{"Les travaux: 2 km north of Chaudfontaine"}},
		{doc: "La centrale à béton est installée à 10 km à l'est de Thiès.",
			rels: []string{"La centrale à béton: 10 km east of Thiès"}},
		{doc: "Un pont provisoire est installé à 3 km au sud de Tiassalé.",
			rels: []string{"Un pont provisoire: 3 km south of Tiassalé"}},
		{doc: "L'échangeur sera construit à 12 km au sud de Thiès.",
			rels: []string{"L'échangeur: 12 km south of Thiès"}},
		{doc: "Le château d'eau se trouve à 2 km au nord de Thiès.",
			rels: []string{"Le château d'eau: 2 km north of Thiès"}},
		{doc: "La base vie de l'entreprise se trouve à 20 km au nord de Ghardaïa.",
			rels: []string{"La base vie de l'entreprise: 20 km north of Ghardaïa"}},
		{doc: "La zone de stockage du chantier se trouve à 8 km à l'ouest de Cayenne.",
			rels: []string{"La zone de stockage du chantier: 8 km west of Cayenne"}},
		{doc: "Le pont de Tiassalé, à 3 km au sud de Thiès, est fermé.",
			rels: []string{"Tiassalé: 3 km south of Thiès"}},
	})
}
