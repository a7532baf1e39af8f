package text

// maxSizeWords bounds the lower-case words after the unit of a size
// apposition ("of grazing and cropping country", "with title deeds").
const maxSizeWords = 8

// sizeApposition returns the comma after a name that a size apposition
// follows, right before the phrase at ps: "Yarrabee Station, 2,450 ha of
// grazing country located 35 km south-west of Y", "Chimwemwe Farm, 300
// hectares with title deeds, 30 km east of Y", "Parcela Los Alerces,
// 5,000 m2, located 5 km south of Y", "the Brazos Bend homestead, a
// 25-acre property with a farmhouse, 15 miles south of Y". Listings and
// notices give a property's size so between its name and where it lies;
// the size is no place and describes the name before the comma, as an
// indefinite apposition does. The apposition opens with a number, or "a"
// and a number, and a unit of measures.tsv ("ha", "hectares", "acres",
// "m2"); the words after the unit are lower-case words, perhaps with
// another size ("250 m2 on a plot of 4,000 m2"), and hold no verb but a
// participle of place closing them ("located", "situated"). A closing quote after the name is stepped
// over ("'Yarrabee Station', 2,450 ha ...").
func (r *reader) sizeApposition(ps int, s *sentence) (int, bool) {
	e := ps
	for e > s.a && isFiller(r.lowerWord(e-1, s.b)) {
		e--
	}
	if isPlaceVerb(r.lowerWord(e-1, s.b)) {
		e-- // "..., located 5 km south of Y"
	}
	if r.is(e-1, s.b, ",") {
		e--
	}
	o := e - 1
	for o > s.a && o >= e-maxSizeWords-6 && !r.is(o, s.b, ",") {
		o--
	}
	if o <= s.a || !r.is(o, s.b, ",") {
		return 0, false
	}
	n0 := o - 1
	if isQuote(r.toks[n0].lower) {
		n0--
	}
	if r.mentionEndingAt(n0, s.a) < 0 && !r.kindAfterName(n0, s) {
		return 0, false
	}
	j := o + 1
	if r.is(j, s.b, "a") || r.is(j, s.b, "an") {
		j++
	}
	for j < e && isFiller(r.lowerWord(j, s.b)) {
		j++ // "some 300 hectares"
	}
	if j >= e || r.toks[j].kind != tokNum {
		return 0, false
	}
	j++
	if r.is(j, s.b, "-") {
		j++ // "a 25-acre property"
	}
	if j >= e || !anyHas(setMeasures, r.lowerWord(j, s.b)) {
		return 0, false
	}
	words := 0
	for j++; j < e; j++ {
		if r.toks[j].kind == tokNum && j+1 < e && anyHas(setMeasures, r.lowerWord(j+1, s.b)) {
			j++ // "250 m2 on a plot of 4,000 m2": a second size
			continue
		}
		w := r.lowerWord(j, s.b)
		if w == "" || isCopula(w) || isFiniteVerb(w) || isEventVerb(w) || isRelativeWord(w) || isRoleNoun(w) || isTitleWord(w) {
			return 0, false
		}
		if words++; words > maxSizeWords {
			return 0, false
		}
	}
	return o, true
}

// isQuote reports whether w is a quotation mark, straight or curly.
func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// sizeComplementEnd returns the token after a size complement that starts
// at token j, right after a kind of place: « une ferme de 30 hectares
// située à ... », « une parcelle de 1 500 m2 », "a farm of 40 ha": « de »
// or "of", numbers and a unit of measures.tsv (in capitals too, « de 300
// MW ») or an area in m² or km², and the words of quantities.tsv after it
// (« par jour »); a hedge may stand before the numbers (« d'environ 300
// hectares », « de plus de 2 000 ha », "of about 40 ha"). It returns j
// when no such complement starts there.
func (r *reader) sizeComplementEnd(j, b int) int {
	k := j + 1
	switch rest, art := elidedRest(r.word(j, b)); {
	case art == 'd' && rest == "environ":
		// « un feu de forêt d'environ 300 hectares »
	case !r.is(j, b, "de") && !r.is(j, b, "of"):
		return j
	case r.is(k, b, "environ") || r.is(k, b, "about") || r.is(k, b, "some"):
		k++ // « de environ 40 ha », "of about 40 ha"
	case (r.is(k, b, "près") || r.is(k, b, "plus") || r.is(k, b, "moins")) && r.is(k+1, b, "de"):
		k += 2 // « de près de 300 hectares », « de plus de 2 000 ha »
	}
	n := k
	for k < b && r.toks[k].kind == tokNum {
		k++
	}
	if k == n || k >= b {
		return j
	}
	w := ""
	if r.toks[k].kind == tokWord {
		w = r.toks[k].lower // "de 300 MW": a unit may be written in capitals
	}
	switch {
	case (w == "m" || w == "km") && (r.is(k+1, b, "²") || r.is(k+1, b, "³")) && r.toks[k+1].start == r.toks[k].end:
		k += 2 // « un entrepôt de 40 000 m² »
	case anyHas(setMeasures, w):
		k++
	default:
		return j
	}
	for k < b && r.toks[k].kind == tokWord && !r.toks[k].cap && anyHas(setQuantities, r.toks[k].lower) {
		k++ // « une raffinerie de 30 000 barils par jour »
	}
	return k
}
