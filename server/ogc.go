package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// OGC API – Features, Part 1 (Core) 1.0: the landing page, the conformance
// declaration and the helpers the collection routes share.

// Media types of the OGC API routes.
const (
	mimeOpenAPI = "application/vnd.oai.openapi+json;version=3.0"
	mimeHTML    = "text/html"
)

// conformsTo lists the conformance classes the service implements.
var conformsTo = []string{
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
	"http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
}

// link is an OGC API link.
type link struct {
	Href  string `json:"href"`
	Rel   string `json:"rel"`
	Type  string `json:"type,omitempty"`
	Title string `json:"title,omitempty"`
}

// baseURL returns scheme://host of the request, the prefix of every link.
func baseURL(c *fiber.Ctx) string { return c.BaseURL() }

// sendJSON marshals v and sends it with contentType, a strong-enough weak
// ETag of its bytes and Cache-Control no-cache, answering 304 when
// If-None-Match holds the ETag. The compress middleware gzips it.
func sendJSON(c *fiber.Ctx, v any, contentType string) error {
	b, err := marshalJSON(v)
	if err != nil {
		return err
	}
	return sendBytes(c, b, contentType)
}

// marshalJSON is json.Marshal without escaping &, < and >, so that the
// links' query strings read as they are ("?limit=2&offset=2").
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("server: encode: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// sendBytes sends body as sendJSON does.
func sendBytes(c *fiber.Ctx, body []byte, contentType string) error {
	sum := sha256.Sum256(body)
	a := &asset{body: body, etag: `W/"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`, contentType: contentType}
	return a.send(c)
}

// checkQuery refuses, with 400, a query parameter not in allowed and not
// "f", a parameter given twice, and an f other than json or one of formats.
func checkQuery(c *fiber.Ctx, allowed []string, formats ...string) error {
	_, err := queryFormat(c, allowed, formats...)
	return err
}

// queryFormat is checkQuery returning the f parameter ("" when none);
// formats are the f values allowed besides "json".
func queryFormat(c *fiber.Ctx, allowed []string, formats ...string) (string, error) {
	var bad error
	seen := map[string]bool{}
	c.Context().QueryArgs().VisitAll(func(k, _ []byte) {
		key := string(k)
		switch {
		case bad != nil:
		case seen[key]:
			bad = fiber.NewError(fiber.StatusBadRequest, "the parameter "+quote(key)+" is given twice")
		case key != "f" && !slices.Contains(allowed, key):
			want := append(slices.Clone(allowed), "f")
			bad = fiber.NewError(fiber.StatusBadRequest, "unknown parameter "+quote(key)+"; this resource takes "+strings.Join(want, ", "))
		}
		seen[key] = true
	})
	if bad != nil {
		return "", bad
	}
	f := c.Query("f")
	if seen["f"] && f != "json" && !slices.Contains(formats, f) {
		return "", fiber.NewError(fiber.StatusBadRequest, "f="+quote(f)+" is not a format of this resource; use f="+strings.Join(append([]string{"json"}, formats...), " or f="))
	}
	return f, nil
}

// quote quotes s for an error message, cut to 64 bytes.
func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	b, _ := json.Marshal(s)
	return string(b)
}

// handleLanding handles "GET /": the OGC API landing page as JSON for a
// client that asks for application/json (Accept, or ?f=json), the Leaflet
// page otherwise (a browser, or ?f=html).
func (s *server) handleLanding(c *fiber.Ctx) error {
	c.Vary(fiber.HeaderAccept)
	f := c.Query("f")
	switch f {
	case "html":
		return s.static["/"].send(c)
	case "json":
	case "":
		if c.Accepts(mimeHTML, mimeJSON) != mimeJSON {
			return s.static["/"].send(c)
		}
	default:
		return fiber.NewError(fiber.StatusBadRequest, "f="+quote(f)+" is not a format of the landing page; use f=json or f=html")
	}
	base := baseURL(c)
	out := struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Links       []link `json:"links"`
	}{
		Title:       "locus",
		Description: "The places the served documents mention, located from a gazetteer and from the distances, directions and borders the texts state, with uncertainty regions and every stated constraint measured on WGS84.",
		Links: []link{
			{Href: base + "/?f=json", Rel: "self", Type: mimeJSON, Title: "This document"},
			{Href: base + "/?f=html", Rel: "alternate", Type: mimeHTML, Title: "The map"},
			{Href: base + "/api", Rel: "service-desc", Type: mimeOpenAPI, Title: "The API definition (OpenAPI 3.0)"},
			{Href: base + "/api?f=html", Rel: "service-doc", Type: mimeHTML, Title: "The API documentation"},
			{Href: base + "/conformance", Rel: "conformance", Type: mimeJSON, Title: "Conformance classes"},
			{Href: base + "/collections", Rel: "data", Type: mimeJSON, Title: "The collections"},
		},
	}
	return sendJSON(c, out, mimeJSON)
}

// handleConformance handles "GET /conformance".
func (s *server) handleConformance(c *fiber.Ctx) error {
	if err := checkQuery(c, nil); err != nil {
		return err
	}
	return sendJSON(c, struct {
		ConformsTo []string `json:"conformsTo"`
	}{conformsTo}, mimeJSON)
}

// ogcRootCORS returns cors limited to "/" and "/api", which a prefix
// registration cannot single out without also covering POST /api/resolve.
func ogcRootCORS(cors fiber.Handler) fiber.Handler {
	return func(c *fiber.Ctx) error {
		if p := c.Path(); p == "/" || p == "/api" {
			return cors(c)
		}
		return c.Next()
	}
}
