package text

// syntax is what of a language's phrase order the relation rules read
// through code rather than tables: how the place after a relation's
// preposition is read, and which words before a phrase without a number let it
// place the subject. The rule itself (nearAt) is one for every language;
// these readers are the ones the distance rule uses too (parseObject,
// frenchObject), so they stay per language until the object readers are
// one.
type syntax struct {
	// french sends the subject search of what the rules find to the
	// French rules (found.french).
	french bool
	// gate reports whether a phrase without a number at token i places
	// the subject; nil when every such phrase does.
	gate func(r *reader, i int, s *sentence, last *lastPhrase) bool
	// ofAt reads the preposition before a relation's place at token k
	// and returns the token where the place starts.
	ofAt func(r *reader, k, b int) (int, bool)
	// object reads the place at token k into f (Object or Border, and
	// end).
	object func(r *reader, f found, k, b int) (found, bool)
}

// syntax returns how l writes what its tables do not hold. The syntaxes
// are looked up rather than kept in the language, which the readers they
// name consult.
func (l *language) syntax() *syntax {
	return syntaxes[l.code]
}

// syntaxes holds the syntax of each language folder of lexicon/.
var syntaxes = map[string]*syntax{
	"en": {
		ofAt: func(r *reader, k, b int) (int, bool) {
			return k + 1, r.is(k, b, "of") || r.is(k, b, "from")
		},
		object: func(r *reader, f found, k, b int) (found, bool) {
			f, st := r.finishObject(f, k, b)
			return f, st == objFound
		},
	},
	"fr": {
		french: true,
		gate:   (*reader).frenchGate,
		ofAt:   (*reader).frenchOfAt,
		object: func(r *reader, f found, k, b int) (found, bool) {
			obj, br, e, ok := r.frenchObject(k, b)
			f.rel.Object, f.rel.Border, f.end = obj, br, e
			return f, ok
		},
	},
}
