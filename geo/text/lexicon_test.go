package text

import (
	"strings"
	"testing"
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
