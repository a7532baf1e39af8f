package text

import (
	"testing"
)

// kindExample is a text that locates a place introduced by a local word
// for its kind, with the reading its relation must have and the name and
// feature of that place, a side of the relation.
type kindExample struct {
	doc, rel, name, feature string
}

// checkKindExamples checks that Read finds each example's reading and
// that the side of it named name, and every mention of that name, has
// the example's feature.
func checkKindExamples(t *testing.T, examples []kindExample) {
	t.Helper()
	for _, ex := range examples {
		d := Read(ex.doc)
		var got []string
		found := false
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel))
			if reading(d, rel) != ex.rel {
				continue
			}
			found = true
			m := d.Mentions[rel.Subject]
			if m.Name != ex.name && rel.Object >= 0 {
				m = d.Mentions[rel.Object]
			}
			if m.Name != ex.name || m.Feature != ex.feature {
				t.Errorf("Read(%q): %q (%q), want %q (%q)", ex.doc, m.Name, m.Feature, ex.name, ex.feature)
			}
		}
		if !found {
			t.Errorf("Read(%q): no reading %q; got %q", ex.doc, ex.rel, got)
		}
		for _, m := range d.Mentions {
			if m.Name == ex.name && m.Feature != ex.feature {
				t.Errorf("Read(%q): a mention %q (%q), want the feature %q", ex.doc, m.Name, m.Feature, ex.feature)
			}
		}
	}
}

// TestLocalKindWords: words of other languages for a farm, a herders'
// summer settlement or a dwelling, written untranslated in English and
// French (descriptors.tsv and kindsafter.tsv of lexicon/en, descriptors.tsv
// of lexicon/fr), give the place they introduce its kind, before the name,
// after it or alone.
func TestLocalKindWords(t *testing.T) {
	checkKindExamples(t, []kindExample{
		// Alone, after "a": a nameless place of that kind.
		{"The sheep spend the summer at a katun about 9 km north of Žabljak.", "a katun: 9 km north of Žabljak", "a katun", "katun"},
		{"She was born in an aul about 30 km east of Taraz.", "an aul: 30 km east of Taraz", "an aul", "aul"},
		{"The shelling hit a moshav 6 km south of Sderot.", "a moshav: 6 km south of Sderot", "a moshav", "moshav"},
		{"They bought a dacha 25 km west of Kaluga.", "a dacha: 25 km west of Kaluga", "a dacha", "dacha"},
		{"He grew up in a manyatta 12 km south of Kajiado.", "a manyatta: 12 km south of Kajiado", "a manyatta", "manyatta"},
		{"She farms a shamba 5 km east of Meru.", "a shamba: 5 km east of Meru", "a shamba", "shamba"},
		{"They rent a chacra 10 km north of Tacuarembó.", "a chacra: 10 km north of Tacuarembó", "a chacra", "chacra"},
		{"We stayed at a bach 15 km north of Kaikoura.", "a bach: 15 km north of Kaikoura", "a bach", "bach"},
		// After the name.
		{"The Felsőtanya tanya, 14 km south of Kecskemét, grows apricots.", "Felsőtanya: 14 km south of Kecskemét", "Felsőtanya", "tanya"},
		{"The Borovik khutor, 25 km north of Millerovo, was flooded.", "Borovik: 25 km north of Millerovo", "Borovik", "khutor"},
		{"Fjellheim seter, 10 km east of Dombås, sells cheese.", "Fjellheim: 10 km east of Dombås", "Fjellheim", "seter"},
		{"The Kwa-Nomsa kraal, 15 km west of Mthatha, was raided.", "Kwa-Nomsa: 15 km west of Mthatha", "Kwa-Nomsa", "kraal"},
		{"The Prafleuri alpage, 6 km south of Evolène, makes raclette.", "Prafleuri: 6 km south of Evolène", "Prafleuri", "alpage"},
		// Before it, after "of".
		{"The ail of Kara-Suu Jai, 15 km west of Kochkor, hosts riders.", "Kara-Suu Jai: 15 km west of Kochkor", "Kara-Suu Jai", "ail"},
		// French.
		{"La bastide des Aubépines, à 8 km au nord d'Apt, produit du vin.", "Aubépines: 8 km north of Apt", "Aubépines", "bastide"},
		{"Une datcha située à 20 km au nord de Vologda a brûlé.", "Une datcha: 20 km north of Vologda", "Une datcha", "dacha"},
		{"Une manyatta située à 10 km à l'est de Isiolo a été attaquée.", "Une manyatta: 10 km east of Isiolo", "Une manyatta", "manyatta"},
		{"L'hacienda Santa Rosa, à 15 km au sud de Curicó, produit du vin.", "Santa Rosa: 15 km south of Curicó", "Santa Rosa", "hacienda"},
		{"La quinta Los Álamos, à 9 km à l'ouest de San Juan, vend de l'huile.", "Los Álamos: 9 km west of San Juan", "Los Álamos", "quinta"},
		{"L'estancia La Pilarica, à 30 km au sud de Río Gallegos, élève des moutons.", "La Pilarica: 30 km south of Río Gallegos", "La Pilarica", "estancia"},
		{"L'alpage du Grand Pré, à 5 km à l'est d'Ugine, produit du fromage.", "Grand Pré: 5 km east of Ugine", "Grand Pré", "pasture"},
		{"Le marae de Te Rewa, à 12 km au nord de Gisborne, accueille la cérémonie.", "Te Rewa: 12 km north of Gisborne", "Te Rewa", "marae"},
	})
}

// TestLocalKindWordsMore: the second round of the class. "the W at X"
// names X as a place of the kind for a shieling (flag at; "the katun at
// Kolašin" is one near the town, which keeps its kind); an
// outstation is a kind written after its name; French reads katun and
// seter as English does, and a kind after « de la » places its bare name
// as one after « du » does (frenchAtDescribed); after « de l' » it did
// already. A settlement's kind before « du » names its region, not it
// (no flag own): « Le kibboutz du Néguev le plus proche » is a kibbutz.
func TestLocalKindWordsMore(t *testing.T) {
	checkKindExamples(t, []kindExample{
		{"The ruined shieling at Airigh Bheag lies 4 km north of Uig.", "Airigh Bheag: 4 km north of Uig", "Airigh Bheag", "shieling"},
		{"Shepherds gather at the katun at Kolašin before moving up to Biogradska Gora, 10 km east of Kolašin.", "Biogradska Gora: 10 km east of Kolašin", "Kolašin", ""},
		{"Tennant Creek lies about 90 km north of the Kurundi outstation.", "Tennant Creek: 90 km north of Kurundi", "Kurundi", "outstation"},
		{"Le katun de Lokvice, à 12 km au nord de Nikšić, est occupé en été.", "Lokvice: 12 km north of Nikšić", "Lokvice", "katun"},
		{"Le seter de Storvollen, à 9 km à l'ouest d'Oppdal, vend du fromage.", "Storvollen: 9 km west of Oppdal", "Storvollen", "seter"},
		{"Les cosaques de la stanitsa Novoleushkovskaïa, à 25 km à l'est de Kropotkin, ont fêté le centenaire.", "Novoleushkovskaïa: 25 km east of Kropotkin", "Novoleushkovskaïa", "stanitsa"},
		{"Les ouvriers de la fazenda Três Irmãos, à 50 km au nord de Barreiras, ont fait grève.", "Três Irmãos: 50 km north of Barreiras", "Três Irmãos", "fazenda"},
		{"Le toit de la bastide Kalo-Bangou, à 25 km à l'est d'Arles, a brûlé.", "Kalo-Bangou: 25 km east of Arles", "Kalo-Bangou", "bastide"},
		{"Le kibboutz du Néguev le plus proche se trouve à 10 km de Beersheba.", "Le kibboutz du Néguev le plus proche: 10 km from Beersheba", "Le kibboutz du Néguev le plus proche", "kibbutz"},
		{"Les gauchos de l'estancia La Pilarica, à 30 km au sud de Río Gallegos, tondent les moutons.", "La Pilarica: 30 km south of Río Gallegos", "La Pilarica", "estancia"},
	})
}
