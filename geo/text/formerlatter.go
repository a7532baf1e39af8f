package text

// formerWords maps the words that, after their article, stand for one of
// the two places a text has just named as a pair ("A and B", « A et B »)
// to the place's rank in the pair: 0 the first, 1 the second. "the
// former", « la première », « le premier » stand for A; "the latter", «
// la seconde », « le second », « la dernière », « le dernier » for B.
var formerWords = map[string]int{
	"former": 0, "latter": 1,
	"première": 0, "premier": 0, "seconde": 1, "second": 1, "dernière": 1, "dernier": 1,
}

// pairLook is how many tokens before "the former" the pair it refers to
// may end.
const pairLook = 24

// formerOrLatterAt reads at token j "the former" or "the latter" (« la
// première », « le second » …) closing an object, and returns the place
// of the last pair of names joined by "and" or « et » before it in the
// same sentence that the words stand for, and the token after them:
// "Between Mestia and Zugdidi, about 20 km from the former" measures from
// Mestia.
func (r *reader) formerOrLatterAt(j, b int) (int, int, bool) {
	switch r.lowerWord(j, b) {
	case "the", "la", "le":
	default:
		return -1, j, false
	}
	rank, ok := formerWords[r.lowerWord(j+1, b)]
	if !ok || r.at[j+1] >= 0 {
		return -1, j, false
	}
	if e := j + 2; e < b && r.toks[e].kind == tokWord && !r.toks[e].cap && !isPreposition(r.lowerWord(e, b)) && r.lowerWord(e, b) != "et" {
		return -1, j, false // "the former mayor", « le premier ministre »
	}
	for k := j - 1; k > 0 && k >= j-pairLook; k-- {
		if t := r.toks[k]; t.kind == tokPunct && (t.lower == "." || t.lower == "!" || t.lower == "?") {
			break
		}
		if !isBetweenJoin(r.lowerWord(k, b)) || r.lowerWord(k, b) == "to" || r.lowerWord(k, b) == "à" {
			continue
		}
		first, second := r.mentionEndingAt(k-1, 0), r.mentionAt(k+1, b)
		if first < 0 || second < 0 || r.mtok[second][0] != k+1 || r.mentions[first].Name == r.mentions[second].Name {
			continue
		}
		if rank == 0 {
			return first, j + 2, true
		}
		return second, j + 2, true
	}
	return -1, j, false
}
