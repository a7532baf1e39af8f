package text

import (
	"slices"
	"strings"
	"testing"
)

// TestOriginsRead reads every word of lexicon/fr/origins.tsv before « de »
// or a glued « d' » and a town, and of lexicon/fr/passes.tsv before « par » and a town: the
// town is a place the resolver looks up (« des convois sont partis de
// Marrakech », « un détour par Murdochville »), as after « depuis » or
// « via ».
func TestOriginsRead(t *testing.T) {
	for set, prep := range map[wordSet]string{setOrigins: "de", setPasses: "par"} {
		words := langs().fr.sets[set]
		if len(words) < 10 {
			t.Fatalf("%s: too few rows (%d)", wordSetFiles[set], len(words))
		}
		for w := range words {
			doc := "Selon la police, le convoi " + w + " " + prep + " Taroudant hier soir."
			checkCorpus(t, []example{{doc: doc, places: []string{"Taroudant"}}})
			if set == setOrigins {
				// the elided « d' » glued to the town
				doc := "Selon la police, le convoi " + w + " d'Agadez hier soir."
				checkCorpus(t, []example{{doc: doc, places: []string{"Agadez"}}})
			}
		}
	}
}

// TestCreditsRead reads every row of lexicon/en/credits.tsv in brackets
// after a dateline or a caption's last place: it credits an agency and is
// no place, while the place before it stays one.
func TestCreditsRead(t *testing.T) {
	set := langs().en.sets[setCredits]
	if len(set) < 10 {
		t.Fatalf("en/credits.tsv: too few rows (%d)", len(set))
	}
	for w := range set {
		name := strings.ToUpper(w[:1]) + w[1:]
		checkCorpus(t, []example{
			{doc: "Rescuers at the harbour in Kirkwall (" + name + ")\nA boat ran aground 12 km east of Thurso.",
				places: []string{"Kirkwall"}, not: []string{name}},
			{doc: "WAVRE (" + strings.ToUpper(w) + ") — Un camion s'est renversé à 6 km au sud de Namur.",
				places: []string{"WAVRE"}, not: []string{strings.ToUpper(w)}},
		})
	}
}

// TestCorpusWireStructure: the structure of wire copy around the places.
// A headline ends its line, and the dateline on the next opens its own
// sentence (with a date after the country, as Reuters writes it); a
// headline in capitals has no names of its own words; an agency in
// brackets is a credit; French towns of origin and of passage after
// « de » and « par ».
func TestCorpusWireStructure(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "UPDATE 1-Gunmen kill five at party in northern Mexico\nCULIACAN, Mexico, June 3 (Reuters) - Gunmen killed five people on a ranch 30 km north of Navolato.",
			places: []string{"CULIACAN"}, not: []string{"Mexico\nCULIACAN"}},
		{doc: "Landslide buries homes in western Colombia\nMEDELLIN, Colombia, Oct 12 (Reuters) - A landslide buried the hamlet of La Arenosa, 20 km south of Andes.",
			places: []string{"MEDELLIN"}, rels: []string{"La Arenosa: 20 km south of Andes"}},
		{doc: "BRUXELLES (Belga) — Un camion-citerne s'est renversé au lieu-dit Bois de Hautmont, à 6 km au sud de Wavre.",
			places: []string{"BRUXELLES"}, not: []string{"Belga"}, rels: []string{"Bois de Hautmont: 6 km south of Wavre"}},
		{doc: "Coastguard crews at the harbour in Kirkwall (PA)\nA fishing boat ran aground off Skarfskerry Point, 12 km east of Thurso.",
			places: []string{"Kirkwall"}, not: []string{"PA"}},
		{doc: "RABAT (MAP) — Le douar Aït Ouzguit, à 40 km au sud d'Amizmiz, reste isolé. Des convois sont partis de Marrakech et de Taroudant.",
			places: []string{"RABAT", "Marrakech", "Taroudant"}, not: []string{"MAP"}},
		{doc: "Des secouristes venus de Bafoussam sont sur place. Un car en provenance de Kayes s'est renversé.",
			places: []string{"Bafoussam", "Kayes"}},
		{doc: "Le ministère a mis en place un détour par Murdochville. Les habitants doivent passer par Grimisuat.",
			places: []string{"Murdochville", "Grimisuat"}},
	})
}

// TestCapsHeadline: a headline written wholly in capitals, of four words
// or more and no number, is re-cased from the word tables, but a word they
// lack stays capitalised: its runs of capitalised words are no names and
// no relation is read in it ("FLOODS CUT OFF MOUNTAIN" is in no Peru); the
// place after a preposition stays one, and the dateline on the next line
// opens its own sentence. (Names of a re-cased line are written as the
// reader reads them, so checkCorpus, which wants the input's text, is not
// used.)
func TestCapsHeadline(t *testing.T) {
	for _, tt := range []struct {
		doc          string
		places, nots []string
		rel          string
	}{
		{"FLOODS CUT OFF MOUNTAIN VILLAGES IN PERU\nLIMA (Reuters) - Heavy rains washed away the bridge into the hamlet of Huaylla Chico, 45 km east of Huaraz.",
			[]string{"Peru", "LIMA"}, []string{"Floods Cut Off Mountain"}, "Huaylla Chico: 45 km east of Huaraz"},
		{"STORM SLAMS INTO COAST NEAR DA NANG\nHANOI (AP) — The storm flattened the fishing hamlet of Thon Bon, 25 km south of Hoi An.",
			[]string{"HANOI", "Da Nang"}, []string{"Storm Slams", "Storm"}, "Thon Bon: 25 km south of Hoi An"},
	} {
		d := Read(tt.doc)
		ev := map[string]Evidence{}
		for _, m := range d.Mentions {
			ev[m.Name] = max(ev[m.Name], m.Evidence)
		}
		for _, p := range tt.places {
			if ev[p] < EvidencePreposition {
				t.Errorf("Read(%q): %q is no place (%v)", tt.doc, p, mentionNames(d))
			}
		}
		for _, p := range tt.nots {
			if ev[p] > EvidenceUnlikely {
				t.Errorf("Read(%q): %q is a place (%v)", tt.doc, p, mentionNames(d))
			}
		}
		var got []string
		for _, rel := range d.Relations {
			got = append(got, reading(d, rel))
			if rel.Kind == KindIn {
				t.Errorf("Read(%q): a containment %q in the headline", tt.doc, reading(d, rel))
			}
		}
		if !slices.Contains(got, tt.rel) {
			t.Errorf("Read(%q): no reading %q; got %q", tt.doc, tt.rel, got)
		}
	}
}

// TestCorpusWireSubjects: what opens a wire sentence or closes a quote is
// often no place. A French body named by a word of lexicon/fr/orgwords.tsv
// (« La Sûreté du Québec », « La Protection civile ») takes no distance;
// the name after "the mayor of X," that closes the sentence is the
// mayor's; a French apposition with a distance and no object is measured
// from the dateline's town; the firefighters and volunteers of a French
// town name it.
func TestCorpusWireSubjects(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "La Sûreté du Québec enquête sur un incendie survenu au chalet du lac des Huards, à 20 km au nord de Mont-Laurier.",
			rels: []string{"Huards: 20 km north of Mont-Laurier"}, not: []string{"La Sûreté du Québec"}},
		{doc: "La Protection civile a repêché un corps à la plage de Sidi Mansour, à 10 km à l'est de Dellys.",
			rels: []string{"Sidi Mansour: 10 km east of Dellys"}, not: []string{"La Protection civile"}},
		{doc: "La Gendarmerie royale du Canada a fermé la route au hameau de Petit-Ruisseau, à 12 km au sud de Bathurst.",
			rels: []string{"Petit-Ruisseau: 12 km south of Bathurst"}, not: []string{"La Gendarmerie royale du Canada"}},
		{doc: "Two children were rescued in Los Naranjos, 20 km southeast of Barquisimeto, said the mayor of Cabudare, Juan Pérez.",
			places: []string{"Cabudare"}, not: []string{"Juan Pérez"}, absent: []string{"Cabudare: in Juan Pérez"}},
		{doc: "The well at Dorbiya, 30 km north of Garowe, ran dry, said the mayor of Qardho, Ahmed Hassan.",
			places: []string{"Qardho"}, not: []string{"Ahmed Hassan"}},
		{doc: "SEPT-ÎLES — Un motoneigiste a été retrouvé à Matamec, à une trentaine de kilomètres à l'est, a indiqué la police.",
			rels: []string{"SEPT-ÎLES: 30 km west of Matamec"}},
		{doc: "GASPÉ — Un pêcheur a été secouru à l'anse de Pointe-Jaune, à 15 km au nord, selon la Garde côtière.",
			rels: []string{"GASPÉ: 15 km south of Pointe-Jaune"}},
		{doc: "Les pompiers de Ferme-Neuve et les bénévoles de Rivière-Rouge ont participé aux recherches.",
			places: []string{"Ferme-Neuve", "Rivière-Rouge"}},
	})
}

// TestCorpusWireSpots: the spot a wire report names is what its distance
// is said of. A lake after a preposition with no name before it is the
// subject ("his canoe overturned on Manasan Lake, 30 km northeast of
// Thompson"), though after a name it says where that name stands; a
// French quarter or hamlet named bare after « du » or after a verb that
// introduces places is the place its apposition describes.
func TestCorpusWireSpots(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "RCMP say a man is missing after his canoe overturned on Manasan Lake, roughly 30 km northeast of Thompson.",
			rels: []string{"Manasan Lake: 30 km northeast of Thompson"}},
		{doc: "Two anglers drowned in Lake Wabatongushi, about 40 km east of Wawa, police said.",
			rels: []string{"Lake Wabatongushi: 40 km east of Wawa"}},
		{doc: "Bethabara, on the Jordan, about 10 km east of Jericho.",
			rels: []string{"Bethabara: 10 km east of Jericho"}},
		{doc: "Un glissement de terrain a enseveli une partie du quartier Ndong-Ngouem, à 10 km à l'ouest de Dschang.",
			rels: []string{"Ndong-Ngouem: 10 km west of Dschang"}},
		{doc: "Des hommes armés ont attaqué le hameau Tinkélé, à 35 km au sud-est de Ségou.",
			rels: []string{"Tinkélé: 35 km southeast of Ségou"}},
	})
}

// TestCorpusWireKindApposition: a name with its kind after it ("the Lake
// Ewart hut", "the Kisauni market") and a distance with no object after a
// comma is measured from where the report was filed, as a bare name is.
func TestCorpusWireKindApposition(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "HOBART — A bushwalker was found alive at the Lake Ewart hut, some 40 km to the west, police said.",
			rels: []string{"HOBART: 40 km east of Lake Ewart"}},
		{doc: "MOMBASA — Police raided the Kisauni market, some 10 km to the north, on Monday.",
			rels: []string{"MOMBASA: 10 km south of Kisauni"}},
	})
}
