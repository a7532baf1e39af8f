package text

import (
	"strings"
	"testing"
)

// TestLegs33FartherFronted: "farther" is a word of a further leg
// (lexicon/en/travel.tsv, further) as "further" is: a fronted "Some 9 km
// farther north-east lies X" places X from the last place the text
// reached, not from the town that place was measured from.
func TestLegs33FartherFronted(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "The mission of Kalabo Ntambo lies 20 km east of Mongu. Some 12 km farther east lies the cattle post of Lwampa Kaputa.",
			rels: []string{"Lwampa Kaputa: 12 km east of Kalabo Ntambo"}},
		{doc: "Bir Tazolt is a well 40 km north-west of Tidjikja. About 15 km farther north-west is the camp of Tenvelly Sghir.",
			rels: []string{"Tenvelly Sghir: 15 km northwest of Bir Tazolt"}},
		{doc: "The ferry landing at Port Dhubh is 5 miles south of Tobermory. Six miles farther south lies the hamlet of Ardnacrossie.",
			rels: []string{"Ardnacrossie: 9.66 km south of Port Dhubh"}},
	})
}

// TestLegs33BeyondFrench: « au-delà » with no « de » after a distance
// makes it a further leg (lexicon/fr/travel.tsv, after), and a sentence
// that opens with a phrase of that role set off by a comma (« Au-delà, à
// 25 km, se trouve X », « Plus loin, à 12 km, on atteint Y ») measures
// the place it names from the last place the text reached.
func TestLegs33BeyondFrench(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le puits de Tazerzait est à 60 km au nord de Tahoua. Le campement de Tin Adrar se trouve 20 km au-delà.",
			rels: []string{"Tin Adrar: 20 km from Tazerzait"}},
		{doc: "Le poste de Kouri Bara est à 45 km à l'est de Mao. Au-delà, à une quinzaine de kilomètres, se trouve le village de Ngouri Kaya.",
			rels: []string{"Ngouri Kaya: 15 km from Kouri Bara"}},
		{doc: "La mine de Kalsaka Nord est à 30 km au sud de Ouahigouya. Plus loin, à 12 km, on atteint le hameau de Bassi Peulh.",
			rels: []string{"Bassi Peulh: 12 km from Kalsaka Nord"}},
		// « au-delà de X » keeps its object.
		{doc: "Le campement de Tin Adrar se trouve à 20 km au-delà de Tahoua.",
			rels: []string{"Tin Adrar: 20 km from Tahoua"}},
	})
}

// TestLegs33DepartPost: a kilometre or mile post with no road named by
// its ends ("at km 37", "at kilometre 64", "at the 85 km mark", "at the
// 7-mile mark", « au PK 42 », « au kilomètre 57 ») is counted from the
// town the journey left, in its heading, and locates the first place
// named after it (postleg.go). A later post is counted from the same
// town in the same heading. With no departure told, nothing is placed;
// a person after the post is no place.
func TestLegs33DepartPost(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "We left Sehithwa at dawn on the main road heading west and stopped at km 42, at a pan the herders call Xhauga Pan.",
			rels: []string{"Xhauga Pan: 42 km west of Sehithwa"}},
		{doc: "We left Sehithwa at dawn heading west. At km 42 we stopped at the pan of Xhauga. At km 70 a dry riverbed, Gomare Drift, blocked the road.",
			rels: []string{"Xhauga: 42 km west of Sehithwa", "Gomare Drift: 70 km west of Sehithwa"}},
		{doc: "From Tsumkwe, take the gravel road heading east. At the 30 km mark stands the baobab of Dorsland Tree.",
			rels: []string{"Dorsland Tree: 30 km east of Tsumkwe"}},
		{doc: "We left Lairg on the A836 heading north. At the 9-mile mark stands the bothy of Crask Beag.",
			rels: []string{"Crask Beag: 14.5 km north of Lairg"}},
		{doc: "Police were called to a crash at kilometre 48 of the Yellowknife–Behchoko Highway, near a gravel pit called Boundary Pit.",
			rels: []string{"Boundary Pit: 48 km from Yellowknife"}},
		{doc: "Le convoi a quitté Ihosy par la RN7 vers le sud et s'est arrêté au PK 35, près du hameau d'Ambatomena Sud.",
			rels: []string{"Ambatomena Sud: 35 km south of Ihosy"}},
		{doc: "Nous avons quitté Moundou vers l'est. Au kilomètre 28, nous avons fait halte au village de Bébalem Kaba.",
			rels: []string{"Bébalem Kaba: 28 km east of Moundou"}},
		// No departure: nothing is measured from nowhere.
		{doc: "At km 40 we stopped at the well of Bir Ounane Sud.",
			absent: []string{"Bir Ounane Sud: 40 km from Bir Ounane Sud"}},
		// A person after the post is no place.
		{doc: "We left Sehithwa at dawn heading west. At km 42 we met Mr Kgosi Sekgoma, the headman.",
			absent: []string{"Kgosi Sekgoma: 42 km west of Sehithwa"}},
		// A post of a numbered road is that road's point.
		{doc: "Le convoi a quitté Ihosy. Un camion s'est renversé au PK 35 de la RN 7.",
			absent: []string{"RN: 35 km from Ihosy"}},
	})
	d := Read("At km 40 we stopped at the well of Bir Ounane Sud.")
	for _, rel := range d.Relations {
		if rel.Kind == KindDistance {
			t.Errorf("Read(no departure): %q, want no distance", reading(d, rel))
		}
	}
}

// TestLegs33KindNamedReached: the place a leg reaches may be given by a
// kind no table holds and its name after "at", "of", a word of
// namings.tsv or "known as": "you reach the tea house at X", "we stopped
// at a shelter the drivers call X", "we reached the cactus-covered
// outcrop of X".
func TestLegs33KindNamedReached(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "From Chame, follow the trail west. After 7 km you reach the tea house at Bhratang Dara.",
			rels: []string{"Bhratang Dara: 7 km west of Chame"}},
		{doc: "Our truck left Tupiza heading south. After 30 km we stopped at a mud-brick shelter the drivers call Casa Quemada.",
			rels: []string{"Casa Quemada: 30 km south of Tupiza"}},
		{doc: "Our truck left Tupiza heading south. After 30 km we reached the cactus-covered hill of Cerro Chico Loma.",
			rels: []string{"Cerro Chico Loma: 30 km south of Tupiza"}},
		{doc: "Our truck left Tupiza heading south. After 30 km we reached a hamlet known locally as Huaca Huañusca.",
			rels: []string{"Huaca Huañusca: 30 km south of Tupiza"}},
	})
}

// TestLegs33Rows reads the rows this round added to the tables: "leave"
// (lexicon/en/travel.tsv, depart; lexicon/en/stopcaps.tsv) opens a guide's
// leg at the sentence's start with no name of its own, and "still
// heading" (travel.tsv, heading) gives a leg its heading set off by
// commas.
func TestLegs33Rows(t *testing.T) {
	if !anyHas(setStopCaps, "leave") {
		t.Errorf("lexicon/en/stopcaps.tsv: no row %q", "leave")
	}
	d := Read("Leave Kasane by the B334 heading west. After 12 km you reach the village of Kachikau Sijwa.")
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.Name, "Leave") {
			t.Errorf("Read(Leave …): mention %q, want Kasane alone", m.Name)
		}
	}
	if w := "Kachikau Sijwa: 12 km west of Kasane"; !hasReading("Leave Kasane by the B334 heading west. After 12 km you reach the village of Kachikau Sijwa.", w) {
		t.Errorf("Read(Leave …): no reading %q; got %q", w, readings(d))
	}
	found := false
	for _, ph := range langs().en.travel.headings {
		found = found || strings.Join(ph, " ") == "still heading"
	}
	if !found {
		t.Fatalf("lexicon/en/travel.tsv: no heading row %q", "still heading")
	}
	checkCorpus(t, []example{
		{doc: "Our jeep left Ollagüe at dawn. A further 40 km on, still heading east, we reached the outcrop of Isla Pescado Sur.",
			rels: []string{"Isla Pescado Sur: 40 km east of Ollagüe"}},
	})
}

// TestLegs33PlaceAfterLegComma: after a further leg and its comma, a
// preposition of place may open the place reached (« 12 km plus loin, au
// puits de Y », "a further 10 km on, at Y").
func TestLegs33PlaceAfterLegComma(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le campement d'Intadeyni est à 40 km au nord de Ménaka. Les soldats ont retrouvé un véhicule 15 km plus loin, au puits de Tinfadimata.",
			rels: []string{"Tinfadimata: 15 km from Intadeyni"}},
		{doc: "Le hameau de Sarakawa Bas est à 20 km à l'est de Kara. Les pèlerins ont fait une pause 8 km plus loin, à la source de Tchitchira.",
			rels: []string{"Tchitchira: 8 km from Sarakawa Bas"}},
		{doc: "Le forage de Kolli Kolli est à 25 km au sud d'Abéché. Une équipe a installé une pompe 10 km plus loin, à la mare de Goz Badiné.",
			rels: []string{"Goz Badiné: 10 km from Kolli Kolli"}},
	})
	for _, w := range []string{"au", "aux", "à", "at"} {
		if !isPlacePreposition(w) {
			t.Errorf("isPlacePreposition(%q) = false, want true", w)
		}
	}
	if isPlacePreposition("pour") {
		t.Errorf("isPlacePreposition(%q) = true, want false", "pour")
	}
}

// TestLegs33RiverWayLeg: a distance that ends on a river word with no
// of-word (« à 10 km en amont », « 12 km en aval ») is a leg up or down
// the river from the place the text last reached; with its of-word it
// keeps its object.
func TestLegs33RiverWayLeg(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Le chantier de Makouké Sud est à 30 km à l'est de Ndjolé. Le village de Bissobinam se trouve à une dizaine de kilomètres en amont.",
			rels: []string{"Bissobinam: 10 km from Makouké Sud"}},
		{doc: "Le placer de Kéniéba Kouta est à 20 km au nord de Siguiri. Le campement de Farabana Bas est installé 12 km en aval.",
			rels: []string{"Farabana Bas: 12 km from Kéniéba Kouta"}},
		{doc: "Le poste de Loukoléla Nord est à 50 km au sud d'Impfondo. L'embarcadère de Mossaka Kinzi se trouve à 15 km en amont.",
			rels: []string{"Mossaka Kinzi: 15 km from Loukoléla Nord"}},
		{doc: "Le campement d'Ouri est à 30 km au nord de Zouar. Le puits d'Achi se trouve à 10 km en amont d'Ouri.",
			rels: []string{"Achi: 10 km from Ouri"}},
	})
}
