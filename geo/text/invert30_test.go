package text

import "testing"

// TestInvert30KindAfterName: a located place named with its kind after the
// name, in an inverted or fronted sentence: kinds of kindsafter.tsv
// ("sheepfold", "cattle post"), the longest kind read when a descriptor
// noun opens a longer one ("ger camp", kindAfterEnd) or a modifier of
// modifiers.tsv stands before it ("salt camp", "gold mine"), and an irregular
// past as the late subject's verb (mainverbs.tsv: "felt", "kept",
// "sold").
func TestInvert30KindAfterName(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"Some 9 km north-east of Brașov lies the Valea Lupului sheepfold, where shepherds sleep in summer.", "Valea Lupului", "Brașov", 9, "some"},
		{"The Poiana Rece sheepfold, 11 km west of Sibiu, makes cheese.", "Poiana Rece", "Sibiu", 11, ""},
		{"About 15 km east of Ghanzi stands the old Kgokong cattle post.", "Kgokong", "Ghanzi", 15, "about"},
		{"Twelve miles south of Alice Springs, the Ilparpa cattle post kept 40 horses.", "Ilparpa", "Alice Springs", 19.312128, ""},
		{"Barely 10 km from Mörön, the Tsagaan Nuur ger camp sold felt slippers to tourists.", "Tsagaan Nuur", "Mörön", 10, "barely"},
		{"Just 3 km from Erfoud, the Merzouga Rose guesthouse felt empty in August.", "Merzouga Rose", "Erfoud", 3, "just"},
		{"Some 45 km south of Uyuni, in the middle of nowhere, lies the Chuqui Pampa salt camp, where cousins cut salt.", "Chuqui Pampa", "Uyuni", 45, "some"},
		{"About 20 km west of Kalgoorlie stands the Coolgardie Road gold mine.", "Coolgardie Road", "Kalgoorlie", 20, "about"},
		{"Some 8 km south of Tindouf lies the Gara Djebilet iron mine.", "Gara Djebilet", "Tindouf", 8, "some"},
	})
	checkKinds(t, []struct{ doc, name, feature string }{
		{"About 15 km east of Ghanzi stands the old Kgokong cattle post.", "Kgokong", "post"},
		{"Some 9 km north-east of Brașov lies the Valea Lupului sheepfold.", "Valea Lupului", "sheepfold"},
		{"Barely 10 km from Mörön, the Tsagaan Nuur ger camp sold felt slippers.", "Tsagaan Nuur", "camp"},
	})
}

// TestInvert30OpeningHedge: a hedge that opens the sentence, capitalised,
// is the hedge of the distance after it (openingHedge: "More than 30 km
// west of X, the Y camp …"; « À peine 8 km à l'ouest de X, … », whose «
// à » is the hedge's, not a lead: hedgeOverLead), and a French distance
// may open the sentence without its « à » (« Plus de 30 km à l'est de X,
// … », « Environ 15 km au nord de X se trouve Y »; entry.tsv).
func TestInvert30OpeningHedge(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"More than 30 km west of Tindouf, the Hassi Rmel camp was attacked at dawn.", "Hassi Rmel", "Tindouf", 30, "more than"},
		{"Roughly 25 km north of Garissa, the Dertu ranger post has a radio.", "Dertu", "Garissa", 25, "roughly"},
		{"Barely 8 km from Kayes, Diamou lies on the river.", "Diamou", "Kayes", 8, "barely"},
		{"About 30 km north of Gao lies the village of Tinabaw.", "Tinabaw", "Gao", 30, "about"},
		{"À peine 8 km à l'ouest de Kayes, le village de Diamou accueille un marché.", "Diamou", "Kayes", 8, "barely"},
		{"À peine 12 km au nord d'Agadez se trouve le campement de Tchirozérine.", "Tchirozérine", "Agadez", 12, "barely"},
		{"Plus de 30 km à l'est de Tahoua, le hameau de Bagga, fondé en 1920, compte 300 habitants.", "Bagga", "Tahoua", 30, "more than"},
		{"Près de 20 km au sud de Dori, le site de Gorgadji, ouvert en mai, abrite 500 familles.", "Gorgadji", "Dori", 20, "nearly"},
		{"Environ 15 km au nord de Kaya se trouve le village de Boulsa.", "Boulsa", "Kaya", 15, "about"},
		{"30 km au nord de Mongo se trouve le campement de Gadjira.", "Gadjira", "Mongo", 30, ""},
	})
	// A sentence that opens with a hedged amount that is no distance of
	// a place reads none.
	for _, doc := range []string{
		"About 300 people fled to Gao.",
		"Plus de 300 km de pistes ont été réhabilitées autour de Mongo.",
	} {
		for _, rel := range Read(doc).Relations {
			if rel.Kind == KindDistance {
				t.Errorf("Read(%q): distance %v, want none", doc, rel)
			}
		}
	}
}

// TestInvert30FrenchApposition: after a fronted distance, a French place
// named with its kind, then an apposition set off by commas, then a main
// verb (mainverbs.tsv: « menace », « reste », « sert ») is what the
// distance places (frenchMainVerbAfterApposition).
func TestInvert30FrenchApposition(t *testing.T) {
	checkHedged(t, []hedgedReading{
		{"À 25 km au nord de Gao, le campement Tin Hama, détruit en 2013, reste désert.", "Tin Hama", "Gao", 25, ""},
		{"À 18 km de Zinder, la ferme Dan Baki, créée en 1985, sert de centre de formation.", "Dan Baki", "Zinder", 18, ""},
		{"À plus de 40 km au sud de Médenine, le ksar Hallouf, abandonné depuis 1970, menace de s'effondrer.", "Hallouf", "Médenine", 40, "more than"},
		{"À 40 km au sud de Tataouine, le ksar Ouled Debbab menace de s'effondrer.", "Ouled Debbab", "Tataouine", 40, ""},
	})
}

// TestInvert30Owner: a firm that owns the place after its possessive
// holds no place (orgwords.tsv: "Minera", "Mining", "Resources"), so the
// place is named without it and lies in no owner ("Minera Los Andes's
// Cerro Pelado mine, 20 km north of Vallenar").
func TestInvert30Owner(t *testing.T) {
	for _, tt := range []struct{ doc, owner, place, object string }{
		{"Minera Los Andes's Cerro Pelado mine, 20 km north of Vallenar, shipped its first ore.", "Minera Los Andes", "Cerro Pelado", "Vallenar"},
		{"Atacama Mining's Quebrada Seca pit, 12 km south of Diego de Almagro, was closed.", "Atacama Mining", "Quebrada Seca", "Diego de Almagro"},
		{"Kestrel Resources' Mulga Bore camp, 30 km west of Wiluna, houses 40 staff.", "Kestrel Resources", "Mulga Bore", "Wiluna"},
		{"Minera Santa Rita's Llano Verde mine, 35 km east of Copiapó, produced 4,000 tonnes.", "Minera Santa Rita", "Llano Verde", "Copiapó"},
	} {
		d := Read(tt.doc)
		placed := false
		for _, rel := range d.Relations {
			if rel.Subject < 0 || rel.Object < 0 {
				continue
			}
			s, o := d.Mentions[rel.Subject].Name, d.Mentions[rel.Object].Name
			if o == tt.owner {
				t.Errorf("Read(%q): %s %v %s, want no relation to the owner", tt.doc, s, rel.Kind, o)
			}
			placed = placed || rel.Kind == KindDistance && s == tt.place && o == tt.object
		}
		if !placed {
			t.Errorf("Read(%q): %s not placed from %s", tt.doc, tt.place, tt.object)
		}
		for _, m := range d.Mentions {
			if m.Name == tt.owner && m.Evidence > EvidenceUnlikely {
				t.Errorf("Read(%q): owner %s graded %s, want unlikely", tt.doc, m.Name, m.Evidence)
			}
		}
	}
}
