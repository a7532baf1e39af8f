package text

// plainAsideLook is how many tokens an aside with no name between a
// nameless kind and its verb of place may hold.
const plainAsideLook = 16

// frenchPlainAside reports whether the comma at token c opens an aside
// with no name, no distance and no clause break, closed by a comma right
// before a verb of place (« se trouve », « est situé », « a été installé
// »): « La ferme, bâtie en 1902 par un colon alsacien, se trouve à 12 km
// de X », « Le village, dont l'école a été fermée en 2019, se trouve à
// 14 km de Y ». The aside says something of the kind before it and
// names no place.
func (r *reader) frenchPlainAside(c, b int) bool {
	if !r.is(c, b, ",") {
		return false
	}
	for e := c + 1; e < b && e <= c+plainAsideLook; e++ {
		if r.at[e] >= 0 {
			return false
		}
		switch r.toks[e].lower {
		case ",":
			if e == c+1 {
				return false
			}
			v := r.lowerWord(e+1, b)
			switch {
			case isFrenchLocative(v):
				return true
			case frenchAuxiliary(v) && isFrenchLocative(r.lowerWord(e+2, b)):
				return true
			case frenchAuxiliary(v) && r.is(e+2, b, "été") && isFrenchLocative(r.lowerWord(e+3, b)):
				return true
			}
			return false
		case ";", ":", "(", ")", "«", "»", "\"", "à":
			// « à » may open a distance inside the aside: no plain aside.
			return false
		}
	}
	return false
}
