package text

import "testing"

// TestCorpusFr21 holds one text of each class French reporting of the
// twenty-first round failed on, in other words than the round's:
//   - « Un feu de forêt d'environ 300 hectares brûle depuis lundi à 30 km
//     de X »: a size with a hedge (« d'environ », « de plus de ») after
//     an event noun is skipped (sizeComplementEnd), and « brûle », «
//     fait rage » are verbs of an event (fr/events.tsv);
//   - « Un bus s'est retourné à 10 km de X »: « bus », « autobus » and
//     « car » are vehicles (fr/events.tsv);
//   - « à 10 km à la sortie est de X »: a side link before the compass
//     word, read only after a quantity (fr/distance.tsv piece side;
//     sideDirectionAt), the road out of X on that side;
//   - « Le camp de Zamzam … Y se trouve à 15 km au nord du camp »: « camp
//     » may stand for a camp named before (fr/descriptors.tsv flag
//     anaphor, as English "camp" has);
//   - « Le site de fouilles de X … Y se trouve à 40 km au sud du site »:
//     a kind noun with its complement before « de X » is the noun a later
//     « du site » stands for (kindOpensBefore), whatever kind the compound
//     gave X;
//   - « un poste de la gendarmerie à 40 km de X », « Un poste de la
//     gendarmerie nationale a été attaqué à 35 km de X »: « de la » and a
//     noun after a kind of spot (frenchSpotKind), and up to five words
//     between the kind and its verb (frenchNamelessHead);
//   - « Un taxi-brousse a fait une sortie de route à 20 km de X », « Un
//     car de transport interurbain s'est retourné à 10 km de X »: the
//     verbs of a road mishap and « taxi-brousse » (fr/events.tsv), and an
//     adjective after a complement of the vehicle (frenchNamelessHead);
//   - « dans un domaine viticole situé à 10 km de X »: an estate may be
//     a nameless place (en/descriptors.tsv flag anaphor of "estate", the
//     feature of « domaine »), and « sur la plage du lac situé à 3 km de
//     X »: a kind of spot with its complement after « du »
//     (frenchSpotKind);
//   - « Une nappe d'hydrocarbures a été repérée à 10 km en aval de X »:
//     an oil slick is an event (fr/events.tsv noun nappe, verb « a été
//     repérée »), its complement glued to « d' » (frenchNamelessHead).
func TestCorpusFr21(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un feu de forêt d'environ 450 hectares brûle depuis mardi à une vingtaine de kilomètres au sud de Lebel-sur-Quévillon.",
			rels: []string{"Un feu: 20 km south of Lebel-sur-Quévillon"}},
		{doc: "Un incendie de plus de 2 000 hectares fait rage à 15 km au nord de Digne-les-Bains.",
			rels: []string{"Un incendie: 15 km north of Digne-les-Bains"}},
		{doc: "Un bus s'est retourné samedi à 12 km à l'ouest de Tambacounda.",
			rels: []string{"Un bus s'est retourné: 12 km west of Tambacounda"}},
		{doc: "Un car s'est retourné à 25 km au sud de Kindia.",
			rels: []string{"Un car s'est retourné: 25 km south of Kindia"}},
		{doc: "L'accident s'est produit à 6 km à la sortie nord de Louga.",
			rels: []string{"L'accident: 6 km north of Louga"}},
		{doc: "Le camp de Kalma a été attaqué dimanche. Nyala se trouve à 17 km à l'ouest du camp.",
			rels: []string{"Nyala: 17 km west of Kalma"}},
		{doc: "Le site de fouilles de Kerma a livré une statue. Dongola se trouve à 35 km au sud du site.",
			rels: []string{"Dongola: 35 km south of Kerma"}},
		{doc: "Le camp de déplacés de Kalma a été bombardé. Nyala se trouve à 17 km à l'ouest du camp.",
			rels: []string{"Nyala: 17 km west of Kalma"}},
		{doc: "Des hommes armés ont attaqué un poste de la police à une trentaine de kilomètres au sud de Ménaka.",
			rels: []string{"un poste de la police: 30 km south of Ménaka"}},
		{doc: "Un poste de la gendarmerie nationale a été incendié à 18 km à l'est de Fada N'Gourma.",
			rels: []string{"Un poste de la gendarmerie nationale: 18 km east of Fada N'Gourma"}},
		{doc: "Un taxi-brousse a fait une sortie de route à une trentaine de kilomètres au nord de Fianarantsoa.",
			rels: []string{"Un taxi-brousse a fait une sortie de route: 30 km north of Fianarantsoa"}},
		{doc: "Un minibus a quitté la route à 15 km au nord de Kindia.",
			rels: []string{"Un minibus a quitté la route: 15 km north of Kindia"}},
		{doc: "Un car de transport interurbain s'est retourné à 12 km à l'est de Kaolack.",
			rels: []string{"Un car de transport interurbain s'est retourné: 12 km east of Kaolack"}},
		{doc: "Le concert aura lieu dans un domaine viticole situé à 12 km au sud de Beaune.",
			rels: []string{"un domaine viticole: 12 km south of Beaune"}},
		{doc: "La baignade est interdite sur la plage du lac située à 4 km à l'est de Lacanau.",
			rels: []string{"la plage du lac: 4 km east of Lacanau"}},
		{doc: "Une nappe d'hydrocarbures a été repérée jeudi à 8 km au large de Lorient.",
			rels: []string{"Une nappe: 8 km from Lorient"}},
	})
}

// TestFr21MountainService: « de (haute) montagne », « en montagne » tell
// the work of a service (« le peloton de gendarmerie de haute montagne de
// X », « le secours en montagne de X »), and never make X a mountain;
// « la montagne de Lure » still names one, and « l'oasis de montagne de
// Chebika » an oasis.
func TestFr21MountainService(t *testing.T) {
	for _, c := range []struct {
		doc, name string
		mountain  bool
	}{
		{"Le peloton de gendarmerie de haute montagne de Briançon est intervenu samedi.", "Briançon", false},
		{"Le secours en montagne de Cauterets a été alerté.", "Cauterets", false},
		{"Un guide de montagne de Saint-Gervais a été blessé.", "Saint-Gervais", false},
		{"La montagne de Lure domine Sisteron.", "Lure", true},
		{"L'oasis de montagne de Chebika est à 60 km de Tozeur.", "Chebika", false},
	} {
		d := Read(c.doc)
		for _, m := range d.Mentions {
			if m.Name == c.name && (m.Feature == "mountain") != c.mountain || m.Name == "Chebika" && m.Feature != "oasis" {
				t.Errorf("%q: %s has feature %q, want mountain %v", c.doc, c.name, m.Feature, c.mountain)
			}
		}
	}
}
