package server

import (
	"bytes"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"testing"

	"github.com/gofiber/fiber/v2"
)

// bigBody returns n bytes of JSON-ish text that gzip shrinks.
func bigBody(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	for b.Len() < n {
		b.WriteString(`{"x":` + strconv.Itoa(r.IntN(1000)) + `},`)
	}
	return b.Bytes()[:n]
}

func TestBodyFileReader(t *testing.T) {
	body := bigBody(sendfileMin + 12345)
	bf := newBodyFile(t.TempDir(), body)
	if bf == nil {
		t.Skip("no /proc/self/fd: bodies are served from memory here")
	}
	for i := range 3 { // the second and third reuse the pooled descriptor
		r, err := bf.reader()
		if err != nil {
			t.Fatalf("reader %d: %v", i, err)
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, body) {
			t.Fatalf("reader %d read %d bytes (err %v), want the %d-byte body", i, len(got), err, len(body))
		}
		if err := r.Close(); err != nil {
			t.Fatalf("reader %d Close: %v", i, err)
		}
		if err := r.Close(); err != nil {
			t.Fatalf("reader %d second Close: %v", i, err)
		}
	}
}

// TestPreparedOverTCP serves a large prepared asset over a real loopback
// connection, where fasthttp hands the body to sendfile(2): every
// concurrent response must carry the whole body, HEAD none, and a
// matching If-None-Match a 304.
func TestPreparedOverTCP(t *testing.T) {
	body := bigBody(3 * sendfileMin)
	body = append(body, bigBody(8*sendfileMin)...) // random enough that gzip stays over sendfileMin
	a, err := newAsset(body, mimeGeoJSON)
	if err != nil {
		t.Fatal(err)
	}
	if a.file == nil {
		t.Log("no /proc/self/fd: serving from memory")
	} else if a.gzFile == nil {
		t.Errorf("the %d-byte gzip form is served from memory, want from a file", len(a.gz))
	}
	app := fiber.New(fiber.Config{DisableStartupMessage: true})
	app.Get("/big", a.send)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go app.Listener(ln)
	defer app.Shutdown()
	url := "http://" + ln.Addr().String() + "/big"

	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				req, _ := http.NewRequest("GET", url, nil)
				if i%2 == 1 {
					req.Header.Set("Accept-Encoding", "gzip") // Transport then decodes it
				}
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					errs <- err.Error()
					return
				}
				got, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || !bytes.Equal(got, body) && !(i%2 == 1 && bytes.Equal(got, a.gz)) {
					errs <- "GET /big: got " + strconv.Itoa(len(got)) + " bytes, not the body"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}

	res, err := http.Head(url)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || len(got) != 0 || res.ContentLength != int64(len(body)) {
		t.Errorf("HEAD /big = %d, %d body bytes, Content-Length %d; want 200, none, %d", res.StatusCode, len(got), res.ContentLength, len(body))
	}
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("If-None-Match", a.etag)
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("GET /big with its ETag = %d, want 304", res.StatusCode)
	}
}
