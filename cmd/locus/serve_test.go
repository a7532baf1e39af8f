package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that a server goroutine writes while the
// test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestServeSaysWhatItDoes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("= Gao =\nGao lies 320 km east of Timbuktu.\n"), 0o644)
	// "Ségou" in Latin-1: not UTF-8.
	os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("S\xe9gou is on the Niger.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "two words.txt"), []byte("Gao.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "000_687ada2927eb0488.txt"), []byte("Gao.\n"), 0o644) // the embedded seed's name
	var stderr syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--seeds", dir, "--data", filepath.Join(t.TempDir(), "documents.sqlite")}, strings.NewReader(""), io.Discard, &stderr)
	}()
	serving := regexp.MustCompile(`msg="locus serving" addr=http://127\.0\.0\.1:(\d+) `)
	var base string
	for deadline := time.Now().Add(3 * time.Minute); base == "" && time.Now().Before(deadline); {
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
		if m := serving.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://127.0.0.1:" + m[1]
		}
	}
	if base == "" || strings.HasSuffix(base, ":0") {
		cancel()
		t.Fatalf("serve logged no real listening address:\n%s", stderr.String())
	}
	log := stderr.String()
	if !strings.Contains(log, "level=WARN") || !strings.Contains(log, "file="+filepath.Join(dir, "latin1.txt")) || !strings.Contains(log, "not UTF-8") {
		t.Errorf("serve did not warn that it skipped latin1.txt because it is not UTF-8:\n%s", log)
	}
	for _, skipped := range []string{`file="` + filepath.Join(dir, "two words.txt") + `" reason="its name cannot be a document id`,
		"file=" + filepath.Join(dir, "000_687ada2927eb0488.txt") + ` reason="a document of the same name is already served"`} {
		if !strings.Contains(log, skipped) {
			t.Errorf("serve did not log %s:\n%s", skipped, log)
		}
	}
	res, err := http.Get(base + "/api/documents")
	if err != nil {
		t.Fatalf("GET /api/documents: %v", err)
	}
	var list struct {
		Documents []struct {
			ID string `json:"id"`
		} `json:"documents"`
	}
	err = json.NewDecoder(res.Body).Decode(&list)
	res.Body.Close()
	if err != nil {
		t.Fatalf("GET /api/documents: %v", err)
	}
	ids := map[string]bool{}
	for _, d := range list.Documents {
		ids[d.ID] = true
	}
	if !ids["good"] || !ids["000_687ada2927eb0488"] || len(ids) != 2 {
		t.Errorf("served documents %v, want the embedded seed and good only", ids)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve after SIGINT: %v", err)
	}
}

func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	_, stderr, err := runCmd(t, "", "serve", "--addr", addr, "--data", filepath.Join(t.TempDir(), "documents.sqlite"))
	if err == nil || errors.Is(err, errUsage) {
		t.Fatalf("serve on a busy port: error %v, want a failure (exit 1)", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "cannot listen on "+addr) || !strings.Contains(msg, "in use") {
		t.Errorf("serve on a busy port: message %q, want it to say %s is in use", msg, addr)
	}
	if strings.Contains(stderr, "serving") {
		t.Errorf("serve on a busy port logged serving:\n%s", stderr)
	}
}
