package server

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"
)

// Search limits for GET /api/places.
const (
	defaultSearchLimit = 10
	maxSearchLimit     = 100
	maxQueryBytes      = 200
)

// placesQuery is a checked GET /api/places query.
type placesQuery struct {
	q     string
	limit int
}

// parsePlacesQuery checks the raw q and limit parameters. q must be
// non-blank valid UTF-8 of at most 200 bytes without control characters;
// limit, when given, an integer from 1 to 100 (default 10). q is passed to
// the engine as data: it is never spliced into SQL or FTS syntax here, and
// the engine's Search must treat it the same way.
func parsePlacesQuery(q, limit string) (placesQuery, error) {
	pq := placesQuery{q: strings.TrimSpace(q), limit: defaultSearchLimit}
	switch {
	case pq.q == "":
		return pq, fiber.NewError(fiber.StatusBadRequest, "q is required: the name to search for")
	case len(pq.q) > maxQueryBytes:
		return pq, fiber.NewError(fiber.StatusBadRequest, "q is too long: at most "+strconv.Itoa(maxQueryBytes)+" bytes")
	case !utf8.ValidString(pq.q):
		return pq, fiber.NewError(fiber.StatusBadRequest, "q is not valid UTF-8")
	case strings.IndexFunc(pq.q, unicode.IsControl) >= 0:
		return pq, fiber.NewError(fiber.StatusBadRequest, "q contains control characters")
	}
	if limit != "" {
		n, err := strconv.Atoi(limit)
		if err != nil || n < 1 || n > maxSearchLimit {
			return pq, fiber.NewError(fiber.StatusBadRequest, "limit must be an integer from 1 to "+strconv.Itoa(maxSearchLimit))
		}
		pq.limit = n
	}
	return pq, nil
}

// handlePlaces handles "GET /api/places?q=&limit=": gazetteer places whose
// names match q, as a FeatureCollection of Points, at most limit of them.
func (s *server) handlePlaces(c *fiber.Ctx) error {
	// Copies: Fiber's query strings point into a buffer reused after the
	// handler returns.
	pq, err := parsePlacesQuery(strings.Clone(c.Query("q")), strings.Clone(c.Query("limit")))
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.UserContext(), s.cfg.ResolveTimeout)
	defer cancel()
	fc, err := s.eng.Search(ctx, pq.q, pq.limit)
	if err != nil {
		return err
	}
	b, err := json.Marshal(normalize(fc))
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderCacheControl, "no-cache")
	c.Set(fiber.HeaderContentType, mimeGeoJSON)
	return c.Send(b)
}
