package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
	"github.com/locus-gis/locus/seeds"
	"github.com/locus-gis/locus/server"
	"github.com/locus-gis/locus/store"
)

// maxSeedBytes is the largest document --seeds loads.
const maxSeedBytes = 1 << 20

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newCommand("serve", "[flags]", "Run the map service: the page at /, GeoJSON at /features.geojson, the API under\n/api. Stops gracefully on SIGINT or SIGTERM.")
	addr := c.flags.String("addr", server.DefaultAddr, "listen `address` (host:port; port 0 picks a free one)")
	db := c.flags.String("db", "", dbFlagHelp)
	dir := c.flags.String("seeds", "", "a `folder` of .txt documents to map besides the embedded seeds")
	data := c.flags.String("data", "", "the saved documents' store `file` (default: documents.sqlite in $XDG_DATA_HOME/locus or ~/.local/share/locus)")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		c.usage(stderr)
		return usageErr("serve takes no arguments, got %q", args)
	}
	if *dir != "" {
		fi, err := os.Stat(*dir)
		if errors.Is(err, fs.ErrNotExist) {
			return usageErr("--seeds %s: no such folder", *dir)
		}
		if err != nil {
			return usageErr("--seeds %s: %v", *dir, pathReason(err))
		}
		if !fi.IsDir() {
			return usageErr("--seeds %s is not a folder", *dir)
		}
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	// Bind first, so that a busy port or a bad address is told at once,
	// not after the first start's gazetteer build.
	ln, err := server.Listen(*addr)
	switch {
	case errors.Is(err, server.ErrBadAddr):
		return explain(err, "--addr %q is not an address to listen on: give host:port, for example 127.0.0.1:8080", *addr)
	case errors.Is(err, syscall.EADDRINUSE):
		return explain(err, "cannot listen on %s: the port is in use (another locus serve?); choose another with --addr", *addr)
	case err != nil:
		return explain(err, "cannot listen on %s: %v; choose another address with --addr", *addr, netReason(err))
	}
	defer ln.Close()
	undo := newFiles(*data)
	st, err := openStore(*data, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	started := false
	defer func() {
		if !started {
			// A start that failed (a refused --db, say) leaves no new
			// empty store behind.
			st.Close()
			undo()
		}
	}()
	seen := map[string]bool{}
	docs := loadDocs(seeds.FS(), "", log, seen)
	if *dir != "" {
		more := loadDocs(os.DirFS(*dir), *dir, log, seen)
		if len(more) == 0 {
			log.Warn("no documents to add from the seeds folder", "folder", *dir)
		}
		docs = append(docs, more...)
	}
	g, err := openDBSaying(ctx, *db, func(msg string) { log.Info(msg) })
	if err != nil {
		return err
	}
	defer g.Close()
	app, err := server.New(server.Config{Addr: *addr, Logger: log, Store: st}, locate.New(g, locate.Options{}), docs)
	if err != nil {
		return err
	}
	log.Info("locus serving", "addr", "http://"+ln.Addr().String(), "documents", len(docs), "store", st.Path())
	started = true
	return server.Serve(ctx, app, ln)
}

// newFiles notes what of the store at path (default store.DefaultPath)
// does not exist yet and returns a function that removes what was made
// since: the store file with its -wal and -shm files, and the folders
// made for it when they are empty. A path that existed is never touched.
func newFiles(path string) (undo func()) {
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			return func() {}
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return func() {}
	}
	if _, err := os.Lstat(abs); !errors.Is(err, fs.ErrNotExist) {
		return func() {}
	}
	var dirs []string // missing folders, innermost first
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); !errors.Is(err, fs.ErrNotExist) || d == filepath.Dir(d) {
			break
		}
		dirs = append(dirs, d)
	}
	return func() {
		for _, f := range []string{abs, abs + "-wal", abs + "-shm"} {
			os.Remove(f)
		}
		for _, d := range dirs {
			if os.Remove(d) != nil {
				return
			}
		}
	}
}

// netReason returns the innermost reason of a listen error, e.g. "no such
// host" or "invalid port".
func netReason(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		err = oe.Err
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		return errors.New(de.Err)
	}
	return err
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
// is the file name without .txt and whose title is its first line. A file
// that cannot be read as a document (unreadable, larger than maxSeedBytes,
// not UTF-8, holding NUL bytes, or whose name is not a document ID or the
// ID of a document in seen) is skipped with a warning that names it, joined
// to dir, and says why. The IDs loaded are added to seen.
func loadDocs(fsys fs.FS, dir string, log *slog.Logger, seen map[string]bool) []server.Document {
	names, _ := fs.Glob(fsys, "*.txt")
	sort.Strings(names)
	var docs []server.Document
	for _, name := range names {
		id := strings.TrimSuffix(path.Base(name), ".txt")
		b, err := fs.ReadFile(fsys, name)
		why := ""
		switch {
		case !server.ValidDocumentID(id):
			why = "its name cannot be a document id: use letters, digits, '.', '_' or '-', at most 128"
		case seen[id]:
			why = "a document of the same name is already served"
		case err != nil:
			why = pathReason(err).Error()
		case len(b) > maxSeedBytes:
			why = fmt.Sprintf("it is %d bytes, the limit is %d", len(b), maxSeedBytes)
		case !utf8.Valid(b):
			why = "it is not UTF-8 text (save it as UTF-8)"
		case bytes.IndexByte(b, 0) >= 0:
			why = "it holds NUL bytes, so it is not text"
		}
		if why != "" {
			log.Warn("skipping a document", "file", filepath.Join(dir, name), "reason", why)
			continue
		}
		text := string(b)
		seen[id] = true
		docs = append(docs, server.Document{ID: id, Title: server.TitleFromText(text), Text: text})
	}
	return docs
}

// runHealth asks a running service whether it is up: for a container's
// HEALTHCHECK, where no curl is installed.
func runHealth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newCommand("health", "[flags]", "Ask a running service for its health; exit 1 unless it answers 200 OK.\nFor a container's HEALTHCHECK, where no curl is installed.")
	url := c.flags.String("url", "http://"+server.DefaultAddr+"/healthz", "health `URL` of the service")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return usageErr("health takes no arguments, got %q", args)
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return usageErr("--url %q: %v", *url, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return explain(err, "no answer from %s: %v", *url, netReason(err))
	}
	defer resp.Body.Close()
	io.Copy(stdout, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", *url, resp.Status)
	}
	return nil
}
