package server

import (
	"github.com/gofiber/fiber/v2"
)

// handleFeatures handles "GET /features.geojson": every document's features,
// each with a "document" property naming its document, or with ?doc=ID the
// one document's FeatureCollection exactly as the output contract gives it.
func (s *server) handleFeatures(c *fiber.Ctx) error {
	id := c.Query("doc")
	if id == "" {
		return s.docs().all.send(c)
	}
	e, err := s.docs().lookup(id)
	if err != nil {
		return err
	}
	return e.features.send(c)
}

// lookup returns the document with id, or a 404 error.
func (cat *catalog) lookup(id string) (*entry, error) {
	e, ok := cat.byID[id]
	if !ok {
		return nil, fiber.NewError(fiber.StatusNotFound, "no such document; GET /api/documents lists them")
	}
	return e, nil
}

// handlePreparedFeatures answers "GET /features.geojson" (and ?doc=ID)
// ahead of the middleware chain when nothing in the request needs it: no
// Origin header (so no CORS) and a known document. It sets the security
// headers itself; the prepared bytes need no compression middleware and
// cannot panic. Otherwise it passes the request on to handleFeatures.
func (s *server) handlePreparedFeatures(c *fiber.Ctx) error {
	if len(c.Request().Header.Peek(fiber.HeaderOrigin)) > 0 {
		return c.Next()
	}
	cat := s.docs()
	a := cat.all
	if id := c.Query("doc"); id != "" {
		e, ok := cat.byID[id]
		if !ok {
			return c.Next()
		}
		a = e.features
	}
	setSecurityHeaders(c)
	return a.send(c)
}
