package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
	"github.com/locus-gis/locus/seeds"
	"github.com/locus-gis/locus/server"
	"github.com/locus-gis/locus/store"
)

// maxSeedBytes is the largest document --seeds loads.
const maxSeedBytes = 1 << 20

func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	fset := flag.NewFlagSet("serve", flag.ContinueOnError)
	fset.SetOutput(stderr)
	addr := fset.String("addr", server.DefaultAddr, "listen `address` (host:port)")
	db := fset.String("db", "", "gazetteer database `path` (default: built in the user cache directory on first use)")
	dir := fset.String("seeds", "", "a `folder` of .txt documents to map besides the embedded seeds")
	data := fset.String("data", "", "the saved documents' store `file` (default: documents.sqlite in $XDG_DATA_HOME/locus or ~/.local/share/locus)")
	fset.Usage = func() {
		fmt.Fprintf(stderr, "usage: locus serve [flags]\n\nRun the map service: the page at /, GeoJSON at /features.geojson, the API under\n/api. Stops gracefully on SIGINT or SIGTERM.\n\nflags:\n")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() > 0 {
		fset.Usage()
		return fmt.Errorf("%w: serve takes no arguments, got %q", errUsage, fset.Args())
	}
	docs, err := loadDocs(seeds.FS())
	if err != nil {
		return err
	}
	if *dir != "" {
		more, err := loadDocs(os.DirFS(*dir))
		if err != nil {
			return fmt.Errorf("--seeds %s: %w", *dir, err)
		}
		docs = append(docs, more...)
	}
	st, err := openStore(*data, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	g, err := openDB(*db)
	if err != nil {
		return err
	}
	defer g.Close()
	log := slog.New(slog.NewTextHandler(stderr, nil))
	app, err := server.New(server.Config{Addr: *addr, Logger: log, Store: st}, locate.New(g, locate.Options{}), docs)
	if err != nil {
		return err
	}
	log.Info("locus serving", "addr", "http://"+*addr, "documents", len(docs), "store", st.Path())
	return server.Run(ctx, app, *addr)
}

// openStore opens the saved documents' store at path (default
// store.DefaultPath), refusing the gazetteer's database file dbPath (default
// gazetteer.DefaultPath) before anything reads or writes it.
func openStore(path, dbPath string) (*store.Store, error) {
	var err error
	if path == "" {
		if path, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if dbPath == "" {
		if dbPath, err = gazetteer.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if sameFile(path, dbPath) {
		return nil, fmt.Errorf("--data %s is the gazetteer's database: give the saved documents a file of their own", path)
	}
	st, err := store.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--data %s: %w", path, err)
	}
	return st, nil
}

// sameFile reports whether paths a and b name one file: the same absolute
// path, or the same existing file through links.
func sameFile(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// loadDocs reads every .txt file at the top of fsys as a document whose ID
// is the file name without .txt and whose title is its first line.
func loadDocs(fsys fs.FS) ([]server.Document, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var docs []server.Document
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if len(b) > maxSeedBytes {
			return nil, fmt.Errorf("%s is larger than %d bytes", name, maxSeedBytes)
		}
		text := string(b)
		docs = append(docs, server.Document{ID: strings.TrimSuffix(path.Base(name), ".txt"), Title: server.TitleFromText(text), Text: text})
	}
	return docs, nil
}

// runHealth asks a running service whether it is up: for a container's
// HEALTHCHECK, where no curl is installed.
func runHealth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("health", flag.ContinueOnError)
	fset.SetOutput(stderr)
	url := fset.String("url", "http://"+server.DefaultAddr+"/healthz", "health `URL` of the service")
	if err := fset.Parse(args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(stdout, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", *url, resp.Status)
	}
	return nil
}
