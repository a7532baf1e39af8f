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
// with the ETag instead of keeping a stale copy.
func (a *asset) send(c *fiber.Ctx) error {
	c.Set(fiber.HeaderETag, a.etag)
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Vary(fiber.HeaderAcceptEncoding)
	if etagMatches(c.Get(fiber.HeaderIfNoneMatch), a.etag) {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set(fiber.HeaderContentType, a.contentType)
	if a.gz != nil && acceptsGzip(c.Get(fiber.HeaderAcceptEncoding)) {
		c.Set(fiber.HeaderContentEncoding, "gzip")
		return c.Send(a.gz)
	}
	return c.Send(a.body)
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
