package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"

	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/store"
)

// Store is where the documents saved through the API persist;
// *store.Store implements it. Save and Delete return only once the change
// is committed to disk.
type Store interface {
	// Documents returns every saved document, in the order they were saved.
	Documents(ctx context.Context) ([]store.Document, error)
	// Save adds a document; store.ErrExists when its id is taken,
	// store.ErrBusy when the database stays locked.
	Save(ctx context.Context, d store.Document) error
	// Delete removes a document; store.ErrNotFound when there is none.
	Delete(ctx context.Context, id string) error
}

// library is the set of documents the server maps: the start-up documents
// (read-only) and then the saved ones. Readers take the current snapshot
// without locking; a change builds a new snapshot and swaps it in.
type library struct {
	store Store
	write chan struct{} // one change at a time
	docs  []resolvedDoc // guarded by write
	snap  atomic.Pointer[snapshot]
}

// resolvedDoc is a document with its normalized FeatureCollection.
type resolvedDoc struct {
	doc Document
	fc  *geojson.FeatureCollection
}

// snapshot is every response about one set of documents, prepared.
type snapshot struct {
	cat *catalog
	ogc *collections
}

// docs returns the current catalog of documents.
func (s *server) docs() *catalog { return s.lib.snap.Load().cat }

// newLibrary resolves docs with eng, loads the saved documents of st (nil:
// none) and prepares the first snapshot.
func newLibrary(ctx context.Context, eng Engine, st Store, docs []Document) (*library, error) {
	l := &library{store: st, write: make(chan struct{}, 1)}
	for _, d := range docs {
		d.Saved = false
		fc, err := eng.Resolve(ctx, d.Text)
		if err != nil {
			return nil, fmt.Errorf("server: resolve document %q: %w", d.ID, err)
		}
		l.docs = append(l.docs, resolvedDoc{d, normalize(fc)})
	}
	if st != nil {
		saved, err := st.Documents(ctx)
		if err != nil {
			return nil, fmt.Errorf("server: saved documents: %w", err)
		}
		for _, sd := range saved {
			d := Document{ID: sd.ID, Title: sd.Title, Text: sd.Text, Saved: true}
			fc, err := geojson.UnmarshalFeatureCollection(sd.Features)
			if err != nil {
				// A saved map that does not decode is made again from its text.
				if fc, err = eng.Resolve(ctx, sd.Text); err != nil {
					return nil, fmt.Errorf("server: resolve saved document %q: %w", sd.ID, err)
				}
			}
			l.docs = append(l.docs, resolvedDoc{d, normalize(fc)})
		}
	}
	snap, err := newSnapshot(ctx, l.docs)
	if err != nil {
		return nil, err
	}
	l.snap.Store(snap)
	return l, nil
}

// newSnapshot prepares every response about docs.
func newSnapshot(ctx context.Context, docs []resolvedDoc) (*snapshot, error) {
	replay := replayEngine{}
	plain := make([]Document, len(docs))
	for i, d := range docs {
		plain[i] = d.doc
		replay[d.doc.Text] = d.fc
	}
	cat, err := newCatalog(ctx, replay, plain)
	if err != nil {
		return nil, err
	}
	ogc, err := newCollections(docs)
	if err != nil {
		return nil, err
	}
	return &snapshot{cat: cat, ogc: ogc}, nil
}

// replayEngine answers Resolve with FeatureCollections already resolved,
// keyed by text, so that newCatalog prepares a snapshot without resolving
// any document again.
type replayEngine map[string]*geojson.FeatureCollection

var errNotReplayed = errors.New("server: replay engine: text not resolved beforehand")

func (r replayEngine) Resolve(_ context.Context, text string) (*geojson.FeatureCollection, error) {
	fc, ok := r[text]
	if !ok {
		return nil, errNotReplayed
	}
	return fc, nil
}

func (replayEngine) Search(context.Context, string, int) (*geojson.FeatureCollection, error) {
	return nil, errNotReplayed
}

func (replayEngine) Basemap(context.Context) (*geojson.FeatureCollection, error) {
	return nil, errNotReplayed
}

// errSaveBusy is the answer to a save or delete that ran out of time.
var errSaveBusy = errors.New("server: the document store is busy")

// lock waits for the one writer slot until ctx ends.
func (l *library) lock(ctx context.Context) error {
	select {
	case l.write <- struct{}{}:
		return nil
	case <-ctx.Done():
		return errSaveBusy
	}
}

func (l *library) unlock() { <-l.write }

// add saves d with its normalized FeatureCollection fc to the store and,
// once it is committed, serves it. It returns the document's summary.
func (l *library) add(ctx context.Context, d Document, fc *geojson.FeatureCollection) (summary, error) {
	if err := l.lock(ctx); err != nil {
		return summary{}, err
	}
	defer l.unlock()
	d.Saved = true
	docs := append(slices.Clip(l.docs), resolvedDoc{d, fc})
	snap, err := newSnapshot(ctx, docs)
	if err != nil {
		return summary{}, err
	}
	raw, err := json.Marshal(fc)
	if err != nil {
		return summary{}, fmt.Errorf("server: encode: %w", err)
	}
	if err := l.store.Save(ctx, store.Document{ID: d.ID, Title: d.Title, Text: d.Text, Features: raw}); err != nil {
		return summary{}, err
	}
	l.docs = docs
	l.snap.Store(snap)
	return snap.cat.byID[d.ID].summary, nil
}

// remove deletes the saved document id from the store and stops serving it.
func (l *library) remove(ctx context.Context, id string) error {
	if err := l.lock(ctx); err != nil {
		return err
	}
	defer l.unlock()
	i := slices.IndexFunc(l.docs, func(d resolvedDoc) bool { return d.doc.ID == id })
	if i < 0 {
		return errNoDocument
	}
	if !l.docs[i].doc.Saved {
		return errReadOnly
	}
	docs := slices.Delete(slices.Clone(l.docs), i, i+1)
	snap, err := newSnapshot(ctx, docs)
	if err != nil {
		return err
	}
	if err := l.store.Delete(ctx, id); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	l.docs = docs
	l.snap.Store(snap)
	return nil
}
