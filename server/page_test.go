package server_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/locus-gis/locus/server"
	"github.com/locus-gis/locus/web"
)

// TestPageFollowsCSP reads the embedded page for what its
// Content-Security-Policy would block: inline scripts, styles and event
// handlers, string evaluation, and tiles from a host img-src does not name.
func TestPageFollowsCSP(t *testing.T) {
	read := func(name string) string {
		b, err := fs.ReadFile(web.FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	html := read("index.html")
	tests := []struct {
		name, file, text string
		pattern          string
	}{
		{"inline script", "index.html", html, `<script(?:\s[^>]*)?>\s*[^<\s]`},
		{"script without src", "index.html", html, `<script(?:(?:\s+(?:defer|type="[^"]*"|async))*)\s*>`},
		{"style element", "index.html", html, `<style[\s>]`},
		{"style attribute", "index.html", html, `\sstyle\s*=`},
		{"event handler attribute", "index.html", html, `\son[a-z]+\s*=`},
		{"javascript: URL", "index.html", html, `javascript:`},
		{"external script or style", "index.html", html, `(?:src|href)="(?:https?:)?//[^"]*\.(?:js|css)`},
		{"innerHTML", "app.js", read("app.js"), `\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML`},
		{"eval", "app.js", read("app.js"), `\beval\(|new Function\(|setTimeout\(\s*['"]`},
		{"style attribute from script", "app.js", read("app.js"), `setAttribute\(\s*['"]style`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if m := regexp.MustCompile(tt.pattern).FindString(tt.text); m != "" {
				t.Errorf("%s has %s: %q", tt.file, tt.name, m)
			}
		})
	}

	// The tile layer's host must be one img-src allows.
	app, _ := newFixtureApp(t, server.Config{})
	csp := get(t, app, "/").header.Get("Content-Security-Policy")
	tile := regexp.MustCompile(`'(https://[^/']+)/\{z\}/\{x\}/\{y\}\.png'`).FindStringSubmatch(read("app.js"))
	if tile == nil {
		t.Fatal("app.js has no tile URL template")
	}
	var imgSrc string
	for _, d := range strings.Split(csp, ";") {
		if f := strings.Fields(d); len(f) > 0 && f[0] == "img-src" {
			imgSrc = d
		}
	}
	if !strings.Contains(" "+imgSrc+" ", " "+tile[1]+" ") {
		t.Errorf("tile host %s is not in %q", tile[1], imgSrc)
	}
}
