package data_test

import (
	"compress/gzip"
	"io"
	"io/fs"
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
	if err != nil || len(names) != 4 {
		t.Errorf("Files() holds %v (err %v), want the 4 extracts", names, err)
	}
}
