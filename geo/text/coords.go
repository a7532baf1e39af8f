package text

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Coordinate is a position the text states in degrees ("Talahandak
// (20°19′N 1°48′E)", "the wreck lies at 47.12° N, 4.57° W").
type Coordinate struct {
	// Subject is the index in Document.Mentions of the place the
	// position is given for: the name right before the brackets that
	// hold it, or the first name of its sentence when a word such as
	// "at", "à" or "coordinates" introduces it.
	Subject int
	// Lat and Lon are the position in decimal degrees, north and east
	// positive (WGS84, as every printed coordinate is read).
	Lat, Lon float64
	// PrecisionKm is half the last unit written, in kilometres along a
	// meridian: 0.93 km for whole minutes, 0.056 km for three decimals
	// of a degree, 55.7 km for whole degrees. A place given the position
	// lies within it of the point, at the writer's rounding.
	PrecisionKm float64
	// Span is the coordinates as written.
	Span Span
}

// The parts of a printed coordinate: degrees with a decimal fraction or a
// degree sign, then minutes and seconds, then the hemisphere letter.
// French writes west « O » (ouest), and a decimal comma.
const (
	coordNum = `(\d{1,3}(?:[.,]\d+)?)`
	coordDMS = coordNum + `\s*(?:°|º|˚|deg\b)\s*` +
		`(?:` + coordNum + `\s*(?:′|'|’)\s*` +
		`(?:` + coordNum + `\s*(?:″|"|”|′′|'')\s*)?)?`
	coordDec = `(\d{1,3}[.,]\d+)\s*(?:°|º|˚)?\s*`
)

// coordRE matches a latitude then a longitude, each in degrees and
// minutes (and seconds) or in decimal degrees, with its hemisphere letter
// after it: "20°19′N 1°48′E", "20° 19′ 12″ N, 1° 48′ 30″ E", "47.123° N,
// 4.567° W", "14.2N 0.5E", « 16°46′ N, 3°00′ O ». The expression has no
// backtracking (RE2), so reading stays linear in the text's length.
var coordRE = regexp.MustCompile(
	`(?:` + coordDMS + `|` + coordDec + `)([NS])\b[\s,;/]*` +
		`(?:` + coordDMS + `|` + coordDec + `)([EWO])\b`)

// coordCues are the words that, closing the text between the subject and
// a position out of brackets, say the position is the subject's ("lies
// at", « se trouve à », "coordinates", "GPS").
var coordCues = []string{"at", "à", "coordinates", "coordonnées", "position", "gps", "located", "situé", "située"}

// findCoordinates reads the positions the text states in degrees and
// gives each the place it is stated for; a position no name takes is left
// out.
func (r *reader) findCoordinates() []Coordinate {
	var out []Coordinate
	for _, loc := range coordMatches(r.text) {
		// Groups: latitude 1-3 (degrees, minutes, seconds) or 4
		// (decimal degrees), 5 its hemisphere; longitude 6-8 or 9, 10.
		lat, latUnit, ok1 := coordDegrees(r.text, loc[2:8], loc[8:10])
		lon, lonUnit, ok2 := coordDegrees(r.text, loc[12:18], loc[18:20])
		if !ok1 || !ok2 || lat > 90 || lon > 180 {
			continue
		}
		if r.text[loc[10]] == 'S' {
			lat = -lat
		}
		if h := r.text[loc[20]]; h == 'W' || h == 'O' {
			lon = -lon
		}
		sp := Span{loc[0], loc[1]}
		sub := r.coordSubject(sp)
		if sub < 0 {
			continue
		}
		unit := max(latUnit, lonUnit)
		out = append(out, Coordinate{
			Subject: sub, Lat: lat, Lon: lon, Span: sp,
			PrecisionKm: math.Max(unit*111.32/2, 0.005),
		})
	}
	return out
}

// coordWindow is how many bytes before and after a sign of a position
// coordMatches gives coordRE to read: the longest position it reads
// ("180° 59′ 59.99″ W" twice, with a separator) is well under it.
const coordWindow = 64

// coordMatches returns coordRE's submatch offsets in s, reading only the
// windows around a sign of a position: a degree sign, or a digit before a
// hemisphere letter ("14.2N"). A 10 MB report with no position costs one
// pass over its bytes rather than the expression's run over all of them.
func coordMatches(s string) [][]int {
	var out [][]int
	done := 0 // matches must start at or after this offset
	for i := 0; i < len(s); i++ {
		sign := false
		switch c := s[i]; {
		case c == 0xC2 && i+1 < len(s) && (s[i+1] == 0xB0 || s[i+1] == 0xBA): // ° º
			sign = true
		case c == 0xCB && i+1 < len(s) && s[i+1] == 0x9A: // ˚
			sign = true
		case (c == 'N' || c == 'S') && i > 0 && s[i-1] >= '0' && s[i-1] <= '9':
			sign = true
		}
		if !sign {
			continue
		}
		lo, hi := max(done, i-coordWindow), min(len(s), i+2*coordWindow)
		for lo > 0 && lo < len(s) && !utf8.RuneStart(s[lo]) {
			lo++
		}
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		for _, loc := range coordRE.FindAllStringSubmatchIndex(s[lo:hi], -1) {
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += lo
				}
			}
			if loc[0] >= done {
				out = append(out, loc)
				done = loc[1]
			}
		}
		i = max(i, hi-coordWindow) // the rest of the window is read again with the next sign
	}
	return out
}

// coordDegrees reads one coordinate from the submatch offsets of coordRE:
// dms holds degrees, minutes and seconds of the first form, dec the
// degrees of the second. It returns the value in degrees and the last
// unit written, in degrees.
func coordDegrees(s string, dms, dec []int) (float64, float64, bool) {
	num := func(a, b int) (float64, int, bool) {
		if a < 0 {
			return 0, 0, false
		}
		t := strings.Replace(s[a:b], ",", ".", 1)
		v, err := strconv.ParseFloat(t, 64)
		decimals := 0
		if i := strings.IndexByte(t, '.'); i >= 0 {
			decimals = len(t) - i - 1
		}
		return v, decimals, err == nil
	}
	if d, n, ok := num(dec[0], dec[1]); ok {
		return d, math.Pow(10, -float64(n)), true
	}
	d, n, ok := num(dms[0], dms[1])
	if !ok {
		return 0, 0, false
	}
	unit := math.Pow(10, -float64(n))
	if m, n, ok := num(dms[2], dms[3]); ok {
		if m >= 60 {
			return 0, 0, false
		}
		d += m / 60
		unit = math.Pow(10, -float64(n)) / 60
		if sec, n, ok := num(dms[4], dms[5]); ok {
			if sec >= 60 {
				return 0, 0, false
			}
			d += sec / 3600
			unit = math.Pow(10, -float64(n)) / 3600
		}
	}
	return d, unit, true
}

// coordSubject returns the mention a position at sp is stated for, or -1:
// the name the brackets holding it follow ("Talahandak (20°19′N 1°48′E)",
// "Talahandak (Arabic: …; 20°19′N 1°48′E)"), or, when a cue word
// (coordCues) ends the words before it, the first name of its sentence
// that the reader does not judge unlikely ("The camp of Kalo lies at
// 14.2N 0.5E").
func (r *reader) coordSubject(sp Span) int {
	before := -1
	for i, m := range r.mentions {
		if m.Span.End > sp.Start {
			break
		}
		before = i
	}
	if before >= 0 {
		gap := r.text[r.mentions[before].Span.End:sp.Start]
		if open := strings.IndexAny(gap, "(["); open >= 0 && strings.TrimSpace(gap[:open]) == "" && !strings.ContainsAny(gap[open:], ")]") {
			return before
		}
	}
	words := strings.Fields(strings.ToLower(r.text[max(0, sp.Start-40):sp.Start]))
	if len(words) == 0 {
		return -1
	}
	if !slices.Contains(coordCues, strings.Trim(words[len(words)-1], ":,")) {
		return -1
	}
	start := 0
	for _, s := range r.sents {
		if s.span.Start <= sp.Start && sp.Start < s.span.End {
			start = s.span.Start
		}
	}
	for i, m := range r.mentions {
		if m.Span.Start >= start && m.Span.End <= sp.Start && r.evidence(i) > EvidenceUnlikely {
			return i
		}
	}
	return -1
}
