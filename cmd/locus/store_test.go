package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/locus-gis/locus/store"
)

// TestMain lets a test run this binary as the locus command: with
// LOCUS_TEST_MAIN=1 it is main, so that a test can kill -9 a real server
// process without building one.
func TestMain(m *testing.M) {
	if os.Getenv("LOCUS_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// serveProcess is a `locus serve` child process.
type serveProcess struct {
	cmd  *exec.Cmd
	base string
	log  string
}

// startServe runs `locus serve --data data` on a free port and waits
// until it answers /healthz.
func startServe(t *testing.T, data string) *serveProcess {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	logPath := filepath.Join(t.TempDir(), "serve.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close()
	cmd := exec.Command(os.Args[0], "serve", "--addr", addr, "--data", data)
	cmd.Env = append(os.Environ(), "LOCUS_TEST_MAIN=1")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{cmd: cmd, base: "http://" + addr, log: logPath}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if res, err := http.Get(p.base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == 200 {
				return p
			}
		}
	}
	b, _ := os.ReadFile(logPath)
	t.Fatalf("locus serve did not come up:\n%s", b)
	return nil
}

// stop ends the process with SIGTERM, as an operator would.
func (p *serveProcess) stop(t *testing.T) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.cmd.Wait(); err != nil {
		b, _ := os.ReadFile(p.log)
		t.Errorf("locus serve after SIGTERM: %v\n%s", err, b)
	}
}

// documentIDs returns the ids GET /api/documents lists.
func (p *serveProcess) documentIDs(t *testing.T) []string {
	t.Helper()
	res, err := http.Get(p.base + "/api/documents")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct{ Documents []struct{ ID string } }
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range out.Documents {
		ids = append(ids, d.ID)
	}
	return ids
}

// itemIDs returns the feature ids of a collection.
func (p *serveProcess) itemIDs(t *testing.T, coll string) []string {
	t.Helper()
	res, err := http.Get(p.base + "/collections/" + coll + "/items?limit=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct{ Features []struct{ ID string } }
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range out.Features {
		ids = append(ids, f.ID)
	}
	return ids
}

// save posts text to /api/documents and returns the new id, or "" when
// the save was not acknowledged with 201.
func (p *serveProcess) save(client *http.Client, text string) string {
	res, err := client.Post(p.base+"/api/documents", "text/plain; charset=utf-8", strings.NewReader(text))
	if err != nil {
		return ""
	}
	defer res.Body.Close()
	var out struct{ ID string }
	if res.StatusCode != http.StatusCreated || json.NewDecoder(res.Body).Decode(&out) != nil {
		return ""
	}
	return out.ID
}

func integrityCheck(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("PRAGMA integrity_check on the store = %q, %v; want ok", ok, err)
	}
}

// TestServeKill9 sends 20 saves at once, kills the server with SIGKILL
// while they run, and checks that every acknowledged save is there after a
// restart on the same store; then that a deletion survives a restart.
func TestServeKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts locus serve three times")
	}
	data := filepath.Join(t.TempDir(), "store", "documents.sqlite")
	p := startServe(t, data)
	client := &http.Client{Timeout: 60 * time.Second}

	var mu sync.Mutex
	var acked []string
	killed := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := p.save(client, fmt.Sprintf("Report %d\nGao lies 320 km east of Timbuktu, and Kidal is %d km north-east of Gao.", i, 300+i))
			if id == "" {
				return
			}
			mu.Lock()
			acked = append(acked, id)
			n := len(acked)
			mu.Unlock()
			if n == 3 {
				once.Do(func() {
					p.cmd.Process.Signal(syscall.SIGKILL)
					close(killed)
				})
			}
		}()
	}
	wg.Wait()
	once.Do(func() { p.cmd.Process.Signal(syscall.SIGKILL); close(killed) })
	<-killed
	p.cmd.Wait()
	if len(acked) < 3 {
		t.Fatalf("only %d saves acknowledged before the kill", len(acked))
	}
	t.Logf("%d of 20 saves acknowledged before kill -9", len(acked))
	integrityCheck(t, data)

	p = startServe(t, data)
	ids := p.documentIDs(t)
	for _, id := range acked {
		if !slices.Contains(ids, id) {
			t.Errorf("acknowledged save %s is missing after kill -9 and a restart", id)
		}
	}
	places := p.itemIDs(t, "places")
	gone := acked[0]
	req, _ := http.NewRequest(http.MethodDelete, p.base+"/api/documents/"+gone, nil)
	res, err := client.Do(req)
	if err != nil || res.StatusCode != http.StatusNoContent {
		t.Fatalf("DELETE %s = %v %v, want 204", gone, res, err)
	}
	res.Body.Close()
	p.stop(t)

	p = startServe(t, data)
	after := p.documentIDs(t)
	if slices.Contains(after, gone) {
		t.Errorf("deleted document %s is back after a restart", gone)
	}
	if len(after) != len(ids)-1 {
		t.Errorf("%d documents after deleting one of %d", len(after), len(ids))
	}
	var kept []string
	for _, id := range places {
		if !strings.HasPrefix(id, gone+"~") {
			kept = append(kept, id)
		}
	}
	if got := p.itemIDs(t, "places"); !slices.Equal(got, kept) {
		t.Errorf("place ids after a restart:\n%v\nwant\n%v", got, kept)
	}
	p.stop(t)
	integrityCheck(t, data)
}

// TestServeRefusesForeignData checks that --data never takes over a file
// that is not a locus store, nor the gazetteer's database, and that a
// start refused for any reason leaves nothing beside the refused files.
func TestServeRefusesForeignData(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	content := []byte("my notes\n")
	if err := os.WriteFile(notes, content, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"a text file", []string{"serve", "--addr", "127.0.0.1:0", "--data", notes}, "not a locus document store"},
		{"a directory", []string{"serve", "--addr", "127.0.0.1:0", "--data", dir}, "is a directory"},
		{"the gazetteer", []string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "g.sqlite"), "--data", filepath.Join(dir, "g.sqlite")}, "gazetteer"},
		// A refused --db after a new store was made: the new store and
		// its folders go again.
		{"a new store, a refused gazetteer", []string{"serve", "--addr", "127.0.0.1:0", "--db", notes, "--data", filepath.Join(dir, "new", "sub", "documents.sqlite")}, "not a locus gazetteer"},
	} {
		_, _, err := runCmd(t, "", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: locus %v: error %v, want one saying %q", tt.name, tt.args, err, tt.want)
		}
	}
	if b, _ := os.ReadFile(notes); !bytes.Equal(b, content) {
		t.Error("the refused file changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the refusals left %d entries in the directory, want only notes.txt", len(entries))
	}

	// A store that was there before a refused start stays.
	kept := filepath.Join(t.TempDir(), "documents.sqlite")
	st, err := store.Open(kept)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, _, err := runCmd(t, "", "serve", "--addr", "127.0.0.1:0", "--db", notes, "--data", kept); err == nil {
		t.Error("serve with a text file as --db started")
	}
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("a refused start removed the existing store: %v", err)
	}
}
