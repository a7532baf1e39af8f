package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"text/tabwriter"

	"github.com/locus-gis/locus/data"
	"github.com/locus-gis/locus/geo/gazetteer"
)

// runVersion prints the module version of locus, the gazetteer's schema and
// the versions of the data it is built from, and where the default
// gazetteer database is. It builds nothing.
func runVersion(args []string, stdout io.Writer) error {
	c := newCommand("version", "", "Print the version of locus, of the gazetteer's schema and of the data it is\nbuilt from, and where the gazetteer database is kept.")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(args) > 0 {
		return usageErr("version takes no arguments, got %q", args)
	}
	version := "(unknown)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		version = bi.Main.Version
	}
	fmt.Fprintf(stdout, "locus %s, %s %s/%s\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	schema, hash, err := gazetteer.Version()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "gazetteer schema %s, extracts sha256 %s\n", schema, hash[:16])
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	for _, s := range data.Sources() {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", s.Package, s.Version, s.Gives)
	}
	tw.Flush()
	if path, err := gazetteer.DefaultPath(); err == nil {
		state := "built"
		if _, err := os.Stat(path); err != nil {
			state = "not built yet: built on first use"
		}
		fmt.Fprintf(stdout, "database %s (%s)\n", path, state)
	}
	return nil
}
