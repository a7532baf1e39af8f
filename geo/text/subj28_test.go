package text

import "testing"

// TestSubj28OriginWords: a capitalised word of origin opening a sentence
// before « de » and a name (lexicon/fr/stopcaps.tsv) is no part of the
// name, so the apposition after it places the name alone.
func TestSubj28OriginWords(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Originaire de Mbouladji, un hameau à une vingtaine de kilomètres au nord de Tambacounda, le griot chante en mandinka.",
			rels: []string{"Mbouladji: 20 km north of Tambacounda"}, not: []string{"Originaire de Mbouladji"}},
		{doc: "Natif de Kossodo-Yaar, un village à 12 km à l'est de Koudougou, l'athlète court pour l'ASFA.",
			rels: []string{"Kossodo-Yaar: 12 km east of Koudougou"}, not: []string{"Natif de Kossodo-Yaar"}},
		{doc: "Issue de Ngoyla-Sud, une localité située à 30 km au sud de Lomié, la romancière vit à Yaoundé.",
			rels: []string{"Ngoyla-Sud: 30 km south of Lomié"}, not: []string{"Issue de Ngoyla-Sud"}},
		{doc: "Venu de Tafrant-Oufella, un douar à 18 km au nord d'Ouezzane, le berger a rejoint Tanger.",
			rels: []string{"Tafrant-Oufella: 18 km north of Ouezzane"}, not: []string{"Venu de Tafrant-Oufella"}},
		{doc: "Originaires de Bakadadji-Sonninké, un village à 8 km au sud de Bakel, les deux frères ont fondé l'orchestre.",
			rels: []string{"Bakadadji-Sonninké: 8 km south of Bakel"}, not: []string{"Originaires de Bakadadji-Sonninké"}},
		{doc: "Revenue de Tchintabaraden-Ouest, un campement à 20 km au nord de Tahoua, l'infirmière a rouvert le dispensaire.",
			rels: []string{"Tchintabaraden-Ouest: 20 km north of Tahoua"}, not: []string{"Revenue de Tchintabaraden-Ouest"}},
		// The English words were read so before: kept as a check.
		{doc: "Originally from Kanyabisi, a village some 20 km north of Gulu, the boxer now trains in Kampala.",
			rels: []string{"Kanyabisi: 20 km north of Gulu"}},
		{doc: "Born in Dzhergalan-Sai, a hamlet about 25 km east of Karakol, she moved to Bishkek at ten.",
			rels: []string{"Dzhergalan-Sai: 25 km east of Karakol"}},
	})
}

// TestSubj28SemicolonIndefinite: after a semicolon, an indefinite kind
// of place and its name between commas name the clause's subject, as at
// the start of a sentence; "further west" with no object is measured from
// the topic.
func TestSubj28SemicolonIndefinite(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ombalantu lies 40 km west of Oshakati. It has a market and a clinic; a small cattle post, Oshitutuma, lies some 9 km further north.",
			rels: []string{"Oshitutuma: 9 km north of Ombalantu"}},
		{doc: "Garissa received 400 tonnes of maize; a new IDP site, Bula Hawa, opened about 15 km north of Garissa.",
			rels: []string{"Bula Hawa: 15 km north of Garissa"}, absent: []string{"Garissa: 15 km north of Garissa"}},
		{doc: "Dadaab is full; a fourth camp, Ifo West, was opened some 12 km east of Dadaab.",
			rels: []string{"Ifo West: 12 km east of Dadaab"}},
		{doc: "The mission reached Korem on Monday; a second camp, Adi Tsegea, stands 6 km south of Korem, on the old road.",
			rels: []string{"Adi Tsegea: 6 km south of Korem"}},
		{doc: "Mongo a reçu 800 déplacés ; un second site, Am-Dagachi, a été ouvert à 20 km à l'est de Mongo.",
			rels: []string{"Am-Dagachi: 20 km east of Mongo"}},
		{doc: "Les vivres sont arrivés à Diffa ; une nouvelle ferme, Kindjandi-Gana, se trouve à 14 km au sud de Diffa.",
			rels: []string{"Kindjandi-Gana: 14 km south of Diffa"}},
		{doc: "Ouallam est une commune du Niger. Le marché y est hebdomadaire ; un campement peul, Tondikiwindi-Koira, est situé à 10 km plus au nord.",
			rels: []string{"Tondikiwindi-Koira: 10 km north of Ouallam"}},
	})
}

// TestSubj28FrenchContainerChain: a participle after a chain of areas the
// subject lies in, set off by commas, bare or after « à », « au », or
// a division named after its kind with no « de », places the subject,
// not the last area.
func TestSubj28FrenchContainerChain(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Ambalavao-Ambony est un village betsileo de la région Haute Matsiatra, à Madagascar, situé à environ 20 km au sud de Fianarantsoa.",
			rels: []string{"Ambalavao-Ambony: 20 km south of Fianarantsoa"}, absent: []string{"Madagascar: 20 km south of Fianarantsoa"}},
		{doc: "Kpélé-Dafo est un village de la préfecture de Kloto, région des Plateaux, Togo, situé à 15 km au nord de Kpalimé.",
			rels: []string{"Kpélé-Dafo: 15 km north of Kpalimé"}, absent: []string{"Togo: 15 km north of Kpalimé"}},
		{doc: "Nyabihu-Hejuru est une colline de la province Ouest, au Rwanda, située à 12 km à l'est de Gisenyi.",
			rels: []string{"Nyabihu-Hejuru: 12 km east of Gisenyi"}, absent: []string{"Rwanda: 12 km east of Gisenyi"}},
		{doc: "Des pluies ont détruit Kalkaya, un hameau du Mayo-Tsanaga, au Cameroun, situé à 25 km à l'ouest de Mokolo.",
			rels: []string{"Kalkaya: 25 km west of Mokolo"}},
		{doc: "Toubéré-Bali est un village de la région Tambacounda, situé à 30 km à l'est de Goudiry.",
			rels: []string{"Toubéré-Bali: 30 km east of Goudiry"}, absent: []string{"Tambacounda: 30 km east of Goudiry"}},
		// English writes the same chain, which was read so before.
		{doc: "Ambalavao-Ambony is a Betsileo village in the Haute Matsiatra region of Madagascar, located about 20 km south of Fianarantsoa.",
			rels: []string{"Ambalavao-Ambony: 20 km south of Fianarantsoa"}},
		{doc: "Kpele-Dafo is a village in Kloto Prefecture, Plateaux Region, Togo, situated 15 km north of Kpalimé.",
			rels: []string{"Kpele-Dafo: 15 km north of Kpalimé"}},
	})
}
