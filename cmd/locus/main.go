// Command locus reads documents and maps every place they mention.
//
//	locus resolve FILE     print the document's places, regions and checks as GeoJSON
//	locus check FILE       print every stated relation, measured; exit 1 if one fails
//	locus places QUERY     search the gazetteer
//	locus serve            run the map service
//	locus version          print the version of locus and of its gazetteer data
//
// FILE may be "-" for standard input. Every command but version takes
// --db PATH; flags may come before or after the arguments.
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

// errFailed marks a check that ran and found a failing constraint: exit 1.
var errFailed = errors.New("a constraint fails")

const usage = `usage: locus COMMAND [flags] [args]

commands:
  resolve FILE   print the places, regions and checks of a document as GeoJSON (FILE or - for stdin)
  check FILE     print every stated relation with what was measured; exit 1 if one fails
  places QUERY   search the gazetteer by name
  serve          run the map service (default 127.0.0.1:8080)
  health         ask a running service for /healthz (for container health checks)
  version        print the version of locus and of its gazetteer data

Run 'locus COMMAND --help' for a command's flags; flags go before or after
the arguments.
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
		return usageErr("no command given")
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
		return runServe(ctx, rest, stdout, stderr)
	case "health":
		return runHealth(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		return runVersion(rest, stdout)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return usageErr("unknown command %q", cmd)
}
