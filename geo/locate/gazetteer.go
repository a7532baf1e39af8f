package locate

import (
	"context"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo/gazetteer"
)

// Gazetteer is what a Resolver needs from a gazetteer. *gazetteer.DB is
// one; tests use a small fake built from the extracts under testdata/.
// Every method fails with an error wrapping gazetteer.ErrNotFound when
// nothing matches, except Named, Suggest and Within, which return no places.
type Gazetteer interface {
	// Named returns every place one of whose names folds as name does,
	// unranked (gazetteer.DB.Named): the Resolver ranks namesakes itself.
	Named(ctx context.Context, name string) ([]gazetteer.Place, error)
	// SpelledLike returns the places of countries whose names share
	// name's consonant skeleton, most populous first
	// (gazetteer.DB.SpelledLike): a last resort for a name nothing bears.
	SpelledLike(ctx context.Context, name string, countries []string) ([]gazetteer.Place, error)
	// Suggest is the ranked name search of a search box (the places command
	// and GET /api/places): places, countries and first-level divisions,
	// at most limit (gazetteer.DB.Suggest).
	Suggest(ctx context.Context, q string, limit int) ([]gazetteer.Place, error)
	// Country returns a country by name (any language the data holds),
	// demonym or code.
	Country(ctx context.Context, nameOrCode string) (gazetteer.Country, error)
	// Admin1 returns the first-level divisions called name, in country
	// ("" for any).
	Admin1(ctx context.Context, name, country string) ([]gazetteer.Admin1, error)
	// Admin2 returns the second-level divisions called name, with or
	// without their kind word ("Calvados", "Jalandhar district"), in
	// country ("" for any), those holding most places first.
	Admin2(ctx context.Context, name, country string) ([]gazetteer.Admin2, error)
	// Capital returns the national capital (feature code PPLC) of a
	// country given by name or code.
	Capital(ctx context.Context, country string) (gazetteer.Place, error)
	// Border returns the land border of countries a and b.
	Border(ctx context.Context, a, b string) (gazetteer.Border, error)
	// Borders returns every land border of a country.
	Borders(ctx context.Context, country string) ([]gazetteer.Border, error)
	// Within returns up to limit places inside bound, most populous first.
	Within(ctx context.Context, bound orb.Bound, limit int) ([]gazetteer.Place, error)
	// Basemap returns the country outlines simplified to toleranceDeg.
	Basemap(ctx context.Context, toleranceDeg float64) (*geojson.FeatureCollection, error)
}

var _ Gazetteer = (*gazetteer.DB)(nil)
