package text

import (
	"strings"
	"testing"
)

// Farm papers, extension bulletins and market reports (round agri18).
//
//   - A country's code glued to a currency sign is the currency's symbol
//     ("US$3.40", "GH¢ 3,228", "NZ$10"), and a code in capitals after a
//     unit that follows a number, or glued by a slash to a lower-case unit,
//     is the unit's basis ("45 kg DM/ha", "120 kg N"): no place
//     (currencySignAfter, unitCodeAt).
//   - A name right before a lower-case noun of farm animals (en/
//     livestock.tsv: "Borgou cattle", "Jersey heifers") or, in French,
//     right after one (fr/livestock.tsv: « les zébus Borgou », « de race
//     Arabe ») is a breed's, unless a noun of stockyards.tsv follows the
//     animal ("the Kandi cattle market") or a preposition precedes the name
//     (livestockBreed).
//   - Farm nouns no list of common words holds open no name at the head of
//     a sentence: "Pastoralists report …", "Durum yields near X"
//     (en/stopcaps.tsv).
//   - A French label or clause before a colon has its own subject; the
//     apposition after the colon is about the place it sets off
//     (« Le maïs se porte bien : à la ferme de X, à 9 km de Y »).
//   - « GAEC » is a farm's kind (fr/descriptors.tsv).
//   - A fronted distance is about the place after "at the" or "in the" past
//     its comma ("Some 40 km west of X, at the Y ranch, breeders sold …";
//     frontedSceneAfter).

// noMention reports an error for every name of names that Read(doc) holds
// as a mention, whatever its evidence.
func noMention(t *testing.T, doc string, names ...string) {
	t.Helper()
	d := Read(doc)
	for _, m := range d.Mentions {
		for _, n := range names {
			if m.Name == n {
				t.Errorf("Read(%q): mention %q, want none", doc, n)
			}
		}
	}
}

func TestCorpusCodeInUnit(t *testing.T) {
	noMention(t, "Tobacco averaged US$2.95/kg at the Marondera floors.", "US")
	noMention(t, "The farmgate price of cocoa is GH¢ 3,100 per bag in Sunyani.", "GH")
	noMention(t, "Lamb schedules rose to NZ$9.10 a kilo at Gore.", "NZ")
	noMention(t, "Cane is paid HK$ 400 a tonne.", "HK")
	noMention(t, "Swards near Fermoy grew 62 kg DM/ha per day.", "DM")
	noMention(t, "Farmers near Clonakilty spread 30 kg N after grazing.", "N")
	noMention(t, "Silage yields reached 14 t DM/ha at Moorepark.", "DM")
	checkCorpus(t, []example{
		{doc: "Tobacco from Chikore Farm, 30 km north of Marondera, fetched US$3.10/kg.",
			rels: []string{"Chikore Farm: 30 km north of Marondera"}, places: []string{"Marondera"}},
		{doc: "Grass grew 55 kg DM/ha per day on the Ballinure farm, 6 km east of Fermoy.",
			rels: []string{"Ballinure: 6 km east of Fermoy"}},
	})
	// A code set off by a space before the sign is left as it was.
	d := Read("The crop was sold in the US for $5 a bushel.")
	if !strings.Contains(strings.Join(mentionNames(d), " "), "US/") {
		t.Errorf("the US before a spaced sign lost its mention: %v", mentionNames(d))
	}
}

func TestCorpusLivestockBreed(t *testing.T) {
	noMention(t, "Borgou cattle and Somba bulls sold well at the Parakou fair.", "Borgou")
	noMention(t, "Les zébus Borgou se vendent 250 000 FCFA à Parakou.", "Borgou")
	noMention(t, "Au foirail de Dahra, les bovins de race Gobra et les moutons Touabire sont chers.", "Gobra", "Touabire")
	noMention(t, "Jersey heifers fetched £1,900 at Carlisle.", "Jersey")
	noMention(t, "Charolais and Limousin cow-calf pairs were offered at Brandon.", "Limousin")
	noMention(t, "On the Elm Coulee pasture, 20 km north of Maple Creek, Hereford and Angus cows graze.", "Hereford")
	noMention(t, "Boran, Sahiwal and Ankole cattle graze near Isiolo.", "Sahiwal", "Ankole")
	if d := Read("Chegutu cattle sales were strong on Friday."); len(d.Mentions) == 0 || d.Mentions[0].Name != "Chegutu" {
		t.Errorf("Chegutu before cattle sales lost its mention: %v", mentionNames(d))
	}
	checkCorpus(t, []example{
		{doc: "Prices at the Kandi cattle market rose this week.", places: []string{"Kandi"}},
		{doc: "Traders at the Juliaca alpaca fibre market report lower prices.", places: []string{"Juliaca"}}, // a word between animal and market
		{doc: "Exports from Kenya, Uganda and Tanzania cattle rose.", places: []string{"Kenya", "Uganda", "Tanzania"}},
		{doc: "Traders brought cattle from Borgou to the market at Parakou.", places: []string{"Borgou", "Parakou"}},
		{doc: "Les vaches de Kandi sont vendues au marché de Parakou.", places: []string{"Parakou"}},
	})
}

// TestCorpusCropVariety: a name, a number and a crop within two more
// lower-case words name a variety, no place (cropVariety, crops.tsv).
func TestCorpusCropVariety(t *testing.T) {
	noMention(t, "Ruiru 11 coffee is replacing SL28 around Embu.", "Ruiru")
	noMention(t, "Sakha 95 wheat yielded 24 ardab per feddan near Tanta.", "Sakha")
	noMention(t, "Growers near Karnal prefer Pusa 1509 paddy.", "Pusa")
	checkCorpus(t, []example{
		{doc: "Jasmine 85 rice from the Tono scheme, 10 km south of Navrongo, sold well.",
			rels: []string{"Tono: 10 km south of Navrongo"}, not: []string{"Jasmine"}},
		{doc: "Route 66 runs west from Chicago.", places: []string{"Chicago"}},
	})
}

func TestCorpusFarmStopCaps(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Pastoralists report good browse at the Qardho-Bari borehole, 45 km south of Qardho.",
			rels: []string{"Qardho-Bari: 45 km south of Qardho"}, not: []string{"Pastoralists"}},
		{doc: "Durum crops near Swift Current are 60 per cent combined.", not: []string{"Durum"}},
		{doc: "Smallholders around Nyeri have planted early.", not: []string{"Smallholders"}},
	})
}

func TestCorpusFrenchColonClause(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le blé de Beauce se vend bien : à la ferme de la Motte-Verte, à 7 km au nord de Chartres, 90 quintaux ont été récoltés.",
			rels: []string{"Motte-Verte: 7 km north of Chartres"}, absent: []string{"Beauce: 7 km north of Chartres"}},
		{doc: "Saison des pluies 2025 : le barrage de Kodjari-Est, à 20 km au sud de Fada N'Gourma, est plein.",
			rels: []string{"Kodjari-Est: 20 km south of Fada N'Gourma"}},
		{doc: "Campagne cotonnière 2025-2026 : le village de Bagaré-Sud, à 15 km à l'est de Ouahigouya, attend ses intrants.",
			rels: []string{"Bagaré-Sud: 15 km east of Ouahigouya"}},
		// A colon inside brackets opens no clause.
		{doc: "Bir Ftouh (arabe : بئر فتوح) est un village du sud de la Tunisie, à 20 km au sud de Gabès.",
			rels: []string{"Bir Ftouh: 20 km south of Gabès"}},
	})
}

func TestCorpusGaecFarm(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Au GAEC du Bois Joli, à 10 km à l'ouest de Saint-Flour, on élève 90 Salers.",
			rels: []string{"GAEC du Bois Joli: 10 km west of Saint-Flour"}},
	})
}

func TestCorpusFrontedAtThe(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Some 25 km east of Narok, at the Olkeri ranch, herders have lost 40 cattle to drought.",
			rels: []string{"Olkeri: 25 km east of Narok"}},
		{doc: "About 12 miles north of Dalby, at the Jimbour East feedlot, 3,000 head were yarded.",
			rels: []string{"Jimbour East: 19.3 km north of Dalby"}},
	})
}

// TestLivestockRead reads every row of each livestock.tsv next to a
// place's name as a breed: after the name in English ("Kandi cows"), before
// it in French (« les zébus Kandi »); and every row of stockyards.tsv after
// an animal keeps the name a place's ("Kandi cattle market").
func TestLivestockRead(t *testing.T) {
	for _, c := range []struct{ lang, form string }{
		{"en", "Kandi %s were sold."},
		{"fr", "Les %s Kandi se vendent bien."},
	} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[c.lang]
		if len(l.sets[setLivestock]) < 30 {
			t.Errorf("lexicon/%s/livestock.tsv: %d rows, want at least 30", c.lang, len(l.sets[setLivestock]))
		}
		for w := range l.sets[setLivestock] {
			noMention(t, strings.Replace(c.form, "%s", w, 1), "Kandi")
		}
	}
	if len(langs().en.sets[setStockyards]) < 20 {
		t.Errorf("lexicon/en/stockyards.tsv: %d rows, want at least 20", len(langs().en.sets[setStockyards]))
	}
	for w := range langs().en.sets[setStockyards] {
		doc := "Kandi cattle " + w + " were busy."
		if d := Read(doc); len(d.Mentions) == 0 || d.Mentions[0].Name != "Kandi" {
			t.Errorf("Read(%q): no mention Kandi; mentions %v", doc, mentionNames(d))
		}
	}
}

// TestCropsRead reads every row of crops.tsv after a place's name and a
// number as a variety: "Kandi 12 coffee".
func TestCropsRead(t *testing.T) {
	if len(langs().en.sets[setCrops]) < 20 {
		t.Errorf("lexicon/en/crops.tsv: %d rows, want at least 20", len(langs().en.sets[setCrops]))
	}
	for w := range langs().en.sets[setCrops] {
		noMention(t, "Kandi 12 "+w+" was sown early.", "Kandi")
	}
}

// TestCorpusPluralPossessiveHead: a plural possessive of common nouns
// between a name and its head ("the X farmers' association", "the X
// herders' camp") leaves the name the thing an apposition after the comma
// places (nameHeadEndingAt).
func TestCorpusPluralPossessiveHead(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Seed was delivered from the Kom Hamada growers' union, 12 km north of Damanhur, on Monday.",
			rels: []string{"Kom Hamada: 12 km north of Damanhur"}},
		{doc: "Vaccines reached the Lagbar herders' camp, 30 km west of Wajir.",
			rels: []string{"Lagbar: 30 km west of Wajir"}},
	})
}
