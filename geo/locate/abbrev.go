package locate

// stateAbbreviations are the abbreviations that news agencies write for
// the states of the United States and the provinces of Canada after a
// town's name ("Springfield, Ill.", "Havre, Mont.", "London, Ont."), with
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
	"Ont": "Ontario", "Que": "Quebec", "Sask": "Saskatchewan",
}

// postalStates are the two-letter postal codes of the states of the
// United States, which are also GeoNames' admin1 codes there, with the
// state's name. Written after a town ("M 4.5 - 10 km N of Ridgecrest,
// CA", "Paris, TX") such a code is the state, not the country of that ISO
// code (Canada, Israel, Germany), when the town has a namesake in that
// state.
var postalStates = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
	"CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
	"FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
	"IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
	"ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
	"MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
	"NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
	"NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
	"PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
	"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
	"WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
