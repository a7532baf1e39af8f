package text

import "testing"

// TestUnres25StaffClass holds the first class of the unres25 round (names
// of bodies left as unresolved places): a bare name after "from" or "of"
// (« de », « du », « des », « d' ») and a noun of an organisation's staff
// (staffnouns.tsv), or joined by "and" (« et ») to one that is, names
// the body that employs them: "staff from Oxfam", "Volunteers from
// Inkaterra and PromPerú", « des techniciens de Digicel et de l'EDH »
// (staffOf). A bare name before a noun of a body's premises
// (premises.tsv: "at the Ker Kwaro Acholi offices") is read so too. The
// name is Doubtful: the resolver maps it where the gazetteer knows it
// ("volunteers from Gulu") and lists it as no unresolved place where it
// does not. Nouns of people from a place ("residents from X") leave it
// a plain place.
func TestUnres25StaffClass(t *testing.T) {
	checkDoubtful(t, true, []doubtfulCase{
		{"Technicians from Safelink repaired the pump on Monday.", "Safelink", true},
		{"The water was trucked in by staff from Medair and Tearfund last week.", "Tearfund", true},
		{"The water was trucked in by staff from Medair and Tearfund last week.", "Medair", true},
		{"Engineers from Kalopa Energy arrived on Tuesday.", "Kalopa Energy", true},
		{"Volunteers from Gulu joined the clean-up.", "Gulu", true},
		{"Des techniciens de la Sotrama et de l'Onatel sont arrivés mardi.", "Sotrama", true},
		{"Des techniciens de la Sotrama et de l'Onatel sont arrivés mardi.", "Onatel", true},
		{"Les bénévoles d'Emmaüs ont distribué des repas.", "Emmaüs", true},
		{"Protesters gathered outside the Kenol headquarters on Friday.", "Kenol", true},
		{"We met the elders at the Ntare offices in the morning.", "Ntare", true},
		{"Queues formed outside the Nakumatt supermarket.", "Nakumatt", true},
		// negative cases: people from a place, or a place after a verb
		{"Residents from Kalo fled to Gao on Sunday.", "Kalo", false},
		{"Staff moved to Tamale on Monday.", "Tamale", false},
		{"Les habitants de Tampèlga ont fui vers Kaya.", "Tampèlga", false},
		{"The office of Kalo, a village 20 km east of Gao, was burned.", "Kalo", false},
	})
}

// TestUnres25PressClass: a name that ends in a newspaper's word
// (orgwords.tsv: "Gazette", "Tribune", "Courier", "Herald", "Chronicle",
// « Nouvelliste ») is the paper, no place, though it bears a town's name
// ("Stornoway Gazette", "Cameroon Tribune", « Le Nouvelliste »).
func TestUnres25PressClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The Kisumu Herald said three people died in Ahero.", not: []string{"Kisumu Herald"}, places: []string{"Ahero"}},
		{doc: "Gulf Chronicle — A fire destroyed the market in Sohar.", not: []string{"Gulf Chronicle"}, places: []string{"Sohar"}},
		{doc: "According to the Banjul Courier, the ferry sank near Barra.", not: []string{"Banjul Courier"}},
		{doc: "Selon Le Nouvelliste, l'école de Jacmel a rouvert.", not: []string{"Le Nouvelliste"}},
		{doc: "BAMENDA (Cameroon Tribune) – Des pluies ont coupé la route à Bali.", not: []string{"Cameroon Tribune"}},
	})
}

// TestUnres25CreditClass: a name after a word of a credit line
// (creditlabels.tsv) and "by", « par » or a colon is who wrote, edited or
// shot the piece, a person's however much it reads like a place's
// ("Wells", "Hill", "Falls"): "Reporting by Sandra Wells; Editing by
// Tom Hill", "Text: Anna Falls", « Texte : Marie Laplace », and the
// contact a release names: "Media queries: Ruth Hill" (creditBefore).
// A person named with a role in an apposition after "our" or "their" is
// read so too ("Tom Wells, our features editor,"; roleApposition).
func TestUnres25CreditClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Floods cut the road to Moroto. Reporting by John Hill; Editing by Mary Springs.", not: []string{"John Hill", "Mary Springs"}, places: []string{"Moroto"}},
		{doc: "The clinic reopened in Lodwar. Text: Anna Falls. Photos: Peter Wells.", not: []string{"Anna Falls", "Peter Wells"}},
		{doc: "The well was dug near Kitgum, photos by Carol Wells.", not: []string{"Carol Wells"}},
		{doc: "Le puits a été creusé à Dori. Texte : Marie Laplace.", not: []string{"Marie Laplace"}},
		{doc: "Tom Wells, our features editor, visited Moroto in May.", not: []string{"Tom Wells"}, places: []string{"Moroto"}},
		{doc: "Jane Hill, their regional editor, drove to Arua.", not: []string{"Jane Hill"}},
		// the contact a release names for the press
		{doc: "The trail opens near Kenmare in May. Media queries: Ruth Hill, Tourism Kerry.", not: []string{"Ruth Hill"}},
		{doc: "Crews reached Wajir on Monday. Press enquiries: Tom Wells.", not: []string{"Tom Wells"}},
		{doc: "Le camp ouvre près de Dori. Renseignements : Paul Laplace, mairie de Dori.", not: []string{"Paul Laplace"}},
		// negative cases: a place after a credit word that is no label
		{doc: "The photos were taken in Tunbridge Wells.", places: []string{"Tunbridge Wells"}},
		{doc: "Kalo, our base camp, lies 12 km north of Gao.", rels: []string{"Kalo: 12 km north of Gao"}},
	})
}

// TestUnres25BulletinTitleClass: a title in capitals of two words or more
// that holds a bulletin's word (bulletins.tsv: "update", "bulletin",
// « communiqué ») before a dash is the bulletin's title, no dateline
// naming a town (datelineName): "NGO UPDATE — Cusco region", "HEALTH
// UPDATE – Kasaï". A town in capitals before the dash stays a dateline.
func TestUnres25BulletinTitleClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "HEALTH UPDATE – Cholera cases rose in Tshikapa this week.", not: []string{"HEALTH UPDATE"}, places: []string{"Tshikapa"}},
		{doc: "PARTNER BULLETIN — Floods cut the road to Dadu on Monday.", not: []string{"PARTNER BULLETIN"}, places: []string{"Dadu"}},
		{doc: "CLUSTER UPDATES — Rains damaged 40 shelters near Bentiu.", not: []string{"CLUSTER UPDATES"}},
		{doc: "COMMUNIQUÉ CONJOINT – Les pluies ont coupé la route de Kaya.", not: []string{"COMMUNIQUÉ CONJOINT"}},
		// negative case: a town's dateline stays
		{doc: "PORT MORESBY — Floods cut the road to Lae on Monday.", places: []string{"PORT MORESBY"}},
		{doc: "POINT FORTIN — Oil washed ashore near La Brea on Monday.", places: []string{"POINT FORTIN"}},
	})
}

// TestUnres25FrenchTitleClass: a name set off by commas after a French
// role and what it is of is a person's (frenchRoleBefore), with the role
// written with a capital as a customary title is ("Le Lamido de
// Ngaoundéré, Mohamadou Hayatou, a reçu"; offices.tsv: « lamido », «
// djaoro »), and a name of two words or more may close the sentence
// instead of a comma ("reçue par le sultan de Zinder, Aboubacar Sanda.").
// The place the title is of stays a place.
func TestUnres25FrenchTitleClass(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le Lamido de Rey-Bouba, Aboubakary Abdoulaye, a reçu les éleveurs à Tcholliré.", not: []string{"Aboubakary Abdoulaye"}, places: []string{"Tcholliré"}},
		{doc: "La délégation a été reçue à Zinder par le sultan de Damagaram, Aboubacar Sanda.", not: []string{"Aboubacar Sanda"}, places: []string{"Zinder"}},
		{doc: "Le Djaoro de Mbé, Oumarou Bello, a demandé des vivres pour Ngaoundal.", not: []string{"Oumarou Bello"}},
		{doc: "À Kaya, le Préfet de la province, Issa Sawadogo, a salué les secouristes.", not: []string{"Issa Sawadogo"}, places: []string{"Kaya"}},
		// negative case: a place after a comma that no role comes before
		{doc: "Les déplacés ont quitté Djibo pour Kaya, Kongoussi.", places: []string{"Kongoussi"}},
	})
}
