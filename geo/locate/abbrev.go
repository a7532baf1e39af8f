package locate

import (
	"strings"

	"github.com/locus-gis/locus/geo/text"
)

// stateAbbreviations are the abbreviations that news agencies write for
// the states of the United States, the provinces of Canada and the states
// of Australia after a town's name ("Springfield, Ill.", "Havre, Mont.",
// "London, Ont.", "Longreach, Qld", « Val-d'Or (Qc) »), with
// the division's name as the gazetteer holds it. They are read only as the
// container of a town, never as a place of their own, so "Mont" or "Man"
// elsewhere keep their meaning. The two-letter postal codes need no table:
// the gazetteer holds them.
var stateAbbreviations = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
	"Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
	"Ga": "Georgia", "Ida": "Idaho", "Ill": "Illinois", "Ind": "Indiana",
	"Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
	"Md": "Maryland", "Me": "Maine", "Mass": "Massachusetts", "Mich": "Michigan",
	"Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
	"Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma",
	"Ore": "Oregon", "Oreg": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania",
	"Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia", "Vt": "Vermont",
	"Wash": "Washington", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
	"Alta": "Alberta", "Man": "Manitoba", "Nfld": "Newfoundland and Labrador",
	"Ont": "Ontario", "Que": "Quebec", "Sask": "Saskatchewan", "Qc": "Quebec",
	"Qld": "Queensland", "Tas": "Tasmania", "Vic": "Victoria", "NSW": "New South Wales",
	"NT": "Northern Territory",
}

// dottedAbbreviations are the abbreviations written with a dot after each
// initial that news agencies put after a town's name for a state of the
// United States, a province of Canada or New South Wales ("Portsmouth,
// N.H.", "Charleston, W.Va.", "Victoria, B.C.", "Halifax, N.S."), with
// the division's name as the gazetteer holds it. The reader keeps single
// initials as no name, so they are read from the text after the town's
// mention (dottedStateAfter). "S.A." and "W.A." are left out: a firm's
// "S.A." follows its name the same way.
var dottedAbbreviations = map[string]string{
	"N.H.": "New Hampshire", "N.J.": "New Jersey", "N.Y.": "New York",
	"N.C.": "North Carolina", "S.C.": "South Carolina", "N.D.": "North Dakota",
	"S.D.": "South Dakota", "N.Dak.": "North Dakota", "S.Dak.": "South Dakota",
	"N.M.": "New Mexico", "N.Mex.": "New Mexico", "R.I.": "Rhode Island",
	"W.Va.": "West Virginia", "D.C.": "District of Columbia",
	"B.C.": "British Columbia", "N.S.": "Nova Scotia", "N.B.": "New Brunswick",
	"P.E.I.": "Prince Edward Island", "N.W.T.": "Northwest Territories",
	"N.S.W.": "New South Wales",
}

// dottedStateAfter returns the division that dotted initials right after
// the comma that follows the mention at sp stand for ("Portsmouth, N.H.":
// "New Hampshire"), and whether there are such initials.
func dottedStateAfter(doc string, sp text.Span) (string, bool) {
	rest, ok := strings.CutPrefix(doc[sp.End:], ", ")
	if !ok {
		return "", false
	}
	end := strings.IndexAny(rest, " ,;:)\n")
	if end < 0 {
		end = len(rest)
	}
	full, ok := dottedAbbreviations[rest[:end]]
	return full, ok
}
