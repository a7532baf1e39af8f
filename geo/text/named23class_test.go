package text

import "testing"

// TestCalledOpenerNamesNameless: a sentence that opens with the kind of a
// place the text placed before without a name, and names it between
// commas ("The village, called X, …", « Le hameau, appelé X, … »), names
// that place; another kind, or a named place before, takes no alias.
func TestCalledOpenerNamesNameless(t *testing.T) {
	tests := []struct {
		doc, nameless, name string // name "" when no alias is wanted
	}{
		{"Rescuers reached a village 12 km north of Dori on Friday. The village, called Seytenga Koira, had been cut off for a week.", "a village", "Seytenga Koira"},
		{"A herders' hamlet stands 16 km south of Ulaangom. The hamlet, called Khar Us, was hit by the dzud.", "A herders' hamlet", "Khar Us"},
		{"Un hameau peul situé à 25 km de Mopti a été attaqué dimanche. Le hameau, appelé Wourou-Hamadi, compte cent habitants.", "Un hameau peul", "Wourou-Hamadi"},
		{"Un village situé à 30 km au nord de Tahoua a reçu de l'aide. Le village, nommé Tama-Saba, manquait d'eau.", "Un village", "Tama-Saba"},
		{"Un campement touareg, situé à 40 km à l'est d'Agadez, a été visité. Ce campement, baptisé Tin-Taborak, accueille des nomades.", "Un campement touareg", "Tin-Taborak"},
		// « baptisé » after an animal names the animal, no place.
		{"Un campement touareg, situé à 40 km à l'est d'Agadez, a été visité. L'éléphant, baptisé Tin-Taborak, y passe.", "", ""},
		// Another kind names another place.
		{"Rescuers reached a village 12 km north of Dori on Friday. The school, called Seytenga Koira, had been cut off for a week.", "", ""},
	}
	for _, tt := range tests {
		checkAlias(t, tt.doc, tt.nameless, tt.name)
	}
}

// TestKindAfterSiteName: a local kind word or a compound kind written
// after a site's name gives the name its kind, and the distance after it
// places the site: "Kyekyewere pits", "Chong-Tash jailoo", "the Sandy
// Creek mine camp".
func TestKindAfterSiteName(t *testing.T) {
	tests := []struct {
		doc, name, feature string
	}{
		{"Illegal miners were arrested at a site known as Kyekyewere pits, about 20 km north-west of Obuasi, on Tuesday.", "Kyekyewere", "pit"},
		{"Herders moved their flocks to the summer pasture camp at Chong-Tash jailoo, 30 km south of Karakol.", "Chong-Tash", ""},
		{"Flooding cut the road to the Sandy Creek mine camp, 40 km south of Kalgoorlie.", "Sandy Creek", "camp"},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		ok := false
		for _, rel := range d.Relations {
			if rel.Subject >= 0 && d.Mentions[rel.Subject].Name == tt.name && (tt.feature == "" || d.Mentions[rel.Subject].Feature == tt.feature) {
				ok = true
			}
		}
		if !ok {
			var got []string
			for _, rel := range d.Relations {
				if rel.Subject >= 0 {
					got = append(got, d.Mentions[rel.Subject].Name+"/"+d.Mentions[rel.Subject].Feature)
				}
			}
			t.Errorf("Read(%q): subjects %q, want %s/%s", tt.doc, got, tt.name, tt.feature)
		}
	}
}

// TestFrenchSiteOfWater: a French site named after a lake or a river («
// un camp forestier du lac Tessier », « le refuge du lac Blanc », « le
// camp de pêche de la rivière Moisie ») is of the site's kind, not the
// water's; the water alone, or a division of it, keeps its own kind.
func TestFrenchSiteOfWater(t *testing.T) {
	tests := []struct {
		doc, name, feature string
	}{
		{"Un camp forestier du lac Tessier, à 35 km au sud de Matane, a été évacué mardi.", "Tessier", "camp"},
		{"Le refuge du lac Blanc, à 8 km au nord de Chamonix, rouvre en juin.", "Blanc", "hut"},
		{"Le camp de pêche de la rivière Moisie, à 20 km au nord-est de Sept-Îles, a brûlé.", "Moisie", "camp"},
		{"Le lac Tessier, à 35 km au sud de Matane, est gelé.", "Tessier", "lake"},
		{"La région du lac Tchad, à 100 km au nord de Maroua, manque d'eau.", "Tchad", ""},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		var got []string
		ok := false
		for _, m := range d.Mentions {
			got = append(got, m.Name+"/"+m.Feature)
			if m.Name == tt.name && (m.Feature == tt.feature || tt.feature == "" && m.Feature != "camp" && m.Feature != "hut") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): mentions %q, want %s/%s", tt.doc, got, tt.name, tt.feature)
		}
	}
}
