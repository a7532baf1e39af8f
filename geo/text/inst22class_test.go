package text

import "testing"

// TestTownServiceStaff: a town's bare name before a word of a public
// service and a noun of its staff (townservices.tsv, townstaff.tsv), or
// before a noun of its fishermen or rangers (townnouns.tsv), is a place
// the text names; a staff noun alone after a name leaves it alone, as a
// firm has a crew too.
func TestTownServiceStaff(t *testing.T) {
	for _, c := range []struct {
		name, doc, place string
		want             bool
	}{
		{"list before wildlife officers", "Lahad Datu and Kota Kinabalu wildlife officers later released it.", "Kota Kinabalu", true},
		{"lifeboat crews", "Fraserburgh lifeboat crews found him at dawn.", "Fraserburgh", true},
		{"fishermen", "Iquitos fishermen reported the dolphin on Monday.", "Iquitos", true},
		{"rangers", "Hoedspruit rangers searched the area.", "Hoedspruit", true},
		{"health workers", "Kumasi health workers went on strike.", "Kumasi", true},
		{"aid workers", "Wau and Yei aid workers also helped.", "Yei", true},
		{"parishes", "Jujuy and Tartagal parishes sent pilgrims.", "Tartagal", true},
		{"airline's crew", "A Qantas crew was stranded overnight.", "Qantas", false},
		{"firm's sales staff", "The Nokia sales staff met on Monday.", "Nokia", false},
	} {
		if got := mentionEvidence(c.doc, c.place) >= EvidencePreposition; got != c.want {
			t.Errorf("%s: Read(%q): %s a place = %v, want %v", c.name, c.doc, c.place, got, c.want)
		}
	}
}

// TestGeneralHospital: a title before a capitalised word of
// establishments.tsv inside a run is part of the establishment's name
// ("Coast General Hospital"), not a cut before a person's name.
func TestGeneralHospital(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"Patients are now referred to Coast General Hospital rather than Nairobi.", "Coast General Hospital"},
		// a hospital named after its town leaves the town's name
		// (institutionTailStart, building28_test.go)
		{"Patients were taken to Machakos General Hospital from Kitui.", "Machakos"},
	} {
		d := Read(c.doc)
		found := false
		for _, m := range d.Mentions {
			if m.Name == c.name {
				found = true
			}
		}
		if !found {
			var names []string
			for _, m := range d.Mentions {
				names = append(names, m.Name)
			}
			t.Errorf("Read(%q): mentions %q, want %q", c.doc, names, c.name)
		}
	}
}

// TestChargesAndDioceses: a charge named after what it pays for
// (orgwords.tsv: "Fee", "Levy") is no place, even after a country's
// possessive; a diocese is a body (bodies.tsv), so neither it nor the
// town after its "of" is a place of the text.
func TestChargesAndDioceses(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"Visitors to Paro pay Bhutan's Sustainable Development Fee on arrival.", "Sustainable Development Fee"},
		{"Visitors pay Bhutan's Tourism Levy on arrival in Paro.", "Tourism Levy"},
		{"Pilgrims from the Diocese of Cuenca gathered at a shrine near Azogues.", "Diocese"},
		{"Pilgrims from the Diocese of Cuenca gathered at a shrine near Azogues.", "Cuenca"},
	} {
		if ev := mentionEvidence(c.doc, c.name); ev >= EvidencePreposition {
			t.Errorf("Read(%q): %s is %s, want no place", c.doc, c.name, ev)
		}
	}
}

// TestWetlandOrchardKinds: a wetland, a villa, an orchard or a vineyard
// (descriptors.tsv) is a nameless place a distance locates, in English and
// in French (« une oliveraie »).
func TestWetlandOrchardKinds(t *testing.T) {
	for _, c := range []struct{ doc, subject string }{
		{"Students studied a wetland 25 km north of Balclutha.", "a wetland"},
		{"Archaeologists studied a villa 12 km south of Altamura.", "a villa"},
		{"The family owns an orchard 10 km east of Nelson.", "an orchard"},
		{"La chambre de commerce a visité une oliveraie à 30 km à l'ouest de Sfax.", "une oliveraie"},
		{"Il possède un vignoble à 12 km au sud de Mâcon.", "un vignoble"},
		{"L'université a installé une ferme expérimentale à 15 km au nord de Parakou.", "une ferme expérimentale"},
	} {
		d := Read(c.doc)
		found := false
		for _, r := range d.Relations {
			if r.Subject >= 0 && d.Mentions[r.Subject].Name == c.subject {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no relation of %q", c.doc, c.subject)
		}
	}
}

// TestInstitutionAcronymApposition: a distance set off after « au CHU de
// X » is about the town X, the institution's (institutionAcronymDe), as
// after « l'hôpital de X »; « au Niger, à 35 km de X » stays a container.
func TestInstitutionAcronymApposition(t *testing.T) {
	for _, c := range []struct{ doc, subject, object string }{
		{"Les blessés ont été transférés au CHU de Bobo-Dioulasso, à 330 km au sud-ouest de Ouagadougou.", "Bobo-Dioulasso", "Ouagadougou"},
		{"Le blessé a été évacué vers le CHR de Ziguinchor, à 120 km à l'ouest de Kolda.", "Ziguinchor", "Kolda"},
	} {
		d := Read(c.doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind == KindDistance && r.Subject >= 0 && r.Object >= 0 && d.Mentions[r.Subject].Name == c.subject && d.Mentions[r.Object].Name == c.object {
				found = true
			}
		}
		if !found {
			t.Errorf("Read(%q): no distance from %s to %s", c.doc, c.subject, c.object)
		}
	}
}
