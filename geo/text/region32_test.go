package text

import "testing"

// region32Place asserts that Read(doc) has a mention named want graded
// more than unlikely a place.
func region32Place(t *testing.T, name, doc, want string) {
	t.Helper()
	if m, ok := mentionNamed(doc, want); !ok || m.Evidence <= EvidenceUnlikely {
		t.Errorf("%s: Read(%q) has no place %q (%+v)", name, doc, want, Read(doc).Mentions)
	}
}

// region32NoPlace asserts that no mention of Read(doc) named name is
// graded above most.
func region32NoPlace(t *testing.T, doc, name string, most Evidence) {
	t.Helper()
	for _, m := range Read(doc).Mentions {
		if m.Name == name && m.Evidence > most {
			t.Errorf("Read(%q): %q graded %v, want at most %v", doc, m.Name, m.Evidence, most)
		}
	}
}

// TestRegion32NamedDivision: a proper name and "Division", as Bangladesh
// and Pakistan name their divisions after their seats, is a place; an
// army's, a police force's or a firm's division is none.
func TestRegion32NamedDivision(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"after across", "Rivers rose across Rangpur Division on Sunday.", "Rangpur Division"},
		{"subject", "Rajshahi Division recorded the highest temperature of the year.", "Rajshahi Division"},
		{"after a comma in a title", "Situation Report No. 3 – Landslides, Chittagong Division (4 July).", "Chittagong Division"},
		{"after in", "Wheat prices fell in Rawalpindi Division last month.", "Rawalpindi Division"},
	} {
		region32Place(t, tc.name, tc.doc, tc.want)
	}
	for _, tc := range []struct{ doc, name string }{
		{"The 82nd Airborne Division landed near the bridge.", "Airborne Division"},
		{"Officers of the Homicide Division arrested a man on Friday.", "Homicide Division"},
		{"The firm's Sales Division moved to a new office.", "Sales Division"},
		{"The 3rd Marine Division held the ridge.", "Marine Division"},
		{"The Hamza Division attacked the village at dawn.", "Hamza Division"},
	} {
		region32NoPlace(t, tc.doc, tc.name, EvidenceUnlikely)
	}
}

// TestRegion32TitleSubjectAfterDash: in a bulletin's title, a common
// word right after the dash that opens a noun phrase is its subject
// ("– Flash floods", "- Pigeon pea", "– Cholera outbreak"), not the area
// it covers, which a name after the dash still is.
func TestRegion32TitleSubjectAfterDash(t *testing.T) {
	for _, tc := range []struct{ doc, name string }{
		{"FLASH UPDATE No. 2 – Flash floods, Sylhet Division (19 June). Rivers rose overnight.", "Flash"},
		{"Extension Bulletin No. 7 - Pigeon pea, 2024/25 season. Farmers near Babati planted early.", "Pigeon"},
		{"Situation Update No. 4 – Cholera outbreak, Kassala State (2 May). Cases rose in Kassala.", "Cholera"},
	} {
		region32NoPlace(t, tc.doc, tc.name, EvidenceCapitalised)
	}
	region32Place(t, "area after the dash", "UNHCR Jordan – Mafraq field update (October). Arrivals rose.", "Mafraq")
	region32Place(t, "division in the title", "Situation Update No. 4 – Cholera outbreak, Kassala State (2 May). Cases rose.", "Kassala State")
}

// TestRegion32FrenchTerritoryAdjective: a French name of a country or
// territory with a lower-case adjective (lexicon/names.txt) is one name,
// not its first word: « en Polynésie française », « aux Samoa
// américaines », « les Îles Vierges britanniques ».
func TestRegion32FrenchTerritoryAdjective(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"en", "Les meilleurs surfeurs du monde sont attendus en Polynésie française la semaine prochaine.", "Polynésie française"},
		{"aux", "Il enseigne aux Samoa américaines depuis 2012.", "Samoa américaines"},
		{"les", "Les Îles Vierges britanniques ont rouvert leurs plages samedi.", "Îles Vierges britanniques"},
		{"des", "La base des Terres australes et antarctiques françaises accueille vingt chercheurs.", "Terres australes et antarctiques françaises"},
	} {
		region32Place(t, tc.name, tc.doc, tc.want)
	}
}

// TestRegion32FrenchNominalHeadline: a French wire headline without a
// verb, a country and a spaced colon before a noun and « de » (« Tchad :
// afflux de réfugiés … »), names the country it is about; a field's
// label so written stays a label.
func TestRegion32FrenchNominalHeadline(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"afflux de", "Tchad : afflux de réfugiés soudanais dans la province du Ouaddaï. Le HCR s'inquiète.", "Tchad"},
		{"campagne de", "Sénégal : campagne de vaccination du bétail à Bakel. Les éleveurs sont satisfaits.", "Sénégal"},
		{"hausse des", "Niger : hausse des prix des céréales à Zinder. Les ménages s'inquiètent.", "Niger"},
	} {
		region32Place(t, tc.name, tc.doc, tc.want)
	}
	region32NoPlace(t, "Localisation : centre de santé de Bakel, au bord du fleuve.", "Localisation", EvidenceUnlikely)
}

// TestRegion32DivisionBody: a body of a first-level division named with
// the division's name and kind word (« Plateau State Independent
// Electoral Commission », "Lagos State Government") gives the division
// as a place and nothing of the body; an institution's name so written
// ("Ohio State University") is no division's body.
func TestRegion32DivisionBody(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"government", "The Lagos State Government has closed the market in Ikeja.", "Lagos State"},
		{"agency", "Officials of the Kaduna State Emergency Management Agency visited Zaria.", "Kaduna State"},
		{"county assembly", "The Turkana County Assembly passed the budget on Tuesday.", "Turkana County"},
		{"region bulletin", "Manyara Region Agricultural Extension Bulletin No. 7 - Pigeon pea, 2024/25 season. Rains came early.", "Manyara Region"},
		{"commission", "The Plateau State Independent Electoral Commission said results would come from Jos.", "Plateau State"},
	} {
		region32Place(t, tc.name, tc.doc, tc.want)
	}
	for _, tc := range []struct{ doc, name string }{
		{"She studied at Ohio State University before moving to Denver.", "Ohio State"},
		{"The Lagos State Government has closed the market in Ikeja.", "Government"},
	} {
		region32NoPlace(t, tc.doc, tc.name, EvidenceUnlikely)
	}
}

// TestRegion32DivisionWordsRead reads every row of divisionkinds.tsv and
// divisionbodies.tsv: each kind word ends a division's name before a
// body's noun, and each body's noun after a division's name and kind
// word leaves the division a place.
func TestRegion32DivisionWordsRead(t *testing.T) {
	kinds, bodies := langs().en.sets[setDivisionKinds], langs().en.sets[setDivisionBodies]
	if len(kinds) < 5 || len(bodies) < 10 {
		t.Fatalf("divisionkinds.tsv: %d rows, divisionbodies.tsv: %d rows; want at least 5 and 10", len(kinds), len(bodies))
	}
	for k := range kinds {
		doc := "Officials of Tinabaw " + titleCase(k) + " Government met in Gao." // no "the": "the Tinabaw Division" is an army's (namedDivision)
		region32Place(t, "kind "+k, doc, "Tinabaw "+titleCase(k))
	}
	for b := range bodies {
		doc := "Officials of the Tinabaw State " + titleCase(b) + " met in Gao."
		region32Place(t, "body "+b, doc, "Tinabaw State")
	}
}
