package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"github.com/locus-gis/locus/server"
)

// startServer serves app on a free loopback port until the test ends and
// returns its base URL.
func startServer(t testing.TB, app *fiber.App) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, app, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// postWire posts body as text/plain over a real connection and returns
// the status and the JSON error message, if any.
func postWire(t testing.TB, url string, body []byte) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer res.Body.Close()
	var e struct {
		Error string `json:"error"`
	}
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &e)
	return res.StatusCode, e.Error
}

// rawPost sends a request head to addr and at most the first bodyPart
// bytes of the body, then reads the response: a server that refuses a body
// too large answers before reading all of it.
func rawPost(t testing.TB, addr, head string, bodyPart []byte) (int, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(10 * time.Second)); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Write(append([]byte(head), bodyPart...)); err != nil {
		t.Fatalf("write: %v", err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read response: %v", err)
	}
	defer res.Body.Close()
	var e struct {
		Error string `json:"error"`
	}
	b, _ := io.ReadAll(res.Body)
	_ = json.Unmarshal(b, &e)
	return res.StatusCode, e.Error
}

func TestBodyLimitOnTheWire(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	base := startServer(t, app)
	addr := strings.TrimPrefix(base, "http://")
	const mib = 1 << 20
	t.Run("just under the limit", func(t *testing.T) {
		body := bytes.Repeat([]byte("Kidal, "), mib/7)
		if code, msg := postWire(t, base+"/api/resolve", body); code != 200 {
			t.Errorf("POST %d bytes = %d %q, want 200", len(body), code, msg)
		}
	})
	tests := []struct {
		name string
		head string
		part []byte
	}{
		{"one byte over", fmt.Sprintf("POST /api/resolve HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", mib+1), nil},
		{"oversized", fmt.Sprintf("POST /api/resolve HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", 64*mib), nil},
		{"oversized chunked", "POST /api/resolve HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" + fmt.Sprintf("%x\r\n", 3*mib), bytes.Repeat([]byte("a"), 4096)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, msg := rawPost(t, addr, tt.head, tt.part)
			if code != 413 || !strings.Contains(msg, "1 MiB") {
				t.Errorf("%s = %d %q, want 413 naming the 1 MiB limit", tt.name, code, msg)
			}
		})
	}
}

func TestServeGracefulShutdown(t *testing.T) {
	app, eng := newFixtureApp(t, server.Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- server.Serve(ctx, app, ln) }()

	type result struct {
		code int
		err  error
	}
	inflight := make(chan result, 1)
	go func() {
		res, err := http.Post(base+"/api/resolve", "text/plain", strings.NewReader(textSlow))
		if err != nil {
			inflight <- result{0, err}
			return
		}
		res.Body.Close()
		inflight <- result{res.StatusCode, nil}
	}()

	select {
	case <-eng.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the slow request never reached the engine")
	}
	cancel() // as SIGTERM would

	// New connections are refused once the listener is closed.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), 200*time.Millisecond)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("the listener still accepts connections 5 s after shutdown began")
		}
		time.Sleep(20 * time.Millisecond)
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v while a request was in flight; want it to wait", err)
	case <-time.After(100 * time.Millisecond):
	}

	close(eng.release)
	r := <-inflight
	if r.err != nil || r.code != 200 {
		t.Errorf("request in flight during shutdown = %d %v, want 200", r.code, r.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve = %v, want nil after a graceful shutdown", err)
		}
	case <-time.After(server.ShutdownGrace):
		t.Fatal("Serve did not return after the last request finished")
	}
}

func TestRunBadAddress(t *testing.T) {
	app, _ := newFixtureApp(t, server.Config{})
	if err := server.Run(context.Background(), app, "256.0.0.1:99999"); err == nil {
		t.Error("Run on an invalid address returned nil, want an error")
	}
}
