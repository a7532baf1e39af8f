package locate

import "testing"

// TestWire20Briefs reads short world news briefs as wire services write
// them (AP, Reuters, AFP), with datelines, namesakes and places told
// relative to towns: the classes fixed in the wire20 round.
//
// First run, before any fix: 36 of 40 (English 23/25, French 13/15).
// "the resort of Puerto Escondido" named no place (resort was no kind of
// place) and "Mexico's southern Pacific coast" made Pacific, Missouri, a
// town in Mexico; "the provincial capital Popayan" was dropped for its
// demonym-like ending "-yan", and "in Colombia's southwestern Cauca
// province, about 25 km southwest of X" measured the province;
// « l'île italienne de Lampedusa » in a Tunisian story was no town of
// Italy (the French adjective after the kind named no country); « les
// Canaries » was Saint Lucia's quarter of Canaries. Of 15 new briefs, 13
// read right first: « , et le quartier de Sainte-Anne, à 8 km au sud de
// Saint-Benoît, » after a sentence opened by « À Saint-Benoît, à 30 km
// de Saint-Denis, » took the first phrase's subject.
func TestWire20Briefs(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		{doc: "MEXICO CITY (AP) — Hurricane Erick made landfall Thursday on Mexico's southern Pacific coast, toppling trees in Oaxaca state. The storm came ashore near the fishing village of Chacahua, about 55 kilometers (35 miles) west of the resort of Puerto Escondido, the National Hurricane Center said.",
			place: "Chacahua", anchor: "Puerto Escondido", country: "MX", km: 55,
			notPlaces: []string{"Pacific"}},
		{doc: "BOGOTA, Sept 12 (Reuters) - A landslide buried at least 20 homes in the hamlet of Loma Quemada in Colombia's southwestern Cauca province, about 25 km (15 miles) southwest of the provincial capital Popayan, the national disaster agency said.",
			place: "Loma Quemada", anchor: "Popayan", country: "CO", km: 25},
		{doc: "TUNIS (AFP) — Au moins 27 migrants se sont noyés au large de Sfax, a indiqué la garde nationale. Le bateau était parti de la plage de Sidi Frej Ouest, à environ 20 km au nord-est de Sfax, en direction de l'île italienne de Lampedusa.",
			place: "Sidi Frej Ouest", anchor: "Sfax", country: "TN", km: 20,
			mapped: []string{"Lampedusa"}},
		{doc: "SAINT-DENIS (AFP) — Le cyclone Garance a frappé vendredi l'île de La Réunion, faisant quatre morts. À Saint-Benoît, à une trentaine de kilomètres au sud-est de Saint-Denis, des centaines de maisons ont perdu leur toiture, et le quartier de Sainte-Anne, à 8 km au sud de Saint-Benoît, est privé d'eau.",
			place: "Sainte-Anne", anchor: "Saint-Benoît", country: "RE", km: 8},
	})
}

// TestWire20FrenchArchipelagos: « les Canaries », « les Baléares », « les
// Açores » are the divisions of Spain and Portugal (admin1Spellings), no
// quarter of Saint Lucia, and a far division the document gives no
// country for is left unmapped rather than taken abroad.
func TestWire20FrenchArchipelagos(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "DAKAR (AFP) — Une pirogue transportant une centaine de migrants a chaviré lundi au large de Kayar, à environ 45 km au nord-est de Dakar, a annoncé la marine sénégalaise. L'embarcation était partie de Saint-Louis et faisait route vers les Canaries, selon des rescapés.")
	for _, p := range res.Places {
		if p.Name == "Canaries" && p.Country != "" && p.Country != "ES" {
			t.Errorf("Canaries is mapped in %q, want Spain's or none", p.Country)
		}
	}
}
