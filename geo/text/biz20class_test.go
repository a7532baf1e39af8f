package text

import "testing"

// TestBiz20SizeBeforeKind holds business items whose site, an object with
// an article, carries a size or a cost between the article and its kind:
// a number, a currency mark and the words of measures.tsv and
// quantities.tsv count as none of the four modifiers the phrase may have
// (quantityBefore), and "its" or "their" open a firm's new site.
func TestBiz20SizeBeforeKind(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Work has begun on a 400 kV substation 12 km north of Marsabit.",
			rels: []string{"a 400 kV substation: 12 km north of Marsabit"}},
		{doc: "Plans were filed for a US$800 million data center 15 km south of Eagle Mountain.",
			rels: []string{"a US$800 million data center: 15 km south of Eagle Mountain"}},
		{doc: "Construction of a 1.2 million square foot distribution center 8 km north of Paris starts in May.",
			rels: []string{"a 1.2 million square foot distribution center: 8 km north of Paris"}},
		{doc: "Work started on a €450m cement plant 30 km south of Kano last week.",
			rels: []string{"a €450m cement plant: 30 km south of Kano"}},
		{doc: "The carmaker opened its first overseas assembly plant 100 km north of Jeddah.",
			rels: []string{"its first overseas assembly plant: 100 km north of Jeddah"}},
	})
}

// TestBiz20SiteKinds holds the sites of firms that kindsafter.tsv names in
// two words ("data centre", "fulfilment centre", "processing plant"), so
// that the words before them may be the phrase's modifiers.
func TestBiz20SiteKinds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Permits were granted for a new iron ore processing plant 20 km north of Parauapebas.",
			rels: []string{"a new iron ore processing plant: 20 km north of Parauapebas"}},
		{doc: "The retailer will open a large regional fulfilment centre 5 km south of Doncaster.",
			rels: []string{"a large regional fulfilment centre: 5 km south of Doncaster"}},
		{doc: "Approval was given for a hyperscale data centre campus 6 km north of Ennis.",
			rels: []string{"a hyperscale data centre campus: 6 km north of Ennis"}},
	})
}

// TestBiz20SiteObject holds a firm's name as the clause's subject and its
// new site, the object, right before the distance: the distance places
// the site (siteObject), unless a verb of place or an opening participle
// says the phrase tells where the subject is.
func TestBiz20SiteObject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Scatec has reached financial close on a solar farm 18 km west of Upington.",
			rels:   []string{"a solar farm: 18 km west of Upington"},
			absent: []string{"Scatec: 18 km west of Upington"}},
		{doc: "Walmart will open a distribution center 8 km north of Paris, Texas.",
			rels:   []string{"a distribution center: 8 km north of Paris"},
			absent: []string{"Walmart: 8 km north of Paris"}},
		{doc: "Green Datacenter ouvrira un nouveau centre de données à 5 km au nord de Lausanne.",
			rels: []string{"un nouveau centre de données: 5 km north of Lausanne"}},
		{doc: "Kona lies on a farm 5 km north of Mopti.",
			rels: []string{"Kona: 5 km north of Mopti"}},
	})
}

// TestBiz20FrenchSites holds French business items: « futur » is an
// adjective and « sera » a verb of place of a nameless subject, « centre
// de données » and « cimenterie » are kinds of place, and a size in m²
// after the kind stands between it and the distance.
func TestBiz20FrenchSites(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La future usine de batteries sera implantée à 12 km au sud de Dunkerque.",
			rels: []string{"La future usine de batteries: 12 km south of Dunkerque"}},
		{doc: "Le groupe construira une nouvelle cimenterie à 15 km au sud de Sfax.",
			rels: []string{"une nouvelle cimenterie: 15 km south of Sfax"}},
		{doc: "Le logisticien construira un entrepôt de 40 000 m² à 8 km à l'ouest de Liège.",
			rels: []string{"un entrepôt: 8 km west of Liège"}},
	})
}

// TestBiz20EnergyPark holds "X renewable energy park" and "X energy park",
// rows of kindsafter.tsv: the name gets the kind, and "the park" of the
// next sentence stands for it, not for the last town named.
func TestBiz20EnergyPark(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Adani Green Energy has commissioned another 1,000 MW at its Khavda renewable energy park, which lies about 70 km north of Bhuj in Gujarat's Kutch district. When complete, the park will cover 538 square kilometres along the border with Pakistan.",
			rels:   []string{"Khavda: near border(Pakistan)"},
			absent: []string{"Bhuj: near border(Pakistan)"}},
	})
}

// TestBiz20SpotSubject holds a sentence that opens with a site of a kind
// of kindsafter.tsv that is no descriptor noun ("plant", "data centre")
// and its verb of place: the distance places the site (namelessFrom), as
// it places "The camp is ...".
func TestBiz20SpotSubject(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The new plant will be built 15 km north-east of Kumamoto.",
			rels: []string{"The new plant: 15 km northeast of Kumamoto"}},
		{doc: "The company's assembly plant will be built 40 km south of Monterrey.",
			rels: []string{"The company's assembly plant: 40 km south of Monterrey"}},
		{doc: "The data centre will sit 6 km north of Ennis.",
			rels: []string{"The data centre: 6 km north of Ennis"}},
	})
}

// TestBiz20SizeOpening holds a size or a cost inside a nameless site that
// opens the sentence (quantityAfter) or stands before a distance
// ("400-room", hyphenAfterNumber), and a word in capitals that no reading
// takes for a place between the article and the kind ("LNG",
// plainModifier).
func TestBiz20SizeOpening(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A US$5 billion floating terminal is planned 15 km north of Nacala.",
			rels: []string{"A US$5 billion floating terminal: 15 km north of Nacala"}},
		{doc: "An LNG terminal is planned 15 km north of Nacala.",
			rels: []string{"An LNG terminal: 15 km north of Nacala"}},
		{doc: "Suncor has opened a 400-room work camp 60 km north of Fort McMurray.",
			rels:   []string{"a 400-room work camp: 60 km north of Fort McMurray"},
			absent: []string{"Suncor: 60 km north of Fort McMurray"}},
	})
}

// TestBiz20FrenchSizes holds French size complements after the kind: a
// unit in capitals (« de 300 MW »), barrels and a rate (« de 30 000
// barils par jour »).
func TestBiz20FrenchSizes(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Un parc éolien de 300 MW sera implanté à 15 km à l'est de Tarfaya.",
			rels: []string{"Un parc éolien de 300 MW: 15 km east of Tarfaya"}},
		{doc: "Le groupe construira une raffinerie de 30 000 barils par jour à 20 km au nord de Kribi.",
			rels: []string{"une raffinerie: 20 km north of Kribi"}},
	})
}

// TestBiz20JoinedModifiers holds "and" between two modifiers of one kind
// ("an oil and gas terminal"): it counts none of the four words, and a
// name before it ends no phrase that starts after it.
func TestBiz20JoinedModifiers(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Intel has scrapped its chip assembly and test plant 15 km south of Wrocław.",
			rels:   []string{"its chip assembly and test plant: 15 km south of Wrocław"},
			absent: []string{"Intel: 15 km south of Wrocław"}},
		{doc: "Shell will build an oil and gas terminal 10 km east of Nacala.",
			rels: []string{"an oil and gas terminal: 10 km east of Nacala"}},
		{doc: "Rebels attacked Gao and a camp 12 km north of Kidal.",
			rels: []string{"a camp: 12 km north of Kidal"}},
	})
}

// TestBiz20ParticipleAfterArticle holds a participle of verbs.tsv flagged
// lead right after the article of a site ("its planned", "a proposed"):
// a modifier, not the verb that ends the phrase, counting none of the
// four words. After a copula the phrase is still an apposition.
func TestBiz20ParticipleAfterArticle(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Intel has scrapped its planned US$4.6 billion chip assembly and test plant 15 km south of Wrocław.",
			rels: []string{"its planned US$4.6 billion chip assembly and test plant: 15 km south of Wrocław"}},
		{doc: "Barrick sold a proposed mine 30 km east of Kayes.",
			rels: []string{"a proposed mine: 30 km east of Kayes"}},
		{doc: "Gao is a planned camp 12 km north of Kidal.",
			rels: []string{"Gao: 12 km north of Kidal"}},
	})
}
