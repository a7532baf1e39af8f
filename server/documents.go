package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"github.com/locus-gis/locus/store"
)

// handleDocuments handles "GET /api/documents": {"documents": [{id, title,
// bytes, counts}]} in start-up order.
func (s *server) handleDocuments(c *fiber.Ctx) error {
	return s.docs().list.send(c)
}

// handleDocument handles "GET /api/documents/:id": the document's id, title,
// bytes, counts, text and its FeatureCollection under "features".
func (s *server) handleDocument(c *fiber.Ctx) error {
	e, err := s.docs().lookup(c.Params("id"))
	if err != nil {
		return err
	}
	return e.detail.send(c)
}

// Errors of the saved-document routes.
var (
	errNoDocument = fiber.NewError(fiber.StatusNotFound, "no such document; GET /api/documents lists them")
	errReadOnly   = fiber.NewError(fiber.StatusMethodNotAllowed, "this document ships with the server and is read-only; only documents saved with POST /api/documents can be deleted")
	errNoStore    = fiber.NewError(fiber.StatusMethodNotAllowed, "this server was started without a document store, so nothing can be saved or deleted")
	errStoreBusy  = fiber.NewError(fiber.StatusServiceUnavailable, "the document store is busy and the change was not made; try again")
	errForeign    = fiber.NewError(fiber.StatusForbidden, "documents are saved and deleted only from this server's own page or from a client that sends no Origin header")
)

// checkSameOrigin refuses a request that a browser sent from another site's
// page (an Origin header naming another host): a plain-text POST needs no
// CORS preflight, so without this any web page could save or delete
// documents on a locus running on the user's machine.
func checkSameOrigin(c *fiber.Ctx) error {
	origin := c.Get(fiber.HeaderOrigin)
	if origin == "" {
		return nil
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host != c.Hostname() {
		return errForeign
	}
	return nil
}

// maxTitleBytes is the longest title a saved document keeps; a longer one
// is cut at a character boundary.
const maxTitleBytes = 200

// handleSaveDocument handles "POST /api/documents": the body is a text as
// for POST /api/resolve, or JSON {"title": "...", "text": "..."}. The text
// is resolved and saved; once the save is committed the answer is 201
// Created with Location /api/documents/ID and the document's summary (id,
// title, bytes, counts, saved). A text without a title takes its first line.
func (s *server) handleSaveDocument(c *fiber.Ctx) error {
	if s.cfg.Store == nil {
		c.Set(fiber.HeaderAllow, "GET, HEAD")
		return errNoStore
	}
	if err := checkSameOrigin(c); err != nil {
		return err
	}
	title, text, err := s.readDocument(c, true)
	if err != nil {
		return err
	}
	if title = cleanTitle(title); title == "" {
		title = TitleFromText(text)
	}
	if title == "" {
		title = "Untitled"
	}
	fc, err := s.resolve(c.UserContext(), text)
	if err != nil {
		return err
	}
	id, err := newDocumentID()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.UserContext(), s.cfg.SaveTimeout)
	defer cancel()
	sum, err := s.lib.add(ctx, Document{ID: id, Title: title, Text: text}, fc)
	if err != nil {
		return storeError(err)
	}
	b, err := json.Marshal(sum)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderLocation, "/api/documents/"+id)
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Set(fiber.HeaderContentType, mimeJSON)
	return c.Status(fiber.StatusCreated).Send(b)
}

// handleDeleteDocument handles "DELETE /api/documents/:id": 204 once the
// deletion is committed; 404 for an unknown id, 405 for a read-only
// (start-up) document.
func (s *server) handleDeleteDocument(c *fiber.Ctx) error {
	if err := checkSameOrigin(c); err != nil {
		return err
	}
	id := c.Params("id")
	if _, err := s.docs().lookup(id); err != nil {
		return err
	}
	if s.cfg.Store == nil {
		c.Set(fiber.HeaderAllow, "GET, HEAD")
		return errNoStore
	}
	ctx, cancel := context.WithTimeout(c.UserContext(), s.cfg.SaveTimeout)
	defer cancel()
	if err := s.lib.remove(ctx, id); err != nil {
		if errors.Is(err, errReadOnly) {
			c.Set(fiber.HeaderAllow, "GET, HEAD")
		}
		return storeError(err)
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.SendStatus(fiber.StatusNoContent)
}

// storeError gives a store's busy and time-out errors as 503.
func storeError(err error) error {
	if errors.Is(err, errSaveBusy) || errors.Is(err, store.ErrBusy) || errors.Is(err, context.DeadlineExceeded) {
		return errStoreBusy
	}
	return err
}

// newDocumentID returns a fresh id for a saved document: "s-" and 16
// random hex digits.
func newDocumentID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("server: document id: %w", err)
	}
	return "s-" + hex.EncodeToString(b[:]), nil
}

// TitleFromText returns a title for a document: its first non-blank line
// without the "=" of a wiki heading, control characters as spaces, cut to
// 200 bytes at a character boundary; "" when nothing is left.
func TitleFromText(text string) string {
	first, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	return cleanTitle(strings.Trim(strings.TrimSpace(first), "="))
}

// cleanTitle replaces control characters with spaces, trims, and cuts t to
// maxTitleBytes at a character boundary.
func cleanTitle(t string) string {
	t = strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, t))
	if len(t) > maxTitleBytes {
		cut := maxTitleBytes
		for cut > 0 && !utf8.RuneStart(t[cut]) {
			cut--
		}
		t = strings.TrimSpace(t[:cut]) + "…"
	}
	return t
}
