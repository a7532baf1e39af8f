package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/gofiber/fiber/v2"
)

// ShutdownGrace is how long Serve waits, after its context is cancelled,
// for requests in flight to finish before closing their connections.
const ShutdownGrace = 10 * time.Second

// ErrBadAddr is returned (wrapped) by Listen for an address that is not
// host:port.
var ErrBadAddr = errors.New("server: not a listen address")

// Listen opens a TCP listener on addr (host:port; port 0 picks a free one:
// ln.Addr() tells which). It fails with ErrBadAddr when addr is not
// host:port, and with an error matching syscall.EADDRINUSE when the port
// is taken.
func Listen(addr string) (net.Listener, error) {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return nil, fmt.Errorf("%w: %q (want host:port, e.g. 127.0.0.1:8080): %v", ErrBadAddr, addr, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("server: listen: %w", err)
	}
	return ln, nil
}

// Run listens on addr (see Listen) and serves app until ctx is cancelled;
// see Serve.
func Run(ctx context.Context, app *fiber.App, addr string) error {
	ln, err := Listen(addr)
	if err != nil {
		return err
	}
	return Serve(ctx, app, ln)
}

// Serve serves app on ln until ctx is cancelled, then shuts down
// gracefully: it stops accepting connections, lets requests in flight
// finish for up to ShutdownGrace, and returns nil once they have. It
// returns an error when serving fails or the grace period runs out. Serve
// closes ln. The caller cancels ctx on SIGINT and SIGTERM.
func Serve(ctx context.Context, app *fiber.App, ln net.Listener) error {
	served := make(chan error, 1)
	go func() { served <- app.Listener(ln) }()

	select {
	case err := <-served:
		ln.Close()
		if err != nil {
			return fmt.Errorf("server: serve: %w", err)
		}
		return nil
	case <-ctx.Done():
	}

	sctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	err := app.ShutdownWithContext(sctx)
	// Closing ln as well ends Listener even when it had not yet
	// registered ln with the server when the shutdown began.
	ln.Close()
	if err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-served; err != nil && !errors.Is(err, net.ErrClosed) {
		return fmt.Errorf("server: serve: %w", err)
	}
	return nil
}
