package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// inputError is implemented by engine errors that blame the submitted text
// rather than the server, such as the engine's ErrInput sentinels.
type inputError interface {
	InputError() bool
}

// isInputError reports whether err, or an error it wraps, says the input
// was at fault.
func isInputError(err error) bool {
	var ie inputError
	return errors.As(err, &ie) && ie.InputError()
}

// handleError is the app's one ErrorHandler: every error leaves as JSON
// {"error": message} with a status that fits.
//   - *fiber.Error (from handlers, the router and fasthttp's body limit): its code;
//   - an engine input error: 422 with the engine's message;
//   - a context deadline: 503;
//   - anything else, panics included: 500 with a generic message, logged.
func (s *server) handleError(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	msg := "internal server error"
	var fe *fiber.Error
	switch {
	case errors.As(err, &fe):
		code, msg = fe.Code, fe.Message
		switch code {
		case fiber.StatusNotFound:
			if msg == "" || len(msg) > 7 && msg[:7] == "Cannot " {
				msg = "not found"
			}
		case fiber.StatusMethodNotAllowed:
			if msg == "" || msg == http.StatusText(code) {
				msg = "method not allowed"
			}
		case fiber.StatusRequestEntityTooLarge:
			msg = "request body too large: the limit is " + byteSize(s.cfg.BodyLimit)
		}
		if msg == "" || msg == http.StatusText(code) {
			msg = strings.ToLower(http.StatusText(code))
		}
	case isInputError(err):
		code, msg = fiber.StatusUnprocessableEntity, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		code, msg = fiber.StatusServiceUnavailable, "the server is busy or the text took too long to resolve; try again or send a shorter text"
	}
	if code >= 500 {
		s.cfg.Logger.Error("server: request failed", "method", c.Method(), "path", c.Path(), "status", code, "err", err)
	}
	c.Set(fiber.HeaderCacheControl, "no-store")
	c.Response().Header.Del(fiber.HeaderETag)
	c.Response().Header.Del(fiber.HeaderContentEncoding)
	return c.Status(code).JSON(fiber.Map{"error": msg})
}

// byteSize formats n bytes for people: "1 MiB", "64 KiB" or "100 bytes".
func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
