package text

import (
	"strings"
	"testing"
)

// TestCorpusCourts: court reports name a court after the town where it
// sits, with the court's kind capitalised between the town and "Court"
// (courts.tsv, courtTail): the town is a place, the words of the court
// none; a court of two states or one with no town before its words
// names none. French names a court by its noun, its kind and « de » the
// town (fr/courts.tsv, seatOfBefore), and « La Cour » capitalised before
// its kind is the court, no place (courtNameAt).
func TestCorpusCourts(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "At Derby Crown Court on Monday, Judge Shrewsbury jailed Daniel Marsh for six years.",
			places: []string{"Derby"}, not: []string{"Derby Crown Court", "Shrewsbury"}},
		{doc: "He appeared at Dingwall Sheriff Court on Friday and was remanded.",
			places: []string{"Dingwall"}},
		{doc: "The Mthatha Magistrate's Court postponed the case to 14 August.",
			places: []string{"Mthatha"}},
		{doc: "She will appear before Kirkwall Magistrates' Court next month.",
			places: []string{"Kirkwall"}},
		{doc: "The Lautoka High Court has sentenced a cane farmer to 14 years.",
			places: []string{"Lautoka"}},
		{doc: "The case was heard at Bendigo County Court last week.",
			places: []string{"Bendigo"}},
		{doc: "The Federal High Court in Abuja struck out the suit.",
			places: []string{"Abuja"}, not: []string{"Federal"}},
		{doc: "The Punjab and Haryana High Court in Chandigarh granted bail.",
			places: []string{"Chandigarh"}, not: []string{"Haryana"}},
		{doc: "Le tribunal correctionnel de Nouméa a condamné un jeune homme à trois ans de prison.",
			places: []string{"Nouméa"}},
		{doc: "Le tribunal de grande instance de Thiès a condamné deux hommes.",
			places: []string{"Thiès"}},
		{doc: "La Cour d'appel de Fès a confirmé la peine d'un homme arrêté au douar Aït Hammou Ouali, à 20 km au sud de Sefrou.",
			places: []string{"Fès"}, not: []string{"La Cour"},
			rels: []string{"Aït Hammou Ouali: 20 km south of Sefrou"}},
		{doc: "La Cour européenne des droits de l'homme a condamné la France pour la rétention d'un homme interpellé au péage de la Barrière, à 5 km à l'ouest de Menton.",
			not: []string{"La Cour"}},
		{doc: "Le tribunal du travail de Charleroi a donné raison aux ouvriers.",
			places: []string{"Charleroi"}},
	})
}

// TestCorpusLegalPersons: a French officer's rank before the name,
// elided onto its article or not (« l'adjudant Laval », « la sergente
// Lévis », offices.tsv), makes it a person's; an English home town
// between an age and a person's noun ("a 23-year-old Dubbo man",
// natives.tsv, nativeBefore) is a place, at a sentence's start too.
func TestCorpusLegalPersons(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Selon l'adjudant Laval, la victime n'a pas été identifiée.",
			not: []string{"Laval"}},
		{doc: "L'incendie a été maîtrisé, a indiqué la sergente Marie-Josée Lévis.",
			not: []string{"Marie-Josée Lévis"}},
		{doc: "Le brigadier Vienne a dressé le procès-verbal.",
			not: []string{"Vienne"}},
		{doc: "A 23-year-old Dubbo man will face court next month.",
			places: []string{"Dubbo"}},
		{doc: "Police said an 80-year-old Wick woman was taken to hospital.",
			places: []string{"Wick"}},
		{doc: "A Marfa couple won the prize.",
			places: []string{"Marfa"}},
	})
}

// TestCourtsRead reads every word of each courts.tsv in a court's name:
// English between a town and "Court" ("Kalo Crown Court"), French after
// « tribunal » and after « La Cour » capitalised, before « de » and the
// town. The town is a place, « La Cour » none.
func TestCourtsRead(t *testing.T) {
	if n := len(langs().en.sets[setCourts]); n < 20 {
		t.Fatalf("lexicon/en/courts.tsv: too few rows (%d)", n)
	}
	if n := len(langs().fr.sets[setCourts]); n < 20 {
		t.Fatalf("lexicon/fr/courts.tsv: too few rows (%d)", n)
	}
	var corpus []example
	for w := range langs().en.sets[setCourts] {
		corpus = append(corpus, example{doc: "He appeared at Kalo " + string(w[0]-'a'+'A') + w[1:] + " Court on Monday.",
			places: []string{"Kalo"}})
	}
	for w := range langs().fr.sets[setCourts] {
		corpus = append(corpus,
			example{doc: "Il a comparu devant le tribunal " + w + " de Kalo lundi.", places: []string{"Kalo"}},
			example{doc: "La Cour " + w + " de Kalo a confirmé la peine.", places: []string{"Kalo"}, not: []string{"La Cour"}})
	}
	checkCorpus(t, corpus)
}

// TestCorpusRoadAside: a police appeal places a lay-by or a named place
// on or off a road and then by its distance from a town, the road between
// the place and the comma ("a lay-by on the A17, 4 miles east of X",
// roadAsideStart): the distance places the lay-by or the named place, not
// the road.
func TestCorpusRoadAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A lorry driver was assaulted in a lay-by on the A17, 4 miles east of Sleaford, on Tuesday.",
			rels: []string{"a lay-by: 6.44 km east of Sleaford"}},
		{doc: "Officers found the car in a layby on the A96, 3 miles east of Keith.",
			rels: []string{"a layby: 4.83 km east of Keith"}},
		{doc: "A lorry driver was assaulted in a lay-by 4 miles east of Sleaford on Tuesday.",
			rels: []string{"a lay-by: 6.44 km east of Sleaford"}},
		{doc: "Troopers arrested two men at the Cross Creek checkpoint on U.S. Highway 90, 12 miles west of Uvalde, after finding 40 migrants.",
			rels: []string{"Cross Creek: 19.3 km west of Uvalde"}},
		{doc: "Police found the car at the Tarbat quarry off the A9, 4 km south of Tain.",
			rels: []string{"Tarbat: 4 km south of Tain"}},
		// A modifier between the name and its kind.
		{doc: "Troopers seized 30 kilograms of methamphetamine at the Pine Ridge weigh station on Interstate 75, 9 miles south of Tifton, on Friday.",
			rels: []string{"Pine Ridge: 14.5 km south of Tifton"}},
		// « Le corridor » is a road checkpoint in West Africa (fr/descriptors.tsv).
		{doc: "Trois hommes ont attaqué un car au corridor de Kongodékro, à 18 km au nord de Katiola.",
			rels: []string{"Kongodékro: 18 km north of Katiola"}},
	})
}

// TestCorpusNoticeNames: notices and police reports name small places
// the gazetteer lacks in forms of their own: an owner's possessive and a
// kind of two capitalised words ("Hollister's Gravel Pit", possgenerics
// pit and quarry), a French lieu-dit joined by « au » or « aux » after its
// noun (« La Combe aux Loups », auheads.tsv, auNameAt), and a Quebec
// maple farm (« l'érablière Poulin », fr/descriptors.tsv). « au » after
// any other name keeps two names apart.
func TestCorpusNoticeNames(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "He was convicted for a crash near Hollister's Gravel Pit, about 6 miles north of Buffalo, Minnesota.",
			rels: []string{"Hollister's Gravel Pit: 9.66 km north of Buffalo"}, not: []string{"Hollister"}},
		{doc: "Displaced families reached Deir el Ahmar Jdid in Lebanon's Beqaa Valley.",
			not: []string{"Lebanon's Beqaa Valley"}},
		{doc: "Police searched Dunmore's Quarry, 3 km east of Carlow.",
			rels: []string{"Dunmore's Quarry: 3 km east of Carlow"}},
		{doc: "Une enquête publique est ouverte sur une carrière au lieu-dit La Combe aux Loups, à 2,5 km au sud-ouest de Tonnerre.",
			rels: []string{"La Combe aux Loups: 2.5 km southwest of Tonnerre"}},
		{doc: "Le lieu-dit Le Pas au Loup, à 3 km au nord de Vesoul, est boisé.",
			rels: []string{"Le Pas au Loup: 3 km north of Vesoul"}},
		{doc: "L'aide de la France aux Maliens arrive par Gao.",
			not: []string{"France aux Maliens"}},
		{doc: "Un incendie est survenu samedi à l'érablière Poulin, à 6 km au sud de Saint-Georges.",
			rels: []string{"Poulin: 6 km south of Saint-Georges"}},
	})
}

// TestAuHeadsRead reads every row of lexicon/fr/auheads.tsv before « aux »
// and a capitalised word: the three words are one name.
func TestAuHeadsRead(t *testing.T) {
	set := langs().fr.sets[setAuHeads]
	if len(set) < 20 {
		t.Fatalf("fr/auheads.tsv: too few rows (%d)", len(set))
	}
	var corpus []example
	for w := range set {
		name := "La " + strings.ToUpper(w[:1]) + w[1:] + " aux Loups"
		if w[0] >= 0x80 {
			continue // « Étang », « Écluse »: an accented capital, read alike
		}
		corpus = append(corpus, example{doc: "Le lieu-dit " + name + ", à 3 km au nord de Vesoul, est boisé.",
			rels: []string{name + ": 3 km north of Vesoul"}})
	}
	checkCorpus(t, corpus)
}
