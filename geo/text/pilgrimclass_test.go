package text

import "testing"

// TestCorpusPilgrim holds the classes of failure found on texts about
// religious sites and pilgrimage (parish bulletins, pilgrim guides,
// heritage inventories), each with texts of its own:
//   - "an hour's walk (4 km) south-west of X", « une journée de marche
//     (24 km) de X »: the distance in brackets after a travel time is the
//     distance, not the bound the pace gives (statedAfterPace); a day of
//     travel ("a day's walk", « une demi-journée de marche ») is a time of
//     paces.tsv; « à 5 km au-dessus du village de X » is a distance from X
//     as "5 km above the village of X" is;
//   - "X, a shrine with a turquoise dome that lies 9 km west of Y": the
//     kind's own phrase inside the apposition qualifies the kind ("with"
//     is a kind preposition), and "a chapel carved into the cliff 9 km
//     north of Y" steps over the where-phrase after the participle;
//   - "X is known for its terraces, but the villagers climb to the chapel
//     of Y, 8 km east of X": a clause after "but" is not the copula's
//     (clauseBreakBetween);
//   - hermitage, oratory, gompa, zawiya, kellion, skete, ashram, mausoleum
//     and grotto are kinds of place, « ermitage », « oratoire », «
//     basilique », « église », « cathédrale », « mosquée », « zaouïa » too,
//     so that « À 6 km de Y, l'ermitage de X domine la vallée » places X;
//   - feasts and holy days are no places (lexicon/LANG/feasts.tsv, and
//     after "on" a comma that sets off a date or "the feast of"):
//     feastName;
//   - what a church or a day is dedicated to is no place: "dedicated to
//     Saint Francis of Assisi", "the feast of Saint James"
//     (devotionBefore, lexicon/LANG/devotions.tsv), and "Our Lady of
//     Health", "the chapel of Saint Thomas of Canterbury" are one name
//     (ourLadyEnd); the town of a saint's epithet
//     goes with the saint ("of Assisi");
//   - a church that is a body ("the Ethiopian Orthodox Tewahedo Church",
//     "the Knights Templar") and a French body before an adjective and «
//     de » (« les Fraternités monastiques de Jérusalem »: orgOfBefore) are
//     no places; nor is a faith before its noun ("the Bon tradition",
//     namedafter.tsv).
func TestCorpusPilgrim(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "From the guesthouse the skete of Prodromou is a two hours' walk (7 km) north-east of Kapsala.",
			rels: []string{"Prodromou: 7 km northeast of Kapsala"}},
		{doc: "L'oratoire Saint-Gens se trouve à une heure de marche (5 km) au sud de Monteux.",
			rels: []string{"Saint-Gens: 5 km south of Monteux"}},
		{doc: "Pilgrims sleep at the shrine at Kibeho Zeru, a day's walk (24 km) from Nyanza.",
			rels: []string{"Kibeho Zeru: 24 km from Nyanza"}},
		{doc: "À une demi-journée de marche (15 km) de Mbour, le puits de Ndiass Sokhna attire les pèlerins.",
			rels: []string{"Ndiass Sokhna: 15 km from Mbour"}},
		{doc: "Families picnic at Bibi Shahr Banu, a mausoleum with a tiled porch that lies 6 km south-east of Rey.",
			rels: []string{"Bibi Shahr Banu: 6 km southeast of Rey"}},
		{doc: "The abbot also keeps Debre Sina, a chapel carved into the cliff 12 km north of Adigrat, where monks sing at dawn.",
			rels: []string{"Debre Sina: 12 km north of Adigrat"}},
		{doc: "Telavi is famous for its wine, but every August the villagers walk to the shrine of Nekresi Zemo, 14 km east of Telavi.",
			rels: []string{"Nekresi Zemo: 14 km east of Telavi"}},
		{doc: "Sighnaghi is a walled town, while the monks keep the hermitage of Bodbe Zemo, 3 km south of Sighnaghi.",
			rels: []string{"Bodbe Zemo: 3 km south of Sighnaghi"}},
		{doc: "À 8 km à l'ouest de Moissac, l'ermitage de Saint-Cirice domine la vallée du Tarn.",
			rels: []string{"Saint-Cirice: 8 km west of Moissac"}},
		{doc: "À 4 km au sud de Moulay Idriss, la zaouïa de Sidi Kacem accueille les pèlerins.",
			rels: []string{"Sidi Kacem: 4 km south of Moulay Idriss"}},
		{doc: "The lamas dance at Losar and again on Saga Dawa, the feast of the Buddha's enlightenment, near Jomsom.",
			places: []string{"Jomsom"}, not: []string{"Losar", "Saga Dawa"}},
		{doc: "The church is packed at Candlemas and on Timkat, and the fair held at Kumbh Mela draws sadhus to Haridwar.",
			places: []string{"Haridwar"}, not: []string{"Candlemas", "Timkat", "Kumbh Mela"}},
		{doc: "Crowds gather in the square on Meskel Demera, 27 September, and again on Hidar Tsion in Axum.",
			places: []string{"Axum"}, not: []string{"Meskel Demera"}},
		{doc: "Le Grand Magal attire les fidèles à Touba, et la Tabaski les ramène à Diourbel.",
			places: []string{"Touba", "Diourbel"}, not: []string{"Grand Magal", "Tabaski"}},
		{doc: "The cathedral in Guadalupe is dedicated to Saint Francis of Assisi, and the feast of Saint Lucia falls on 13 December.",
			places: []string{"Guadalupe"}, not: []string{"Saint Francis", "Saint Lucia", "Assisi"}},
		{doc: "La chapelle, consacrée à Notre-Dame de Lorette, reçoit les pèlerins à Valréas le jour de la fête de saint Antoine.",
			places: []string{"Valréas"}, not: []string{"Notre-Dame de Lorette", "Antoine"}},
		{doc: "The gompa near Kagbeni belongs to the Bon tradition, and its lama follows the Drigung lineage.",
			places: []string{"Kagbeni"}, not: []string{"Bon", "Drigung"}},
		{doc: "The chapel of Saint Thomas of Canterbury lies 4 km west of Old Goa.",
			rels: []string{"Saint Thomas of Canterbury: 4 km west of Old Goa"}, not: []string{"Canterbury"}},
		{doc: "The shrine of Our Lady of the Snows, 4 km above the village of Bormio, is visited on 5 August.",
			rels: []string{"Our Lady of the Snows: 4 km from Bormio"}, not: []string{"Snows"}},
		{doc: "La chapelle Saint-Roch, à 5 km au-dessus du village de Salers, reçoit les pèlerins le 16 août.",
			rels: []string{"Saint-Roch: 5 km from Salers"}},
		{doc: "Pilgrims crowd the basilica of Our Lady of Peace in Antipolo every May.",
			places: []string{"Antipolo"}, not: []string{"Peace"}},
		{doc: "The monastery belongs to the Eritrean Orthodox Tewahedo Church and was restored by the Knights Hospitallers in Keren.",
			places: []string{"Keren"}, not: []string{"Eritrean Orthodox Tewahedo Church", "Knights Hospitallers"}},
		{doc: "Les Fraternités monastiques de Bethléem tiennent l'hôtellerie, et la Confrérie royale de Nazareth organise la procession à Pernes.",
			places: []string{"Pernes"}, not: []string{"Bethléem", "Nazareth"}},
	})
}

// TestFeastsRead reads every row of lexicon/LANG/feasts.tsv as the last
// word of a name after a preposition: a feast, no place.
func TestFeastsRead(t *testing.T) {
	for _, l := range langs().all {
		words := l.sets[setFeasts]
		if len(words) < 10 {
			t.Fatalf("feasts.tsv: too few rows (%d)", len(words))
		}
		for w := range words {
			name := "Maha " + titleCase(w)
			doc := "The pilgrims met at " + name + " near Gao."
			if l == langs().fr {
				doc = "Les pèlerins se retrouvent pour " + name + " près de Gao."
			}
			checkCorpus(t, []example{{doc: doc, places: []string{"Gao"}, not: []string{name}}})
		}
	}
}

// TestDevotionsRead reads every row of lexicon/LANG/devotions.tsv before
// "to" or « à » and a saint's name: a dedication, no place.
func TestDevotionsRead(t *testing.T) {
	for _, l := range langs().all {
		words := l.sets[setDevotions]
		if len(words) < 4 {
			t.Fatalf("devotions.tsv: too few rows (%d)", len(words))
		}
		for w := range words {
			doc := "The church near Gao was " + w + " to Saint Albany."
			if l == langs().fr {
				doc = "L'église près de Gao fut " + w + " à Saint Albany."
			}
			checkCorpus(t, []example{{doc: doc, places: []string{"Gao"}, not: []string{"Saint Albany"}}})
		}
	}
}
