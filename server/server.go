package server

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"regexp"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/compress"
	"github.com/gofiber/fiber/v2/middleware/cors"
	"github.com/gofiber/fiber/v2/middleware/recover"
	"github.com/paulmach/orb/geojson"

	"github.com/locus-gis/locus/web"
)

// Engine is what the server needs from the locus engine.
type Engine interface {
	// Resolve reads text and returns its FeatureCollection in the output contract.
	Resolve(ctx context.Context, text string) (*geojson.FeatureCollection, error)
	// Search returns gazetteer places matching q as Point features
	// (properties: name, gazetteer_id, country, feature_code, population), at most limit.
	Search(ctx context.Context, q string, limit int) (*geojson.FeatureCollection, error)
	// Basemap returns simplified country shapes for the page's offline basemap.
	Basemap(ctx context.Context) (*geojson.FeatureCollection, error)
}

// Document is a text the server maps at start-up. ID appears in URLs and
// must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}. Title is shown as
// text.ShortTitle gives it (one line, at most 60 characters); an empty
// Title is taken from Text the same way, and from ID when Text has none.
type Document struct {
	ID, Title, Text string
	// Saved reports whether the document is in Config.Store and so may be
	// deleted; New's caller leaves it false (its documents are read-only).
	Saved bool
}

// Config holds the server's limits. A zero field takes the default named in
// its comment.
type Config struct {
	// Addr is the listen address, used by the caller with Run; default "127.0.0.1:8080".
	Addr string
	// BodyLimit is the largest request body in bytes, before and after
	// decoding a gzip Content-Encoding; default 1 MiB.
	BodyLimit int
	// ReadTimeout bounds reading a whole request; default 10 s.
	ReadTimeout time.Duration
	// WriteTimeout bounds writing a response; default 30 s.
	WriteTimeout time.Duration
	// IdleTimeout bounds an idle keep-alive connection; default 60 s.
	IdleTimeout time.Duration
	// ResolveTimeout bounds one POST /api/resolve, including the wait for a
	// free resolver slot; default 30 s.
	ResolveTimeout time.Duration
	// MaxResolves is how many POST /api/resolve may run at once; default 2.
	MaxResolves int
	// StartTimeout bounds resolving the documents and the basemap in New; default 2 min.
	StartTimeout time.Duration
	// Static is the page's file tree; default web.FS().
	Static fs.FS
	// Logger receives server errors (5xx); default discards.
	Logger *slog.Logger
	// Store keeps the documents saved with POST /api/documents; New serves
	// the ones it holds after the start-up documents. Nil: nothing can be
	// saved (POST /api/documents answers 405).
	Store Store
	// SaveTimeout bounds writing one saved document to the Store, including
	// the wait for the one writer; default 10 s. A save that runs out of
	// time answers 503 and is not saved.
	SaveTimeout time.Duration
}

// Defaults for Config's zero fields.
const (
	DefaultAddr           = "127.0.0.1:8080"
	DefaultBodyLimit      = 1 << 20
	DefaultReadTimeout    = 10 * time.Second
	DefaultWriteTimeout   = 30 * time.Second
	DefaultIdleTimeout    = 60 * time.Second
	DefaultResolveTimeout = 30 * time.Second
	DefaultMaxResolves    = 2
	DefaultStartTimeout   = 2 * time.Minute
	DefaultSaveTimeout    = 10 * time.Second
)

func (cfg Config) withDefaults() Config {
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.BodyLimit <= 0 {
		cfg.BodyLimit = DefaultBodyLimit
	}
	if cfg.ReadTimeout <= 0 {
		cfg.ReadTimeout = DefaultReadTimeout
	}
	if cfg.WriteTimeout <= 0 {
		cfg.WriteTimeout = DefaultWriteTimeout
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.ResolveTimeout <= 0 {
		cfg.ResolveTimeout = DefaultResolveTimeout
	}
	if cfg.MaxResolves <= 0 {
		cfg.MaxResolves = DefaultMaxResolves
	}
	if cfg.StartTimeout <= 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	if cfg.SaveTimeout <= 0 {
		cfg.SaveTimeout = DefaultSaveTimeout
	}
	if cfg.Static == nil {
		cfg.Static = web.FS()
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// server holds what the handlers share; nothing in it changes after New
// except the resolver slots and the library's documents.
type server struct {
	cfg     Config
	eng     Engine
	lib     *library
	basemap *asset
	static  map[string]*asset
	slots   chan struct{}
}

var docIDPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)

// ValidDocumentID reports whether id can name a Document: a letter or a
// digit, then at most 127 letters, digits, '.', '_' or '-'.
func ValidDocumentID(id string) bool { return docIDPattern.MatchString(id) }

// New resolves docs with eng once, prepares every response that does not
// depend on the request (bytes, gzip, ETags) and returns the Fiber app with
// all routes. It fails when a document ID is invalid or repeated, or when
// the engine fails on a document or on the basemap. Prefork is never used.
func New(cfg Config, eng Engine, docs []Document) (*fiber.App, error) {
	cfg = cfg.withDefaults()
	if eng == nil {
		return nil, fmt.Errorf("server: nil engine")
	}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.StartTimeout)
	defer cancel()

	lib, err := newLibrary(ctx, eng, cfg.Store, docs)
	if err != nil {
		return nil, err
	}
	bm, err := eng.Basemap(ctx)
	if err != nil {
		return nil, fmt.Errorf("server: basemap: %w", err)
	}
	basemap, err := geoJSONAsset(normalize(bm))
	if err != nil {
		return nil, fmt.Errorf("server: basemap: %w", err)
	}
	static, err := staticAssets(cfg.Static)
	if err != nil {
		return nil, err
	}
	s := &server{
		cfg:     cfg,
		eng:     eng,
		lib:     lib,
		basemap: basemap,
		static:  static,
		slots:   make(chan struct{}, cfg.MaxResolves),
	}

	app := fiber.New(fiber.Config{
		AppName:               "locus",
		BodyLimit:             cfg.BodyLimit,
		ReadTimeout:           cfg.ReadTimeout,
		WriteTimeout:          cfg.WriteTimeout,
		IdleTimeout:           cfg.IdleTimeout,
		ErrorHandler:          s.handleError,
		DisableStartupMessage: true,
		// Prefork stays off: one process holds the resolved documents.
		Prefork: false,
		// The request body is never streamed: fasthttp refuses anything
		// over BodyLimit before a handler runs.
		StreamRequestBody: false,
	})
	s.routes(app)
	return app, nil
}

// routes lists every route of the service.
func (s *server) routes(app *fiber.App) {
	// Prepared GeoJSON first: a plain GET or HEAD of it is answered here,
	// without the middleware chain; anything else (a CORS request, an
	// unknown document) falls through to the routes below.
	app.Get("/features.geojson", s.handlePreparedFeatures)
	app.Get("/api/basemap", s.handlePreparedBasemap)

	app.Use(recover.New())
	app.Use(securityHeaders)
	app.Use(compress.New(compress.Config{Level: compress.LevelBestSpeed}))

	// CORS is open for reading the GeoJSON resources (GET, HEAD and their
	// preflight), not for POST /api/resolve.
	openCORS := cors.New(cors.Config{
		AllowOrigins:  "*",
		AllowMethods:  "GET,HEAD",
		AllowHeaders:  "If-None-Match",
		ExposeHeaders: "ETag",
		MaxAge:        3600,
	})
	for _, prefix := range []string{"/features.geojson", "/api/documents", "/api/places", "/api/basemap", "/conformance", "/collections"} {
		app.Use(prefix, openCORS)
	}
	app.Use(ogcRootCORS(openCORS))

	app.Get("/healthz", s.handleHealth)
	app.Get("/features.geojson", s.handleFeatures)
	app.Get("/api/documents", s.handleDocuments)
	app.Get("/api/documents/:id", s.handleDocument)
	app.Post("/api/documents", s.handleSaveDocument)
	app.Delete("/api/documents/:id", s.handleDeleteDocument)
	app.Post("/api/resolve", s.handleResolve)
	app.Get("/api/places", s.handlePlaces)
	app.Get("/api/basemap", s.handleBasemap)

	// OGC API – Features, Part 1 (Core); "/" is the page for a browser.
	app.Get("/", s.handleLanding)
	app.Get("/api", s.handleAPI)
	app.Get("/conformance", s.handleConformance)
	app.Get("/collections", s.handleCollections)
	app.Get("/collections/:collection", s.handleCollection)
	app.Get("/collections/:collection/items", s.handleItems)
	app.Get("/collections/:collection/items/:feature", s.handleItem)

	app.Get("/*", s.handleStatic)
}
