package text

import (
	"slices"
	"strings"
	"testing"
)

// TestBringVerbsRead reads every verb of lexicon/en/travel.tsv's bring
// role after a distance: the place after it and a phrase of the reach
// role lies that far from the last place the text reached.
func TestBringVerbsRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.brings) == 0 {
		t.Fatal("travel.tsv read no verbs of the bring role")
	}
	for w := range tr.brings {
		for _, doc := range []string{
			"The caravan reached Gao after four days. Another 40 km " + w + " you to Tinzar.",
			"The caravan reached Gao after four days. 40 km " + w + " the weary column to the wells of Tinzar.",
		} {
			if got := readings(Read(doc)); !slices.Contains(got, "Tinzar: 40 km from Gao") {
				t.Errorf("Read(%q): Tinzar is not 40 km from Gao; got %q", doc, got)
			}
		}
	}
}

// TestNextStopRead reads every word of travel.tsv's next role after
// every determiner of its owner role: the stop named in apposition lies
// that far from the last place the text reached.
func TestNextStopRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.next) == 0 || len(tr.owners) == 0 {
		t.Fatal("travel.tsv read no words of the next or owner role")
	}
	for o := range tr.owners {
		for w := range tr.next {
			doc := "The caravan left Gao at dawn. " + string(o[0]-'a'+'A') + o[1:] + " " + w + " stop, Tinzar, lies 40 km to the east."
			if got := readings(Read(doc)); !slices.Contains(got, "Tinzar: 40 km east of Gao") {
				t.Errorf("Read(%q): Tinzar is not 40 km east of Gao; got %q", doc, got)
			}
		}
	}
}

// TestArrivePhrasesRead reads every phrase of travel.tsv's arrive role
// after a distance: the place after it lies that far from the last place
// the text reached.
func TestArrivePhrasesRead(t *testing.T) {
	tr := langs().en.travel
	if len(tr.arrive) == 0 {
		t.Fatal("travel.tsv read no phrases of the arrive role")
	}
	for _, ph := range tr.arrive {
		doc := "The caravan left Gao at dawn. After another 40 km " + strings.Join(ph, " ") + " Tinzar."
		if got := readings(Read(doc)); !slices.Contains(got, "Tinzar: 40 km from Gao") {
			t.Errorf("Read(%q): Tinzar is not 40 km from Gao; got %q", doc, got)
		}
	}
}

// TestThereWordsLeg reads every word of travel.tsv's there role after
// "beyond" and before a verb of place and a name: the name lies that far
// from the last place the text reached; before a noun the word is no
// place reached.
func TestThereWordsLeg(t *testing.T) {
	for w := range langs().en.travel.there {
		doc := "The caravan rested at Agadez. Ten miles beyond " + w + " is the well of Tin Taborak."
		if got := readings(Read(doc)); !slices.Contains(got, "Tin Taborak: 16.1 km from Agadez") {
			t.Errorf("Read(%q): Tin Taborak is not 16.1 km from Agadez; got %q", doc, got)
		}
		doc = "The caravan rested at Agadez. Tin Taborak lies ten miles beyond " + w + " ridge."
		if got := readings(Read(doc)); slices.Contains(got, "Tin Taborak: 16.1 km from Agadez") {
			t.Errorf("Read(%q): Tin Taborak is 16.1 km from Agadez, want no leg", doc)
		}
	}
}
