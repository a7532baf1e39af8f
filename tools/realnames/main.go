// Command realnames writes a copy of an evaluation folder of the shape of
// ../shared/eval/real-dev (texts NAME.txt and a truth.json whose cases give
// the located place's invented name and, under target.real, the name the
// place really bears) with the real name put back in every text and in
// truth.json. Scored with ../shared/eval/score.js, it measures what the
// renamed set cannot: how locus treats a located place that the gazetteer
// holds, which real reports name (a loose statement about a known town, a
// known town the text places wrongly). Cases with no real name, or whose
// text does not contain the invented name, are left out.
//
//	go run ./tools/realnames -from ../shared/eval/real-dev -to /tmp/realnames
//	node ../shared/eval/score.js /tmp/realnames 'locus resolve {}'
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	from := flag.String("from", "", "the evaluation folder to read (texts and truth.json)")
	to := flag.String("to", "", "the folder to write; created if missing")
	flag.Parse()
	if *from == "" || *to == "" {
		fmt.Fprintln(os.Stderr, "usage: realnames -from DIR -to DIR")
		os.Exit(2)
	}
	n, err := restore(*from, *to)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realnames:", err)
		os.Exit(1)
	}
	fmt.Printf("%d cases written to %s\n", n, *to)
}

// restore writes to dir to the cases of dir from with their real names and
// returns how many it wrote. Every field of truth.json is kept as read,
// except the target's name.
func restore(from, to string) (int, error) {
	b, err := os.ReadFile(filepath.Join(from, "truth.json"))
	if err != nil {
		return 0, err
	}
	var cases []map[string]any
	if err := json.Unmarshal(b, &cases); err != nil {
		return 0, fmt.Errorf("%s: %w", filepath.Join(from, "truth.json"), err)
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return 0, err
	}
	var out []map[string]any
	for _, c := range cases {
		id, _ := c["id"].(string)
		target, _ := c["target"].(map[string]any)
		name, _ := target["name"].(string)
		real, _ := target["real"].(string)
		if id == "" || name == "" || real == "" || strings.ContainsAny(id, `/\`) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(from, id+".txt"))
		if err != nil {
			return 0, err
		}
		if !strings.Contains(string(text), name) {
			continue
		}
		restored := strings.ReplaceAll(string(text), name, real)
		if err := os.WriteFile(filepath.Join(to, id+".txt"), []byte(restored), 0o644); err != nil {
			return 0, err
		}
		target["name"] = real
		out = append(out, c)
	}
	b, err = json.MarshalIndent(out, "", " ")
	if err != nil {
		return 0, err
	}
	return len(out), os.WriteFile(filepath.Join(to, "truth.json"), append(b, '\n'), 0o644)
}
