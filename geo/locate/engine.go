package locate

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo"
)

// Limits of Search.
const (
	MaxQueryBytes = 200 // longest query Search takes, in bytes
	MaxLimit      = 100 // most results Search returns
)

// ErrBadQuery is returned by Search for an empty, too long or non-UTF-8
// query, or a limit outside 1 to MaxLimit.
var ErrBadQuery = inputError("locate: bad query")

// Resolve reads a document and returns its FeatureCollection in the output
// contract. It fails as Analyse does.
func (r *Resolver) Resolve(ctx context.Context, doc string) (*geojson.FeatureCollection, error) {
	res, err := r.Analyse(ctx, doc)
	if err != nil {
		return nil, err
	}
	return res.FeatureCollection(), nil
}

// Search returns at most limit gazetteer places, countries and first-level
// divisions whose names match q, best first, as gazetteer.DB.Suggest ranks
// them, as Point features with properties name, country, admin1,
// feature_code ("PCLI" for a country, "ADM1" for a division) and
// population, and for a place gazetteer_id. The feature id is
// "geonames:ID" for a place, "country:CC" for a country and
// "admin1:CC.CODE" for a division.
func (r *Resolver) Search(ctx context.Context, q string, limit int) (*geojson.FeatureCollection, error) {
	q = strings.TrimSpace(q)
	switch {
	case q == "":
		return nil, fmt.Errorf("%w: the query is empty", ErrBadQuery)
	case len(q) > MaxQueryBytes:
		return nil, fmt.Errorf("%w: the query is %d bytes, the limit is %d", ErrBadQuery, len(q), MaxQueryBytes)
	case !utf8.ValidString(q):
		return nil, fmt.Errorf("%w: the query is not valid UTF-8", ErrBadQuery)
	case limit < 1 || limit > MaxLimit:
		return nil, fmt.Errorf("%w: limit must be between 1 and %d, not %d", ErrBadQuery, MaxLimit, limit)
	}
	ps, err := r.db.Suggest(ctx, q, limit)
	if err != nil {
		return nil, err
	}
	fc := geojson.NewFeatureCollection()
	for _, p := range ps {
		f := geojson.NewFeature(geo.Round(p.Point))
		f.Properties = geojson.Properties{
			"name":         p.Name,
			"country":      p.Country,
			"admin1":       p.Admin1,
			"feature_code": p.Code,
			"population":   p.Population,
		}
		switch {
		case p.ID != 0:
			f.ID = fmt.Sprintf("geonames:%d", p.ID)
			f.Properties["gazetteer_id"] = p.ID
		case p.Code == "PCLI":
			f.ID = "country:" + p.Country
		default:
			f.ID = "admin1:" + p.Country + "." + p.Admin1Code
		}
		fc.Append(f)
	}
	return fc, nil
}

// basemapToleranceDeg is the simplification of the page's basemap, in
// degrees (about 5 km at the equator): enough for a country outline.
const basemapToleranceDeg = 0.05

// Basemap returns simplified country shapes for a web map's offline
// basemap.
func (r *Resolver) Basemap(ctx context.Context) (*geojson.FeatureCollection, error) {
	return r.db.Basemap(ctx, basemapToleranceDeg)
}
