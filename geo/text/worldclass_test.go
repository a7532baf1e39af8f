package text

import (
	"strings"
	"testing"
)

// TestCorpusWorldRelations: short reports from every continent that list
// places, name what is no place beside them, and locate a place by its
// kind, late or early in the sentence.
func TestCorpusWorldRelations(t *testing.T) {
	checkCorpus(t, []example{
		// Lists parted by semicolons, and lists closed by a conjunction of
		// several words, which may go on after a first "and".
		{doc: "Flooding hit Cebu; Tacloban; and Ormoc. The barangay of San Isidro Alto, 15 km south of Tacloban, was evacuated.",
			rels: []string{"San Isidro Alto: 15 km south of Tacloban"}, places: []string{"Cebu", "Tacloban", "Ormoc"}},
		{doc: "Residents of Chiang Mai and Chiang Rai, as well as Lampang, reported flooding.",
			places: []string{"Chiang Mai", "Chiang Rai", "Lampang"}},
		{doc: "Residents of Mosul and Erbil as well as Kirkuk reported shelling.",
			places: []string{"Mosul", "Erbil", "Kirkuk"}},
		{doc: "Des habitants de Mossoul, d'Erbil ainsi que de Kirkouk ont signalé des bombardements. Le village de Tell Hamra, à 30 km à l'est de Mossoul, a aussi été touché.",
			rels: []string{"Tell Hamra: 30 km east of Mossoul"}, places: []string{"Mossoul", "Erbil", "Kirkouk"}},
		// A religious community before the kind of place, and the kinds of
		// religious sites, read like a people and a village.
		{doc: "Located 50 km north of Kathmandu, the Buddhist monastery of Ghyang Gompa Thulo is old.",
			rels: []string{"Ghyang Gompa Thulo: 50 km north of Kathmandu"}, not: []string{"Buddhist"}},
		{doc: "The Druze village of Ein Qiniyye Tahta lies 5 km east of Majdal Shams.",
			rels: []string{"Ein Qiniyye Tahta: 5 km east of Majdal Shams"}, not: []string{"Druze"}},
		{doc: "The shrine at Kalo Dham lies 20 km west of Varanasi.",
			rels: []string{"Kalo Dham: 20 km west of Varanasi"}},
		{doc: "L'abbaye de Saint-Kalo-des-Bois se trouve à 12 km au nord de Rennes.",
			rels: []string{"Saint-Kalo-des-Bois: 12 km north of Rennes"}},
		// A month's short form between two capitalised words of a run is
		// part of a name ("Mar", a saint in Syriac); a month opening a
		// run, or one before a number, is the month.
		{doc: "Deir Mar Elias Jdid lies 12 km north of Homs.",
			rels: []string{"Deir Mar Elias Jdid: 12 km north of Homs"}},
		{doc: "The monastery of Deir Mar Musa Tahta lies 15 km east of Nabek.",
			rels: []string{"Deir Mar Musa Tahta: 15 km east of Nabek"}},
		{doc: "In March Kidal was calm. On Monday March 3 fighting hit Kalo, 20 km north of Gao.",
			rels: []string{"Kalo: 20 km north of Gao"}, not: []string{"March Kidal", "March"}},
		// A people or a nationality before the kind of place.
		{doc: "Some 25 miles west of Kandahar lies the Pashtun settlement of Deh Khwaja Sultan, where the Taliban were first organised.",
			rels: []string{"Deh Khwaja Sultan: 40.2 km west of Kandahar"}, not: []string{"Pashtun"}},
		{doc: "The Aymara community of Chua Grande, on the shores of Lake Titicaca, is about 70 km northwest of La Paz.",
			rels: []string{"Chua Grande: 70 km northwest of La Paz"}, not: []string{"Aymara"}},
		// The source of a report is no place.
		{doc: "The copper mine at Kalumbwe, 40 km northwest of Kolwezi, employs some 2,000 workers, according to Glencore.",
			rels: []string{"Kalumbwe: 40 km northwest of Kolwezi"}, not: []string{"Glencore"}},
		{doc: "According to Andrew Sydney, a geologist, the Wattle Creek homestead lies 80 km north of Alice Springs.",
			rels: []string{"Wattle Creek: 80 km north of Alice Springs"}, not: []string{"Andrew Sydney"}},
		{doc: "Selon Glencore, la mine de Kalumbwe se trouve à 40 km au nord-ouest de Kolwezi.",
			rels: []string{"Kalumbwe: 40 km northwest of Kolwezi"}, not: []string{"Glencore"}},
		// An acronym after the elided article is an organisation, and a
		// commune a verb takes as its object is the place a distance
		// after it describes; a name in capitals after « d' » is still
		// a place.
		{doc: "Le village de Kalo-Bangou se trouve à 40 km au nord d'ANSONGO.",
			rels: []string{"Kalo-Bangou: 40 km north of ANSONGO"}},
		{doc: "Les supporters de l'OM ont rallié la commune de Saint-Maurin-des-Pins, à 25 km au nord de Marseille.",
			rels: []string{"Saint-Maurin-des-Pins: 25 km north of Marseille"}, not: []string{"OM"}},
		// Kinds of place of every continent.
		{doc: "The kishlak of Oq-Bulaq, 30 km south of Khujand, has no running water.",
			rels: []string{"Oq-Bulaq: 30 km south of Khujand"}},
		{doc: "The stanitsa of Kazachya Balka, 35 km northeast of Krasnodar, was founded by Black Sea Cossacks in 1794.",
			rels: []string{"Kazachya Balka: 35 km northeast of Krasnodar"}},
		{doc: "La colonie agricole de Nueva Colmena Sur, fondée en 1923, se trouve à trois lieues au nord d'Asunción.",
			rels: []string{"Nueva Colmena Sur: 13.5 km north of Asunción"}},
		{doc: "Le kibboutz de Givat Orenim se trouve à 14 km au sud de Beersheba.",
			rels: []string{"Givat Orenim: 14 km south of Beersheba"}},
		// A name with its article right before its verb.
		{doc: "The Hacienda Huambo Chico lies two hours by road east of Arequipa.",
			rels: []string{"Hacienda Huambo Chico: east of Arequipa"}},
		{doc: "Some 12 nautical miles off Zamboanga lies the islet of Pulau Kalu-Kalu.",
			rels: []string{"Pulau Kalu-Kalu: 22.2 km from Zamboanga"}},
		{doc: "À quelque 35 km au sud-est d'Oaxaca se trouve la communauté zapotèque de San Juan Teitipac Alto.",
			rels: []string{"San Juan Teitipac Alto: 35 km southeast of Oaxaca"}, not: []string{"zapotèque"}},
		// Leagues.
		{doc: "Mission San Benito del Rio was founded in 1791, six leagues south of Monterey.",
			rels: []string{"Mission San Benito del Rio: 27 km south of Monterey"}},
	})
}

// TestSourcesRead reads every row of each sources.tsv before a name: the
// name is the source of a report, no place, where a word of no row
// leaves it one.
func TestSourcesRead(t *testing.T) {
	tpl := map[string][2]string{
		"en": {"The camp lies 20 km north of Gao, %s Tinabaw Kalo.", "in"},
		"fr": {"Le camp se trouve à 20 km au nord de Gao, %s Tinabaw Kalo.", "vers"},
	}
	for lang, x := range tpl {
		form := x[0]
		for _, f := range tableRows(t, lang+"/sources.tsv", 1) {
			doc := strings.Replace(form, "%s", f[0], 1)
			if m, ok := mentionNamed(doc, "Tinabaw Kalo"); ok && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): Tinabaw Kalo is %v, want a source", doc, m.Evidence)
			}
		}
		doc := strings.Replace(form, "%s", x[1], 1)
		if m, ok := mentionNamed(doc, "Tinabaw Kalo"); !ok || m.Evidence == EvidenceUnlikely {
			t.Errorf("Read(%q): Tinabaw Kalo is no place", doc)
		}
	}
}
