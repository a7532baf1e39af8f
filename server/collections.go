package server

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// collectionDef describes one OGC API collection. Each holds one geometry
// type, because GDAL takes a layer's type and fields from its first page
// and QGIS coerces a layer to one type.
type collectionDef struct {
	ID, Title, Description string
	// GeometryType is the one GeoJSON geometry type of the collection's
	// features; a feature may also have a null geometry where Description says so.
	GeometryType string
}

// collectionDefs are the collections, in the order /collections lists
// them. Every feature of /features.geojson is in exactly one (collectionOf).
var collectionDefs = []collectionDef{
	{"places", "Places",
		"Every place a document mentions that has a position, as a point (a town from the gazetteer or a place derived from the text's distances and directions). Places that could not be located (status \"unresolved\") are here too, with a null geometry, so that no place is lost from the table; a bbox filter never matches them.",
		"Point"},
	{"areas", "Areas",
		"Places that are areas: countries, administrative regions and named areas, as their outlines (simplified to 0.02°).",
		"MultiPolygon"},
	{"borders", "Borders",
		"Places that are lines: borders between two countries and sea coasts.",
		"MultiLineString"},
	{"regions", "Uncertainty regions",
		"For each located place, the region of points that meet what the text states about it (for a gazetteer town, a disc of its extent). The place column names the place's local_id in the same document.",
		"MultiPolygon"},
	{"constraints", "Constraints",
		"Every stated relation (distance, direction, distance to a border, containment, nearness), measured geodesically on WGS84, as a line from the place it is measured from to the place it locates; satisfied says whether it holds. A constraint that could not be measured (one side has no position) has a null geometry.",
		"LineString"},
}

// collectionOf returns the id of the collection that holds f: regions and
// constraints by their kind, every other feature (places) by the dimension
// of its geometry. A constraint or region whose geometry does not fit its
// collection's type goes with the places of that dimension.
func collectionOf(f *geojson.Feature) string {
	kind, _ := f.Properties["kind"].(string)
	switch g := f.Geometry.(type) {
	case nil:
		if kind == "constraint" {
			return "constraints"
		}
		return "places"
	case orb.LineString:
		if kind == "constraint" {
			return "constraints"
		}
		return "borders"
	case orb.Polygon, orb.MultiPolygon:
		if kind == "region" {
			return "regions"
		}
		return "areas"
	default:
		switch g.Dimensions() {
		case 0:
			return "places"
		case 1:
			return "borders"
		}
		return "areas"
	}
}

// coerce returns g as the collection's geometry type where one is a
// single-part form of the other: a Polygon as a MultiPolygon, a LineString
// as a MultiLineString.
func coerce(g orb.Geometry, typ string) orb.Geometry {
	switch v := g.(type) {
	case orb.Polygon:
		if typ == "MultiPolygon" {
			return orb.MultiPolygon{v}
		}
	case orb.LineString:
		if typ == "MultiLineString" {
			return orb.MultiLineString{v}
		}
	}
	return g
}

// collections is the OGC API view of one set of documents.
type collections struct {
	byID map[string]*collection
}

// collection is one collection's features, in document order.
type collection struct {
	def      collectionDef
	features []ogcFeature
	index    map[string]int // feature id -> index in features
	bbox     orb.Bound      // of the features with a geometry
	located  bool           // some feature has a geometry
}

// ogcFeature is one feature prepared for the items routes.
type ogcFeature struct {
	id      string
	doc     string
	bound   orb.Bound
	hasGeom bool
	body    []byte // the Feature's JSON, without links
}

// featureIDSeparator joins a document id and a feature's id within it
// into the feature's id in a collection; it is not allowed in either.
const featureIDSeparator = "~"

// newCollections sorts the features of docs into the collections and
// prepares them: geometry coerced to the collection's type, properties
// flattened (flatProperties), "document" and "local_id" added, and every
// feature of a collection given the same property names (null where it has
// none) so that a GIS client reading the first page sees every column.
func newCollections(docs []resolvedDoc) (*collections, error) {
	type pending struct {
		id, doc string
		geom    orb.Geometry
		props   map[string]any
	}
	byColl := map[string][]pending{}
	keys := map[string]map[string]bool{}
	for _, d := range docs {
		for _, f := range d.fc.Features {
			cid := collectionOf(f)
			def := collectionDefByID(cid)
			local := fmt.Sprint(f.ID)
			props, err := flatProperties(f.Properties)
			if err != nil {
				return nil, fmt.Errorf("server: document %q feature %s: %w", d.doc.ID, local, err)
			}
			props["document"] = d.doc.ID
			props["local_id"] = local
			if keys[cid] == nil {
				keys[cid] = map[string]bool{}
			}
			for k := range props {
				keys[cid][k] = true
			}
			byColl[cid] = append(byColl[cid], pending{d.doc.ID + featureIDSeparator + local, d.doc.ID, coerce(f.Geometry, def.GeometryType), props})
		}
	}
	out := &collections{byID: make(map[string]*collection, len(collectionDefs))}
	for _, def := range collectionDefs {
		c := &collection{def: def, index: map[string]int{}}
		for _, p := range byColl[def.ID] {
			if _, dup := c.index[p.id]; dup {
				return nil, fmt.Errorf("server: collection %s: feature id %q twice", def.ID, p.id)
			}
			for k := range keys[def.ID] {
				if _, ok := p.props[k]; !ok {
					p.props[k] = nil
				}
			}
			var geom json.RawMessage = []byte("null")
			of := ogcFeature{id: p.id, doc: p.doc}
			if p.geom != nil {
				b, err := json.Marshal(geojson.NewGeometry(p.geom))
				if err != nil {
					return nil, fmt.Errorf("server: encode: %w", err)
				}
				geom = b
				of.hasGeom, of.bound = true, p.geom.Bound()
				if c.located {
					c.bbox = c.bbox.Union(of.bound)
				} else {
					c.bbox, c.located = of.bound, true
				}
			}
			body, err := json.Marshal(struct {
				Type       string          `json:"type"`
				ID         string          `json:"id"`
				Geometry   json.RawMessage `json:"geometry"`
				Properties map[string]any  `json:"properties"`
			}{"Feature", p.id, geom, p.props})
			if err != nil {
				return nil, fmt.Errorf("server: encode: %w", err)
			}
			of.body = body
			c.index[p.id] = len(c.features)
			c.features = append(c.features, of)
		}
		out.byID[def.ID] = c
	}
	return out, nil
}

// collectionDefByID returns the definition of collection id; every id
// collectionOf returns has one.
func collectionDefByID(id string) collectionDef {
	for _, d := range collectionDefs {
		if d.ID == id {
			return d
		}
	}
	panic("server: no collection " + id)
}

// flatProperties returns a JSON-shaped copy of props in which every nested
// object's scalar members also appear as plain columns named
// parent_member (recursively: stated.min_km becomes stated_min_km), so
// that a GIS table can filter on them, and a [lon, lat] pair named *point
// (label_point) becomes the columns label_point_lon and label_point_lat
// instead. Nested objects and other lists are kept as they are; a plain
// column never overwrites an existing property. /features.geojson keeps the
// output contract's form.
func flatProperties(props geojson.Properties) (map[string]any, error) {
	raw, err := json.Marshal(props)
	if err != nil {
		return nil, err
	}
	m := map[string]any{}
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, err
	}
	if m == nil {
		m = map[string]any{}
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	var add func(prefix string, v map[string]any)
	add = func(prefix string, v map[string]any) {
		for k, x := range v {
			name := prefix + "_" + k
			switch x := x.(type) {
			case map[string]any:
				add(name, x)
			case []any:
			default:
				if _, taken := m[name]; !taken {
					m[name] = x
				}
			}
		}
	}
	for _, k := range names {
		switch v := m[k].(type) {
		case map[string]any:
			add(k, v)
		case []any:
			// A [lon, lat] position such as label_point: two columns.
			if len(v) == 2 && strings.HasSuffix(k, "point") {
				lon, ok1 := v[0].(float64)
				lat, ok2 := v[1].(float64)
				if ok1 && ok2 {
					// The pair becomes two columns and leaves the table: a
					// list of reals is a type GeoPackage and shapefiles lack.
					m[k+"_lon"], m[k+"_lat"] = lon, lat
					delete(m, k)
				}
			}
		}
	}
	for k, v := range m {
		if x, ok := v.(float64); ok && isReal(k) && x == math.Trunc(x) && math.Abs(x) < 1e15 {
			m[k] = json.Number(strconv.FormatFloat(x, 'f', 1, 64))
		}
	}
	return m, nil
}

// isReal reports whether the property name is a measure in real numbers
// (km, km², degrees, weights, coordinates), which is written with a decimal
// point even when whole ("80.0") so that a client typing columns from the
// first page (GDAL does) makes it a real column, not an integer one.
func isReal(name string) bool {
	for _, suffix := range []string{"_km", "_km2", "_deg", "weight", "_lon", "_lat"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// collectionJSON is a collection's description in /collections and
// /collections/{id}.
type collectionJSON struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	ItemType    string   `json:"itemType"`
	CRS         []string `json:"crs"`
	Extent      struct {
		Spatial struct {
			BBox [][4]float64 `json:"bbox"`
			CRS  string       `json:"crs"`
		} `json:"spatial"`
	} `json:"extent"`
	Links []link `json:"links"`
}

// crs84 is the only coordinate reference system served.
const crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"

// describe returns c's description with links under base (scheme://host).
func (c *collection) describe(base string) collectionJSON {
	j := collectionJSON{ID: c.def.ID, Title: c.def.Title, Description: c.def.Description, ItemType: "feature", CRS: []string{crs84}}
	b := [4]float64{-180, -90, 180, 90}
	if c.located {
		b = [4]float64{c.bbox.Min[0], c.bbox.Min[1], c.bbox.Max[0], c.bbox.Max[1]}
	}
	j.Extent.Spatial.BBox = [][4]float64{b}
	j.Extent.Spatial.CRS = crs84
	self := base + "/collections/" + c.def.ID
	j.Links = []link{
		{Href: self, Rel: "self", Type: mimeJSON, Title: "This collection"},
		{Href: self + "/items", Rel: "items", Type: mimeGeoJSON, Title: c.def.Title + " as GeoJSON"},
	}
	return j
}

// handleCollections handles "GET /collections": every collection with its
// extent and links.
func (s *server) handleCollections(c *fiber.Ctx) error {
	if err := checkQuery(c, nil); err != nil {
		return err
	}
	base := baseURL(c)
	ogc := s.lib.snap.Load().ogc
	out := struct {
		Links       []link           `json:"links"`
		Collections []collectionJSON `json:"collections"`
	}{Links: []link{{Href: base + "/collections", Rel: "self", Type: mimeJSON, Title: "The collections"}}}
	for _, def := range collectionDefs {
		out.Collections = append(out.Collections, ogc.byID[def.ID].describe(base))
	}
	return sendJSON(c, out, mimeJSON)
}

// handleCollection handles "GET /collections/:collection".
func (s *server) handleCollection(c *fiber.Ctx) error {
	if err := checkQuery(c, nil); err != nil {
		return err
	}
	coll, err := s.collection(c)
	if err != nil {
		return err
	}
	return sendJSON(c, coll.describe(baseURL(c)), mimeJSON)
}

// collection returns the collection named by the :collection parameter, or 404.
func (s *server) collection(c *fiber.Ctx) (*collection, error) {
	coll, ok := s.lib.snap.Load().ogc.byID[c.Params("collection")]
	if !ok {
		return nil, fiber.NewError(fiber.StatusNotFound, "no such collection; GET /collections lists them")
	}
	return coll, nil
}
