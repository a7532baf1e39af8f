package gazetteer

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Options are OpenContext's options.
type Options struct {
	// Progress, when set, receives one-line messages for a person while a
	// database is built or waited for: where it is built, how far the
	// build has got (every 4 s) and how long it took. Nothing is said
	// when an existing database is opened.
	Progress func(msg string)
}

func (o Options) say(format string, a ...any) {
	if o.Progress != nil {
		o.Progress(fmt.Sprintf(format, a...))
	}
}

// progressEvery is how often a build reports its progress.
const progressEvery = 4 * time.Second

// buildReporting builds path with buildFile, telling opt.Progress where,
// how far the extracts have been read and how long it took. Cancelling ctx
// stops the build while it reads the extracts; the temporary file is then
// removed.
func buildReporting(ctx context.Context, path, key string, src fs.FS, opt Options, stale bool) error {
	if stale {
		opt.say("rebuilding the gazetteer database %s: it was built from other data or by another version of locus", path)
	} else {
		opt.say("building the gazetteer database %s from the embedded extracts: once (about 150 MB, 15 to 40 s); later runs reuse it", path)
	}
	total := extractsSize(src)
	c := &countingFS{fsys: src, ctx: ctx}
	start := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	if opt.Progress != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(progressEvery)
			defer tick.Stop()
			for {
				select {
				case <-done:
					return
				case <-tick.C:
				}
				secs := time.Since(start).Seconds()
				if n := c.read.Load(); total > 0 && n < total {
					opt.say("gazetteer: %d%% of the extracts read (%.0f s)", n*100/total, secs)
				} else {
					opt.say("gazetteer: extracts read, indexing (%.0f s)", secs)
				}
			}
		}()
	}
	err := buildFile(path, key, c)
	close(done)
	wg.Wait()
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("gazetteer: building %s interrupted, nothing kept: %w", path, ctx.Err())
		}
		return err
	}
	size := ""
	if fi, err := os.Stat(path); err == nil {
		size = fmt.Sprintf(", %.0f MB", float64(fi.Size())/1e6)
	}
	opt.say("gazetteer built in %.1f s%s", time.Since(start).Seconds(), size)
	return nil
}

// extractsSize returns the total size in bytes of the *.gz files at the
// root of src; 0 when it cannot tell.
func extractsSize(src fs.FS) int64 {
	names, _ := fs.Glob(src, "*.gz")
	var total int64
	for _, n := range names {
		if fi, err := fs.Stat(src, n); err == nil {
			total += fi.Size()
		}
	}
	return total
}

// countingFS counts the bytes read from the files of fsys, and fails reads
// once ctx is cancelled, which stops a build.
type countingFS struct {
	fsys fs.FS
	ctx  context.Context
	read atomic.Int64
}

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	return &countingFile{File: f, c: c}, nil
}

type countingFile struct {
	fs.File
	c *countingFS
}

func (f *countingFile) Read(p []byte) (int, error) {
	if err := f.c.ctx.Err(); err != nil {
		return 0, err
	}
	n, err := f.File.Read(p)
	f.c.read.Add(int64(n))
	return n, err
}

// removeDeadBuilds removes the temporary files that builds of path killed
// before they could clean up left beside it (path.build-<digits>, the names
// buildFile's os.CreateTemp gives). The caller holds the directory's lock,
// so no live build owns one.
func removeDeadBuilds(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := base + ".build-"
	for _, e := range entries {
		name := e.Name()
		suffix, ok := strings.CutPrefix(name, prefix)
		if !ok || suffix == "" || !e.Type().IsRegular() || strings.Trim(suffix, "0123456789") != "" {
			continue
		}
		os.Remove(filepath.Join(dir, name))
	}
}
