package server

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"syscall"
)

// sendfileMin is the smallest body served from a file with sendfile(2)
// rather than from memory. Below it, writing the bytes costs less than the
// extra lseek and the separate write of the headers; above it, sendfile
// spares the copy of the body into the socket, which is what lets nginx
// serve large files fast. Measured with scripts/bench-serve.sh on a 2-core
// VM, server CPU per request: an 80 KB body took 28-30 µs from memory and
// 33-36 µs with sendfile (nginx 29-31 µs); a 9 MB body 2,245 µs from memory
// and 760 µs with sendfile (nginx 970-1,180 µs).
const sendfileMin = 256 << 10

// bodyFile holds a prepared body in an unlinked temporary file, and a pool
// of read descriptors on it, each with its own file offset, so concurrent
// responses can each sendfile the whole body. It works where a process can
// reopen its own descriptors through /proc/self/fd (Linux); newBodyFile
// returns nil elsewhere, and the body is served from memory.
//
// The descriptors are closed by the garbage collector once the asset that
// holds the bodyFile is dropped (os.File closes itself when unreachable):
// a new version of a document set simply replaces its assets.
type bodyFile struct {
	master *os.File // keeps the unlinked file alive
	path   string   // /proc/self/fd/N of master
	size   int64
	pool   chan *os.File
}

// bodyFilePool is how many idle descriptors a bodyFile keeps per body.
// More concurrent responses open more and close them when done.
const bodyFilePool = 64

// newBodyFile writes body to an unlinked file in dir ("" for the system's
// temporary directory) and returns it, or nil when the system cannot serve
// it that way (no /proc/self/fd, no writable temporary directory): the
// caller then serves body from memory.
func newBodyFile(dir string, body []byte) *bodyFile {
	f, err := os.CreateTemp(dir, "locus-body-*")
	if err != nil {
		return nil
	}
	os.Remove(f.Name())
	if _, err := f.Write(body); err != nil {
		f.Close()
		return nil
	}
	bf := &bodyFile{
		master: f,
		path:   "/proc/self/fd/" + strconv.Itoa(int(f.Fd())),
		size:   int64(len(body)),
		pool:   make(chan *os.File, bodyFilePool),
	}
	// Check once that the file reopens and holds the body.
	r, err := bf.open()
	if err != nil {
		f.Close()
		return nil
	}
	fi, err := r.Stat()
	if err != nil || fi.Size() != bf.size {
		r.Close()
		f.Close()
		return nil
	}
	bf.pool <- r
	return bf
}

// open opens a new read descriptor on the body, with its own offset.
func (bf *bodyFile) open() (*os.File, error) {
	f, err := os.Open(bf.path)
	if err != nil {
		return nil, fmt.Errorf("server: reopening a prepared body: %w", err)
	}
	return f, nil
}

// reader returns a reader of the whole body for one response, or an error
// when no descriptor can be had (too many open files); fasthttp closes it
// after writing the response, which returns the descriptor to the pool.
func (bf *bodyFile) reader() (*bodyReader, error) {
	var f *os.File
	select {
	case f = <-bf.pool:
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			f.Close()
			return nil, fmt.Errorf("server: rewinding a prepared body: %w", err)
		}
	default:
		var err error
		if f, err = bf.open(); err != nil {
			return nil, err
		}
	}
	return &bodyReader{f: f, bf: bf}, nil
}

// bodyReader is one response's view of a bodyFile. It is a syscall.Conn
// but not an *os.File, so net.TCPConn.ReadFrom sends it with sendfile(2),
// while fasthttp, which closes a body stream after writing it, returns the
// descriptor to the pool instead of closing it.
type bodyReader struct {
	f  *os.File
	bf *bodyFile
}

// Read reads from the body, for writers that cannot use sendfile.
func (r *bodyReader) Read(p []byte) (int, error) { return r.f.Read(p) }

// SyscallConn gives the descriptor to net's sendfile path.
func (r *bodyReader) SyscallConn() (syscall.RawConn, error) { return r.f.SyscallConn() }

// Close returns the descriptor to the pool, or closes it when the pool is
// full. Closing twice is harmless.
func (r *bodyReader) Close() error {
	f := r.f
	if f == nil {
		return nil
	}
	r.f = nil
	select {
	case r.bf.pool <- f:
		return nil
	default:
		return f.Close()
	}
}
