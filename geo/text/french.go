package text

import (
	"strconv"
	"strings"
	"unicode"
)

// French relation phrases. They are read by their own rules, started only
// at the words of lexicon/fr/entry.tsv (entry.go), so that the English
// reading is untouched; they give the same Relation values as English
// does, with Hedge in English ("environ" gives "about") and Direction as
// written ("sud-est").

// frenchDistanceAt reads a French distance at token i (distanceAt): "à 17
// km au sud-est de Pama", "à environ 12 kilomètres au sud-ouest du centre
// de Kaya", "à 12 km de Lantaga", "à 10 km de la frontière ivoirienne",
// "entre 2 et 5 km au nord de X", "distant de 30 km de X", "n'est qu'à 5
// km de X", or with its number lost "à km au sud de X" (missingNumberAt).
// A border is the subject when the sentence opens with it ("La frontière
// tchadienne passe à 12 km à l'est de X": X lies 12 km west of the
// border), and a distance with no object after a border ("la frontière
// ivoirienne située à 10 km au sud") places that border from the
// sentence's subject.
func (r *reader) frenchDistanceAt(i int, s *sentence) (found, bool) {
	fr := langs().fr
	f, st, q, ok := r.distanceAt(fr, i, s)
	switch {
	case !ok:
		return r.missingNumberAt(fr, i, s)
	case st == objFound:
		if br, ok := r.borderSubjectBefore(fr, (*reader).frenchBorderAt, f.start, s); ok && f.rel.Object >= 0 && f.rel.Border == nil {
			f.subject, f.rel.Object, f.rel.Border, f.reversed = f.rel.Object, -1, br, true
		}
		if f.subject < 0 && f.rel.Object >= 0 && f.rel.Border == nil && r.cleftBefore(fr, f.start, s) {
			// « C'est à 20 km à l'est de Kaya, à Sakou, que l'embuscade a
			// eu lieu »: the cleft's focus.
			if m, ok := r.cleftFocus(r.afterComma(f.end, s.b), s); ok {
				f.subject = m
			}
		}
		return f, true
	case st == objFailed:
		// « Le campement de X se trouve à 25 km de là »: from the last
		// place the text reached.
		if f2, ok := r.thereObject(fr, f, s, func(ps int) int { m, _, _ := r.frenchSubject(ps, s, nil); return m }); ok {
			return f2, true
		}
		if !r.afterClosed(fr, q, s) {
			return found{}, false // "au sud-est du département"
		}
		// « Y se trouve à 15 km après. »: read below as a further leg.
		f = r.quantityFound(fr, q, f.start)
		f.end = q.end
	}
	if st == objAbsent {
		// « Y, 30 km plus au nord sur la même route »: the way the leg
		// keeps is part of the phrase.
		f.end = r.keptWayEnd(fr, f.end, s.b)
	}
	if br, bs, ok := r.frenchBorderBefore(f.start, s); ok && r.clauseEndAt(langs().fr, f.end, s.b) {
		f.rel.Border, f.phraseStart, f.reversed = br, bs, true
		return f, true
	}
	if st == objAbsent && r.clauseEndAt(fr, f.end, s.b) {
		// « ... au camp du lac Matamec, à une trentaine de kilomètres à
		// l'est, a indiqué la police »: an apposition to a name gives
		// where that name lies from the clause's subject, or from where
		// the report was filed, as "..., Niamey, 600 km to the southwest".
		j := f.start
		if r.is(j-1, s.b, "à") {
			j--
		}
		if m := r.mentionEndingAt(j-2, s.a); m >= 0 && r.is(j-1, s.b, ",") && f.rel.Points > 0 {
			if r.furtherAdverb(fr, q.start, f.end, s.b) {
				// « Un forage a été réalisé à Y, 6 km plus au nord »: a
				// further leg places the name before the comma from the
				// last place the text reached, as "Y, 6 km further north".
				if from := r.lastReached(q.start, s, m); from >= 0 && !r.sameName(from, m) {
					f.rel.Object, f.subject = from, m
					return f, true
				}
			}
			if sm, _, ok := r.frenchSentSubject(s); !ok || sm != m {
				f.rel.Object, f.reversed, f.phraseStart = m, true, r.mtok[m][0]
				return f, true
			}
			// « Le poste de Baboua, à 90 km à l'ouest, fut ouvert »: the
			// sentence's own subject lies there from the place before.
		}
		// « Gao est une ville sur le Niger. Inabag se trouve à 40 km au
		// nord », « Nous avons quitté Gao. Le camp est à 40 km au nord »:
		// from the place the text is about, or else the place the
		// sentence before reached (placeBeforeObject).
		if o, ok := r.placeBeforeObject(&f, s, func(ps int) (int, Span, bool) { return r.frenchSubject(ps, s, nil) }); ok {
			f.rel.Object = o
			if r.furtherAdverb(fr, q.start, f.end, s.b) {
				// « … de Y, un village à 15 km au nord de X, et de Z, un
				// hameau à 4 km plus à l'est »: a further leg goes on
				// from the last place the text reached, not from the
				// place the text is about.
				if from := r.lastReached(q.start, s, f.subject); from >= 0 && !r.sameName(from, f.subject) {
					f.rel.Object = from
				}
			}
			return f, true
		}
		// « Nous avons logé près de Rochefort. Dinant est à 20 km. »: a
		// distance with no direction after the copula of the name that
		// opens the sentence, ending it, is measured from the place the
		// text is about or the sentence before named with a preposition.
		if m := r.mentionAt(s.first, s.b); m >= 0 && f.rel.Points == 0 && r.mtok[m][1] == j-1 && r.is(j, s.b, "à") &&
			r.is(j-1, s.b, "est") && r.is(f.end, s.b, ".") {
			if o, ok := r.baseFor(m, s); ok {
				f.rel.Object, f.subject = o, m
				return f, true
			}
		}
	}
	// « Il a parcouru 45 km vers le nord jusqu'à X », « puis encore 20 km
	// jusqu'à Y », « X se trouve à 15 km plus loin »: a leg of a journey
	// (travel.go).
	if f2, ok := r.legAt(fr, f, q.start, s, func(ps int) int { m, _, _ := r.frenchSubject(ps, s, nil); return m }, r.frenchObject); ok {
		return f2, true
	}
	return found{}, false
}

// frenchBorderBefore reads a border phrase that ends with "située" (or
// "situé", "se trouvant", "qui est") right before token i: "la frontière
// ivoirienne située à 10 km au sud". It returns the border and its first
// token.
func (r *reader) frenchBorderBefore(i int, s *sentence) (*BorderRef, int, bool) {
	b := s.b
	j := i - 1
	switch r.word(j, b) {
	case "situé", "située", "situés", "situées", "sis", "sise", "localisée", "localisé":
		j--
	case "trouvant":
		j--
		if r.is(j, b, "se") {
			j--
		}
	case "est":
		if !r.is(j-1, b, "qui") {
			return nil, 0, false
		}
		j -= 2
	default:
		return nil, 0, false
	}
	for h := j; h >= s.a && h > j-8; h-- {
		if !isFrenchBorderWord(r.word(h, b)) {
			continue
		}
		st := h
		if w := r.word(h-1, b); (w == "la" || w == "les") && h-1 >= s.a {
			st = h - 1
		}
		if br, e, ok := r.frenchBorderAt(st, b); ok && e == j+1 {
			return br, st, true
		}
		break
	}
	return nil, 0, false
}

// frenchDirectionAt reads "au nord", "au Sud-Ouest", "au nord-nord-est",
// "au nord nord-est", "au NO", "à l'est", "à l'ouest-sud-ouest", "plein
// nord", "NO de" at token k (directionAt, with the links of
// lexicon/fr/distance.tsv). It returns the direction as written without
// its article ("sud-est", "est") and the token after it.
func (r *reader) frenchDirectionAt(k, b int) (direction, int, bool) {
	return r.directionAt(langs().fr, k, b)
}

// frenchElidedCompassAt reads a direction glued to its article, "l'est",
// at token j.
func (r *reader) frenchElidedCompassAt(j, b int) (direction, int, bool) {
	if j >= b || r.toks[j].kind != tokWord {
		return direction{}, j, false
	}
	t := &r.toks[j]
	rest, art := elidedRest(t.lower)
	if art != 'l' {
		return direction{}, j, false
	}
	off := len(t.lower) - len(rest) // the article is ASCII and its apostrophe keeps its width
	l, ok := frenchCompassLetters(rest)
	if !ok {
		// « à 4 kms à l'E. de Souzdal », « à l'O. de »: the initial of
		// the direction, in capitals, with its point glued.
		if len(rest) != 1 || !r.is(j+1, b, ".") || r.toks[j+1].start != t.end || !unicode.IsUpper(rune(r.text[t.start+off])) {
			return direction{}, j, false
		}
		c, ok := frenchCompassInitial(rest[0])
		if !ok {
			return direction{}, j, false
		}
		az, pts, _ := compassAzimuth(string(c))
		return direction{text: r.text[t.start+off : r.toks[j+1].end], az: az, points: pts}, j + 2, true
	}
	az, pts, _ := compassAzimuth(l)
	return direction{text: r.text[t.start+off : t.end], az: az, points: pts}, j + 1, true
}

// frenchCompassAt reads a French compass word or abbreviation at token j
// ("nord", "Sud-Ouest", "nord-nord-est", "NO"), joining a second word when
// "de" follows the pair ("au nord nord-est de").
func (r *reader) frenchCompassAt(j, b int) (direction, int, bool) {
	if j >= b || r.toks[j].kind != tokWord {
		return direction{}, j, false
	}
	t := &r.toks[j]
	l, ok := frenchCompassLetters(t.lower)
	end := j + 1
	if !ok {
		if l, e, ok := r.frenchDottedCompassAt(j, b); ok {
			az, pts, _ := compassAzimuth(l)
			return direction{text: r.text[t.start:r.toks[e-1].end], az: az, points: pts}, e, true
		}
		if l, ok = frenchCompassAbbrev(t); !ok {
			return direction{}, j, false
		}
	}
	if l2, ok := frenchCompassLetters(r.word(end, b)); ok {
		if _, ofOK := r.frenchOfAt(end+1, b); ofOK {
			if _, _, ok := compassAzimuth(l + l2); ok {
				l, end = l+l2, end+1
			}
		}
	}
	az, pts, _ := compassAzimuth(l)
	return direction{text: r.text[t.start:r.toks[end-1].end], az: az, points: pts}, end, true
}

// frenchDottedCompassAt reads a French compass abbreviation written with
// points at token j, each capital letter glued to its point and the points
// perhaps joined by a hyphen: « N. », « S.-E. », « N.-O. », « N.N.E. », as
// dictionaries of the communes and tourism pages write them. It returns
// the compass letters and the token after the last point.
func (r *reader) frenchDottedCompassAt(j, b int) (string, int, bool) {
	letters := ""
	k := j
	for k+1 < b && len(letters) < 3 {
		u, dot := &r.toks[k], &r.toks[k+1]
		if u.kind != tokWord || len(u.lower) != 1 || !u.upper || dot.lower != "." || dot.start != u.end {
			break
		}
		l, ok := frenchCompassInitial(u.lower[0])
		if !ok {
			break
		}
		letters += string(l)
		k += 2
		if k+1 < b && r.toks[k].lower == "-" && r.toks[k].start == r.toks[k-1].end && r.toks[k+1].start == r.toks[k].end {
			k++ // « S.-E. »
		}
	}
	if letters == "" || r.toks[k-1].lower != "." {
		return "", j, false
	}
	if _, _, ok := compassAzimuth(letters); !ok {
		return "", j, false
	}
	return letters, k, true
}

// frenchOfObject reads "de X" at token k, the preposition then the object
// (frenchOfAt, frenchObject), and returns what frenchObject does.
func (r *reader) frenchOfObject(k, b int) (int, *BorderRef, int, bool) {
	o, ok := r.frenchOfAt(k, b)
	if !ok {
		return -1, nil, k, false
	}
	return r.frenchObject(o, b)
}

// frenchOfAt reads the preposition before an object at token k: "de",
// "du", "des", or "d'" glued to the name ("d'Agadez"), the of-words of
// lexicon/fr/distance.tsv. It returns the token where the object starts.
func (r *reader) frenchOfAt(k, b int) (int, bool) {
	return r.ofAt(langs().fr, k, b)
}

// frenchObject reads the reference place of a French relation at token j,
// after "de", "du" or "des": a border ("la frontière ivoirienne") or a name
// behind articles and descriptors ("Pama", "la ville de Gorgadji", "centre
// de Kaya", "chef-lieu régional Bougouni", "l'Algérie", "la capitale,
// Niamey"). It returns the mention (-1 for a border), the border and the
// token after the object. "la capitale du Niger" names no readable place;
// "le chef-lieu de la commune de X" is taken for X, which in the Sahel's
// communes and departments bears its chef-lieu's name.
func (r *reader) frenchObject(j, b int) (int, *BorderRef, int, bool) {
	if br, e, ok := r.frenchBorderAt(j, b); ok {
		return -1, br, e, true
	}
	if br, e, ok := r.frenchCoastAt(j, b); ok {
		return -1, br, e, true // "à 5 km de la côte" (coast.go)
	}
	if m, e, ok := r.bareSeatAt(j, b); ok {
		return m, nil, e, true
	}
	if m, e, ok := r.formerOrLatterAt(j, b); ok {
		return m, nil, e, true // « entre A et B, à 30 km de la première »
	}
	if m, e, ok := r.bareCentreAt(j, b); ok {
		return m, nil, e, true
	}
	capOf := false
	for k, n := j, 0; n < 10 && k < b; n, k = n+1, k+1 {
		if m := r.mentionAt(k, b); m >= 0 {
			e := r.mtok[m][1]
			if r.is(e, b, ",") && (capOf || r.word(e-1, b) == "capitale") {
				if m2 := r.mentionAt(e+1, b); m2 >= 0 {
					return m2, nil, r.mtok[m2][1], true // "la capitale du Niger, Niamey"
				}
			}
			if capOf {
				return -1, nil, j, false
			}
			return m, nil, e, true
		}
		t := &r.toks[k]
		if t.kind != tokWord {
			if t.lower == "," && k > j && (r.word(k-1, b) == "capitale" || isFrenchDemonym(r.word(k-1, b)) ||
				frenchFeature(r.word(k-1, b)) != "" || isFrenchAdjective(r.word(k-1, b))) && !r.partAfter(k+1, b) {
				continue // "la capitale burkinabè, Ouagadougou", "du chef-lieu communal, Tougan"
			}
			return -1, nil, j, false
		}
		w, art := elidedRest(t.lower)
		switch {
		case art == 'd':
			return -1, nil, j, false
		case w == "de" || w == "du" || w == "des":
			if k == j {
				return -1, nil, j, false
			}
			if r.word(k-1, b) == "capitale" {
				capOf = true
			}
		case art == 0 && (w == "le" || w == "la" || w == "les" || w == "ce" || w == "cette" || w == "cet"):
		case w == "centre" || w == "cœur" || w == "coeur" || w == "centre-ville":
		case frenchFeature(w) != "" || isFrenchAdjective(w):
		case langs().fr.has(setBuildings, w) && r.townOfAt(k+1, b):
			// « à 6 km à l'ouest de l'école de Bangrin »: the building
			// named by its town stands where the town is; its own name
			// (« l'église Saint-Martin ») is no place.
			if v := r.lowerWord(k+1, b); v != "de" && v != "du" && adjectiveLike(v) {
				k++ // « de l'école primaire de Titao »
			}
		case isFrenchDemonym(w) || (t.cap && isDemonym(w)):
		case r.kindComplementAt(k, b):
			// « jusqu'au village de pêcheurs d'Anjabetrongo », « du camp
			// de réfugiés de X »: the kind's complement, then its name.
		default:
			return -1, nil, j, false
		}
	}
	return -1, nil, j, false
}

// kindComplementAt reports whether the word at token k completes a kind
// of place after « de » (« village de pêcheurs », « camp de réfugiés »;
// frenchQualifier) and « de », « du » or an elided « d' » follows it,
// before the place's name.
func (r *reader) kindComplementAt(k, b int) bool {
	if !r.is(k-1, b, "de") || frenchFeature(r.word(k-2, b)) == "" || !r.frenchQualifier(k, b) {
		return false
	}
	if w := r.word(k+1, b); w == "de" || w == "du" {
		return true
	}
	_, art := elidedRest(r.word(k+1, b))
	return art == 'd'
}

// bareSeatAt reads "le chef-lieu", "le chef-lieu de la commune" or "du
// département" with no name after it, at token j, as the administrative
// area the text last named ("un village de la commune de Kouka ... à 12 km
// du chef-lieu" is 12 km from Kouka): a commune's or department's seat
// bears its name. It returns that mention and the token after the phrase.
func (r *reader) bareSeatAt(j, b int) (int, int, bool) {
	k := j
	if w := r.word(k, b); w == "le" || w == "l'" {
		k++
	}
	if r.word(k, b) != "chef-lieu" {
		return -1, j, false
	}
	k++
	kind := ""
	if w := r.word(k, b); w == "de" || w == "du" {
		e := k + 1
		if r.is(e, b, "la") {
			e++
		}
		if f := frenchFeature(r.word(e, b)); isAdminFeature(f) && !r.is(e+1, b, "de") && !r.is(e+1, b, "du") && r.mentionAt(e+1, b) < 0 {
			k, kind = e+1, f
		} else {
			return -1, j, false
		}
	}
	if !r.clauseEndAt(langs().fr, k, b) || r.is(k, b, ",") && r.mentionAt(k+1, b) >= 0 {
		return -1, j, false // "le chef-lieu, Kouka" is read as an apposition
	}
	// « un village de la daïra d'Aïn Oussera, dans la wilaya de Djelfa …
	// à 20 km du chef-lieu de la daïra »: the seat of the division of the
	// kind the words name, Aïn Oussera, not of the last division named
	// (a "rural commune" is a commune); with no division of that kind, or
	// no kind, the last one.
	last := -1
	for n, t := 0, j-1; t >= 0 && n < 4*maxLook; n, t = n+1, t-1 {
		if m := r.at[t]; m >= 0 && r.mtok[m][1]-1 == t && isAdminFeature(r.feature(int(m))) {
			if f := r.feature(int(m)); kind == "" || f == kind || strings.HasSuffix(f, " "+kind) {
				return int(m), k, true
			}
			if last < 0 {
				last = int(m)
			}
		}
	}
	if last >= 0 {
		return last, k, true
	}
	return -1, j, false
}

// bareCentreAt reads "centre-ville", "le centre-ville" or "le centre de
// la ville" with no name after it, at token j, as the town the text last
// made the subject a part of ("un quartier de Yaoundé, à 6 km à l'ouest
// du centre-ville" is 6 km from Yaoundé). It returns that mention and the
// token after the phrase.
func (r *reader) bareCentreAt(j, b int) (int, int, bool) {
	k := j
	if w := r.word(k, b); w == "le" || w == "l'" || w == "l’" {
		k++
	}
	switch {
	case r.is(k, b, "centre-ville"):
		k++
	case r.seq(k, b, "centre", "de", "la", "ville"):
		k += 4
	default:
		return -1, j, false
	}
	if !r.clauseEndAt(langs().fr, k, b) {
		return -1, j, false
	}
	for n, t := 0, j-1; t >= 0 && n < 4*maxLook; n, t = n+1, t-1 {
		m := r.at[t]
		if m < 0 || r.mtok[m][1]-1 != t {
			continue
		}
		p := r.mtok[m][0]
		// The part may be stated a sentence before ("X est un quartier de
		// Y. Il est à 6 km du centre-ville."): the search is not bounded
		// by the sentence.
		if k2, ok := r.frenchOfBefore(p, &sentence{a: 0, b: b}); ok && isTownPart(r.word(k2, b)) {
			return int(m), k, true
		}
	}
	return -1, j, false
}

// frenchBorderAt reads a French border phrase at token j: "la frontière",
// "la frontière ivoirienne", "la frontière avec le Mali", "la frontière
// entre le Mali et le Niger", "la frontière du Niger", "la frontière
// d'Algérie". Countries are kept as written, adjectives included
// ("ivoirienne"). It returns the border and the token after the phrase.
func (r *reader) frenchBorderAt(j, b int) (*BorderRef, int, bool) {
	k := j
	if w := r.word(k, b); w == "la" || w == "les" {
		k++
	}
	if !isFrenchBorderWord(r.word(k, b)) || r.toks[k].cap {
		return nil, j, false
	}
	k++
	var countries []string
	if k < b && r.toks[k].kind == tokWord && r.at[k] < 0 {
		if t := &r.toks[k]; isFrenchDemonym(t.lower) || (t.cap && isDemonym(t.lower)) {
			countries = append(countries, r.text[t.start:t.end])
			k++
		}
	}
	switch w := r.word(k, b); {
	case w == "avec" || w == "entre" || w == "du" || w == "de" || w == "des":
		k = r.frenchCountriesAt(k+1, b, k, &countries)
	case w != "":
		if _, art := elidedRest(w); art == 'd' {
			k = r.frenchCountriesAt(k, b, k, &countries) // "d'Algérie"
		}
	}
	return &BorderRef{Countries: countries, Span: r.span(j, k)}, k, true
}

// frenchCountriesAt reads up to four names at k, each perhaps after an
// article ("le Mali et le Niger", "l'Algérie"), joined by "et", commas or
// dashes, appends them to out as written and returns the token after them,
// or none when no name is read.
func (r *reader) frenchCountriesAt(k, b, none int, out *[]string) int {
	end := none
	for n := 0; n < 4 && k < b; n++ {
		if w := r.word(k, b); w == "le" || w == "la" || w == "les" {
			k++
		}
		m := r.mentionAt(k, b)
		if m < 0 {
			break
		}
		*out = append(*out, r.mentions[m].Name)
		k = r.mtok[m][1]
		end = k
		if !r.is(k, b, "et") && !r.is(k, b, ",") && !(k < b && isDash(r.toks[k].lower)) {
			break
		}
		k++
	}
	return end
}

// frenchGate reports whether a French phrase without a distance at token i
// places the subject: after a verb that locates ("est situé", "se trouve
// juste"), or coordinated with a previous phrase of the sentence (", et au
// nord de X"). "Très excentré au sud-est du département" and "à km au sud
// de X" (the number missing) state no relation.
func (r *reader) frenchGate(i int, s *sentence, last *lastPhrase) bool {
	k := i - 1
	for n := 0; n < 3 && k >= s.a && isFrenchFiller(r.word(k, s.b)); n++ {
		k--
	}
	if k < s.a {
		return false
	}
	w := r.word(k, s.b)
	if isFrenchLocative(w) || r.eventVerbEndsAt(k, s) && r.eventAgain() {
		return true
	}
	if r.is(k, s.b, ",") {
		// "ont attaqué Boulkessi, à la frontière malienne": an
		// apposition to the place before the comma.
		if m := r.mentionEndingAt(k-1, s.a); m >= 0 && r.evidence(m) > EvidenceUnlikely {
			return true
		}
	}
	return last != nil && last.subject >= 0 && (w == "et" || w == "ou" || r.is(k, s.b, ","))
}

// frenchInAt reads containment at token i: "dans la région de Y", "dans le
// département de Y", "dans la province du Z", "dans la région voisine du
// Sahel", "dans le nord du Mali" (Direction names the part), "au Mali",
// "en Algérie", and « à Y » after a place named by its kind and a comma
// (namedSpotBeforeComma). Only when frenchGate allows it or after a kind
// of place ("un village dans la province de Y").
func (r *reader) frenchInAt(i int, s *sentence, last *lastPhrase) (found, bool) {
	b := s.b
	if f, ok := r.frenchTownPartAt(i, s); ok {
		return f, true
	}
	if r.toks[i].lower == "à" && !r.namedSpotBeforeComma(i, s) {
		return found{}, false
	}
	if !r.frenchGate(i, s, last) && (i-1 < s.a || frenchFeature(r.word(i-1, b)) == "") {
		return found{}, false
	}
	k := i + 1
	f := newFound(KindIn, i)
	f.french = true
	switch r.toks[i].lower {
	case "sur":
		// « au lieu-dit X, sur la commune de Y », « sur le territoire de
		// la commune de Y »: only a commune's land holds what is on it;
		// « sur la route de Y » and « sur la rive » are read elsewhere.
		if !r.frenchCommuneLand(k, b) {
			return found{}, false
		}
		m, _, e, ok := r.frenchObject(k, b)
		if !ok || m < 0 {
			return found{}, false
		}
		f.rel.Object, f.end = m, e
	case "dans":
		j := k
		if w := r.word(j, b); w == "le" || w == "la" || w == "les" {
			j++
		}
		d, e, ok := r.frenchCompassAt(j, b)
		if !ok {
			d, e, ok = r.frenchElidedCompassAt(j, b) // "dans l'est du Mali"
		}
		if ok {
			if o, ofOK := r.frenchOfAt(e, b); ofOK {
				setDirection(&f.rel, d)
				k = o
			}
		}
		m, _, e, ok := r.frenchObject(k, b)
		if !ok || m < 0 || r.writtenWork(r.mtok[m][0], r.mtok[m][1], s) {
			return found{}, false // « cité dans le Polyptyque d'Irminon »: a written work holds no place
		}
		f.rel.Object, f.end = m, e
	default: // "au", "aux", "en": the name follows
		m := r.mentionAt(k, b)
		if m < 0 || r.evidence(m) <= EvidenceUnlikely && kilometrePosts[r.toks[k].lower] {
			return found{}, false // « X, au PK 42 de la RN 7 »: a point of the road
		}
		if r.frenchAuListItem(i, m, s) {
			return found{}, false // « ressenti à Saint-Pierre, au Tampon et à Saint-Joseph »
		}
		f.rel.Object, f.end = m, r.mtok[m][1]
	}
	return f, true
}

// frenchTownPartAt reads « à » at token i after a comma and a part of a
// town (« dans le quartier de Bellevue, à Nantes », « la colonia
// Guerrero, à Mexico », « le barrio La Vega, à Caracas »): the part lies
// by the town (KindNear), as « un quartier de X » does, whatever place
// elsewhere bears its name.
func (r *reader) frenchTownPartAt(i int, s *sentence) (found, bool) {
	if r.toks[i].lower != "à" || !r.is(i-1, s.b, ",") {
		return found{}, false
	}
	p, m := r.mentionEndingAt(i-2, s.a), r.mentionAt(i+1, s.b)
	if p < 0 || m < 0 || r.isDivision(m) || !r.frenchTownPartBefore(p, s) {
		return found{}, false
	}
	f := newFound(KindNear, i)
	f.french = true
	f.subject, f.phraseStart = p, r.mtok[p][0]
	f.rel.Object, f.end = m, r.mtok[m][1]
	return f, true
}

// frenchTownPartBefore reports whether a lowercase noun of a part of a
// town (townparts.tsv) introduces mention m, bare or with « de »: « le
// quartier de Bellevue », « la colonia Guerrero », « le barrio La Vega ».
func (r *reader) frenchTownPartBefore(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	if r.is(k, s.b, "de") {
		k--
	}
	return k >= s.a && !r.toks[k].cap && isTownPart(r.lowerWord(k, s.b))
}

// frenchCommuneLand reports whether the words at token k, after « sur »,
// are an article and the noun of a commune, a municipality or a
// territory (« la commune de Y », « le territoire de la commune de Y »).
func (r *reader) frenchCommuneLand(k, b int) bool {
	if w := r.word(k, b); w != "la" && w != "le" {
		return false
	}
	w := r.lowerWord(k+1, b)
	switch frenchFeature(w) {
	case "commune", "municipality":
		return true
	}
	return w == "territoire"
}

// frenchAuListItem reports whether « au » or « aux » at token i, before
// the name m, opens an item of a list of towns each after its preposition
// (« ressenti à Saint-Pierre, au Tampon et à Saint-Joseph »): a comma and
// a name after « à » stand before it, and « et » or « ou » and « à »,
// « au » or « aux », or a comma and « à », after the name (« à Gao, au
// Mali, et à Niamey » keeps Gao in Mali). Such a town
// with its article is one more item, not the container of the town before
// it (« à Gao, au Mali » stays Gao in Mali).
func (r *reader) frenchAuListItem(i, m int, s *sentence) bool {
	if r.toks[i].lower != "au" && r.toks[i].lower != "aux" || !r.is(i-1, s.b, ",") {
		return false
	}
	p := r.mentionEndingAt(i-2, s.a)
	if p < 0 || !r.is(r.mtok[p][0]-1, s.b, "à") {
		return false
	}
	e := r.mtok[m][1]
	switch r.word(e, s.b) {
	case "et", "ou":
		w := r.word(e+1, s.b)
		return w == "à" || w == "au" || w == "aux"
	case ",":
		return r.is(e+1, s.b, "à")
	}
	return false
}

// namedSpotBeforeComma reports whether « à » at token i follows a comma
// after a place the text names by its kind (« au poste de Pont
// Saint-Louis, à Menton », « à la gare de Perrache, à Lyon »): the town
// after « à » holds that place (a part of the town, « au quartier de
// Bellevue, à Nantes », lies by it: frenchTownPartAt). After a
// bare town « X, à Y » says nothing of containment.
func (r *reader) namedSpotBeforeComma(i int, s *sentence) bool {
	if !r.is(i-1, s.b, ",") || r.mentionAt(i+1, s.b) < 0 {
		return false
	}
	m := r.mentionEndingAt(i-2, s.a)
	if m < 0 || r.evidence(m) <= EvidenceUnlikely {
		return false
	}
	return r.mentions[m].Evidence == EvidenceDescriptor || r.frenchDescribed(m, s)
}

// frenchDefiniteBefore reports whether the noun at token i follows a
// French definite article, alone or contracted with a preposition (« le
// hameau », « du hameau », « au village », « l'ancien »).
func (r *reader) frenchDefiniteBefore(i, b int) bool {
	switch r.word(i-1, b) {
	case "le", "la", "du", "au":
		return true
	}
	_, art := elidedRest(r.word(i, b))
	return art == 'l'
}

// isBorderingAdjective reports whether w, a French adjective, says that a
// place borders what follows « de » rather than lies in it: frontalier,
// limitrophe (« localité frontalière du Nigeria », « une commune
// limitrophe de Kaolack »).
func isBorderingAdjective(w string) bool {
	switch w {
	case "frontalier", "frontalière", "frontaliers", "frontalières", "limitrophe", "limitrophes":
		return true
	}
	return false
}

// frenchPartOfAt reads containment stated by a kind of place at token i:
// "un village du département de Y", "une commune rurale de la province du
// Z", "une ville du Mali", "un quartier d'Oulan-Bator", "le chef-lieu de la
// province de la Kompienga" (Seat). After a bare "de" and a definite
// article only an administrative division holds the subject: "la localité
// de X" and "le village d'Agadez" name X.
func (r *reader) frenchPartOfAt(i int, s *sentence) (found, bool) {
	b := s.b
	head := r.toks[i].lower
	seat := head == "chef-lieu" || head == "capitale"
	// "un quartier de X", "une banlieue de Dakar": after an indefinite
	// article a bare "de" holds the subject too.
	indef := r.word(i-1, b) == "un" || r.word(i-1, b) == "une"
	k := i + 1
	for n := 0; n < 2 && isFrenchAdjective(r.word(k, b)); n++ {
		if isBorderingAdjective(r.word(k, b)) {
			// « Dan Issa, localité frontalière du Nigeria »: a place on
			// the border of a country lies beside it, mostly outside.
			return found{}, false
		}
		k++
	}
	o, ok := r.frenchOfAt(k, b)
	if !ok {
		return found{}, false
	}
	w := r.word(k, b)
	_, art := elidedRest(r.word(k+1, b))
	if w == "des" && k == i+1 && isSettlementKind(frenchFeature(head)) && r.frenchDefiniteBefore(i, b) && r.mentionAt(k+1, b) >= 0 {
		// « dans une grange du hameau des Granges-Basses », « le village
		// des Mées »: « des » is « de Les », the article of a plural
		// name, which the settlement's kind names; « un village des
		// Philippines » is one of a country.
		return found{}, false
	}
	contracted := w == "du" || w == "des" || (w == "de" && (r.is(k+1, b, "la") || art == 'l'))
	j := o
	if w := r.word(j, b); w == "le" || w == "la" || w == "les" {
		j++
	}
	obj := -1
	if noun, _ := elidedRest(r.word(j, b)); isAdminFeature(frenchFeature(noun)) && r.mentionAt(j, b) < 0 {
		j++
		for n := 0; n < 2 && isFrenchAdjective(r.word(j, b)); n++ {
			j++
		}
		o2, ok := r.frenchOfAt(j, b)
		if !ok {
			return found{}, false
		}
		j = o2
		if w := r.word(j, b); w == "le" || w == "la" || w == "les" {
			j++
		}
		obj = r.mentionAt(j, b)
	} else if seat || contracted || indef {
		obj = r.mentionAt(j, b)
	}
	if obj < 0 {
		return found{}, false
	}
	e := r.mtok[obj][1]
	if seat && r.is(e, b, ",") && r.mentionAt(e+1, b) >= 0 {
		return found{}, false // "la capitale du Niger, Niamey" names Niamey
	}
	f := newFound(KindIn, i)
	if isTownPart(head) {
		f.rel.Kind = KindNear // "une banlieue de Dakar" lies by the city
	}
	f.french = true
	f.rel.Object, f.rel.Seat, f.end = obj, seat, e
	return f, true
}

// frenchSubject finds the subject of the French phrase that starts at token
// ps by walking back over the words that link it to a name: "Ralinsa est
// situé à", "Mertin se situe à", "Tindangou, qui est à", "Bellogo, un
// village situé à". A phrase after "et" or a comma shares the subject of
// the sentence's previous phrase ("..., et à 5 km de X"); "il", "elle" and
// "le village" stand for the current topic. Anything else sends the search
// to the sentence's subject.
func (r *reader) frenchSubject(ps int, s *sentence, last *lastPhrase) (int, Span, bool) {
	a, b := s.a, s.b
	if k0, ok := r.timeMeasureBefore(langs().fr, ps, s); ok {
		ps = k0 + 1 // "X, à une journée de marche — quelque 30 km — au nord de Y": as if "X, quelque 30 km"
	}
	if r.is(ps-1, s.b, ",") || r.is(ps-1, s.b, "et") {
		if j, ok := r.elevationEndingAt(ps-2, a, b); ok && r.is(j, b, ",") {
			ps = j + 1 // « le col de X, à 2 400 m d'altitude et à 15 km au sud de Y »: as if « X, à 15 km »
		} else if ok && r.is(ps-1, b, ",") {
			if c, ok := r.heightRelativeStart(j, s); ok {
				ps = c + 1 // « le mont X, qui culmine à 1 350 m, à 15 km au nord de Y »: as if « X, à 15 km »
			}
		}
	}
	if c := r.frenchClauseAsideStart(ps-1, s); c > a {
		ps = c + 1 // « au village de X, fondé en 1920 par des éleveurs, à 30 km de Y »: as if « X, à 30 km »
	}
	if c := r.placingRelativeStart(ps-1, s); c > a {
		ps = c + 1 // « au Saut X, que les cartes placent à 35 km de Y »: as if « X, à 35 km »
	}
	if m, ok := r.heightBracketSubject(ps, s); ok {
		return m, Span{}, true // « Elle franchit le col de X (2 480 m), à 6 km plus au sud »
	}
	if c, ok := r.frenchRoadNumberApposition(ps, s); ok {
		ps = c + 1 // « au lieu-dit X, sur la RN 88, à 10 km de Y » is about X
	} else if c, ok := r.frenchCommuneApposition(ps, s); ok {
		ps = c + 1 // « X, sur la commune de Y, à 4 km de Z » is about X
	} else if j := r.roadToAsideStart(ps-2, s); j > a && r.is(ps-1, b, ",") {
		ps = j + 1 // « un pont sur la route de Jacmel, à 15 km de Y » is about the bridge
	}
	if m, ok := r.frenchDivisionChainHead(ps, s); ok {
		return m, Span{}, true // « le douar X, commune rurale d'Asni, province d'Al Haouz, à 45 km »
	}
	if m, ok := r.longAppositionName(ps, s); ok {
		return m, Span{}, true // « X, un hameau de cases en bois posé au bord de la rivière, à 14 km de Y »
	}
	if m, ok := r.ordinalApposition(ps, s); ok {
		return m, Span{}, true // « Le premier, Ankilibe-Sud, se trouve à 20 km au nord de Y »
	}
	if m, ok := r.ordinalBefore(ps, s); ok {
		return m, Span{}, true // « Kagonda et Rubembe … Le premier se trouve à 14 km de Y »
	}
	k := ps - 1
	if frenchFeature(r.word(ps, b)) != "" {
		// "Pô, chef-lieu de la province du Nahouri": an apposition is
		// about the name before it.
		j := k
		if isFrenchArticle(r.word(j, b)) {
			j--
		}
		if r.is(j, b, ",") {
			if m := r.mentionEndingAt(j-1, a); m >= 0 && r.evidence(m) > EvidenceUnlikely &&
				!r.frenchKindOf(m, s) {
				return m, Span{}, true
			}
		}
	} else if last != nil && last.subject >= 0 {
		j := k
		if w := r.word(j, b); w == "et" || w == "ou" || w == "mais" || w == "ainsi" {
			j--
		}
		if j == k && r.is(j, b, ",") {
			// "et vers Minova, sur la rive du lac Kivu, à 45 km de Goma":
			// a name outside the previous phrase that is no object is what
			// its apposition is about.
			if m := r.mentionEndingAt(j-1, a); m >= 0 && r.frenchAppositionHead(m, s, last) {
				return m, Span{}, true
			}
			if m := r.mentionEndingAt(j-1, a); m >= 0 && m != last.subject && r.evidence(m) > EvidenceUnlikely && r.frenchNewClause(last.end, r.mtok[m][0], s) {
				// « À Mongo, à 400 km de N'Djamena, des quartiers sont
				// inondés, tandis que le village de Bitkine, à 50 km à
				// l'ouest de Mongo, est coupé » : after a new clause, the
				// apposition is about the name before it, not the
				// previous phrase's subject.
				return m, Span{}, true
			}
		}
		if (j < k || r.is(j, b, ",")) && !(last.kind == KindNear && r.feature(last.subject) == "river") {
			return r.inherit(last)
		}
		// « sur la rivière X, à la hauteur du rang Y, à 10 km au nord de
		// Z »: the river is no point a distance places; the walk finds Y.
		if k >= last.start && k < last.end && last.end == ps {
			// "située dans l'Anti-Atlas à environ 100 km de X": the
			// phrases follow each other and share their subject.
			return r.inherit(last)
		}
	}
	if r.is(k, b, "(") && k > a {
		// "le poste de Kompienbiga (à 30 km au sud de Diapaga)": a
		// distance in brackets places the name right before them.
		if m := r.mentionEndingAt(k-1, a); m >= 0 && r.evidence(m) > EvidenceUnlikely && !r.frenchContainerName(m, s) {
			return m, Span{}, true
		}
	}
	sawComma, sawVerb := false, false
	nearObj := -1  // "près de X, à 15 km de Y" with no subject of the sentence
	colonObj := -1 // an object set off by a comma before the phrase, perhaps after a colon
	appPs := ps    // where the apposition the walk is in starts: past a river set off by commas, the comma before it
walk:
	for steps := 0; k >= a && steps < maxLook; steps++ {
		if m := r.mentionEndingAt(k, a); m >= 0 {
			if r.evidence(m) == EvidenceUnlikely {
				break
			}
			if sawComma && !sawVerb && r.frenchPassiveAgent(m, s) {
				// « Le fort X fut bâti en 1665 par le régiment de Y, à
				// trois lieues au sud de Z »: who built the place is no
				// place; the phrase is about the passive's subject, the
				// name that opens the sentence.
				for j := s.a; j < r.mtok[m][0]; j++ {
					if o := r.mentionAt(j, b); o >= 0 {
						if r.evidence(o) > EvidenceUnlikely {
							return o, Span{}, true
						}
						break
					}
					if r.toks[j].kind != tokWord || r.toks[j].cap && j != s.first {
						break
					}
				}
				return -1, Span{}, false
			}
			if sawComma && !sawVerb && r.betweenEnd(m, s) {
				// « a déraillé entre les gares de X et de Y, près du
				// village de Z »: the phrase places the event, not Y.
				return r.frenchSentSubject(s)
			}
			if p := r.mtok[m][0]; !sawComma && !sawVerb && k == ps-1 && p-2 > a && r.is(p-2, b, "sur") &&
				(r.is(p-1, b, "la") || r.is(p-1, b, "le")) && r.mentionEndingAt(p-3, a) < 0 {
				// « Le barrage de X sera construit sur la Lom à 45 km de
				// Y »: the river the work stands on is no point the
				// distance places; the walk goes on to what stands there.
				k = p - 3
				continue
			}
			if !sawComma && !sawVerb && k == ps-1 && r.frenchAreaObject(m, s) {
				k = r.mtok[m][0] - 1 // "située dans la plaine du Séno à 32 km de X"
				continue
			}
			if sawComma && sawVerb && r.frenchSubjectContainer(m, s, 0) {
				// "X est un village du département de Pô, situé à 15 km
				// de Y": Pô is X's container; the participle is X's. «
				// … a enseveli X, un village du Haut-Badakhchan, au
				// Tadjikistan, situé à 60 km de Y »: the participle is
				// the apposition's that opens the chain, about X; but «
				// X est une ville du Liban, chef-lieu du caza du
				// Kesrouan, située » is about X, not Liban.
				if h, ok := r.frenchKindAppositionHead(r.frenchChainStart(m, s), s); ok && !r.frenchSubjectContainer(h, s, 0) {
					return h, Span{}, true
				}
				break
			}
			if sawComma && !sawVerb && r.frenchKindAppositionTo(m, ps, s) {
				// "le maire de X, une commune à 80 km de Gao": the
				// apposition of kind is X's, though X is an object.
				return m, Span{}, true
			}
			if sawVerb && !sawComma {
				// "le contrôle de X, une île du lac Tchad située à 25
				// km de Bol": the participle is the apposition's, about X.
				if h, ok := r.frenchKindAppositionHead(m, s); ok {
					return h, Span{}, true
				}
			}
			if p := r.frenchParticipleChain(m, s); sawComma && !sawVerb && p > a {
				// « X est un village situé à Madagascar, dans la région
				// Y, à 35 km de Z »: the area after the participle, and
				// the chain of areas after it, are where X lies; the
				// distance is X's.
				k, sawComma, sawVerb = p-1, false, true
				continue
			}
			if sawComma && !sawVerb {
				if c, ok := r.frenchRoadApposition(m, s); ok {
					k = c - 1 // "X, sur la route de Y, à 30 km de Z" is about X
					continue
				}
				if r.frenchSceneWater(m, s) {
					// « Une embarcation a chaviré jeudi sur le lac Kivu, à
					// 12 km au nord de X »: the distance places the scene
					// of the mishap on the water, not the lake or river.
					return r.frenchSentSubject(s)
				}
				if c, ok := r.frenchRiverApposition(m, s); ok {
					k, appPs = c-1, c+1 // « le fort de X, sur le fleuve Sénégal, à 15 km de Y » is about X
					continue
				}
				if w := r.waterAsideStart(r.mtok[m][1]-1, s); w > s.a && r.namelessKindBefore(w, s) && !r.nameBefore(w, s) {
					// « Un seuil d'irrigation sur la rivière Artibonite, à
					// 10 km à l'est de Y »: the work before the water is
					// what the distance places, and has no name.
					return -1, Span{}, false
				}
			}
			if !sawComma && r.frenchKindOpens(m, s) {
				// « Le lac du Bourget est à 12 km de X », « Le refuge du
				// Goûter est à 4 heures de marche de Y »: the sentence
				// opens with the place named by its kind.
				return m, Span{}, true
			}
			if sawComma != sawVerb && r.frenchObjectOf(m, s) {
				// "... des ruines de Koyo, à 10 km de X" and "un village du
				// Burkina Faso situé dans": the name is an object; "la ville
				// de Gorgadji, située dans" is an apposition to it.
				if sawComma && (r.frenchNearObject(m, s) || r.frenchAtDescribed(m, s) || r.frenchNewsObject(m, appPs, s)) {
					nearObj = m
				}
				if sawComma && !sawVerb {
					colonObj = m
				}
				break
			}
			return m, Span{}, true
		}
		t := &r.toks[k]
		switch t.kind {
		case tokPunct:
			switch t.lower {
			case ",":
				if k2 := r.skipSizeAsideBack(k, a, b); k2 != k {
					// « le parc éolien de X, composé de six
					// aérogénérateurs, situé à 8 km de Y », « X, d'une
					// superficie de 20 ha, situé à »: the aside of size
					// or extent is stepped over, its commas read as one.
					k, sawComma = k2, true
					continue
				}
				if m := r.mentionEndingAt(k-1, a); m >= 0 && !sawComma && r.frenchAppositiveName(m, s) {
					// « Un second puits, Touil Nord, se trouve à 6 km
					// au nord de X »: the name set off after the
					// sentence's opening kind is its subject.
					return m, Span{}, true
				}
				if m := r.mentionEndingAt(k-1, a); m >= 0 && !sawComma && r.namingApposition(m, s) {
					// « Le second gîte, une kasbah restaurée appelée X, se
					// trouve à 18 km de Y »: the name the apposition
					// gives its kind is the subject.
					return m, Span{}, true
				}
				if m, ok := r.namedAsideBefore(k, s); ok && !sawComma {
					// « Un nouveau site, baptisé X par les autorités
					// locales, a été aménagé à 20 km de Y »: the name
					// given in the aside, past who gives it.
					return m, Span{}, true
				}
				if isFrenchFiniteVerb(r.word(k+1, b)) {
					break walk // "Niéna, une commune du cercle de X, est située à"
				}
				sawComma = true
			case ")", "]":
				k2 := r.skipParenBack(k, a)
				if k2 == k {
					break walk
				}
				k = k2
				continue
			case "»", "\"", "”":
				// « au lieu-dit « X », à 4 km de Y »: the quotes close
				// the name.
			default:
				break walk
			}
		case tokWord:
			w, art := elidedRest(t.lower)
			switch {
			case !sawComma && !sawVerb && r.groundAsideStart(langs().fr, k, s) >= 0:
				// « le campement de X, posé au milieu des dunes à 70 km
				// », « le hameau de X, perché sur un éperon rocheux à une
				// douzaine de kilomètres »: the ground after the
				// participle is where X stands; the walk goes on before
				// the participle.
				k = r.groundAsideStart(langs().fr, k, s)
				sawVerb = true
			case art == 0 && isFrenchPronoun(w):
				if m, ok := r.pluralSubject(k, b); ok && (w == "ils" || w == "elles") {
					return m, Span{}, true // « Sama et Koro ont brûlé ; ils se trouvent … »
				}
				return r.frenchClauseAnaphor(k, k+1, s)
			case art == 0 && (w == "dernier" || w == "dernière") && (r.is(k-1, b, "ce") || r.is(k-1, b, "cette")):
				// « … trois jours au campement de X. Ce dernier se trouve à
				// 85 km de Y »: the latter, the last place named.
				if m := r.latterSignedPlace(k - 1); m >= 0 {
					return m, r.span(k-1, k+1), true
				}
				break walk
			case isFrenchAnaphorNoun(w):
				if ana, ok := r.frenchAnaphorAt(k, art, s); ok {
					return r.frenchClauseAnaphor(ana, k+1, s)
				}
			case art == 'd' && (frenchFeature(r.lowerWord(k-1, b)) != "" || r.frenchIndefiniteHead(k-1, b)) && r.frenchElidedComplement(k, b):
				// « à Faraba-Kouta, un site d'orpaillage situé à 35 km »:
				// the kind's complement after the elided article.
			case art == 0 && r.frenchIndefiniteHead(k, b):
				// « le site de Tiguirma, une butte d'habitat ancien à 40
				// km »: the head of an indefinite apposition, whatever
				// its kind (frenchKindAppositionTo).
			case art != 0:
				break walk
			case art == 0 && w == "et" && sawVerb && !sawComma && r.coordinatedRelativeStart(k, s) >= 0:
				// « au camp de X, qui abrite 12 000 personnes et se trouve
				// à 25 km de Y »: the relative's first verb and its
				// object, before the verb of place it is joined to.
				k = r.coordinatedRelativeStart(k, s)
			case isFrenchLocative(w) || w == "qui":
				sawVerb = true
			case art == 0 && (w == "vous" || w == "nous") && sawVerb && isFrenchLocative(r.lowerWord(k+1, b)):
				// « La pension X vous accueille à 9 km de Y »: the verb's
				// object pronoun.
			case art == 0 && sawVerb && isFrenchReflexiveAuxiliary(w):
				// « Un nouveau site, X, s'est formé à 12 km au nord de Y
				// »: the reflexive's auxiliary belongs to its participle,
				// as « a été » does.
			case art == 0 && w == "été" && sawVerb && isFrenchAuxiliary(r.lowerWord(k-1, b)):
				// « Un nouveau site, X, a été ouvert à 14 km de Y »: the
				// passive's auxiliary belongs to its participle.
				k--
			case (w == "sur" || w == "dans") && isFrenchArticle(r.word(k+1, b)) && frenchFeature(r.lowerWord(k+2, b)) != "" && r.at[k+2] < 0 &&
				k+3 < b && r.at[k+3] < 0 && !r.is(k+3, b, "de") && !r.is(k+3, b, "du") && !r.is(k+3, b, "des"):
				// « La ferme X, isolée sur le plateau à 6 km de Y »: a
				// ground named by its kind alone, between the name and its
				// distance.
				sawVerb = true
			case anyHas(setSelves, w) && r.is(k-1, b, ","):
				// « X, à 12 km de Y, elle-même à 40 km au nord de Z »:
				// the chained phrase places Y, as « qui se trouve » would.
				sawVerb = true
			case isFrenchFiller(w), isFrenchArticle(w), frenchFeature(w) != "", isFrenchAdjective(w), isCoastAdjective(w):
				// « Joal, petite ville côtière située à »: the coast
				// adjective is one of the apposition's.
			case (frenchFeature(r.lowerWord(k-1, b)) != "" || r.frenchIndefiniteHead(k-1, b)) && r.frenchQualifier(k, b):
				// « à Yadé-Kpélou, village kabyè à 18 km », « X, une pente
				// rocheuse située à 12 km »: a word the tables lack that
				// qualifies the kind or the indefinite head before it.
			case art == 0 && !t.cap && r.at[k] < 0 && r.is(k-1, b, "de") && frenchFeature(r.lowerWord(k-2, b)) != "":
				// « à Lopa-Rho, un site de déplacés à 18 km »: the kind's
				// complement.
				k--
			case art == 0 && !t.cap && r.at[k] < 0 && r.is(k-1, b, "de") && r.frenchIndefiniteHead(k-2, b):
				// « à Mbuga, une succursale de collines située à 8 km », «
				// X, un groupe de hameaux à 6 km »: the complement of an
				// indefinite head that is no kind itself.
				k--
			case art == 0 && !t.cap && r.at[k] < 0 && r.is(k-2, b, "de") && frenchFeature(r.lowerWord(k-3, b)) != "" &&
				r.toks[k-1].kind == tokWord && !r.toks[k-1].cap && r.at[k-1] < 0:
				// « Antsakoa-Bas, un village de pêcheurs vezo à 25 km »: a
				// word that qualifies the kind's complement.
				k -= 2
			case art == 0 && !t.cap && r.at[k] < 0 && r.is(k-1, b, "en") && isFrenchLocative(r.lowerWord(k-2, b)):
				// « Un forage a été mis en service à 15 km de Y », «
				// ouvert en urgence à 5 km »: the manner after the
				// participle.
				k--
			case art == 0 && anyHas(setMonths, w) && (r.is(k-1, b, "en") || r.is(k-1, b, "depuis")):
				// « un site aurifère découvert en janvier à 80 km »: a
				// time between the participle and its distance.
				k--
			default:
				break walk
			}
		case tokNum:
			// « un site découvert en 2019 à 80 km », « ouvert en mars
			// 2024 à 5 km »: a year between the participle and its
			// distance.
			y, err := strconv.Atoi(t.lower)
			if err != nil || y < 1000 || y > 2100 {
				break walk
			}
			switch {
			case r.monthBeforeYear(k-1, b) && (r.is(k-2, b, "en") || r.is(k-2, b, "depuis")):
				k -= 2
			case r.is(k-1, b, "en") || r.is(k-1, b, "depuis"):
				k--
			default:
				break walk
			}
		default:
			break walk
		}
		k--
	}
	// "X est une ville ; le village de Y se trouve à ...": a clause after a
	// semicolon has a subject of its own.
	// So does one after « , et » with its article and its verb of place:
	// « La ville est la porte du Ténéré, et le puits d'Azzel se trouve à
	// 35 km au nord de la ville ».
	for j := ps - 1; j > a; j-- {
		if r.is(j, b, ";") {
			if m, ana, ok := r.frenchClauseSubject(j+1, s, false); ok {
				return m, ana, true
			}
			if m, ok := r.frenchIndefiniteApposition(j+1, s); ok {
				return m, Span{}, true
			}
			break
		}
		if r.is(j, b, "et") && r.is(j-1, b, ",") && isFrenchArticle(r.word(j+1, b)) {
			if m, ana, ok := r.frenchClauseSubject(j+1, s, true); ok {
				return m, ana, true
			}
			break
		}
	}
	if ps > s.first && ps == r.frenchContainerOpenerEnd(s) {
		// « Au Mali, à 90 km à l'est de Kayes, on trouve le hameau de
		// X »: the country that opens the sentence is the phrase's
		// setting, not its subject.
		if m, ok := r.frenchFrontedObject(ps, s); ok {
			return m, Span{}, true
		}
	}
	if m, _, ok := r.frenchSentSubject(s); colonObj >= 0 && (!ok || m < colonObj) && r.colonBetween(s.first, r.mtok[colonObj][0], s) &&
		(!ok || r.mtok[m][1] <= r.colonAfter(s.first, s)) {
		// « Le poulet de Bresse se porte bien : à la ferme de la
		// Grange-Neuve, à 9 km au sud de Louhans, … », « Campagne
		// agricole 2025-2026 : la retenue du barrage X, à 18 km de Y »:
		// the clause or label before the colon has its own subject, and
		// the apposition after it is about the place it sets off.
		return colonObj, Span{}, true
	}
	if m, ana, ok := r.frenchSentSubject(s); ok && nearObj >= 0 && ana.IsZero() && r.labelOpens(m, ps, s) {
		// « Kaga-Bandoro : 1 100 déplacés sont arrivés au site de X, à
		// 4 km au nord de Y »: the label that heads the update is its
		// setting, and the apposition is about the place it names.
		return nearObj, Span{}, true
	}
	if m, ana, ok := r.frenchSentSubject(s); ok && nearObj >= 0 && ana.IsZero() && r.frenchActor(m, s) {
		// « La Sûreté du Québec a démantelé une plantation dans un boisé
		// de X, à 20 km de Y »: the sentence's subject acts, and the
		// apposition is about the place it acted at.
		return nearObj, Span{}, true
	}
	if m, ana, ok := r.frenchSentSubject(s); ok || nearObj < 0 {
		if !ok {
			if m2, ok2 := r.frenchFrontedObject(ps, s); ok2 {
				return m2, Span{}, true
			}
		}
		return m, ana, ok
	}
	// "L'embuscade a eu lieu près de Tessit, à 150 km au sud-ouest de
	// Ménaka": no place is what the sentence is about, so the apposition
	// is about the place it is near.
	return nearObj, Span{}, true
}

// colonAfter returns the first colon of sentence s at or after token j,
// outside brackets (« Tijma (arabe : تجمة) est … » has none), or s.b when
// there is none.
func (r *reader) colonAfter(j int, s *sentence) int {
	for ; j < s.b; j++ {
		if r.is(j, s.b, "(") || r.is(j, s.b, "[") {
			if e := r.skipParen(j, s.b); e > j {
				j = e - 1
				continue
			}
		}
		if r.is(j, s.b, ":") {
			return j
		}
	}
	return s.b
}

// colonBetween reports whether a colon stands between tokens i and j of
// sentence s.
func (r *reader) colonBetween(i, j int, s *sentence) bool {
	return r.colonAfter(i, s) < j
}

// rubricOpens reports whether sentence s opens with a rubric: one
// capitalised word, not in capitals (a dateline is: "KAMLOOPS —"), and a
// dash before a capitalised word ("Espace — Des débris …"; an entry line
// goes on in lower case: « Ndiosmone-Est — à 12 km … »), or words in square brackets ("[TEXTE
// VOLONTAIREMENT CONTRADICTOIRE] Éruption …").
func (r *reader) rubricOpens(s *sentence) bool {
	k := s.first
	if k >= s.b {
		return false
	}
	if k > s.a && r.is(k-1, s.b, "[") {
		for j := k; j < s.b && j <= k+5; j++ {
			if r.is(j, s.b, "]") {
				return true
			}
		}
		return false
	}
	t := &r.toks[k]
	return t.kind == tokWord && t.cap && !t.upper && k+2 < s.b && isDash(r.toks[k+1].lower) && r.toks[k+2].cap
}

// frenchActor reports whether the name m, the subject of sentence s, is
// followed by a verb that is no verb of place (« a démantelé », « a
// mobilisé »), or by a verb of the narrative past of lexicon/fr/acts.tsv
// (« Faidherbe fit construire », « Caillié atteignit »), or by a
// participle of place and its indefinite object (« a ouvert un
// dispensaire »): the sentence tells what m did, not where it lies.
func (r *reader) frenchActor(m int, s *sentence) bool {
	e := r.skipParen(r.mtok[m][1], s.b)
	if r.is(e, s.b, ",") {
		// « La Comilog, filiale d'Eramet, a lancé les travaux »: the
		// apposition between commas is stepped over to the verb.
		for j := e + 1; j < s.b && j <= e+6; j++ {
			if r.is(j, s.b, ",") {
				e = j + 1
				break
			}
			if isFrenchLocative(r.lowerWord(j, s.b)) || isFrenchAuxiliary(r.lowerWord(j, s.b)) {
				break
			}
		}
	}
	if langs().fr.has(setActs, r.lowerWord(e, s.b)) {
		return true
	}
	if v, ok := frenchReflexive(r.lowerWord(e, s.b), r.lowerWord(e+1, s.b)); ok && langs().fr.has(setActs, v) {
		// « Joseph Tremblay s'établit en 1852 dans le rang Saint-Joseph,
		// à 8 km au sud de Y »: a reflexive act of a person.
		return true
	}
	for n := 0; n < 2 && r.frenchQualifier(e, s.b) && !isFrenchAuxiliary(r.lowerWord(e, s.b)); n++ {
		e++ // « La Protection civile a mobilisé »
	}
	if isFrenchAuxiliary(r.lowerWord(e, s.b)) {
		v := r.lowerWord(e+1, s.b)
		if v == "été" {
			return false
		}
		// « L'hôpital de Jacmel a ouvert un dispensaire au lieu-dit X »:
		// a participle of place with an object after it tells what m
		// set up, not where m lies.
		return !isFrenchLocative(v) || isIndefinite(r.lowerWord(e+2, s.b)) || r.is(e+2, s.b, "des") || r.definiteObjectAt(e+2, s)
	}
	return false
}

// definiteObjectAt reports whether token k, right after a participle of
// place, opens its object with a definite article and a kind of place that
// a name follows: « Les ingénieurs ont installé la station de pompage de
// X en 2009, à 15 km de Y », « a implanté le camp de X ». The participle
// tells what the subject set up there, as with an indefinite object.
func (r *reader) definiteObjectAt(k int, s *sentence) bool {
	w, art := elidedRest(r.lowerWord(k, s.b))
	switch {
	case art == 'l':
	case w == "le" || w == "la" || w == "les":
		k++
		w, _ = elidedRest(r.lowerWord(k, s.b))
	default:
		return false
	}
	if frenchFeature(w) == "" {
		return false
	}
	for j := k + 1; j < s.b && j <= k+5; j++ {
		if r.at[j] >= 0 {
			return true
		}
		if r.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// frenchReflexive returns the verb of a reflexive form that opens with w,
// next being the word after w: « s'établit » gives « établit », « se
// fixa » gives « fixa ». It reports false when w opens no reflexive.
func frenchReflexive(w, next string) (string, bool) {
	if w == "se" {
		return next, next != ""
	}
	for _, p := range []string{"s'", "s’"} {
		if v, ok := strings.CutPrefix(w, p); ok && v != "" {
			return v, true
		}
	}
	return "", false
}

// isFrenchReflexiveAuxiliary reports whether w is the auxiliary « être »
// of a reflexive's compound past, glued to « s' »: « s'est », « s'était
// », « s'étaient » (« un site s'est formé »).
func isFrenchReflexiveAuxiliary(w string) bool {
	v, ok := frenchReflexive(w, "")
	if !ok || w == "se" {
		return false
	}
	switch v {
	case "est", "était", "étaient":
		return true
	}
	return false
}

// isFrenchAuxiliary reports whether w is a form of « avoir » that opens a
// compound past: « a », « ont », « avait », « avaient ».
func isFrenchAuxiliary(w string) bool {
	switch w {
	case "a", "ont", "avait", "avaient":
		return true
	}
	return false
}

// frenchRoadNumberApposition returns the comma that opens a numbered
// road set between commas right before token ps, the comma that ends it:
// « au lieu-dit X, sur la RN 88, à 10 km de Y », « X, sur la D 920, à »,
// « X, sur l'autoroute 85, à », « X, au PK 42 de la RN 7, à », « X, sur
// l'A10, à », « X, sur la route nationale 1, à ». The road
// says where X lies, and the distance after it is X's too.
func (r *reader) frenchRoadNumberApposition(ps int, s *sentence) (int, bool) {
	k := ps - 1
	if !r.is(k, s.b, ",") {
		return 0, false
	}
	k--
	numbered := false
	for n := 0; n < 2 && k > s.a && r.roadNumberWord(k); n++ {
		numbered = true
		k--
	}
	if k <= s.a {
		return 0, false
	}
	w, art := elidedRest(r.toks[k].lower)
	switch {
	case !numbered && art == 'l' && isRoadCode(r.text[r.toks[k].start+elidedLen(r.toks[k].lower):r.toks[k].end]):
		// « sur l'A10 »: the article glued to the code
		if !r.is(k+1, s.b, ",") {
			return 0, false
		}
	case numbered && !r.toks[k].cap && isFrenchNumberedRoadNoun(w):
		// « l'autoroute 85 », « la nationale 7 », « la route 132 », « la
		// route nationale 1 »
		if art == 0 {
			k--
			if w, art = elidedRest(r.toks[k].lower); !r.toks[k].cap && isFrenchNumberedRoadNoun(w) && w != "nationale" {
				if art == 0 {
					k--
				}
			}
		}
	case numbered && (w == "la" || w == "le"):
		// « la RN 88 », « la N86 », « le CD 12 »
	default:
		return 0, false
	}
	if art == 0 && !r.is(k, s.b, "la") && !r.is(k, s.b, "le") {
		return 0, false
	}
	k--
	if r.is(k, s.b, "de") && k-3 > s.a && r.toks[k-1].kind == tokNum && kilometrePosts[r.toks[k-2].lower] && r.is(k-3, s.b, "au") {
		k -= 3 // « au PK 42 de la RN 7 »
	} else if !r.is(k, s.b, "sur") {
		return 0, false
	}
	if !r.is(k-1, s.b, ",") || k-1 <= s.a {
		return 0, false
	}
	return k - 1, true
}

// isRoadCode reports whether w, as written, is a road's code: one to three
// capitals and a number glued ("A10", "RN1", "N86").
func isRoadCode(w string) bool {
	letters, digits, ok := roadCodeParts(w)
	return ok && letters >= 1 && letters <= 3 && digits > 0 && digits <= 4
}

// roadCodeParts counts the capitals and then the digits w is written with
// (« RN1 »: 2 and 1); ok is false when anything else is in it or a
// capital follows a digit.
func roadCodeParts(w string) (letters, digits int, ok bool) {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z' && digits == 0:
			letters++
		default:
			return 0, 0, false
		}
	}
	return letters, digits, true
}

// roadNumberWord reports whether token k is part of a road's number:
// digits (« 88 »), a road's letters in capitals (« RN », « D », « A »),
// or both (« N86 », « RD920 », « A75 »).
func (r *reader) roadNumberWord(k int) bool {
	t := &r.toks[k]
	raw := r.text[t.start:t.end]
	if raw == "" || len(raw) > 6 {
		return false
	}
	letters, digits, ok := roadCodeParts(raw)
	if !ok {
		return false
	}
	if letters > 0 && digits == 0 {
		return letters <= 3 && k+1 < len(r.toks) && r.toks[k+1].kind == tokNum
	}
	return digits > 0 && letters <= 3
}

// isFrenchNumberedRoadNoun reports whether w is a road noun that takes a
// number after it: « l'autoroute 85 », « la nationale 7 », « la route
// 132 », « la départementale 920 ».
func isFrenchNumberedRoadNoun(w string) bool {
	switch w {
	case "route", "autoroute", "nationale", "départementale", "provinciale", "cantonale", "rocade":
		return true
	}
	return false
}

// frenchRoadApposition returns the comma that opens "sur la route de Y"
// when the name m is the end of that road, set between commas after
// another name: in "X, sur la route de Y, à 30 km de Z" the road says
// where X lies, and the distance after it is X's too. Without the comma
// before it ("une embuscade sur la route de Y, à 30 km de Z") the
// distance places a point of the road, and Y is no subject.
func (r *reader) frenchRoadApposition(m int, s *sentence) (int, bool) {
	return r.frenchSurApposition(m, s, isFrenchRoadNoun)
}

// frenchRiverApposition returns the comma that opens « sur le fleuve Y
// » or « sur la rivière Y » when the name m is that river, set between
// commas after another name: in « le fort de X, sur le fleuve Sénégal, à
// 15 km en amont de Z » the river says where X stands, and the distance
// after it is X's; a river is no point a distance places.
func (r *reader) frenchRiverApposition(m int, s *sentence) (int, bool) {
	k := r.mtok[m][0] - 1
	if k <= s.a || r.toks[k].cap || frenchFeature(r.lowerWord(k, s.b)) != "river" {
		return 0, false
	}
	if a := r.word(k-1, s.b); a != "la" && a != "le" {
		return 0, false
	}
	k--
	if !r.is(k-1, s.b, "sur") || !r.is(k-2, s.b, ",") || k-2 <= s.a {
		return 0, false
	}
	return k - 2, true
}

// frenchSceneWater reports whether the name m is a lake or a river named
// after its noun (« le lac Kivu », « le fleuve Congo ») and the object of
// « sur » right after the verb of a mishap's scene (events.tsv), perhaps
// with a day or a time between: « a chaviré jeudi sur le lac Kivu ».
func (r *reader) frenchSceneWater(m int, s *sentence) bool {
	b := s.b
	k := r.mtok[m][0] - 1
	if k <= s.a || r.toks[k].cap {
		return false
	}
	if f := frenchFeature(r.lowerWord(k, b)); f != "river" && f != "lake" {
		return false
	}
	if w := r.word(k-1, b); w != "la" && w != "le" {
		return false
	}
	p := k - 2 // « sur »
	if p <= s.a || !r.is(p, b, "sur") {
		return false
	}
	for j := p - 1; j > s.a && j >= p-6; j-- {
		if e, _ := r.sceneVerbEnd(j, b, true); e > j {
			for t := e; t < p; t++ {
				if w := r.lowerWord(t, b); !anyHas(setWeekdays, w) && !anyHas(setTimeNouns, w) {
					return false
				}
			}
			return e <= p
		}
	}
	return false
}

// frenchCommuneApposition returns the comma that opens « sur la commune
// de Y » set between commas right before token ps: in « au lieu-dit X,
// sur la commune de Y, à 4 km au sud de Z » and « l'estive de X, sur le
// territoire de la commune de Y, à mi-chemin entre Y et Z » the commune
// holds X, and the phrase after it is X's too.
func (r *reader) frenchCommuneApposition(ps int, s *sentence) (int, bool) {
	if !r.is(ps-1, s.b, ",") {
		return 0, false
	}
	m := r.mentionEndingAt(ps-2, s.a)
	if m < 0 {
		return 0, false
	}
	return r.frenchSurApposition(m, s, func(w string) bool { return isAdminFeature(frenchFeature(w)) })
}

// frenchSurApposition returns the comma before « sur », its article and a
// noun of which the name m is the object (« , sur la route de Y », « ,
// sur la commune de Y », « , sur le territoire de la commune de Y »), when
// noun(w) holds for the noun.
func (r *reader) frenchSurApposition(m int, s *sentence, noun func(string) bool) (int, bool) {
	k, ok := r.frenchOfBefore(r.mtok[m][0], s)
	if !ok {
		return 0, false
	}
	w, art := elidedRest(r.toks[k].lower)
	if !noun(w) || r.toks[k].cap {
		return 0, false
	}
	if art == 0 {
		if a := r.word(k-1, s.b); a != "la" && a != "le" {
			return 0, false
		}
		k--
	}
	if r.is(k-1, s.b, "de") && r.lowerWord(k-2, s.b) == "territoire" && r.is(k-3, s.b, "le") {
		k -= 3 // « sur le territoire de la commune de Y »
	}
	if !r.is(k-1, s.b, "sur") || !r.is(k-2, s.b, ",") || k-2 <= s.a {
		return 0, false
	}
	return k - 2, true
}

// frenchNearObject reports whether the name m is the object of a French
// nearness lead: "près de X", "non loin d'X", "à proximité de X", "aux
// environs de X".
//
// The name may follow its kind: « près du lac X », « non loin de l'anse
// X », « à proximité du village de X »; the lead then ends at the « du »,
// « des » or « de » before the kind.
func (r *reader) frenchNearObject(m int, s *sentence) bool {
	p := r.mtok[m][0]
	k := p - 1
	if kk, art, ok := r.frenchKindBefore(m, s); ok && kk > s.a {
		k = r.frenchNearKindOf(kk, art, s)
	} else if kk, art, ok := r.frenchKindRightBefore(m, s); ok && kk > s.a {
		k = r.frenchNearKindOf(kk, art, s)
	} else if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if !r.is(k, s.b, "de") {
			return false
		}
		k--
	}
	if k < s.a {
		return false
	}
	for j := max(s.a, k-3); j <= k; j++ {
		if r.nearLeadEnd(langs().fr, j, s.b) == k+1 {
			return true
		}
	}
	return false
}

// frenchNearKindOf returns the token right before the « de » that takes
// the kind at token kk with its article art ('l' for « l'anse »): « près
// du lac » and « près des chutes » give the token before « du » and
// « des », « près de la plage » and « près de l'anse » the one before
// « de ». It returns s.a-1 when no « de » takes the kind.
func (r *reader) frenchNearKindOf(kk int, art byte, s *sentence) int {
	switch {
	case art == 'l' && r.is(kk-1, s.b, "de"):
		return kk - 2
	case art == 0 && (r.is(kk-1, s.b, "du") || r.is(kk-1, s.b, "des")):
		return kk - 2
	case art == 0 && (r.is(kk-1, s.b, "la") || r.is(kk-1, s.b, "le")) && r.is(kk-2, s.b, "de"):
		return kk - 3
	}
	return s.a - 1
}

// frenchNewsObject reports whether the name m, the object of "de" after
// a common noun, stands right before the comma that opens the phrase at
// ps, as news reports put a place they go on to locate: "a visé le
// village de X, à 25 km de Y", "après l'attaque de X, à 90 km de Y", "le
// contrôle de X, à 18 km de Y". A division ("la région de X"), the kind
// of the subject ("un village du Mali") and a natural feature ("le fleuve
// Niger") are no such place. It is only asked when the sentence has no
// subject of its own.
func (r *reader) frenchNewsObject(m, ps int, s *sentence) bool {
	p, q := r.mtok[m][0], r.mtok[m][1]
	if e, ok := r.yearAsideEnd(q, s); ok {
		q = e // « a creusé le forage de X en 2015, à 35 km de Y »: as if « de X, à 35 km »
	}
	if !r.is(q, s.b, ",") || q+1 != ps || r.evidence(m) == EvidenceUnlikely {
		return false
	}
	k, ok := r.frenchOfBefore(p, s)
	if !ok || k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	if w, _ := elidedRest(r.toks[k].lower); isFrenchCompass(w) || isFrenchPartWord(w) && !(langs().fr.has(setMiddles, w) && r.frenchBareOf(p, s)) ||
		isAdminFeature(frenchFeature(w)) && !r.frenchCommuneObject(k, s) && !r.frenchSeatDivisionIn(k, s) ||
		isRoadNoun(w) || isUnitWord(w) {
		// "sur la route de Dori, à 30 km" and "à 30 km de Dori, près
		// de X": the end of a road and the object of a distance are no
		// place the phrase after them describes.
		return false
	}
	return (!r.frenchContainerName(m, s) || r.frenchCommuneObject(k, s) || r.frenchSeatDivisionIn(k, s)) && !r.frenchKindOf(m, s) && !r.genericBefore(p, s)
}

// frenchBareOf reports whether the name at token p follows a bare « de »
// or « d' », with no article, as a town's does. After a noun of the
// middle of a place (middles.tsv) it makes the name the place a phrase
// after the comma describes: « au centre de Tikiouine, à 9 km à l'est
// d'Agadir », « son centre de Kawama, à 20 km de Lubumbashi ». The middle
// of a town, or a club's or a camp's centre named after it, lies where
// the town does; a country's or a region's name takes an article (« au
// centre du Mali », « au cœur de la Côte d'Ivoire »), and its middle is
// no point the phrase places.
func (r *reader) frenchBareOf(p int, s *sentence) bool {
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		return true
	}
	return r.is(p-1, s.b, "de")
}

// frenchSeatDivisionIn reports whether the division noun at token k is a
// town and its hamlets (frenchSeatDivisionAfter) after « dans », « à » or
// « en »: "une école dans le district de X, à 22 km au nord-ouest de
// Kankan". Such a division is what the apposition after it places when
// the sentence names no place as its subject; when it does ("Y, un
// village dans la commune de X, à 22 km"), the subject is taken first.
func (r *reader) frenchSeatDivisionIn(k int, s *sentence) bool {
	switch r.frenchSeatDivisionAfter(k, s) {
	case "dans", "à", "en":
		return true
	}
	return false
}

// frenchCommuneObject reports whether the division noun at token k is a
// commune or a municipality that a verb takes as its object, "ont rallié
// la commune de X, à 25 km au nord de Y": a commune is a town, and the
// distance after it places that town. So is a division of the level
// below the département that is named for its seat and spans no more
// than a few villages around it: "frappe l'arrondissement de X, à 40 km
// au nord-est de Lokossa", "a visité la sous-préfecture de X, à 25 km",
// "le canton de X", and Guinea's « district », a village and its
// hamlets ("a ravagé le district de X, à 17 km au nord de Labé"). Inside a phrase of containment
// ("un village de la commune de X", "dans la commune de X") it is a
// container, not the place the distance is about.
func (r *reader) frenchCommuneObject(k int, s *sentence) bool {
	switch r.frenchSeatDivisionAfter(k, s) {
	case "", "de", "du", "des", "en", "dans", "au", "aux", "à", "sur", "vers":
		return false
	}
	return true
}

// frenchSeatDivisionAfter returns the word before the article of the
// division noun at token k when the noun names a division that is a town
// and its hamlets (a commune, a municipality, an arrondissement, a
// sub-prefecture, a canton or Guinea's « district », as frenchCommuneObject
// reads them), or "" when it does not, or has no article.
func (r *reader) frenchSeatDivisionAfter(k int, s *sentence) string {
	w, art := elidedRest(r.word(k, s.b))
	switch frenchFeature(w) {
	case "commune", "municipality", "arrondissement", "sub-prefecture", "canton", "district":
	default:
		return ""
	}
	v := k - 2 // the word before the article
	if art != 0 {
		v = k - 1 // « l'arrondissement »: the article is the noun's own
	} else if !isFrenchArticle(r.word(k-1, s.b)) {
		return ""
	}
	if v < s.a || r.toks[v].kind != tokWord {
		return ""
	}
	return r.word(v, s.b)
}

// frenchAtDescribed reports whether the name m is named by its kind after
// a preposition of place: "au village de Kalo", "dans le camp de Mbera",
// "à la localité d'X", or right after the kind with no "de" ("au
// lieu-dit X", "dans l'oued X"), or after « du » or a verb that
// introduces places (« une partie du quartier X », « ont attaqué le
// hameau X »). Such a name is the place itself, which an
// apposition after it may be about ("Au village de Kalo, à 25 km de Ségou,
// les habitants ont fui").
func (r *reader) frenchAtDescribed(m int, s *sentence) bool {
	k, art, ok := r.frenchKindBefore(m, s)
	if !ok {
		k, art, ok = r.frenchKindRightBefore(m, s)
	}
	if !ok {
		k, art, ok = r.frenchKindOpensName(m)
	}
	if !ok {
		return false
	}
	if art == 'l' {
		return r.is(k-1, s.b, "à") || r.is(k-1, s.b, "dans") || r.is(k-1, s.b, "sur")
	}
	switch r.word(k-1, s.b) {
	case "au", "du":
		return true // « au hameau X », « une partie du quartier Ndong-Ngouem, à 10 km »
	case "le", "la":
		// « à la ferme X », « ont attaqué le hameau X, à 35 km », « une
		// découverte sur le périmètre X, à 60 km »: work on a site is
		// done on it. « de la » is the feminine of « du »: « les
		// cosaques de la stanitsa X, à 25 km ».
		return r.is(k-2, s.b, "à") || r.is(k-2, s.b, "dans") || r.is(k-2, s.b, "sur") || isPlaceIntro(r.word(k-2, s.b)) ||
			r.word(k-1, s.b) == "la" && r.is(k-2, s.b, "de")
	}
	return false
}

// frenchKindOpensName finds the noun of a located kind (not a division)
// that opens the name m itself, capitalised, as names of estates, farms
// and quarters are written: « au Domaine Lechasseur », « dans le Quartier
// Beaulieu ». It returns the noun's token and its elided article.
func (r *reader) frenchKindOpensName(m int) (k int, art byte, ok bool) {
	k = r.mtok[m][0]
	if r.mtok[m][1]-k < 2 || r.toks[k].kind != tokWord || !r.toks[k].cap {
		return k, 0, false
	}
	w, art := elidedRest(r.toks[k].lower)
	f := frenchFeature(w)
	return k, art, f != "" && !isAdminFeature(f)
}

// frenchKindRightBefore finds the noun of a located kind (not a
// division) right before the name m, with no "de" between, as reports
// name a spot: "au lieu-dit Eraf", "dans l'oued Tiferguine", "au puits
// In-Tebezas", "au poste Kalo". It returns the noun's token and its elided
// article ('l' for "l'oued", 0 for none).
func (r *reader) frenchKindRightBefore(m int, s *sentence) (k int, art byte, ok bool) {
	k = r.mtok[m][0] - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return k, 0, false
	}
	w, art := elidedRest(r.toks[k].lower)
	f := frenchFeature(w)
	return k, art, f != "" && !isAdminFeature(f)
}

// frenchContainerOpenerEnd returns the token after the comma when
// sentence s opens with « au », « aux » or « en », a name (a country or
// a region, as these prepositions say) and a comma (« Au Mali, à 90 km
// … », « En Casamance, à 20 km … »), or -1.
func (r *reader) frenchContainerOpenerEnd(s *sentence) int {
	k := s.first
	if w := r.word(k, s.b); w != "au" && w != "aux" && w != "en" {
		return -1
	}
	m := r.mentionAt(k+1, s.b)
	if m < 0 || r.evidence(m) == EvidenceUnlikely || !r.is(r.mtok[m][1], s.b, ",") {
		return -1
	}
	return r.mtok[m][1] + 1
}

// frenchRoadOpenerEnd returns the token after the comma when sentence s
// opens with « sur » and a road named by the towns it joins (« Sur l'axe
// Kaya-Dori, à 22 km de Kaya, un convoi a été attaqué près du village de
// X »): the road says where the distance runs, not what it places, so the
// phrase after the comma is the sentence's opener. It returns -1
// otherwise.
func (r *reader) frenchRoadOpenerEnd(s *sentence) int {
	k := s.first
	if r.word(k, s.b) != "sur" {
		return -1
	}
	k++
	if w := r.word(k, s.b); w == "la" || w == "le" {
		k++
	}
	if w, _ := elidedRest(r.word(k, s.b)); !isFrenchRoadNoun(w) {
		return -1
	}
	for j := k + 1; j < s.b && j <= k+6; j++ {
		if r.is(j, s.b, ",") {
			if j == k+1 {
				return -1
			}
			return j + 1
		}
		if r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0 {
			return -1 // « sur la route qui mène à X »: no road named by towns
		}
	}
	return -1
}

// frenchFrontedObject returns the place a phrase that opens sentence s at
// token ps is about when the clause after its comma has no place for a
// subject: the first place that clause names by its kind, "À une
// cinquantaine de kilomètres de Bambari, des hommes armés ont pillé le
// village de X" (X is 50 km from Bambari). Only a located kind (village,
// localité, camp, site) qualifies, never a division ("la région de Y") nor
// the object of another phrase of place. The phrase may follow a country
// that opens the sentence (« Au Mali, à 90 km … »; frenchContainerOpenerEnd)
// or a road named by its towns (« Sur l'axe Kaya-Dori, à 22 km de Kaya,
// … »; frenchRoadOpenerEnd), and a road may stand between the phrase and
// its clause, set off by commas (« À 65 km de Tambacounda, sur la route de
// Kédougou, les équipes … au village de X »).
func (r *reader) frenchFrontedObject(ps int, s *sentence) (int, bool) {
	if ps != s.first && ps != r.frenchContainerOpenerEnd(s) && ps != r.frenchRoadOpenerEnd(s) {
		return -1, false
	}
	k := ps
	for k < s.b && k < ps+maxLook && !r.is(k, s.b, ",") {
		k++
	}
	if !r.is(k, s.b, ",") {
		return -1, false
	}
	if f, ok := r.roadToAt(k+1, s.b); ok && r.is(f.end, s.b, ",") {
		k = f.end // « À 65 km de Tambacounda, sur la route de Kédougou, les équipes … au village de X »
	} else if f, ok := r.roadPairAt(k+1, s.b); ok && r.is(f.end, s.b, ",") {
		k = f.end // « …, sur l'axe Kaya-Dori, … »
	}
	for j := k + 1; j < s.b && j < k+1+2*maxLook; j++ {
		if w := r.toks[j].lower; r.toks[j].kind == tokPunct && (w == "," || w == ";" || w == ":") {
			break
		}
		m := int(r.at[j])
		if m < 0 || r.mtok[m][0] != j || r.evidence(m) == EvidenceUnlikely {
			continue
		}
		if r.frenchDescribed(m, s) && !r.frenchContainerName(m, s) {
			return m, true
		}
	}
	return -1, false
}

// frenchKindAppositionTo reports whether the tokens between the name m
// and the phrase at ps are an apposition of kind, ", une commune", ", un
// petit village", ", localité" (the article dropped, as wires do), and m
// is not named as a division's ("la région de X"): what the phrase
// states is about m.
func (r *reader) frenchKindAppositionTo(m, ps int, s *sentence) bool {
	b := s.b
	k := r.mtok[m][1]
	if !r.is(k, b, ",") {
		return false
	}
	k++
	indefinite := false
	if w := r.word(k, b); w == "un" || w == "une" {
		k++ // "X, une commune à 80 km de Gao"; wires drop it: "X, localité située à"
		indefinite = true
	}
	for n := 0; n < 2 && k < ps && isFrenchAdjective(r.word(k, b)); n++ {
		k++
	}
	if frenchFeature(r.word(k, b)) == "" && !(indefinite && r.frenchPlainNoun(k, b)) {
		return false
	}
	k++
	for n := 0; n < 2 && k < ps && (isFrenchAdjective(r.word(k, b)) || r.frenchQualifier(k, b)); n++ {
		k++ // « village kabyè », « commune rurale »
	}
	if k+2 <= ps && r.is(k, b, "de") && r.frenchQualifier(k+1, b) {
		k += 2 // « un village de pêcheurs », « un site de déplacés »
	} else if k+1 <= ps && r.frenchElidedComplement(k, b) {
		k++ // « un site d'orpaillage », « un camp d'éleveurs »
	}
	for n := 0; n < 2 && k < ps && isFrenchAdjective(r.word(k, b)); n++ {
		k++ // « une butte d'habitat ancien »
	}
	if k+1 == ps && indefinite && isFrenchLocative(r.word(k, b)) && !isFrenchFiniteVerb(r.word(k, b)) {
		k++ // « Jurd Bou Khalil, une pente rocheuse située à 12 km … »: its participle of place
	}
	return k == ps && !r.frenchContainerName(m, s)
}

// frenchIndefiniteHead reports whether token k is a plain noun
// (frenchPlainNoun) right after « , un » or « , une », perhaps with one
// adjective between.
func (r *reader) frenchIndefiniteHead(k, b int) bool {
	if !r.frenchPlainNoun(k, b) {
		return false
	}
	j := k - 1
	if isFrenchAdjective(r.word(j, b)) {
		j--
	}
	return (r.is(j, b, "un") || r.is(j, b, "une")) && r.is(j-1, b, ",")
}

// frenchPlainNoun reports whether token k is a lower-case French noun
// that may head an indefinite apposition of a place whatever its kind, as
// English "X, a copper prospect 35 km …" does: « Tiguirma, une butte
// d'habitat ancien à 40 km au nord de Mopti ». It is no article, no
// elided word, no verb, no name and no noun of a person (« X, un éleveur
// de 40 ans »).
func (r *reader) frenchPlainNoun(k, b int) bool {
	if k < 0 || k >= b || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	w, art := elidedRest(r.toks[k].lower)
	return art == 0 && !isFrenchArticle(w) && !isFrenchLocative(w) && !isFrenchFiniteVerb(w) && !isRoleNoun(w) && !isFrenchPronoun(w) &&
		!isFrenchFiller(w) && !isFrenchAdjective(w) && len(w) > 2
}

// frenchElidedComplement reports whether the token k is a lower-case
// noun after an elided « d' » that may complement a kind of place, as
// « de » and a qualifier do (« un site d'orpaillage », « un camp
// d'éleveurs »): the word after the article is no name and no article.
func (r *reader) frenchElidedComplement(k, b int) bool {
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	w, art := elidedRest(r.toks[k].lower)
	return art == 'd' && w != "" && w != "un" && w != "une" && !isFrenchArticle(w)
}

// frenchQualifier reports whether the word at token k, after a kind of
// place, may qualify it as an adjective the tables lack does (« village
// kabyè », « bourgade minière »): a lower-case word that is no verb, no
// article, no preposition and no relative word.
func (r *reader) frenchQualifier(k, b int) bool {
	w := r.lowerWord(k, b)
	if w == "" || elidedLen(w) > 0 {
		return false
	}
	return !isFrenchLocative(w) && !isFrenchFiniteVerb(w) && !isFrenchArticle(w) && !isPreposition(w) &&
		!anyHas(setRelatives, w) && !isFrenchFiller(w) && w != "à" && w != "de" && w != "et" && w != "ou"
}

// frenchKindAppositionHead returns the name an apposition that ends with
// the name m is about: "X, une île du lac Tchad", "X, un village du
// Tchad" give X, before a comma, an indefinite article (which wires
// drop: "X, localité du Sud-Kivu"), a kind of place that is no division,
// and "de" with m (perhaps after its own kind, "du lac"). It reports
// false for any other shape.
func (r *reader) frenchKindAppositionHead(m int, s *sentence) (int, bool) {
	b := s.b
	p := r.mtok[m][0]
	k := p - 1
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if frenchFeature(r.word(k, b)) != "" {
			k-- // "du lac Tchad"
		}
		if (r.is(k, b, "la") || r.is(k, b, "le")) && r.is(k-1, b, "de") {
			k-- // « de la vallée de la Semois »: the name keeps its article
		}
		switch r.word(k, b) {
		case "de", "du", "des":
			k--
		default:
			return -1, false
		}
	}
	if noun, _ := elidedRest(r.word(k, b)); isAdminFeature(frenchFeature(noun)) && r.mentionAt(k, b) < 0 {
		// "X, localité de la province du Sud-Kivu", "X, localité de
		// l'Etat de Borno": the division's kind stands between the kind
		// of place and the name.
		if k--; r.is(k, b, "la") || r.is(k, b, "le") {
			k--
		}
		switch r.word(k, b) {
		case "de", "du", "des":
			k--
		default:
			return -1, false
		}
	}
	if noun, art := elidedRest(r.word(k, b)); art == 0 && frenchFeature(noun) != "" && !isAdminFeature(frenchFeature(noun)) && r.mentionAt(k, b) < 0 {
		// "Gunsbach, village de la vallée de Munster situé à 20 km de
		// Colmar": a landform of the name stands between the kind of
		// place and the name, as a division does.
		j := k - 1
		if r.is(j, b, "la") || r.is(j, b, "le") {
			j--
		}
		if w := r.word(j, b); (w == "de" || w == "du" || w == "des") && frenchFeature(r.word(j-1, b)) != "" && !isAdminFeature(frenchFeature(r.word(j-1, b))) {
			k = j - 1
		}
	}
	for n := 0; n < 2 && k > s.a && isFrenchAdjective(r.word(k, b)); n++ {
		k--
	}
	if f := frenchFeature(r.word(k, b)); f == "" || isAdminFeature(f) {
		return -1, false
	}
	k--
	for n := 0; n < 2 && k > s.a && isFrenchAdjective(r.word(k, b)); n++ {
		k--
	}
	if w := r.word(k, b); w == "un" || w == "une" {
		k-- // "X, une localité du Sud-Kivu"; wires drop it: "X, localité du Sud-Kivu"
	}
	if !r.is(k, b, ",") {
		return -1, false
	}
	if h := r.mentionEndingAt(k-1, s.a); h >= 0 && r.evidence(h) > EvidenceUnlikely && !r.frenchContainerName(h, s) {
		return h, true
	}
	return -1, false
}

// frenchRoleBefore reports whether the name at tokens [p, q) is a
// person's or a portfolio by the French title before it: right after a
// role noun ("le gouverneur Abdoulaye Maïga"); in commas after a role
// and what it is of ("Le ministre de la Défense, Sadio Camara,", "le
// porte-parole de l'armée, Souleymane Dembélé,", "Le Lamido de
// Ngaoundéré, Mohamadou Hayatou,", "du roi d'Oussouye, Sibiloumbaye
// Diédhiou."); or the portfolio of a
// minister ("le ministre de la Défense"). "Le maire de Gao" keeps Gao.
func (r *reader) frenchRoleBefore(p, q int, s *sentence) bool {
	b := s.b
	k := p - 1
	if k < s.a {
		return false
	}
	if _, art := elidedRest(r.toks[p].lower); art != 'd' && (isFrenchRoleNoun(r.lowerWord(k, b)) || isFrenchRoleNoun(elidedWord(r.lowerWord(k, b)))) {
		// « le préfet X », « l'adjudant Laval »; « le maire d'Édéa »,
		// glued to « d' », is the mayor of Édéa, as « le maire de Gao ».
		return true
	}
	// The portfolio: "ministre de la Défense", "ministre des Armées".
	j := k
	if w, art := elidedRest(r.word(j, b)); art == 'l' && w == "" || r.word(j, b) == "la" || r.word(j, b) == "l'" {
		j--
	}
	if w := r.word(j, b); (w == "de" || w == "du" || w == "des") && isFrenchPortfolioLead(r.lowerWord(j-1, b)) {
		return true
	}
	if _, art := elidedRest(r.toks[p].lower); art == 'l' && r.is(k, b, "de") && isFrenchPortfolioLead(r.lowerWord(k-1, b)) {
		return true // "ministre de l'Intérieur"
	}
	// In commas after a role and what it is of; a name of two words or
	// more may close the sentence instead ("sous l'égide du roi
	// d'Oussouye, Sibiloumbaye Diédhiou."). The role may be written with
	// a capital, as a customary title is ("Le Lamido de Ngaoundéré,
	// Mohamadou Hayatou, a reçu").
	if !r.is(k, b, ",") || !r.is(q, b, ",") && !(q-p >= 2 && r.is(q, b, ".") && q+1 == b) {
		return false
	}
	for j, n := k-1, 0; j >= s.a && n < 8; j, n = j-1, n+1 {
		t := &r.toks[j]
		if t.kind != tokWord {
			return false
		}
		if w, _ := elidedRest(t.lower); !isFrenchRoleNoun(w) {
			continue
		}
		// The role, then what it is of: "de l'armée", "du JNIM".
		next := r.word(j+1, b)
		_, art := elidedRest(next)
		return j+1 < k && (next == "de" || next == "du" || next == "des" || art == 'd')
	}
	return false
}

// frenchNearAfter returns the place a French distance with no subject of
// its own is about when a nearness phrase follows it after a comma: "une
// embuscade sur la route de Dori, à 30 km de Dori, près de X" places X 30
// km from Dori, as "près de X, à 30 km de Dori" does (see frenchSubject).
// « au large de X » is no such phrase: it names the shore offshore of which
// the scene lies.
func (r *reader) frenchNearAfter(f *found, s *sentence) (int, bool) {
	if f.rel.Kind != KindDistance || !r.is(f.end, s.b, ",") {
		return -1, false
	}
	k := r.nearLeadEnd(langs().fr, f.end+1, s.b)
	if k == f.end+1 {
		return -1, false
	}
	if r.is(f.end+1, s.b, "au") && r.is(f.end+2, s.b, "large") {
		// « intercepté à 4 km à l'est de Bandrélé, au large de Mayotte »:
		// the shore the scene lies off, not a place at the distance.
		return -1, false
	}
	m, br, _, ok := r.frenchOfObject(k, s.b)
	if !ok || br != nil || m < 0 || r.evidence(m) == EvidenceUnlikely || m == f.rel.Object {
		return -1, false
	}
	return m, true
}

// frenchDescribed reports whether the name m follows "de" after a noun of
// a located kind, perhaps with adjectives between: "le village de Kalo",
// "la petite localité d'X", "le camp de déplacés de Y" ("déplacés" read as
// an adjective or filler). A division ("la région de Y") is no such kind.
func (r *reader) frenchDescribed(m int, s *sentence) bool {
	_, _, ok := r.frenchKindBefore(m, s)
	return ok
}

// frenchKindOpens reports whether the name m follows a noun of a located
// kind that opens sentence s with its article: « La plage de Pampelonne »,
// « L'île de Gorée », and after « du » or « des » a landmark's kind only,
// « Le lac du Bourget » (« Le village du Mali » is a village of Mali).
func (r *reader) frenchKindOpens(m int, s *sentence) bool {
	k, art, ok := r.frenchKindBefore(m, s)
	if p := r.mtok[m][0]; !ok && (r.is(p-1, s.b, "du") || r.is(p-1, s.b, "des")) {
		// « Le refuge du Goûter », « La plage des Salins »: the
		// name's article contracted with « de », after a landmark's kind
		// whose name is its own (descriptors.tsv flag own).
		k = p - 2
		w, a := elidedRest(r.word(k, s.b))
		art, ok = a, lex().fr[w].own
	}
	if !ok {
		return false
	}
	if art == 'l' {
		return r.frenchClauseOpensAt(k, s)
	}
	switch w := r.word(k-1, s.b); {
	case w == "le", w == "la", w == "les":
		return r.frenchClauseOpensAt(k-1, s)
	case isFrenchPossessive(w), w == "son", w == "sa", w == "ses", w == "leur", w == "leurs":
		// « Leur habitation de Bois-Joli se trouvait à 10 km au sud
		// de Y », « Sa ferme de X est à »: a family's place, named by
		// its kind after a possessive.
		return r.frenchClauseOpensAt(k-1, s)
	}
	return false
}

// frenchClauseOpensAt reports whether token k opens sentence s, or opens
// the clause after a colon that closes a heading of divisions too long to
// be split off as a dateline: « Département de Diffa, commune rurale de
// Chétimari : le site de X se trouve à 15 km à l'ouest de Diffa ».
func (r *reader) frenchClauseOpensAt(k int, s *sentence) bool {
	return k == s.first || k-1 > s.a && r.is(k-1, s.b, ":")
}

// frenchKindBefore finds the noun of a located kind (not a division) that
// the name m follows after "de", perhaps with two adjectives between ("le
// village de Kalo", "la petite localité d'X"), and returns its token and
// its elided article ('l' for "l'oasis", 0 for none).
//
// After a landmark's kind whose name is its own (descriptors.tsv flag
// own), the name may also keep its article after "de": « le piton de la
// Fournaise », « le parc national de la Pendjari », « la cascade du
// Hérisson », « le glacier des Bossons »; « la ville de la Mecque » or
// « le village du Mali » are read by the rules of divisions and countries.
// A compound kind of a noun and its adjective is read whole: « la zone
// artisanale des Gouttes ».
func (r *reader) frenchKindBefore(m int, s *sentence) (k int, art byte, ok bool) {
	p := r.mtok[m][0]
	k = p - 1
	ownOnly := false
	if _, a := elidedRest(r.toks[p].lower); a != 'd' {
		switch {
		case r.is(k, s.b, "de"):
			k--
		case r.is(k, s.b, "la") && r.is(k-1, s.b, "de"):
			k, ownOnly = k-2, true
		case r.is(k, s.b, "du") || r.is(k, s.b, "des"):
			k, ownOnly = k-1, true
		default:
			return k, 0, false
		}
	}
	if k-1 > s.a {
		// « la zone artisanale des Gouttes »: a compound kind of a noun
		// and its adjective (fr/descriptors.tsv), read whole.
		if c, a := elidedRest(r.word(k-1, s.b)); frenchFeature(c+" "+r.word(k, s.b)) != "" {
			w := c + " " + r.word(k, s.b)
			if ownOnly && !lex().fr[w].own {
				return k - 1, a, false
			}
			return k - 1, a, !isAdminFeature(frenchFeature(w))
		}
	}
	for n := 0; n < 2 && k > s.a && isFrenchAdjective(r.word(k, s.b)); n++ {
		k--
	}
	w, art := elidedRest(r.word(k, s.b))
	if frenchFeature(w) == "" && k-2 > s.a && r.is(k-1, s.b, "de") {
		// « la station de pompage du Ranquet »: a compound kind of
		// fr/descriptors.tsv, read whole.
		if c, a := elidedRest(r.word(k-2, s.b)); frenchFeature(c+" de "+w) != "" {
			k, w, art = k-2, c+" de "+w, a
		}
	}
	f := frenchFeature(w)
	if ownOnly && !lex().fr[w].own {
		return k, art, false
	}
	return k, art, f != "" && !isAdminFeature(f)
}

// frenchClauseAnaphor returns what the anaphor at tokens [i, j) stands
// for: the topic, or, when the text has none yet and the anaphor opens a
// later clause of the sentence ("X est le chef-lieu de la province ; la
// ville se trouve à ..."), the name that opens the sentence.
func (r *reader) frenchClauseAnaphor(i, j int, s *sentence) (int, Span, bool) {
	if m, ok := r.insertedPronounOf(i, s); ok && j == i+1 {
		return m, r.span(i, j), true // "X – il se trouve à 40 km de Y – ..."
	}
	if r.topic < 0 && j == i+1 && (r.toks[i].lower == "celui-ci" || r.toks[i].lower == "celle-ci" || r.toks[i].lower == "celui-là" || r.toks[i].lower == "celle-là") {
		if m := r.latterPlace(i); m >= 0 {
			// « … son gisement de Bléguédougou. Celui-ci se trouve à 12 km
			// du village de X »: with no place the text is about, the
			// demonstrative stands for the last place named with its kind.
			return m, r.span(i, j), true
		}
	}
	if m, ok := r.openerBefore(i, s); ok && j == i+1 {
		return m, r.span(i, j), true // « Le camp X, au pied du massif, accueille les grimpeurs. Il se trouve à 40 km de Y »
	}
	if w := r.toks[i].lower; j == i+1 && (w == "il" || w == "elle") {
		if m := r.itAntecedent(i, s); m >= 0 {
			// « Nous avons dormi au campement Keur Saloum. Il est situé
			// à 15 km au sud de Kaolack »: as "it", the last place
			// named with a preposition of place.
			return m, r.span(i, j), true
		}
	}
	if r.topic >= 0 || i <= s.first {
		return r.topicAnaphor(i, j)
	}
	if m, ana, ok := r.frenchSentSubject(s); ok && ana.IsZero() && r.mtok[m][1] <= i {
		return m, r.span(i, j), true
	}
	return -1, Span{}, false
}

// frenchInvertedThing reads, at token k right after a verb of place that
// comes before its subject, a definite article, a lower-case noun the
// tables lack, « de » and a name: « À 90 km au nord de Tamanrasset se
// dresse la station de Tin-Guelmame ». The name names the thing the
// sentence places (frenchThingOf, with the verb before).
func (r *reader) frenchInvertedThing(k, b int) (int, bool) {
	switch w, art := elidedRest(r.word(k, b)); {
	case art == 'l':
		// « l'oasis de X »: the article is glued to the noun
	case art == 0 && (w == "le" || w == "la" || w == "les"):
		k++
	default:
		return -1, false
	}
	m := r.nounOfName(k, b)
	return m, m >= 0
}

// nounOfName returns the mention named after « de » or a glued « d' »
// that follows, at token k, a lower-case noun other than one of a person
// or an office (« la station de X », « le fortin d'Aïn Tounga »; not « le
// maire de X »), or -1.
func (r *reader) nounOfName(k, b int) int {
	if k >= b || r.toks[k].kind != tokWord || r.toks[k].cap || isRoleNoun(r.toks[k].lower) || isFrenchRoleNoun(r.toks[k].lower) ||
		anyHas(setDwellers, r.toks[k].lower) {
		return -1 // « les déplacés de X se sont réfugiés à … » are people
	}
	if r.word(k+1, b) == "de" {
		return r.mentionAt(k+2, b)
	}
	if _, art := elidedRest(r.word(k+1, b)); art == 'd' {
		return r.mentionAt(k+1, b)
	}
	return -1
}

// frontedDistance reports whether sentence s opens with a French distance
// lead, « à » or « a » in capitals (« À douze kilomètres de Y, … »).
func (r *reader) frontedDistance(s *sentence) bool {
	if s.first >= s.b {
		return false
	}
	w := r.toks[s.first].lower
	return w == "à" || w == "a"
}

// frenchThingOf reads, at token k, a lower-case noun the tables lack
// followed by « de » and a name whose verb places it: « Le fortin de
// Henchir Bou Ghaïra est situé à 20 km au sud de X », « Le centenarium de
// Y se trouve à … ». The thing is named by the name, which the sentence
// places. A noun of a person or an office (« le maire de X ») is none.
func (r *reader) frenchThingOf(k, b int) (int, bool) {
	m := r.nounOfName(k, b)
	if m < 0 {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], b)
	return m, isFrenchLocative(r.word(e, b)) || r.frenchLocativeAfterApposition(e, b)
}

// frenchAppositionHead reports whether the name m, right before the comma
// that opens a phrase, is what the phrase is about rather than the subject
// of the sentence's previous phrase: a place name outside that phrase, and
// no object of "de", "en" or a kind of place.
func (r *reader) frenchAppositionHead(m int, s *sentence, last *lastPhrase) bool {
	outside := r.mtok[m][1] <= last.start || r.mtok[m][0] >= last.end
	return m != last.subject && outside && r.evidence(m) > EvidenceUnlikely &&
		!r.frenchObjectOf(m, s) && !r.frenchKindOf(m, s)
}

// frenchNewClause reports whether the tokens [i, j) of sentence s hold a
// comma followed by a conjunction that opens a new clause (« , et »,
// « , tandis que », « , alors que », « , mais »), or the colon of a
// brief's heading (« Kindia, en Guinée : un feu menaçait le hameau de X,
// à 25 km de Kindia », briefHeading): a name after them is no part of
// the phrase before them.
func (r *reader) frenchNewClause(i, j int, s *sentence) bool {
	for k := i; k+1 < j; k++ {
		if r.is(k, s.b, ":") && r.briefHeading(k, s) {
			return true
		}
		if !r.is(k, s.b, ",") {
			continue
		}
		switch r.lowerWord(k+1, s.b) {
		case "et", "tandis", "alors", "mais":
			return true
		}
	}
	return false
}

// institutionAcronymDe reports whether the name at token p follows « de »
// after the acronym of an institution that stands in its town
// (lexicon/fr/acronyms.tsv: « au CHU de Bobo-Dioulasso », « le CHR de
// Ziguinchor »): the institution is in that town, which is what a
// distance set off after it is about, as after « l'hôpital de X ». The
// acronym of a division (« la MRC de Deux-Montagnes, à 18 km de X ») is
// no such institution: the name is a container.
func (r *reader) institutionAcronymDe(p int, s *sentence) bool {
	if p-2 < s.a || !r.is(p-1, s.b, "de") {
		return false
	}
	t := &r.toks[p-2]
	return t.kind == tokWord && isUpperWord(r.text[t.start:t.end]) && langs().fr.has(setInstitutionAcronyms, t.lower)
}

// frenchContainerName reports whether the name m follows "de" after an
// administrative noun ("du département de Pô", "de la wilaya de Naâma",
// "dans la région des Plateaux").
func (r *reader) frenchContainerName(m int, s *sentence) bool {
	k, ok := r.frenchOfBefore(r.mtok[m][0], s) // "de Pô", "du Kadiogo", "de la Vendée", "de l'Eure", "des Savanes"
	if !ok {
		return false
	}
	w := r.word(k, s.b)
	return frenchFeature(w) != "" && isAdminFeature(frenchFeature(w))
}

// frenchKindOf reports whether the name m follows "une ville du", "un
// village de", "une commune du": the country or area the subject belongs
// to, so that an apposition after it ("Bokoro est une ville du Tchad,
// chef-lieu du ...") is still about the subject. A part of the country
// may stand between ("une ville du sud du Niger", "un village de l'ouest
// de la Côte d'Ivoire"), and so may a complement or an adjective of the
// kind ("un village de pêcheurs du Sénégal", "un village berbère du"), and
// adjectives before the kind ("une ancienne ville de l'Adrar").
func (r *reader) frenchKindOf(m int, s *sentence) bool {
	k, ok := r.frenchOfBefore(r.mtok[m][0], s)
	if !ok {
		return false
	}
	if w, art := elidedRest(r.word(k, s.b)); isFrenchCompass(w) || isFrenchPartWord(w) {
		// "du sud du Niger", "de l'ouest de la", "du centre de la"
		if k2, ok := r.frenchOfBefore(k, s); ok && (art == 0 || art == 'l') {
			k = k2
		}
	}
	if j := k; frenchFeature(r.word(j, s.b)) == "" {
		// "une ville de la république démocratique du Congo": a country
		// named with common words.
		for n := 0; n < 2 && j > s.a && r.toks[j].kind == tokWord && !r.toks[j].cap &&
			frenchFeature(r.word(j, s.b)) == "" && !isFrenchArticle(r.word(j, s.b)); n++ {
			j--
		}
		if j < k {
			if k2, ok := r.frenchOfBefore(j+1, s); ok {
				k = k2
			}
		}
	}
	for n := 0; n < 2 && k >= s.a && isFrenchAdjective(r.word(k, s.b)); n++ {
		k--
	}
	if k >= s.a && frenchFeature(r.word(k, s.b)) == "" && r.is(k-1, s.b, "de") && frenchFeature(r.word(k-2, s.b)) != "" {
		k -= 2 // "un village de pêcheurs du Sénégal"
	} else if k-1 >= s.a && frenchFeature(r.word(k, s.b)) == "" && frenchFeature(r.word(k-1, s.b)) != "" &&
		r.toks[k].kind == tokWord && !r.toks[k].cap {
		k-- // "un village berbère du", "une ville côtière du": any adjective of the kind
	}
	if k < s.a || frenchFeature(r.word(k, s.b)) == "" {
		return false
	}
	k--
	for n := 0; n < 2 && k > s.a && isFrenchAdjective(r.word(k, s.b)); n++ {
		k-- // "une ancienne ville caravanière de l'Adrar", "un petit village du"
	}
	w := r.word(k, s.b)
	return w == "un" || w == "une"
}

// frenchOfBefore returns the token before the "de" that introduces the
// word at token p ("de X", "du X", "des X", "de la X", "de l'X", a glued
// "d'X"), or false when none does.
func (r *reader) frenchOfBefore(p int, s *sentence) (int, bool) {
	if _, art := elidedRest(r.toks[p].lower); art == 'd' {
		return p - 1, p-1 >= s.a
	}
	k := p - 1
	if w := r.word(k, s.b); w == "la" || w == "l'" || w == "l’" {
		k--
		if !r.is(k, s.b, "de") {
			return 0, false
		}
		return k - 1, k-1 >= s.a
	}
	if _, art := elidedRest(r.toks[p].lower); art == 'l' && r.is(k, s.b, "de") {
		return k - 1, k-1 >= s.a // "de l'ouest"
	}
	switch r.word(k, s.b) {
	case "de", "du", "des":
		return k - 1, k-1 >= s.a
	}
	return 0, false
}

// frenchSpotName reports whether the name m opens with a French noun of a
// located kind that is no division (« Mont Sans-Nom », « Moulin de
// Laffaux », « Fort de Vaux »): the name of a spot, which a country's or a
// region's never is.
func (r *reader) frenchSpotName(m int) bool {
	p, q := r.mtok[m][0], r.mtok[m][1]
	if q-p < 2 || !r.toks[p].cap {
		return false
	}
	f := frenchFeature(r.toks[p].lower)
	return f != "" && isNamelessKind(f)
}

// frenchObjectOf reports whether the name m follows "de", "du", "des", a
// glued "d'" or a preposition of containment ("en", "dans", "au"), perhaps with a kind of place between ("du fleuve Niger"): the
// object of a previous phrase rather than a subject.
func (r *reader) frenchObjectOf(m int, s *sentence) bool {
	p := r.mtok[m][0]
	if frenchFeature(r.word(p-1, s.b)) != "" && p-2 >= s.a {
		switch r.word(p-2, s.b) {
		case "de", "du", "des":
			return true // "sur la rive droite du fleuve Niger, à 50 km de X"
		case "en", "dans", "au", "aux":
			return true // "en région Pays de la Loire, à 19 km de X": a container
		}
	}
	_, art := elidedRest(r.toks[p].lower)
	if art == 'd' {
		return true
	}
	if art == 'l' && p-1 >= s.a {
		switch r.word(p-1, s.b) {
		case "sur", "dans", "vers", "sous", "par":
			// « la centrale de X, sur l'Artibonite, à 10 km de Y »: the
			// river or the area after its glued article is an object,
			// as after « sur le » (below).
			return true
		}
	}
	switch r.word(p-1, s.b) {
	case "au", "aux":
		if r.frenchSpotName(m) || r.lodgingAu(p, s) {
			// « s'installe au Mont Sans-Nom, à 3 km au nord de X »: a
			// name that opens with its kind of spot is no container,
			// nor is where one slept (« dormi au Dar Zitouna, à 12 km »).
			return false
		}
		if r.compassSuffixLocality(m, s) {
			return false // « vivent au Kalo-Nord, à 9 km de X »: a locality, no container
		}
		return p-1 >= s.a // « au Niger, à 35 km de X »: a container
	case "de", "du", "des", "en", "dans":
		if r.institutionAcronymDe(p, s) {
			return false // « transférés au CHU de Bobo-Dioulasso, à 330 km de X »: the town of the institution
		}
		return p-1 >= s.a // "en Province Nord, à 35 km de X": a container
	}
	if r.genericBefore(p, s) {
		return true // "l'océan Atlantique, à 14 km de X", "les monts Mandara, à"
	}
	if r.is(p-1, s.b, "et") && p-1 > s.a {
		// "à mi-chemin entre Kaya et Dori, près de X": the second place
		// of "entre A et B" is an object too.
		if o := r.mentionEndingAt(p-2, s.a); o >= 0 && r.is(r.mtok[o][0]-1, s.b, "entre") {
			return true
		}
	}
	if d := p - 1; d > s.a && r.toks[d].kind == tokPunct && isDash(r.toks[d].lower) {
		// "sur l'axe Gao–Ansongo, près de X": the second town of a road.
		if o := r.mentionEndingAt(d-1, s.a); o >= 0 {
			if w, _ := elidedRest(r.word(r.mtok[o][0]-1, s.b)); isRoadNoun(w) {
				return true
			}
		}
	}
	if !r.toks[p].cap {
		return false // « vers le puits n° 4, à 35 km de X »: a numbered site (frenchNumberedSiteEnd) is the spot placed
	}
	k := p - 1
	if frenchFeature(r.word(k, s.b)) != "" {
		k-- // "sur le fleuve Niger, à 90 km de X"
	}
	switch r.word(k, s.b) {
	case "la", "le", "les", "l'", "l’":
		switch r.word(k-1, s.b) {
		case "sur", "dans", "vers", "sous", "par", "de":
			if k == p-1 && r.is(k-1, s.b, "sur") && (r.frenchSpotName(m) || r.toks[r.mtok[m][1]-1].kind == tokNum) {
				// « se bat sur la Cote 108, à 3 km au nord de X », « sur le
				// Mont Sans-Nom, à 3 km »: the spot fought on is placed.
				return false
			}
			return k-1 >= s.a // "situé sur la Grande-Côte, à 25 km de X", "Pays de la Loire, à"
		}
	}
	return false
}

// frenchAreaObject reports whether the name m is the object of "de" after
// a common noun that names no settlement: "dans la plaine du Séno à 32 km
// de X" and "au bord du lac Tchad à 20 km de Bol" locate the subject of
// the clause, not the plain or the lake; "la ville de Gorgadji à 12 km de
// X" is about Gorgadji.
func (r *reader) frenchAreaObject(m int, s *sentence) bool {
	p := r.mtok[m][0]
	k, ok := r.frenchOfBefore(p, s)
	if !ok && frenchFeature(r.word(p-1, s.b)) != "" {
		k, ok = p-1, true // "du lac Tchad"
		if k2, ok2 := r.frenchOfBefore(k, s); ok2 {
			k = k2
		}
	}
	if !ok || k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	w, _ := elidedRest(r.toks[k].lower)
	switch w {
	case "de", "du", "des", "à", "au", "aux", "ouest", "est", "nord", "sud", "centre", "chef-lieu", "capitale":
		return false
	}
	if f := frenchFeature(w); f != "" && (isNamelessKind(f) || isSpotFeature(f)) {
		// « ont attaqué le camp de Kalo à 20 km de X », « le puits de
		// Tin-Zaouatène à 30 km »: a camp or a well is a point the
		// distance places, as the English kind is (nameless.go).
		return false
	}
	return !isFrenchAnaphorNoun(w) && !isFrenchCompass(w) && !isFrenchArticle(w)
}

// genericBefore reports whether the name at token p follows a common noun
// with its article that names it as a natural feature: "l'océan
// Atlantique", "la lagune Ébrié", "les monts Mandara", "le fleuve Niger".
// A settlement noun ("le village Kalo", "le chef-lieu Bougouni") does not
// count: such a name is a place the text may locate.
func (r *reader) genericBefore(p int, s *sentence) bool {
	k := p - 1
	if k < s.a || r.toks[k].kind != tokWord || r.toks[k].cap || r.at[k] >= 0 {
		return false
	}
	if _, of := elidedRest(r.toks[p].lower); of == 'd' {
		return false // "la zone d'Eraf": the name is the object of "de", not the noun's own
	}
	w, art := elidedRest(r.toks[k].lower)
	if isFrenchAnaphorNoun(w) || isFrenchArticle(w) || isFrenchLocative(w) || isFrenchCompass(w) || isFrenchPartWord(w) {
		return false
	}
	if f := frenchFeature(w); f != "" && (lex().en[f].at || isSpotFeature(f)) {
		// « Le puits Sabria-3, à 40 km au sud-ouest de X »: a well, a
		// camp or a farm is a spot the name before the distance names,
		// not a natural feature the sentence lies on.
		return false
	}
	switch w {
	case "chef-lieu", "capitale", "de", "du", "des", "et", "ou", "à", "au", "aux", "en", "dans", "sur", "vers":
		return false
	}
	if isFrenchTimeNoun(w) {
		return false // "a attaqué dans la nuit X": a time, then the object
	}
	if art == 'l' {
		return true // "l'océan Atlantique"
	}
	switch r.word(k-1, s.b) {
	case "le", "la", "les":
		return art == 0 && k-1 >= s.a
	}
	return false
}

// frenchSubjectContainer reports whether the name m names an area the
// subject lies in rather than a place of its own, so that a participle
// after it (« situé à 35 km de Y ») is the subject's: the name of a
// division after its kind (« du département de Pô », frenchContainerName,
// frenchQualifiedContainerName; or with no « de », « de la région Amoron'i
// Mania », frenchAdminNounBefore), of the country or area after the
// subject's kind (frenchKindOf), or after a preposition of containment
// (frenchInsideOf); or the next link of a chain of such areas set off by
// commas, bare or after « à » (« de la région Amoron'i Mania, à
// Madagascar, situé à », « district de Fandriana, région X, Madagascar,
// situé à »). depth bounds the chain.
func (r *reader) frenchSubjectContainer(m int, s *sentence, depth int) bool {
	if r.frenchContainerName(m, s) || r.frenchQualifiedContainerName(m, s) || r.frenchKindOf(m, s) || r.frenchInsideOf(m, s) ||
		r.frenchAdminNounBefore(m, s) {
		return true
	}
	if depth >= maxContainerChain {
		return false
	}
	prev := r.chainLinkBefore(m, s)
	return prev >= 0 && r.evidence(prev) > EvidenceUnlikely && r.frenchSubjectContainer(prev, s, depth+1)
}

// chainLinkBefore returns the name that ends right before the comma
// opening m as a link of a chain of areas, bare or after « à », « au », «
// aux » or « en » (« de la région Amoron'i Mania, à Madagascar » gives
// Amoron'i Mania for Madagascar), or -1.
func (r *reader) chainLinkBefore(m int, s *sentence) int {
	k := r.mtok[m][0] - 1
	if w := r.word(k, s.b); w == "à" || w == "au" || w == "aux" || w == "en" {
		k--
	}
	if k <= s.a || !r.is(k, s.b, ",") {
		return -1
	}
	return r.mentionEndingAt(k-1, s.a)
}

// frenchChainStart returns the first area of the chain set off by commas
// that ends with the name m (frenchSubjectContainer): « un village du
// Haut-Badakhchan, au Tadjikistan » gives Haut-Badakhchan for
// Tadjikistan. With no chain it returns m.
func (r *reader) frenchChainStart(m int, s *sentence) int {
	for n := 0; n < maxContainerChain; n++ {
		prev := r.chainLinkBefore(m, s)
		if prev < 0 || r.evidence(prev) == EvidenceUnlikely || !r.frenchSubjectContainer(prev, s, n+1) {
			return m
		}
		m = prev
	}
	return m
}

// maxContainerChain bounds the areas a chain set off by commas may name
// after the first (frenchSubjectContainer): « commune, province, pays ».
const maxContainerChain = 3

// frenchAdminNounBefore reports whether the name m follows an
// administrative kind with its article, or after a comma, and no « de »:
// « de la région Amoron'i Mania », « dans la province Orientale », « du
// district Fandriana », « …, région Amoron'i Mania, ».
func (r *reader) frenchAdminNounBefore(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	if k <= s.a || r.toks[k].cap {
		return false
	}
	f := frenchFeature(r.word(k, s.b))
	if f == "" || !isAdminFeature(f) {
		return false
	}
	if r.is(k-1, s.b, ",") {
		return true // « …, région Amoron'i Mania, Madagascar »: a link of a chain
	}
	switch r.word(k-1, s.b) {
	case "la", "le", "l'", "l’", "du", "au":
		return true
	}
	return false
}

// frenchParticipleArea reports whether the name m, right after a
// participle of place and « à », « au », « aux » or « en » (« situé à
// Madagascar », « située au Togo »), opens a chain of areas set off by
// commas: after the comma, a division after its kind
// (frenchSubjectContainer: « dans la région Y », « préfecture de Y »).
// A distance after the chain (« situé à Madagascar, dans la région Y, à
// 35 km de Z ») places the participle's subject, not the area.
func (r *reader) frenchParticipleArea(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	switch r.word(k, s.b) {
	case "à", "au", "aux", "en":
	default:
		return false
	}
	if k-1 <= s.a || !isFrenchLocative(r.lowerWord(k-1, s.b)) || isFrenchFiniteVerb(r.lowerWord(k-1, s.b)) {
		return false
	}
	e := r.mtok[m][1]
	if !r.is(e, s.b, ",") {
		return false
	}
	for j := e + 1; j < s.b && j <= e+maxLook; j++ {
		if n := r.mentionAt(j, s.b); n >= 0 {
			return r.mtok[n][0] == j && r.frenchSubjectContainer(n, s, 0)
		}
		if r.toks[j].kind != tokWord || r.toks[j].cap {
			return false
		}
	}
	return false
}

// frenchParticipleChain returns the token of the participle of place
// before a chain of areas set off by commas that ends with the name m: m
// is itself an area (the participle's, frenchParticipleArea: « situé à
// Madagascar, ») or a division after its kind (frenchSubjectContainer)
// whose chain, link by link back over the commas, starts with such an
// area (« situé à Madagascar, dans la région Amoron'i Mania »). It
// returns -1 when m ends no such chain.
func (r *reader) frenchParticipleChain(m int, s *sentence) int {
	for n := 0; n <= maxContainerChain; n++ {
		if r.frenchParticipleArea(m, s) {
			return r.mtok[m][0] - 2
		}
		if !r.frenchSubjectContainer(m, s, maxContainerChain) {
			return -1
		}
		k := r.mtok[m][0] - 1
		for j := 0; j < 4 && k > s.a && r.toks[k].kind == tokWord && !r.toks[k].cap; j++ {
			k-- // « dans la région », « préfecture de »
		}
		if !r.is(k, s.b, ",") {
			return -1
		}
		if m = r.mentionEndingAt(k-1, s.a); m < 0 || r.evidence(m) == EvidenceUnlikely {
			return -1
		}
	}
	return -1
}

// frenchInsideOf reports whether the name m follows a preposition of
// containment, "en", "dans", "au" or "aux", perhaps with an article: "une
// localité du Sénégal, en Basse-Casamance, située à 31 km de X" places
// the subject, not Basse-Casamance.
func (r *reader) frenchInsideOf(m int, s *sentence) bool {
	k := r.mtok[m][0] - 1
	switch r.word(k, s.b) {
	case "la", "le", "les", "l'", "l’":
		k--
	}
	switch r.word(k, s.b) {
	case "en", "dans", "au", "aux":
		return k >= s.a
	}
	return false
}

// frenchAnaphorAt reports whether the place noun at token k, with the
// elided article art glued to it or a definite article before it, stands
// for the topic ("le village", "l'agglomération"), and returns the first
// token of the anaphor. After "X," it is an apposition to X ("Bellogo, le
// village situé à ...") and no anaphor.
func (r *reader) frenchAnaphorAt(k int, art byte, s *sentence) (int, bool) {
	a := k
	if art == 0 {
		if k-1 < s.a {
			return 0, false
		}
		switch r.word(k-1, s.b) {
		case "le", "la", "ce", "cette", "cet":
			a = k - 1
		default:
			return 0, false
		}
	}
	if a-1 < s.a {
		return a, a >= s.a
	}
	if r.is(a-1, s.b, ",") && r.mentionEndingAt(a-2, s.a) >= 0 {
		return 0, false
	}
	return a, true
}

// frenchLabelLook is how many tokens after the first word a colon may
// stand and close a label that opens a French sentence with a name that
// is no place or ends with an hour (« Bulletin de Météo-France à 17 h :
// », « Bulletin météo de 10 h : »); four do after any other opening («
// Séisme au Maroc : »), and a colon further on is in the sentence's own
// clause (« Le ksar de X est isolé : Y (à 30 km) »).
const frenchLabelLook = 8

// frenchClockLabel reports whether a colon within frenchLabelLook tokens
// of token k closes words that end with an hour: « 10 h », « 17 h 30 ».
func (r *reader) frenchClockLabel(k int, s *sentence) bool {
	for j := k + 1; j < s.b && j <= s.first+frenchLabelLook; j++ {
		if !r.is(j, s.b, ":") {
			continue
		}
		if r.is(j-1, s.b, "h") && j-2 > k && r.toks[j-2].kind == tokNum {
			return true
		}
		return r.toks[j-1].kind == tokNum && r.is(j-2, s.b, "h") && j-3 > k && r.toks[j-3].kind == tokNum
	}
	return false
}

// frenchPassiveAgent reports whether mention m of sentence s names the
// agent of a passive, after « par », an article and a lower-case noun
// and « de » (« fut bâti par le régiment de Carignan-Salières », « a été
// fondée par les pères de Picpus »), the passive's « fut », « furent » or
// « été » standing before « par » in the same clause. « passer par X »,
// with no passive, names a place on the way.
func (r *reader) frenchPassiveAgent(m int, s *sentence) bool {
	j := r.mtok[m][0] - 1
	switch r.word(j, s.b) {
	case "de", "du", "des":
	default:
		return false
	}
	j--
	if j <= s.a || r.toks[j].kind != tokWord || r.toks[j].cap {
		return false
	}
	j--
	if !isFrenchArticle(r.word(j, s.b)) {
		return false
	}
	j--
	if !r.is(j, s.b, "par") {
		return false
	}
	for k := j - 1; k >= s.a && k > j-8; k-- {
		switch r.word(k, s.b) {
		case "fut", "furent", "été":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// frenchDivisionHeadingEnd returns the colon that closes a heading of
// divisions opening sentence s at token k, or -1: links of a kind of
// division (or of chainnouns.tsv; the first link may be any kind, «
// Fokontany », « Village »), perhaps its article and adjectives, « de »,
// « du » or « d' » and a name, set off by commas (« Cercle de
// Gourma-Rharous, commune rurale de Gossi : », « Le territoire de Fizi,
// groupement de Basimunyaka : »). The clause after the colon has its own
// subject, which the divisions only contain.
func (r *reader) frenchDivisionHeadingEnd(k int, s *sentence) int {
	b := s.b
	for links := 0; links < 6 && k < b; links++ {
		if isFrenchArticle(r.lowerWord(k, b)) || k < b && isFrenchArticle(r.toks[k].lower) {
			k++
		}
		if k >= b || r.toks[k].kind != tokWord {
			return -1
		}
		w, _ := elidedRest(r.toks[k].lower)
		f := frenchFeature(w)
		if !isAdminFeature(f) && !isChainNoun(w) && (links > 0 || f == "") {
			return -1
		}
		k++
		for n := 0; n < 2 && isFrenchAdjective(r.lowerWord(k, b)); n++ {
			k++ // « commune rurale de »
		}
		if r.is(k, b, "de") || r.is(k, b, "du") {
			k++
		}
		m := r.mentionAt(k, b)
		if m < 0 {
			return -1
		}
		k = r.mtok[m][1]
		switch {
		case r.is(k, b, ":"):
			return k
		case r.is(k, b, ","):
			k++
		default:
			return -1
		}
	}
	return -1
}

// frenchSentSubject returns the subject of a French sentence: a name at its
// start followed by its verb ("Namer est situé"), "La localité de X", an
// anaphor ("Le village", "Il") standing for the topic, or the same after
// an introductory phrase or a connective ("Situé au sud du lac, Idbara se
// trouve", "Cependant, le village se trouve").
func (r *reader) frenchSentSubject(s *sentence) (int, Span, bool) {
	b := s.b
	k := s.a
	for k < b && r.toks[k].kind == tokPunct {
		k++
	}
	if d := r.datelineSkip(k, s); d > k {
		// « PARAKOU – La ferme avicole Sèwanou … »: the clause after the
		// dateline has its own subject.
		return r.frenchClauseSubject(d, s, false)
	}
	look := 4
	if m := r.mentionAt(k, b); m >= 0 && r.evidence(m) == EvidenceUnlikely || r.frenchClockLabel(k, s) {
		look = frenchLabelLook // « Bulletin de Météo-France à 17 h : », « Bulletin météo de 10 h : »
	}
	if e := r.frenchDivisionHeadingEnd(k, s); e > 0 {
		look = max(look, e-s.first) // « Cercle de Gourma-Rharous, commune rurale de Gossi : le site de … »
	}
	for j := k + 1; j < b && j <= s.first+look && !r.is(j, b, "("); j++ {
		if r.is(j, b, ":") {
			// « Séisme au Maroc : le douar de X, à 12 km … »: a label
			// opens the sentence, and the clause after it has a subject.
			if m, ana, ok := r.frenchClauseSubject(j+1, s, false); ok {
				return m, ana, true
			}
			if m := r.mentionAt(k, b); m >= 0 && r.mtok[m][1] == j && r.headingPlace(k, j, s) {
				// « Madagascar : un taxi-brousse s'est renversé à 30 km
				// d'Antsirabe »: the country a brief is about is no
				// subject of the clause after it.
				return -1, Span{}, false
			}
			if m := r.mentionAt(k, b); m >= 0 && r.mtok[m][1] == j {
				break // « Kalifabougou-Nord : village, à 30 km … »: an entry's name
			}
			if t := r.toks[j]; t.start > 0 && r.text[t.start-1] == ' ' && !r.placeNamedBetween(k, j) {
				// « Randonnée du dimanche : départ de Kpalimé … »: a French
				// label, no place, is no subject of the clauses after it.
				return -1, Span{}, false
			}
			break
		}
	}
	if r.rubricOpens(s) {
		// « Espace — Des débris … », « [TEXTE CONTRADICTOIRE] Éruption du
		// … »: a rubric or an editor's note opens the sentence, and is
		// no subject.
		return -1, Span{}, false
	}
	if m := r.mentionAt(k, b); m >= 0 && k == s.first && r.evidence(m) == EvidenceUnlikely && r.heldAfter(r.mtok[m][1], s) {
		// « La Route du Rock se déroule au fort de X, à 10 km au sud de
		// Y »: an event held is no subject of where it is held, as « Le
		// festival » is none.
		return -1, Span{}, false
	}
	for pass := 0; pass < 3; pass++ {
		if m, ana, ok := r.frenchClauseSubject(k, s, pass > 0); ok {
			if pass == 0 && ana.IsZero() {
				if m2, ok := r.frenchLaterSubject(m, s); ok {
					return m2, Span{}, true
				}
			}
			return m, ana, true
		}
		j := k
		for j < b && j < k+maxLook && !r.is(j, b, ",") {
			j++
		}
		if !r.is(j, b, ",") {
			break
		}
		k = j + 1
	}
	// "À 15 km à l'est de Gao se trouve le campement de X": the subject
	// comes after its verb.
	for j := s.a; j+2 < b && j < s.a+maxLook; j++ {
		if r.is(j, b, "se") && isFrenchLocative(r.word(j+1, b)) {
			if m, ana, ok := r.frenchClauseSubject(j+2, s, false); ok && ana.IsZero() {
				return m, ana, true
			}
			if m, ok := r.frenchInvertedThing(j+2, b); ok {
				return m, Span{}, true
			}
			if m, ok := r.frenchInvertedKindName(j+2, b); ok {
				return m, Span{}, true
			}
			if m, ok := r.indefiniteNamedKind(j+2, b); ok {
				return m, Span{}, true // « … se trouve un campement baptisé X »
			}
		}
		if w, art := elidedRest(r.word(j, b)); art == 's' && isFrenchLocative(w) || reflexiveLocative(r.word(j, b)) {
			// "Au-delà de Kayes, à 40 km, s'étend la plaine de X";
			// verbs.tsv lists these with their pronoun (« s'étend »,
			// « s'élève »), which elidedRest leaves on.
			if m, ana, ok := r.frenchClauseSubject(j+1, s, false); ok && ana.IsZero() {
				return m, ana, true
			}
			if m, ok := r.frenchInvertedThing(j+1, b); ok {
				return m, Span{}, true
			}
			if m, ok := r.frenchInvertedKindName(j+1, b); ok {
				return m, Span{}, true // « … s'accroche l'îlet Calumet »
			}
			if m, ok := r.indefiniteNamedKind(j+1, b); ok {
				return m, Span{}, true
			}
		}
	}
	// "Situé sur la côte, à 10 km de la frontière": a participle with no
	// subject of its own is about the topic.
	if k0 := s.first; k0 < b && r.toks[k0].cap && isParticipleLead(r.toks[k0].lower) {
		return r.topicAnaphor(k0, k0+1)
	}
	return -1, Span{}, false
}

// frenchInvertedKindName reads, at token k right after an inverted verb
// of place, a kind of place with its article, perhaps its complement «
// de » and a lower-case noun or one lower-case word, and a name that ends
// the clause: « Entre A et B se trouve l'atelier Ravaka », « … se trouve
// l'atelier de marqueterie Ravaka », « … la ferme pilote X ». It returns the name's mention.
func (r *reader) frenchInvertedKindName(k, b int) (int, bool) {
	w, art := elidedRest(r.lowerWord(k, b))
	switch {
	case art == 'l':
	case art == 0 && (w == "le" || w == "la"):
		k++
		w = r.lowerWord(k, b)
	default:
		return -1, false
	}
	if frenchFeature(w) == "" || r.at[k] >= 0 {
		return -1, false
	}
	if r.is(k+1, b, "de") && r.lowerWord(k+2, b) != "" && r.at[k+2] < 0 && !isFrenchArticle(r.lowerWord(k+2, b)) {
		k += 2 // « l'atelier de marqueterie X »
	} else if w := r.lowerWord(k+1, b); w != "" && r.at[k+1] < 0 && !isPreposition(w) && !isFrenchArticle(w) && !isOfWord(w) && r.mentionAt(k+2, b) >= 0 {
		k++ // « la ferme pilote X »: a noun or an adjective after the kind
	}
	m := r.mentionAt(k+1, b)
	if m < 0 || r.mtok[m][0] != k+1 || r.evidence(m) == EvidenceUnlikely {
		return -1, false
	}
	if e := r.skipParen(r.mtok[m][1], b); r.clauseEndAt(langs().fr, e, b) || r.is(e, b, ",") {
		return m, true
	}
	return -1, false
}

// frenchInnerKind returns the token of a second kind of place that the
// kind at token k takes as its complement with « du », « des » or « de
// la »: « les ruines du temple d'X », « le phare de la pointe de X »,
// « les vestiges de la citadelle de X ». A division is no such kind
// (« le chef-lieu de la région de X » names X's container).
func (r *reader) frenchInnerKind(k, b int) (int, bool) {
	j := k + 1
	switch {
	case r.is(j, b, "du") || r.is(j, b, "des"):
		j++
	case r.is(j, b, "de") && r.is(j+1, b, "la"):
		j += 2
	case r.is(j, b, "de"):
		if _, art := elidedRest(r.word(j+1, b)); art != 'l' {
			return k, false
		}
		j++
	default:
		return k, false
	}
	if j >= b || r.at[j] >= 0 || r.toks[j].cap {
		return k, false
	}
	w, _ := elidedRest(r.word(j, b))
	if f := frenchFeature(w); f == "" || isAdminFeature(f) {
		return k, false
	}
	return j, true
}

// frenchLocativeAfterApposition reports whether the comma at token e
// opens an apposition that closes with a comma right before a verb of
// place: « X, siège de la FINUL, se trouve … », « X, au lieu-dit Y, se
// trouve … ».
func (r *reader) frenchLocativeAfterApposition(e, b int) bool {
	j, ok := r.frenchAppositionEnd(e, b)
	return ok && isFrenchLocative(r.word(j, b))
}

// frenchMainVerbAfterApposition reports whether a main verb
// (mainverbs.tsv) follows an apposition set off by commas at token e:
// after an opening phrase, « À 40 km au sud de Y, le ksar X, abandonné
// depuis 1960, menace de s'effondrer » is about X.
func (r *reader) frenchMainVerbAfterApposition(e, b int) bool {
	j, ok := r.frenchAppositionEnd(e, b)
	return ok && isMainVerb(r.lowerWord(j, b))
}

// frenchAppositionEnd returns the token after an apposition set off by
// commas at token e, the first comma at e: « le ksar X, abandonné depuis
// 1960, menace … » gives « menace ». It reports false when no second
// comma closes the apposition within maxLook tokens.
func (r *reader) frenchAppositionEnd(e, b int) (int, bool) {
	if !r.is(e, b, ",") {
		return e, false
	}
	for j := e + 1; j < b && j < e+maxLook; j++ {
		if r.is(j, b, ",") {
			return j + 1, j > e+1
		}
	}
	return e, false
}

// placeNamedBetween reports whether a mention graded at least
// EvidencePreposition starts among tokens [i, j).
func (r *reader) placeNamedBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if m := int(r.at[k]); m >= 0 && r.mtok[m][0] == k && r.evidence(m) >= EvidencePreposition {
			return true
		}
	}
	return false
}

// frenchLaterSubject returns the subject of the clause after the comma
// that follows the name m opening sentence s, when m is a bare capitalised
// word in apposition and that clause names its subject with its verb:
// "Porte du désert, l'oasis de X est située à ..." is about X.
func (r *reader) frenchLaterSubject(m int, s *sentence) (int, bool) {
	if r.evidence(m) > EvidenceCapitalised || r.mtok[m][1]-r.mtok[m][0] != 1 {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], s.b)
	if isFrenchLocative(r.word(e, s.b)) {
		return -1, false
	}
	for j := e; j < s.b && j < e+maxLook; j++ {
		if r.is(j, s.b, ",") {
			if m2, ana, ok := r.frenchClauseSubject(j+1, s, true); ok && ana.IsZero() && m2 != m {
				return m2, true
			}
			return -1, false
		}
		if r.at[j] >= 0 {
			return -1, false // another name before the comma
		}
	}
	return -1, false
}

// frenchNounComplement skips a complement of the descriptor noun at token
// k that comes before the name: "le poste de contrôle de X", "le camp de
// réfugiés de X". It returns the complement's last token, or k when there
// is none or no name follows it.
func (r *reader) frenchNounComplement(k, b int) int {
	// "la mine d'or de X": the complement is glued to its "de".
	if k+1 < b && r.at[k+1] < 0 && !r.toks[k+1].cap {
		if w, art := elidedRest(r.toks[k+1].lower); art == 'd' && w != "" {
			if o, ok := r.frenchOfAt(k+2, b); ok && r.mentionAt(o, b) >= 0 {
				return k + 1
			}
		}
	}
	w := r.lowerWord(k+2, b)
	if !r.is(k+1, b, "de") || w == "" || w == "la" || w == "le" || w == "les" || r.at[k+2] >= 0 {
		return k
	}
	if o, ok := r.frenchOfAt(k+3, b); ok && r.mentionAt(o, b) >= 0 {
		return k + 2
	}
	// "la ville de subordination régionale X": the complement's adjectives
	// lead to the name itself.
	j := k + 3
	for n := 0; n < 2 && j < b && r.toks[j].kind == tokWord && !r.toks[j].cap && r.at[j] < 0; n++ {
		j++
	}
	if j > k+3 && r.mentionAt(j, b) >= 0 {
		return j - 1
	}
	return k
}

// elidedArticle returns the letter of the article or preposition elided
// at the head of the word w ('d' for « d'Ebel-Ayong », 'l' for
// « l'Adrar »), or 0.
func elidedArticle(w string) byte {
	_, art := elidedRest(w)
	return art
}

// frenchIndefiniteApposition returns the name set off by commas after an
// indefinite kind of place that opens the clause at token k, before its
// verb: « … ; un nouveau site, Am-Kharouba, a été ouvert à 25 km plus à
// l'est », « … ; une seconde ferme, X, se trouve à 8 km ». Between the
// article and the comma stand up to maxLook lower-case words, one of them
// a kind of place.
func (r *reader) frenchIndefiniteApposition(k int, s *sentence) (int, bool) {
	b := s.b
	if !isIndefinite(r.lowerWord(k, b)) {
		return -1, false
	}
	kind := false
	for j := k + 1; j < b && j <= k+maxLook; j++ {
		t := &r.toks[j]
		if t.lower == "," {
			if !kind {
				return -1, false
			}
			m := r.mentionAt(j+1, b)
			if m < 0 || r.mtok[m][0] != j+1 || r.evidence(m) == EvidenceUnlikely {
				return -1, false
			}
			e := r.skipParen(r.mtok[m][1], b)
			if !r.is(e, b, ",") || !r.frenchVerbAt(e+1, b) {
				return -1, false
			}
			return m, true
		}
		if t.kind != tokWord || t.cap {
			return -1, false
		}
		w, _ := elidedRest(t.lower)
		kind = kind || frenchFeature(w) != "" || isDescriptorNoun(w)
	}
	return -1, false
}

// frenchVerbAt reports whether token j opens the verb of a clause: a verb
// of place (frenchPlaceVerbAt, « se trouve », « est situé »), a main verb,
// or an auxiliary before a participle in lower case (« a été ouvert », «
// ont été installés »).
func (r *reader) frenchVerbAt(j, b int) bool {
	if r.frenchPlaceVerbAt(j, b) || isMainVerb(r.lowerWord(j, b)) {
		return true
	}
	switch r.lowerWord(j, b) {
	case "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient":
		return j+1 < b && r.toks[j+1].kind == tokWord && !r.toks[j+1].cap
	}
	return false
}

// frenchClauseSubject reads the subject of a French clause that starts at
// token k. After an introductory phrase (inner) a name must be followed by
// its verb.
func (r *reader) frenchClauseSubject(k int, s *sentence, inner bool) (int, Span, bool) {
	b := s.b
	if k >= b {
		return -1, Span{}, false
	}
	if m, ok := r.pluralSubject(k, b); ok {
		return m, Span{}, true // « Sama et Koro ont brûlé ; ils se trouvent … », « Les deux villages se trouvent … »
	}
	if m := r.mentionAt(k, b); m >= 0 {
		if r.evidence(m) == EvidenceUnlikely && r.lifeAfter(r.mtok[m][1], b) {
			// « Léopold Diouf est né à Joal, petite ville située à 110
			// km de Dakar »: a person's life is no statement of place.
			return -1, Span{}, false
		}
		e := r.skipParen(r.mtok[m][1], b)
		verb := isFrenchLocative(r.word(e, b)) ||
			inner && isMainVerb(r.lowerWord(r.mtok[m][1], b)) // "Situé à 50 km de Y, X domine la vallée"
		if inner && !verb {
			// "Plus au sud, Naqoura, siège de la FINUL, se trouve à …":
			// an apposition between the name and its verb.
			verb = r.frenchLocativeAfterApposition(e, b)
		}
		if verb || (!inner && r.evidence(m) > EvidenceUnlikely) {
			return m, Span{}, true
		}
		return -1, Span{}, false
	}
	w, art := elidedRest(r.word(k, b))
	a0 := k
	switch {
	case art == 0 && (w == "ils" || w == "elles") && !r.frenchPlaceVerbAt(k+1, b):
		// « Ils ont trouvé refuge au site de X, à 10 km de Y »: before a
		// verb that places nothing, the plural pronoun is people, as
		// "they" is; « Elles se trouvent à 5 km de Y » is about the places.
		return -1, Span{}, false
	case art == 0 && (w == "celui" || w == "celle" || w == "ceux" || w == "celles") && r.is(k+1, b, "de"):
		// « Deux camps ont été attaqués. Celui de Tama, à 40 km au nord
		// de Gao, … »: the one of that name.
		if m := r.mentionAt(k+2, b); m >= 0 {
			return m, Span{}, true
		}
		return -1, Span{}, false
	case art == 0 && (w == "celui" || w == "celle" || w == "ceux" || w == "celles") && elidedArticle(r.word(k+1, b)) == 'd':
		// « … plusieurs postes missionnaires. Celui d'Ebel-Ayong fut
		// fondé en 1897, à une trentaine de kilomètres de X »: the
		// name after the elided « de ».
		if m := r.mentionAt(k+1, b); m >= 0 {
			return m, Span{}, true
		}
		return -1, Span{}, false
	case art == 0 && isFrenchPronoun(w):
		if m, ok := r.openerBefore(k, s); ok {
			return m, r.span(k, k+1), true
		}
		return r.topicAnaphor(k, k+1)
	case art == 'l': // "L'agglomération"
		for n := 0; n < 2 && k+1 < b && isFrenchAdjective(w) && frenchFeature(w) == ""; n++ {
			// « L'ancienne colline royale d'X se trouve … »: an
			// adjective with the elided article before the kind.
			k++
			if w, art = elidedRest(r.word(k, b)); art != 0 {
				return -1, Span{}, false
			}
		}
	case art == 0 && (w == "le" || w == "la" || w == "les" || w == "ce" || w == "cette" || w == "cet" || isFrenchPossessive(w)):
		// "Les ruines de X se trouvent ..." as "Le site de X se trouve ...";
		// « Notre hôtel, appelé Dar Sabri, est situé ... » too.
		k++
		for n := 0; n < 2 && isFrenchAdjective(r.word(k, b)); n++ {
			k++
		}
		if m := r.mentionAt(k, b); m >= 0 && inner && (isFrenchLocative(r.word(r.skipParen(r.mtok[m][1], b), b)) || isMainVerb(r.lowerWord(r.mtok[m][1], b))) {
			return m, Span{}, true // "Situé à 20 km de Y, le Jardin Majorelle attire ..."
		}
		if m := r.mentionAt(k, b); m >= 0 && r.mtok[m][0] == k && r.frenchLocativeAfterApposition(r.skipParen(r.mtok[m][1], b), b) {
			// « Le Domaine de Brisson, une exploitation agricole, est
			// situé à … »: the name after its article, then an
			// apposition set off by commas before the verb of place.
			return m, Span{}, true
		}
		w, art = elidedRest(r.word(k, b))
		if art != 0 {
			return -1, Span{}, false
		}
	default:
		return -1, Span{}, false
	}
	if m := r.mentionAt(k+1, b); m >= 0 && k > a0 && anyHas(setNameLeads, w) {
		return m, Span{}, true // « À 25 km de Y se trouve le lac X »
	}
	if m, ok := r.frenchStormPartOf(k, w, b); ok {
		return m, Span{}, true // « L'œil de l'ouragan Tammy se situait à 120 km à l'est de X »
	}
	if frenchFeature(w) == "" && !isFrenchAnaphorNoun(w) {
		if m, ok := r.frenchThingOf(k, b); ok {
			return m, Span{}, true
		}
		if m, ok := r.frenchNamedByNoun(a0, k, b); ok {
			return m, Span{}, true
		}
		if d := r.word(a0, b); inner && r.topic < 0 && (d == "ce" || d == "cette" || d == "cet") && k > a0 && k < b && !r.toks[k].cap && r.frontedDistance(s) {
			// « Découvrez la kasbah de X ! À douze kilomètres de Y, cette
			// demeure de terre vous accueille »: with no place the text
			// is about, a demonstrative and its noun after a fronted
			// distance stand for the last place named. After another
			// opening (« Pendant quarante ans, ce guide a gardé la cabane
			// de X, à 6 km de Y ») the noun is the sentence's actor.
			if m := r.latterPlace(s.a); m >= 0 {
				return m, r.span(a0, k+1), true // a place of an earlier sentence, not the fronted phrase's object
			}
		}
		return -1, Span{}, false
	}
	for n := 0; n < 2 && isFrenchAdjective(r.word(k+1, b)); n++ {
		k++ // "La commune rurale de X"
	}
	if j, ok := r.frenchInnerKind(k, b); ok {
		// « Les ruines du temple d'Echmoun se trouvent … »: the name is
		// the inner kind's.
		k = j
		w, _ = elidedRest(r.word(k, b))
		for n := 0; n < 2 && isFrenchAdjective(r.word(k+1, b)); n++ {
			k++ // « Les ruines de la cité almoravide de X »
		}
		if m := r.mentionAt(k+1, b); m >= 0 && anyHas(setNameLeads, w) {
			// « le camp minier du lac Taché-Nord »: a place named by the
			// landmark it stands by, which the lead word names.
			return m, Span{}, true
		}
	}
	if m, ok := r.namedAfterComma(k+1, b); ok {
		return m, Span{}, true // "Le village, nommé X, est situé ..."
	}
	k = r.frenchNounComplement(k, b)
	// (« L'anse Couleuvre se trouve … »: the kind with its elided article
	// opens the sentence, capitalised, and its name follows bare.)
	// « La chapelle X, au lieu-dit Y, se trouve … »: an apposition may
	// stand between the name and its verb.
	head := k > a0 && !r.toks[k].cap || k == a0 && art == 'l'
	if m := r.mentionAt(k+1, b); m >= 0 && head && r.at[k] < 0 {
		if e := r.skipParen(r.mtok[m][1], b); isFrenchLocative(r.word(e, b)) || r.frenchLocativeAfterApposition(e, b) ||
			inner && (isMainVerb(r.lowerWord(e, b)) || r.frenchMainVerbAfterApposition(e, b)) {
			// "La ville de subordination régionale X est située"; after
			// an opening phrase any main verb: « À 18 km d'Erfoud, le
			// bivouac X accueille les randonneurs ».
			return m, Span{}, true
		}
	}
	// "le hameau des Combes": after a kind that is no division, "des" names
	// a place whose name has the plural article ("Les Combes"); "du" stays
	// a container ("le village du Mali").
	// After a landmark's kind whose name is its own (descriptors.tsv flag
	// own), "du" names the landmark too: « La cascade du Hérisson ».
	contracted := r.word(k+1, b) == "du" && !lex().fr[w].own || r.word(k+1, b) == "des" && isAdminFeature(frenchFeature(w))
	if m := r.mentionAt(k+3, b); m >= 0 && r.word(k+1, b) == "du" && anyHas(setNameLeads, r.word(k+2, b)) {
		// « le camp minier du lac X »: a place named by the landmark
		// it stands by, which the lead word names (no container).
		return m, Span{}, true
	}
	if m := r.mentionAt(k+2, b); m >= 0 && inner && r.word(k+1, b) == "du" && r.evidence(m) > EvidenceUnlikely && !isAdminFeature(frenchFeature(w)) &&
		r.verbAfterName(m, b) {
		// « À 12 km au sud de Bastogne, la ferme du Trou-Bernard
		// accueille … »: after an opening phrase, a kind before « du »
		// and a name its verb follows is that place.
		return m, Span{}, true
	}
	if o, ok := r.frenchOfAt(k+1, b); ok && !contracted {
		if w, _ := elidedRest(r.word(o, b)); o < b && !r.toks[o].cap && isFrenchAdjective(w) {
			o++ // "Les ruines de l'antique Éphèse se trouvent ..."
		}
		if m := r.mentionAt(o, b); m >= 0 {
			return m, Span{}, true // "La localité de Linel"
		}
		if m := r.mentionAt(o+1, b); m >= 0 && r.is(o, b, "la") && (lex().fr[w].own ||
			r.evidence(m) > EvidenceUnlikely && !isAdminFeature(frenchFeature(w)) && isFrenchLocative(r.word(r.skipParen(r.mtok[m][1], b), b))) {
			// « Le piton de la Fournaise »; a name with its article
			// right before the verb of place: « la cabane de la Tsa
			// Blanche se trouve à … ».
			return m, Span{}, true
		}
		return -1, Span{}, false
	}
	if isFrenchAnaphorNoun(w) {
		return r.topicAnaphor(a0, k+1)
	}
	return -1, Span{}, false
}

// frenchNamedByNoun returns the name right after the article at token a0
// and the lower-case noun at token k, when a verb of place follows it: «
// Le motel Alamo se trouve à 40 km au nord de Puebla », « Le ranch San
// Isidro est situé à … ». The noun, one the lexicons do not know as a
// kind, is the place's kind as English reads "The tambo Alamo lies …". A
// title or a role before a person's name (« le président Keïta se trouve
// à … », isFrenchRoleNoun, isCivility) and a name read as unlikely a
// place are no such subject.
func (r *reader) frenchNamedByNoun(a0, k, b int) (int, bool) {
	m := r.mentionAt(k+1, b)
	if m < 0 || k != a0+1 || r.toks[k].cap || r.at[k] >= 0 || r.evidence(m) <= EvidenceUnlikely {
		return -1, false
	}
	if w := r.word(k, b); isFrenchRoleNoun(w) || isCivility(w) || isTitleWord(w) {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], b)
	switch w := r.word(e, b); {
	case w == "se":
		return m, r.frenchPlaceVerbAt(e, b)
	case isFrenchFiniteVerb(w):
		// « la colonne Bonnier est surprise »: a copula alone says
		// nothing of place; « est située » does.
		e++
	}
	return m, isFrenchLocative(r.word(e, b)) && !isFrenchFiniteVerb(r.word(e, b))
}

// reflexiveLocative reports whether w is a French verb of place written
// with its elided reflexive pronoun, as verbs.tsv lists « s'étend » and
// « s'élève ».
func reflexiveLocative(w string) bool {
	return (strings.HasPrefix(w, "s'") || strings.HasPrefix(w, "s’")) && isFrenchLocative(w)
}

// verbAfterName reports whether a French verb of place or a main verb
// follows the name m, perhaps after a bracket: « la ferme du Trou-Bernard
// accueille … », « le hameau du Bois-Joli se trouve … ».
func (r *reader) verbAfterName(m, b int) bool {
	e := r.skipParen(r.mtok[m][1], b)
	return isFrenchLocative(r.word(e, b)) || isMainVerb(r.lowerWord(e, b))
}

// frenchAppositiveName reports whether the name m stands between commas
// right after a sentence's opening description of a kind of place, an
// article and at most three lower-case words among which a kind, perhaps
// with an article of its own (« Notre gîte, le Kalo, est à … »): « Un
// second puits, Touil Nord, se trouve à ... », « Le nouveau poste,
// Mangily Sud, est situé à ... ». The name is what the sentence places,
// as appositiveName reads "The largest camp, Dagahaley, is ..." in
// English.
func (r *reader) frenchAppositiveName(m int, s *sentence) bool {
	if r.evidence(m) == EvidenceUnlikely {
		return false
	}
	p := r.mtok[m][0]
	c := p - 1 // the comma before the name, or before its article
	if w := r.lowerWord(c, s.b); w == "le" || w == "la" || w == "les" {
		c-- // « Notre bungalow, le Relais du Tsiribihina, est à … »
	}
	if !r.is(c, s.b, ",") || !r.is(r.mtok[m][1], s.b, ",") {
		return false
	}
	j := s.first
	switch w := r.word(j, s.b); {
	case isFrenchArticle(w), isFrenchPossessive(w): // « Notre bivouac, X, est installé »
	case w == "son", w == "sa", w == "ses", w == "leur", w == "leurs", w == "ce", w == "cette", w == "cet":
	default:
		return false
	}
	kind := false
	for j++; j < c; j++ {
		t := &r.toks[j]
		if t.kind != tokWord || t.cap || j-s.first > 3 {
			return false
		}
		if frenchFeature(t.lower) != "" {
			kind = true
		}
	}
	return kind
}

// labelOpens reports whether the name m opens sentence s as a label set
// off by a colon, with a clause of its own after the colon before the
// phrase at token ps: « Kaga-Bandoro : environ 1 100 déplacés sont
// arrivés au site de X, à 4 km … ». An entry line, whose phrase follows
// the colon (« Ndiosmone-Est : à 12 km de Y »), is about its label.
func (r *reader) labelOpens(m, ps int, s *sentence) bool {
	if r.mtok[m][0] != s.first {
		return false
	}
	e := r.mtok[m][1]
	if !r.is(e, s.b, ":") {
		return false
	}
	return ps > e+3
}

// frenchPlaceVerbAt reports whether token j opens a verb of place: « se
// trouvent », « sont situés », « s'étendent »; « se sont réfugiés » is a
// reflexive past of no place.
func (r *reader) frenchPlaceVerbAt(j, b int) bool {
	w := r.word(j, b)
	if w == "se" {
		next := r.word(j+1, b)
		return next != "sont" && next != "est" && isFrenchLocative(next)
	}
	return isFrenchLocative(w)
}

// frenchStormPartOf reads, after the part of a storm w at token k
// (lexicon/fr/stormparts.tsv: « centre », « œil »), « du » or « de l' »,
// the storm's noun (lexicon/fr/stormleads.tsv), at most two words that
// qualify it (« tropical ») and its name, before a
// verb of place: « le centre du cyclone Tammy se situait à 120 km à l'est
// de X », « l'œil de l'ouragan Irma se trouvait ... » place the storm,
// whose name after its noun is no place of its own.
func (r *reader) frenchStormPartOf(k int, w string, b int) (int, bool) {
	fr := langs().fr
	if !fr.has(setStormParts, w) {
		return -1, false
	}
	j := k + 1
	switch r.word(j, b) {
	case "du":
		j++
	case "de":
		j++
		if rest, art := elidedRest(r.word(j, b)); art != 'l' || !fr.has(setStormLeads, rest) {
			return -1, false
		}
		j++ // « de l'ouragan »
	default:
		return -1, false
	}
	if r.is(k+1, b, "du") {
		if !fr.has(setStormLeads, r.lowerWord(j, b)) {
			return -1, false // « le centre du Mali »: no storm's noun
		}
		j++ // « du cyclone »
	}
	for n := 0; n < 2 && r.lowerWord(j, b) != ""; n++ {
		j++ // « du cyclone tropical », « de la tempête tropicale »
	}
	m := r.mentionAt(j, b)
	if m < 0 {
		return -1, false
	}
	e := r.skipParen(r.mtok[m][1], b)
	return m, isFrenchLocative(r.word(e, b)) || r.frenchLocativeAfterApposition(e, b)
}

// frenchQualifiedContainerName reports whether the name m follows "de"
// after an administrative noun and its adjective ("du département et la
// commune rurale de Kaya", "de la commune urbaine de Y"): a participle
// after the comma that follows ("..., situé dans la province du
// Sanmatenga") is the subject's, not the commune's.
func (r *reader) frenchQualifiedContainerName(m int, s *sentence) bool {
	k, ok := r.frenchOfBefore(r.mtok[m][0], s)
	if !ok || frenchFeature(r.word(k, s.b)) != "" {
		return false
	}
	for n := 0; n < 2 && k > s.a && frenchFeature(r.word(k, s.b)) == "" && isFrenchAdjective(r.word(k, s.b)); n++ {
		k--
	}
	f := frenchFeature(r.word(k, s.b))
	return f != "" && isAdminFeature(f)
}

// compassSuffixLocality reports whether the name m after « au » or « aux »
// ends with a compass word joined by a hyphen or a space to a name that
// is none (« Kalo-Nord », « Gros-Mapou-Sud », « Mtsangabéni Est »): the
// northern or southern part of a village or a quarter, as Haitian,
// Comorian and West African localities are named, not a country or a
// region the article usually marks (« au Niger »). A name set off after
// another name and a comma (« X, au Darfour-Nord, ») is still that
// name's container.
func (r *reader) compassSuffixLocality(m int, s *sentence) bool {
	parts := strings.FieldsFunc(strings.ToLower(r.mentions[m].Name), func(c rune) bool { return c == ' ' || isHyphen(c) })
	if len(parts) < 2 || !isFrenchCompass(parts[len(parts)-1]) || isFrenchCompass(parts[0]) {
		return false
	}
	p := r.mtok[m][0]
	return !r.is(p-2, s.b, ",") || r.mentionEndingAt(p-3, s.a) < 0
}
