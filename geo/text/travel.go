package text

import "strings"

// travelTable holds the words of a journey of one language
// (lexicon/en/travel.tsv): go holds the words of travel, reach the phrases
// that lead from a distance to where the journey ended, each as its words,
// and names the verbs by which a traveller names the place reached ("a
// camp the porters called X").
type travelTable struct {
	goes  map[string]bool
	reach [][]string // longest first
	names map[string]bool
}

// readTravel parses a table of "role <tab> phrase" lines; blank lines and
// lines starting with "#" are skipped. A malformed line, an unknown role or
// a duplicate is a build defect and panics at first use.
func readTravel(name string) travelTable {
	b, err := lexiconFiles.ReadFile(name)
	if err != nil {
		panic("text: " + err.Error())
	}
	t := travelTable{goes: map[string]bool{}, names: map[string]bool{}}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[1] == "" {
			panic("text: " + name + ": malformed line " + line)
		}
		w := strings.ToLower(f[1])
		switch f[0] {
		case "go":
			if t.goes[w] {
				panic("text: " + name + ": duplicate " + w)
			}
			t.goes[w] = true
		case "name":
			if t.names[w] {
				panic("text: " + name + ": duplicate " + w)
			}
			t.names[w] = true
		case "reach":
			for _, ph := range t.reach {
				if strings.Join(ph, " ") == w {
					panic("text: " + name + ": duplicate " + w)
				}
			}
			t.reach = append(t.reach, strings.Fields(w))
		default:
			panic("text: " + name + ": unknown role " + f[0])
		}
	}
	for i := 1; i < len(t.reach); i++ { // longest first: "to reach" before "to"
		for j := i; j > 0 && len(t.reach[j]) > len(t.reach[j-1]); j-- {
			t.reach[j], t.reach[j-1] = t.reach[j-1], t.reach[j]
		}
	}
	return t
}

// travelLook is how many words before a distance a word of travel may be:
// "our convoy travelled some 35 km".
const travelLook = 5

// journeyAt reads a distance at tokens [q0, end) as a leg of a journey
// told by a traveller: a word of travel shortly before it, in sentence s
// ("we drove", "our convoy travelled", "a two-hour drive"), and after it
// the words that lead to where the journey ended, then that place: "We
// drove 40 km north from Mopti to reach Sarakoro", "From Gulu our convoy
// travelled 35 km north to Paminyai". It returns the place reached and the
// token after it; -1 when the distance is no such leg. The traveller is
// no place, so the place reached is what the distance locates.
func (r *reader) journeyAt(q0, end int, s *sentence) (int, int) {
	t := lex().travel
	gone := false
	for k := q0 - 1; k >= s.a && k >= q0-travelLook; k-- {
		if r.toks[k].kind == tokWord && t.goes[r.toks[k].lower] {
			gone = true
			break
		}
	}
	if !gone {
		return -1, end
	}
	for _, ph := range t.reach {
		k := end
		for _, w := range ph {
			if r.lowerWord(k, s.b) != w {
				k = -1
				break
			}
			k++
		}
		if k < 0 {
			continue
		}
		if m, _, e, ok := r.parseObject(k, s.b); ok && m >= 0 {
			return m, e
		}
		if m, e, ok := r.namedReached(k, s.b); ok {
			return m, e
		}
	}
	return -1, end
}

// namedReached reads, at token k, a place reached that the text first
// gives by its kind and then by the name someone gave it: "a camp the
// porters called Kisitwe Ndogo", "a dry creek that Kerrigan called
// Ainslie's Creek", "a spring the Herero named X". It returns the name's
// mention and the token after it. The kind is an article and one to four
// lower-case words; the namer, between an optional "that" or "which" and
// a naming verb of travel.tsv, at most three words.
func (r *reader) namedReached(k, b int) (int, int, bool) {
	if w := r.lowerWord(k, b); w != "a" && w != "an" {
		return -1, k, false
	}
	k++
	n := 0
	for ; n < 4 && r.lowerWord(k, b) != "" && r.lowerWord(k, b) != "that" && r.lowerWord(k, b) != "which" && r.lowerWord(k, b) != "the"; n++ {
		k++
	}
	if n == 0 {
		return -1, k, false
	}
	if w := r.lowerWord(k, b); w == "that" || w == "which" {
		k++
	}
	names := lex().travel.names
	for n = 0; n < 4 && k < b && r.toks[k].kind == tokWord && !names[r.lowerWord(k, b)]; n++ {
		k++
	}
	if n == 0 || !names[r.lowerWord(k, b)] {
		return -1, k, false
	}
	m := r.mentionAt(k+1, b)
	if m < 0 {
		return -1, k, false
	}
	return m, r.mtok[m][1], true
}

// journeyStart returns the place a journey told in sentence s starts
// from, written before token q0 ("From Gulu our convoy travelled ..."):
// the place after the last "from" at most maxLook tokens before q0, or -1
// when there is none.
func (r *reader) journeyStart(q0 int, s *sentence) int {
	for k := q0 - 1; k >= s.a && k >= q0-maxLook; k-- {
		if r.toks[k].kind != tokWord || r.toks[k].lower != "from" {
			continue
		}
		if m, _, _, ok := r.parseObject(k+1, s.b); ok && m >= 0 {
			return m
		}
		return -1
	}
	return -1
}
