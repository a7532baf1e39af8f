package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLexicons(t *testing.T) {
	l := lex()
	for name, set := range map[string]lexicon{"agencies": l.agencies, "peoples": l.peoples, "demonyms": l.demonyms, "organisations": l.organisations} {
		if len(set) < 5 {
			t.Errorf("lexicon %s: %d entries, want at least 5", name, len(set))
		}
		for w := range set {
			if w != strings.ToLower(strings.TrimSpace(w)) || strings.Contains(w, "  ") {
				t.Errorf("lexicon %s: entry %q is not lower-cased and trimmed", name, w)
			}
		}
	}
	tests := []struct {
		f    func(string) bool
		name string
		w    string
		want bool
	}{
		{isAgency, "isAgency", "reuters", true},
		{isAgency, "isAgency", "gao", false},
		{isPeople, "isPeople", "quechua", true},
		{isPeople, "isPeople", "tuareg", true},
		{isPeople, "isPeople", "kidal", false},
		{isDemonym, "isDemonym", "ugandan", true},
		{isDemonym, "isDemonym", "pakistani", true},
		{isDemonym, "isDemonym", "uganda", false},
		{isOrganisationName, "isOrganisationName", "islamic maghreb", true},
		{isOrganisationName, "isOrganisationName", "maghreb", false},
	}
	for _, tt := range tests {
		if got := tt.f(tt.w); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.w, got, tt.want)
		}
	}
}

func TestDescriptorTables(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"isDescriptorNoun(farm)", isDescriptorNoun("farm"), true},
		{"isDescriptorNoun(quechua)", isDescriptorNoun("quechua"), false},
		{"isAnaphorNoun(community)", isAnaphorNoun("community"), true},
		{"isAnaphorNoun(region)", isAnaphorNoun("region"), false},
		{"isAtDescriptor(camp)", isAtDescriptor("camp"), true},
		{"isAtDescriptor(village)", isAtDescriptor("village"), false},
		{"isAdminFeature(rural commune)", isAdminFeature("rural commune"), true},
		{"isAdminFeature(town)", isAdminFeature("town"), false},
		{"frenchFeature(ville)", frenchFeature("ville"), "town"},
		{"frenchFeature(ferme)", frenchFeature("ferme"), "farm"},
		{"frenchFeature(département)", frenchFeature("département"), "department"},
		{"frenchFeature(route)", frenchFeature("route"), ""},
		{"isFrenchAnaphorNoun(hameau)", isFrenchAnaphorNoun("hameau"), true},
		{"isFrenchAnaphorNoun(région)", isFrenchAnaphorNoun("région"), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// Every anaphor noun of either language gives a feature the resolver
	// knows how to describe.
	for w, d := range lex().fr {
		if d.anaphor && d.feature == "" {
			t.Errorf("French anaphor noun %q has no feature", w)
		}
	}
}

// TestListedNames reads every name of lexicon/names.txt, capitalised as a
// text writes it, in a sentence: each must be one mention, whole.
func TestListedNames(t *testing.T) {
	names := lex().names
	if len(names) < 5 {
		t.Fatalf("lexicon/names.txt: %d names, want at least 5", len(names))
	}
	for _, words := range names {
		if len(words) < 2 {
			t.Errorf("lexicon/names.txt: %q is one word, which the reader never cuts", words)
			continue
		}
		w := append([]string(nil), words...)
		r, size := utf8.DecodeRuneInString(w[0])
		w[0] = string(unicode.ToUpper(r)) + w[0][size:] // the rest as the file writes it
		name := strings.Join(w, " ")
		d := Read("Kalo is a village in " + name + ", 20 km from Gao.")
		found := false
		for _, m := range d.Mentions {
			if strings.EqualFold(m.Name, name) {
				found = true
			}
		}
		if !found {
			var got []string
			for _, m := range d.Mentions {
				got = append(got, m.Name)
			}
			t.Errorf("%q read as %q, want it one mention", name, got)
		}
	}
}
