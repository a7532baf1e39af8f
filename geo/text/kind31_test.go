package text

import "testing"

// TestKind31RiverbedEndsSentence: « de son lit », « au bar », « par. »
// are French words that are also abbreviations ("lit.", "bar.", "par."),
// and a sentence that ends on one is ended before a definite article
// (« Le », « La », « L' ») too, not only before « Un » or « Les »: the
// river that spilled is not the subject of the next sentence's distance,
// the place of kind named there is.
func TestKind31RiverbedEndsSentence(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"La rivière Gosseline est sortie de son lit. Le village de Morne-Bleu se trouve à 12 km à l'est de Jacmel.", "Morne-Bleu"},
		{"À Ouahigouya, la rivière Koulbako est sortie de son lit. La localité de Sissamba, à 15 km au sud de Ouahigouya, est isolée.", "Sissamba"},
		{"Le Niger est sorti de son lit. L'îlet de Kobaré, à 8 km au nord de Mopti, est sous les eaux.", "Kobaré"},
		{"Les clients attendaient au bar. Le hameau de Pradet, à 6 km à l'ouest de Millau, était coupé du monde.", "Pradet"},
	} {
		if got := distanceSubject(c.doc); got != c.want {
			t.Errorf("Read(%q): distance subject %q, want %q", c.doc, got, c.want)
		}
	}
	// After an initial, « Le » and « La » still open a surname.
	for _, c := range []struct{ doc, name string }{
		{"Le député J. Le Pen est arrivé à Nanterre.", "Nanterre"},
		{"Le maire A. La Rosa a visité Palerme.", "Palerme"},
	} {
		d := Read(c.doc)
		if len(d.Sentences) != 1 {
			t.Errorf("Read(%q): %d sentences, want 1", c.doc, len(d.Sentences))
		}
	}
}

// TestKind31RuralCentreKinds: the lower-case kinds that name a rural
// centre of southern and eastern Africa after its name, "X business
// centre" (Zimbabwe, Malawi, Zambia) and "X growth point" (Zimbabwe),
// and a mineral "showing" named like a lake ("the Heron Lake showing"),
// give the name its kind and leave a distance after them to it. A name
// whose own head is a water word ("Heron Lake") keeps that kind, but the
// distance is still its own.
func TestKind31RuralCentreKinds(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Chitekete business centre, about 20 km north of Mzimba, has a new police unit.", "Chitekete", "business centre"},
		{"Mabvuku business center, 14 km east of Kwekwe, opened a clinic on Monday.", "Mabvuku", "business centre"},
		{"Nembira growth point, 35 km south of Gokwe, received maize from the GMB.", "Nembira", "growth point"},
		{"The council will tar the road to Sesame growth point, 40 km west of Gokwe.", "Sesame", "growth point"},
		{"The Heron Lake showing, some 5 km north of Timmins, returned 3 g/t gold.", "Heron Lake", ""},
		{"Drilling also tested the Otter Creek showing, 9 km east of Chibougamau.", "Otter Creek", "mine"},
	} {
		m, ok := mentionNamed(c.doc, c.name)
		if !ok || c.feature != "" && m.Feature != c.feature {
			t.Errorf("Read(%q): %q feature %q (found %v), want %q", c.doc, c.name, m.Feature, ok, c.feature)
		}
		if got := distanceSubject(c.doc); got != c.name {
			t.Errorf("Read(%q): distance subject %q, want %q", c.doc, got, c.name)
		}
	}
}

// TestKind31AtNameAndKind: a place named with a kind of kindsafter.tsv
// whose first word is no modifier ("business centre", "growth point"),
// after "at" and before the comma of a distance, is the distance's
// subject: the walk back to the subject steps over the whole kind.
func TestKind31AtNameAndKind(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"Voting at Mabvuku business centre, 14 km east of Kwekwe, started late.", "Mabvuku"},
		{"At Chikwanha business center, about 30 km south of Murehwa, the clinic ran out of drugs.", "Chikwanha"},
		{"Police mounted a roadblock at Nkayi growth point, 25 km north of Lupane, on Sunday.", "Nkayi"},
	} {
		if got := distanceSubject(c.doc); got != c.want {
			t.Errorf("Read(%q): distance subject %q, want %q", c.doc, got, c.want)
		}
	}
}
