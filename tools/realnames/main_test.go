package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestRestore puts the real name back in a text and in truth.json, keeps
// the other fields, and leaves out a case with no real name.
func TestRestore(t *testing.T) {
	from, to := t.TempDir(), filepath.Join(t.TempDir(), "out")
	truth := `[
 {"id": "real-001", "family": "real-en", "target": {"name": "Zoughatin", "lat": 15.6, "lon": 0.5, "real": "Ansongo"}},
 {"id": "real-002", "family": "real-en", "target": {"name": "Kalo", "lat": 1, "lon": 2}}
]`
	for name, s := range map[string]string{
		"truth.json":   truth,
		"real-001.txt": "Zoughatin is a small town. Zoughatin lies 90 km south of Gao.",
		"real-002.txt": "Kalo lies 10 km north of Gao.",
	} {
		if err := os.WriteFile(filepath.Join(from, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	n, err := restore(from, to)
	if err != nil || n != 1 {
		t.Fatalf("restore = %d, %v; want 1 case", n, err)
	}
	text, err := os.ReadFile(filepath.Join(to, "real-001.txt"))
	if err != nil || string(text) != "Ansongo is a small town. Ansongo lies 90 km south of Gao." {
		t.Errorf("real-001.txt = %q, %v", text, err)
	}
	if _, err := os.Stat(filepath.Join(to, "real-002.txt")); !os.IsNotExist(err) {
		t.Errorf("real-002 has no real name but was written (%v)", err)
	}
	b, err := os.ReadFile(filepath.Join(to, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		ID     string
		Family string
		Target struct {
			Name, Real string
			Lat        float64
		}
	}
	if err := json.Unmarshal(b, &got); err != nil || len(got) != 1 {
		t.Fatalf("truth.json = %s, %v", b, err)
	}
	if g := got[0]; g.ID != "real-001" || g.Family != "real-en" || g.Target.Name != "Ansongo" || g.Target.Real != "Ansongo" || g.Target.Lat != 15.6 {
		t.Errorf("truth.json case = %+v", g)
	}
}

// TestRestoreMissing reports a folder with no truth.json.
func TestRestoreMissing(t *testing.T) {
	if _, err := restore(t.TempDir(), t.TempDir()); err == nil {
		t.Error("restore of a folder without truth.json succeeded")
	}
}
