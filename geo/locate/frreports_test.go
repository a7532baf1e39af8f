package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestFrenchReportsBlind6 is a sixth blind round of French texts, written
// before locus read them, in the genre it is made for: wire and radio
// reports (RFI, AFP, Jeune Afrique, Le Monde Afrique), communiqués of the
// French and Sahelian armed forces, OCHA reports, encyclopedia stubs of
// villages from West and Central Africa, the Maghreb, Madagascar, Haïti,
// Québec, France, Belgium and Switzerland, and histories of the Algerian
// war, the colonial conquest and 1914-1918. Each locates an invented place
// from a real one. At first run 29 of the 36 read right. The failures fell
// into five classes, fixed since: a spot named by its kind and located
// after a comma ("au lieu-dit X, à 20 km", "dans la zone d'X, à 40 km",
// "dans l'oued X, à 30 km"; geo/text), the forces named by a mixed-case
// acronym ("les FAMa"; the organisations table), a vague nearness to a
// land border outweighing a stated distance in a compromise (placeByFirm),
// a namesake known only by an alternate name ("Bienne": Biel/Bienne or
// Vienna) beside a container the reader did not read ("un lieu-dit du
// canton de Berne": the part-of heads of lexicon/fr/entry.tsv) nor the
// gazetteer know by its French name (admin1Spellings), and, counted
// apart, a province named like a country ("la province de Luxembourg";
// divisionOfKind). All 36 read right now. One text (Tégueye-Zéno) was
// inconsistent as written: 80 km north of Tahoua lies some 140 km from
// Mali, not "près de la frontière"; the distance now wins and the
// nearness is reported as failing.
func TestFrenchReportsBlind6(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Wire and radio reports: ambushes, camps and posts located from a town, with forces, agencies and armed groups named around them.
		{doc: "Au moins 14 soldats des FAMa ont été tués mardi dans une embuscade tendue à Tin-Aghrouf, à une cinquantaine de kilomètres au nord-ouest de Gao, selon des sources sécuritaires citées par RFI. L'attaque a été revendiquée par le JNIM.",
			place: "Tin-Aghrouf", anchor: "Gao", country: "ML", km: 50, notPlaces: []string{"FAMa", "RFI", "JNIM"}},
		{doc: "Des hommes armés ont attaqué jeudi le campement de Tagharbit, situé à environ 30 km au sud de Ménaka, tuant 21 civils, a appris l'AFP de sources locales. La région de Ménaka est la cible d'attaques répétées de l'EIGS depuis 2022.",
			place: "Tagharbit", anchor: "Ménaka", country: "ML", km: 30, notPlaces: []string{"AFP", "EIGS"}},
		{doc: "Le 21 février, une patrouille des FDS a été attaquée à Tinkim-Gourma, à 45 km au nord-ouest de Tillabéri, sur l'axe Tillabéri-Ayorou. Le bilan est de 7 militaires tués et 12 assaillants neutralisés.",
			place: "Tinkim-Gourma", anchor: "Tillabéri", country: "NE", km: 45, mapped: []string{"Ayorou"}, notPlaces: []string{"FDS"}},
		{doc: "Depuis le 3 juin, plus de 4 500 personnes déplacées sont arrivées sur le site de Silgadji-Peulh, à une vingtaine de kilomètres au sud de Djibo, dans la région du Sahel. Les besoins prioritaires sont l'eau, les abris et les vivres.",
			place: "Silgadji-Peulh", anchor: "Djibo", country: "BF", km: 20},
		{doc: "Le village de Garin Wanzam, à une trentaine de kilomètres à l'ouest de Diffa, non loin de la frontière avec le Nigeria, a été attaqué par des combattants de Boko Haram dans la nuit de samedi à dimanche.",
			place: "Garin Wanzam", anchor: "Diffa", country: "NE", km: 30, notPlaces: []string{"Boko Haram"}},
		{doc: "À Bourem comme à Ansongo, les habitants racontent la même peur. À Tassik-Bangou, un hameau situé à 60 km au nord de Gao sur la route de Bourem, les jihadistes ont incendié les greniers.",
			place: "Tassik-Bangou", anchor: "Gao", country: "ML", km: 60, mapped: []string{"Bourem", "Ansongo"}},
		{doc: "Des hommes armés ont enlevé jeudi un chef coutumier à Tégueye-Zéno, à 80 km au nord de Tahoua, près de la frontière malienne, a-t-on appris de sources locales.",
			place: "Tégueye-Zéno", anchor: "Tahoua", country: "NE", km: 80},
		{doc: "Un affrontement entre éleveurs et agriculteurs a fait 23 morts mercredi à Mangalmé-Tiéro, à quelque 70 km au nord-est de Mongo, dans la province du Guéra, selon le gouverneur.",
			place: "Mangalmé-Tiéro", anchor: "Mongo", country: "TD", km: 70},
		{doc: "Dans l'Extrême-Nord, les combattants de Boko Haram ont attaqué le poste de Kolofata-Gréa, à 12 km à l'ouest de Mora, à la frontière du Nigeria.",
			place: "Kolofata-Gréa", anchor: "Mora", country: "CM", km: 12, notPlaces: []string{"Boko Haram"}},
		{doc: "Selon OCHA, plus de 12 000 ménages ont fui vers Butembo et Beni, ainsi qu'à Mbingi-Kibirizi, à environ 35 km au sud-ouest de Butembo, dans le territoire de Lubero.",
			place: "Mbingi-Kibirizi", anchor: "Butembo", country: "CD", km: 35, mapped: []string{"Beni"}, notPlaces: []string{"OCHA"}},
		{doc: "La ville de Djibo est sous blocus depuis février. Le convoi attaqué lundi a été pris à partie à la sortie de Silmiougou-Yarcé, à une trentaine de kilomètres au sud de Djibo, sur l'axe Kongoussi-Djibo.",
			place: "Silmiougou-Yarcé", anchor: "Djibo", country: "BF", km: 30, mapped: []string{"Kongoussi"}},
		{doc: "Dans le cercle de Niono, des affrontements ont opposé la katiba Macina aux chasseurs dozos à Dogofry-Kouma, à 40 km au nord de Niono. La ville de Ségou accueille les déplacés.",
			place: "Dogofry-Kouma", anchor: "Niono", country: "ML", km: 40, mapped: []string{"Ségou"}, notPlaces: []string{"dozos"}},
		{doc: "Des éléments du groupe armé 3R ont attaqué mardi Bokolobo-Kota, une localité située à 45 km au nord de Bossangoa, sur la RN1, a indiqué la MINUSCA.",
			place: "Bokolobo-Kota", anchor: "Bossangoa", country: "CF", km: 45, notPlaces: []string{"MINUSCA", "3R", "RN1"}},
		{doc: "Le 14 juillet, 32 personnes ont été tuées et 150 maisons incendiées à Zaongo-Peulh, village situé entre Kaya et Kongoussi, à 18 km au nord-ouest de Kaya.",
			place: "Zaongo-Peulh", anchor: "Kaya", country: "BF", km: 18, mapped: []string{"Kongoussi"}},
		{doc: "L'embuscade s'est produite entre Douentza et Bandiagara, au niveau du village de Dalla-Tondi, à 35 km au sud de Douentza, sur la RN16.",
			place: "Dalla-Tondi", anchor: "Douentza", country: "ML", km: 35, mapped: []string{"Bandiagara"}, notPlaces: []string{"RN16"}},
		// Communiqués of the armed forces: a spot named by its kind ("au lieu-dit X", "dans la zone d'X", "dans l'oued X", "le poste de X"), and a vague nearness to a border that a stated distance outweighs.
		{doc: "Le 12 mars, la force Barkhane a neutralisé une quinzaine de terroristes dans la zone d'Ouro Fitiéré, à 40 km au sud-est de Douentza, non loin de la frontière avec le Burkina Faso. Deux motos et un pick-up ont été détruits.",
			place: "Ouro Fitiéré", anchor: "Douentza", country: "ML", km: 40, notPlaces: []string{"Barkhane"}},
		{doc: "Les FAMa ont repoussé ce matin une attaque terroriste contre le poste de Niamana-Peulh, à 70 km à l'ouest de Ténenkou, dans la région de Mopti. Bilan provisoire : 9 terroristes neutralisés, 3 blessés côté ami.",
			place: "Niamana-Peulh", anchor: "Ténenkou", country: "ML", km: 70, notPlaces: []string{"FAMa"}},
		{doc: "Une unité du 14e Régiment interarmes a été prise à partie le 4 octobre à Kacham-Yali, localité située à 25 km au nord de Gorom-Gorom, dans la province de l'Oudalan. Plusieurs assaillants ont été neutralisés.",
			place: "Kacham-Yali", anchor: "Gorom-Gorom", country: "BF", km: 25},
		{doc: "Le 2 juin, les forces armées françaises ont mené une opération au lieu-dit Eraf-Naman, à une vingtaine de kilomètres au nord-est d'Ansongo, à proximité de la frontière nigérienne. Une vingtaine de terroristes de l'EIGS ont été neutralisés.",
			place: "Eraf-Naman", anchor: "Ansongo", country: "ML", km: 20, notPlaces: []string{"EIGS"}},
		{doc: "Le 19 février 2013, lors de l'opération Serval, les légionnaires du 2e REP ont été accrochés dans l'oued Amettetaï-Ouest, à environ 30 km au sud de Tessalit, dans l'Adrar des Ifoghas.",
			place: "Amettetaï-Ouest", anchor: "Tessalit", country: "ML", km: 30, notPlaces: []string{"Serval", "REP"}},
		// Encyclopedia stubs of villages and hamlets, with their containers (cercle, province, wilaya, MRC, canton) and homonyms (the Belgian province of Luxembourg).
		{doc: "Tiguila-Sokoura est un village du Mali, dans le cercle de Bla et la région de Ségou. Il est situé à 15 km au nord-est de Bla.",
			place: "Tiguila-Sokoura", anchor: "Bla", country: "ML", km: 15},
		{doc: "Bangassogo-Peulh est un village du département de Tougan, dans la province du Sourou, au Burkina Faso. Il se trouve à 12 km à l'ouest de Tougan.",
			place: "Bangassogo-Peulh", anchor: "Tougan", country: "BF", km: 12},
		{doc: "Kouré-Bangou est un village de la commune rurale de Kouré, dans le département de Kollo. Il est situé à environ 55 km au sud-est de Niamey.",
			place: "Kouré-Bangou", anchor: "Niamey", country: "NE", km: 55},
		{doc: "Ndiassane-Keur Mbaye est un village du Sénégal, situé à 8 km à l'est de Thiès, dans la région de Thiès.",
			place: "Ndiassane-Keur Mbaye", anchor: "Thiès", country: "SN", km: 8},
		{doc: "Hassi Tiberghamine est une localité de la commune de Timimoun, dans la wilaya de Timimoun. Elle est située à 45 km au nord-est de Timimoun, sur la RN51.",
			place: "Hassi Tiberghamine", anchor: "Timimoun", country: "DZ", km: 45, notPlaces: []string{"RN51"}},
		{doc: "Aït Bouhlal-Ouzzine est un douar de la province de Tinghir, situé à 18 km au nord de Tinghir, dans la vallée du Todgha.",
			place: "Aït Bouhlal-Ouzzine", anchor: "Tinghir", country: "MA", km: 18},
		{doc: "Ksar Ouled Mehdi-Jedid est un village du gouvernorat de Tataouine, à 25 km au nord-ouest de Tataouine.",
			place: "Ksar Ouled Mehdi-Jedid", anchor: "Tataouine", country: "TN", km: 25},
		{doc: "Ambohimanambola-Atsimo est une commune rurale de Madagascar, située à 22 km au sud d'Antsirabe, dans la région du Vakinankaratra.",
			place: "Ambohimanambola-Atsimo", anchor: "Antsirabe", country: "MG", km: 22},
		{doc: "Fonds-Cheval est une localité de la commune de Saint-Marc, à environ 12 km au nord-est de Saint-Marc, dans le département de l'Artibonite.",
			place: "Fonds-Cheval", anchor: "Saint-Marc", country: "HT", km: 12},
		{doc: "Lac-des-Huards-Sud est un hameau de la municipalité régionale de comté de Matawinie, situé à 30 km au nord de Saint-Michel-des-Saints.",
			place: "Lac-des-Huards-Sud", anchor: "Saint-Michel-des-Saints", country: "CA", km: 30},
		{doc: "Le Mas-de-Rouvière est un hameau du Gard situé à 14 km au nord d'Alès, sur la route de Saint-Ambroix.",
			place: "Le Mas-de-Rouvière", anchor: "Alès", country: "FR", km: 14},
		{doc: "Les Hayons-Bas est un hameau de la commune de Bouillon, en province de Luxembourg, situé à 7 km au nord-est de Bouillon.",
			place: "Les Hayons-Bas", anchor: "Bouillon", country: "BE", km: 7},
		{doc: "Les Prés-d'Orvin-Dessus est un lieu-dit du canton de Berne, à 6 km au nord de Bienne.",
			place: "Les Prés-d'Orvin-Dessus", anchor: "Bienne", country: "CH", km: 6},
		// Histories: the Algerian war, the colonial conquest, 1914-1918.
		{doc: "Le 8 janvier 1957, une section du 3e RPC tombe dans une embuscade au lieu-dit Oued Tiferguine, à une quinzaine de kilomètres au sud de Tizi Ouzou. Dix-sept parachutistes sont tués.",
			place: "Oued Tiferguine", anchor: "Tizi Ouzou", country: "DZ", km: 15, notPlaces: []string{"RPC"}},
		{doc: "Le 15 janvier 1894, la colonne Bonnier est surprise par les Touaregs au puits d'Aguel-Tadjit, à 60 km à l'ouest de Tombouctou, près de Goundam ; Bonnier y est tué avec onze officiers.",
			place: "Aguel-Tadjit", anchor: "Tombouctou", country: "ML", km: 60, mapped: []string{"Goundam"}, notPlaces: []string{"Touaregs", "Bonnier"}},
		{doc: "Le 21 février 1916, le bois de Ville-Haut, à 15 km au nord de Verdun, est écrasé sous les obus ; les chasseurs du lieutenant-colonel Driant y tiennent deux jours.",
			place: "Ville-Haut", anchor: "Verdun", country: "FR", km: 15, notPlaces: []string{"Driant"}},
	})
}

// TestFrenchReportsFixedClasses is a second blind batch, written after the
// fixes of TestFrenchReportsBlind6 to see them generalise: spots named by
// their kind with or without "de" ("au lieu-dit", "dans l'oued", "au
// puits", "au poste de", "dans la zone d'", "le secteur d'", "la localité
// d'"), forces and agencies by their acronym as subjects (FAMa, FDS, VDP,
// EIGS, MINUSCA, OCHA, HCR), and vague border nearness beside a stated
// distance; and, after the later fixes, kinds of container (ksar, douar,
// lieu-dit, municipalité), divisions by their French names (Extrême-Nord,
// Sud-Kivu, Neuchâtel) and a province named like a country. Of the 19,
// 5 read right on the code before the fixes and 17 after; the two left
// name their classes.
func TestFrenchReportsFixedClasses(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "Les FAMa ont neutralisé une dizaine d'assaillants au lieu-dit Tin-Hamma, à 35 km au sud-ouest de Kidal, selon un communiqué de l'état-major.",
			place: "Tin-Hamma", anchor: "Kidal", country: "ML", km: 35, notPlaces: []string{"FAMa", "Les FAMa"}},
		{doc: "Le 7 avril 1958, une compagnie du 9e RCP est accrochée dans l'oued Djemaa-Tizra, à une vingtaine de kilomètres au nord de Tébessa, non loin de la frontière tunisienne.",
			place: "Djemaa-Tizra", anchor: "Tébessa", country: "DZ", km: 20, notPlaces: []string{"RCP"}},
		{doc: "Selon OCHA, des affrontements ont été signalés dans la zone d'Inaloglog, à environ 60 km à l'est de Tombouctou. Plus de 800 ménages ont fui vers Goundam.",
			place: "Inaloglog", anchor: "Tombouctou", country: "ML", km: 60, mapped: []string{"Goundam"}, notPlaces: []string{"OCHA"}},
		{doc: "Les FDS ont repoussé une attaque au poste de Tamalat-Ouest, à 25 km au nord de Ouallam, près de la frontière malienne, a indiqué le ministère de la Défense.",
			place: "Tamalat-Ouest", anchor: "Ouallam", country: "NE", km: 25, notPlaces: []string{"FDS", "Les FDS"}},
		{doc: "Des VDP ont été pris pour cible dans le secteur d'Intangom-Bas, à une quarantaine de kilomètres au nord-est de Dori. Le bilan est de 11 morts.",
			place: "Intangom-Bas", anchor: "Dori", country: "BF", km: 40, notPlaces: []string{"VDP"}},
		{doc: "L'opération a été conduite au lieu-dit Aghazragh-Nord, à une cinquantaine de kilomètres au nord-ouest de Ménaka, non loin de la frontière avec le Niger. Plusieurs motos ont été saisies.",
			place: "Aghazragh-Nord", anchor: "Ménaka", country: "ML", km: 50},
		{doc: "En mars 1916, la colonne du capitaine Laforgue est attaquée au puits In-Tamellet, à 80 km au nord d'Agadez, par les guerriers de Kaocen.",
			place: "In-Tamellet", anchor: "Agadez", country: "NE", km: 80, notPlaces: []string{"Laforgue", "Kaocen"}},
		{doc: "La mission d'évaluation s'est rendue dans la zone d'Ouro-Guéladio, à 30 km au sud de Djibo, où 2 400 déplacés vivent sans abri, selon le HCR.",
			place: "Ouro-Guéladio", anchor: "Djibo", country: "BF", km: 30, notPlaces: []string{"HCR"}},
		{doc: "Les FAMa et leurs partenaires ont mené des frappes dans l'oued Tin-Essako-Est, à environ 45 km au sud-est de Kidal.",
			place: "Tin-Essako-Est", anchor: "Kidal", country: "ML", km: 45, notPlaces: []string{"FAMa", "Les FAMa"}},
		{doc: "Une patrouille de la MINUSCA a été visée dans la zone d'Ouanda-Kette, à 50 km au nord de Bossangoa, à proximité de la frontière tchadienne.",
			place: "Ouanda-Kette", anchor: "Bossangoa", country: "CF", km: 50, notPlaces: []string{"MINUSCA"}},
		{doc: "Les EIGS ont revendiqué l'embuscade de la localité d'Ikarfane-Sud, à 70 km à l'ouest d'Ansongo, sur l'axe Gao-Ansongo.",
			place: "Ikarfane-Sud", anchor: "Ansongo", country: "ML", km: 70, mapped: []string{"Gao"}, notPlaces: []string{"EIGS"}},
		// Kinds of container (ksar, douar, lieu-dit, municipalité), divisions
		// by their French names, a province named like a country.
		{doc: "Tazrouk-Ouest est un ksar de la wilaya de Tamanrasset, situé à 45 km au nord-est de Tamanrasset.",
			place: "Tazrouk-Ouest", anchor: "Tamanrasset", country: "DZ", km: 45},
		{doc: "Imi n'Tlit-Haut est un douar de la province d'Essaouira, à 25 km au sud d'Essaouira.",
			place: "Imi n'Tlit-Haut", anchor: "Essaouira", country: "MA", km: 25},
		{doc: "Le Cerneux-Dessous est un lieu-dit du canton de Neuchâtel, à 5 km à l'ouest du Locle.",
			place: "Le Cerneux-Dessous", anchor: "Le Locle", country: "CH", km: 5},
		{doc: "Lac-Poulin-Nord est une municipalité du Québec, située à 20 km au sud de Saint-Georges, dans la Beauce.",
			place: "Lac-Poulin-Nord", anchor: "Saint-Georges", country: "CA", km: 20, unplaced: []string{"Beauce"}},
		{doc: "Mokolo-Kilda est un village de la région de l'Extrême-Nord, à 15 km au nord de Maroua.",
			place: "Mokolo-Kilda", anchor: "Maroua", country: "CM", km: 15},
		{doc: "Bugobe-Haut est une localité du Sud-Kivu, à 25 km au nord de Bukavu.",
			place: "Bugobe-Haut", anchor: "Bukavu", country: "CD", km: 25},
		{doc: "Sainte-Marie-Chevigny est un hameau de la province de Luxembourg, à 8 km au sud de Neufchâteau.",
			place: "Sainte-Marie-Chevigny", anchor: "Neufchâteau", country: "BE", km: 8},
		{doc: "Les FAMa ont neutralisé plusieurs terroristes dans l'oued Tilemsi-Sud, à une quarantaine de kilomètres au nord de Gao, non loin de la frontière algérienne.",
			place: "Tilemsi-Sud", anchor: "Gao", country: "ML", km: 40, notPlaces: []string{"FAMa", "Les FAMa"}},
	})
}

// TestVagueBorderYieldsToDistance: a place said to lie at a stated
// distance from a town and, vaguely, near a land border it cannot be near
// at that distance is placed at the distance; the nearness is reported as
// failing, and the place as contradicted.
func TestVagueBorderYieldsToDistance(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	doc := "Le 12 mars, la force Barkhane a neutralisé une quinzaine de terroristes dans la zone d'Ouro Fitiéré, à 40 km au sud-est de Douentza, non loin de la frontière avec le Burkina Faso."
	res := analyse(t, doc)
	p, a := placeNamed(t, res, "Ouro Fitiéré"), placeNamed(t, res, "Douentza")
	if d := geo.Distance(p.Point, a.Point) / 1000; d < 38 || d > 42 {
		t.Errorf("Ouro Fitiéré is %.1f km from Douentza, want 40", d)
	}
	if p.Status != StatusContradicted {
		t.Errorf("Ouro Fitiéré is %s, want contradicted", p.Status)
	}
	for _, c := range res.Checks {
		switch {
		case c.Relation == "border-distance" && c.Verdict() != VerdictContradicted:
			t.Errorf("%q is %s, want contradicted", c.Phrase, c.Verdict())
		case c.Relation == "distance" && c.Verdict() != VerdictHolds:
			t.Errorf("%q is %s, want holds", c.Phrase, c.Verdict())
		}
	}
}

// TestDivisionNamedLikeCountry: a division named with its kind ("la
// province de Luxembourg") is the division, not the country of that name,
// when the text's anchors lie near it; without the kind, the country.
func TestDivisionNamedLikeCountry(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct{ doc, country string }{
		{"Les Hayons-Bas est un hameau de la province de Luxembourg, situé à 7 km au nord-est de Bouillon.", "BE"},
		{"Kalo est un hameau de la province de Luxembourg, à 10 km au sud de Bastogne.", "BE"},
		{"Kalo est un village du Luxembourg, à 10 km au nord de Luxembourg.", "LU"},
	} {
		res := analyse(t, tt.doc)
		if p := placeNamed(t, res, "Luxembourg"); p.Country != tt.country {
			t.Errorf("%s: Luxembourg is taken in %q, want %s", tt.doc, p.Country, tt.country)
		}
		if strings.Contains(tt.doc, "Bouillon") {
			if p := placeNamed(t, res, "Les Hayons-Bas"); p.Status != StatusLocated {
				t.Errorf("%s: Les Hayons-Bas is %s, want located", tt.doc, p.Status)
			}
		}
	}
}
