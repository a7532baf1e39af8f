package text

import "testing"

// The classes of the mining round (mine24): mining, exploration and
// resource press releases (TSX, ASX, AIM style) and French permits.

// TestCorpusMine24ModifiedKind: a kind written after a name past one or
// two lower-case words that say what it is for (modifiers.tsv:
// "exploration", "prospecting", "ore", "porphyry", "large-scale") is the
// name's kind as the kind alone is ("the Banfara exploration permit" as
// "the Banfara permit"), and "the permit", "the deposit" later stand
// for the name, even where a firm opens the text (modifiedKindAfter,
// kindNounAfter).
func TestCorpusMine24ModifiedKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Sahel Gold Ltd holds the Dalakoro exploration permit in Guinea. The permit lies 25 km east of Kouroussa.",
			rels: []string{"Dalakoro: 25 km east of Kouroussa"}},
		{doc: "Ferro Brasil Corp. owns the Serra Azul iron ore deposit in Pará. The deposit lies 60 km west of Marabá.",
			rels: []string{"Serra Azul: 60 km west of Marabá"}},
		{doc: "Luapula Copper plc signed an option over the Chembe West large-scale exploration licence. The licence is 45 km south of Mansa.",
			rels: []string{"Chembe West: 45 km south of Mansa"}},
		{doc: "Atlas Metals Inc. has filed a report on the Quebrada Seca porphyry prospect in northern Chile. The prospect lies 40 km east of Calama.",
			rels: []string{"Quebrada Seca: 40 km east of Calama"}},
		{doc: "Shannon Zinc Ltd has been granted the Ballyvarra prospecting licence. The licence is 12 km north-west of Ennis.",
			rels: []string{"Ballyvarra: 12 km northwest of Ennis"}},
		{doc: "Baltic Base Metals AB has received a concession for the Kristineberg Södra copper-zinc deposit. The deposit is 30 km east of Storuman.",
			rels: []string{"Kristineberg Södra: 30 km east of Storuman"}},
		{doc: "Lindi Graphite Ltd holds the Namangale graphite deposit. The deposit is approximately 60 km west of Lindi.",
			rels: []string{"Namangale: 60 km west of Lindi"}},
		// A kind the name is not given stays out: "the permit" after a
		// lower-case word of no table stands for no earlier name.
		{doc: "Sahel Gold Ltd holds the Dalakoro permit. The permit lies 25 km east of Kouroussa.",
			rels: []string{"Dalakoro: 25 km east of Kouroussa"}},
		{doc: "Residents of Kouroussa said the Niger river rose. The town lies 25 km east of the dam.",
			absent: []string{"Niger: 25 km east of dam"}},
	})
}

// TestCorpusMine24TitleAnaphor: a mining title's noun ("the permit",
// "the licence", "the lease") stands for the title the text named, as
// "the project" and "the tenement" do (descriptors.tsv flagged anaphor;
// kindgroups.tsv groups the words of a title), and not for the firm that
// opens the text.
func TestCorpusMine24TitleAnaphor(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nimba Gold SARL holds the Tokadeh permit. The permit lies 30 km north of Nzérékoré.",
			rels: []string{"Tokadeh: 30 km north of Nzérékoré"}, absent: []string{"Nimba Gold SARL: 30 km north of Nzérékoré"}},
		{doc: "Goldrush Resources Ltd acquired the Yundamindera tenement. The lease lies 40 km south of Laverton.",
			rels: []string{"Yundamindera: 40 km south of Laverton"}},
		{doc: "Kivu Tin SA was granted the Lemera licence in South Kivu. The licence is 50 km south-west of Uvira.",
			rels: []string{"Lemera: 50 km southwest of Uvira"}},
		{doc: "Arctic Minerals Oy applied for the Saattopora permit. The licence lies 20 km north of Kittilä.",
			rels: []string{"Saattopora: 20 km north of Kittilä"}},
	})
}

// TestCorpusMine24HoleCode: a code of capitals and digits after a noun
// of a drill hole, a trench or a sample (samples.tsv: "hole", "drill
// hole", "trench") is the hole's number, no place, though "hole" is a
// kind of place ("a water hole"); a name of words after such a noun
// stays a place (sampleCode).
func TestCorpusMine24HoleCode(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Best intercepts include 14 m @ 2.1% Cu from 62 m in hole MWRC044 at the Boorara prospect, 20 km east of Kalgoorlie.",
			rels: []string{"Boorara: 20 km east of Kalgoorlie"}, not: []string{"MWRC044"}},
		{doc: "Drill hole LK-23-07 at the Kangas prospect, 15 km south of Kolari, intersected 9.8 m at 3.2 g/t Au.",
			rels: []string{"Kangas: 15 km south of Kolari"}, not: []string{"LK-23-07"}},
		{doc: "Hole SDH-118 intersected 31 m of 1.1% Ni at Santa Rita, 30 km west of Itagibá.",
			not: []string{"Hole SDH-118", "SDH-118"}},
		{doc: "Trench TR-09 returned 12 m at 4.1 g/t gold at the Yaramoko permit, 25 km north of Houndé.",
			not: []string{"TR-09"}},
		// A water hole with a name of words is a place.
		{doc: "Herders watered their camels at the hole of Bir Anzarane, 30 km east of Dakhla.",
			places: []string{"Bir Anzarane"}},
		{doc: "The convoy stopped at well W-12, 40 km north of Tessalit.",
			rels: []string{"W-12: 40 km north of Tessalit"}},
	})
}

// TestCorpusMine24TitleCode: the letters of a mining title's number
// after the title's noun (samples.tsv: "licence", "permit", "lease") are
// the title's code, no place: "prospecting licence PL 3846", "permit EPM
// 27114" (sampleCode); a name of words there stays one. Since the title
// nouns are descriptors (TestCorpusMine24TitleAnaphor), without this the
// letters would be read as the title's name.
func TestCorpusMine24TitleCode(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Boyne prospect lies within the Company's prospecting licence PL 3990, 8 km north of Navan.",
			not: []string{"PL"}},
		{doc: "Drilling resumed on exploration permit EPM 27720, some 30 km east of Cloncurry.",
			not: []string{"EPM"}},
		{doc: "Kalahari Copper was granted licence EPL 7234 near Ghanzi.",
			not: []string{"EPL"}},
		{doc: "The company holds the licence at Ghanzi, 40 km east of the border.",
			places: []string{"Ghanzi"}},
	})
}

// TestCorpusMine24NamedHeadProperty: a name whose own last word is a
// natural kind ("River", "Creek", "Hills") before a title's noun
// ("property", "deposit", "tenement") is what "the property" later
// stands for: the noun after the name is its kind (kindAgrees).
func TestCorpusMine24NamedHeadProperty(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Abitibi Gold Inc. announces results at its Harricana River property. The property is located 30 kilometres north of Amos.",
			rels: []string{"Harricana River: 30 km north of Amos"}},
		{doc: "Pilbara Lithium Ltd has pegged the Turner Creek tenement. The tenement lies 70 km south of Port Hedland.",
			rels: []string{"Turner Creek: 70 km south of Port Hedland"}},
		{doc: "Yukon Silver Corp. drilled the Keno Hills deposit. The deposit lies 40 km north-east of Mayo.",
			rels: []string{"Keno Hills: 40 km northeast of Mayo"}},
		// A river before no such noun is still the river.
		{doc: "Abitibi Gold Inc. camped by the Harricana River. The camp is located 30 kilometres north of Amos.",
			absent: []string{"Harricana River: 30 km north of Amos"}},
	})
}
