package text

import "strings"

// This file reads the French name of a building that bears a name of its
// own, often a person's, before « de » and the town that holds it: « le
// stade Lat-Dior de Thiès », « l'hôpital Sominé-Dolo de Mopti », « le CHU
// Yalgado-Ouédraogo de Ouagadougou », « la Grande Mosquée de Kairouan ».
// The building's own name is no place; the town after « de » is one, as
// after « l'hôpital de » (seatOfBefore).

// buildingNameDe returns the token that opens the town's name when the
// capitalised words [p, q) of a run that ends at j are the own name of a
// building and token q is the last « de » or « du » of the run, or the
// town's name glued to « d' »; 0 otherwise. The building is told by a
// noun of lexicon/fr/buildings.tsv in lower case right before p, perhaps
// with one adjective between (« l'hôpital universitaire Justinien du
// Cap-Haïtien »), or by such a noun or an institution's acronym
// (acronyms.tsv) in capitals inside [p, q) beside another word (« le CHU
// Sourô-Sanou de Bobo-Dioulasso », « la Grande Mosquée de Kairouan »;
// « l'Université de Dschang » alone is a body's name: bodyOfBefore).
// After a noun in lower case, one word before « de » must be hyphenated
// (« le stade Aline-Sitoé-Diatta de Ziguinchor »), as French writes the
// names of persons given to buildings: "Charles de Gaulle" in «
// l'aéroport Charles de Gaulle » is one person.
func (r *reader) buildingNameDe(p, q, j int, s *sentence) int {
	if q <= p || q >= j {
		return 0
	}
	town := q + 1
	w := r.toks[q].lower
	if rest, art := elidedRest(w); art == 'd' && rest != "" && r.toks[q].cap {
		town = q
	} else if w != "de" && w != "du" {
		return 0
	}
	if town >= j || !r.toks[town].cap || r.toks[town].upper {
		return 0
	}
	for k := town + 1; k < j; k++ {
		u := r.toks[k].lower
		if _, art := elidedRest(u); u == "de" || u == "du" || u == "des" || art == 'd' {
			return 0 // the last « de » of the run names the town
		}
	}
	a := p
	if isFrenchArticle(r.toks[a].lower) {
		a++ // « Le Stade de Reims » is a club (clubName)
	}
	inside := false
	for k := a; k < q && q-a >= 2; k++ {
		t := &r.toks[k]
		rest, _ := elidedRest(t.lower)
		if t.kind == tokWord && t.cap && (langs().fr.has(setBuildings, rest) || t.upper && langs().fr.has(setInstitutionAcronyms, t.lower)) {
			inside = true
			break
		}
	}
	if inside {
		return town
	}
	if !r.buildingNounBefore(p, s) {
		return 0
	}
	if q-p >= 2 || w == "du" || town == q {
		return town
	}
	if strings.ContainsAny(r.text[r.toks[p].start:r.toks[q-1].end], "-‐‑") {
		return town
	}
	return 0
}

// buildingNounBefore reports whether a noun of lexicon/fr/buildings.tsv in
// lower case stands right before token p, or before one lower-case word
// right before it that is no particle, preposition or elided article (an
// adjective): « au stade », « l'hôpital », « l'hôpital universitaire »,
// « l'école nationale »; the noun is capitalised when it opens the
// sentence (« La chapelle Saint-Roch domine … »).
func (r *reader) buildingNounBefore(p int, s *sentence) bool {
	for k := p - 1; k >= s.a && k >= p-2; k-- {
		t := &r.toks[k]
		if t.kind != tokWord || t.cap && k != s.first {
			return false // « L'église Saint-Martin a été restaurée »: the noun may open the sentence
		}
		rest, art := elidedRest(t.lower)
		if langs().fr.has(setBuildings, rest) {
			return true
		}
		if art != 0 || !adjectiveLike(t.lower) {
			return false // « l'hôpital de Foix »: the town, not the building's name (buildingOfBefore)
		}
	}
	return false
}

// buildingOfBefore reports whether the name at token p follows « de » or
// « d' », with no article, after a noun of lexicon/fr/buildings.tsv in
// lower case, perhaps with an adjective between (buildingNounBefore): «
// les élèves du lycée bilingue de Bafoussam », « au stade de Thiès ». The
// name is the building's town. « le stade de l'Amitié », « le cimetière du
// Père-Lachaise » name the building itself, with their article.
func (r *reader) buildingOfBefore(p int, s *sentence) bool {
	k := p
	if _, art := elidedRest(r.toks[p].lower); art != 'd' {
		if art != 0 || !r.is(p-1, s.b, "de") {
			return false
		}
		k = p - 1
	}
	return r.buildingNounBefore(k, s)
}

// buildingNameAfter reports whether the capitalised words [p, q) follow a
// noun of lexicon/fr/buildings.tsv in lower case (buildingNounBefore) as
// the building's own name: « l'église Saint-Dominique », « le marché
// Ould-Boubacar », « l'école nationale Dessalines ». A town is named after
// « de » (« l'hôpital de Foix »), never so.
func (r *reader) buildingNameAfter(p, q int, s *sentence) bool {
	if _, art := elidedRest(r.toks[p].lower); art != 0 {
		return false // « le temple d'Echmoun », « l'hôpital d'Ax-les-Thermes »
	}
	return q > p && r.toks[p].cap && r.buildingNounBefore(p, s)
}

// adjectiveSuffixes are the endings of the French adjectives that stand
// between a building's noun and its name or « de » (« l'hôpital
// universitaire », « le lycée bilingue », « le marché central », «
// l'école nationale »); a preposition (« une gare entre Gao et Kidal »)
// or a participle (« un marché appelé X ») ends in none.
var adjectiveSuffixes = []string{"aire", "al", "ale", "el", "elle", "ique", "ien", "ienne", "if", "ive", "ingue", "ois", "oise"}

// adjectiveLike reports whether the lower-case word w is a listed French
// adjective or ends like one (adjectiveSuffixes).
func adjectiveLike(w string) bool {
	if isFrenchAdjective(w) {
		return true
	}
	for _, suf := range adjectiveSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// townOfAt reports whether the town of a building noun follows from token
// k, perhaps after one adjective (adjectiveLike): « de », « du » or a
// capitalised name glued to « d' » (« l'école de Bangrin », « l'école
// primaire de Bangrin », « l'hôpital d'Ambovombe »), not the building's
// own name (« l'église Saint-Martin »).
func (r *reader) townOfAt(k, b int) bool {
	if w := r.lowerWord(k, b); w != "" && w != "de" && w != "du" && adjectiveLike(w) {
		k++
	}
	if k >= b || r.toks[k].kind != tokWord {
		return false
	}
	switch w, art := elidedRest(r.toks[k].lower); {
	case art == 'd':
		return w != "" && r.mentionAt(k, b) >= 0
	case art != 0:
		return false
	default:
		return w == "de" || w == "du"
	}
}
