package text

import "testing"

// TestNewsClasses reads the classes of short news sentences the reader
// once got wrong: a kind of place with a modifier no table lists ("the
// bayou town of X"), a nameless place with a plural possessive ("the
// herders' camp"), a plural common word before a preposition ("Farmers
// near X"), an island after "on" ("Fires on Evia, Rhodes and Corfu"),
// "upriver from X", a clause after a semicolon, a nameless place with
// its distance in an aside, and a demonym before "state media".
func TestNewsClasses(t *testing.T) {
	rels := []struct{ doc, subj, obj string }{
		{"Lake Charles is roughly 30 miles east of the bayou town of Marais Bouleau.", "Lake Charles", "Marais Bouleau"},
		{"Kalo is 30 km north of the sleepy bayou town of Marais.", "Kalo", "Marais"},
		{"The herders' camp lies 70 km north-west of Adré.", "The herders' camp", "Adré"},
		{"Farmers near Rio Claro, 50 miles west of Campinas, said the drought had killed their cattle.", "Rio Claro", "Campinas"},
		{"Kalo lies 30 km upriver from Iquitos.", "Kalo", "Iquitos"},
		// A name opening a clause after a semicolon is its subject.
		{"Djibo has been under blockade for months; Tinangol, 35 km south-east of Djibo, was emptied.", "Tinangol", "Djibo"},
		// A nameless place with the distance in an aside before its verb.
		{"A camp, 12 km west of Bunia, was attacked overnight.", "A camp", "Bunia"},
	}
	for _, tt := range rels {
		checkDistance(t, tt.doc, tt.subj, tt.obj)
	}
	// A closing quote is no possessive: "the 'three towns' Kalo" keeps its words.
	if d := Read("Kalo is one of the 'three towns' People mention."); len(d.Mentions) == 0 || d.Mentions[0].Name != "Kalo" {
		t.Errorf("a closing quote read as a possessive: %+v", d.Mentions)
	}
	ev := []struct {
		doc, name string
		want      Evidence
	}{
		{"Fires on Evia, Rhodes and Corfu forced evacuations.", "Rhodes", EvidencePreposition},
		{"Fires on Evia, Rhodes and Corfu forced evacuations.", "Corfu", EvidencePreposition},
		{"Farmers near Rio Claro said the drought had killed their cattle.", "Farmers", EvidenceUnlikely},
		{"Farmers in Kano said the road was closed.", "Farmers", EvidenceUnlikely},
		{"Hope in the valley lies 20 km east of Gao.", "Hope", EvidenceRelation},
		// A demonym before "state media" names no state.
		{"Floods hit Kalo, 20 km north of Gao, Vietnamese state media said.", "Vietnamese", Evidence(-1)},
	}
	for _, tt := range ev {
		checkEvidence(t, tt.doc, tt.name, tt.want)
	}
	// "on the Niger" is a river's bank, not an island.
	d := Read("Gao is large. Gao lies on the Niger.")
	for _, m := range d.Mentions {
		if m.Name == "Niger" && m.Evidence != EvidenceCapitalised {
			t.Errorf("the Niger after `on the` is %s, want capitalised", m.Evidence)
		}
	}
}

// checkEvidence reports an error unless the last mention of Read(doc)
// named name has evidence want; Evidence(-1) wants no such mention.
func checkEvidence(t *testing.T, doc, name string, want Evidence) {
	t.Helper()
	got := Evidence(-1)
	for _, m := range Read(doc).Mentions {
		if m.Name == name {
			got = m.Evidence
		}
	}
	if got != want {
		t.Errorf("Read(%q): %s is %s, want %s", doc, name, got, want)
	}
}

// checkDistance reports an error unless Read(doc) states a distance of the
// place named subj from the place named obj.
func checkDistance(t *testing.T, doc, subj, obj string) {
	t.Helper()
	d := Read(doc)
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Object >= 0 && d.Mentions[r.Subject].Name == subj && d.Mentions[r.Object].Name == obj {
			return
		}
	}
	t.Errorf("Read(%q): no distance %s -> %s in %+v", doc, subj, obj, d.Relations)
}
