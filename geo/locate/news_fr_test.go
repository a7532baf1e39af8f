package locate

import "testing"

// TestFrenchNewsTexts reads short French news texts of the kinds RFI, AFP,
// Jeune Afrique, Radio Okapi, L'Orient-Le Jour or La Presse publish about
// places wherever French is written: datelines, security sources, armed
// groups and people next to places, approximate distances ("à une
// trentaine de kilomètres de"), divisions ("dans le cercle de", "dans la
// province du Soum"), roads ("sur l'axe Gao-Ansongo"), lists, events,
// camps of displaced people, inverted relations, both apostrophes,
// articles in names ("du Caire", "des Cayes") and exonyms ("Tombouctou",
// "Alger", "Pékin", "Bagdad", "Tyr"). Each must read right, as in
// TestWorldwideTexts. The located places are invented names no place in
// the gazetteer bears; the anchors are real towns.
func TestFrenchNewsTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// Sahel: datelines, sources, armed groups, people.
		{doc: "GAO (Mali), 12 mars (AFP) - Des hommes armés ont attaqué le village d'Inkadogotane, à 25 km de Gao, selon une source sécuritaire.",
			place: "Inkadogotane", anchor: "Gao", country: "ML", km: 25, notPlaces: []string{"AFP"}},
		{doc: "Des combattants du JNIM ont incendié Kobou-Peulh, à une trentaine de kilomètres de Douentza, selon une source sécuritaire.",
			place: "Kobou-Peulh", anchor: "Douentza", country: "ML", km: 30, notPlaces: []string{"JNIM"}},
		{doc: "L'attaque a eu lieu dans la localité de Tassakant, située à 30 km de Ménaka, a indiqué le gouverneur Abdoulaye Maïga.",
			place: "Tassakant", anchor: "Ménaka", country: "ML", km: 30, notPlaces: []string{"Abdoulaye Maïga", "Abdoulaye", "Maïga"}},
		{doc: "Des hommes armés ont attaqué le village de Ndiakalou, à 25 km de Ouahigouya, dans la province du Yatenga.",
			place: "Ndiakalou", anchor: "Ouahigouya", country: "BF", km: 25},
		{doc: "Le camp de déplacés de Kalkoum, à 15 km de Djibo, dans la province du Soum, accueille plus de 8 000 personnes.",
			place: "Kalkoum", anchor: "Djibo", country: "BF", km: 15},
		{doc: "L'attaque a eu lieu à 40 km au nord-est de Dori, non loin de la frontière nigérienne, près du village de Sambonaye.",
			place: "Sambonaye", anchor: "Dori", country: "BF", km: 40},
		{doc: "Sabéré-Dioura, un village du cercle de Markala situé à 20 km à l'est de Markala, a été attaqué jeudi par des hommes armés non identifiés.",
			place: "Sabéré-Dioura", anchor: "Markala", country: "ML", km: 20},
		{doc: "Un convoi de ravitaillement est tombé dans une embuscade sur l'axe Gao-Ansongo, près de Kounsoum-Bangou, à 45 km au sud de Gao.",
			place: "Kounsoum-Bangou", anchor: "Gao", country: "ML", km: 45, mapped: []string{"Ansongo"}},
		{doc: "Des attaques simultanées ont visé Gao, Bourem et Ansongo ; la plus meurtrière a frappé Tinaffal, à 60 km au nord de Bourem.",
			place: "Tinaffal", anchor: "Bourem", country: "ML", km: 60, mapped: []string{"Gao", "Ansongo"}},
		{doc: "Gorom-Gorom se trouve à une vingtaine de kilomètres au sud de Kourfayel, où l'armée a repoussé une attaque dimanche.",
			place: "Kourfayel", anchor: "Gorom-Gorom", country: "BF", km: 20},
		{doc: "Des éléments de l’EIGS ont attaqué Tinhamma, à 50 km à l’est d’Ansongo, selon des sources locales.",
			place: "Tinhamma", anchor: "Ansongo", country: "ML", km: 50, notPlaces: []string{"EIGS"}},
		{doc: "TOMBOUCTOU (Mali), 3 avril (AFP) - Des obus sont tombés sur Hamabangou-Koira, à une dizaine de kilomètres au sud de Tombouctou.",
			place: "Hamabangou-Koira", anchor: "Tombouctou", country: "ML", km: 10, notPlaces: []string{"AFP"}},
		{doc: "KIDAL, 5 octobre (AFP) - L'armée malienne et ses partenaires russes ont repris Tinkassane, à 110 km au sud de Kidal.",
			place: "Tinkassane", anchor: "Kidal", country: "ML", km: 110, notPlaces: []string{"AFP"}},
		{doc: "Le détachement militaire de Koumbri-Est, situé à 35 km au nord-ouest de Titao, a été attaqué par le JNIM.",
			place: "Koumbri-Est", anchor: "Titao", country: "BF", km: 35, notPlaces: []string{"JNIM"}},
		{doc: "Des hommes armés non identifiés ont tué 12 villageois à Tchoma Bangou-Kaina, à une quarantaine de kilomètres d'Ouallam, dans la région de Tillabéri.",
			place: "Tchoma Bangou-Kaina", anchor: "Ouallam", country: "NE", km: 40},
		{doc: "Les assaillants ont attaqué l'île de Tchoukoutalia-Nord, à 40 km au sud-ouest de Bol, dans la province du Lac, a déclaré le gouverneur Mahamat Ali Khalil.",
			place: "Tchoukoutalia-Nord", anchor: "Bol", country: "TD", km: 40, notPlaces: []string{"Mahamat Ali Khalil", "Mahamat"}},
		// Central Africa.
		{doc: "Des combattants de Boko Haram ont attaqué dans la nuit de lundi à mardi le village de Ldamsay-Kossa, à 20 km de Mora, dans l'Extrême-Nord du Cameroun.",
			place: "Ldamsay-Kossa", anchor: "Mora", country: "CM", km: 20, notPlaces: []string{"Boko Haram"}},
		{doc: "Des séparatistes ont incendié Mbelewa, une localité située à quelque 30 km au nord-est de Bamenda, selon des habitants.",
			place: "Mbelewa", anchor: "Bamenda", country: "CM", km: 30},
		{doc: "Les rebelles du M23 se sont emparés jeudi de Kalengera-Kati, une localité située à 40 km au nord de Goma, a rapporté Radio Okapi.",
			place: "Kalengera-Kati", anchor: "Goma", country: "CD", km: 40, notPlaces: []string{"M23", "Radio Okapi", "Okapi"}},
		{doc: "Les ADF ont tué au moins 15 civils à Kyatsaba, à 35 km au nord de Beni, selon la société civile locale.",
			place: "Kyatsaba", anchor: "Beni", country: "CD", km: 35, notPlaces: []string{"ADF"}},
		{doc: "Des miliciens de la CODECO ont attaqué le site de déplacés de Lodjo-Plaine, à 25 km au nord-est de Bunia, en Ituri.",
			place: "Lodjo-Plaine", anchor: "Bunia", country: "CD", km: 25, notPlaces: []string{"CODECO"}},
		{doc: "À une cinquantaine de kilomètres de Bambari, des éléments armés de l'UPC ont pillé le village de Ndassima-Sud.",
			place: "Ndassima-Sud", anchor: "Bambari", country: "CF", km: 50, notPlaces: []string{"UPC"}},
		// West Africa.
		{doc: "Deux militaires béninois ont été tués dans l'attaque d'un poste avancé à Koudjoukou-Gourma, à 30 km au nord de Tanguiéta, près de la frontière burkinabè.",
			place: "Koudjoukou-Gourma", anchor: "Tanguiéta", country: "BJ", km: 30},
		{doc: "Le village de Koundjoaré-Nord, dans la région des Savanes, se trouve à 40 km à l'ouest de Dapaong.",
			place: "Koundjoaré-Nord", anchor: "Dapaong", country: "TG", km: 40},
		{doc: "Kafolo-Sud, à une soixantaine de kilomètres de Ferkessédougou, près de la frontière burkinabè, a été visé par une attaque jihadiste.",
			place: "Kafolo-Sud", anchor: "Ferkessédougou", country: "CI", km: 60},
		{doc: "Des heurts ont opposé des manifestants aux forces de l'ordre à Womey-Centre, à 45 km au sud-est de Nzérékoré.",
			place: "Womey-Centre", anchor: "Nzérékoré", country: "GN", km: 45},
		{doc: "Un accrochage entre l'armée et des éléments du MFDC a eu lieu à Bissine-Diola, à 20 km au sud de Ziguinchor, en Casamance.",
			place: "Bissine-Diola", anchor: "Ziguinchor", country: "SN", km: 20, notPlaces: []string{"MFDC"}},
		// Madagascar, Haiti.
		{doc: "Le cyclone Freddy a détruit des centaines de cases à Ambohitsara-Est, à 35 km au nord de Mananjary.",
			place: "Ambohitsara-Est", anchor: "Mananjary", country: "MG", km: 35, notPlaces: []string{"Freddy"}},
		{doc: "Des dahalo ont attaqué le village d'Antsakoamaro, situé à 70 km à l'ouest d'Ihosy, a indiqué la gendarmerie.",
			place: "Antsakoamaro", anchor: "Ihosy", country: "MG", km: 70},
		{doc: "Des membres du gang 400 Mawozo ont enlevé cinq personnes à Fond-Ravinette, à 15 km à l'est de Port-au-Prince.",
			place: "Fond-Ravinette", anchor: "Port-au-Prince", country: "HT", km: 15, notPlaces: []string{"Mawozo"}},
		{doc: "À Corail-Lamothe, à 25 km à l'est des Cayes, les sinistrés attendent toujours l'aide promise.",
			place: "Corail-Lamothe", anchor: "Les Cayes", country: "HT", km: 25},
		// Levant and Maghreb, exonyms.
		{doc: "Une frappe israélienne a visé une position du Hezbollah à Khirbet Deir Amess, à 10 km au sud-est de Tyr, selon l'Agence nationale d'information.",
			place: "Khirbet Deir Amess", anchor: "Tyr", country: "LB", km: 10, notPlaces: []string{"Hezbollah", "Agence nationale d'information"}},
		{doc: "Le camp de réfugiés de Nahr Ayoun se trouve à 15 km au nord-est de Tripoli, au Liban.",
			place: "Nahr Ayoun", anchor: "Tripoli", country: "LB", km: 15},
		{doc: "Des combats ont opposé l'armée syrienne aux rebelles à Tell Karmine, à 20 km au sud d'Idleb, selon l'Observatoire syrien des droits de l'homme (OSDH).",
			place: "Tell Karmine", anchor: "Idleb", country: "SY", km: 20, notPlaces: []string{"OSDH", "Observatoire"}},
		{doc: "Un attentat à la voiture piégée a fait dix morts à Albu Hamdan, à 40 km au nord de Bagdad, selon la police irakienne.",
			place: "Albu Hamdan", anchor: "Bagdad", country: "IQ", km: 40},
		{doc: "Un incendie de forêt a ravagé Tala Ouzrou, un village situé à 60 km à l'est d'Alger, selon la Protection civile.",
			place: "Tala Ouzrou", anchor: "Alger", country: "DZ", km: 60, notPlaces: []string{"Protection civile", "Protection"}},
		{doc: "La localité de Hassi Tidjerane, à 120 km au sud de Ghardaïa, a été touchée par les crues.",
			place: "Hassi Tidjerane", anchor: "Ghardaïa", country: "DZ", km: 120},
		{doc: "Le séisme a détruit le douar d'Aït Lahcen Ouzdour, à 50 km au sud de Marrakech, ont rapporté les autorités locales.",
			place: "Aït Lahcen Ouzdour", anchor: "Marrakech", country: "MA", km: 50},
		{doc: "Des migrants ont été interceptés à Henchir Lahmar, à 30 km au nord de Sfax, a annoncé la Garde nationale.",
			place: "Henchir Lahmar", anchor: "Sfax", country: "TN", km: 30, notPlaces: []string{"Garde nationale"}},
		{doc: "Des pluies torrentielles ont inondé Kafr Abou Selim, un village situé à 30 km au nord du Caire.",
			place: "Kafr Abou Selim", anchor: "Le Caire", country: "EG", km: 30},
		{doc: "Des inondations ont coupé Liuzhangying, à 60 km au nord de Pékin, selon l'agence Chine nouvelle.",
			place: "Liuzhangying", anchor: "Pékin", country: "CN", km: 60, notPlaces: []string{"Chine nouvelle"}},
		// Europe, Québec, Pacific, Bolivia.
		{doc: "Les pompiers luttaient mardi contre l'incendie près du hameau de Combe-Rousset, à 15 km au nord-ouest de Gap (Hautes-Alpes).",
			place: "Combe-Rousset", anchor: "Gap", country: "FR", km: 15},
		{doc: "Les eaux ont envahi Hodbomont-Bas, un hameau situé à 10 km au sud de Verviers, dans la province de Liège.",
			place: "Hodbomont-Bas", anchor: "Verviers", country: "BE", km: 10},
		{doc: "L'éboulement a enseveli le hameau de Praz-de-Vouargne, à 12 km au sud de Sion, en Valais.",
			place: "Praz-de-Vouargne", anchor: "Sion", country: "CH", km: 12},
		{doc: "Les feux de forêt menacent Lac-Mistassibi-Nord, à 40 km au nord de Chibougamau, selon la SOPFEU.",
			place: "Lac-Mistassibi-Nord", anchor: "Chibougamau", country: "CA", km: 40, notPlaces: []string{"SOPFEU"}},
		{doc: "Des barrages ont été érigés à Tiéta-Mouli, à 20 km au nord de Koné, selon le haut-commissariat.",
			place: "Tiéta-Mouli", anchor: "Koné", country: "NC", km: 20},
		{doc: "Le glissement de terrain a enseveli une partie de Chuquiaguillo Alto, à 12 km de La Paz, en Bolivie.",
			place: "Chuquiaguillo Alto", anchor: "La Paz", country: "BO", km: 12},
	})
}
