package text

import "testing"

// TestAsia24DatelineNativeScript holds the class of news datelines from
// East and Southeast Asia that give the town's own name, in a script
// without capitals, in brackets after its romanisation: "Kunming (昆明) —
// Archaeologists …", "Hat Yai (หาดใหญ่) - Police …". The bracket is the
// name again, no region nor agency, so the line is a dateline
// (countryDatelineEnd, nativeScript): its town is the text's topic ("the
// city") and does not swallow the sentence after it. A bracket in Latin
// letters is still a region ("Kunming (Yunnan) —") or an agency.
func TestAsia24DatelineNativeScript(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Kunming (昆明) — Archaeologists found a Han-era kiln at Beiyaotou, 20 km east of the city.",
			rels: []string{"Beiyaotou: 20 km east of Kunming"}, not: []string{"Archaeologists"}},
		{doc: "Hat Yai (หาดใหญ่) - Police raided a rubber farm in Ban Khlong Wa, 30 km south of the city, on Monday.",
			rels: []string{"Ban Khlong Wa: 30 km south of Hat Yai"}},
		{doc: "Xi'an (西安) — Des ouvriers ont mis au jour un four près du village de Sanliqiao, à 15 km au nord de Xi'an.",
			rels: []string{"Sanliqiao: 15 km north of Xi'an"}, absent: []string{"Xi'an: 15 km north of Xi'an"}},
		{doc: "Mandalay (မန္တလေး) – Monks at the Sagyin monastery, 25 km north of the city, asked for rice.",
			rels: []string{"Sagyin: 25 km north of Mandalay"}},
		{doc: "Kunming (Yunnan) — Archaeologists found a kiln at Beiyaotou, 20 km east of the city.",
			rels: []string{"Kunming: in Yunnan", "Beiyaotou: 20 km east of Kunming"}},
	})
}

// TestAsia24HeadingPlace holds the class of headlines that open a
// document with the country or town they are about, a colon and a
// sentence: "Myanmar: the Bawdupa camp … holds 4,000 people", « Laos :
// le village de Ban Na … a été inondé ». The name is a place
// (headingPlace), not the label of a field; a common word ("Update:"),
// a field's label (« Itinéraire : »), an acronym ("OCHA:") and a title
// without a verb stay labels.
func TestAsia24HeadingPlace(t *testing.T) {
	for _, tt := range []struct {
		doc, name string
		want      Evidence
	}{
		{"Myanmar: the Bawdupa camp, 8 km north of Sittwe, holds 4,000 people.", "Myanmar", EvidencePreposition},
		{"Laos : le village de Ban Na, à 30 km au nord de Paksé, a été inondé.", "Laos", EvidencePreposition},
		{"Cambodge : des pluies torrentielles ont coupé la route de Kratie.", "Cambodge", EvidencePreposition},
		{"Mindanao: Soldiers clashed with rebels near Sitio Lumot, 20 km west of Marawi.", "Mindanao", EvidencePreposition}, // a dateline, as before
		{"Birmanie : Des combats ont éclaté près de Lashio.", "Birmanie", EvidencePreposition},
		{"Update: the camp at Kouri, 20 km north of Mopti, was flooded.", "Update", Evidence(-1)},
		{"Itinéraire : Ouagadougou, puis Banfora.", "Itinéraire", Evidence(-1)},
		{"OCHA: Floods have displaced 3,000 people near Beledweyne.", "OCHA", Evidence(-1)},
		{"Nigeria: Flash floods in Adamawa State", "Nigeria", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
	checkCorpus(t, []example{
		{doc: "Myanmar: the Bawdupa camp, 8 km north of Sittwe, holds 4,000 people.",
			rels: []string{"Bawdupa: 8 km north of Sittwe"}, absent: []string{"Myanmar: 8 km north of Sittwe"}},
	})
}

// TestAsia24AgencyAcronym holds the class of a state's or town's name
// before the acronym of an agency that serves it: "the East Java BPBD
// said", "the Texas DPS", "Kelantan JKR officials". The acronym is no
// part of the name (agencyAcronymAt), which is the place; a US state's
// code stays in a name ("Washington DC") and an acronym inside an
// organisation's longer name is left alone.
func TestAsia24AgencyAcronym(t *testing.T) {
	for _, tt := range []struct {
		doc, name string
		want      Evidence
	}{
		{"The Aceh BPBD said the road to Lamno was cut.", "Aceh", EvidenceCapitalised},
		{"The Aceh BPBD said the road to Lamno was cut.", "BPBD", EvidenceUnlikely},
		{"Kelantan JKR officials inspected the bridge at Kuala Krai.", "Kelantan", EvidenceCapitalised},
		{"Troopers of the Texas DPS arrested the driver near Alpine.", "Texas", EvidenceCapitalised},
		{"The Al-Hol IDP camp is 45 km east of Al-Hasakah.", "Al-Hol", EvidenceRelation},
		{"The Central Java BMKG warned of high waves.", "Central Java", EvidenceCapitalised},
		{"He flew to Washington DC on Monday.", "Washington DC", EvidencePreposition},
		{"He flew to Washington DC on Monday.", "Washington", Evidence(-1)},
		{"The Aceh BPBD Office said the road was cut.", "Aceh", Evidence(-1)},
	} {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
}

// TestAsia24DoubleHyphenDateline holds the class of datelines whose dash
// is typed as two hyphens, as wire copy in ASCII writes it: "GUILIN --
// Tourists were evacuated …", "Dumaguete -- Fishermen …". The line is a
// dateline as with "—" (datelineDash, dashEnd): the town is the topic
// ("the city"), and the word after the dash opens a sentence. A hyphen
// inside a name ("PORT-AU-PRINCE") and a lone dash stay as before.
func TestAsia24DoubleHyphenDateline(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "GUILIN -- Tourists were evacuated from Xingping, a riverside village some 30 km south of the city.",
			rels: []string{"Xingping: 30 km south of GUILIN"}, not: []string{"Tourists"}},
		{doc: "Dumaguete -- Fishermen found the wreck off Poblacion Dauin, 15 km south of the city, on Sunday.",
			rels: []string{"Poblacion Dauin: 15 km south of Dumaguete"}, not: []string{"Fishermen"}},
		{doc: "Kota Kinabalu (亚庇) -- Rangers said a herd was seen near Kampung Tudan, 40 km east of the city.",
			rels: []string{"Kampung Tudan: 40 km east of Kota Kinabalu"}},
		{doc: "GOMA - Fighting resumed near Kibumba, 25 km north of the city.",
			rels: []string{"Kibumba: 25 km north of GOMA"}},
	})
}

// TestAsia24DivisionAfter holds the class of the divisions of Mongolia
// written in lower case after their names: "Bulgan soum", "Bayan-Uul
// sum", "Khövsgöl aimag"
// (lexicon/en/kindsafter.tsv, descriptors.tsv, admin.txt). The word
// gives the name its kind, so a distance set off after it places the
// division; "sum" is read so only after a name, never as the English
// word ("a large sum").
func TestAsia24DivisionAfter(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Herders in Bulgan soum, 80 km south of Khovd, lost half their goats to the dzud.",
			rels: []string{"Bulgan: 80 km south of Khovd"}},
		{doc: "Wolves killed sheep in Tsogt-Ovoo sum, some 110 km north-west of Dalanzadgad.",
			rels: []string{"Tsogt-Ovoo: 110 km northwest of Dalanzadgad"}},
		{doc: "Nomads moved to Tsagaan-Uur in Khövsgöl aimag, about 100 km north of Mörön.",
			rels: []string{"Tsagaan-Uur: in Khövsgöl", "Tsagaan-Uur: 100 km north of Mörön"}},
		{doc: "Traders paid a large sum for the Kayes cattle.",
			not: []string{"Kayes cattle"}},
	})
}
