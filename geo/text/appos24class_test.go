package text

import "testing"

// TestCorpusAppos24Class holds the classes of the twenty-fourth round's
// appositions with a second kind: travel writing and reports describe a
// named place by two kinds, the second after a preposition, before the
// distance that places the name.
//   - "Kiva, a turf hut on a reindeer camp 35 km north-east of Y", "X, a
//     tented camp with its own airstrip 40 km north of Y", "X, a small
//     Huli settlement near an old mission airstrip 18 km south of Y": the
//     article after a preposition flagged second (lexicon/LANG/
//     prepositions.tsv), after the kind of an apposition to a name,
//     opens no nameless place of its own (secondKindAt), and the search
//     for the distance's subject steps over the preposition to the name
//     (whereInsertBefore). A second kind with no apposition before it
//     ("fled to a camp near a well 12 km south of Y", "Rebels hit X,
//     then a camp near a well 12 km south of Y") is still the place
//     measured.
func TestCorpusAppos24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Our last night was at Fjellheim, a turf hut on a reindeer camp about 35 km northeast of Kiruna.",
			rels: []string{"Fjellheim: 35 km northeast of Kiruna"}, absent: []string{"a reindeer camp: 35 km northeast of Kiruna"}},
		{doc: "She now manages Ombika, a tented camp with its own gravel airstrip 40 km north of Sesfontein.",
			rels: []string{"Ombika: 40 km north of Sesfontein"}},
		{doc: "Floods cut off Tobalai, a small fishing settlement near an old mission airstrip 18 km south of Wewak.",
			rels: []string{"Tobalai: 18 km south of Wewak"}},
		{doc: "The group spent a week at Kok-Jaiyk, a yurt camp on a high meadow roughly 30 km south of Naryn.",
			rels: []string{"Kok-Jaiyk: 30 km south of Naryn"}},
		{doc: "We camped at Ghulkin Sar, a stone hut with a spring 11 km north of Gilgit.",
			rels: []string{"Ghulkin Sar: 11 km north of Gilgit"}},
		// No apposition to a name: the second kind is still what is
		// measured, and the name before "then" is no subject.
		{doc: "Gunmen attacked Tobalai, then a camp near a well 12 km south of Wewak.",
			rels: []string{"a well: 12 km south of Wewak"}, absent: []string{"Tobalai: 12 km south of Wewak"}},
		{doc: "Residents of Tobalai fled to a camp near a well 12 km south of Wewak.",
			rels: []string{"a well: 12 km south of Wewak"}, absent: []string{"Tobalai: 12 km south of Wewak"}},
	})
}

// TestAppos24NamedBy holds the class of names given after the place with
// who uses them: "A cabin 60 km north-east of Y burned. The cabin, known to mushers
// as Kobuk Cabin, was ...", "The camp, called X by the guides, has
// ...", « Le campement, appelé X par les habitants, abritait … », «
// Le gîte, connu des randonneurs sous le nom de X, est … »: who uses
// the name, after the verb of naming or after the name, is stepped
// over (namingAgentEnd), so the name the opener gives is the nameless
// place's. Without a comma closing the agent ("The camp, known to
// herders as X and Y") nothing changes.
func TestAppos24NamedBy(t *testing.T) {
	for _, tt := range []struct{ doc, nameless, name string }{
		{"A trapper's cabin roughly 50 km north of Kotzebue burned on Monday. The cabin, known to mushers as Kobuk Cabin, was empty.",
			"A trapper's cabin", "Kobuk Cabin"},
		{"Our guides pitched camp at a rock shelter about 30 km south of Tamanrasset. The shelter, called Tin Aghelad by the guides, has old paintings.",
			"a rock shelter", "Tin Aghelad"},
		{"Les militaires ont découvert un campement à une vingtaine de kilomètres au sud de Maroua. Le campement, appelé Gadala-Foulbé par les habitants, abritait des otages.",
			"un campement", "Gadala-Foulbé"},
		{"Un randonneur a été secouru près d'un gîte situé à 15 km à l'ouest de Mende. Le gîte, connu des randonneurs sous le nom de Baraque-Haute, est fermé l'hiver.",
			"un gîte", "Baraque-Haute"},
		{"Hikers sheltered in a stone hut 12 km east of Tafila. The hut, known as Beit Salem to local herders, is used in winter.",
			"a stone hut", "Beit Salem"},
	} {
		checkAlias(t, tt.doc, tt.nameless, tt.name)
	}
}

// TestCorpusAppos24Legs holds the class of a trip report's next leg told
// from the last town: "We spent two nights in Mörön. From there it's a
// bone-shaking 120 km drive west in a Soviet-era van to Y", "From there we
// drove 80 km south by jeep to Y". The sentence opens with a start phrase
// and a there word (travel.tsv; startsThere), so the leg is measured from
// the last place the text reached; a vehicle after "in" or "by" between
// the heading and "to" is stepped over (travel.tsv's along role). With no
// place before, nothing is measured.
func TestCorpusAppos24Legs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We spent two nights in Tsetserleg. From there it's a bumpy 90 km drive north in an old Soviet van to Tsenkher Bulag, where the hot springs are.",
			rels: []string{"Tsenkher Bulag: 90 km north of Tsetserleg"}},
		{doc: "Our flight landed in Inuvik on Monday. From there it is a 70 km drive east to Caribou Hills Camp.",
			rels: []string{"Caribou Hills Camp: 70 km east of Inuvik"}},
		{doc: "The bus dropped us in Ghanzi. From there we drove 80 km south by jeep to Xanagas Pan.",
			rels: []string{"Xanagas Pan: 80 km south of Ghanzi"}},
		{doc: "It rained for a week. From there it's a 50 km drive north to Tsagaan Nuur.",
			absent: []string{"Tsagaan Nuur: 50 km north of Tsagaan Nuur"}},
	})
}

// TestCorpusAppos24Return holds the class of the way back of a French
// trip: « retour par Erfoud », « avant de repartir par Fianarantsoa », «
// le groupe est revenu par Midelt » name a town passed through, as «
// passé par » does (lexicon/fr/passes.tsv, originBefore); « par » after
// another word is left as it was (« tué par X »).
func TestCorpusAppos24Return(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Trois nuits dans le désert, puis retour par Erfoud.", places: []string{"Erfoud"}},
		{doc: "Nous avons logé à Toliara avant de repartir par Fianarantsoa.", places: []string{"Toliara", "Fianarantsoa"}},
		{doc: "Le groupe est revenu par Midelt le lendemain.", places: []string{"Midelt"}},
		{doc: "Les randonneurs sont rentrés par Kebili jeudi.", places: []string{"Kebili"}},
	})
}
