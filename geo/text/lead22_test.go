package text

import "testing"

// TestGuessedDemonymBeforeKind: a name that only its ending makes a
// demonym ("Olkerian", like "Nigerian") names a place when a kind of place
// follows it ("the Olkerian post, 25 km north-west of Longido"); a
// demonym a table lists ("the Kenyan camp") says whose camp it is.
func TestGuessedDemonymBeforeKind(t *testing.T) {
	checkDistance(t, "Rangers from the Olkerian post, 25 km north-west of Longido, intercepted two pickups.", "Olkerian", "Longido")
	checkDistance(t, "We stayed at the Olkerian camp, 25 km north-west of Longido.", "Olkerian", "Longido")
	noMention(t, "The Kenyan camp near Longido was closed.", "Kenyan", "The Kenyan camp")
	noMention(t, "Troops left the Malian camp, 20 km north of Kidal, and the Bolivian plains.", "Malian", "Bolivian")
	noMention(t, "Olkerian herders met Bavarian police near Longido.", "Olkerian", "Bavarian")
}

// TestCollectiveApposition: "X, a handful of log cabins on the Alaska
// Highway roughly 40 km west of Y": a noun of a number of things between
// "a" and "of" (lexicon/en/collectives.tsv) leaves the kind after it to
// be X's, and the distance places X.
func TestCollectiveApposition(t *testing.T) {
	for _, w := range []string{"handful", "cluster", "scattering", "huddle"} {
		doc := "We stayed at Boreal Crossing Lodge, a " + w + " of log cabins on the Alaska Highway roughly 40 km west of Whitehorse."
		checkDistance(t, doc, "Boreal Crossing Lodge", "Whitehorse")
	}
	checkKinds(t, []struct{ doc, name, feature string }{
		{"Nkomo, a cluster of huts 5 km east of Hwange, was flooded.", "Nkomo", "huts"},
	})
}

// TestFrenchPlainCapitalA: « A Goma, le gouverneur … » is « À Goma »
// with the accent dropped on the capital: Goma is introduced as a place.
// A name after "A" with English after the comma is not.
func TestFrenchPlainCapitalA(t *testing.T) {
	checkEvidence(t, "A Goma, le gouverneur a convoqué une réunion de sécurité.", "Goma", EvidencePreposition)
	checkEvidence(t, "A Goma, l'armée a fermé la route.", "Goma", EvidencePreposition)
	checkEvidence(t, "A Goma, the governor called a meeting.", "Goma", EvidenceCapitalised)
}

// TestFrenchAreaOf: « la zone de Tahoua », « le secteur de Tillabéri »: a
// part of a place names the place after « de », as « les environs de »
// does (lists.tsv, dwellers).
func TestFrenchAreaOf(t *testing.T) {
	for _, w := range []string{"la zone", "le secteur", "les abords", "les confins"} {
		doc := "Les éleveurs se sont repliés vers " + w + " de Tahoua."
		checkEvidence(t, doc, "Tahoua", EvidencePreposition)
	}
}

// TestRoleWordTown: a capitalised noun of kin or of a role after a word
// that introduces places, with no name after it, is a town's name
// ("depuis Yverdon-les-Bains via Grandson"); before a name it is a title.
func TestRoleWordTown(t *testing.T) {
	checkEvidence(t, "On y accède en voiture depuis Yverdon-les-Bains via Grandson.", "Grandson", EvidencePreposition)
	checkEvidence(t, "We drove via Grandson to the lake.", "Grandson", EvidencePreposition)
	noMention(t, "His Grandson lives in Paris.", "Grandson")
	noMention(t, "He wrote to Grandson Tutu in Cape Town.", "Grandson")
}

// TestFrenchPluralNameAfterKind: « du hameau des Granges-Basses, à 8 km
// au nord-est de Millau »: after a settlement's kind with its definite
// article, « des » is the article of a plural name, which the kind names
// and the distance places; « un village des Philippines » still puts the
// village in the country.
func TestFrenchPluralNameAfterKind(t *testing.T) {
	checkDistance(t, "Un incendie s'est déclaré dans une grange du hameau des Granges-Basses, à 8 km au nord-est de Millau.", "Granges-Basses", "Millau")
	checkDistance(t, "Le village des Mées se trouve à 8 km au nord-est de Digne-les-Bains.", "Mées", "Digne-les-Bains")
	d := Read("Kalo est un village des Philippines, à 8 km au nord-est de Manille.")
	in := false
	for _, r := range d.Relations {
		in = in || r.Kind == KindIn && d.Mentions[r.Subject].Name == "Kalo" && d.Mentions[r.Object].Name == "Philippines"
	}
	if !in {
		t.Errorf("Kalo is not put in the Philippines: %+v", d.Relations)
	}
}

// TestReplyMarks: "Re:" and « TR : » that open a subject line mark a reply
// or a forward (replymarks.tsv), not the town Re of Ladakh; "Re, a town
// of Ladakh" is one.
func TestReplyMarks(t *testing.T) {
	noMention(t, "Re: Annapurna Circuit - where to stay on day 1? We walked from Besisahar.", "Re")
	noMention(t, "Fwd: flooding near Gao", "Fwd")
	checkDistance(t, "Re, a town of Ladakh, lies 20 km from Leh.", "Re", "Leh")
}

// TestFrenchFirmsOfTown: « les sociétés minières d'Arlit », « les
// entreprises de Niamey »: the firms of a town name it as its dwellers
// and officials do (lists.tsv, dwellers), past a plural adjective
// (adjectives.tsv).
func TestFrenchFirmsOfTown(t *testing.T) {
	checkEvidence(t, "La mairie a sollicité l'aide des sociétés minières d'Arlit.", "Arlit", EvidencePreposition)
	checkEvidence(t, "Les sociétés pétrolières de Port-Gentil recrutent.", "Port-Gentil", EvidencePreposition)
	checkEvidence(t, "La mairie a sollicité l'aide des entreprises de Niamey.", "Niamey", EvidencePreposition)
}

// TestAwayFromSceneTown: in a report filed from a dateline town, a
// distance with no place of its own to start from ("taken to hospital in
// Mwanza, some 85 km away", « à Arlon, à 36 km au sud ») starts from the
// town the scene was measured from, not from the capital the report was
// filed in; a report whose scene is measured from the dateline town
// itself still measures from it ("PARIS, Texas (AP) — …", TestCorpusBlindD).
func TestAwayFromSceneTown(t *testing.T) {
	checkDistance(t, "DAR ES SALAAM, March 12 (Reuters) - Police arrested 14 people after a clash at the Kasubuya Ridge pit, about 35 km south-west of Geita town. Two guards were taken to hospital in Mwanza, some 85 km away, the police commander said.", "Geita", "Mwanza")
	checkDistance(t, "BRUXELLES (Belga) – La police a démantelé un laboratoire dans la ferme du Pont-Colin, à 6 km au nord de Bastogne. Les suspects ont été présentés à un juge à Arlon, à 36 km au sud.", "Bastogne", "Arlon")
}

// TestSideVerbOpponent: a side's verb of playing names its opponent, a
// county's or a town's team, no place ("the Clare senior hurling panel
// that takes on Galway in Salthill", sides.tsv); with no side before it
// the verb says nothing ("The company takes on Nairobi staff").
func TestSideVerbOpponent(t *testing.T) {
	checkEvidence(t, "His son is a member of the Clare senior hurling panel that takes on Galway in Salthill on Sunday.", "Galway", EvidenceUnlikely)
	checkEvidence(t, "The Kerry team meets Mayo at Croke Park.", "Mayo", EvidenceUnlikely)
	checkEvidence(t, "The company takes on Nairobi staff.", "Nairobi", EvidencePreposition)
}
