package text

import "testing"

// TestCorpusPropertyNotices: listings, auctions and probate notices that
// name a property and then where it lies. A size set off after the name
// ("2,450 ha of grazing country", "300 hectares with title deeds", "a
// 25-acre property with a farmhouse") is no place and the distance after
// it places the property; a South African farm's registered number
// before a participle of place is stepped over; the agent, auctioneer or
// executor a notice names before a town is a person or a firm.
func TestCorpusPropertyNotices(t *testing.T) {
	checkCorpus(t, []example{
		// A size apposition between the name and the distance.
		{doc: "AUCTION: 'Yarrabee Station', 2,450 ha of grazing and cropping country located 35 km south-west of Dubbo, New South Wales.",
			rels: []string{"Yarrabee Station: 35 km southwest of Dubbo"}},
		{doc: "Farm for sale in Eastern Province, Zambia: Chimwemwe Farm, 300 hectares with title deeds, 30 km east of Chipata.",
			rels: []string{"Chimwemwe Farm: 30 km east of Chipata"}},
		{doc: "Se vende parcela / Plot for sale: Parcela Los Alerces, 5,000 m2, located 5 km south of Puerto Varas, Chile.",
			rels: []string{"Parcela Los Alerces: 5 km south of Puerto Varas"}},
		{doc: "Dallas Realty Group lists the Brazos Bend homestead, a 25-acre property, 15 miles south of Waco, Texas.",
			rels: []string{"Brazos Bend: 24.1 km south of Waco"}, absent: []string{"Dallas Realty Group: 24.1 km south of Waco"}},
		{doc: "Dallas Realty Group is pleased to list the Brazos Bend homestead, a 25-acre property with a farmhouse, 15 miles south of Waco, Texas.",
			rels: []string{"Brazos Bend: 24.1 km south of Waco"}, absent: []string{"Dallas Realty Group: 24.1 km south of Waco"}},
		// A farm's registered number, then a participle of place.
		{doc: "Notice is hereby given that the farm Rietvallei 214, situated 25 km north of Bethlehem in the Free State, will be sold by public auction.",
			rels: []string{"Rietvallei: 25 km north of Bethlehem"}},
		{doc: "He was born on the farm Kareebosch 412, located 25 km north-west of Bethlehem.",
			rels: []string{"Kareebosch: 25 km northwest of Bethlehem"}},
		// Who handles the sale is no place.
		{doc: "FOR SALE: a site at Ballyogan, 5 km north of Ennis. Contact Sherry FitzGerald, Ennis.",
			rels: []string{"Ballyogan: 5 km north of Ennis"}, not: []string{"Sherry FitzGerald", "Contact Sherry FitzGerald"}},
		{doc: "The cottage will be offered by auctioneer Martin Hayes, Thurles, on Friday.",
			not: []string{"Martin Hayes"}},
	})
}
