package text

import (
	"strings"
	"testing"
)

// TestAnchor28Beyond: « à N km au-delà de X », « au-delà du village », «
// au-delà d'X » measure the place from X, or from the place « le village
// » or « le campement » stands for, as English "N km beyond X" does.
func TestAnchor28Beyond(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Nous avons dormi au village de Tiwaltine, à 20 km à l'est d'Ouarzazate. Le lendemain, nous avons atteint le hameau d'Ighir n'Oufella, à 9 km au-delà du village.",
			rels: []string{"Ighir n'Oufella: 9 km from Tiwaltine"}},
		{doc: "Le campement d'Izerwane se trouve à 35 km au nord d'Agadez. Le puits de Tafadek est à 6 km au-delà du campement.",
			rels: []string{"Tafadek: 6 km from Izerwane"}},
		{doc: "Le col de Tizi n'Touzlimt se trouve à 12 km au-delà d'Imlil, sur la piste muletière.",
			rels: []string{"Tizi n'Touzlimt: 12 km from Imlil"}},
		{doc: "La cascade de Mbokolo est située à 4 km au-delà de Kimpese, sur la route de Matadi.",
			rels: []string{"Mbokolo: 4 km from Kimpese"}},
	})
}

// TestAnchor28TimeTail: a phrase of when after a kind noun that is the
// object of a distance ("2 km east of the camp last week", « à 4 km du
// campement lundi dernier ») leaves the noun standing for the place named
// before, as the clause's end would.
func TestAnchor28TimeTail(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Displaced families have settled at Kanyaruchinya camp, about 12 km north of Goma. A water point, Buhumba, was drilled 3 km east of the camp last week.",
			rels: []string{"Buhumba: 3 km east of Kanyaruchinya"}},
		{doc: "Herders gathered at Tin Aouker well, some 60 km east of Ménaka. Gunmen attacked the hamlet of Inekar, 8 km south of the well, on Tuesday.",
			rels: []string{"Inekar: 8 km south of Tin Aouker"}},
		{doc: "Prospectors have flocked to the Koba Tiguel site, 40 km west of Siguiri. A second pit opened at Banko, 5 km north of the site in March 2023.",
			rels: []string{"Banko: 5 km north of Koba Tiguel"}},
		{doc: "Rangers patrol the Olkiombo camp, 30 km north of Narok. Poachers were arrested at Enkutoto, 6 km west of the camp yesterday.",
			rels: []string{"Enkutoto: 6 km west of Olkiombo"}},
		{doc: "Le campement de Tin Akoff se trouve à 25 km à l'est de Ménaka. Le puits d'Intahaka a été foré à 5 km du campement lundi dernier.",
			rels: []string{"Intahaka: 5 km from Tin Akoff"}},
		{doc: "Le site de Toumanga se trouve à 40 km au nord de Kaya. Une école a ouvert à Bangrin, à 3 km du site, la semaine dernière.",
			rels: []string{"Bangrin: 3 km from Toumanga"}},
		{doc: "Le village de Koulbi se trouve à 18 km au sud de Mopti. Le barrage de Sébéra a été construit à 4 km du village en 2019.",
			rels: []string{"Sébéra: 4 km from Koulbi"}},
	})
}

// TestAnchor28TimeRows reads every row of timeleads.tsv and timewords.tsv
// of both languages in a phrase of when after "the camp" or « du
// campement »: the camp stays the one named before.
func TestAnchor28TimeRows(t *testing.T) {
	en := map[string]string{
		"last": "last week", "this": "this morning", "next": "next month", "on": "on Monday", "in": "in 2021",
		"during": "during the night", "since": "since January", "early": "early this year", "late": "late last year",
		"earlier": "earlier this week", "later": "later that day", "the": "the next day", "that": "that evening",
		"yesterday": "yesterday", "today": "today", "tonight": "tonight", "overnight": "overnight", "recently": "recently",
	}
	fr := map[string]string{
		"le": "le mois dernier", "la": "la semaine dernière", "l'": "l'an passé", "ce": "ce matin", "cette": "cette semaine",
		"en": "en juin", "depuis": "depuis janvier", "début": "début juin", "fin": "fin 2022",
		"dernier": "lundi dernier", "dernière": "la semaine dernière", "prochain": "lundi prochain", "prochaine": "la semaine prochaine",
		"passé": "l'an passé", "passée": "l'année passée", "hier": "hier", "récemment": "récemment", "mois": "le mois dernier",
		"année": "l'année passée", "an": "l'an passé",
	}
	check := func(file string, set map[string]bool, phrases map[string]string, doc func(string) string, want string) {
		for w := range set {
			p, ok := phrases[w]
			if !ok {
				t.Errorf("%s: row %q has no example here", file, w)
				continue
			}
			d := doc(p)
			if !hasReading(d, want) {
				t.Errorf("Read(%q): no reading %q", d, want)
			}
		}
	}
	enDoc := func(p string) string {
		return "Families settled at Tabarit camp, about 15 km south of Kidal. Amassine was drilled 2 km east of the camp " + p + "."
	}
	frDoc := func(p string) string {
		return "Le campement de Tabarit se trouve à 25 km à l'est de Kidal. Le puits d'Amassine a été foré à 5 km du campement " + p + "."
	}
	check("lexicon/en/timeleads.tsv", langs().en.sets[setTimeLeads], en, enDoc, "Amassine: 2 km east of Tabarit")
	check("lexicon/en/timewords.tsv", langs().en.sets[setTimeWords], en, enDoc, "Amassine: 2 km east of Tabarit")
	check("lexicon/fr/timeleads.tsv", langs().fr.sets[setTimeLeads], fr, frDoc, "Amassine: 5 km from Tabarit")
	check("lexicon/fr/timewords.tsv", langs().fr.sets[setTimeWords], fr, frDoc, "Amassine: 5 km from Tabarit")
	// A place after the preposition is no phrase of when: "the camp in
	// Kidal" is not read as the camp named before.
	if d := "Families settled at Tabarit camp, about 15 km south of Kidal. Amassine was drilled 2 km east of the camp in Tessalit."; hasReading(d, "Amassine: 2 km east of Tabarit") {
		t.Errorf("Read(%q): Amassine measured from Tabarit", d)
	}
}

// TestAnchor28Speaker: a name after the comma that closes "the camp" or
// "the village", followed by a verb of speech, is who reports the clause
// ("4 km beyond the camp, Superintendent X told reporters"), neither the
// camp's name nor the place measured from.
func TestAnchor28Speaker(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Gunmen raided a cattle camp at Dagomba-Yili, roughly 25 km west of Yendi. Herders were found at Kpani dam, 4 km beyond the camp, Superintendent Joseph Mensah told reporters.",
			rels: []string{"Kpani: 4 km from Dagomba-Yili"}, absent: []string{"Kpani: 4 km from Superintendent Joseph Mensah"}},
		{doc: "Rebels attacked the village of Kibirizi, 30 km north of Rutshuru. Survivors fled to Nyanzale, 9 km west of the village, Colonel Kaiko said.",
			rels: []string{"Nyanzale: 9 km west of Kibirizi"}},
		{doc: "Miners returned to the Lolgorian site, 50 km south of Kilgoris. A new pit opened at Sikawa, 3 km north of the site, Inspector Ruth Naisiae said.",
			rels: []string{"Sikawa: 3 km north of Lolgorian"}, absent: []string{"Sikawa: 3 km north of Inspector Ruth Naisiae"}},
	})
}

// TestAnchor28AlongRiver: "along the river" after "the camp" or "the
// site" is the way a distance upstream or downstream runs, no place, and
// the noun still stands for the place named before.
func TestAnchor28AlongRiver(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Fishermen have built a camp at Kasanga, about 20 km south of Mpulungu. A second camp, Isoko, lies 6 km downstream of the camp along the river.",
			rels: []string{"Isoko: 6 km from Kasanga"}},
		{doc: "New arrivals are received at Tongo, a transit site 30 km east of Gambela. A second site will open at Pinyudo, 8 km upstream of the site along the seasonal river.",
			rels: []string{"Pinyudo: 8 km from Tongo"}},
		{doc: "Gold panners work at the Bakoudou camp, 40 km east of Moanda. Another camp, Mbigou, sits 5 km upstream of the camp along the river.",
			rels: []string{"Mbigou: 5 km from Bakoudou"}},
	})
}

// TestAnchor28FurtherAside: a further leg set off by a comma after a name
// (« à Y, 6 km plus au nord ») places that name from the last place the
// text reached, as "at Y, 6 km further north" does.
func TestAnchor28FurtherAside(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Les réfugiés sont accueillis sur le site de Gaga, à environ 40 km à l'est d'Abéché. Un forage a été réalisé à Hilouta, 6 km plus au nord, par l'UNICEF.",
			rels: []string{"Hilouta: 6 km north of Gaga"}},
		{doc: "Le convoi s'est arrêté au puits de Tin Tadeyni, à 70 km au nord de Kidal. Les chauffeurs ont dormi à Intahaka, à 12 km plus à l'est.",
			rels: []string{"Intahaka: 12 km east of Tin Tadeyni"}},
		{doc: "L'équipe a installé son camp au lac Bakoué, à 30 km au sud de Mbalmayo. Une seconde équipe campait à Ebogo, 5 km plus au sud.",
			rels: []string{"Ebogo: 5 km south of Bakoué"}},
		{doc: "Refugees are received at the Gaga site, about 40 km east of Abéché. A borehole was drilled at Hilouta, 6 km further north.",
			absent: []string{"Hilouta: 6 km north of Abéché"}},
	})
}

// TestAnchor28MainAdj: « principal » after the kind noun the object of a
// distance ends with (mainadjs.tsv) keeps it the place of that kind named
// before: « à 6 km au nord du gisement principal »; « voisin » does not.
func TestAnchor28MainAdj(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La société a achevé des tranchées sur son permis de Kobada-Est, situé à environ 30 km au sud de Kangaba. La cible de Fouga se trouve à 6 km au nord du gisement principal.",
			rels: []string{"Fouga: 6 km north of Kobada-Est"}},
		{doc: "Le campement de Tin Akoff se trouve à 25 km à l'est de Ménaka. Le puits d'Intahaka est à 3 km du campement principal.",
			rels: []string{"Intahaka: 3 km from Tin Akoff"}},
		{doc: "Le site d'orpaillage de Kologo se trouve à 50 km au nord de Dori. Le hameau de Tabou est à 2 km à l'ouest du site principal.",
			rels: []string{"Tabou: 2 km west of Kologo"}},
		{doc: "Le campement de Tin Akoff se trouve à 25 km à l'est de Ménaka. Le puits d'Intahaka est à 3 km du campement voisin.",
			absent: []string{"Intahaka: 3 km from Tin Akoff"}},
	})
	for w := range langs().fr.sets[setMainAdjs] {
		d := "Le campement de Tin Akoff se trouve à 25 km à l'est de Ménaka. Le puits d'Intahaka est à 3 km du campement " + w + "."
		if !hasReading(d, "Intahaka: 3 km from Tin Akoff") {
			t.Errorf("lexicon/fr/mainadjs.tsv row %q: Read(%q): Intahaka not measured from Tin Akoff", w, d)
		}
	}
}

// hasReading reports whether Read(doc) holds a relation read as want.
func hasReading(doc, want string) bool {
	d := Read(doc)
	for _, rel := range d.Relations {
		if strings.EqualFold(reading(d, rel), want) {
			return true
		}
	}
	return false
}
