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
