package locate

import (
	"strings"
	"testing"

	"github.com/locus-gis/locus/geo/text"
)

// TestArticleAtLowerCase: an article written in lower case before a
// capitalised name inside a sentence is the name's own (« à la
// Possession », « vers le Robert »); a capitalised one opening the
// sentence is part of the name the reader gives, and nothing else is an
// article.
func TestArticleAtLowerCase(t *testing.T) {
	tests := []struct {
		doc, name, want string
	}{
		{"Un arrêt à la Possession est prévu.", "Possession", "La Possession"},
		{"Les usagers de la Trinité se plaignent.", "Trinité", "La Trinité"},
		{"Le car repart vers le Robert.", "Robert", "Le Robert"},
		{"Les jeunes de les Abymes manifestent.", "Abymes", "Les Abymes"},
		{"Les supporters de la Louvière exultent.", "Louvière", "La Louvière"},
		{"Le car repart vers Robert.", "Robert", ""},
		{"Le car repart vers lele Robert.", "Robert", ""},
	}
	for _, tt := range tests {
		i := strings.LastIndex(tt.doc, tt.name)
		got, ok := articleAt(tt.doc, i, tt.name)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("articleAt(%q, %q) = %q, %v, want %q", tt.doc, tt.name, got, ok, tt.want)
		}
		e := &entity{name: tt.name, mentions: []text.Span{{Start: i, End: i + len(tt.name)}}}
		if got2, _ := contractedArticle(tt.doc, e); got2 != got {
			t.Errorf("contractedArticle(%q, %q) = %q, want %q as articleAt", tt.doc, tt.name, got2, got)
		}
	}
}

// TestFrKind35ArticledTown: a town whose name is a common noun or a first
// name with its article (Le Robert, Le Moule, La Possession, La Louvière,
// La Ciotat), written after a lower-case or contracted article, is the
// town of the document's countries that bears the article, though the
// reader took the bare word for no place; the same name written later
// with its capital article is one place with it.
func TestFrKind35ArticledTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	for _, tt := range []struct {
		doc, name, country string
	}{
		{"Les habitants du Robert dénoncent les retards des cars en Martinique.", "Le Robert", "MQ"},
		{"Les pêcheurs du Moule réclament un nouveau port en Guadeloupe.", "Le Moule", "GP"},
		{"Les élus de la Possession ont voté le budget à La Réunion.", "La Possession", "RE"},
		{"Les supporters de la Louvière ont fêté la montée, en Belgique.", "La Louvière", "BE"},
		{"Les commerçants de la Ciotat et d'Aubagne manifestent.", "La Ciotat", "FR"},
		{"Les usagers de la Trinité et du Robert dénoncent les retards. Selon la région, la gare routière sera construite à Morne-Carabin, à 4 km au sud de La Trinité.", "Le Robert", "MQ"},
	} {
		res := analyse(t, tt.doc)
		p := placeNamed(t, res, tt.name)
		if p.Source != SourceGazetteer || p.Country != tt.country {
			t.Errorf("%s: %s is %v in %q, want the gazetteer's in %s", tt.doc, tt.name, p.Source, p.Country, tt.country)
		}
	}
	// « de la Trinité … à La Trinité »: one town, not two.
	res := analyse(t, "Les riverains de la Trinité et du Robert attendent la nouvelle route. Les travaux commenceront à La Trinité en mars.")
	for _, p := range res.Places {
		if p.Name == "Trinité" {
			t.Errorf("Trinité listed apart from La Trinité: %+v", p)
		}
	}
	placeNamed(t, res, "La Trinité")
}
