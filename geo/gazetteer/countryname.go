package gazetteer

import "strings"

// otherCountryNames maps common English and French names of countries that
// the country extract (world-countries) does not list, folded as Fold
// does, to their ISO alpha-2 codes. Reports use them: "Turkey" (the extract
// says Türkiye), "Zaire", "Ceylon", the nations of the United Kingdom. The
// names the extract holds (Ivory Coast, Burma, Czechia, Côte d'Ivoire,
// Allemagne, Égypte, Birmanie, Tchéquie, ...) are not repeated here;
// country_test.go checks both.
var otherCountryNames = map[string]string{
	"turkey":            "TR",
	"turquie":           "TR",
	"britain":           "GB",
	"england":           "GB",
	"angleterre":        "GB",
	"scotland":          "GB",
	"ecosse":            "GB",
	"wales":             "GB",
	"pays de galles":    "GB",
	"northern ireland":  "GB",
	"irlande du nord":   "GB",
	"cap vert":          "CV",
	"zaire":             "CD",
	"rdc":               "CD",
	"rd congo":          "CD",
	"congo kinshasa":    "CD",
	"congo brazzaville": "CG",
	"burkina":           "BF",
	"centrafrique":      "CF",
	"perse":             "IR",
	"persia":            "IR",
	"ceylon":            "LK",
	"ceylan":            "LK",
	"bosnia":            "BA",
	// Initials reports write for a country, in capitals: "PNG Defence
	// Force", « la RCA », "KSA", "BiH".
	"png":                      "PG",
	"rca":                      "CF",
	"ksa":                      "SA",
	"bih":                      "BA",
	"bosnie":                   "BA",
	"herzegovina":              "BA",
	"holland":                  "NL",
	"hollande":                 "NL",
	"swaziland":                "SZ",
	"east timor":               "TL",
	"timor oriental":           "TL",
	"dahomey":                  "BJ",
	"upper volta":              "BF",
	"haute volta":              "BF",
	"soudan francais":          "ML",
	"rhodesia":                 "ZW",
	"rhodesie":                 "ZW",
	"siam":                     "TH",
	"kampuchea":                "KH",
	"gold coast":               "GH",
	"abyssinia":                "ET",
	"abyssinie":                "ET",
	"republic of macedonia":    "MK",
	"macedonia":                "MK",
	"macedoine":                "MK",
	"the netherlands":          "NL",
	"u s":                      "US",
	"u s a":                    "US",
	"united states of america": "US",
}

// OtherCountryName returns the alpha-2 code of a common country name the
// country extract lacks ("Turkey", "Zaire", "Angleterre"), folded or not,
// and "" for any other name. Country finds these names too.
func OtherCountryName(name string) string {
	return otherCountryNames[Fold(name)]
}

// sharedCountryNames maps names that reports give to more than one
// country, folded as Fold does and without an article, to the alpha-2
// codes of those countries, the one Country returns first: "Congo" is the
// Republic of the Congo's short name and what reports call the Democratic
// Republic of the Congo ("Goma, Congo"); "Korea" is either Korea.
var sharedCountryNames = map[string][]string{
	"congo": {"CG", "CD"},
	"korea": {"KR", "KP"},
	"coree": {"KR", "KP"},
}

// SharedCountryName returns the alpha-2 codes of the countries a name
// reports give to several of them may mean ("Congo", "the Congo",
// « le Congo », "Korea"), the one Country returns first, and nil for any
// other name. The caller chooses among them by the other places of the
// document.
func SharedCountryName(name string) []string {
	k := Fold(name)
	for _, art := range []string{"the ", "le ", "la ", "l "} {
		k = strings.TrimPrefix(k, art)
	}
	return sharedCountryNames[k]
}
