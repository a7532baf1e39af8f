package gazetteer

import "testing"

// TestNames25SingleLetters: French doubles a consonant GeoNames writes
// once (« Ouaddaï », Ouadaï); Admin1 asks the key with doubled letters
// written once after the key as written finds nothing.
func TestNames25SingleLetters(t *testing.T) {
	for in, want := range map[string]string{
		"ouaddai":      "ouadai",
		"kassala":      "kasala",
		"hadjer lamis": "hadjer lamis",
		"batt  ha":     "bat  ha",
	} {
		if got := singleLetters(in); got != want {
			t.Errorf("singleLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNames25WithKh: Turkish and some Persian romanisations write "h"
// for English "kh" ("Horramabad", Khorramabad); SpelledLike asks the name
// so respelled when nothing bears it. An "h" of a group ("sh", "ch") or
// at a word's end is left alone.
func TestNames25WithKh(t *testing.T) {
	for in, want := range map[string]string{
		"horramabad":  "khorramabad",
		"buhara":      "bukhara",
		"hanabad":     "khanabad",
		"shiraz":      "",
		"kermanshah":  "",
		"deh e sorkh": "",
		"ruh":         "",
	} {
		if got := withKh(in); got != want {
			t.Errorf("withKh(%q) = %q, want %q", in, got, want)
		}
	}
}
