// Command locus reads documents and maps every place they mention.
//
//	locus resolve FILE     print the document's places, regions and checks as GeoJSON
//	locus check FILE       print every stated relation, measured; exit 1 if one fails
//	locus places QUERY     search the gazetteer
//	locus serve            run the map service
//
// FILE may be "-" for standard input. Every command takes --db PATH.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// errUsage marks a mistake in the command line: exit status 2.
var errUsage = errors.New("usage")

// errFailed marks a check that ran and found a failing constraint: exit 1.
var errFailed = errors.New("a constraint fails")

const usage = `usage: locus COMMAND [flags] [args]

commands:
  resolve FILE   print the places, regions and checks of a document as GeoJSON (FILE or - for stdin)
  check FILE     print every stated relation with what was measured; exit 1 if one fails
  places QUERY   search the gazetteer by name
  serve          run the map service (default 127.0.0.1:8080)
  health         ask a running service for /healthz (for container health checks)

Run 'locus COMMAND --help' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errFailed):
		os.Exit(1)
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "locus:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "locus:", err)
		os.Exit(1)
	}
}

// run dispatches a command line; it is main without the process around it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "resolve":
		return runResolve(ctx, rest, stdin, stdout, stderr)
	case "check":
		return runCheck(ctx, rest, stdin, stdout, stderr)
	case "places":
		return runPlaces(ctx, rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stderr)
	case "health":
		return runHealth(ctx, rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
}
