package text

import "testing"

// TestStagesKeepGradedTable checks the contract between the stages: the
// mention table the evidence stage hands on is not rewritten by the stages
// after it. What relations and lists learn of a name (a role that lifts its
// evidence, a river that "the bank of" reveals) is kept in the reader's
// roles and reaches Document.Mentions only when settle folds it in.
func TestStagesKeepGradedTable(t *testing.T) {
	doc := "Kalo lies 30 km south of Gao, on the left bank of the Tilemsi. " +
		"We visited Gao, Kidal and Niamey. A camp lies 12 km east of Kidal."
	r := newReader(doc)
	r.findMentions()
	graded := make(map[Span]Mention, len(r.mentions))
	for _, m := range r.mentions {
		graded[m.Span] = m
	}
	r.findContainers()
	r.findAliases()
	r.findRelations()
	r.sortNameless()
	r.findLists()
	nameless := 0
	for _, m := range r.mentions {
		if m.Nameless {
			nameless++
			continue
		}
		if g, ok := graded[m.Span]; !ok || g != m {
			t.Errorf("%q rewritten after the evidence stage: graded %+v, now %+v", m.Name, g, m)
		}
	}
	if nameless != 1 {
		t.Errorf("%d nameless places, want 1 (the camp)", nameless)
	}
	r.settle()

	// What the roles said reaches the table only now.
	want := map[string]struct {
		graded, read Evidence
		feature      string
	}{
		"Gao":     {EvidenceCapitalised, EvidenceRelation, ""},
		"Kidal":   {EvidenceCapitalised, EvidencePreposition, ""}, // the list; its later occurrence is an object
		"Niamey":  {EvidenceCapitalised, EvidencePreposition, ""}, // a list member after "visited"
		"Tilemsi": {EvidenceCapitalised, EvidenceRelation, "river"},
	}

	seen := map[string]bool{}
	defer func() {
		if len(seen) != len(want) {
			t.Errorf("read %d of the %d names %v", len(seen), len(want), want)
		}
	}()
	for _, m := range r.mentions {
		w, ok := want[m.Name]
		if !ok || seen[m.Name] {
			continue // the first occurrence of each
		}
		seen[m.Name] = true
		g := graded[m.Span]
		if g.Evidence > w.graded {
			t.Errorf("%q at %d: graded %v, want at most %v before any relation", m.Name, m.Span.Start, g.Evidence, w.graded)
		}
		if m.Evidence < w.read || m.Feature != w.feature {
			t.Errorf("%q at %d: read %v %q, want at least %v %q", m.Name, m.Span.Start, m.Evidence, m.Feature, w.read, w.feature)
		}
	}
}
