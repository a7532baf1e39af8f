package text

// Alias says that two mentions name one place: "Satin, often referred to
// as simply Nioro", "Timbuktu (also Tombouctou)", "Agadez, also spelled
// Agades", "Tondikiwindi (also Tondi Kiwindi)".
type Alias struct {
	Name   int  // index in Document.Mentions of the name written first
	Alias  int  // index of the other name
	Phrase Span // from the first name to the end of the other
}

// aliasLead reports whether w, right after "(" or ",", may start the words
// that introduce another name of a place.
func aliasLead(w string) bool {
	switch w {
	case "also", "often", "sometimes", "commonly", "locally", "usually", "formerly", "or", "aka",
		"known", "called", "spelled", "spelt", "written", "referred", "anciennement", "dit", "appelé", "appelée":
		return true
	}
	return false
}

// aliasVerb reports whether w says that what follows is a name.
func aliasVerb(w string) bool {
	switch w {
	case "or", "aka", "formerly", "known", "called", "spelled", "spelt", "written", "referred",
		"anciennement", "dit", "appelé", "appelée":
		return true
	}
	return false
}

// findAliases reads the aliases of every mention: a mention followed, in
// brackets or after a comma, by a few words among aliasLead's and at least
// one aliasVerb ("also" will do in brackets), then another mention. It looks at most maxLook tokens
// ahead of each mention.
func (r *reader) findAliases() {
	for m := range r.mentions {
		j := r.mtok[m][1]
		b := min(len(r.toks), j+maxLook)
		if !r.is(j, b, "(") && !r.is(j, b, ",") {
			continue
		}
		// "(also Tombouctou)": in brackets, "also" is enough.
		bracket := r.is(j, b, "(")
		k, verb := j+1, false
		for ; k < b; k++ {
			w := r.lowerWord(k, b)
			if w == "" || !(aliasLead(w) || w == "to" || w == "as" || w == "simply") {
				break
			}
			verb = verb || aliasVerb(w) || bracket && w == "also"
		}
		if !verb {
			continue
		}
		a := r.mentionAt(k, b)
		if a < 0 || a == m || r.mentions[a].Name == r.mentions[m].Name {
			continue
		}
		r.aliases = append(r.aliases, Alias{Name: m, Alias: a, Phrase: r.span(r.mtok[m][0], r.mtok[a][1])})
	}
}
