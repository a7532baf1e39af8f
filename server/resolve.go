package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
	"github.com/paulmach/orb/geojson"
)

// handleResolve handles "POST /api/resolve": the body is the text, as
// text/plain (UTF-8) or as JSON {"text": "..."}, identity or gzip encoded;
// the answer is the text's FeatureCollection as application/geo+json.
func (s *server) handleResolve(c *fiber.Ctx) error {
	text, err := s.readText(c)
	if err != nil {
		return err
	}
	fc, err := s.resolve(c.UserContext(), text)
	if err != nil {
		return err
	}
	b, err := json.Marshal(fc)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, mimeGeoJSON)
	return c.Send(b)
}

// resolve resolves text with the engine within ResolveTimeout, waiting for
// one of the MaxResolves slots, and returns its normalized FeatureCollection.
func (s *server) resolve(ctx context.Context, text string) (*geojson.FeatureCollection, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ResolveTimeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	fc, err := s.eng.Resolve(ctx, text)
	if err != nil {
		return nil, err
	}
	return normalize(fc), nil
}

// readText returns the request's text, checked: a supported content type
// and encoding, at most BodyLimit bytes once decoded, valid UTF-8 without
// NUL bytes, and not blank.
//
// It reads the raw body and inflates gzip itself under the limit, because
// Fiber v2's Ctx.Body inflates gzip and brotli without any cap.
func (s *server) readText(c *fiber.Ctx) (string, error) {
	_, text, err := s.readDocument(c, false)
	return text, err
}

// readDocument is readText for a body that may also carry a title: with
// withTitle, a JSON body may be {"title": "...", "text": "..."}; the title
// is "" when the body has none.
func (s *server) readDocument(c *fiber.Ctx, withTitle bool) (title, text string, err error) {
	mediaType, params, err := mime.ParseMediaType(c.Get(fiber.HeaderContentType))
	if err != nil {
		return "", "", fiber.NewError(fiber.StatusUnsupportedMediaType, "send the text as text/plain; charset=utf-8 or as application/json {\"text\": ...}")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		return "", "", fiber.NewError(fiber.StatusUnsupportedMediaType, "charset "+cs+" is not supported: send UTF-8")
	}
	if mediaType != fiber.MIMETextPlain && mediaType != fiber.MIMEApplicationJSON {
		return "", "", fiber.NewError(fiber.StatusUnsupportedMediaType, "send the text as text/plain; charset=utf-8 or as application/json {\"text\": ...}")
	}

	body, err := s.decodeBody(c)
	if err != nil {
		return "", "", err
	}
	if !utf8.Valid(body) {
		return "", "", fiber.NewError(fiber.StatusBadRequest, "the text is not valid UTF-8")
	}
	text = string(body)
	if mediaType == fiber.MIMEApplicationJSON {
		var req struct {
			Title *string `json:"title"`
			Text  *string `json:"text"`
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil || dec.More() || req.Title != nil && !withTitle {
			if withTitle {
				return "", "", fiber.NewError(fiber.StatusBadRequest, "the body is not a JSON object {\"title\": \"...\", \"text\": \"...\"}")
			}
			return "", "", fiber.NewError(fiber.StatusBadRequest, "the body is not a JSON object {\"text\": \"...\"}")
		}
		if req.Title != nil {
			title = *req.Title
		}
		if req.Text == nil {
			return "", "", fiber.NewError(fiber.StatusBadRequest, "the JSON body has no \"text\" member")
		}
		text = *req.Text
		// encoding/json turns escaped lone surrogates into U+FFFD; that
		// is valid UTF-8, so nothing else to check here.
	}
	if strings.IndexByte(text, 0) >= 0 {
		return "", "", fiber.NewError(fiber.StatusBadRequest, "the text contains NUL bytes")
	}
	if strings.TrimSpace(text) == "" {
		return "", "", fiber.NewError(fiber.StatusBadRequest, "the text is empty: paste a document to map")
	}
	return title, text, nil
}

// decodeBody returns the raw request body, inflated when it is gzip
// encoded, refusing anything that would exceed BodyLimit once decoded.
func (s *server) decodeBody(c *fiber.Ctx) ([]byte, error) {
	raw := c.Request().Body() // fasthttp's raw bytes, never decoded
	enc := strings.ToLower(strings.TrimSpace(c.Get(fiber.HeaderContentEncoding)))
	switch enc {
	case "", "identity":
		if len(raw) > s.cfg.BodyLimit {
			return nil, fiber.ErrRequestEntityTooLarge
		}
		return raw, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fiber.NewError(fiber.StatusBadRequest, "the gzip body is corrupt")
		}
		defer zr.Close()
		body, err := io.ReadAll(io.LimitReader(zr, int64(s.cfg.BodyLimit)+1))
		if err != nil {
			return nil, fiber.NewError(fiber.StatusBadRequest, "the gzip body is corrupt")
		}
		if len(body) > s.cfg.BodyLimit {
			return nil, fiber.ErrRequestEntityTooLarge
		}
		return body, nil
	}
	return nil, fiber.NewError(fiber.StatusUnsupportedMediaType, "Content-Encoding "+enc+" is not supported: send identity or gzip")
}
