package locate

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
