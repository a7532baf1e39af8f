package text

import "testing"

// TestLead34bHolidays: a holiday's name ending in "Day" or "Eve"
// (feasts.tsv) is a time, no place, and the town it may open is not
// mapped from it ("Waitangi Day").
func TestLead34bHolidays(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "On Boxing Day the road to Kaikoura reopened.", places: []string{"Kaikoura"}, not: []string{"Boxing Day"}},
		{doc: "Crowds gathered for Waitangi Day at Paihia.", places: []string{"Paihia"}, not: []string{"Waitangi Day"}},
		{doc: "The ferry to Rottnest sailed on Australia Day and on New Year's Eve.", not: []string{"Australia Day", "New Year's Eve"}},
	})
}

// TestLead34bReflexivePlaceVerbs: a French verb of place written with its
// elided pronoun before a late subject reads the kind and its name (« À 4
// km au sud-ouest de Cilaos s'accroche l'îlet Calumet »), and « se niche »,
// « se blottit », « s'accroche » are verbs of place (verbs.tsv).
func TestLead34bReflexivePlaceVerbs(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "À 5 km au nord de Salazie s'accroche l'îlet Morne.", rels: []string{"Morne: 5 km north of Salazie"}},
		{doc: "À une dizaine de kilomètres à l'est de Hell-Bourg s'élève l'îlet Bananes.", rels: []string{"Bananes: 10 km east of Hell-Bourg"}},
		{doc: "À 6 km à l'ouest de Tende se niche le hameau de Granile.", rels: []string{"Granile: 6 km west of Tende"}},
		{doc: "Le hameau de Cabanes se blottit à 3 km au sud de Saorge.", rels: []string{"Cabanes: 3 km south of Saorge"}},
	})
}

// TestLead34bLetters: the names of a letter's salutation ("Dear Mum and
// Dad,", « Chère Awa, ») and of its close ("Love, Sophie", « Bises, Awa »)
// are persons, and the close's word is no place.
func TestLead34bLetters(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Dear Mum and Dad, I am writing from a guesthouse in Trongsa. Love, Sophie",
			places: []string{"Trongsa"}, not: []string{"Dear Mum", "Mum", "Dad", "Love", "Sophie"}},
		{doc: "Dear Tom, we reached Mbeya on Friday. Write soon. Cheers, Ellen.",
			places: []string{"Mbeya"}, not: []string{"Dear Tom", "Tom", "Cheers", "Ellen"}},
		{doc: "Chère Awa, nous sommes arrivés à Kayes hier soir. Bises, Marie",
			places: []string{"Kayes"}, not: []string{"Chère Awa", "Awa", "Bises", "Marie"}},
		{doc: "Dear friends, the well at Tabarak, 12 km north of Gao, is dry. Love, Ellen",
			rels: []string{"Tabarak: 12 km north of Gao"}, not: []string{"Love", "Ellen"}},
	})
}

// TestLead34bDenominations: a church's denomination before a noun of its
// body or house ("the Moravian mission", "a Baptist chapel") is no place.
func TestLead34bDenominations(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We were met at Tukuyu by a nurse from the Moravian mission.", places: []string{"Tukuyu"}, not: []string{"Moravian"}},
		{doc: "The Baptist hospital at Yakusu treated the wounded.", not: []string{"Baptist"}},
	})
}

// TestLead34bDivisionBodyAfter: a division's adjective and a noun of its
// body or people after a name (divisionadjs.tsv, divisionbodies.tsv:
// "Hiiraan regional officials said") make the name a division's, even
// opening the sentence.
func TestLead34bDivisionBodyAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Hiiraan regional officials said seven militants were killed.", places: []string{"Hiiraan"}},
		{doc: "Sool regional authorities closed the road to Las Anod.", places: []string{"Sool", "Las Anod"}},
		{doc: "Ifugao provincial government staff reached Banaue on foot.", places: []string{"Ifugao", "Banaue"}},
	})
}

// TestLead34bNameOpensKind: "the ranch" stands for a name that a word of
// another language of its group opens ("Rancho de Las Ánimas",
// kindgroups.tsv), as "the hacienda" for "Hacienda X".
func TestLead34bNameOpensKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Tradition holds that the Rancho San Lorenzo was founded in 1790 by a Basque captain. The ranch stands some 30 km north of Jiménez.",
			rels: []string{"Rancho San Lorenzo: 30 km north of Jiménez"}},
		{doc: "The Finca La Esperanza grows coffee on the slopes. The farm lies 12 km east of Matagalpa.",
			rels: []string{"Finca La Esperanza: 12 km east of Matagalpa"}},
	})
}

// TestLead34bPlacingRelative: a relative clause whose subject, a source,
// places the name before it ("X, which older maps put 35 miles north-west
// of Y", « X, que les cartes placent entre 35 et 40 km de Y »;
// placings.tsv) gives the distance to the name.
func TestLead34bPlacingRelative(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "He kept a cabin at Chisana Bar, which older maps put 30 miles south of Northway.", rels: []string{"Chisana Bar: 48.3 km south of Northway"}},
		{doc: "We camped at Kalamba, which the survey places 12 km east of Mongu.", rels: []string{"Kalamba: 12 km east of Mongu"}},
		{doc: "Nous avons campé au Saut Pararé, que les cartes de l'IGN placent entre 20 et 25 km au nord de Saül.", rels: []string{"Saut Pararé: 20-25 km north of Saül"}},
	})
}

// TestLead34bFrenchObjectWay: « du campement par la piste » is the camp
// named before, the way the distance is measured along set after it, as
// "of the camp by road"; a quarry's French names are kinds
// (« ardoisière »), and a diary's « Bivouac » or « Crevaison » opens no
// name (stopcaps.tsv).
func TestLead34bFrenchObjectWay(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Montez au campement de Day-Bada. Randa se trouve à 15 km au sud du campement par la piste.", rels: []string{"Randa: 15 km south of Day-Bada"}},
		{doc: "Le sentier mène au Trou-Lizet, ancienne ardoisière à 4 km au nord de Herbeumont.", rels: []string{"Trou-Lizet: 4 km north of Herbeumont"}},
		{doc: "Bivouac au pied des dunes. Crevaison à Ouallam, réparée en une heure.", places: []string{"Ouallam"}, not: []string{"Bivouac", "Crevaison"}},
	})
}

// TestLead34bFrontedTownSubject: "the city" or "the town" opening the next
// sentence stands for the town a fronted "In X," set the last one in, not
// for a country named inside it (townBefore, frontedSetting).
func TestLead34bFrontedTownSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "In Ghat, officials told the UN Support Mission in Libya that the road was closed. The town lies 120 km south of Awbari.",
			rels: []string{"Ghat: 120 km south of Awbari"}, absent: []string{"Libya: 120 km south of Awbari"}},
	})
}

// TestLead34bLegUpTheValley: a further leg that goes up, down or along
// "the" valley, river or track the text is in ends its clause there ("10
// km further north up the valley"); a Sami herding community ("sameby") is
// a body, no place.
func TestLead34bLegUpTheValley(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The path reaches Alesjaure, 30 km north of Abisko. Tjäktja hut stands 12 km further south up the valley.",
			rels: []string{"Tjäktja: 12 km south of Alesjaure"}},
		{doc: "We camped at Sar Pass, 20 km east of Kasol. Biskeri lies 6 km further east along the ridge.",
			rels: []string{"Biskeri: 6 km east of Sar Pass"}},
		{doc: "The herders of Laevas sameby move their reindeer past Kiruna in May.", not: []string{"Laevas"}},
	})
}

// TestLead34bEthiopianSaints: "Abune" opens an Ethiopian saint's name
// (saints.tsv), so "the church of Abune Yemata in Hawzen" names the
// saint, and the town is Hawzen.
func TestLead34bEthiopianSaints(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We walked up to the church of Abune Yemata in Hawzen.", places: []string{"Hawzen"}, not: []string{"Abune Yemata"}},
	})
}

// TestLead34bLongInsert: a phrase of up to insertLook words set between a
// fronted distance and its verb delays the late subject without being it.
func TestLead34bLongInsert(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Some 30 km west of Ghanzi, at the end of a deep sand track passable only by four-wheel drive, lies Xade.",
			rels: []string{"Xade: 30 km west of Ghanzi"}},
	})
}

// TestLead34bBodiesByForm: a compound word for an association
// (orgsuffixes.txt: "Turistföreningen", "Alpenverein") and a name ending
// in "First Nation" make the name a body's, no place; "Lost Nation", a
// town, stays one.
func TestLead34bBodiesByForm(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "There is a simple Svenska Turistföreningen cabin at Sälka, 12 km north of Singi.",
			rels: []string{"Sälka: 12 km north of Singi"}, not: []string{"Svenska Turistföreningen"}},
		{doc: "We slept at the Deutscher Alpenverein hut above Oberstdorf.", not: []string{"Deutscher Alpenverein"}},
		{doc: "Elders of the Kwanlin Dün First Nation met in Whitehorse.", places: []string{"Whitehorse"}, not: []string{"Kwanlin Dün First Nation"}},
		{doc: "We drove through Lost Nation on the way to Clinton.", places: []string{"Lost Nation", "Clinton"}},
	})
}
