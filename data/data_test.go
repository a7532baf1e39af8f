package data_test

import (
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/locus-gis/locus/data"
)

func TestFiles(t *testing.T) {
	tests := []struct {
		name   string
		prefix string // start of the decompressed file
	}{
		{"cities500.tsv.gz", "geonameid\tname\tasciiname\t"},
		{"admin1.tsv.gz", "code\tname\n"},
		{"admin2.tsv.gz", "code\tname\nAE.01.101\t"},
		{"countries.tsv.gz", "iso_a2\tiso_a3\tname\t"},
		{"countries.geojson.gz", `{"type":"FeatureCollection"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := data.Files().Open(tt.name)
			if err != nil {
				t.Fatalf("Open(%q): %v", tt.name, err)
			}
			defer f.Close()
			zr, err := gzip.NewReader(f)
			if err != nil {
				t.Fatalf("gzip.NewReader(%q): %v", tt.name, err)
			}
			head := make([]byte, len(tt.prefix))
			if _, err := io.ReadFull(zr, head); err != nil {
				t.Fatalf("reading %q: %v", tt.name, err)
			}
			if got := string(head); got != tt.prefix {
				t.Errorf("%s starts with %q, want %q", tt.name, got, tt.prefix)
			}
		})
	}
}

func TestHash(t *testing.T) {
	h1, err := data.Hash()
	if err != nil {
		t.Fatalf("Hash() error: %v", err)
	}
	h2, err := data.Hash()
	if err != nil {
		t.Fatalf("Hash() error: %v", err)
	}
	if len(h1) != 64 || strings.Trim(h1, "0123456789abcdef") != "" {
		t.Errorf("Hash() = %q, want 64 lowercase hex digits", h1)
	}
	if h1 != h2 {
		t.Errorf("Hash() = %q then %q, want the same value", h1, h2)
	}
	names, err := fs.Glob(data.Files(), "*")
	if err != nil || len(names) != 5 {
		t.Errorf("Files() holds %v (err %v), want the 5 extracts", names, err)
	}
}

// TestSourcesMatchBuildScript keeps Sources in step with the pins that
// data/build.sh actually fetched the extracts with.
func TestSourcesMatchBuildScript(t *testing.T) {
	script, err := os.ReadFile("build.sh")
	if err != nil {
		t.Fatal(err)
	}
	var pins []string
	for _, line := range strings.Split(string(script), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, `"`) && strings.Contains(line, " sha512-") {
			spec, _, _ := strings.Cut(strings.Trim(line, `"`), " ")
			pins = append(pins, spec)
		}
	}
	var got []string
	for _, s := range data.Sources() {
		got = append(got, s.Package+"@"+s.Version)
	}
	if strings.Join(got, " ") != strings.Join(pins, " ") || len(pins) == 0 {
		t.Errorf("Sources() = %v, want the pins of build.sh %v", got, pins)
	}
}
