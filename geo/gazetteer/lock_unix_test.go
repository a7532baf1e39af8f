//go:build unix

package gazetteer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenSaysItWaits(t *testing.T) {
	dir := t.TempDir()
	// Another process building: it holds the folder's lock.
	unlock, err := lockDir(dir, func() { t.Error("the first lock waited") })
	if err != nil {
		t.Fatal(err)
	}
	said := make(chan string, 10)
	done := make(chan error, 1)
	go func() {
		db, err := openWith(context.Background(), filepath.Join(dir, "g.sqlite"), "k", miniFS(t), Options{Progress: func(m string) { said <- m }})
		if err == nil {
			db.Close()
		}
		done <- err
	}()
	if msg := <-said; !strings.Contains(msg, "waiting for another locus process") || !strings.Contains(msg, dir) {
		t.Errorf("open behind a lock said %q, want that it waits, and where", msg)
	}
	unlock()
	if err := <-done; err != nil {
		t.Errorf("open after the lock was released: %v", err)
	}
}
