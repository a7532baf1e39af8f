package text

import "testing"

// TestOrgs24Class holds the classes of the orgs24 round: firms and
// agencies named in accident and mining reports, that the reader listed
// as places the gazetteer does not know.
//   - "the licence of Adansi Gold Resources", "the offices of the Rural
//     Roads Agency": a name of two or more words ending in an
//     organisation's word (orgwords.tsv) after a kind and "of" is the
//     owner of the kind, no place the kind names (ownerAfterOf); a town
//     after the kind stays one ("the town of Kenema").
//   - "Khan Resources was awarded the licence in 2007. The deposit lies
//     110 km north of Choibalsan": an organisation's name (orgWordEnds)
//     as a clause's subject holds what the clause places and is no topic
//     an anaphor stands for (orgSubject), as a firm named with its legal
//     form is not.
//   - « Le Centre national d'action antimines », « l'Office régional de
//     mise en valeur agricole »: a capitalised noun followed by a
//     lower-case adjective of an institution's reach (lexicon/fr/scopes.tsv)
//     opens a body's name (scopeAfter).
//   - "Zambia Consolidated Copper Mines": "Consolidated" makes a name a
//     firm's (orgwords.tsv), as "Holdings" does.
func TestOrgs24Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The ministry suspended the licence of Adansi Gold Resources after a pit collapsed near Obuasi.",
			not: []string{"Adansi Gold Resources"}, places: []string{"Obuasi"}},
		{doc: "Workers at the camp of the Rural Roads Agency, 20 km east of Tamale, went on strike.",
			not: []string{"Rural Roads Agency"}, absent: []string{"Rural Roads Agency: 20 km east of Tamale"}},
		{doc: "Police sealed the concession of Kivu Mining Corporation near Bukavu.",
			not: []string{"Kivu Mining Corporation"}, places: []string{"Bukavu"}},
		{doc: "Khan Resources was awarded the licence in 2007. The deposit lies near Mardai, about 110 km north of Choibalsan.",
			absent: []string{"Khan Resources: 110 km north of Choibalsan", "Khan Resources: near Mardai"}},
		{doc: "Kibali Gold Holdings was granted the permit in 2015. The concession lies 40 km west of Watsa.",
			absent: []string{"Kibali Gold Holdings: 40 km west of Watsa"}},
		{doc: "Le Centre national d'action antimines a déclaré que des démineurs ont retiré 30 mines près du village de Phum Thmei, à 15 km au nord de Kampong Cham.",
			rels: []string{"Phum Thmei: 15 km north of Kampong Cham"}, not: []string{"Le Centre", "Centre"}},
		{doc: "L'Office régional de mise en valeur agricole a installé une pompe à Oulad Saïd, à 12 km au sud de Ouarzazate.",
			rels: []string{"Oulad Saïd: 12 km south of Ouarzazate"}, not: []string{"Office", "L'Office"}},
		{doc: "Selon le Bureau fédéral des enquêtes, le camion venait de Kouka, à 25 km à l'est de Dédougou.",
			rels: []string{"Kouka: 25 km east of Dédougou"}, not: []string{"Bureau"}},
		{doc: "Khan Resources said the shares were bought from Zambia Consolidated Copper Mines in 2019.",
			not: []string{"Zambia Consolidated Copper Mines"}},
		// negative cases: places after a kind, as subjects and before a
		// lower-case adjective stay places
		{doc: "Rescuers reached the town of Kenema, 25 km east of Blama.",
			rels: []string{"Kenema: 25 km east of Blama"}},
		{doc: "Morgenster Mission was opened in 1902, 20 km south-east of Masvingo.",
			rels: []string{"Morgenster Mission: 20 km southeast of Masvingo"}},
		{doc: "Sea Bank is a village 5 km north of Galle.",
			rels: []string{"Sea Bank: 5 km north of Galle"}},
		{doc: "Le village de Kalo, à 20 km au nord de Gao, est national par sa taille.",
			rels: []string{"Kalo: 20 km north of Gao"}},
	})
}

// TestOrgs24DatelineAgencyClass: the name in a dateline's brackets before
// its dash is the agency or paper that filed the story, "Harare (New
// Ziana) -", "KAMPALA (New Vision) —": it is Doubtful (datelineAgency), so
// the resolver lists it only if the gazetteer knows it ("GOMA (North
// Kivu) -"). A bracket far into a sentence, or with no dash after it,
// is no dateline's.
func TestOrgs24DatelineAgencyClass(t *testing.T) {
	checkDoubtful(t, false, []doubtfulCase{
		{"Harare (New Ziana) - A buying centre opened at Mayfair Siding, 40 km west of Kadoma.", "New Ziana", true},
		{"KAMPALA (New Vision) — A boat capsized near Kasensero, 20 km south of Masaka.", "New Vision", true},
		{"Bukavu, 12 mai (Kivu Matin) - Une attaque a visé Lodjo, à 40 km au nord de Bunia.", "Kivu Matin", true},
		// negative cases: a bracket with no dash, or well into the text
		{"Rescuers reached Goma (North Kivu) on Sunday after the quake.", "North Kivu", false},
		{"The boat left Kasensero for Bukakata and reached Masaka (Uganda) - a day late.", "Uganda", false},
	})
}

// TestOrgs24FrenchBodiesClass holds the French classes of the orgs24
// round's later texts.
//   - « La Générale des carrières et des mines », « la Compagnie Générale
//     des Eaux »: capitalised, « Générale » makes a name a firm's
//     (lexicon/fr/orgwords.tsv), no place a distance places.
//   - « l'appareil revenait de Korhogo », « les blessés revenaient de
//     Ferkessédougou »: the imperfect and present of « revenir » and «
//     rentrer » before « de » name the place one comes back from
//     (lexicon/fr/origins.tsv), as « venait de » does.
func TestOrgs24FrenchBodiesClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La Générale des carrières et des mines a signalé l'effondrement d'un puits près de Musonoi, à 6 km au sud de Kolwezi.",
			rels: []string{"Musonoi: 6 km south of Kolwezi"}, not: []string{"La Générale", "Générale"}},
		{doc: "La Générale des Eaux a coupé l'eau à Kalo, à 20 km au nord de Gao.",
			rels: []string{"Kalo: 20 km north of Gao"}, not: []string{"La Générale des Eaux", "Générale des Eaux"}},
		{doc: "Ivoire Hélico a précisé que l'appareil revenait de Korhogo.",
			places: []string{"Korhogo"}},
		{doc: "Les blessés revenaient de Ferkessédougou quand le car s'est renversé.",
			places: []string{"Ferkessédougou"}},
		{doc: "Le ministre rentrait de Dakar lundi.",
			places: []string{"Dakar"}},
		// negative case: « de » after a noun says nothing
		{doc: "Le maire de Gao revenait du marché.",
			places: []string{"Gao"}, not: []string{"Générale"}},
	})
}
