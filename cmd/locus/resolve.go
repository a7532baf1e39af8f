package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/locus-gis/locus/geo/gazetteer"
	"github.com/locus-gis/locus/geo/locate"
)

// docFlags are the flags of the commands that read one document.
type docFlags struct {
	db       string
	maxBytes int
}

func newDocCommand(name, about string) (*command, *docFlags) {
	c := newCommand(name, "[flags] FILE", about+"\n\nFILE is a UTF-8 text file, or - for standard input.")
	f := &docFlags{}
	c.flags.StringVar(&f.db, "db", "", dbFlagHelp)
	c.flags.IntVar(&f.maxBytes, "max-bytes", locate.DefaultMaxBytes, "largest document to read, in `bytes`")
	return c, f
}

// dbFlagHelp describes every command's --db flag.
const dbFlagHelp = "gazetteer database `path`: a locus gazetteer, or a new file to build one in\n(default: built in the user cache directory on first use)"

// openDB opens the gazetteer at path, or at the default path when empty,
// telling stderr when it has to build it first. A file at path that is not
// a locus gazetteer is refused with a message saying what to do.
func openDB(ctx context.Context, path string, stderr io.Writer) (*gazetteer.DB, error) {
	return openDBSaying(ctx, path, func(msg string) { fmt.Fprintln(stderr, "locus:", msg) })
}

// openDBSaying is openDB with the progress messages sent to say.
func openDBSaying(ctx context.Context, path string, say func(string)) (*gazetteer.DB, error) {
	given := path != ""
	def, err := gazetteer.DefaultPath()
	if err != nil && !given {
		return nil, explain(err, "%s; or name a gazetteer file with --db", strings.TrimPrefix(err.Error(), "gazetteer: "))
	}
	if !given {
		path = def
	}
	db, err := gazetteer.OpenContext(ctx, path, gazetteer.Options{Progress: say})
	var nge *gazetteer.NotGazetteerError
	switch {
	case errors.As(err, &nge) && given:
		return nil, explain(err, "--db %s is not a locus gazetteer: it is %s. locus left it as it is; "+
			"give --db the path of a new file, where locus builds the gazetteer (about 150 MB), or leave --db out to use %s", path, nge.What, def)
	case errors.As(err, &nge):
		return nil, explain(err, "%s is not a locus gazetteer: it is %s. locus left it as it is; "+
			"move it away, or set LOCUS_CACHE_DIR to another folder", path, nge.What)
	case err != nil && ctx.Err() != nil:
		return nil, explain(err, "interrupted while building the gazetteer; nothing was kept")
	case err != nil:
		return nil, explain(err, "cannot open the gazetteer %s: %s", path, strings.TrimPrefix(err.Error(), "gazetteer: "))
	}
	return db, err
}

// readDoc reads the document named by the single argument, at most max
// bytes, and returns it with the name to give it in messages.
func readDoc(c *command, args []string, stdin io.Reader, stderr io.Writer, max int) (doc, name string, err error) {
	if len(args) != 1 {
		c.usage(stderr)
		return "", "", usageErr("%s takes one FILE (or - for standard input), got %d arguments", c.name, len(args))
	}
	name = displayName(args[0])
	var r io.Reader = stdin
	if args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return "", name, explain(err, "cannot read %s: %v", name, pathReason(err))
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return "", name, explain(err, "cannot read %s: %v", name, pathReason(err))
	}
	if len(b) > max {
		return "", name, fmt.Errorf("%s is larger than %d bytes: split it or raise --max-bytes", name, max)
	}
	return string(b), name, nil
}

// pathReason returns the reason of a file system error without the
// operation and path it repeats ("no such file or directory").
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// analyse runs the engine on the document a command names.
func analyse(ctx context.Context, c *command, f *docFlags, args []string, stdin io.Reader, stderr io.Writer) (*locate.Result, error) {
	doc, name, err := readDoc(c, args, stdin, stderr, f.maxBytes)
	if err != nil {
		return nil, err
	}
	db, err := openDB(ctx, f.db, stderr)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	res, err := locate.New(db, locate.Options{MaxBytes: f.maxBytes}).Analyse(ctx, doc)
	switch {
	case errors.Is(err, locate.ErrBinary):
		return nil, explain(err, "%s is not a text document: %s (locus reads UTF-8 text)", name, trimPrefix(err, locate.ErrBinary))
	case errors.Is(err, locate.ErrTooLarge):
		return nil, explain(err, "%s is too large: %s", name, trimPrefix(err, locate.ErrTooLarge))
	}
	return res, err
}

func runResolve(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c, f := newDocCommand("resolve", "Print the document's places, uncertainty regions and checked constraints\nas one GeoJSON FeatureCollection (RFC 7946).")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	res, err := analyse(ctx, c, f, args, stdin, stderr)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(res.FeatureCollection())
}

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c, f := newDocCommand("check", "Print every relation the document states, what locus allows for it and what\nit measured on the WGS84 ellipsoid, then the places. Exits 1 if one fails.")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	res, err := analyse(ctx, c, f, args, stdin, stderr)
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
// The VERDICT column is the engine's (Check.Verdict), never decided here.
func writeCheck(w io.Writer, res *locate.Result) {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VERDICT\tSUBJECT\tSTATED\tALLOWED\tMEASURED\tRESIDUAL")
	for _, c := range res.Checks {
		verdict, measured, resid := c.Verdict(), "-", "-"
		if verdict != locate.VerdictNotMeasured {
			measured = measuredText(c)
			resid = fmt.Sprintf("%.1f km", c.ResidualKm)
		}
		word := string(verdict)
		if verdict == locate.VerdictContradicted {
			word = "CONTRADICTED"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", word, c.Subject.Name, oneLine(c.Phrase), allowed(c), measured, resid)
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
		// A note goes under the table, so that it does not widen the column.
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.ID, shorten(oneLine(p.Name), 40), p.Source, p.Status, lat, lon, region)
	}
	tw.Flush()
	for _, p := range res.Places {
		if p.Note != "" {
			fmt.Fprintf(w, "note on %s %s: %s\n", p.ID, oneLine(p.Name), p.Note)
		}
	}
}

// inRegion reports whether c is a containment in a region (an admin1 or admin2),
// which is measured to the hull of the region's known places.
func inRegion(c *locate.Check) bool {
	return c.Relation == "in" && c.Object.Feature == "region"
}

// allowed says in words what the vagueness model accepts for c.
func allowed(c *locate.Check) string {
	b := c.Allowed
	switch {
	case inRegion(c) && b.MaxKm > 0 && !math.IsInf(b.MaxKm, 1):
		return fmt.Sprintf("within %s of the region's known places, or nearest town in it", km(b.MaxKm))
	case c.Relation == "in" && b.MaxKm > 0 && !math.IsInf(b.MaxKm, 1):
		return fmt.Sprintf("inside, or within %s of it", km(b.MaxKm))
	case c.Relation == "in":
		return "inside"
	case c.Relation == "seat":
		return fmt.Sprintf("within %s of the seat", km(b.MaxKm))
	case c.Relation == "between" && !math.IsInf(b.MaxKm, 1):
		return fmt.Sprintf("by way of it ≤ %s (direct %s)", km(b.MaxKm), km(b.MinKm))
	case c.Relation == "midway" && !math.IsInf(b.MaxKm, 1):
		return fmt.Sprintf("within %s of the midpoint", km(b.MaxKm))
	}
	s := bounds(b)
	if c.Strict != nil {
		// It failed the face-value reading: say which.
		s += "; as written " + bounds(*c.Strict)
	}
	return s
}

// bounds writes a reading of a relation: "51.0–85.0 km, 90°±45°".
func bounds(b locate.Bounds) string {
	var parts []string
	if r := kmRange(b.MinKm, b.MaxKm); r != "" {
		parts = append(parts, r)
	}
	if b.HasBearing {
		parts = append(parts, fmt.Sprintf("%.0f°±%.0f°", b.Azimuth, b.HalfWidth))
	}
	if len(parts) == 0 {
		return "any distance"
	}
	return strings.Join(parts, ", ")
}

// measuredText says in words what was measured for c.
func measuredText(c *locate.Check) string {
	switch {
	case inRegion(c) && c.MeasuredKm == 0:
		return "inside the hull of its known places"
	case inRegion(c):
		return fmt.Sprintf("%s from the region's known places", km(c.MeasuredKm))
	case c.Relation == "in" && c.MeasuredKm == 0:
		return "inside"
	case c.Relation == "in":
		return fmt.Sprintf("%s outside", km(c.MeasuredKm))
	case c.Relation == "between":
		return fmt.Sprintf("%s by way of it", km(c.MeasuredKm))
	case c.Relation == "midway":
		return fmt.Sprintf("%s from the midpoint", km(c.MeasuredKm))
	}
	s := km(c.MeasuredKm)
	if c.Allowed.HasBearing {
		s += fmt.Sprintf(" at %.0f°", c.MeasuredBearing)
	}
	return s
}

// kmRange writes the distances from minKm to maxKm: "51.0–85.0 km",
// "≤ 25.0 km" from 0, "≥ 5.0 km" when unbounded above, "" when it bounds
// nothing.
func kmRange(minKm, maxKm float64) string {
	switch {
	case math.IsInf(maxKm, 1) || maxKm <= 0:
		if minKm > 0 {
			return "≥ " + km(minKm)
		}
		return ""
	case minKm == maxKm:
		return km(maxKm)
	case minKm <= 0:
		return "≤ " + km(maxKm)
	}
	return fmt.Sprintf("%.1f–%s", minKm, km(maxKm))
}

func km(v float64) string { return fmt.Sprintf("%.1f km", v) }

func oneLine(s string) string {
	return shorten(strings.Join(strings.Fields(s), " "), 60)
}

// shorten returns s cut to at most n characters (runes, never inside one),
// ending in "..." when cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-3]) + "..."
}

func runPlaces(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c := newCommand("places", "[flags] QUERY", "Search the gazetteer by name: case and accents do not matter, alternate\nnames count, and populous places come first.")
	db := c.flags.String("db", "", dbFlagHelp)
	limit := c.flags.Int("limit", 10, "most places to print, 1 to 100")
	asJSON := c.flags.Bool("json", false, "print GeoJSON instead of a table")
	args, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		c.usage(stderr)
		return usageErr("places needs a QUERY")
	}
	q := strings.Join(args, " ")
	g, err := openDB(ctx, *db, stderr)
	if err != nil {
		return err
	}
	defer g.Close()
	fc, err := locate.New(g, locate.Options{}).Search(ctx, q, *limit)
	if errors.Is(err, locate.ErrBadQuery) {
		return usageErr("places: %s", trimPrefix(err, locate.ErrBadQuery))
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(fc)
	}
	if len(fc.Features) == 0 {
		fmt.Fprintf(stdout, "no place matches %q\n", q)
		return nil
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
