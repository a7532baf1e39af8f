package text

import (
	"strings"
	"testing"
)

// TestCorpusSportsPages holds one text of each class of sports and events
// writing that a probe of race reports, previews and club news failed on:
//   - a length in brackets after two towns joined by a dash, after a noun
//     of a stage (stages.tsv: "Stage 14, Pau – Laruns (152 km)", « la 6e
//     étape, Romans-sur-Isère – Sisteron (198 km) »), is the stage's
//     course from the first town: it bounds the way between the two
//     ends (hedge "within"), and places neither from the clause's subject;
//     nor is its second name the subject of a phrase after it (« ..., passe
//     par le ravitaillement de X, 18 km au sud de Y » places X);
//   - a distance from X followed by "to" and a name Y is the length of the
//     way from X to Y ("The Birkebeinerrennet, 54 km from Rena to
//     Lillehammer"): it places Y by road, never the clause's subject;
//   - a race named with a word of raceleads.tsv before a particle ("the
//     Tour de Pologne", « le Tour du Faso », "the Giro d'Italia") is no
//     place, nor a container of the town after its comma;
//   - a name after a possessive and before a verb of a contest (deeds.tsv:
//     "Kenya's Eliud Kipchoge won", "Bahrain's Pello Bilbao finished
//     third") is an athlete's, no place in the country or the town
//     before it, which is the athlete's nationality or team;
//   - a race named after the towns it joins (races.txt: "Paris–Nice",
//     "Liège–Bastogne–Liège") names none of them; a town named again on
//     its own still is one;
//   - a club named with a word of a club ("FC", "Rovers", "Wanderers",
//     orgwords.tsv) is no place: "Crossmolina Deel Rovers beat ... in
//     Castlebar" puts no club in Castlebar.
func TestCorpusSportsPages(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "Stage 9, Foix – Tarascon (141 km), crosses the Col de Portet, 12 km south of Tarascon.",
			rels:   []string{"Tarascon: 141 km from Foix", "Col de Portet: 12 km south of Tarascon"},
			places: []string{"Foix", "Tarascon"}},
		{doc: "La 3e étape, Millau – Rodez (164 km), emprunte la côte de Lioujas, 9 km à l'est de Rodez.",
			rels:   []string{"Rodez: 164 km from Millau"},
			places: []string{"Millau", "Rodez"}},
		{doc: "La 2e étape, Natitingou – Djougou (98 km), passe par le ravitaillement de Pam-Carrefour, 18 km au sud de Natitingou.",
			rels:   []string{"Djougou: 98 km from Natitingou", "Pam-Carrefour: 18 km south of Natitingou"},
			absent: []string{"Djougou: 18 km south of Natitingou"}},
		{doc: "The Ridgeway Relay, 64 km from Wantage to Marlborough, starts on Sunday.",
			rels:   []string{"Marlborough: 64 km from Wantage"},
			absent: []string{"Ridgeway Relay: 64 km from Wantage"}},
		{doc: "It is 30 km from Gao to Bourem by the river track.",
			rels: []string{"Bourem: 30 km from Gao"}},
		{doc: "Stage 2 of the Tour de Hongrie, Eger – Miskolc, ends on the Avas hill, 3 km east of Miskolc.",
			rels: []string{"Avas: 3 km east of Miskolc"}, not: []string{"Tour de Hongrie"}, places: []string{"Eger", "Miskolc"}},
		{doc: "La 2e étape du Tour du Bénin, Bohicon – Parakou, a été neutralisée.",
			not: []string{"Tour du Bénin"}, places: []string{"Bohicon", "Parakou"}},
		{doc: "Ballymore Rovers beat Kilcar Wanderers in Donegal Town, and the replay is at Meenacross, 8 km north of Kilcar.",
			rels: []string{"Meenacross: 8 km north of Kilcar"}, not: []string{"Ballymore Rovers", "Kilcar Wanderers"}},
		{doc: "Kenya's Eliud Kipchoge won in 2h 01min, and the second pack was caught at Kiptoo Corner, 4 km north of Iten.",
			rels: []string{"Kiptoo Corner: 4 km north of Iten"}, not: []string{"Eliud Kipchoge"}},
		{doc: "Chad's Lac Region lies west of N'Djamena, and Bahrain's Pello Bilbao finished third.",
			rels: []string{"Lac Region: in Chad"}, not: []string{"Pello Bilbao", "Bahrain"}},
		{doc: "Paris–Roubaix ends in the velodrome in Roubaix, and the Carrefour de l'Arbre lies 10 km south-east of Roubaix.",
			rels: []string{"Carrefour de l'Arbre: 10 km southeast of Roubaix"}, places: []string{"Roubaix"}, not: []string{"Paris"}},
		{doc: "Liège–Bastogne–Liège se jouera dans la côte de la Redoute, à 6 km au nord de Remouchamps.",
			not: []string{"Bastogne", "Liège"}},
		{doc: "Forge FC drew 1-1 with Atlético Ottawa at Tim Hortons Field in Hamilton.",
			not: []string{"Forge FC"}, places: []string{"Hamilton"}},
	})
}

// TestStageLengthBounds checks that a stage's length in brackets is read
// as a bound ("within"), and a length with no noun of a stage before it
// ("Day 3: Gao – Bourem (95 km)", a leg by road) as the number itself;
// so is a race's length "from X to Y" in apposition to its name, while
// "It is 30 km from Gao to Bourem" is the number by road.
func TestStageLengthBounds(t *testing.T) {
	for _, c := range []struct {
		doc, hedge string
	}{
		{"Stage 14, Pau – Laruns (152 km), is the queen stage.", "within"},
		{"Le prologue, Gao – Bourem (12 km), a lieu dimanche.", "within"},
		{"Day 3: Gao – Bourem (95 km) took all day.", ""},
		{"The Pirin Skyrace, 42 km from Bansko to Razlog, is on Sunday.", "within"},
		{"It is 30 km from Gao to Bourem by the river track.", ""},
	} {
		d := Read(c.doc)
		found := false
		for _, rel := range d.Relations {
			if n := d.Mentions[rel.Subject].Name; rel.Kind == KindDistance && rel.Object >= 0 && (n == "Bourem" || n == "Laruns" || n == "Razlog") {
				found = true
				if rel.Hedge != c.hedge {
					t.Errorf("Read(%q): hedge %q, want %q", c.doc, rel.Hedge, c.hedge)
				}
			}
		}
		if !found && c.hedge != "" {
			t.Errorf("Read(%q): no length read; relations %v", c.doc, d.Relations)
		}
	}
}

// TestStageAndRaceWordsRead reads every row of stages.tsv, raceleads.tsv,
// deeds.tsv and races.txt in a sentence that needs it.
func TestStageAndRaceWordsRead(t *testing.T) {
	if len(lex().races) < 8 {
		t.Errorf("lexicon/races.txt: %d rows, want at least 8", len(lex().races))
	}
	for _, words := range lex().races {
		var b strings.Builder
		for _, w := range words {
			if w == "-" {
				b.WriteString("–")
			} else {
				if b.Len() > 0 && !strings.HasSuffix(b.String(), "–") {
					b.WriteString(" ")
				}
				b.WriteString(titleCase(w))
			}
		}
		doc := b.String() + " is run on Sunday."
		if ev := mentionEvidence(doc, titleCase(words[0])); ev > EvidenceUnlikely {
			t.Errorf("Read(%q): %s is %s, want no place", doc, titleCase(words[0]), ev)
		}
	}
	for _, lang := range []string{"en", "fr"} {
		l := map[string]*language{"en": langs().en, "fr": langs().fr}[lang]
		if len(l.sets[setStages]) < 3 || len(l.sets[setRaceLeads]) < 3 || lang == "en" && len(l.sets[setDeeds]) < 8 {
			t.Errorf("lexicon/%s: %d stages, %d race leads, want at least 3 each", lang, len(l.sets[setStages]), len(l.sets[setRaceLeads]))
		}
		for w := range l.sets[setStages] {
			doc := "The " + w + " 4, Gao – Bourem (95 km), is flat."
			hedged := false
			for _, rel := range Read(doc).Relations {
				hedged = hedged || rel.Hedge == "within"
			}
			if !hedged {
				t.Errorf("Read(%q): the stage's length is not a bound", doc)
			}
		}
		for w := range l.sets[setDeeds] {
			doc := "Kenya's Eliud Kipchoge " + w + " in Berlin."
			if ev := mentionEvidence(doc, "Eliud Kipchoge"); ev > EvidenceUnlikely {
				t.Errorf("Read(%q): the athlete is %s, want no place", doc, ev)
			}
		}
		for w := range l.sets[setRaceLeads] {
			doc := "The " + titleCase(w) + " de Kalo, Gao – Bourem, starts today."
			if ev := mentionEvidence(doc, titleCase(w)+" de Kalo"); ev > EvidenceUnlikely {
				t.Errorf("Read(%q): the race is %s, want no place", doc, ev)
			}
		}
	}
}
