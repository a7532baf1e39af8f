package text

import (
	"testing"
	"testing/fstest"
)

// TestEntry checks where each language enters the rules: French only at
// the words of lexicon/fr/entry.tsv and before English, which starts at
// any word with the rules of its syntax; every rule the syntaxes name has
// a reader, and a malformed row of entry.tsv is refused.
func TestEntry(t *testing.T) {
	en, fr := langs().en, langs().fr
	if got := langs().entry; len(got) != 2 || got[0] != fr || got[1] != en {
		t.Errorf("entry order = %v, want fr, en", got)
	}
	if en.entry != nil || !en.startsAt("whatever") || len(en.rulesAt("whatever")) == 0 {
		t.Errorf("English starts at any word with its syntax's rules")
	}
	for w, want := range map[string][]rule{
		"à":         {ruleDistance, ruleDirection, ruleNear, ruleIn},
		"au":        {ruleDirection, ruleNear, ruleIn},
		"près":      {ruleNear, ruleApposedDistance},
		"plus":      {ruleApposedDistance},
		"dans":      {ruleNear, ruleIn},
		"village":   {rulePartOf},
		"de":        {ruleDistance},
		"qu'à":      {ruleDistance},
		"distante":  {ruleDistance},
		numberEntry: {ruleApposedDistance, ruleLeg},
		"une":       {ruleApposedDistance, ruleLeg},
		"nord":      nil,
		"the":       nil,
	} {
		got := fr.rulesAt(w)
		if len(got) != len(want) || fr.startsAt(w) != (want != nil) {
			t.Errorf("fr rulesAt(%q) = %v, want %v", w, got, want)
			continue
		}
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("fr rulesAt(%q) = %v, want %v", w, got, want)
			}
		}
	}
	for _, l := range langs().all {
		syn := l.syntax()
		if syn.distance == nil || syn.in == nil || syn.partOf == nil {
			t.Errorf("%s: syntax names no distance, in or part-of rule", l.code)
		}
	}
	for _, row := range []string{"à\tdistance,fly\n", "à\tnear\nà\tin\n", "à la\tnear\n"} {
		fsys := fstest.MapFS{"x/entry.tsv": {Data: []byte(row)}}
		entry := map[string][]rule{}
		err := readTable(fsys, "x/entry.tsv", 2, func(f []string) error { return readEntry(entry, f) })
		if err == nil {
			t.Errorf("entry.tsv %q read without error", row)
		}
	}
}
