package text

// bulletinTitleMost is the most tokens a bulletin's title line holds; a
// longer first line is prose, and the bound keeps the scan linear.
const bulletinTitleMost = 30

// bulletinArea reports whether the name at p, ending at q, is the area a
// bulletin's title line covers. The line is the document's first, up to
// its first full stop before a capital if the report runs on after it,
// short, with no finite verb (a capitalised month's name, "May" or
// "March" in the title's date, is none), with a
// spaced dash and a word of a bulletin (bulletins.tsv: "update",
// "snapshot", « bulletin », « situation »); the
// name stands right after the dash, or is one more of a list after it,
// or stands alone in brackets, or between a colon and the dash with no
// common word in it ("Sudan: North Darfur – Situation Report No. 14", not
// "ETHIOPIA: Gambela Refugee Response – Situation Update"): "Measles outbreak response – Western
// Highlands and Enga (Update 3)", "UNHCR Jordan – Mafraq field update", «
// Liban – Bekaa : mise à jour hebdomadaire », « Tchad – Point de
// situation n°7 (Ouaddaï) ». A name that holds a bulletin's own word
// ("Flash Update No. 4", « Point de situation ») is none, and so is a
// common word that opens a noun phrase ("– Flash floods", "- Pigeon
// pea").
func (r *reader) bulletinArea(p, q int, s *sentence) bool {
	if p >= bulletinTitleMost {
		return false
	}
	for k := p; k < q; k++ {
		if anyHas(setBulletins, r.toks[k].lower) {
			return false // "Flash Update No. 4", « Point de situation »
		}
	}
	if q-p == 1 && (isCommonWord(r.toks[p].lower) || isPlaceWord(r.toks[p].lower)) && q < s.b && r.toks[q].kind == tokWord && !r.toks[q].cap {
		// "Flash Update No. 2 – Flash floods, Sylhet Division",
		// "Bulletin No. 7 - Pigeon pea": a common word opening the
		// title's subject, a noun phrase, not the area it covers.
		return false
	}
	// "PAPUA NEW GUINEA – Hela: Situation Report #3 (20 May). Tribal
	// fighting …": a title run into its report's first paragraph ends at
	// its first full stop.
	end := r.titleLineEnd()
	if r.toks[q-1].end > end || !r.afterTitleDash(p) && !(r.is(p-1, s.b, "(") && r.is(q, s.b, ")")) && !(r.is(p-1, s.b, ":") && q < s.b && isDash(r.toks[q].lower) && !r.commonWordIn(p, q)) {
		return false
	}
	dash, word := false, false
	for k := 0; k < len(r.toks) && r.toks[k].start < end; k++ {
		if k >= bulletinTitleMost {
			return false // a sentence, not a title
		}
		if w := r.toks[k].lower; isFiniteVerb(w) && !(r.toks[k].cap && isMonth(w)) || !r.toks[k].cap && (isFrenchFiniteVerb(w) || isFrenchAuxiliary(w)) {
			// "Cholera response – Sool and Sanaag update was sent.", «
			// COMMUNIQUÉ – Kouroussa Gold SA a le plaisir d'annoncer … »:
			// a sentence; a month is none ("Situation Report #3 (20
			// May)"), nor a French region written like a verb (« Cameroun
			// – Est : note de situation »).
			return false
		}
		dash = dash || isDash(r.toks[k].lower)
		word = word || r.toks[k].kind == tokWord && anyHas(setBulletins, r.toks[k].lower)
	}
	return dash && word
}

// afterTitleDash reports whether the name at p stands right after a dash,
// or after "and", "et" or a comma that closes an earlier name standing so:
// "– Western Highlands and Enga", "– Kalemie et Kabalo".
func (r *reader) afterTitleDash(p int) bool {
	for n := 0; n < 4 && p > 0; n++ {
		if isDash(r.toks[p-1].lower) {
			return true
		}
		w := r.toks[p-1].lower
		if w != "and" && w != "et" && w != "," {
			return false
		}
		k := p - 1
		for k > 0 && r.toks[k-1].kind == tokWord && r.toks[k-1].cap {
			k-- // the name before the joint
		}
		if k == p-1 {
			return false
		}
		p = k
	}
	return false
}

// agencyOfTitle reports whether the word at q, opening the run of
// capitalised words [q, j), is an agency's acronym before the country or
// area its office covers, at the head of the document's first line and
// right before that line's dash: "UNICEF Afghanistan – Kandahar flood
// bulletin", "IOM Niger – Tillabéri displacement snapshot". The acronym
// is the agency; the words after it are a name of their own. A heading
// wholly in capitals ("ANALYTICAL BRIEF – …") is none, unless its first
// word is an agency the lexicon lists (organisations.txt): "WFP GHANA –
// FLOOD RESPONSE BULLETIN #2", "UNHCR CHAD – …".
func (r *reader) agencyOfTitle(q, j int) bool {
	if q != 0 || j-q < 2 || j >= len(r.toks) || !isDash(r.toks[j].lower) {
		return false
	}
	t, u := &r.toks[q], &r.toks[q+1]
	if (u.upper || isUpperWord(r.text[u.start:u.end])) && !isOrganisationName(t.lower) {
		return false // "ANALYTICAL BRIEF – Eastern Chad": a heading in capitals
	}
	return t.kind == tokWord && len(t.lower) >= 2 && isUpperWord(r.text[t.start:t.end]) && r.toks[j].start < lineEnd(r.text, 0)
}

// commonWordIn reports whether a token of [p, q) is a common word
// (isCommonWord): "Refugee Response" names an operation, not an area.
func (r *reader) commonWordIn(p, q int) bool {
	for k := p; k < q; k++ {
		if isCommonWord(r.toks[k].lower) {
			return true
		}
	}
	return false
}
