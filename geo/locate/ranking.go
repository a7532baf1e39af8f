package locate

import (
	"math"
	"strings"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// Ranking holds the weights with which a Resolver chooses among the
// namesakes of a name (every gazetteer place that bears it): the candidate
// with the highest sum wins. It is the only place where namesakes are
// ranked; the gazetteer returns them unranked (gazetteer.DB.Named). The
// zero value is not useful: start from DefaultRanking. Each default is
// justified in DefaultRanking by what it changes on the evaluation sets.
type Ranking struct {
	// PerDecade is added for each factor of ten in population
	// (log10(population + 10)): of two namesakes, the larger is the likelier
	// meant.
	PerDecade float64
	// UnknownPopulation is the population a seat whose population the
	// gazetteer does not record (0) is scored with, by feature code: the
	// median of the recorded populations of that code in the gazetteer
	// (PPLA 49,945, PPLA2 7,121). A first- or second-level seat listed with
	// no population is a gap in the record, not a place where nobody lives
	// (3% and 24% of them have none). Lower seats are left at 0: most
	// PPLA4 (69%) have no population, many of them hamlets, and their
	// recorded median would overrate them.
	UnknownPopulation map[string]int64
	// PerRenown is added for each factor of ten by which the number of
	// alternate names GeoNames lists for the namesake exceeds RenownNames
	// (log10(AltCount / RenownNames), when the name is its own): a place
	// known in many languages is the one a text means when nothing else
	// tells, "Christian leaders met in Bethlehem" (50 names, 29,000
	// people) rather than Bethlehem in the Free State (2 names, 84,000
	// people). Below RenownNames the count says nothing: Saint-Raphaël in
	// Haiti (2 names) and in France (5) are equally obscure abroad. At 2
	// it outweighed the division the text names ("Morgan County,
	// Illinois ... west of Jacksonville" took Jacksonville, Florida, 57
	// names); at 1 it breaks near ties only.
	PerRenown   float64
	RenownNames int
	// Populated and Division are added for a populated place (GeoNames
	// class P) and an administrative division (class A): texts name towns.
	Populated, Division float64
	// Capital is added for a national capital (PPLC) or a seat of
	// government that is not the capital (PPLG: La Paz, The Hague) that
	// GeoNames knows under at least RenownNames names, Seat for the seat
	// of a division (PPLA to PPLA4) and for a capital known by fewer: a
	// dependency's capital of a few thousand people (Saint-Pierre of Saint
	// Pierre and Miquelon, 5 names) is no better known than the town of
	// its name in Martinique (15 names) that a text about Fort-de-France
	// means.
	Capital, Seat float64
	// OwnName is added when the name is the place's own or ASCII name, not
	// only one of its alternate names.
	OwnName float64
	// ExactSpelling is added to every namesake in a country where one
	// bears, as its own name, the text's spelling with letters outside
	// ASCII, diacritics and all (case aside): "Mörön" is Mongolia's, not
	// Morón in Cuba or Argentina, which fold to the same key. A name
	// written in ASCII earns it nowhere. It tells countries apart, not a
	// country's namesakes: given to the one so spelt alone, it took
	// Chad's hamlet "Goz Béïda" for the town Goz-Beida, and Guerrero's
	// Juchitán for Juchitán de Zaragoza. At 2 it outweighs a namesake
	// twice as populous and a far place of the text near it.
	ExactSpelling float64
	// StatedCountry is added for a namesake in the country the text puts
	// the name in ("X, Mali", "X in Mali", "X, Sindh" through the division).
	StatedCountry float64
	// StatedDivision is added for a namesake in the first-level division
	// the text puts the name in ("Hyderabad, Sindh": Pakistan's Hyderabad).
	StatedDivision float64
	// DocumentDivision is added for a namesake in a first-level division
	// the document uses as a container anywhere ("Maidmer is in Nevada,
	// 35 km from Hawthorne": Hawthorne, Nevada): the places a text measures
	// from lie near the place it locates.
	DocumentDivision float64
	// DocumentCounty is added for a namesake in a second-level division
	// the document uses as a container anywhere, when the text does not
	// put the name itself in it ("Oak Prairie is in Sangamon County ...
	// schools in Chatham": the village of Sangamon County, not the
	// Chicago neighbourhood of more people in the same state). It breaks
	// near ties only: the division's namesake is settled by then, and a
	// county holds few of the places a text names.
	DocumentCounty float64
	// DocumentCountry is added for a namesake in a country the document
	// names anywhere, through a country name, a demonym or a border.
	DocumentCountry float64
	// SovereignCountry is added for a namesake in the state a dependent
	// territory the document names belongs to (gazetteer.Sovereign),
	// outside the countries it names: "The first convict ship left Brest
	// for French Guiana" is Brest in France, not the larger Brest in
	// Belarus. A text on a territory names its state more weakly than
	// the territory itself, which earns DocumentCountry: a text on
	// Réunion still means Réunion's Saint-Louis, not Alsace's.
	SovereignCountry float64
	// NearBorder is added for a namesake outside the countries the
	// document names but within NearBorderKm of a land border of one of
	// them: "60 km east of the Mauritanian border, near Nara" is Nara in
	// Mali, some 30 km from that border, not Nara in Japan.
	NearBorder   float64
	NearBorderKm float64
	// Near is added for every other place the document names within NearKm
	// of the namesake, Far for every one within FarKm: places named
	// together lie together. A first-level division of one country that
	// the document names and puts no chosen town in counts by its seat
	// ("Filadelfia ... a letter from Asunción" is Paraguay's
	// Filadelfia), though never as Close.
	Near, Far     float64
	NearKm, FarKm float64
	// Close is added on top of Near for every other place of the
	// document within CloseKm of the namesake: a place the text names
	// beside a town a day's walk away is that town's neighbour, and two
	// such neighbours outweigh a namesake's renown abroad ("a farm 25 km
	// from Sleaford ... Boston" is Boston in Lincolnshire, not
	// Massachusetts; Tripoli beside Sparta and Kalamata is Arcadia's).
	Close float64
	// Company is added for a namesake in the country that holds most of
	// the document's other places chosen so far, when at least two of
	// them and more than half lie there: "70 km north of Aral" beside
	// Almaty and Kazalinsk is Kazakhstan's Aral, not the larger one in
	// Xinjiang, though neither lies within NearKm of both. It only breaks
	// near ties: the countries the text names weigh DocumentCountry.
	Company float64
	// RoadCountry is added for a namesake at the far end of a road the
	// text names from a town, when it lies in that town's country: «
	// à 40 km de Saint-Louis, sur la route de Rosso » is Rosso in
	// Senegal, not the larger Rosso across the river in Mauritania. A
	// road named after a town leads to it without crossing a border the
	// text does not name. It only breaks near ties between twin towns.
	RoadCountry float64
	CloseKm     float64
	// Language is added for a namesake in a country where the document's
	// language is an official one (French: France, Belgium, Switzerland,
	// the francophone countries of Africa, ...): a weak hint that only
	// breaks near ties.
	Language float64
	// Landlocked is taken from a namesake in a country with no sea coast
	// when the text puts something at sea off the name ("Le chalutier a
	// coulé à 25 milles nautiques au large de Brest" is Brest in France,
	// not the larger Brest in Belarus; text.Relation.SeaStated). A mishap
	// on water alone says nothing of the sea: boats sink on the Niger.
	Landlocked float64
	// OpenGap is the score gap under which the choice between two
	// namesakes more than OpenKm apart stays open: the place's note says
	// so and the runner-up is kept as a second candidate, weighted by
	// exp(-gap) against the chosen one's 1.
	OpenGap, OpenKm float64
	// StrayKm is how far from every place named by its own name a namesake
	// found only under an alternate name may lie, outside the countries
	// the document names, before it is dropped.
	StrayKm float64
	// LooseKm and LooseShare say how far a gazetteer entry that bears the
	// name as its own (not only as an alternate name: "Lavans" is not
	// Lavans-lès-Saint-Claude) may break what the text states about the
	// name and still be the place meant: by at
	// most LooseKm, or LooseShare of the farthest distance the statement
	// allows, whichever is larger, for every statement. Such an entry is
	// kept and the statement it breaks is reported as failing ("about 300
	// km east of Niamey and 40 km from the Nigerian border" about
	// Dogondoutchi, some 10 km farther from the border than stated); one
	// that breaks a statement by more is taken for an unrecorded place of
	// the same name, located from the text.
	LooseKm, LooseShare float64
}

// DefaultRanking is the ranking locus uses. Measured on ../shared/eval
// (score.js, real-dev: 82 real sentences; dev: 30 generated cases) by
// setting one weight to zero at a time; the figures are in the README's
// "Namesakes" section.
func DefaultRanking() Ranking {
	return Ranking{
		PerDecade:         1,
		UnknownPopulation: map[string]int64{"PPLA": 50000, "PPLA2": 7000},
		PerRenown:         1,
		RenownNames:       10,
		Populated:         2,
		Division:          1,
		Capital:           2,
		Seat:              1,
		OwnName:           1.5,
		ExactSpelling:     2,
		StatedCountry:     6,
		StatedDivision:    6,
		DocumentCountry:   3,
		SovereignCountry:  1.5,
		DocumentDivision:  3,
		DocumentCounty:    1,
		NearBorder:        2,
		NearBorderKm:      150,
		Near:              2,
		Far:               1,
		NearKm:            300,
		FarKm:             1000,
		Close:             2,
		Company:           1,
		RoadCountry:       2,
		CloseKm:           100,
		Language:          0.5,
		Landlocked:        6,
		OpenGap:           1,
		OpenKm:            50,
		StrayKm:           2000,
		LooseKm:           10,
		LooseShare:        0.25,
	}
}

// prior scores a namesake on what it is and on what the text says of the
// name, before the other places' choices are known.
func (k Ranking) prior(c gazetteer.Place, ownName, inCountry, inDivision, docDivision, docCountry, nearBorder, language bool) float64 {
	pop := c.Population
	if pop == 0 && c.Class == "P" {
		pop = k.UnknownPopulation[c.Code]
	}
	sc := k.PerDecade * math.Log10(float64(pop)+10)
	switch c.Class {
	case "P":
		sc += k.Populated
	case "A":
		sc += k.Division
	}
	switch {
	case (c.Code == "PPLC" || c.Code == "PPLG") && c.AltCount >= k.RenownNames:
		sc += k.Capital
	case c.Code == "PPLC" || c.Code == "PPLG":
		sc += k.Seat // the capital of a territory of a few thousand people, known by few names
	case strings.HasPrefix(c.Code, "PPLA"):
		sc += k.Seat
	}
	if ownName {
		// Renown counts only under the place's own name: Belém is known
		// in many languages, but not as "Bethlehem".
		sc += k.OwnName
		if k.RenownNames > 0 && c.AltCount > k.RenownNames {
			sc += k.PerRenown * math.Log10(float64(c.AltCount)/float64(k.RenownNames))
		}
	}
	if inCountry {
		sc += k.StatedCountry
	}
	if inDivision {
		sc += k.StatedDivision
	}
	if docDivision && !inDivision {
		sc += k.DocumentDivision
	}
	if docCountry {
		sc += k.DocumentCountry
	} else if nearBorder {
		sc += k.NearBorder
	}
	if language {
		sc += k.Language
	}
	return sc
}

// francophone are the countries and territories with French as an
// official language, by ISO alpha-2 code.
var francophone = map[string]bool{
	"FR": true, "BE": true, "CH": true, "LU": true, "MC": true, "CA": true, "HT": true,
	"SN": true, "ML": true, "BF": true, "NE": true, "CI": true, "GN": true, "TD": true,
	"CM": true, "CF": true, "CG": true, "CD": true, "GA": true, "BJ": true, "TG": true,
	"MG": true, "DJ": true, "KM": true, "BI": true, "RW": true, "SC": true, "VU": true,
	"GQ": true, "NC": true, "PF": true, "RE": true, "GP": true, "MQ": true, "GF": true,
	"YT": true, "PM": true, "WF": true, "BL": true, "MF": true,
}

// frenchWords and englishWords are frequent function words of each
// language, for languageOf.
var (
	frenchWords  = map[string]bool{"le": true, "la": true, "les": true, "des": true, "du": true, "est": true, "et": true, "une": true, "au": true, "à": true, "se": true, "dans": true, "sur": true}
	englishWords = map[string]bool{"the": true, "of": true, "and": true, "is": true, "in": true, "a": true, "it": true, "lies": true, "on": true, "from": true, "with": true}
)

// isFrench reports whether a document reads as French rather than English:
// more of its words are frequent French function words than English ones.
func isFrench(doc string) bool {
	fr, en := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == 'à')
	}) {
		switch {
		case frenchWords[w]:
			fr++
		case englishWords[w]:
			en++
		}
	}
	return fr > en
}
