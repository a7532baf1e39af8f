package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// asset is a response body prepared once: its bytes, their gzip encoding
// (nil when gzip does not pay) and a weak ETag.
type asset struct {
	body        []byte
	gz          []byte
	etag        string
	contentType string
	file        *bodyFile // body in a file for sendfile; nil under sendfileMin or where unsupported
	gzFile      *bodyFile // gz likewise
}

// Content types the server sends.
const (
	mimeGeoJSON = "application/geo+json"
	mimeJSON    = "application/json"
)

// newAsset prepares body for serving with contentType.
func newAsset(body []byte, contentType string) (*asset, error) {
	sum := sha256.Sum256(body)
	a := &asset{
		body:        body,
		etag:        `W/"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`,
		contentType: contentType,
	}
	if len(body) >= 256 {
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err != nil {
			return nil, fmt.Errorf("server: gzip: %w", err)
		}
		if _, err := zw.Write(body); err != nil {
			return nil, fmt.Errorf("server: gzip: %w", err)
		}
		if err := zw.Close(); err != nil {
			return nil, fmt.Errorf("server: gzip: %w", err)
		}
		if buf.Len() < len(body) {
			a.gz = buf.Bytes()
		}
	}
	if len(body) >= sendfileMin {
		a.file = newBodyFile("", body)
	}
	if len(a.gz) >= sendfileMin {
		a.gzFile = newBodyFile("", a.gz)
	}
	return a, nil
}

// jsonAsset marshals v and prepares it with contentType.
func jsonAsset(v any, contentType string) (*asset, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("server: encode: %w", err)
	}
	return newAsset(b, contentType)
}

// geoJSONAsset prepares v as application/geo+json.
func geoJSONAsset(v any) (*asset, error) {
	return jsonAsset(v, mimeGeoJSON)
}

// send writes a to c: 304 when If-None-Match holds its ETag, gzip when the
// client accepts it, and Cache-Control no-cache so that clients revalidate
// with the ETag instead of keeping a stale copy. The body is handed to
// fasthttp by reference (SetBodyRaw), never copied: a prepared asset is
// never changed after newAsset, and a new version of a document set gets
// new assets. A HEAD request gets the same headers and no body.
func (a *asset) send(c *fiber.Ctx) error {
	req := &c.Request().Header
	h := &c.Response().Header
	h.Set(fiber.HeaderETag, a.etag)
	h.Set(fiber.HeaderCacheControl, "no-cache")
	// Keep what a handler already varies on (the landing page varies on
	// Accept too).
	if len(h.Peek(fiber.HeaderVary)) == 0 {
		h.Set(fiber.HeaderVary, fiber.HeaderAcceptEncoding)
	} else {
		c.Vary(fiber.HeaderAcceptEncoding)
	}
	if inm := req.Peek(fiber.HeaderIfNoneMatch); len(inm) > 0 && etagMatches(string(inm), a.etag) {
		c.Status(fiber.StatusNotModified)
		return nil
	}
	h.SetContentType(a.contentType)
	if a.gz != nil {
		if ae := req.Peek(fiber.HeaderAcceptEncoding); len(ae) > 0 && acceptsGzip(string(ae)) {
			h.Set(fiber.HeaderContentEncoding, "gzip")
			sendBody(c, a.gz, a.gzFile)
			return nil
		}
	}
	sendBody(c, a.body, a.file)
	return nil
}

// sendBody sets the response body to b, from f with sendfile when f is
// not nil, else by reference.
func sendBody(c *fiber.Ctx, b []byte, f *bodyFile) {
	if f != nil {
		if r, err := f.reader(); err == nil {
			c.Response().SetBodyStream(r, int(f.size))
			return
		}
		// Out of descriptors: serve from memory instead.
	}
	c.Response().SetBodyRaw(b)
}

// etagMatches reports whether the If-None-Match header value header lists
// etag, comparing weakly as RFC 9110 section 13.1.2 asks.
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	if header == "*" {
		return true
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, tag := range strings.Split(header, ",") {
		if strings.TrimPrefix(strings.TrimSpace(tag), "W/") == want {
			return true
		}
	}
	return false
}

// acceptsGzip reports whether an Accept-Encoding header value allows gzip:
// it lists gzip, x-gzip or * without q=0. An empty header allows only
// identity.
func acceptsGzip(header string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != "gzip" && coding != "x-gzip" && coding != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		if q == "q=0" || strings.HasPrefix(q, "q=0.") && strings.Trim(q[4:], "0") == "" || q == "q=0." {
			return false
		}
		return true
	}
	return false
}
