package text

import "testing"

// TestNonplace32CompanionRole: a name set off by commas after the
// writer's companion, "Our interpreter, X,", « Notre chauffeur, X, », «
// Notre guide touareg, X, » (lexicon/LANG/offices.tsv, roleBeforeComma),
// is a person's, so a later distance places the place it is written
// after, not the companion.
func TestNonplace32CompanionRole(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Notre chauffeur, Mahamat, un Zaghawa d'Abéché, connaît la région. Il nous a conduits au puits de Kouroudi, à 30 km à l'est d'Abéché.",
			rels: []string{"Kouroudi: 30 km east of Abéché"}, not: []string{"Mahamat"}},
		{doc: "Notre guide peul, Oumarou Sow, nous attendait à Djibo. Le soir, nous avons campé à Tangassogo, à 12 km au nord de Djibo.",
			rels: []string{"Tangassogo: 12 km north of Djibo"}, not: []string{"Oumarou Sow"}},
		{doc: "Mon interprète, Kalilou, habite Kayes. Nous sommes allés ensemble au hameau de Sélinkégny, à 25 km au sud de Kayes.",
			rels: []string{"Sélinkégny: 25 km south of Kayes"}, not: []string{"Kalilou"}},
		{doc: "Our interpreter, Tsering, grew up in Leh. We drove to the hamlet of Phyang Tokpo, 15 km west of Leh.",
			rels: []string{"Phyang Tokpo: 15 km west of Leh"}, not: []string{"Tsering"}},
		{doc: "Our fixer, Abdi Farah, met us in Garowe and took us to a camp at Dhuur, 20 km north of Garowe.",
			not: []string{"Abdi Farah"}},
	})
	for _, w := range []string{"guide", "interpreter", "translator", "fixer"} {
		if !isRoleNoun(w) {
			t.Errorf("isRoleNoun(%q) = false, want true (lexicon/en/offices.tsv)", w)
		}
	}
	for _, w := range []string{"guide", "chauffeur", "interprète", "traducteur", "traductrice", "cuisinier", "cuisinière", "porteur", "accompagnateur", "accompagnatrice"} {
		doc := "Notre " + w + ", Abakar, connaît le Borkou. Il nous a menés au puits de Tebiou, à 45 km au nord de Faya-Largeau."
		if ev := mentionEvidence(doc, "Abakar"); ev != EvidenceUnlikely {
			t.Errorf("Read(%q): Abakar %s, want %s", doc, ev, EvidenceUnlikely)
		}
	}
	// The control: a town after a comma and no role stays a town.
	if doc := "Notre destination, Agadez, est à 240 km au sud d'Arlit."; mentionEvidence(doc, "Agadez") == EvidenceUnlikely {
		t.Errorf("Read(%q): Agadez unlikely, want a place", doc)
	}
}

// TestNonplace32FamiliarTitle: a word of kinship or respect that opens a
// familiar name (offices.tsv: "Papa Jimmy", "Auntie Grace", "Granny
// Pearl") makes it a person's, not a place near the town it is at.
func TestNonplace32FamiliarTitle(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Papa Lenny still sells fish at the beach outside Ocho Rios.",
			places: []string{"Ocho Rios"}, not: []string{"Papa Lenny", "Lenny"}},
		{doc: "Auntie Grace runs a cookshop near Kumasi market.",
			not: []string{"Auntie Grace", "Grace"}},
		{doc: "Granny Pearl lived all her life outside Montego Bay.",
			places: []string{"Montego Bay"}, not: []string{"Granny Pearl", "Pearl"}},
		{doc: "Grandpa Tom kept bees near Bundaberg.",
			not: []string{"Grandpa Tom", "Tom"}},
	})
	for _, w := range []string{"papa", "auntie", "aunty", "granny", "grandpa", "grandma", "grandad"} {
		if !isRoleNoun(w) {
			t.Errorf("isRoleNoun(%q) = false, want true (lexicon/en/offices.tsv)", w)
		}
	}
}

// TestNonplace32StreetEnds: a name that ends with a word of a street,
// whole or cut short (lexicon/en/streetends.tsv), is the street's, no
// place; the town it is in stays one.
func TestNonplace32StreetEnds(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We stayed at a guesthouse on Lenin St in Naryn.", places: []string{"Naryn"}, not: []string{"Lenin St"}},
		{doc: "The café on Pushkin Ave in Tiraspol closed in May.", places: []string{"Tiraspol"}, not: []string{"Pushkin Ave"}},
		{doc: "The office moved to Kirov Rd, two blocks from the market in Osh.", places: []string{"Osh"}, not: []string{"Kirov Rd"}},
		{doc: "Shops on Independence Avenue in Windhoek were looted.", places: []string{"Windhoek"}, not: []string{"Independence Avenue"}},
		{doc: "A bus stop on Sukhbaatar Boulevard in Darkhan was moved.", not: []string{"Sukhbaatar Boulevard"}},
	})
	for w := range langs().en.sets[setStreetEnds] {
		doc := "A shop on Lenin " + titleCase(w) + " in Karakol burned."
		if ev := mentionEvidence(doc, "Lenin "+titleCase(w)); ev != EvidenceUnlikely {
			t.Errorf("Read(%q): Lenin %s %s, want %s", doc, titleCase(w), ev, EvidenceUnlikely)
		}
	}
	// "Road" is not listed: "Abu Road" is a town.
	checkCorpus(t, []example{
		{doc: "The train stopped at Abu Road, 25 km south of Mount Abu.", places: []string{"Abu Road"}},
	})
}

// TestNonplace32PersonFromTown: "a herder from X, NAME, VERB" and « un
// Peul de X, NAME, VERB » name a person from a town, no town in an area
// called NAME (personFromTown; lexicon/LANG/auxiliaries.tsv).
func TestNonplace32PersonFromTown(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "A cattle trader from Gombe, Sani Bello, was shot on Monday.",
			places: []string{"Gombe"}, absent: []string{"Gombe: in Sani Bello"}},
		{doc: "A resident of Kidal, Moussa Ag Intalla, told reporters the road was closed.",
			absent: []string{"Kidal: in Moussa Ag Intalla"}},
		{doc: "A Maasai elder from Narok, Joseph ole Sankok, has urged calm.",
			places: []string{"Narok"}, absent: []string{"Narok: in Joseph ole Sankok"}},
		{doc: "Un Touareg de Ménaka, Alhassane Ag Mohamed, a été tué dimanche.",
			places: []string{"Ménaka"}, absent: []string{"Ménaka: in Alhassane Ag Mohamed"}},
		{doc: "Un éleveur peul de Djibo, Amadou Dicko, avait alerté la gendarmerie.",
			places: []string{"Djibo"}, absent: []string{"Djibo: in Amadou Dicko"}},
		{doc: "Une commerçante de Gao, Aïssata Maïga, affirme que le marché est vide.",
			places: []string{"Gao"}, absent: []string{"Gao: in Aïssata Maïga"}},
		// The controls: an address after a person's "of" still reads.
		{doc: "A native of Tonopah, Nevada, he moved to Reno in 1950.",
			rels: []string{"Tonopah: in Nevada"}},
		{doc: "Tonopah, Nevada is 200 miles north of Las Vegas.",
			rels: []string{"Tonopah: in Nevada"}},
	})
	for _, w := range []string{"a", "ont", "avait"} {
		if !langs().fr.has(setAuxiliaries, w) {
			t.Errorf("lexicon/fr/auxiliaries.tsv lacks %q", w)
		}
	}
	for w := range langs().en.sets[setAuxiliaries] {
		doc := "A farmer from Gombe, Sani Bello, " + w + " gone."
		checkCorpus(t, []example{{doc: doc, absent: []string{"Gombe: in Sani Bello"}}})
	}
}

// TestNonplace32SameName: "a farm of that name", "a hamlet of the same
// name", « du même nom » (namesakes.tsv) bear the name written before
// them: the distance after them places that name, not the clause's
// subject, a rally driver.
func TestNonplace32SameName(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Elfyn Evans won the Kaagvere stage, which starts at a farm of that name about 11 km east of Tartu.",
			rels: []string{"Kaagvere: 11 km east of Tartu"}, absent: []string{"Elfyn Evans: 11 km east of Tartu"}},
		{doc: "Kalle Rovanperä set the fastest time on the Mustjõe test, which runs past a hamlet of the same name 6 km north of Võru.",
			rels: []string{"Mustjõe: 6 km north of Võru"}, absent: []string{"Kalle Rovanperä: 6 km north of Võru"}},
		{doc: "Thierry Neuville crashed on the Arula stage, which finishes at a farm of the same name some 8 km south of Otepää.",
			absent: []string{"Thierry Neuville: 8 km south of Otepää"}},
		{doc: "Adrien Fourmaux a dominé la spéciale de Kaagvere, qui part d'un hameau du même nom, à 11 km à l'est de Tartu.",
			rels: []string{"Kaagvere: 11 km east of Tartu"}, absent: []string{"Adrien Fourmaux: 11 km east of Tartu"}},
	})
	for _, w := range []string{"that", "same", "this"} {
		if !langs().en.has(setNamesakes, w) {
			t.Errorf("lexicon/en/namesakes.tsv lacks %q", w)
		}
	}
	for _, w := range []string{"même", "ce"} {
		if !langs().fr.has(setNamesakes, w) {
			t.Errorf("lexicon/fr/namesakes.tsv lacks %q", w)
		}
	}
}
