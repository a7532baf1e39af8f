package gazetteer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
)

// Admin1 returns the first-level divisions called name, in country (an
// alpha-2 code or anything Country accepts; "" for any country). Generic
// words are ignored on both sides, so "Kidal", "Kidal Region" and "Région de
// Kidal" all find Kidal (the words are region, province, department, state,
// governorate, prefecture, district, county, oblast, wilaya and their
// French, Spanish or Italian forms, and of, the, de, du, des). A division
// is also found by the name of its seat ("Timbuktu Region" finds
// Tombouctou), but only when no division has the name itself, and not
// when the name carries a generic word and a second-level division bears
// it ("Madison County" finds no Wisconsin by its seat Madison). A name
// ending in "Province" with no match is tried with the suffix the
// gazetteer writes instead ("Gyeonggi Province" finds Gyeonggi-do; see
// provinceSuffix). Last, when country is given or the name carries a
// generic word ("Xiangkhouang Province") and no second-level division
// bears the name, a division whose name is spelled otherwise is found by
// its consonant skeleton (adminSkeletons). A name whose hard c GeoNames
// writes k (hardC: « Atacora », "Atakora") is tried after the name as
// written; within a country, a French compass name is tried in English
// too (englishCompass: Cameroon's « Nord » is "North"), and an English
// compass adjective alone as its noun (Iceland's "Eastern Region" is
// "East"). A French compass
// word after the name is tried before it in English (compassAfter: « le
// Kivu du Nord » is "North Kivu"), and a name with an Arabic article is
// tried without it, one without under the article ("Al Anbar" is
// "Anbar", "Hudaydah" "Al Hudaydah": ArticleForms), both after the
// spellings above find nothing. Results are
// ordered by country and code; none gives an error wrapping ErrNotFound.
func (db *DB) Admin1(ctx context.Context, name, country string) ([]Admin1, error) {
	key := adminKey(name)
	if key == "" {
		return nil, fmt.Errorf("gazetteer: no division %q: %w", name, ErrNotFound)
	}
	if alt, ok := admin1Spellings[key]; ok {
		key = adminKey(alt) // the map's values are names ("western cape")
	}
	code := ""
	if strings.TrimSpace(country) != "" {
		c, err := db.countryRow(ctx, country)
		if err != nil {
			return nil, err
		}
		code = c.code
	}
	type row struct {
		a    Admin1
		seat sql.NullInt64
		hull []byte
		prio int
	}
	var found []row
	keys := []string{key}
	if suffix, ok := provinceSuffix(name); ok {
		keys = append(keys, key+" "+suffix)
	}
	if alt, ok := taMarbuta(key); ok {
		keys = append(keys, alt)
	}
	if single := singleLetters(key); single != key {
		keys = append(keys, single)
	}
	if hard := hardC(key); hard != key {
		keys = append(keys, hard)
	}
	if code != "" {
		if en, ok := englishCompass(key); ok {
			keys = append(keys, en, compassAdjective(en))
		}
		if noun, ok := compassAdjectives[key]; ok {
			// "the Eastern Region of Iceland" is GeoNames' "East":
			// within a country, a compass adjective alone is asked as
			// its noun after the name as written finds nothing.
			keys = append(keys, noun)
		}
	}
	keys = append(keys, hyphenedPairs(name)...)
	if en, ok := compassAfter(key); ok {
		keys = append(keys, en)
	}
	keys = append(keys, ArticleForms(key)...)
	divisionKey := "" // the key without "Division", which only divisionCountries' divisions answer
	if bare, ok := withoutDivision(name); ok {
		divisionKey = adminKey(bare)
		keys = append(keys, divisionKey)
	}
	for _, key := range keys {
		err := db.queryEach(ctx, func(rows *sql.Rows) (bool, error) {
			var r row
			if err := rows.Scan(&r.a.Country, &r.a.Code, &r.a.Name, &r.seat, &r.hull, &r.prio); err != nil {
				return false, err
			}
			if key == divisionKey && !divisionCountries[r.a.Country] {
				return true, nil // "the West Coast Division of Sabah" is no West Coast of New Zealand
			}
			if len(found) > 0 && r.prio > found[0].prio {
				return false, nil // only seat-name matches are left, and a name matched
			}
			found = append(found, r)
			return true, nil
		}, `SELECT a.country, a.code, a.name, a.seat, a.hull, MIN(n.prio) AS prio
			 FROM admin1_name n JOIN admin1 a ON a.country = n.country AND a.code = n.code
			 WHERE n.fold = ?1 AND (?2 = '' OR a.country = ?2)
			 GROUP BY a.country, a.code ORDER BY prio, a.country, a.code`, key, code)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: division %q: %w", name, err)
		}
		if len(found) > 0 {
			break
		}
	}
	if len(found) > 0 && found[0].prio > 0 && Fold(unelide(name)) != key && db.admin2Named(ctx, name, code) {
		// "Madison County" is Kentucky's county, not Wisconsin by its
		// seat Madison: a name with a generic word that a second-level
		// division bears finds no division by its seat.
		found = nil
	}
	if len(found) == 0 && (code != "" || Fold(unelide(name)) != key) && !db.admin2Named(ctx, name, code) {
		for _, sk := range adminSkeletons(key) {
			err := db.queryEach(ctx, func(rows *sql.Rows) (bool, error) {
				var r row
				if err := rows.Scan(&r.a.Country, &r.a.Code, &r.a.Name, &r.seat, &r.hull); err != nil {
					return false, err
				}
				if other := adminKey(r.a.Name); closeLetters(letters(key), letters(other)) && sameCompass(key, other) {
					found = append(found, r)
				}
				return true, nil
			}, `SELECT a.country, a.code, a.name, a.seat, a.hull
				 FROM admin1_skeleton s JOIN admin1 a ON a.country = s.country AND a.code = s.code
				 WHERE s.skel = ?1 AND (?2 = '' OR a.country = ?2)
				 ORDER BY a.country, a.code`, sk, code)
			if err != nil {
				return nil, fmt.Errorf("gazetteer: division %q: %w", name, err)
			}
			if len(found) > 0 {
				break
			}
		}
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("gazetteer: no division %q: %w", name, ErrNotFound)
	}
	out := make([]Admin1, 0, len(found))
	for _, r := range found {
		a := r.a
		var err error
		if a.Seat, a.Hull, err = db.seatAndHull(ctx, r.seat, r.hull); err != nil {
			return nil, fmt.Errorf("gazetteer: division %s.%s: %w", a.Country, a.Code, err)
		}
		if a.Seat == nil && len(a.Hull) == 0 {
			if a.Point, err = db.largestPlaceIn(ctx, a.Country, a.Code); err != nil {
				return nil, fmt.Errorf("gazetteer: division %s.%s: %w", a.Country, a.Code, err)
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// queryEach runs query and calls fn on each row it returns until fn
// reports false or fails; it closes the rows either way.
func (db *DB) queryEach(ctx context.Context, fn func(*sql.Rows) (bool, error), query string, args ...any) error {
	rows, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		more, err := fn(rows)
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	return rows.Err()
}

// admin2Named reports whether a second-level division of country ("" for
// any) bears name as written (Admin2's key, without its seat's name): such
// a division is what the name means, not a first-level one spelled alike
// ("Irkutsky District" is Irkutskiy Rayon, not Irkutsk Oblast).
func (db *DB) admin2Named(ctx context.Context, name, country string) bool {
	var n int
	err := db.sql.QueryRowContext(ctx,
		`SELECT COUNT(*) FROM admin2_name WHERE fold = ?1 AND seat = 0 AND (?2 = '' OR country = ?2)`,
		admin2Key(name), country).Scan(&n)
	return err == nil && n > 0
}

// minAdminSkeleton is the fewest letters a division's skeleton must have
// to find it: a first-level division is one of a few thousand, and four
// consonants in order ("vrng") are borne by no two of one kind word's
// reach, where three ("krk") are.
const minAdminSkeleton = 4

// adminSkeletons returns the consonant skeletons (Skeleton) under which a
// division's folded key is found when no division bears the name as
// written: the skeleton of the key and, when the key writes "kh", the
// skeleton of it written "h", as the gazetteer's romanisations of
// Mongolian, Lao and Central Asian names do ("Övörkhangai" and GeoNames'
// "Övörhangay" give "vrng"; "Xiangkhouang" and "Xiangkhoang" give
// "xngng"). Skeletons shorter than minAdminSkeleton are left out, so a key
// may have none. Admin1 also asks that the letters be close
// (closeLetters): "Piotrków" and the Isle of Man's Patrick share "ptrk".
func adminSkeletons(key string) []string {
	var out []string
	for _, k := range []string{key, strings.ReplaceAll(key, "kh", "h")} {
		if sk := Skeleton(k); len(sk) >= minAdminSkeleton && !slices.Contains(out, sk) {
			out = append(out, sk)
		}
	}
	return out
}

// sameCompass reports whether two keys name the same compass points: a
// skeleton drops the w of "western", so "North Eastern" and Zambia's
// "North-Western" share one.
func sameCompass(a, b string) bool {
	points := func(k string) string {
		var out []string
		for _, w := range strings.Fields(k) {
			if base, ok := compassAdjectives[w]; ok {
				w = base
			}
			for _, p := range []string{"north", "south", "east", "west"} {
				if strings.Contains(w, p) {
					out = append(out, p)
				}
			}
		}
		return strings.Join(out, " ")
	}
	return points(a) == points(b)
}

// hyphenedPairs returns the keys of name with "and" for each hyphen in
// it: a division formed of two regions, which GeoNames names "X and Y",
// is written with a hyphen by most writers ("Samegrelo-Zemo Svaneti" is
// GeoNames' "Samegrelo and Zemo Svaneti"). A name with no hyphen gives
// none; they are asked after the name as written finds nothing.
func hyphenedPairs(name string) []string {
	parts := strings.Split(name, "-")
	var out []string
	for i := 1; i < len(parts); i++ {
		left, right := adminKey(strings.Join(parts[:i], "-")), adminKey(strings.Join(parts[i:], "-"))
		if left != "" && right != "" {
			out = append(out, left+" and "+right)
		}
	}
	return out
}

// singleLetters returns key with each doubled letter written once: French
// doubles a consonant that English and GeoNames write once (« Ouaddaï »
// is GeoNames' "Ouadaï", « Kassala » is also written "Kasala"). A
// division's skeleton is often too short to find it (adminSkeletons:
// "Ouadaï" leaves "d"), so the key so respelled is asked whole, after
// the key as written finds nothing.
func singleLetters(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		if i > 0 && key[i] == key[i-1] && key[i] >= 'a' && key[i] <= 'z' {
			continue
		}
		b.WriteByte(key[i])
	}
	return b.String()
}

// hardC returns key with each c before a, o or u written k: French and
// Spanish write the hard c that GeoNames' romanisations write k (Benin's
// « Atacora » is GeoNames' "Atakora"). Its skeleton is often too short to
// find it (adminSkeletons: "tkr"), so the key so respelled is asked whole,
// after the key as written finds nothing.
func hardC(key string) string {
	b := []byte(key)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 'c' && strings.IndexByte("aou", b[i+1]) >= 0 {
			b[i] = 'k'
		}
	}
	return string(b)
}

// frenchCompass maps the French compass words to the English ones
// GeoNames names divisions with.
var frenchCompass = map[string]string{"nord": "north", "sud": "south", "est": "east", "ouest": "west"}

// englishCompass returns key with its French compass words in English,
// when it has any and every word is one or "centre": « la région du
// Nord » of Cameroon is GeoNames' "North", « la Province Nord » of New
// Caledonia its "North Province", « le Nord-Ouest » Cameroon's
// "North-West". Admin1 tries it only within a country: with none, the
// French name is Haïti's or Burkina Faso's own division.
func englishCompass(key string) (string, bool) {
	f := strings.Fields(key)
	n := 0
	for i, w := range f {
		if en, ok := frenchCompass[w]; ok {
			f[i] = en
			n++
		} else if w != "centre" {
			return "", false
		}
	}
	return strings.Join(f, " "), n > 0
}

// compassAfterWords maps the French compass words and adjectives that
// follow a division's name (« le Kivu du Nord », « le Kasaï oriental »,
// « l'Ubangi septentrional ») to the English word GeoNames opens the
// name with ("North Kivu", "East Kasai"); adminKey has made "Northern"
// of GeoNames' names "north" already.
var compassAfterWords = map[string]string{
	"nord": "north", "sud": "south", "est": "east", "ouest": "west",
	"septentrional": "north", "septentrionale": "north",
	"meridional": "south", "meridionale": "south",
	"oriental": "east", "orientale": "east",
	"occidental": "west", "occidentale": "west",
	"central": "central", "centrale": "central",
}

// compassAfter returns key with its last word, a French compass word or
// adjective after a name of one word or more, made the English compass
// word before it: « le Kivu du Nord » (key "kivu nord") is GeoNames'
// "North Kivu", « le Kordofan du Sud » its "South Kordofan",
// « l'Équatoria-Central » its "Central Equatoria". A key of compass
// words alone gives none (englishCompass reads those, within a
// country), nor does a key with a compass word before the last
// (« Nord-Ouest »; « Sud-Kivu », key "sud kivu", opens with its own).
func compassAfter(key string) (string, bool) {
	f := strings.Fields(key)
	if len(f) < 2 {
		return "", false
	}
	en, ok := compassAfterWords[f[len(f)-1]]
	if !ok {
		return "", false
	}
	for _, w := range f[:len(f)-1] {
		if _, ok := frenchCompass[w]; ok || w == "centre" {
			return "", false // « Nord-Ouest », « Centre-Nord »: compass words alone
		}
		if _, ok := compassAfterWords[w]; ok {
			return "", false
		}
	}
	return en + " " + strings.Join(f[:len(f)-1], " "), true
}

// compassAdjective returns the English compass key en with its last word
// made the adjective: Rwanda's, Zambia's and Sierra Leone's provinces are
// GeoNames' "Northern Province", "Eastern Province" (key "northern",
// "eastern"), Zambia's "North-Western", where Cameroon's regions are
// "North", "East", "North-West"; so « la province du Nord » of Rwanda
// is asked as "northern" after "north" finds nothing there.
func compassAdjective(en string) string {
	f := strings.Fields(en)
	f[len(f)-1] += "ern"
	return strings.Join(f, " ")
}

// FrenchCompassName reports whether name, its generic words dropped, is
// French compass words alone (« Nord », « Province Nord », « Nord-Ouest »):
// a division so named is Haïti's or Burkina Faso's by its own name and,
// in English, one of many countries' (englishCompass), so only the
// document's country says which.
func FrenchCompassName(name string) bool {
	key := adminKey(name)
	if strings.Contains(key, "centre") {
		return false
	}
	_, ok := englishCompass(key)
	return ok
}

// taMarbuta returns key with the other romanisation of a final Arabic
// ta marbuta, when its last word ends with one after an Arabic article:
// "Al-Jazira" finds GeoNames' "Al Jazirah" (Sudan), "Al Jazirah" would
// find a division written "Al Jazira". Only a name with the article is
// tried, and only after the name as written finds nothing: a final "a"
// is no ta marbuta in most languages.
func taMarbuta(key string) (string, bool) {
	f := strings.Fields(key)
	if len(f) < 2 || !slices.Contains(articles, f[0]) || len(f[len(f)-1]) < 4 {
		return "", false
	}
	switch {
	case strings.HasSuffix(key, "ah"):
		return strings.TrimSuffix(key, "h"), true
	case strings.HasSuffix(key, "a"):
		return key + "h", true
	}
	return "", false
}

// provinceSuffix returns the word that the gazetteer's names of a
// country's provinces end with, written as a separate word once folded,
// when name ends with "Province" in English: Korea's "Gyeonggi-do" for
// "Gyeonggi Province". Admin1 tries the name with it after the name alone.
func provinceSuffix(name string) (string, bool) {
	f := strings.Fields(Fold(name))
	if len(f) < 2 || f[len(f)-1] != "province" {
		return "", false
	}
	return "do", true
}

// divisionCountries are the countries whose first-level divisions English
// calls Divisions where the extract names them without the word: Fiji's
// "Western Division" is "Western", Myanmar's former "Sagaing Division"
// "Sagaing Region". Elsewhere a "Division" is a second-level one ("the
// West Coast Division of Sabah", Cameroon's "Meme Division"), which a
// first-level division of another country bearing the rest of its name
// must not take.
var divisionCountries = map[string]bool{"FJ": true, "MM": true}

// withoutDivision returns name without its last word "Division", when
// it has one and a word before it: Fiji's divisions are "Western",
// "Central" in the extract where reports write "the Western Division",
// while Bangladesh's "Sylhet Division" keeps the word in its own name, so
// Admin1 tries the name without it only after the name with it, and
// keeps only the divisions of divisionCountries so found.
func withoutDivision(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) < 2 || Fold(f[len(f)-1]) != "division" {
		return "", false
	}
	return strings.Join(f[:len(f)-1], " "), true
}

// admin1Spellings maps the English names encyclopedias give divisions
// (folded, with generic words removed as adminKey does) to the key of
// the division's name in the extract, where the two differ by more than
// a generic word: the Polish voivodeships are "Masovian Voivodeship" in
// English stubs and "Mazovia" in GeoNames.
var admin1Spellings = map[string]string{
	// Somalia's regions as OCHA, FSNAU and FEWS NET spell them;
	// GeoNames writes other romanisations. Not "Lower Shabelle": the
	// hull of Lower Shabeelle's places does not reach the land 30 km
	// north-west of Mogadishu, and a town put there was contradicted.
	"hiraan":          "hiiraan",
	"hiran":           "hiiraan",
	"middle shabelle": "middle shabele",
	"galgaduud":       "galguduud",
	"galgadud":        "galguduud",
	"banadir":         "banaadir",
	"benadir":         "banaadir",
	// Yemen's and Ethiopia's divisions as OCHA, WHO and the wires
	// romanise them, where GeoNames keeps another romanisation or the
	// Arabic word for governorate ("Muhafazat Hadramaout"), which no
	// generic word drops and whose skeleton is another.
	"hadramawt":  "muhafazat hadramaout",
	"hadramaut":  "muhafazat hadramaout",
	"hadramout":  "muhafazat hadramaout",
	"hadhramaut": "muhafazat hadramaout",
	"hadhramawt": "muhafazat hadramaout",
	"hadramaout": "muhafazat hadramaout",
	"socotra":    "soqatra",
	"amran":      "omran",
	"lahj":       "lahij",
	"oromia":     "oromiya",
	"hodeidah":   "al hudaydah",
	"hudeidah":   "al hudaydah",
	"saada":      "sadah",
	"dhale":      "ad dali",
	"dhalee":     "ad dali",
	"dhala":      "ad dali",
	"al dhalee":  "ad dali",
	// Ethiopia's region as its government and OCHA write it.
	"benishangul gumuz": "binshangul gumuz",
	// Iraq's, Syria's, Sudan's and South Sudan's divisions as relief
	// reports romanise them ("Ninawa", "Salah al-Din", "Hasakeh",
	// "Gedaref", "Northern Bahr el Ghazal"), which no skeleton finds:
	// too short, or other consonants.
	"ninawa":                    "nineveh",
	"ninewa":                    "nineveh",
	"salahuddin":                "salah ad din",
	"salah al din":              "salah ad din",
	"dohuk":                     "duhok",
	"dahuk":                     "duhok",
	"sulaimaniya":               "sulaymaniyah",
	"sulaimaniyah":              "sulaymaniyah",
	"kerbala":                   "karbala",
	"hasakeh":                   "al-hasakah",
	"hassakeh":                  "al-hasakah",
	"hasaka":                    "al-hasakah",
	"sweida":                    "suwayda",
	"rural damascus":            "rif dimashq",
	"gezira":                    "al jazirah",
	"gedaref":                   "al qadarif",
	"gadarif":                   "al qadarif",
	"north bahr el ghazal":      "northern bahr al ghazal",
	"bahr el ghazal nord":       "northern bahr al ghazal",
	"west bahr el ghazal":       "western bahr al ghazal",
	"bahr el ghazal occidental": "western bahr al ghazal",
	// Nepal's provinces, which relief and government reports write
	// "Karnali Province"; GeoNames keeps three under their Nepali
	// "Pradesh" (province), which no generic word drops, while a
	// skeleton of "Karnali" found India's Karnal.
	"karnali":                         "karnali pradesh",
	"gandaki":                         "gandaki pradesh",
	"sudurpashchim":                   "sudurpashchim pradesh",
	"masovian voivodeship":            "mazovia",
	"mazovian voivodeship":            "mazovia",
	"lesser poland voivodeship":       "lesser poland",
	"greater poland voivodeship":      "greater poland",
	"subcarpathian voivodeship":       "subcarpathia",
	"podkarpackie voivodeship":        "subcarpathia",
	"podlaskie voivodeship":           "podlasie",
	"swietokrzyskie voivodeship":      "swietokrzyskie",
	"holy cross voivodeship":          "swietokrzyskie",
	"warmian masurian voivodeship":    "warmia masuria",
	"lower silesian voivodeship":      "lower silesia",
	"lubusz voivodeship":              "lubusz",
	"lublin voivodeship":              "lublin",
	"pomeranian voivodeship":          "pomerania",
	"west pomeranian voivodeship":     "west pomerania",
	"silesian voivodeship":            "silesia",
	"kuyavian pomeranian voivodeship": "kujawsko pomorskie",
	// The island's name for the province it belongs to ("St. John's,
	// Newfoundland").
	"newfoundland": "newfoundland and labrador",
	// French names of divisions that GeoNames gives in English or German
	// only, as French texts write them ("le canton de Berne", "dans
	// l'Extrême-Nord", "au Nord-Kivu"). A French name that is another
	// country's division too ("Nord-Ouest": Haïti's, Cameroon's
	// North-West) is left out: the key would take it from Haïti.
	"berne":                        "bern",
	"argovie":                      "aargau",
	"soleure":                      "solothurn",
	"thurgovie":                    "thurgau",
	"tessin":                       "ticino",
	"zoug":                         "zug",
	"schwytz":                      "schwyz",
	"schaffhouse":                  "schaffhausen",
	"glaris":                       "glarus",
	"bale campagne":                "basel landschaft",
	"bale ville":                   "basel city",
	"saint gall":                   "saint gallen",
	"obwald":                       "obwalden",
	"nidwald":                      "nidwalden",
	"appenzell rhodes interieures": "appenzell innerrhoden",
	"appenzell rhodes exterieures": "appenzell ausserrhoden",
	"extreme nord":                 "far north",
	"ninive":                       "nineveh",
	"baloutchistan":                "balochistan",
	"pendjab":                      "punjab",
	"sind":                         "sindh",
	"haut nil":                     "upper nile",
	"nil superieur":                "upper nile",
	"nord kivu":                    "north kivu",
	"sud kivu":                     "south kivu",
	"kasai oriental":               "east kasai",
	// Sudan's states as French writes them, the compass word after the
	// name (« au Darfour occidental », « le Kordofan méridional »).
	"darfour occidental":     "western darfur",
	"darfour ouest":          "western darfur",
	"darfour oriental":       "eastern darfur",
	"darfour est":            "eastern darfur",
	"darfour central":        "central darfur",
	"darfour centre":         "central darfur",
	"darfour septentrional":  "northern darfur",
	"darfour nord":           "northern darfur",
	"darfour meridional":     "southern darfur",
	"darfour sud":            "southern darfur",
	"kordofan meridional":    "southern kordofan",
	"kordofan sud":           "southern kordofan",
	"kordofan septentrional": "north kordofan",
	"kordofan nord":          "north kordofan",
	"kordofan occidental":    "west kordofan",
	"kordofan ouest":         "west kordofan",
	"kongo central":          "bas congo",
	"haute matsiatra":        "upper matsiatra",
	"marrakech safi":         "marrakesh safi",
	// The French names of the regions of France that GeoNames gives in
	// English ("au large de la Bretagne", « en Normandie », « en Corse »,
	// « en Nouvelle-Aquitaine »).
	"bretagne":           "brittany",
	"normandie":          "normandy",
	"corse":              "corsica",
	"nouvelle aquitaine": "new aquitaine",
	// French names of the states and provinces of other continents, as
	// French texts write them ("au Cap-Occidental", "en
	// Colombie-Britannique", "en Rhénanie-du-Nord-Westphalie"). Géorgie is
	// left out: it is the country's French name.
	"colombie britannique":               "british columbia",
	"nouvelle ecosse":                    "nova scotia",
	"nouveau brunswick":                  "new brunswick",
	"ile prince edouard":                 "prince edward island",
	"terre neuve labrador":               "newfoundland and labrador",
	"terre neuve":                        "newfoundland and labrador",
	"territoires nord ouest":             "northwest territories",
	"cap occidental":                     "western cape",
	"cap oriental":                       "eastern cape",
	"cap nord":                           "northern cape",
	"etat libre":                         "free",
	"nouvelle galles sud":                "new south wales",
	"australie occidentale":              "western australia",
	"australie meridionale":              "south australia",
	"territoire nord":                    "northern territory",
	"tasmanie":                           "tasmania",
	"rhenanie nord westphalie":           "north rhine westphalia",
	"rhenanie palatinat":                 "rheinland pfalz",
	"basse saxe":                         "lower saxony",
	"saxe anhalt":                        "saxony anhalt",
	"saxe":                               "saxony",
	"baviere":                            "bavaria",
	"bade wurtemberg":                    "baden wurttemberg",
	"thuringe":                           "thuringia",
	"sarre":                              "saarland",
	"mecklembourg pomeranie occidentale": "mecklenburg vorpommern",
	"basse autriche":                     "lower austria",
	"haute autriche":                     "upper austria",
	"styrie":                             "styria",
	"carinthie":                          "carinthia",
	"andalousie":                         "andalusia",
	"catalogne":                          "catalonia",
	"castille manche":                    "castille la mancha",
	"castille leon":                      "castille and leon",
	"toscane":                            "tuscany",
	"lombardie":                          "lombardy",
	"piemont":                            "piedmont",
	"sicile":                             "sicily",
	"sardaigne":                          "sardinia",
	"calabre":                            "calabria",
	"campanie":                           "campania",
	"venetie":                            "veneto",
	"ombrie":                             "umbria",
	"pouilles":                           "apulia",
	"californie":                         "california",
	"floride":                            "florida",
	"louisiane":                          "louisiana",
	"pennsylvanie":                       "pennsylvania",
	"virginie":                           "virginia",
	"virginie occidentale":               "west virginia",
	"caroline nord":                      "north carolina",
	"caroline sud":                       "south carolina",
	"dakota nord":                        "north dakota",
	"dakota sud":                         "south dakota",
	"nouveau mexique":                    "new mexico",
	// The French names of the divisions of Latin America and Spain that
	// GeoNames gives in Spanish or English only (« Mexicali
	// (Basse-Californie) », « Temuco (Araucanie) », « Trujillo, en
	// Estrémadure »), which tell Spain's Trujillo from Peru's.
	"basse californie":     "baja california",
	"basse californie sud": "baja california sur",
	"nouveau leon":         "nuevo leon",
	"haute verapaz":        "alta verapaz",
	"basse verapaz":        "baja verapaz",
	"araucanie":            "araucania",
	"estremadure":          "extremadura",
	// The French names of the archipelagos that are divisions of Spain
	// and Portugal (« en route vers les Canaries », « aux Baléares »,
	// « aux Açores »). Saint Lucia's quarter of Canaries is left to its
	// town, which the gazetteer holds.
	"canaries": "canary islands",
	"baleares": "balearic islands",
	"acores":   "azores",
}

// largestPlaceIn returns the point of the most populous place that
// carries the first-level code code of country, nil when none does: the
// point a division with no seat and too few places for a hull is shown
// at, so that every division found has one when any place is in it. The
// index place_admin1 answers it from the division's own places (25 ms a
// scan of every place without it, on each Admin1 lookup that meets such a
// division).
func (db *DB) largestPlaceIn(ctx context.Context, country, code string) (*orb.Point, error) {
	var lon, lat float64
	err := db.sql.QueryRowContext(ctx, `SELECT lon, lat FROM place WHERE country = ?1 AND admin1 = ?2
		ORDER BY population DESC, id LIMIT 1`, country, code).Scan(&lon, &lat)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &orb.Point{lon, lat}, nil
}

// seatAndHull reads what a division row refers to: the gazetteer place of
// its seat (nil when seat is NULL) and the hull of its known places (nil
// when there is none, or fewer than three of them).
func (db *DB) seatAndHull(ctx context.Context, seat sql.NullInt64, hull []byte) (*Place, orb.Polygon, error) {
	var p *Place
	if seat.Valid {
		q, err := db.Lookup(ctx, seat.Int64)
		if err != nil {
			return nil, nil, err
		}
		p = &q
	}
	if len(hull) == 0 {
		return p, nil, nil
	}
	g, err := wkb.Unmarshal(hull)
	if err != nil {
		return nil, nil, fmt.Errorf("hull: %w", err)
	}
	poly, _ := g.(orb.Polygon)
	return p, poly, nil
}

// RespelledAdminName reports whether name, as a text writes it, is the
// first-level division named other only once its letters are respelled
// as French writes them (doubled letters written once, a hard c written
// k: « Cayes » for Kayes), not folded alike: the likeness is a guess,
// which a document about another country outweighs.
func RespelledAdminName(name, other string) bool {
	n, o := Fold(name), Fold(other)
	return n != "" && n != o && (singleLetters(n) == singleLetters(o) || hardC(n) == o)
}

// OwnAdminName reports whether name, as a text writes it, is the
// first-level division named other in the gazetteer, spelled as
// French writes it: the same name folded, or once doubled letters are
// written once (« Ouaddaï » is GeoNames' "Ouadaï"), or a hard c is
// written k (« Atacora » is "Atakora", hardC), or a hyphen written for
// "and" ("Samegrelo-Zemo Svaneti", hyphenedPairs), or with an Arabic
// article GeoNames writes without or in another form ("Al Anbar" is
// "Anbar", articleDropped), or a French name
// admin1Spellings gives for it (« Darfour occidental » is "Western
// Darfur"), or a name with a French compass word after it, « du » and
// all, whose English name opens with the compass word (compassAfter:
// « Kivu du Nord » is "North Kivu"). A name with a generic word
// ("Région de Kidal") is no own name: Admin1 finds the division, but
// reports drop the word.
func OwnAdminName(name, other string) bool {
	n, o := Fold(name), Fold(other)
	if n == "" {
		return false
	}
	key := adminKey(name)
	if n == o || singleLetters(n) == singleLetters(o) || hardC(n) == o || key == n && slices.Contains(hyphenedPairs(name), o) || articleDropped(n, o) {
		return true
	}
	written := Fold(unelide(name))
	if en, ok := compassAfter(key); ok && compassNameWritten(written, key) {
		if en == adminKey(other) {
			return true // « le Kivu du Nord » is "North Kivu"
		}
		written = key // « le Darfour du Nord »: « du » belongs to the name
	}
	alt, ok := admin1Spellings[key]
	return ok && key == written && adminKey(alt) == adminKey(other)
}

// articleDropped reports whether the folded name n opens with an Arabic
// article and is the folded division name o without it or under another
// form of it ("al anbar" is "anbar", "el hasakah" "al hasakah"). A name
// without the article is not the articled division's own ("Ahmadi" is
// a surname before it is Kuwait's Al Ahmadi).
func articleDropped(n, o string) bool {
	a, rest, ok := strings.Cut(n, " ")
	if !ok || !slices.Contains(articles, a) {
		return false
	}
	return rest == o || slices.Contains(ArticleForms(rest), o)
}

// compassNameWritten reports whether the folded name written is the key
// of a division named with a French compass word after it (compassAfter)
// once its « du », « de » or « des » are dropped: « Kivu du Nord » and
// « Darfour de l'Ouest » are names as they stand, where « Région du
// Kivu du Nord » carries a generic word.
func compassNameWritten(written, key string) bool {
	var kept []string
	for _, w := range strings.Fields(written) {
		if w != "du" && w != "de" && w != "des" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ") == key
}
