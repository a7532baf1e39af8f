package text

import "testing"

// TestCorpusPropertyNotices: listings, auctions and probate notices that
// name a property and then where it lies. A size set off after the name
// ("2,450 ha of grazing country", "300 hectares with title deeds", "a
// 25-acre property with a farmhouse") is no place and the distance after
// it places the property; a South African farm's registered number
// before a participle of place is stepped over; the agent, auctioneer or
// executor a notice names before a town is a person or a firm; a French
// size aside opened by a number ("35 ha de vignes AOC") is stepped over;
// "Tract 1", "Lot 4" and "Parcel 2" are numbered names; a tract, a
// parcel, a cottage or a villa may be a nameless place, with its size
// before it ("a 10-acre tract"), and so may « le terrain » and « une
// parcelle », a size after the kind (« une ferme de 30 hectares située »);
// « Le Domaine de X, une exploitation agricole, est situé à » is about X.
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
		{doc: "Villa for sale in Kalamata: Villa Ariadne, 250 m2 on a plot of 4,000 m2, 10 km north of Kalamata.",
			rels: []string{"Villa Ariadne: 10 km north of Kalamata"}},
		{doc: "For sale: Kiptoo Ridge Farm, 120 acres near the river, 18 km north-east of Nakuru.",
			rels: []string{"Kiptoo Ridge Farm: 18 km northeast of Nakuru"}},
		// A farm's registered number, then a participle of place.
		{doc: "Notice is hereby given that the farm Rietvallei 214, situated 25 km north of Bethlehem in the Free State, will be sold by public auction.",
			rels: []string{"Rietvallei: 25 km north of Bethlehem"}},
		{doc: "He was born on the farm Kareebosch 412, located 25 km north-west of Bethlehem.",
			rels: []string{"Kareebosch: 25 km northwest of Bethlehem"}},
		// A French size aside, whatever it holds, set off by commas.
		{doc: "À vendre : Domaine viticole Château Belcastel, 35 ha de vignes AOC, situé à 15 km au nord-ouest de Carcassonne.",
			rels: []string{"Château Belcastel: 15 km northwest of Carcassonne"}, absent: []string{"Domaine: 15 km northwest of Carcassonne"}},
		{doc: "À vendre : la ferme des Aulnes, 40 ha de prairies, située à 6 km au sud de Guéret.",
			rels: []string{"Aulnes: 6 km south of Guéret"}},
		// The numbered tracts and lots of a sale are places.
		{doc: "Tract 1 lies 4 miles north of Nevada, Iowa; Tract 2 is 2 miles west of Huxley.",
			rels: []string{"Tract 1: 6.44 km north of Nevada", "Tract 2: 3.22 km west of Huxley"}},
		{doc: "Notice of intention to expropriate: Erf 1234, situated 3 km west of Stellenbosch, is required for a road.",
			rels: []string{"Erf 1234: 3 km west of Stellenbosch"}},
		{doc: "Lot 4 is a 40-acre parcel 3 miles east of Tonopah.",
			rels: []string{"Lot 4: 4.83 km east of Tonopah"}},
		// A nameless tract, parcel, cottage or villa, with its size.
		{doc: "Sheriff's sale: a 10-acre tract situated approximately 5 miles west of Lexington, Kentucky, will be sold at public auction.",
			rels: []string{"a 10-acre tract: 8.05 km west of Lexington"}},
		{doc: "A 10-acre tract is situated 5 miles west of Lexington.",
			rels: []string{"A 10-acre tract: 8.05 km west of Lexington"}},
		{doc: "The parcel is located 12 km south of Lethbridge, Alberta.",
			rels: []string{"The parcel: 12 km south of Lethbridge"}},
		{doc: "The cottage lies 2 miles west of Louth and has a large garden.",
			rels: []string{"The cottage: 3.22 km west of Louth"}},
		{doc: "A villa 6 km south of Hammamet is for sale.",
			rels: []string{"A villa: 6 km south of Hammamet"}},
		// French: « le terrain », « une parcelle », and a size after the kind.
		{doc: "Le terrain se trouve à 15 km au nord de Thiès.",
			rels: []string{"Le terrain: 15 km north of Thiès"}},
		{doc: "Une parcelle située à 2 km au nord de Ouahigouya est à vendre.",
			rels: []string{"Une parcelle: 2 km north of Ouahigouya"}},
		{doc: "Une ferme de 30 hectares située à 25 km à l'ouest de Meknès est à vendre.",
			rels: []string{"Une ferme de 30 hectares: 25 km west of Meknès"}},
		{doc: "Le terrain, d'une superficie de 2 ha, se trouve à 15 km au nord de Thiès.",
			rels: []string{"Le terrain: 15 km north of Thiès"}},
		// A French name after its article, then an apposition before the verb.
		{doc: "Le Domaine de Brisson, une exploitation agricole, est situé à 18 km à l'est de Châteauroux.",
			rels: []string{"Domaine de Brisson: 18 km east of Châteauroux"}},
		{doc: "La Ferme des Trois Chênes, exploitation de 80 ha, est située à 18 km à l'est de Châteauroux.",
			rels: []string{"Ferme des Trois Chênes: 18 km east of Châteauroux"}},
		// Who handles the sale is no place.
		{doc: "FOR SALE: a site at Ballyogan, 5 km north of Ennis. Contact Sherry FitzGerald, Ennis.",
			rels: []string{"Ballyogan: 5 km north of Ennis"}, not: []string{"Sherry FitzGerald", "Contact Sherry FitzGerald"}},
		{doc: "The cottage will be offered by auctioneer Martin Hayes, Thurles, on Friday.",
			not: []string{"Martin Hayes"}},
		// A French notary or bailiff by the noun of the office.
		{doc: "La vente aura lieu à Kaolack. S'adresser au notaire Amadou Diop, à Kaolack.",
			not: []string{"Amadou Diop"}},
		// A French notice's heading in capitals is no place.
		{doc: "AVIS D'ENQUÊTE PUBLIQUE. Une enquête est ouverte sur un parc éolien au lieu-dit La Croix Blanche, à 12 km à l'est de Châteauroux (Indre).",
			rels: []string{"La Croix Blanche: 12 km east of Châteauroux"}, not: []string{"D'ENQUÊTE PUBLIQUE", "ENQUÊTE PUBLIQUE"}},
		{doc: "AVIS D'APPEL D'OFFRES. Construction d'un barrage à 40 km au nord d'Antsirabe.",
			places: []string{"Antsirabe"}, not: []string{"D'APPEL D'OFFRES", "APPEL D'OFFRES"}},
		{doc: "AVIS D'EXPROPRIATION POUR CAUSE D'UTILITÉ PUBLIQUE. Les terrains situés à 18 km à l'ouest de Bafoussam sont concernés.",
			places: []string{"Bafoussam"}, not: []string{"D'EXPROPRIATION POUR CAUSE D'UTILITÉ PUBLIQUE", "D'UTILITÉ PUBLIQUE"}},
		{doc: "VENTE AUX ENCHÈRES. La vente aura lieu à Rouen le 3 mai.", places: []string{"Rouen"}},
		// A firm that sells property, by the word that ends its name.
		{doc: "The coffee farm known as Kibosho Estate, 18 km north of Moshi, will be sold. Auctioneer: Kilimanjaro Auction Mart, Moshi.",
			rels: []string{"Kibosho Estate: 18 km north of Moshi"}, not: []string{"Kilimanjaro Auction Mart"}},
		{doc: "A cottage 8 km west of Killarney is for sale. Enquiries: Daly Auctioneers, Killarney.",
			not: []string{"Daly Auctioneers"}},
		{doc: "Listed by Big Sky Realty, Bozeman. The lot lies 9 miles south of Bozeman.",
			not: []string{"Big Sky Realty"}},
	})
}
