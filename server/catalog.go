package server

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/geo/locate"
	"github.com/locus-gis/locus/geo/text"
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
	Holds        int `json:"holds"`
	Contradicted int `json:"contradicted"`
	NotMeasured  int `json:"not_measured"`
}

// countFeatures tallies fc by the contract's kind, source, place status
// and constraint verdict, read through geo/locate's names for them.
func countFeatures(fc *geojson.FeatureCollection) counts {
	var n counts
	for _, f := range fc.Features {
		switch locate.KindOf(f) {
		case locate.KindPlace:
			n.Places++
			switch locate.SourceOf(f) {
			case locate.SourceGazetteer:
				n.Gazetteer++
			case locate.SourceDerived:
				n.Derived++
			}
			if f.Geometry == nil || locate.StatusOf(f) == locate.StatusUnresolved {
				n.Unresolved++
			}
		case locate.KindRegion:
			n.Regions++
		case locate.KindConstraint:
			n.Constraints++
			switch locate.VerdictOf(f) {
			case locate.VerdictHolds:
				n.Holds++
			case locate.VerdictContradicted:
				n.Contradicted++
			default:
				n.NotMeasured++
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
		d.Title = text.ShortTitle(d.Title)
		if d.Title == "" {
			d.Title = text.ShortTitle(d.Text)
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
			g.Properties[locate.KeyDocument] = d.ID
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
