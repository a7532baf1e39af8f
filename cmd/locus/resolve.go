package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
)

// docFlags are the flags of the commands that read one document.
type docFlags struct {
	db       string
	maxBytes int
}

func newDocFlags(name, help string, stderr io.Writer) (*flag.FlagSet, *docFlags) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	f := &docFlags{}
	fs.StringVar(&f.db, "db", "", "gazetteer database `path` (default: built in the user cache directory on first use)")
	fs.IntVar(&f.maxBytes, "max-bytes", locate.DefaultMaxBytes, "largest document to read, in `bytes`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: locus %s [flags] FILE\n\n%s\n\nFILE is a UTF-8 text file, or - for standard input.\n\nflags:\n", name, help)
		fs.PrintDefaults()
	}
	return fs, f
}

// openDB opens the gazetteer at path, or at the default path when empty.
func openDB(path string) (*gazetteer.DB, error) {
	if path == "" {
		return gazetteer.OpenDefault()
	}
	return gazetteer.Open(path)
}

// readDoc reads the document named by the single argument, at most max bytes.
func readDoc(fs *flag.FlagSet, stdin io.Reader, max int) (string, error) {
	if fs.NArg() != 1 {
		fs.Usage()
		return "", fmt.Errorf("%w: %s takes one FILE (or -), got %d arguments", errUsage, fs.Name(), fs.NArg())
	}
	name := fs.Arg(0)
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", name, err)
	}
	if len(b) > max {
		return "", fmt.Errorf("%s is larger than %d bytes: split it or raise --max-bytes", name, max)
	}
	return string(b), nil
}

// analyse runs the engine on the document a command names.
func analyse(ctx context.Context, fs *flag.FlagSet, f *docFlags, stdin io.Reader) (*locate.Result, error) {
	doc, err := readDoc(fs, stdin, f.maxBytes)
	if err != nil {
		return nil, err
	}
	db, err := openDB(f.db)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return locate.New(db, locate.Options{MaxBytes: f.maxBytes}).Analyse(ctx, doc)
}

func runResolve(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, f := newDocFlags("resolve", "Print the document's places, uncertainty regions and checked constraints\nas one GeoJSON FeatureCollection (RFC 7946).", stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	res, err := analyse(ctx, fs, f, stdin)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(res.FeatureCollection())
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, f := newDocFlags("check", "Print every relation the document states, what locus allows for it and what\nit measured on the WGS84 ellipsoid, then the places. Exits 1 if one fails.", stderr)
	if err := fs.Parse(args); err != nil {
		return err
	}
	res, err := analyse(ctx, fs, f, stdin)
	if err != nil {
		return err
	}
	writeCheck(stdout, res)
	if n := len(res.Failed()); n > 0 {
		return fmt.Errorf("%w: %d of %d", errFailed, n, len(res.Checks))
	}
	return nil
}

// writeCheck prints the checks and places of a result as aligned tables.
func writeCheck(w io.Writer, res *locate.Result) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OK\tSUBJECT\tSTATED\tALLOWED\tMEASURED\tRESIDUAL")
	for _, c := range res.Checks {
		ok, measured, resid := "ok", "-", "-"
		if !c.Satisfied {
			ok = "FAIL"
		}
		if c.From != c.To || c.Satisfied || c.ResidualKm > 0 {
			measured = fmt.Sprintf("%.1f km", c.MeasuredKm)
			if c.Allowed.HasBearing {
				measured += fmt.Sprintf(" at %.0f°", c.MeasuredBearing)
			}
			resid = fmt.Sprintf("%.1f km", c.ResidualKm)
		} else {
			ok = "n/a"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", ok, c.Subject.Name, oneLine(c.Phrase), allowed(c), measured, resid)
	}
	tw.Flush()
	for _, c := range res.Checks {
		if c.Note != "" {
			fmt.Fprintf(w, "note on %q: %s\n", oneLine(c.Phrase), c.Note)
		}
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPLACE\tSOURCE\tSTATUS\tLAT\tLON\tREGION")
	for _, p := range res.Places {
		lat, lon, region := "-", "-", "-"
		if p.HasPoint {
			lat, lon = fmt.Sprintf("%.5f", p.Point[1]), fmt.Sprintf("%.5f", p.Point[0])
		}
		if p.Region != nil {
			region = fmt.Sprintf("%.1f km²", p.Region.AreaKm2)
			if n := len(p.Region.Candidates); n > 1 {
				region += fmt.Sprintf(" in %d parts", n)
			}
		}
		name := p.Name
		if p.Note != "" {
			name += " (" + p.Note + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, name, p.Source, p.Status, lat, lon, region)
	}
	tw.Flush()
}

func allowed(c *locate.Check) string {
	b := c.Allowed
	if c.Relation == "in" {
		if b.MaxKm > 0 {
			return fmt.Sprintf("inside, ±%.0f km", b.MaxKm)
		}
		return "inside"
	}
	var parts []string
	if b.MaxKm > 0 && !math.IsInf(b.MaxKm, 1) {
		parts = append(parts, fmt.Sprintf("%.1f–%.1f km", b.MinKm, b.MaxKm))
	}
	if b.HasBearing {
		parts = append(parts, fmt.Sprintf("%.0f°±%.0f°", b.Azimuth, b.HalfWidth))
	}
	if len(parts) == 0 {
		return "inside"
	}
	return strings.Join(parts, ", ")
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

func runPlaces(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("places", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "gazetteer database `path` (default: built in the user cache directory on first use)")
	limit := fs.Int("limit", 10, "most places to print, 1 to 100")
	asJSON := fs.Bool("json", false, "print GeoJSON instead of a table")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: locus places [flags] QUERY\n\nSearch the gazetteer by name: case and accents do not matter, alternate\nnames count, and populous places come first.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: places needs a QUERY", errUsage)
	}
	q := strings.Join(fs.Args(), " ")
	g, err := openDB(*db)
	if err != nil {
		return err
	}
	defer g.Close()
	fc, err := locate.New(g, locate.Options{}).Search(ctx, q, *limit)
	if errors.Is(err, locate.ErrBadQuery) {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(fc)
	}
	tw := tabwriter.NewWriter(stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GEONAMEID\tNAME\tCOUNTRY\tADMIN1\tCODE\tPOPULATION\tLAT\tLON")
	for _, f := range fc.Features {
		p := f.Properties
		pt := f.Point()
		id := p["gazetteer_id"]
		if id == nil {
			id = "-" // a country or a division
		}
		fmt.Fprintf(tw, "%v\t%v\t%v\t%v\t%v\t%v\t%.5f\t%.5f\n", id, p["name"], p["country"], p["admin1"], p["feature_code"], p["population"], pt[1], pt[0])
	}
	return tw.Flush()
}
