package server

import (
	"github.com/gofiber/fiber/v2"
)

// handleDocuments handles "GET /api/documents": {"documents": [{id, title,
// bytes, counts}]} in start-up order.
func (s *server) handleDocuments(c *fiber.Ctx) error {
	return s.docs.list.send(c)
}

// handleDocument handles "GET /api/documents/:id": the document's id, title,
// bytes, counts, text and its FeatureCollection under "features".
func (s *server) handleDocument(c *fiber.Ctx) error {
	e, err := s.docs.lookup(c.Params("id"))
	if err != nil {
		return err
	}
	return e.detail.send(c)
}
