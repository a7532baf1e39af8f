package gazetteer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// MaxNamed is the most places Named returns for one name. The commonest
// names in cities500 ("San Jose", "Santa Maria") have about a hundred
// bearers; a resolver ranks them all itself.
const MaxNamed = 200

// Named returns every place one of whose names (name, ASCII name or an
// alternate name) folds as name does, also under the article forms of
// ArticleForms ("Qamishli" finds "Al Qāmishlī", "El-Obeid" finds "Al
// Ubayyid" when GeoNames has no "El Obeid") and with the abbreviations of
// AbbreviationForms written out ("Ft. Worth" finds "Fort Worth"). A name
// with an umlaut or an abbreviation written out finds it too ("Koege"
// finds "Køge", "Saint Helens" finds "St Helens"): the database holds
// those spellings as alternate names (altSpelling). A place found only
// under a written-out form bears the name as an alternate name, not as its
// own, so that a resolver preferring own names takes St. John's,
// Newfoundland, for "St. John's" rather than Saint John's, Antigua. Each
// place comes once, ordered by GeoNames id, at most MaxNamed of them:
// Named does not rank, a resolver ranks with what the document says. A
// name with no letter or digit gives no places and no error.
func (db *DB) Named(ctx context.Context, name string) ([]Place, error) {
	key := Fold(name)
	if key == "" {
		return nil, nil
	}
	keys := append([]string{key}, ArticleForms(key)...)
	keys = append(keys, AbbreviationForms(key)...)
	seen := map[int64]bool{}
	var out []Place
	for n := 0; n < len(keys); n++ {
		k := keys[n]
		rows, err := db.sql.QueryContext(ctx,
			`SELECT `+placeColumns+placeFrom+
				`WHERE p.id IN (SELECT id FROM place_name WHERE fold = ?) ORDER BY p.id LIMIT ?`, k, MaxNamed)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: named %q: %w", name, err)
		}
		for rows.Next() {
			p, err := scanPlace(rows)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("gazetteer: named %q: %w", name, err)
			}
			if !seen[p.ID] && len(out) < MaxNamed {
				seen[p.ID] = true
				out = append(out, p)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("gazetteer: named %q: %w", name, err)
		}
		if n == len(keys)-1 && len(out) == 0 && key != "" {
			// Only a name nothing bears is tried under the other
			// romanisation: "Chernyshkovsky" finds "Chernyshkovskiy".
			keys = append(keys, SlavicForms(key)...)
			keys = append(keys, InnerArticleForms(key)...)
			keys = append(keys, JoinedForms(key)...)
			key = ""
		}
	}
	return out, nil
}

// SlavicForms returns the other romanisations of a folded Russian,
// Ukrainian or Belarusian name that English encyclopedias and GeoNames
// write apart: an adjective's ending "-y" after a consonant is "-iy" in
// GeoNames ("chernyshkovsky" gives "chernyshkovskiy", "zhukovsky"
// "zhukovskiy"), and the Ukrainian "-yi" is "-yy" ("velykyi" gives
// "velykyy"). Each word that ends so is changed in turn, and all of them
// together; a key with no such word gives none.
func SlavicForms(key string) []string {
	words := strings.Fields(key)
	alt := make([]string, len(words))
	changed := false
	for i, w := range words {
		alt[i] = w
		switch n := len(w); {
		case n >= 4 && strings.HasSuffix(w, "yi"):
			alt[i] = w[:n-2] + "yy"
		case n >= 4 && w[n-1] == 'y' && !strings.ContainsRune("aeiouy", rune(w[n-2])):
			alt[i] = w[:n-1] + "iy"
		default:
			continue
		}
		changed = true
	}
	if !changed {
		return nil
	}
	out := []string{strings.Join(alt, " ")}
	if len(words) > 1 {
		for i := range words {
			if alt[i] != words[i] {
				one := slices.Clone(words)
				one[i] = alt[i]
				if f := strings.Join(one, " "); f != out[0] {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// JoinedForms returns a folded name of two words written as one word:
// "petion ville" gives "petionville". French writes some compounds with a
// hyphen that GeoNames writes solid (« Pétion-Ville » is Pétionville). Each
// word must have three letters or more, so that no article or initial is
// glued to a name; any other key gives none.
func JoinedForms(key string) []string {
	words := strings.Fields(key)
	if len(words) != 2 || len([]rune(words[0])) < 3 || len([]rune(words[1])) < 3 {
		return nil
	}
	return []string{words[0] + words[1]}
}

// InnerArticleForms returns the other spellings of a folded name whose
// Arabic article stands inside it, between two words: "ras al ain" gives
// "ras el ain", "deir ez zor" gives "deir az zor" and "deir al zor", and
// "jisr el shughur" also gives the assimilated "jisr ash shughur" and
// "jisr esh shughur". Reports and GeoNames write an inner article either
// way, and GeoNames often keeps only one of them. Each inner article is
// changed in turn, the others kept as written; a key with none gives none.
func InnerArticleForms(key string) []string {
	words := strings.Fields(key)
	var out []string
	for i := 1; i+1 < len(words); i++ {
		if !slices.Contains(articles, words[i]) {
			continue
		}
		for _, f := range articlesBefore(words[i+1]) {
			if f == words[i] {
				continue
			}
			one := slices.Clone(words)
			one[i] = f
			out = append(out, strings.Join(one, " "))
		}
	}
	return out
}

// articlesBefore returns the forms of the Arabic article that may stand
// before the folded word w: "al" and "el", and the assimilated forms whose
// consonant w starts with ("as" and "es" before "suwayda", "ash" and "esh"
// before "shughur", never "as" before "shughur").
func articlesBefore(w string) []string {
	out := []string{"al", "el"}
	for _, a := range articles[2:] {
		cons := a[1:]
		if strings.HasPrefix(w, cons) && (len(cons) > 1 || len(w) < 2 || w[1] != 'h') {
			out = append(out, a)
		}
	}
	return out
}

// articles are the transliterations of the Arabic article that GeoNames and
// reports put before a name, folded: "al", "el", and the assimilated forms
// before the sun letters ("ad-Dakhla", "as-Suwayda", "ash-Shihr",
// "ar-Raqqah", "an-Nasiriyah", "at-Tafilah", "az-Zarqa", "adh-Dhahirah",
// "ath-Thawrah").
var articles = []string{"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "esh", "et", "ez"}

// ArticleForms returns the other spellings of a folded name under the
// Arabic article: without it and under its other forms when key starts
// with one ("el qamishli" gives "qamishli" and "al qamishli"), and with the forms that fit its first letter when it does
// not ("qamishli" gives "al qamishli" and "el qamishli"; "suwayda" also
// "as suwayda" and "es suwayda"). Folding has already made "Al-Qamishli"
// and "al Qamishli" one key. A name of one letter gives none.
func ArticleForms(key string) []string {
	if len(key) < 2 {
		return nil
	}
	if i := strings.IndexByte(key, ' '); i > 0 {
		for _, a := range articles {
			if key[:i] == a {
				rest := key[i+1:]
				out := []string{rest}
				for _, f := range ArticleForms(rest) {
					if f != key {
						out = append(out, f)
					}
				}
				return out
			}
		}
	}
	out := []string{"al " + key, "el " + key}
	for _, a := range articles[2:] {
		// An assimilated article doubles the first consonant: "as" before
		// "s", "ash" before "sh", "adh" before "dh".
		cons := a[1:]
		if strings.HasPrefix(key, cons) && (len(cons) > 1 || len(key) < 2 || key[1] != 'h') {
			out = append(out, a+" "+key)
		}
	}
	return out
}

// SpelledLike returns the places of the given countries (alpha-2 codes)
// one of whose names has the Skeleton that name has, most populous first,
// at most MaxNamed: the places a name nothing bears may be spelled as,
// in another romanisation ("Joal-Fadiouth" finds Joal-Fadiout, Senegal;
// "Dayr az-Zawr" finds Deir ez-Zor, Syria) and no further from it than
// three letters in ten (SpelledAlike). Skeletons are loose, so a caller
// asks only within the countries a document is about, and takes a match
// only when one place stands out. A name whose skeleton is shorter than
// three letters is looked up only as French writes "ou" for English "u"
// (frenchSpelled: « Izioum », Izium); an empty list of countries gives
// no places. The
// skeletons are rows of the database (place_skeleton), so a call is one
// indexed query per country and holds nothing in memory.
func (db *DB) SpelledLike(ctx context.Context, name string, countries []string) ([]Place, error) {
	key := Skeleton(name)
	if key == "" {
		return db.frenchSpelled(ctx, name, countries)
	}
	ids, err := db.skeletonIDs(ctx, name, key, letters(name), countries)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		// French writes "ch" for the English "sh" of Persian, Arabic and
		// Turkic names (« Mazar-e Charif », « Achgabat »): the skeleton of
		// the name so respelled is asked, its letters compared as respelled.
		if sh := frenchSh(Fold(name)); sh != "" {
			if k := Skeleton(sh); k != "" {
				if ids, err = db.skeletonIDs(ctx, name, k, letters(sh), countries); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(ids) == 0 {
		// Turkish and some Persian romanisations write "h" where English
		// writes "kh" ("Horramabad", Khorramabad; "Buhara", Bukhara): the
		// name is asked again with each such "h" written "kh".
		if kh := withKh(Fold(name)); kh != "" {
			if k := Skeleton(kh); k != "" {
				if ids, err = db.skeletonIDs(ctx, kh, k, letters(kh), countries); err != nil {
					return nil, err
				}
			}
		}
	}
	out := make([]Place, 0, len(ids))
	for _, id := range ids {
		p, err := db.Lookup(ctx, id)
		if err != nil {
			return nil, err
		}
		p.AltNames = nil
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Place) int { return cmp.Compare(b.Population, a.Population) })
	if len(out) > MaxNamed {
		out = out[:MaxNamed]
	}
	return out, nil
}

// skeletonIDs returns the ids of the places of countries one of whose
// names has the skeleton key and letters close to want (closeLetters), in
// the order the countries are given; name is for errors only.
func (db *DB) skeletonIDs(ctx context.Context, name, key, want string, countries []string) ([]int64, error) {
	var ids []int64
	for _, cc := range countries {
		rows, err := db.sql.QueryContext(ctx,
			`SELECT id, letters FROM place_skeleton WHERE skel = ? AND country = ? ORDER BY id`, key, cc)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: spellings of %q in %s: %w", name, cc, err)
		}
		for rows.Next() {
			var id int64
			var got string
			if err := rows.Scan(&id, &got); err != nil {
				rows.Close()
				return nil, fmt.Errorf("gazetteer: spellings of %q in %s: %w", name, cc, err)
			}
			if !slices.Contains(ids, id) && closeLetters(want, got) {
				ids = append(ids, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("gazetteer: spellings of %q in %s: %w", name, cc, err)
		}
	}
	return ids, nil
}

// frenchSh returns the folded key with each "ch" that French writes for
// an English "sh" written "sh": "mazar e charif" gives "mazar e sharif",
// "achgabat" "ashgabat". The "ch" of "tch" and of German "sch" is left
// alone (« Tchimkent » is English "Chimkent"). It returns "" when the key
// has no such "ch".
func frenchSh(key string) string {
	var b strings.Builder
	changed := false
	for i := 0; i < len(key); i++ {
		if key[i] == 'c' && i+1 < len(key) && key[i+1] == 'h' && (i == 0 || (key[i-1] != 't' && key[i-1] != 's')) {
			b.WriteString("sh")
			i++
			changed = true
			continue
		}
		b.WriteByte(key[i])
	}
	if !changed {
		return ""
	}
	return b.String()
}

// withKh returns the folded key with each "h" written "kh" that is
// neither the second letter of a group ("sh", "ch", "th", "gh", "kh",
// "ph", "zh", "dh") nor the last letter of a word: "horramabad" gives
// "khorramabad". It returns "" when the key has no such "h".
func withKh(key string) string {
	var b strings.Builder
	changed := false
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == 'h' && (i == 0 || strings.IndexByte("sctgkpzd", key[i-1]) < 0) && i+1 < len(key) && key[i+1] != ' ' {
			b.WriteString("kh")
			changed = true
			continue
		}
		b.WriteByte(c)
	}
	if !changed {
		return ""
	}
	return b.String()
}

// frenchSpelled returns the places of the given countries that bear name
// as English writes what French writes "ou": « Izioum » is Izium, «
// Ouman » Uman. It stands in for SpelledLike when name's skeleton is too
// short to look up, and asks for the whole name respelled, not a
// skeleton, so it is no looser than Named. A name without "ou" gives no
// places.
func (db *DB) frenchSpelled(ctx context.Context, name string, countries []string) ([]Place, error) {
	key := Fold(name)
	if len(countries) == 0 || !strings.Contains(key, "ou") {
		return nil, nil
	}
	ps, err := db.Named(ctx, strings.ReplaceAll(key, "ou", "u"))
	if err != nil {
		return nil, err
	}
	ps = slices.DeleteFunc(ps, func(p Place) bool { return !slices.Contains(countries, p.Country) })
	for i := range ps {
		ps[i].AltNames = nil
	}
	slices.SortStableFunc(ps, func(a, b Place) int { return cmp.Compare(b.Population, a.Population) })
	return ps, nil
}

// maxSpellingEdits is, in tenths, the share of its letters by which a
// name SpelledLike finds may differ from the name asked (edits of one
// letter, editDistance): "Kedugu" is "Kédougou" less two letters of
// eight, but "Te Kuiti" is not "Te Kauwhata", five of ten, though both
// give "tkt".
const maxSpellingEdits = 3

// SpelledAlike reports whether two names may be one name in two
// romanisations: they have the same Skeleton, of three letters or more,
// and their folded letters differ by at most three edits of one letter in
// ten ("Kedugu" and "Kédougou", "Tal Abiad" and "Tall Abyaḑ"; not "Te
// Kuiti" and "Te Kauwhata", which share the skeleton "tkt"). The letters
// are compared with the groups a transliteration writes for one sound
// written once (translitLetters: « Ouroumtchi » and Ürümqi), and name is
// also read with French "ch" as English "sh" (« Kachgar », Kashgar).
func SpelledAlike(name, other string) bool {
	if spelledAlike(name, other) {
		return true
	}
	sh := frenchSh(Fold(name))
	return sh != "" && spelledAlike(sh, other)
}

func spelledAlike(name, other string) bool {
	k := Skeleton(name)
	return k != "" && k == Skeleton(other) && closeLetters(translitLetters(name), translitLetters(other))
}

// frenchOu reads the "ou" of French transcriptions as English "u".
var frenchOu = strings.NewReplacer("ou", "u")

// translitLetters returns the letters of name (letters) with the groups
// that transliterations write for one sound (skeletonDigraphs: French
// "tch", "dj") and French "ou" written as English writes them, so that
// the edits between two romanisations count the sounds they spell apart,
// not the letters each spends on one sound: « Ouroumtchi » gives
// "urumchi", two edits from "urumqi".
func translitLetters(name string) string {
	return frenchOu.Replace(skeletonDigraphs.Replace(letters(name)))
}

// closeLetters reports whether a and b, as letters returns them, differ
// by at most maxSpellingEdits edits in ten letters of the longer, and do
// not open with vowels no romanisation writes for one another.
func closeLetters(a, b string) bool {
	if a != "" && b != "" && apartInitials(a[0], b[0]) {
		return false
	}
	return editDistance(a, b)*10 <= maxSpellingEdits*max(len(a), len(b))
}

// apartInitials reports whether x and y, the first letters of two names,
// are an "a" and an "i", "o" or "u": romanisations write "e" for "a"
// ("El Fasher", "Al Fashir"), "o" for "u" or "i" for "e", but an "a" that
// opens a name is never another vowel, so "Aralsk" is not "Uralsk".
func apartInitials(x, y byte) bool {
	if x == y || x != 'a' && y != 'a' {
		return false
	}
	o := x
	if x == 'a' {
		o = y
	}
	return o == 'i' || o == 'o' || o == 'u'
}

// letters returns the folded name without its spaces: the letters and
// digits editDistance compares.
func letters(name string) string {
	return strings.ReplaceAll(Fold(name), " ", "")
}

// editDistance returns the Levenshtein distance of a and b, in bytes: the
// fewest insertions, deletions and substitutions of one byte that make
// one the other. It takes time len(a)·len(b) and space len(b).
func editDistance(a, b string) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			diag, row[j] = row[j], min(row[j]+1, row[j-1]+1, diag+cost)
		}
	}
	return row[len(b)]
}
