package text

import "testing"

// TestCorpusFrsite22Class holds the classes of the twenty-second round's
// French industrial, mining and forestry news:
//   - « une coupe forestière à 15 km à l'est de X »: a logging cut is a
//     kind of place (lexicon/fr/descriptors.tsv), so that the event
//     before it (« L'accident s'est produit dans … ») is not what the
//     distance places;
//   - « au campement minier du lac Berthelot, situé à 40 km de X »: a
//     site named after its lake is the site, of the site's kind, not the
//     lake (frenchSiteOfWater);
//   - « sur un chantier de la Compagnie des Bois de Mouila, à 50 km de X
//     »: the firm owns the site and is no place; the site is what the
//     distance places (frenchFirmOwnerBefore).
func TestCorpusFrsite22Class(t *testing.T) {
	checkCorpus(t, []example{
		{doc: "L'accident s'est produit dans une coupe forestière à 15 km à l'est d'Eymoutiers.",
			rels: []string{"une coupe forestière: 15 km east of Eymoutiers"}},
		{doc: "Un bûcheron a été blessé dans une coupe de bois à 20 km au nord de Tulle.",
			rels: []string{"une coupe de bois: 20 km north of Tulle"}},
		{doc: "Un ouvrier a trouvé la mort au campement minier du lac Berthelot, situé à une quarantaine de kilomètres au nord-est de Val-d'Or.",
			rels: []string{"Berthelot: 40 km northeast of Val-d'Or"}},
		{doc: "Un accident s'est produit sur un chantier de la Compagnie des Bois de Mouila, à une cinquantaine de kilomètres au nord-est de Lambaréné.",
			rels:   []string{"un chantier de la Compagnie des Bois de Mouila: 50 km northeast of Lambaréné"},
			not:    []string{"Compagnie des Bois de Mouila"},
			absent: []string{"Un accident: 50 km northeast of Lambaréné"}},
	})
}

// TestFrsite22SiteOfWater checks that a site named after its lake takes
// the site's kind (frenchSiteOfWater), and the lake alone keeps its own.
func TestFrsite22SiteOfWater(t *testing.T) {
	for _, c := range []struct{ doc, name, feature string }{
		{"Un ouvrier est mort au campement minier du lac Berthelot, situé à 40 km au nord-est de Val-d'Or.", "Berthelot", "camp"},
		{"Un ouvrier est mort au chantier du lac Berthelot, à 40 km au nord-est de Val-d'Or.", "Berthelot", "site"},
		{"Le lac Berthelot est à 40 km au nord-est de Val-d'Or.", "Berthelot", "lake"},
		{"Nous avons pêché sur la rive du lac Berthelot, à 40 km au nord-est de Val-d'Or.", "Berthelot", "lake"},
	} {
		d := Read(c.doc)
		got := ""
		for _, m := range d.Mentions {
			if m.Name == c.name {
				got = m.Feature
			}
		}
		if got != c.feature {
			t.Errorf("%q: %s has feature %q, want %q", c.doc, c.name, got, c.feature)
		}
	}
}
