package gazetteer

// sovereigns maps the ISO alpha-2 code of a dependent territory that
// ISO 3166 codes apart (an overseas department, a crown dependency, an
// unincorporated territory, a special administrative region) to the code
// of the state it belongs to. Associated states that run their own
// foreign affairs (the Cook Islands, Niue) are not listed.
var sovereigns = map[string]string{
	// France: overseas departments, collectivities and territories.
	"GF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "PM": "FR",
	"NC": "FR", "PF": "FR", "WF": "FR", "BL": "FR", "MF": "FR", "TF": "FR",
	// United States.
	"PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US", "UM": "US",
	// United Kingdom: overseas territories and crown dependencies.
	"GI": "GB", "BM": "GB", "KY": "GB", "VG": "GB", "TC": "GB", "MS": "GB",
	"AI": "GB", "FK": "GB", "SH": "GB", "IO": "GB", "PN": "GB", "GS": "GB",
	"IM": "GB", "JE": "GB", "GG": "GB",
	// The Netherlands, Denmark, Norway, Finland.
	"AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
	"GL": "DK", "FO": "DK",
	"SJ": "NO", "BV": "NO",
	"AX": "FI",
	// Australia, New Zealand, China.
	"NF": "AU", "CX": "AU", "CC": "AU", "HM": "AU",
	"TK": "NZ",
	"HK": "CN", "MO": "CN",
}

// Sovereign returns the ISO alpha-2 code of the state the dependent
// territory with code belongs to ("GF", French Guiana: "FR"), or "" for a
// sovereign state or an unknown code. A text about a territory names the
// state too: the penal colony of Guyane was shipped from Brest in France,
// not from Brest in Belarus.
func Sovereign(code string) string {
	return sovereigns[code]
}

// islandCountries maps an island, folded as Fold does, to the ISO alpha-2
// code of the state it is the main island of, for states whose main
// island holds most of their people and that the country extract does
// not name by it: reports write "St. John's, Antigua", "San Fernando,
// Trinidad", "Basseterre, St Kitts", "Victoria, Mahé". The state's shape
// stands for such an island well enough; it does not for a smaller one
// (Nevis, Vanua Levu, Savai'i) or for one of a large country (Luzon, the
// North Island), which are left out. An island that is a first-level
// division the gazetteer holds (Tobago, Grande Comore, New Providence,
// Tongatapu, Guadalcanal) is read as that division and is not repeated
// here.
var islandCountries = map[string]string{
	"antigua": "AG", "trinidad": "TT",
	"st kitts": "KN", "saint kitts": "KN",
	"sao tome": "ST", "mahe": "SC", "upolu": "WS", "viti levu": "FJ",
	"grand cayman": "KY", "tortola": "VG", "providenciales": "TC",
}

// IslandCountry returns the ISO alpha-2 code of the state whose main
// island name is ("Antigua": "AG", "Mahé": "SC"), or "" when name is no
// such island. It says what an island written as a town's container
// stands for ("St. John's, Antigua" is Antigua and Barbuda's capital, not
// Newfoundland's St. John's or a town in the Canaries); the bare name
// elsewhere may still be a town (Antigua Guatemala).
func IslandCountry(name string) string {
	return islandCountries[Fold(name)]
}
