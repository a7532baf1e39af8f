package server

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"sort"
	"strings"
	"sync"

	"github.com/gofiber/fiber/v2"
)

// openAPIJSON is the API definition served at /api: every route of the
// service (TestOpenAPIDescribesEveryRoute checks that it stays so).
//
//go:embed openapi.json
var openAPIJSON []byte

// apiDocs holds the prepared /api responses: the definition and its HTML
// rendering. They never change, so they are built once.
var apiDocs = sync.OnceValues(func() ([2]*asset, error) {
	var out [2]*asset
	var err error
	if out[0], err = newAsset(openAPIJSON, mimeOpenAPI); err != nil {
		return out, err
	}
	page, err := openAPIHTML(openAPIJSON)
	if err != nil {
		return out, err
	}
	out[1], err = newAsset(page, "text/html; charset=utf-8")
	return out, err
})

// openAPIHTML renders an OpenAPI document as a plain HTML page listing each
// operation with its summary and parameters.
func openAPIHTML(doc []byte) ([]byte, error) {
	type param struct {
		Ref                   string `json:"$ref"`
		Name, In, Description string
		Required              bool
	}
	type op struct {
		Summary    string
		Parameters []param
	}
	var spec struct {
		Info struct {
			Title, Description string
		}
		Paths      map[string]map[string]op
		Components struct {
			Parameters map[string]param
		}
	}
	if err := json.Unmarshal(doc, &spec); err != nil {
		return nil, fmt.Errorf("server: openapi: %w", err)
	}
	type row struct {
		Method, Path, Summary string
		Params                []param
	}
	var rows []row
	for path, ops := range spec.Paths {
		for method, o := range ops {
			r := row{Method: strings.ToUpper(method), Path: path, Summary: o.Summary}
			for _, p := range o.Parameters {
				if p.Ref != "" {
					p = spec.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
				}
				r.Params = append(r.Params, p)
			}
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Path != rows[j].Path {
			return rows[i].Path < rows[j].Path
		}
		return rows[i].Method < rows[j].Method
	})
	var b bytes.Buffer
	err := apiPage.Execute(&b, struct {
		Title, Description string
		Rows               []row
	}{spec.Info.Title, spec.Info.Description, rows})
	return b.Bytes(), err
}

var apiPage = template.Must(template.New("api").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}: API</title></head>
<body><h1>{{.Title}}: API</h1><p>{{.Description}}</p>
<p>The definition as OpenAPI 3.0 JSON: <a href="/api">/api</a>. Conformance: <a href="/conformance">/conformance</a>. Collections: <a href="/collections">/collections</a>.</p>
{{range .Rows}}<h2><code>{{.Method}} {{.Path}}</code></h2><p>{{.Summary}}</p>
{{if .Params}}<ul>{{range .Params}}<li><code>{{.Name}}</code> ({{.In}}{{if .Required}}, required{{end}}){{if .Description}}: {{.Description}}{{end}}</li>{{end}}</ul>{{end}}
{{end}}</body></html>
`))

// handleAPI handles "GET /api": the OpenAPI 3.0 definition, or its HTML
// rendering with f=html.
func (s *server) handleAPI(c *fiber.Ctx) error {
	f, err := queryFormat(c, nil, "html")
	if err != nil {
		return err
	}
	docs, err := apiDocs()
	if err != nil {
		return err
	}
	if f == "html" {
		return docs[1].send(c)
	}
	return docs[0].send(c)
}
