package text

// syntax is what of a language's phrase order the relation rules read
// through code rather than tables: how the place after a relation's
// preposition is read, which words before a phrase without a number let it
// place the subject, and how a direction is written. The rules themselves
// (nearAt, directionOnlyAt) are one for every language; these readers are
// the ones the distance rule uses too (parseObject, frenchObject,
// parseDirection, frenchDirectionAt), so they stay per language until the
// object and direction readers are one.
type syntax struct {
	// french sends the subject search of what the rules find to the
	// French rules (found.french).
	french bool
	// starts reports whether a phrase of the language may start at the
	// word w; nil for any word. French phrases start only at French
	// words (isFrenchLead), so the English reading is unchanged by them.
	starts func(w string) bool
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
	// token e; afterObject, when set, reads what may follow the place.
	// Both are French word orders (frenchDirectionFirst,
	// frenchDistanceAfter).
	noOf        func(r *reader, f found, e int, s *sentence) (found, bool)
	afterObject func(r *reader, f found, b int) found
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
}

// frenchSyntax is the syntax of lexicon/fr/.
var frenchSyntax = syntax{
	french: true,
	starts: isFrenchLead,
	gate:   (*reader).frenchGate,
	object: func(r *reader, f found, k, b int) (found, bool) {
		obj, br, e, ok := r.frenchObject(k, b)
		f.rel.Object, f.rel.Border, f.end = obj, br, e
		return f, ok
	},
	direction: func(r *reader, i int, s *sentence) (direction, int, bool) {
		return r.frenchDirectionAt(i, s.b)
	},
	noOf:        (*reader).frenchDirectionFirst,
	afterObject: (*reader).frenchDistanceAfter,
}
