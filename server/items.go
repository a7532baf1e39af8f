package server

import (
	"bytes"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb"
)

// Limits of GET /collections/{id}/items.
const (
	// DefaultItemsLimit is the page size when limit is not given.
	DefaultItemsLimit = 100
	// MaxItemsLimit is the largest page; a larger limit is clamped to it.
	MaxItemsLimit = 10000
)

// itemsParams are the checked parameters of an items request.
type itemsParams struct {
	limit, offset int
	bbox          []orb.Bound // one box, or two when it crosses the antimeridian
	bboxText      string
	document      string
	datetime      string
	f             string
}

// itemsParamNames are the parameters GET /collections/{id}/items takes besides f.
var itemsParamNames = []string{"limit", "offset", "bbox", "datetime", "document"}

// parseItemsParams checks the query of an items request; every problem is
// a 400 saying what to change.
func parseItemsParams(c *fiber.Ctx) (itemsParams, error) {
	p := itemsParams{limit: DefaultItemsLimit}
	f, err := queryFormat(c, itemsParamNames, "geojson")
	if err != nil {
		return p, err
	}
	p.f = f
	q := c.Context().QueryArgs()
	if q.Has("limit") {
		n, err := strconv.Atoi(string(q.Peek("limit")))
		if err != nil || n < 1 {
			return p, fiber.NewError(fiber.StatusBadRequest, "limit must be a whole number from 1 to "+strconv.Itoa(MaxItemsLimit)+" (a larger one is taken as "+strconv.Itoa(MaxItemsLimit)+")")
		}
		p.limit = min(n, MaxItemsLimit)
	}
	if q.Has("offset") {
		n, err := strconv.Atoi(string(q.Peek("offset")))
		if err != nil || n < 0 {
			return p, fiber.NewError(fiber.StatusBadRequest, "offset must be a whole number, 0 or more")
		}
		p.offset = n
	}
	if q.Has("bbox") {
		p.bboxText = string(q.Peek("bbox"))
		if p.bbox, err = parseBBox(p.bboxText); err != nil {
			return p, err
		}
	}
	if q.Has("datetime") {
		p.datetime = string(q.Peek("datetime"))
		if !validDatetime(p.datetime) {
			return p, fiber.NewError(fiber.StatusBadRequest, "datetime must be an RFC 3339 date-time (2020-04-13T12:00:00Z), a date (2020-04-13), or an interval of them start/end with .. for an open end")
		}
	}
	if q.Has("document") {
		p.document = string(q.Peek("document"))
		if !docIDPattern.MatchString(p.document) {
			return p, fiber.NewError(fiber.StatusBadRequest, "document must be a document id as GET /api/documents lists them")
		}
	}
	return p, nil
}

// parseBBox reads a bbox parameter: minLon,minLat,maxLon,maxLat in CRS84
// degrees (or six numbers with heights, which are ignored). minLon greater
// than maxLon is a box across the antimeridian, returned as two boxes.
func parseBBox(s string) ([]orb.Bound, error) {
	bad := fiber.NewError(fiber.StatusBadRequest, "bbox must be four numbers minLon,minLat,maxLon,maxLat in degrees (CRS84), with -180 ≤ lon ≤ 180 and -90 ≤ minLat ≤ maxLat ≤ 90")
	parts := strings.Split(s, ",")
	if len(parts) != 4 && len(parts) != 6 {
		return nil, bad
	}
	v := make([]float64, len(parts))
	for i, part := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(part), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, bad
		}
		v[i] = x
	}
	if len(v) == 6 {
		v = []float64{v[0], v[1], v[3], v[4]}
	}
	minLon, minLat, maxLon, maxLat := v[0], v[1], v[2], v[3]
	if minLon < -180 || minLon > 180 || maxLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLat > maxLat {
		return nil, bad
	}
	if minLon > maxLon {
		return []orb.Bound{
			{Min: orb.Point{minLon, minLat}, Max: orb.Point{180, maxLat}},
			{Min: orb.Point{-180, minLat}, Max: orb.Point{maxLon, maxLat}},
		}, nil
	}
	return []orb.Bound{{Min: orb.Point{minLon, minLat}, Max: orb.Point{maxLon, maxLat}}}, nil
}

// matches reports whether f passes p's filters: its document, and a bbox
// that its geometry's bounding box intersects (boundaries included); a
// feature without geometry never matches a bbox.
//
// No feature carries a time, so none matches a datetime filter: the
// standard selects only features whose temporal property meets it.
func (p itemsParams) matches(f *ogcFeature) bool {
	if p.document != "" && f.doc != p.document {
		return false
	}
	if p.datetime != "" {
		return false
	}
	if p.bbox == nil {
		return true
	}
	if !f.hasGeom {
		return false
	}
	for _, b := range p.bbox {
		if b.Intersects(f.bound) {
			return true
		}
	}
	return false
}

// query returns p as a query string with the given offset, for links.
func (p itemsParams) query(offset int) string {
	q := url.Values{}
	q.Set("limit", strconv.Itoa(p.limit))
	if offset > 0 {
		q.Set("offset", strconv.Itoa(offset))
	}
	if p.bboxText != "" {
		q.Set("bbox", p.bboxText)
	}
	if p.datetime != "" {
		q.Set("datetime", p.datetime)
	}
	if p.document != "" {
		q.Set("document", p.document)
	}
	return q.Encode()
}

// withFormat returns query with f=format added ("" leaves it as is).
func withFormat(query, format string) string {
	if format == "" {
		return query
	}
	if query == "" {
		return "f=" + format
	}
	return query + "&f=" + format
}

// itemsType returns the content type for an f parameter: application/json
// for f=json, application/geo+json otherwise.
func itemsType(f string) string {
	if f == "json" {
		return mimeJSON
	}
	return mimeGeoJSON
}

// handleItems handles "GET /collections/:collection/items": a page of the
// collection's features as a GeoJSON FeatureCollection with numberMatched,
// numberReturned and links self, alternate and (while more remain) next.
// Parameters: limit (1 to MaxItemsLimit, larger clamped; default
// DefaultItemsLimit), offset (default 0), bbox, datetime (which no feature
// matches: none carries a time), document, f (geojson or json).
func (s *server) handleItems(c *fiber.Ctx) error {
	p, err := parseItemsParams(c)
	if err != nil {
		return err
	}
	coll, err := s.collection(c)
	if err != nil {
		return err
	}
	var matched []*ogcFeature
	for i := range coll.features {
		if p.matches(&coll.features[i]) {
			matched = append(matched, &coll.features[i])
		}
	}
	page := matched[min(p.offset, len(matched)):]
	page = page[:min(p.limit, len(page))]

	self := baseURL(c) + "/collections/" + coll.def.ID + "/items"
	links := []link{
		{Href: self + "?" + withFormat(p.query(p.offset), p.f), Rel: "self", Type: itemsType(p.f), Title: "This page"},
	}
	if p.f == "json" {
		links = append(links, link{Href: self + "?" + p.query(p.offset), Rel: "alternate", Type: mimeGeoJSON, Title: "This page as GeoJSON"})
	} else {
		links = append(links, link{Href: self + "?" + withFormat(p.query(p.offset), "json"), Rel: "alternate", Type: mimeJSON, Title: "This page as JSON"})
	}
	if next := p.offset + len(page); next < len(matched) {
		links = append(links, link{Href: self + "?" + withFormat(p.query(next), p.f), Rel: "next", Type: itemsType(p.f), Title: "The next page"})
	}
	if p.offset > 0 {
		links = append(links, link{Href: self + "?" + withFormat(p.query(max(0, p.offset-p.limit)), p.f), Rel: "prev", Type: itemsType(p.f), Title: "The previous page"})
	}
	links = append(links, link{Href: baseURL(c) + "/collections/" + coll.def.ID, Rel: "collection", Type: mimeJSON, Title: coll.def.Title})
	head, err := marshalJSON(struct {
		Type           string `json:"type"`
		NumberMatched  int    `json:"numberMatched"`
		NumberReturned int    `json:"numberReturned"`
		Links          []link `json:"links"`
	}{"FeatureCollection", len(matched), len(page), links})
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Write(head[:len(head)-1])
	b.WriteString(`,"features":[`)
	for i, f := range page {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(f.body)
	}
	b.WriteString("]}")
	return sendBytes(c, b.Bytes(), itemsType(p.f))
}

// handleItem handles "GET /collections/:collection/items/:feature": one
// Feature with links self, alternate and collection; 404 for an unknown id.
func (s *server) handleItem(c *fiber.Ctx) error {
	f, err := queryFormat(c, nil, "geojson")
	if err != nil {
		return err
	}
	coll, err := s.collection(c)
	if err != nil {
		return err
	}
	id := c.Params("feature")
	if u, err := url.PathUnescape(id); err == nil {
		id = u
	}
	i, ok := coll.index[id]
	if !ok {
		return fiber.NewError(fiber.StatusNotFound, "no such feature in collection "+coll.def.ID+"; its items list the ids")
	}
	feat := coll.features[i]
	self := baseURL(c) + "/collections/" + coll.def.ID + "/items/" + url.PathEscape(feat.id)
	links := []link{
		{Href: withQuery(self, withFormat("", f)), Rel: "self", Type: itemsType(f), Title: "This feature"},
	}
	if f == "json" {
		links = append(links, link{Href: self, Rel: "alternate", Type: mimeGeoJSON, Title: "This feature as GeoJSON"})
	} else {
		links = append(links, link{Href: self + "?f=json", Rel: "alternate", Type: mimeJSON, Title: "This feature as JSON"})
	}
	links = append(links, link{Href: baseURL(c) + "/collections/" + coll.def.ID, Rel: "collection", Type: mimeJSON, Title: coll.def.Title})
	lb, err := marshalJSON(links)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Write(feat.body[:len(feat.body)-1])
	b.WriteString(`,"links":`)
	b.Write(lb)
	b.WriteByte('}')
	return sendBytes(c, b.Bytes(), itemsType(f))
}

// withQuery appends "?"+query to u when query is not empty.
func withQuery(u, query string) string {
	if query == "" {
		return u
	}
	return u + "?" + query
}

// validDatetime reports whether s is a datetime parameter of OGC API –
// Features: an RFC 3339 date-time or full date, or an interval "start/end"
// of them in which either end may be ".." or empty (open), not both.
func validDatetime(s string) bool {
	instant := func(v string) bool {
		if _, err := time.Parse(time.RFC3339, v); err == nil {
			return true
		}
		_, err := time.Parse(time.DateOnly, v)
		return err == nil
	}
	start, end, interval := strings.Cut(s, "/")
	if !interval {
		return instant(s)
	}
	open := func(v string) bool { return v == "" || v == ".." }
	if open(start) && open(end) {
		return false
	}
	return (open(start) || instant(start)) && (open(end) || instant(end))
}
