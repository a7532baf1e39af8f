package text

import "testing"

// TestCorpusAsiaClasses: the reader classes that short texts from South,
// South-East, East and Central Asia and the Middle East failed on.
func TestCorpusAsiaClasses(t *testing.T) {
	checkCorpus(t, []example{
		// A numbered name keeps the part a slash glues to its number.
		{doc: "Chak 45/NB-East is a village in Sargodha District, located about 12 km north of Sargodha.",
			rels: []string{"Chak 45/NB-East: 12 km north of Sargodha", "Chak 45/NB-East: in Sargodha District"}},
		{doc: "Chak 121/9-L lies 8 km west of Sahiwal.",
			rels: []string{"Chak 121/9-L: 8 km west of Sahiwal"}},
		// A participle clause whose main clause opens with a name and a
		// verb other than a copula, in English and French.
		{doc: "Located 50 km north of Kathmandu, Nagarkot Gumba overlooks the Langtang valley.",
			rels: []string{"Nagarkot Gumba: 50 km north of Kathmandu"}},
		{doc: "Located 12 km east of Pokhara, Begnas Bazaar looks out over Begnas Lake.",
			rels: []string{"Begnas Bazaar: 12 km east of Pokhara"}},
		{doc: "Situé à 50 km au nord de Katmandou, Nagarkot Gumba domine la vallée.",
			rels: []string{"Nagarkot Gumba: 50 km north of Katmandou"}},
		// The main clause's name may take the definite article.
		{doc: "Located 3 mi (4.8 km) north of downtown Kingman, Arizona, the Hualapai Mountain Park overlooks the city.",
			rels: []string{"Hualapai Mountain Park: 4.83 km north of Kingman"}},
		{doc: "Situé à 20 km au nord de Marrakech, le Jardin Majorelle attire les visiteurs.",
			rels: []string{"Jardin Majorelle: 20 km north of Marrakech"}},
		{doc: "Situé à 20 km au nord de Marrakech, Tahannaout attire les visiteurs.",
			rels: []string{"Tahannaout: 20 km north of Marrakech"}},
		// "it" after a semicolon, as subject and as object.
		{doc: "Shor-Tepa is a village in Khatlon Region, Tajikistan; it is located 30 km south of Kulob.",
			rels: []string{"Shor-Tepa: 30 km south of Kulob"}},
		{doc: "Chak Jhumra is a town in Faisalabad District; the village of Chak 211 RB lies 9 km north of it.",
			rels: []string{"Chak 211 RB: 9 km north of Chak Jhumra"}},
		// A name in apposition to the kind that opens its clause.
		{doc: "Deh Sabz is a district of Kabul Province; its main village, Qala-e Nau, lies 15 km north-east of Kabul.",
			rels: []string{"Qala-e Nau: 15 km northeast of Kabul"}, absent: []string{"Deh Sabz: 15 km northeast of Kabul"}},
		// "Mar", the Syriac "Saint", opens a name; a landform a verb
		// takes as its object is no subject.
		{doc: "Mar Saba Monastery overlooks the Kidron Valley about 15 km east of Bethlehem.",
			rels: []string{"Mar Saba Monastery: 15 km east of Bethlehem"}},
		// Another name in a language, and the language is no place.
		{doc: "Tel Abyad, known in Kurdish as Girê Spî, lies 100 km north of Raqqa.",
			rels: []string{"Tel Abyad: 100 km north of Raqqa"}, not: []string{"Kurdish", "Kurdish as Girê Spî"}},
		// A kind after the name, written in lower case or as an acronym
		// modifier.
		{doc: "The Al-Hol IDP camp is located about 45 km east of Al-Hasakah.",
			rels: []string{"Al-Hol: 45 km east of Al-Hasakah"}},
		{doc: "The Ajanta caves lie some 100 km north-east of Aurangabad, Maharashtra, while the smaller Pitalkhora caves are about 78 km north-west of the city.",
			rels: []string{"Ajanta: 100 km northeast of Aurangabad", "Pitalkhora: 78 km northwest of Aurangabad"}},
		{doc: "Kalo is a town 20 km north of Gao. The village of Bema is 5 km west of the town.",
			rels: []string{"Bema: 5 km west of Kalo"}},
		// A district's kind in lower case before the comma of an address.
		{doc: "Gumti is a village in Aurangabad district, Bihar, 14 km south of Aurangabad.",
			rels: []string{"Aurangabad: in Bihar", "Gumti: 14 km south of Aurangabad"}},
		// A phrase after a place's address is about what is measured
		// from the place.
		{doc: "The Kutupalong refugee camp lies about 30 km south of Cox's Bazar, Bangladesh, near the town of Ukhia.",
			rels: []string{"Kutupalong: near Ukhia"}, absent: []string{"Cox's Bazar: near Ukhia"}},
		// A title after a Persian ezafe is part of the name.
		{doc: "The Qalat-e Sheikh oasis is situated 25 km south-east of Dakhla.",
			rels: []string{"Qalat-e Sheikh: 25 km southeast of Dakhla"}},
		// A local kind before "of" puts the name in what follows.
		{doc: "Thung Yai is a tambon of Nakhon Si Thammarat Province.",
			rels: []string{"Thung Yai: in Nakhon Si Thammarat Province"}},
	})
}
