package text

// syntax is what of a language's phrase order the relation rules read
// through code rather than tables: how the place after a relation's
// preposition is read, which words before a phrase without a number let it
// place the subject, and how a direction is written. The rules themselves
// (nearIn, directionOnlyIn) are one for every language; these readers are
// the ones the distance rule uses too (parseObject, frenchObject,
// parseDirection, frenchDirectionAt), so they stay per language until the
// object and direction readers are one. It also names the rules that are
// still the language's own (containment, part-of, the steps that find the
// subject of a distance) and, for a language without entry.tsv, the order
// in which its rules are tried at every token (entry.go).
type syntax struct {
	// french sends the subject search of what the rules find to the
	// French rules (found.french).
	french bool
	// rules lists the rules a language without entry.tsv tries at every
	// token, in order (entry.go).
	rules []rule
	// distance reads a distance at token i with the language's steps
	// that find its subject (a border that opens the sentence, a
	// journey, an apposition); it returns what it read appended to out,
	// the token to go on from, and whether it took the token.
	distance func(r *reader, i int, s *sentence, last *lastPhrase, out []found) ([]found, int, bool)
	// in reads containment at token i ("in the X region", "dans la
	// région de X"); partOf a kind of place and its container ("a
	// village in X", "village du département de X"). Both are still
	// rules of their own a language, reading its tables.
	in     func(r *reader, i int, s *sentence, last *lastPhrase) (found, bool)
	partOf func(r *reader, i int, s *sentence) (found, bool)
	// gate reports whether a phrase without a number at token i places
	// the subject; nil when every such phrase does.
	gate func(r *reader, i int, s *sentence, last *lastPhrase) bool
	// object reads the place at token k into f (Object or Border, and
	// end).
	object func(r *reader, f found, k, b int) (found, bool)
	// direction reads a direction without a distance at token i and
	// returns it with the token after it ("to the east", "au nord").
	direction func(r *reader, i int, s *sentence) (direction, int, bool)
	// noOf, when set, finishes a direction that "of" does not follow at
	// token e, a French word order (frenchDirectionFirst).
	noOf func(r *reader, f found, e int, s *sentence) (found, bool)
}

// syntax returns how l writes what its tables do not hold. The syntaxes
// are looked up rather than kept in the language, which the readers they
// name consult.
func (l *language) syntax() *syntax {
	switch l.code {
	case "en":
		return &englishSyntax
	case "fr":
		return &frenchSyntax
	}
	return nil
}

// englishSyntax is the syntax of lexicon/en/.
var englishSyntax = syntax{
	object: func(r *reader, f found, k, b int) (found, bool) {
		f, st := r.finishObject(f, k, b)
		return f, st == objFound
	},
	direction: (*reader).englishBareDirection,
	rules: []rule{ruleBeyond, ruleBordered, ruleBracket, ruleDistance, ruleDistanceNoun, ruleBetween,
		ruleMissingNumber, ruleDirection, ruleNear, rulePartOf, ruleIn, ruleCapitalOf},
	distance: (*reader).englishDistanceAt,
	in:       (*reader).inAt,
	partOf:   (*reader).partOfAt,
}

// frenchSyntax is the syntax of lexicon/fr/.
var frenchSyntax = syntax{
	french: true,
	gate:   (*reader).frenchGate,
	object: func(r *reader, f found, k, b int) (found, bool) {
		obj, br, e, ok := r.frenchObject(k, b)
		f.rel.Object, f.rel.Border, f.end = obj, br, e
		return f, ok
	},
	direction: func(r *reader, i int, s *sentence) (direction, int, bool) {
		return r.frenchDirectionAt(i, s.b)
	},
	noOf: (*reader).frenchDirectionFirst,
	distance: func(r *reader, i int, s *sentence, _ *lastPhrase, out []found) ([]found, int, bool) {
		if f, ok := r.frenchDistanceAt(i, s); ok {
			return append(out, f), f.end, true
		}
		return out, i, false
	},
	in:     (*reader).frenchInAt,
	partOf: (*reader).frenchPartOfAt,
}
