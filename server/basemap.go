package server

import (
	"github.com/gofiber/fiber/v2"
)

// handleBasemap handles "GET /api/basemap": the engine's simplified country
// shapes, the page's offline basemap.
func (s *server) handleBasemap(c *fiber.Ctx) error {
	return s.basemap.send(c)
}

// handlePreparedBasemap answers "GET /api/basemap" ahead of the middleware
// chain, as handlePreparedFeatures does.
func (s *server) handlePreparedBasemap(c *fiber.Ctx) error {
	if len(c.Request().Header.Peek(fiber.HeaderOrigin)) > 0 {
		return c.Next()
	}
	setSecurityHeaders(c)
	return s.basemap.send(c)
}
