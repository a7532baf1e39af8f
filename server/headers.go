package server

import (
	"github.com/gofiber/fiber/v2"
)

// contentSecurityPolicy lets the page load only its own scripts, styles,
// data and images, plus OpenStreetMap tiles for the optional tile layer.
// Leaflet positions elements through element.style (CSSOM), which
// style-src 'self' allows; no inline <script>, <style> or style attribute
// is needed.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self'; " +
	"style-src 'self'; " +
	"img-src 'self' data: https://tile.openstreetmap.org https://*.tile.openstreetmap.org; " +
	"connect-src 'self'; " +
	"font-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'none'; " +
	"form-action 'self'; " +
	"frame-ancestors 'none'"

// securityHeaders sets the headers every response carries, errors included.
// The Referer policy keeps the origin on cross-origin requests because the
// OpenStreetMap tile servers require a Referer.
func securityHeaders(c *fiber.Ctx) error {
	setSecurityHeaders(c)
	return c.Next()
}

// setSecurityHeaders sets the headers of securityHeaders on c's response.
func setSecurityHeaders(c *fiber.Ctx) {
	h := &c.Response().Header
	h.Set(fiber.HeaderContentSecurityPolicy, contentSecurityPolicy)
	h.Set(fiber.HeaderXContentTypeOptions, "nosniff")
	h.Set(fiber.HeaderXFrameOptions, "DENY")
	h.Set(fiber.HeaderReferrerPolicy, "strict-origin-when-cross-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
}
