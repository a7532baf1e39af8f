package server

import (
	"github.com/gofiber/fiber/v2"
)

// handleBasemap handles "GET /api/basemap": the engine's simplified country
// shapes, the page's offline basemap.
func (s *server) handleBasemap(c *fiber.Ctx) error {
	return s.basemap.send(c)
}
