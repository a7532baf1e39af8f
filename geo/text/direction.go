package text

import (
	"math"
	"strings"
)

// direction is a compass direction found in the text.
type direction struct {
	text   string  // as written: "north-east", "NNE", "N.E.", "south by east"
	az     float64 // degrees clockwise from north, [0, 360)
	points int     // 4, 8, 16 or 32
}

// compassWordLetters returns the compass letters of a direction word written
// out ("north-east" and "northeast" give "NE", "south-south-east" gives
// "SSE", "eastward" gives "E"), or false.
func compassWordLetters(w string) (string, bool) {
	w = strings.TrimSuffix(w, "wards")
	w = strings.TrimSuffix(w, "ward")
	return compassLetters(w, langs().en.compass) // lexicon/en/compass.tsv
}

// compassLetters returns the letters of w's hyphen-separated parts, each
// looked up in parts, when together they name a compass point; else false.
func compassLetters(w string, parts map[string]string) (string, bool) {
	var buf [8]byte
	n := 0
	for part := range strings.FieldsFuncSeq(w, isHyphen) {
		l, ok := parts[part]
		if !ok || n+len(l) > len(buf) {
			return "", false
		}
		n += copy(buf[n:], l)
	}
	if n == 0 {
		return "", false
	}
	s := string(buf[:n])
	if _, _, ok := compassAzimuth(s); !ok {
		return "", false
	}
	return s, true
}

// isCompassWord reports whether w (lower-case) is a direction written out.
func isCompassWord(w string) bool {
	_, ok := compassWordLetters(w)
	return ok
}

// isCompassAdjective reports whether w (lower-case) is the adjective of a
// side of a land: "northern", "south-western", "central".
func isCompassAdjective(w string) bool {
	for _, pre := range []string{"north-", "south-", "north", "south"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && (rest == "eastern" || rest == "western") {
			return true
		}
	}
	switch w {
	case "northern", "southern", "eastern", "western", "central":
		return true
	}
	return false
}

// isCompassAbbrev reports whether t is a compass abbreviation: "N", "NE",
// "ESE".
func isCompassAbbrev(t *token) bool {
	if t.kind != tokWord || !t.upper || len(t.lower) > 3 {
		return false
	}
	s := strings.ToUpper(t.lower)
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("NESW", rune(s[i])) {
			return false
		}
	}
	_, _, ok := compassAzimuth(s)
	return ok
}

// compassAzimuth returns the azimuth in degrees and the compass rose of
// letters such as "N", "NE", "ENE" or "NbE" (north by east), or false when
// they name no point of the 32-point rose.
func compassAzimuth(s string) (float64, int, bool) {
	if i := strings.IndexByte(s, 'b'); i >= 0 {
		a, pa, ok := compassBase(s[:i])
		if !ok || pa > 8 {
			return 0, 0, false
		}
		c, pc, ok := compassBase(s[i+1:])
		if !ok || pc != 4 {
			return 0, 0, false
		}
		d := angleDiff(a, c)
		if math.Abs(d) != 45 && math.Abs(d) != 90 {
			return 0, 0, false
		}
		return normAngle(a + math.Copysign(11.25, d)), 32, true
	}
	return compassBase(s)
}

// compassBase handles the 4-, 8- and 16-point names.
func compassBase(s string) (float64, int, bool) {
	switch len(s) {
	case 1:
		switch s[0] {
		case 'N':
			return 0, 4, true
		case 'E':
			return 90, 4, true
		case 'S':
			return 180, 4, true
		case 'W':
			return 270, 4, true
		}
	case 2:
		switch s {
		case "NE":
			return 45, 8, true
		case "SE":
			return 135, 8, true
		case "SW":
			return 225, 8, true
		case "NW":
			return 315, 8, true
		}
	case 3:
		c, _, ok := compassBase(s[:1])
		ic, p, ok2 := compassBase(s[1:])
		if ok && ok2 && p == 8 && strings.IndexByte(s[1:], s[0]) >= 0 {
			return normAngle(c + angleDiff(c, ic)/2), 16, true
		}
	}
	return 0, 0, false
}

// angleDiff returns b-a in degrees, in (-180, 180].
func angleDiff(a, b float64) float64 {
	d := math.Mod(b-a, 360)
	if d <= -180 {
		d += 360
	} else if d > 180 {
		d -= 360
	}
	return d
}

// normAngle returns a in [0, 360).
func normAngle(a float64) float64 {
	a = math.Mod(a, 360)
	if a < 0 {
		a += 360
	}
	if a >= 360 {
		a -= 360
	}
	return a
}

// parseDirection reads a direction starting at token j: words ("north-east",
// "east south-east", "north by east", "due west"), and when abbrev is set
// also abbreviations ("NE", "N.E.", "ESE"). It returns the direction and the
// token after it.
func (r *reader) parseDirection(j, b int, abbrev bool) (direction, int, bool) {
	k := j
	if r.is(k, b, "due") {
		k++
	}
	start := k
	letters := ""
	bestEnd, best := -1, ""
	for parts := 0; parts < 4 && k < b; parts++ {
		t := &r.toks[k]
		if t.kind != tokWord || r.at[k] >= 0 {
			break
		}
		if l, ok := compassWordLetters(t.lower); ok {
			letters += l
			k++
		} else if parts == 0 && abbrev && t.upper {
			l, next, ok := r.compassAbbrevAt(k, b)
			if !ok {
				break
			}
			letters, k = l, next
		} else if parts > 0 && t.lower == "by" {
			l, ok := compassWordLetters(r.lowerWord(k+1, b))
			if !ok || len(l) != 1 {
				break
			}
			letters += "b" + l
			k += 2
		} else {
			break
		}
		if _, _, ok := compassAzimuth(letters); ok {
			bestEnd, best = k, letters
		}
		if strings.IndexByte(letters, 'b') >= 0 {
			break
		}
	}
	if bestEnd < 0 {
		return direction{}, j, false
	}
	az, pts, _ := compassAzimuth(best)
	return direction{text: r.text[r.toks[start].start:r.toks[bestEnd-1].end], az: az, points: pts}, bestEnd, true
}

// compassAbbrevAt reads "NE", "ESE" or a dotted "N.E." / "N.N.E." at k.
func (r *reader) compassAbbrevAt(k, b int) (string, int, bool) {
	t := &r.toks[k]
	if isCompassAbbrev(t) && len(t.lower) > 1 {
		return strings.ToUpper(t.lower), k + 1, true
	}
	if l, ok := hyphenedCompass(t); ok {
		return l, k + 1, true // "12 km S-W of Fethiye"
	}
	// Dotted letters, each glued to its point.
	letters := ""
	j := k
	for j < b && len(letters) < 3 {
		u := &r.toks[j]
		if u.kind != tokWord || len(u.lower) != 1 || !u.upper || !strings.Contains("nesw", u.lower) {
			break
		}
		if j+1 < b && r.toks[j+1].lower == "." && r.toks[j+1].start == u.end {
			letters += strings.ToUpper(u.lower)
			j += 2
			continue
		}
		if letters == "" || u.start == r.toks[j-1].end {
			// A bare "N", "E", or the last letter of a dotted run
			// whose final point was left off ("25kms N.E of Nanyuki").
			letters += strings.ToUpper(u.lower)
			j++
		}
		break
	}
	if letters == "" {
		return "", k, false
	}
	if _, _, ok := compassAzimuth(letters); !ok {
		return "", k, false
	}
	return letters, j, true
}

// hyphenedCompass returns the compass letters of a capital abbreviation
// whose letters are joined by hyphens ("S-W", "N-N-E"), as tourism pages
// write them, or false.
func hyphenedCompass(t *token) (string, bool) {
	if t.kind != tokWord || !t.upper || len(t.lower) < 3 || len(t.lower) > 5 {
		return "", false
	}
	letters := ""
	for i := 0; i < len(t.lower); i++ {
		c := t.lower[i]
		if i%2 == 1 {
			if c != '-' {
				return "", false
			}
			continue
		}
		if !strings.ContainsRune("nesw", rune(c)) {
			return "", false
		}
		letters += strings.ToUpper(string(c))
	}
	if len(t.lower)%2 == 0 {
		return "", false
	}
	if _, _, ok := compassAzimuth(letters); !ok {
		return "", false
	}
	return letters, true
}

// hyphenedCompassAt reports whether a hyphened compass abbreviation ("S-W")
// stands at token k as the direction of a distance, after a unit ("12 km
// S-W of Fethiye"): there it is no name.
func (r *reader) hyphenedCompassAt(k, b int) bool {
	if _, ok := hyphenedCompass(&r.toks[k]); !ok {
		return false
	}
	j := k - 1
	if r.is(j, b, ".") {
		j--
	}
	return j >= 0 && isUnitWord(r.toks[j].lower)
}

// isDirAdjective reports whether a direction adjective ("southwestern",
// "northern") stands at j.
func (r *reader) isDirAdjective(j, b int) bool {
	_, _, ok := r.parseDirAdjective(j, b)
	return ok
}

// parseDirAdjective reads a direction adjective at j ("southwestern",
// "north-eastern", "northern") and returns it with the token after it.
func (r *reader) parseDirAdjective(j, b int) (direction, int, bool) {
	w := r.lowerWord(j, b)
	base, ok := strings.CutSuffix(w, "ern")
	if !ok {
		return direction{}, j, false
	}
	l, ok := compassWordLetters(base)
	if !ok {
		return direction{}, j, false
	}
	az, pts, _ := compassAzimuth(l)
	t := &r.toks[j]
	return direction{text: r.text[t.start:t.end], az: az, points: pts}, j + 1, true
}

// courseAt reads at token j a direction written as a course rather than a
// compass word before an of-word: a bearing in degrees (bearingAt) or "in
// a north-easterly direction" (easterlyAt). It returns the direction and
// the token after it.
func (r *reader) courseAt(j, b int) (direction, int, bool) {
	if d, e, ok := r.bearingAt(j, b); ok {
		return d, e, true
	}
	return r.easterlyAt(j, b)
}

// easterlyAt reads at token j "in a north-easterly direction", "in a
// southerly direction": a compass word with "-erly" in "in a(n) …
// direction". It returns the direction and the token after "direction".
func (r *reader) easterlyAt(j, b int) (direction, int, bool) {
	if !r.is(j, b, "in") || !r.is(j+1, b, "a") && !r.is(j+1, b, "an") || !r.is(j+3, b, "direction") {
		return direction{}, j, false
	}
	w, ok := strings.CutSuffix(r.lowerWord(j+2, b), "erly")
	if !ok {
		return direction{}, j, false
	}
	letters, ok := compassWordLetters(w)
	if !ok {
		return direction{}, j, false
	}
	az, pts, _ := compassAzimuth(letters)
	return direction{text: r.text[r.toks[j].start:r.toks[j+3].end], az: az, points: pts}, j + 4, true
}

// bearingAt reads at token j a bearing in degrees as sailors, pilots and
// surveyors write it, "bearing 045°", "on a bearing of 230 degrees",
// "bearing 045": the word "bearing" (perhaps after "on a", perhaps before
// "of"), then a whole number of degrees clockwise from north, from 0 to
// 360, with a degree sign or word, or written with three digits. It
// returns the direction, as precise as a point of the 32-point rose, and
// the token after it.
func (r *reader) bearingAt(j, b int) (direction, int, bool) {
	k := j
	if r.is(k, b, "on") {
		k++
		if r.is(k, b, "a") {
			k++
		}
	}
	if !r.is(k, b, "bearing") {
		return direction{}, j, false
	}
	k++
	if r.is(k, b, "of") {
		k++
	}
	if k >= b || r.toks[k].kind != tokNum {
		return direction{}, j, false
	}
	t := &r.toks[k]
	if az := t.num; az < 0 || az > 360 || az != math.Trunc(az) {
		return direction{}, j, false
	}
	e := k + 1
	switch {
	case r.is(e, b, "°") || r.is(e, b, "º") || r.is(e, b, "˚") || r.is(e, b, "degrees") || r.is(e, b, "deg"):
		e++
	case len(t.lower) == 3 && allDigits(t.lower):
		// "bearing 045": three digits are a bearing's own way.
	default:
		return direction{}, j, false
	}
	return direction{text: r.text[r.toks[j].start:r.toks[e-1].end], az: normAngle(t.num), points: 32}, e, true
}
