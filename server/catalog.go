package server

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/paulmach/orb/geojson"
)

// catalog is the set of documents resolved at start-up with every response
// about them prepared.
type catalog struct {
	order []string
	byID  map[string]*entry
	list  *asset // GET /api/documents
	all   *asset // GET /features.geojson
}

// entry is one resolved document.
type entry struct {
	summary  summary
	text     string
	features *asset // GET /features.geojson?doc=ID
	detail   *asset // GET /api/documents/ID
}

// summary describes a document in GET /api/documents.
type summary struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Bytes  int    `json:"bytes"`
	Counts counts `json:"counts"`
	// Saved is true for a document saved through the API (it may be deleted).
	Saved bool `json:"saved,omitempty"`
}

// counts tallies a FeatureCollection in the output contract.
type counts struct {
	Places       int `json:"places"`
	Gazetteer    int `json:"gazetteer"`
	Derived      int `json:"derived"`
	Unresolved   int `json:"unresolved"`
	Regions      int `json:"regions"`
	Constraints  int `json:"constraints"`
	Contradicted int `json:"contradicted"`
}

// countFeatures tallies fc by the contract's kind, source and satisfied properties.
func countFeatures(fc *geojson.FeatureCollection) counts {
	var n counts
	for _, f := range fc.Features {
		switch f.Properties.MustString("kind", "") {
		case "place":
			n.Places++
			switch f.Properties.MustString("source", "") {
			case "gazetteer":
				n.Gazetteer++
			case "derived":
				n.Derived++
			}
			if f.Geometry == nil || f.Properties.MustString("status", "") == "unresolved" {
				n.Unresolved++
			}
		case "region":
			n.Regions++
		case "constraint":
			n.Constraints++
			if !f.Properties.MustBool("satisfied", true) {
				n.Contradicted++
			}
		}
	}
	return n
}

// newCatalog resolves docs with eng and prepares their responses.
func newCatalog(ctx context.Context, eng Engine, docs []Document) (*catalog, error) {
	cat := &catalog{byID: make(map[string]*entry, len(docs))}
	all := geojson.NewFeatureCollection()
	summaries := make([]summary, 0, len(docs))
	for _, d := range docs {
		if !docIDPattern.MatchString(d.ID) {
			return nil, fmt.Errorf("server: document id %q: want letters, digits, '.', '_' or '-', at most 128", d.ID)
		}
		if _, dup := cat.byID[d.ID]; dup {
			return nil, fmt.Errorf("server: document id %q given twice", d.ID)
		}
		if d.Title == "" {
			d.Title = d.ID
		}
		raw, err := eng.Resolve(ctx, d.Text)
		if err != nil {
			return nil, fmt.Errorf("server: resolve document %q: %w", d.ID, err)
		}
		fc := normalize(raw)
		e := &entry{
			summary: summary{ID: d.ID, Title: d.Title, Bytes: len(d.Text), Counts: countFeatures(fc), Saved: d.Saved},
			text:    d.Text,
		}
		if e.features, err = geoJSONAsset(fc); err != nil {
			return nil, err
		}
		detail := struct {
			summary
			Text     string          `json:"text"`
			Features json.RawMessage `json:"features"`
		}{e.summary, d.Text, e.features.body}
		if e.detail, err = jsonAsset(detail, mimeJSON); err != nil {
			return nil, err
		}
		for _, f := range fc.Features {
			g := *f
			g.Properties = f.Properties.Clone()
			if g.Properties == nil {
				g.Properties = geojson.Properties{}
			}
			g.Properties["document"] = d.ID
			all.Append(&g)
		}
		cat.order = append(cat.order, d.ID)
		cat.byID[d.ID] = e
		summaries = append(summaries, e.summary)
	}
	var err error
	if cat.all, err = geoJSONAsset(all); err != nil {
		return nil, err
	}
	list := struct {
		Documents []summary `json:"documents"`
	}{summaries}
	if cat.list, err = jsonAsset(list, mimeJSON); err != nil {
		return nil, err
	}
	return cat, nil
}
