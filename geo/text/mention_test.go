package text

import (
	"slices"
	"testing"
)

// mentionWant is an expected mention, found by the text at its span.
type mentionWant struct {
	name     string
	feature  string
	evidence Evidence
}

func TestReadMentions(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []mentionWant // every mention, in order
	}{
		{"particles and non-ASCII letters",
			"We drove through Richard-Toll, Mallam Fatori, Sabon Garin Nangere, El Fasher, Tin-Akoff, N'Djamena, Ouro Sogui, Komki-Ipala, Ténenkou, Ségou, Barga II and Nioro du Sahel.",
			[]mentionWant{
				{"Richard-Toll", "", EvidencePreposition}, {"Mallam Fatori", "", EvidencePreposition},
				{"Sabon Garin Nangere", "", EvidencePreposition}, {"El Fasher", "", EvidencePreposition},
				{"Tin-Akoff", "", EvidencePreposition}, {"N'Djamena", "", EvidencePreposition},
				{"Ouro Sogui", "", EvidencePreposition}, {"Komki-Ipala", "", EvidencePreposition},
				{"Ténenkou", "", EvidencePreposition}, {"Ségou", "", EvidencePreposition},
				{"Barga II", "", EvidencePreposition}, {"Nioro du Sahel", "", EvidencePreposition},
			}},
		{"descriptors stripped",
			"They reached the village of Ber, then wadi Amasrakad, the market town of Léré and the capital Niamey.",
			[]mentionWant{{"Ber", "village", EvidenceDescriptor}, {"Amasrakad", "wadi", EvidenceDescriptor},
				{"Léré", "market town", EvidenceDescriptor}, {"Niamey", "capital", EvidenceDescriptor}}},
		{"feature words in the name",
			"Gao Region borders Lake Faguibine and the Niger River.",
			[]mentionWant{{"Gao Region", "region", EvidenceDescriptor}, {"Lake Faguibine", "lake", EvidenceDescriptor},
				{"Niger River", "river", EvidenceDescriptor}}},
		{"generics that take of are part of the name",
			"They sailed to the Gulf of Carpentaria, past the Cape of Good Hope, into the Lake of the Woods and near the Province of Sindh.",
			[]mentionWant{{"Gulf of Carpentaria", "gulf", EvidenceDescriptor}, {"Cape of Good Hope", "cape", EvidenceDescriptor},
				{"Lake of the Woods", "lake", EvidenceDescriptor}, {"Sindh", "province", EvidenceDescriptor}}},
		{"descriptor after the name",
			"Ghaba is a small town. Bamako, the Malian capital, is large.",
			[]mentionWant{{"Ghaba", "town", EvidenceDescriptor}, {"Bamako", "capital", EvidenceDescriptor}}},
		{"French descriptor after the name",
			"Bamako est une ville. Gao, une petite ville située sur le fleuve, est calme. Diallo, le chef du village, a dit.",
			// "le chef du village" is an office in apposition: Diallo is
			// a person (personNounAt), no place, not even a bare name.
			[]mentionWant{{"Bamako", "town", EvidenceDescriptor}, {"Gao", "town", EvidenceDescriptor}, {"Diallo", "", EvidenceUnlikely}}},
		{"French descriptor with a complement",
			"La mine d'or de Loulo et le camp de réfugiés de Mbera.",
			[]mentionWant{{"Loulo", "mine", EvidenceDescriptor}, {"Mbera", "camp", EvidenceDescriptor}}},
		{"dwellers and parts of a place",
			"Residents of Mosul fled. Les habitants de Bamako et la population d'Agadez ont fui. People of Gao cheered.",
			[]mentionWant{{"Mosul", "", EvidencePreposition}, {"Bamako", "", EvidencePreposition},
				{"Agadez", "", EvidencePreposition}, {"Gao", "", EvidenceCapitalised}}},
		{"French groups named by their town",
			"Les Zindérois ont accueilli les sinistrés de Mirriah. Les déplacés de Djibo et les réfugiés de Mbera ont fui.",
			[]mentionWant{{"Zindérois", "", EvidenceUnlikely}, {"Mirriah", "", EvidencePreposition},
				{"Djibo", "", EvidencePreposition}, {"Mbera", "", EvidencePreposition}}},
		{"a list that repeats its preposition",
			"Les habitants de Gao et de Kidal ont fui. They fled from Mopti and from Ségou.",
			[]mentionWant{{"Gao", "", EvidencePreposition}, {"Kidal", "", EvidencePreposition},
				{"Mopti", "", EvidencePreposition}, {"Ségou", "", EvidencePreposition}}},
		{"French au and en introduce no place; French months and weekdays",
			"Le général s'est adressé au Conseil national. Le drapeau flotte en Haut. Le rapport a été publié en Janvier, un Lundi.",
			[]mentionWant{{"Haut", "", EvidenceCapitalised}}},
		{"stopwords, months, titles, demonyms",
			"On Monday 3 June the French and Algerian General Dupont met President Bazoum in Niamey.",
			[]mentionWant{{"Dupont", "", EvidenceUnlikely}, {"Bazoum", "", EvidenceUnlikely}, {"Niamey", "", EvidencePreposition}}},
		{"organisations and persons are unlikely",
			"Operation Barkhane and AQIM fought. Journalist Wassim Nasr said the UN Security Council met.",
			[]mentionWant{{"Operation Barkhane", "", EvidenceUnlikely}, {"AQIM", "", EvidenceUnlikely},
				{"Wassim Nasr", "", EvidenceUnlikely}, {"UN Security Council", "", EvidenceUnlikely}}},
		{"possessive split off",
			"Mauritania's capital and Chad's Lac Region.",
			[]mentionWant{{"Mauritania", "", EvidenceCapitalised}, {"Chad", "", EvidenceContainer}, {"Lac Region", "region", EvidenceContainer}}},
		{"every occurrence is its own mention",
			"Gao is large. Gao lies on the Niger.",
			[]mentionWant{{"Gao", "", EvidenceCapitalised}, {"Gao", "", EvidenceCapitalised}, {"Niger", "river", EvidenceCapitalised}}},
		{"infobox labels are not names",
			"- Place: Talahandak, Kidal Region, Mali\n- Result: French victory\n- Casualties1: None",
			[]mentionWant{{"Talahandak", "", EvidenceContainer}, {"Kidal Region", "region", EvidenceContainer}, {"Mali", "", EvidenceContainer}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Read(tt.doc)
			checkSpans(t, tt.doc, d)
			var got []mentionWant
			for _, m := range d.Mentions {
				got = append(got, mentionWant{m.Span.Text(tt.doc), m.Feature, m.Evidence})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Read(%q) mentions\n got %v\nwant %v", tt.doc, got, tt.want)
			}
		})
	}
}

func TestEvidenceOrder(t *testing.T) {
	order := []Evidence{EvidenceUnlikely, EvidenceCapitalised, EvidencePreposition, EvidenceDescriptor, EvidenceRelation, EvidenceContainer}
	for i := 1; i < len(order); i++ {
		if order[i-1] >= order[i] {
			t.Errorf("%v >= %v, want increasing evidence", order[i-1], order[i])
		}
	}
}

func TestFeatureHead(t *testing.T) {
	for _, tt := range []struct{ feature, want string }{{"market town", "town"}, {"wadi", "wadi"}, {"", ""}} {
		if got := (Mention{Feature: tt.feature}).FeatureHead(); got != tt.want {
			t.Errorf("FeatureHead of %q = %q, want %q", tt.feature, got, tt.want)
		}
	}
}

// TestAppositionOfNamedKind: "X, the hamlet of Y" gives the kind to Y, the
// place it names, not to X; "X, the capital of Y" still says what X is;
// "X est une commune de Y" gives Y no kind.
func TestAppositionOfNamedKind(t *testing.T) {
	tests := []struct{ doc, name, feature string }{
		{"In Lebanon, the hamlet of Beit Kassab is 15 km east of Tripoli.", "Lebanon", ""},
		{"In Lebanon, the hamlet of Beit Kassab is 15 km east of Tripoli.", "Beit Kassab", "hamlet"},
		{"Kidal, the capital of the Kidal Region, lies 300 km north of Gao.", "Kidal", "capital"},
		{"Sévaré, a town near Mopti, is on the Niger.", "Sévaré", "town"},
		// French: "une commune de X" is a commune in X, "le village de X" names one.
		{"Kalo est un village de Gao.", "Gao", ""},
		{"Petite-Île-Haute est une commune de La Réunion, à 12 km à l'est de Saint-Pierre.", "La Réunion", ""},
		{"Le village de Kalo est à 12 km de Gao.", "Kalo", "village"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == tt.name && !found {
				found = true
				if m.Feature != tt.feature {
					t.Errorf("Read(%q): %s is a %q, want %q", tt.doc, tt.name, m.Feature, tt.feature)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no mention %q", tt.doc, tt.name)
		}
	}
}

// TestDemonymEndingPlacedByDistance: a one-word name that ends like a
// nationality adjective ("-can", "-ian", "-yan", "-ean") is a place when a
// distance places it right after it, alone, after a comma or a verb of
// place, in either language; a demonym the lexicon lists stays one there,
// and one before a noun ("Mexican troops") is still no place.
func TestDemonymEndingPlacedByDistance(t *testing.T) {
	for _, doc := range []string{
		"Troops cleared Tabucan, 18 km north of Gao.",
		"Tabucan lies 18 km north of Gao.",
		"Fighting spread to Tabucan, about 18 km north of Gao.",
		"Tabucan is 18 km north of Gao.",
		"Les soldats ont repris Tabucan, à 18 km au nord de Gao.",
		"Rebels held Morosian, 18 km north of Gao.",
		"Rebels held Kelayan, 18 km north of Gao.",
	} {
		r, subj, obj := onlyRelation(t, doc)
		if (subj != "Tabucan" && subj != "Morosian" && subj != "Kelayan") || obj != "Gao" || r.MinKm > 18 || r.MaxKm < 18 {
			t.Errorf("Read(%q) = %s->%s, want the place before the distance 18 km from Gao", doc, subj, obj)
		}
	}
	for _, doc := range []string{
		"Mexican troops crossed 18 km north of Gao.",
		"The soldiers, mostly Kenyan, 18 km north of Gao, were attacked.",
	} {
		for _, m := range Read(doc).Mentions {
			if m.Name == "Mexican" || m.Name == "Kenyan" {
				t.Errorf("Read(%q): the demonym %q is taken for a place", doc, m.Name)
			}
		}
	}
}

// TestDemonymEndingAfterIntro: a one-word name that ends like a demonym
// is a place after a word that introduces places ("to", "through") when
// no noun follows it; before a noun ("to Lutheran churches") it stays an
// adjective, and a listed demonym stays one.
func TestDemonymEndingAfterIntro(t *testing.T) {
	for _, tt := range []struct {
		doc, name string
		want      bool
	}{
		{"Most residents commute to Duncan.", "Duncan", true},
		{"Convoys pass through Gharyan.", "Gharyan", true},
		{"The parish gave its land to Lutheran churches.", "Lutheran", false},
		{"The aid went to Kenyan farmers.", "Kenyan", false},
	} {
		found := false
		for _, m := range Read(tt.doc).Mentions {
			found = found || m.Name == tt.name
		}
		if found != tt.want {
			t.Errorf("Read(%q): mention %q = %v, want %v", tt.doc, tt.name, found, tt.want)
		}
	}
}
