package text

import "testing"

// TestDistanceAt reads the same distance phrases in English and French
// with the one rule (distanceAt): each piece in one language and its
// counterpart in the other give the same relation.
func TestDistanceAt(t *testing.T) {
	tests := []struct {
		name, doc string
		kind      Kind
		subj, obj string
		km        float64
		dir       string // Relation.Direction, "" for none
		hedge     string
		road      bool
		missing   bool // MissingNumber
	}{
		{"en bare direction", "Talahandak lies 17 km south-east of Pama.", KindDistance, "Talahandak", "Pama", 17, "south-east", "", false, false},
		{"fr au", "Talahandak est situé à 17 km au sud-est de Pama.", KindDistance, "Talahandak", "Pama", 17, "sud-est", "", false, false},
		{"en to the", "Talahandak lies 17 km to the east of Pama.", KindDistance, "Talahandak", "Pama", 17, "east", "", false, false},
		{"fr à l'", "Talahandak est situé à 17 km à l'est de Pama.", KindDistance, "Talahandak", "Pama", 17, "est", "", false, false},
		{"en abbreviation", "Talahandak lies 17 km NNE of Pama.", KindDistance, "Talahandak", "Pama", 17, "NNE", "", false, false},
		{"fr abbreviation", "Talahandak est situé à 17 km NO de Pama.", KindDistance, "Talahandak", "Pama", 17, "NO", "", false, false},
		{"en hedge and crow", "Talahandak lies about 17 km as the crow flies north of Pama.", KindDistance, "Talahandak", "Pama", 17, "north", "about", false, false},
		{"fr hedge and crow", "Talahandak est situé à environ 17 km à vol d'oiseau au nord de Pama.", KindDistance, "Talahandak", "Pama", 17, "nord", "about", false, false},
		{"fr hedge before the lead", "Talahandak est situé environ à 17 km au nord de Pama.", KindDistance, "Talahandak", "Pama", 17, "nord", "about", false, false},
		{"fr lead hedge", "Talahandak n'est qu'à 17 km de Pama.", KindDistance, "Talahandak", "Pama", 17, "", "only", false, false},
		{"en from", "Talahandak lies 17 km from Pama.", KindDistance, "Talahandak", "Pama", 17, "", "", false, false},
		{"fr de", "Talahandak est situé à 17 km de Pama.", KindDistance, "Talahandak", "Pama", 17, "", "", false, false},
		{"en river", "Talahandak lies 17 km upstream of Pama.", KindDistance, "Talahandak", "Pama", 17, "", "", false, false},
		{"fr river", "Talahandak est situé à 17 km en amont de Pama.", KindDistance, "Talahandak", "Pama", 17, "", "", false, false},
		{"en road after the object", "Talahandak lies 17 km north of Pama by road.", KindDistance, "Talahandak", "Pama", 17, "north", "", true, false},
		{"fr road after the object", "Talahandak est situé à 17 km au nord de Pama par la route.", KindDistance, "Talahandak", "Pama", 17, "nord", "", true, false},
		{"en conversion", "Talahandak lies 17 km (11 mi) north of Pama.", KindDistance, "Talahandak", "Pama", 17, "north", "", false, false},
		{"fr conversion", "Talahandak est situé à 17 km (11 mi) au nord de Pama.", KindDistance, "Talahandak", "Pama", 17, "nord", "", false, false},
		{"en number lost", "Talahandak is located km north of Pama.", KindDirection, "Talahandak", "Pama", 0, "north", "", false, true},
		{"fr number lost", "Talahandak est situé à km au nord de Pama.", KindDirection, "Talahandak", "Pama", 0, "nord", "", false, true},
		{"en number lost after its hedge", "Talahandak lies about km east of Pama.", KindDirection, "Talahandak", "Pama", 0, "east", "", false, true},
		{"fr number lost after its hedge", "Talahandak est situé à environ km au nord de Pama.", KindDirection, "Talahandak", "Pama", 0, "nord", "", false, true},
		{"en number lost, no direction", "The Kawuri Two camp lies about km from Maiduguri, officials said.", KindDistance, "Kawuri Two", "Maiduguri", 0, "", "", false, true},
		{"fr number lost, no direction", "Le village de Ngam Kossi se trouve à km de Bouar.", KindDistance, "Ngam Kossi", "Bouar", 0, "", "", false, true},
		{"fr number lost after its hedge, no direction", "Talahandak est situé à environ km de Pama.", KindDistance, "Talahandak", "Pama", 0, "", "", false, true},
	}
	for _, tt := range tests {
		r, subj, obj := onlyRelation(t, tt.doc)
		if r.Kind != tt.kind || subj != tt.subj || obj != tt.obj || r.MinKm != tt.km || r.Direction != tt.dir ||
			r.Hedge != tt.hedge || r.Road != tt.road || r.MissingNumber != tt.missing {
			t.Errorf("%s: Read(%q) = %v %s->%s %g km %q hedge %q road %v missing %v, want %v %s->%s %g km %q hedge %q road %v missing %v",
				tt.name, tt.doc, r.Kind, subj, obj, r.MinKm, r.Direction, r.Hedge, r.Road, r.MissingNumber,
				tt.kind, tt.subj, tt.obj, tt.km, tt.dir, tt.hedge, tt.road, tt.missing)
		}
	}
}

// TestDistanceAtNoObject shows the phrases the rule refuses: an of-word
// with nothing readable after it, and a road named by its towns after
// "off".
func TestDistanceAtNoObject(t *testing.T) {
	for _, doc := range []string{
		"Talahandak est situé à 17 km au sud-est du département.",
		"Talahandak lies 8 km off the Songea–Mbinga road.",
	} {
		for _, rel := range Read(doc).Relations {
			if rel.Kind == KindDistance {
				t.Errorf("Read(%q) gives a distance %+v, want none", doc, rel)
			}
		}
	}
}
