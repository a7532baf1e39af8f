package text

import "testing"

// Classes of the kept-aside set B, read after its first run.

// TestItAfterKindFollows: "A landslide … buried most of Tumbipaka hamlet …
// It lies roughly 20 km north-west of Wabag": a name with a kind of place
// after it is the place "it" stands for.
func TestItAfterKindFollows(t *testing.T) {
	checkDistance(t, "A landslide at about 3 a.m. on Friday buried most of Tumbipaka hamlet, with at least 40 houses destroyed. It lies roughly 20 km north-west of Wabag, the provincial capital.", "Tumbipaka", "Wabag")
}

// TestDatelineColon: "Mumbai, 4 June 2024: Sahyadri Greenpower Ltd today
// announced …": a release's date closed by a colon makes a dateline.
func TestDatelineColon(t *testing.T) {
	checkEvidence(t, "Mumbai, 4 June 2024: Sahyadri Greenpower Ltd today announced the commissioning of its solar park.", "Mumbai", EvidencePreposition)
}

// TestSomewhereRange: "Pipal Bot teahouse, somewhere between 5 and 7 km
// north of Besisahar": "somewhere" is a filler before a range.
func TestSomewhereRange(t *testing.T) {
	checkDistance(t, "First night we stayed at Pipal Bot teahouse, somewhere between 5 and 7 km north of Besisahar on the jeep track – very basic.", "Pipal Bot", "Besisahar")
}

// TestDrilledFrom: "the Sarybulak-3 well, drilled from a pad 32 km
// north-east of Aktobe": the pad the well is drilled from places the
// well; "LLP" closes a firm's name (firmwords.tsv), which is no subject.
func TestDrilledFrom(t *testing.T) {
	doc := "Astana, 2 September 2024 – Caspian Steppe Oil LLP today announced first oil from the Sarybulak-3 well, drilled from a pad 32 km north-east of Aktobe."
	checkDistance(t, doc, "Sarybulak-3", "Aktobe")
	checkEvidence(t, doc, "Caspian Steppe Oil LLP", EvidenceCapitalised)
}

// TestItAfterAppositionSemicolon: "Our guesthouse, Hrafnabjörg, is a
// converted farmhouse; Egilsstaðir lies 25 km south-east of it": "it" is
// the name in apposition to the clause's subject.
func TestItAfterAppositionSemicolon(t *testing.T) {
	checkDistance(t, "Our guesthouse, Hrafnabjörg, is a converted farmhouse; Egilsstaðir lies 25 km south-east of it, so we really were out in the countryside.", "Egilsstaðir", "Hrafnabjörg")
}

// TestFrenchTeamNickname: « un ancien défenseur des Canadiens de Montréal
// »: a team's nickname (clubleads.tsv) read apart from its town still
// makes the town part of the club's name.
func TestFrenchTeamNickname(t *testing.T) {
	checkEvidence(t, "Le propriétaire, un ancien défenseur des Canadiens de Montréal, a indiqué que les chalets avaient été épargnés.", "Montréal", EvidenceUnlikely)
	checkEvidence(t, "Les Éléphants de Côte d'Ivoire ont battu le Mali à Abidjan.", "Abidjan", EvidencePreposition)
}

// TestFrenchKindNamedAntecedent: « PARAKOU – La ferme avicole Sèwanou …
// Parakou se trouve à 12 km au sud de la ferme »: « la ferme » stands for
// the name its kind opened, past an adjective of what it produces; the
// dateline town is no subject of the clause after it.
func TestFrenchKindNamedAntecedent(t *testing.T) {
	checkDistance(t, "PARAKOU – La ferme avicole Sèwanou, lancée en 2021 par un jeune ingénieur agronome, produit désormais 12 000 œufs par jour. Parakou se trouve à 12 km au sud de la ferme, qui emploie une trentaine de jeunes.", "Parakou", "Sèwanou")
}

// TestListedBeforeFrame: « Les œufs sont vendus à Parakou, à Djougou, à
// quelque 115 km à l'ouest »: a distance after the second place of a list
// is measured from the first, not from the place the text is about.
func TestListedBeforeFrame(t *testing.T) {
	checkDistance(t, "La ferme avicole Sèwanou produit 12 000 œufs par jour. Parakou se trouve à 12 km au sud de la ferme. Les œufs sont vendus à Parakou, à Djougou, à quelque 115 km à l'ouest, et jusqu'à Cotonou.", "Parakou", "Djougou")
	checkDistance(t, "The Sewanou farm lies 12 km north of Parakou. Its eggs are sold in Parakou, in Djougou, some 115 km to the west, and in Cotonou.", "Parakou", "Djougou")
}

// TestSideBeforeMatch: "Athlone Town's league game against Longford Town":
// a name ending in "Town" or "City" whose possessive owns a game is a
// club; "Cape Town's city council" is still the city.
func TestSideBeforeMatch(t *testing.T) {
	checkEvidence(t, "Separately, Athlone Town's league game against Longford Town on Friday night has been postponed.", "Athlone Town", EvidenceUnlikely)
	checkEvidence(t, "Cork City's cup tie was called off.", "Cork City", EvidenceUnlikely)
	noUnlikely(t, "Cape Town's city council met on Friday.", "Cape Town")
}

// TestCourtDateline: "WINDHOEK HIGH COURT – A farmer …": a court's name in
// capitals before the dash is a dateline, and the town it sits in is a
// place.
func TestCourtDateline(t *testing.T) {
	checkEvidence(t, "WINDHOEK HIGH COURT – A farmer from Keetmanshoop was on Monday sentenced to eight years' imprisonment for stock theft.", "WINDHOEK", EvidencePreposition)
}

// TestGenericSiteAntecedent: "the site" and « la propriété », « le site »
// stand for the holding or work the text named before, whatever its kind:
// "Hólmsbær, a turf farm … 8 km south-west of the site", « sa station de
// Pwaraoua … au sud-est de la propriété », « le barrage de Kologo-Naaba …
// au sud-ouest du site ».
func TestGenericSiteAntecedent(t *testing.T) {
	checkDistance(t, "Among them was Hólmsbær, a turf farm of some twenty cows; the town of Selfoss now lies about 8 km south-west of the site.", "Selfoss", "Hólmsbær")
	checkDistance(t, "Un éleveur a signalé la disparition de bétail de sa station de Pwaraoua. Koné se trouve à une vingtaine de kilomètres au sud-est de la propriété.", "Koné", "Pwaraoua")
	checkDistance(t, "Centre-Ouest : les maraîchers du barrage de Kologo-Naaba réclament la réhabilitation de l'ouvrage. La ville de Koudougou se trouve à 14 km au sud-ouest du site.", "Koudougou", "Kologo-Naaba")
}

// TestItAfterQualifiedKind: "Botswana's Department of Wildlife … says
// lions killed 14 cattle at Mokgware cattle post … It lies about 45 km
// north-west of Serowe": a kind after a name, with one word qualifying
// it, makes the name what "it" stands for, and a place whose body opens
// the sentence before ("Botswana's Department") is not.
func TestItAfterQualifiedKind(t *testing.T) {
	checkDistance(t, "Botswana's Department of Wildlife and National Parks says a pride of lions killed 14 cattle at Mokgware cattle post over the weekend. It lies about 45 km north-west of Serowe, on the edge of the sandveld.", "Mokgware", "Serowe")
}
