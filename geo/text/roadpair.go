package text

import (
	"strconv"
	"strings"
)

// A road named by the places it joins: "on the Gao–Ansongo road", "along
// the Kabul–Jalalabad highway", "sur l'axe Gao–Ansongo", "sur la route
// Mopti – Sévaré". The subject lies on the road between the two places: a
// KindBetween with Road set, as "on the road between Gao and Ansongo" reads.
// The two names must be separate words joined by a dash or a spaced hyphen:
// "Bobo-Dioulasso" is one name, and the reader, which knows no gazetteer,
// does not cut it.

// isRoadNoun reports whether w names a road in any language: a row of a
// roadnouns.tsv.
func isRoadNoun(w string) bool {
	for _, l := range langs().all {
		if _, ok := l.rules.roadNouns[w]; ok {
			return true
		}
	}
	return false
}

// isFrenchRoadNoun reports whether w is a French road noun that names a
// road by the towns it joins right after it, "l'axe Gao-Ansongo", "la
// route Mopti-Gao" (splitRoadPairs): a row of lexicon/fr/roadnouns.tsv
// flagged pair.
func isFrenchRoadNoun(w string) bool {
	return langs().fr.rules.roadNouns[w]
}

// isCompoundNamePart reports whether w, lower-case, is a word that place
// names are made of with a hyphen ("Saint-Louis", "Kalo-Nord",
// "Haut-Mbomou", "Grand-Bassam", "Port-Gentil"), so that a hyphenated word
// with it is one name, not a road pair: a row of a nameparts.tsv.
func isCompoundNamePart(w string) bool {
	return anyHas(setNameParts, w)
}

// roadPairAt reads a road named by the places it joins, led by the word at
// token i ("on", "along", "down", "up", "off", "sur"), and returns the
// relation: "8 km off
// the Songea–Mbinga road" is by that road too, a road distance the reader
// cannot measure without the road.
func (r *reader) roadPairAt(i, b int) (found, bool) {
	w := r.lowerWord(i, b)
	if w != "on" && w != "along" && w != "off" && w != "sur" && w != "down" && w != "up" {
		return found{}, false
	}
	k := i + 1
	french := w == "sur"
	switch r.word(k, b) {
	case "the", "la", "le":
		k++
	default:
		if _, art := elidedRest(r.word(k, b)); art != 'l' {
			return found{}, false
		}
		// "sur l'axe Gao–Ansongo": the article is glued to the noun.
		rest, _ := elidedRest(r.word(k, b))
		if !isRoadNoun(rest) {
			return found{}, false
		}
		return r.roadPair(i, k+1, b, french, false)
	}
	if isRoadNoun(r.lowerWord(k, b)) {
		return r.roadPair(i, k+1, b, french, false) // "sur la route Mopti – Sévaré"
	}
	return r.roadPair(i, k, b, french, true) // "on the Gao–Ansongo road"
}

// roadPair reads "A – B" at token k, followed by a road noun when after is
// set, and returns the relation that starts at token i.
func (r *reader) roadPair(i, k, b int, french, after bool) (found, bool) {
	a := r.mentionAt(k, b)
	if a < 0 {
		return found{}, false
	}
	d := r.mtok[a][1]
	if !r.is(d, b, "–") && !r.is(d, b, "—") && !(r.is(d, b, "-") && r.toks[d].start > r.toks[d-1].end) {
		return found{}, false
	}
	o := r.mentionAt(d+1, b)
	if o < 0 || r.mentions[o].Name == r.mentions[a].Name {
		return found{}, false
	}
	end := r.mtok[o][1]
	if after {
		if !isRoadNoun(r.word(end, b)) {
			return found{}, false
		}
		end++
	}
	for _, m := range []int{a, o} {
		if r.evidence(m) == EvidenceUnlikely {
			return found{}, false
		}
	}
	f := newFound(KindBetween, i)
	f.rel.Object, f.rel.Other, f.rel.Road, f.french = a, o, true, french
	f.end = end
	return f, true
}

// roadToAt reads "on the road to Y" at token i, after a distance from X:
// "30 km from Morogoro on the road to Dodoma", "20 km from Sargodha
// towards Bhalwal", « à 20 km de Settat en direction de Berrechid », "25
// km west of Lusaka along
// the Mumbwa road", "à 5 km d'Azrou sur la route
// de Midelt", "18 km north of Douentza, on the way to Timbuktu". The
// subject lies on the road between X and Y; X is found when the phrase is
// attached (roadTo), as the object of the subject's previous distance or
// direction in the sentence.
func (r *reader) roadToAt(i, b int) (found, bool) {
	k := i
	french := false
	switch r.lowerWord(k, b) {
	case "towards", "toward":
		// "20 km from Sargodha towards Bhalwal": on the way from X to
		// the town named, as "on the road to Y" says; "towards North" is
		// a heading (distance.tsv), read with the distance.
		y := r.mentionAt(k+1, b)
		if y < 0 || r.mtok[y][0] != k+1 || r.evidence(y) == EvidenceUnlikely || !r.clauseEndAt(langs().en, r.mtok[y][1], b) {
			return found{}, false
		}
		f := newFound(KindBetween, i)
		f.rel.Other, f.rel.Road, f.roadTo, f.end = y, true, true, r.mtok[y][1]
		return f, true
	case "to":
		// "22 km along the road from Wabag to Mount Hagen": the road's
		// other end (roadFromBefore), as "on the road to Y" says.
		x := -1
		if i > 0 {
			x = int(r.at[i-1])
		}
		y := r.mentionAt(k+1, b)
		if x < 0 || r.mtok[x][1] != i || !r.roadFromBefore(x, b) || y < 0 || r.mtok[y][0] != k+1 || r.evidence(y) == EvidenceUnlikely {
			return found{}, false
		}
		f := newFound(KindBetween, i)
		f.rel.Other, f.rel.Road, f.roadTo, f.end = y, true, true, r.mtok[y][1]
		return f, true
	case "en":
		// « à 20 km de Settat en direction de Berrechid »: the French
		// "towards Y"; « en direction du nord » is a heading, no place.
		if !r.is(k+1, b, "direction") {
			return found{}, false
		}
		k += 2
		switch {
		case r.is(k, b, "de") || r.is(k, b, "du"):
			k++
		default:
			if _, art := elidedRest(r.word(k, b)); art != 'd' {
				return found{}, false
			}
		}
		french = true
	case "on", "along":
		if !r.is(k+1, b, "the") {
			return found{}, false
		}
		k += 2
		if y := r.mentionAt(k, b); y >= 0 && r.mtok[y][0] == k && isRoadNoun(r.lowerWord(r.mtok[y][1], b)) &&
			r.evidence(y) != EvidenceUnlikely {
			// "along the Mumbwa road", "on the Kasama highway": the road
			// to Mumbwa, not Mumbwa.
			f := newFound(KindBetween, i)
			f.rel.Other, f.rel.Road, f.roadTo, f.end = y, true, true, r.mtok[y][1]+1
			return f, true
		}
		if r.is(k, b, "main") {
			k++
		}
		switch r.lowerWord(k, b) {
		case "road", "way", "route", "highway":
		default:
			return found{}, false
		}
		if !r.is(k+1, b, "to") {
			return found{}, false
		}
		k += 2
	case "sur":
		if !r.is(k+1, b, "la") || !r.is(k+2, b, "route") {
			return found{}, false
		}
		k += 3
		switch {
		case r.is(k, b, "de") || r.is(k, b, "vers"):
			k++
		case r.seq(k, b, "menant", "à"), r.seq(k, b, "qui", "mène"):
			k += 2
			if r.is(k, b, "à") {
				k++
			}
		default:
			if _, art := elidedRest(r.word(k, b)); art != 'd' {
				return found{}, false // "sur la route d'Agadez" glues the "de"
			}
		}
		french = true
	default:
		return found{}, false
	}
	if r.is(k, b, "the") || r.is(k, b, "la") || r.is(k, b, "le") {
		k++
	}
	y := r.mentionAt(k, b)
	if y < 0 || r.evidence(y) == EvidenceUnlikely {
		return found{}, false
	}
	e := r.mtok[y][1]
	if french && (r.is(e, b, "à") || r.is(e, b, "et")) {
		return found{}, false // "sur la route de A à B" is read by betweenAt
	}
	f := newFound(KindBetween, i)
	f.rel.Other, f.rel.Road, f.french, f.roadTo, f.end = y, true, french, true, e
	return f, true
}

// roadFrom returns the object of subject's latest distance or direction in
// sentence s, the place a road "to Y" starts from, or -1.
func (r *reader) roadFrom(subject int, s *sentence) int {
	for i := len(r.rels) - 1; i >= 0 && r.rels[i].Phrase.Start >= s.span.Start; i-- {
		rel := r.rels[i]
		if rel.Subject == subject && rel.Object >= 0 && rel.Border == nil &&
			(rel.Kind == KindDistance || rel.Kind == KindDirection) {
			return rel.Object
		}
	}
	return -1
}

// roadNounEndsRun reports whether the capitalised word at q, the last of
// the run of capitalised words [i, j), is the road noun of a road named by
// its ends ("the Kampala–Gulu Highway", "the Kampala–Entebbe Road"): the
// run starts right after a dash that follows a capitalised word, and the
// noun is no part of the second place's name.
func (r *reader) roadNounEndsRun(i, q, j int) bool {
	if q != j-1 || q == i || !isRoadNoun(r.toks[q].lower) || i < 2 {
		return false
	}
	d := i - 1
	if !r.is(d, len(r.toks), "–") && !r.is(d, len(r.toks), "—") &&
		!(r.is(d, len(r.toks), "-") && r.toks[d].start > r.toks[d-1].end) {
		return false
	}
	return r.toks[d-1].kind == tokWord && r.toks[d-1].cap
}

// kilometrePostAt reads at token i a kilometre post on a road named by
// its ends: "at kilometre 45 of the road from X to Y", "at km 45 on the
// road from X to Y", « au kilomètre 45 de la route de X à Y », « au PK 45
// de la route qui va de X à Y ». The subject lies that far by road from
// X, the road's first end: the relation ends before the road's ends,
// which are read after it as the road the subject lies on (betweenAt).
// The word of the post is one of kilometrePosts; a road noun of between.tsv (way) follows its of-word and
// article, perhaps with a relative verb (« qui va », « qui mène »,
// "running", "leading"; relativeOfWay), then the from-word of between.tsv, X, its
// to-word and a name.
func (r *reader) kilometrePostAt(i int, s *sentence) (found, bool) {
	b := s.b
	start := i
	km, k, ok := r.kilometrePost(i, b)
	if !ok {
		return found{}, false
	}
	end := k
	switch r.word(k, b) {
	case "of", "on", "de", "sur", "du":
	default:
		return found{}, false
	}
	french := r.word(k, b) != "of" && r.word(k, b) != "on"
	k++
	if w := r.word(k, b); w == "the" || w == "la" || w == "le" {
		k++
	}
	l := langs().en
	if french {
		l = langs().fr
	}
	a, _, ok := r.roadEndsAt(l, k, b)
	if !ok {
		return found{}, false
	}
	f := newFound(KindDistance, start)
	f.french = french
	f.rel.MinKm, f.rel.MaxKm, f.rel.Unit, f.rel.Road, f.rel.Object = km, km, "km", true, a
	f.end = end
	return f, true
}

// kilometrePost reads at token i a kilometre post, perhaps after "at" or
// « au »: "at kilometre 45", « au PK 45 ». It returns the post's distance
// in km and the token after its number.
func (r *reader) kilometrePost(i, b int) (float64, int, bool) {
	if w := r.word(i, b); w == "at" || w == "au" {
		i++ // "at kilometre 45", « au PK 45 »
	}
	if !kilometrePosts[r.word(i, b)] || i+1 >= b || r.toks[i+1].kind != tokNum {
		return 0, i, false
	}
	km, err := strconv.ParseFloat(strings.ReplaceAll(r.text[r.toks[i+1].start:r.toks[i+1].end], ",", "."), 64)
	if err != nil || km <= 0 || km > 5000 {
		return 0, i, false
	}
	return km, i + 2, true
}

// kilometrePosts are the words of a kilometre post before its number, in
// English and French: "kilometre 45", « PK 45 » (point kilométrique).
var kilometrePosts = map[string]bool{"kilometre": true, "kilometer": true, "km": true, "kilomètre": true, "pk": true}

// roadEndsAt reads at token k a road noun of l's between.tsv (way), perhaps
// with a relative verb (« qui va », « qui mène », "running", "leading";
// relativeOfWay), then the from-word of between.tsv (or French « d' »
// glued to the name), the road's first end, its to-word and a name: "road
// from X to Y", « route qui va de X à Y », « piste qui mène de X à Y ». It
// returns the two ends.
func (r *reader) roadEndsAt(l *language, k, b int) (a, o int, ok bool) {
	french := l == langs().fr
	if l.between[r.word(k, b)] != "way" {
		return -1, -1, false
	}
	k++
	for n := 0; n < 2 && k < b; n++ {
		if w := r.word(k, b); w == "qui" || w == "that" || w == "which" || r.relativeOfWay(k+1, b) >= 0 {
			k++ // « la route qui va de X à Y » (relativeOfWay)
		}
	}
	var e int
	if _, art := elidedRest(r.word(k, b)); french && art == 'd' {
		a, e = r.mentionAt(k, b), 0
		ok = a >= 0
		if ok {
			e = r.mtok[a][1]
		}
	} else if l.between[r.word(k, b)] == "from" {
		var br *BorderRef
		if french {
			a, br, e, ok = r.frenchObject(k+1, b)
		} else {
			a, br, e, ok = r.parseObject(k+1, b)
		}
		ok = ok && br == nil && a >= 0
	}
	if !ok || r.evidence(a) == EvidenceUnlikely || l.between[r.word(e, b)] != "to" {
		return -1, -1, false
	}
	if o = r.mentionAt(e+1, b); o < 0 {
		return -1, -1, false
	}
	return a, o, true
}

// roadPairMember reports whether the name at tokens [p, q) is one of the
// two towns that name a French road or link right after its noun, with
// no verb of place: "qui assurait la liaison Marrakech-Errachidia", "le
// car de la ligne Kayes–Bamako". Both names are towns, as after "sur
// l'axe" (roadPairAt), though no relation places anything on the road.
func (r *reader) roadPairMember(p, q int, s *sentence) bool {
	if r.pairNounBefore(p, s) {
		return r.pairDash(q, s.b) && q+1 < s.b && r.toks[q+1].cap
	}
	if p-2 < s.a || !r.pairDash(p-1, s.b) || r.at[p-2] < 0 {
		return false
	}
	return r.pairNounBefore(r.mtok[r.at[p-2]][0], s)
}

// pairNounBefore reports whether a French road noun flagged pair stands
// right before token p ("la liaison X", "l'axe X"), or an English road
// noun, which local papers write before the two towns too: "the road
// Tororo–Mbale will be closed" (the English pair then takes an en or em
// dash, as the tokens are cut only after a French noun).
func (r *reader) pairNounBefore(p int, s *sentence) bool {
	if p-1 < s.a || r.toks[p-1].kind != tokWord || r.toks[p-1].cap {
		return false
	}
	w, _ := elidedRest(r.toks[p-1].lower)
	_, en := langs().en.rules.roadNouns[w]
	return isFrenchRoadNoun(w) || en
}

// pairDash reports whether token d is the dash between the two towns of a
// road pair: an en or em dash, or a hyphen with a space before it (a
// plain hyphen right after the road noun is cut into "–" by
// splitRoadPairs).
func (r *reader) pairDash(d, b int) bool {
	return r.is(d, b, "–") || r.is(d, b, "—") || r.is(d, b, "-") && d > 0 && r.toks[d].start > r.toks[d-1].end
}

// englishPairMember reports whether the name at tokens [p, q) is one of the
// two towns that name a road by its ends before an English road noun,
// "the Tororo–Mbale road", "The Pemba–Montepuez road is open", "the
// Renk–Malakal river corridor", with no preposition of place to lead it
// (roadPairAt reads "on the X–Y road"). Both names are towns, as in "the
// road between X and Y". The pair opens after "the", its two names are
// joined by an en or em dash or a spaced hyphen (pairDash), and a road
// noun of roadnouns.tsv, perhaps after "river", follows the second. A
// nationality on either side makes it an alliance, "the Franco–German
// axis".
func (r *reader) englishPairMember(p, q int, s *sentence) bool {
	a := p // the first name's first token
	if p-2 >= s.a && r.pairDash(p-1, s.b) && r.toks[p-2].kind == tokWord && r.toks[p-2].cap {
		// The second name: walk back over the first.
		a = p - 2
		if isPeopleOrDemonym(r.toks[a].lower) {
			return false
		}
		for a-1 >= s.a && r.toks[a-1].kind == tokWord && r.toks[a-1].cap && r.toks[a-1].lower != "the" {
			a--
		}
	} else {
		// The first name: walk over the second after the dash.
		if !r.pairDash(q, s.b) || q+1 >= s.b || r.toks[q+1].kind != tokWord || !r.toks[q+1].cap {
			return false
		}
		q++
		if isPeopleOrDemonym(r.toks[q].lower) {
			return false // "the Franco–German axis"
		}
		for q < s.b && r.toks[q].kind == tokWord && r.toks[q].cap && !isRoadNoun(r.toks[q].lower) {
			q++
		}
	}
	if a-1 < s.a || r.toks[a-1].lower != "the" {
		return false
	}
	if r.lowerWord(q, s.b) == "river" {
		q++ // "the Renk–Malakal river corridor"
	}
	// "the Kampala–Gulu Highway": the noun may be capitalised.
	if q < s.b && r.toks[q].kind == tokWord && isRoadNoun(r.toks[q].lower) {
		return true
	}
	// "the Mombasa–Voi metre gauge line", "the Kafue–Livingstone
	// transmission line", "the Madrid–Zaragoza high-speed line": at most
	// two lower-case words of the kind of way before its noun.
	for n := 0; n < 2 && q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap; n++ {
		q++
		if q+1 < s.b && r.is(q, s.b, "-") && r.toks[q].start == r.toks[q-1].end && r.toks[q+1].start == r.toks[q].end {
			q++ // "high-speed"
			continue
		}
		if q < s.b && r.toks[q].kind == tokWord && isRoadNoun(r.toks[q].lower) {
			return true
		}
	}
	return false
}

// namedRoadFrom reads at token k a road named by a name of its own that
// ends with a road noun, between a distance and the place it is measured
// from: "22 km along the Highlands Highway from Wabag", "40 km up the
// Karakoram Highway from Gilgit", "about 60 km down the Great North Road
// from Kabwe". It returns the token after the from-word, where the
// object starts.
func (r *reader) namedRoadFrom(l *language, k, b int) (int, bool) {
	switch r.lowerWord(k, b) {
	case "along", "on", "up", "down":
	default:
		return 0, false
	}
	if !r.is(k+1, b, "the") {
		return 0, false
	}
	y := r.mentionAt(k+2, b)
	if y < 0 || r.mtok[y][0] != k+2 || r.mtok[y][1]-r.mtok[y][0] < 2 || !isRoadNoun(r.toks[r.mtok[y][1]-1].lower) {
		return 0, false
	}
	fw, o, ok := r.linkWordAt(l.distance.from, r.mtok[y][1], b)
	if !ok || fw.within || fw.beside || fw.sea || fw.road {
		return 0, false
	}
	return o, true
}

// roadFromBefore reports whether mention m follows "along", "up" or
// "down", "the", a road noun and "from" ("22 km along the road from
// Wabag", "up the highway from X"): a distance measured so names the
// road by its ends, and "to Y" after X is the road's other end, not the
// end of a journey. "on the road from X to Y" is read whole by betweenAt.
func (r *reader) roadFromBefore(m, b int) bool {
	p := r.mtok[m][0]
	if p < 4 || !r.is(p-1, b, "from") || r.toks[p-2].kind != tokWord || !isRoadNoun(r.toks[p-2].lower) || !r.is(p-3, b, "the") {
		return false
	}
	switch r.toks[p-4].lower {
	case "along", "up", "down":
		return true
	}
	return false
}
