package server

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// staticTypes gives the Content-Type of each file extension the page uses;
// files with other extensions are not served, except LICENSE and VERSION
// files, served as plain text.
var staticTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".txt":  "text/plain; charset=utf-8",
	".md":   "text/plain; charset=utf-8",
}

// staticAssets reads every servable file of fsys into memory, keyed by its
// URL path ("/app.js"); "/" serves index.html. Requests are answered only
// from this map, so no request path ever reaches a file system.
func staticAssets(fsys fs.FS) (map[string]*asset, error) {
	out := map[string]*asset{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ct, ok := staticTypes[path.Ext(p)]
		if base := path.Base(p); base == "LICENSE" || base == "VERSION" {
			ct, ok = "text/plain; charset=utf-8", true
		}
		if d.IsDir() || !ok {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		a, err := newAsset(b, ct)
		if err != nil {
			return err
		}
		out["/"+p] = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("server: static files: %w", err)
	}
	index, ok := out["/index.html"]
	if !ok {
		return nil, fmt.Errorf("server: static files: no index.html")
	}
	out["/"] = index
	return out, nil
}

// handleStatic handles "GET /*": the page and its files, from the embedded
// tree only. Paths with "..", backslashes or NUL bytes, and any path not in
// the tree, are 404.
func (s *server) handleStatic(c *fiber.Ctx) error {
	p := c.Path()
	if strings.Contains(p, "..") || strings.ContainsAny(p, "\\\x00") {
		return fiber.ErrNotFound
	}
	a, ok := s.static[p]
	if !ok {
		return fiber.ErrNotFound
	}
	return a.send(c)
}
