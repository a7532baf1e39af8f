package server

import (
	"github.com/gofiber/fiber/v2"
)

// handleHealth handles "GET /healthz": 200 {"status": "ok", "documents": n}
// once New has returned, which means every document has been resolved.
func (s *server) handleHealth(c *fiber.Ctx) error {
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.JSON(fiber.Map{"status": "ok", "documents": len(s.docs().order)})
}
