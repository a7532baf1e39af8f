// Package web holds locus's map page (index.html, app.js, app.css) and the
// vendored Leaflet 1.9.4, embedded in the binary.
package web

import (
	"embed"
	"io/fs"
)

//go:embed index.html app.js app.css favicon.svg vendor
var files embed.FS

// FS returns the page's files rooted at the page directory: "index.html",
// "app.js", "vendor/leaflet/leaflet.js" and so on. The tree is read-only.
func FS() fs.FS {
	return files
}
