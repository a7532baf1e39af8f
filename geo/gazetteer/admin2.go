package gazetteer

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"
)

// Admin2 is a second-level administrative division (county, district,
// département, cercle) as GeoNames lists it in admin2.tsv.gz.
type Admin2 struct {
	Country    string // ISO alpha-2 code, e.g. "FR"
	Admin1Code string // GeoNames admin1 code of the division holding it, e.g. "28"
	Admin1     string // that admin1's name, e.g. "Normandy"; "" when unknown
	Code       string // GeoNames admin2 code within Country and Admin1Code, e.g. "14"
	Name       string // as GeoNames gives it, kind word included: "Calvados", "Département de Ouallam"
	// Seat is its PPLA2 place; failing that, the most populous place of its
	// admin1 that bears its name without the kind word (Bankass for
	// "Bankass Cercle": cities500 gives no admin2 code to the places of
	// several countries); nil when neither exists.
	Seat *Place
	// Places is how many cities500 places carry its code (0 in countries
	// whose places have no admin2 code).
	Places int
	// Hull is the convex hull of those places and of Seat, [lon, lat]
	// degrees, counter-clockwise; empty with fewer than 3 places or across
	// the antimeridian.
	Hull orb.Polygon
	// Point is a position for it: Seat's, else the mean of its places;
	// nil when the data places nothing in it.
	Point *orb.Point
}

// admin2Words are the kind words GeoNames and texts put before or after a
// second-level division's name, folded: Admin2 ignores them at either end,
// with the joining words after a leading one ("Département de", "District
// of", "Province du").
var admin2Words = map[string]bool{
	"region": true, "regions": true, "regione": true, "province": true, "provincia": true, "provinces": true,
	"department": true, "departement": true, "departamento": true, "state": true, "governorate": true,
	"gouvernorat": true, "prefecture": true, "district": true, "distrito": true, "county": true,
	"oblast": true, "wilaya": true, "cercle": true, "division": true, "zone": true, "rayon": true,
	"raion": true, "municipality": true, "municipio": true, "arrondissement": true, "daira": true,
	"agency": true, "kabupaten": true, "amphoe": true, "huyen": true, "muang": true, "shi": true,
	"gun": true, "tehsil": true, "borough": true, "delegation": true, "sub county": true,
	"local government area": true, "lga": true, "shahrestan e": true, "mudiriyat": true,
	"rajon": true, "raioni": true, "powiat": true, "jaras": true, "okres": true, "ilcesi": true,
	"regency": true, // English for kabupaten: "Bantul Regency"
	"co":      true, // "Co. Galway", "Co. Durham": County
	"sir":     true, // "Sir Powys": Welsh for county, where English writes "Powys"
	// "City and County of Swansea", "City and Borough of Leeds"
	"city and county": true, "city and borough": true,
}

// countyFirst reports whether name opens with "County" or "Co.", the way
// Ireland and Northern Ireland name their counties ("County Galway", "Co.
// Down"); "Galway County" and "Orange County" do not.
func countyFirst(name string) bool {
	w := strings.Fields(Fold(name))
	return len(w) > 1 && (w[0] == "county" || w[0] == "co")
}

// countyTown returns, for a county written the Irish way that no division
// of Ireland or Northern Ireland bears ("County Dublin", split since 1994
// into four), the county as its town: the most populous Irish, else
// British, settlement called key, as the seat of a division with no hull.
// None gives an error wrapping ErrNotFound.
func (db *DB) countyTown(ctx context.Context, name, key string) ([]Admin2, error) {
	ps, err := db.Named(ctx, key)
	if err != nil {
		return nil, err
	}
	var best *Place
	for i, p := range ps {
		if p.Class != "P" || (p.Country != "IE" && p.Country != "GB") || Fold(p.Name) != key {
			continue
		}
		if best == nil || (p.Country == "IE") != (best.Country == "IE") && p.Country == "IE" ||
			p.Country == best.Country && p.Population > best.Population {
			best = &ps[i]
		}
	}
	if best == nil {
		return nil, fmt.Errorf("gazetteer: no division %q: %w", name, ErrNotFound)
	}
	return []Admin2{{Country: best.Country, Admin1Code: best.Admin1Code, Admin1: best.Admin1,
		Code: best.Admin2Code, Name: name, Seat: best, Point: &best.Point}}, nil
}

// admin2Joins are the words that join a leading kind word to the name.
var admin2Joins = map[string]bool{"de": true, "du": true, "des": true, "of": true, "the": true, "la": true, "l": true, "d": true, "di": true, "del": true, "della": true}

// admin2Key returns the folded name without the kind words at its ends
// ("ouallam" for "Département de Ouallam", "Ouallam Department" and
// "ouallam"), or the whole folded name when nothing else would be left.
func admin2Key(name string) string {
	k := Fold(name)
	w := strings.Fields(k)
	for changed := true; changed && len(w) > 1; {
		changed = false
		for n := 3; n >= 1 && !changed; n-- {
			if len(w) > n && admin2Words[strings.Join(w[:n], " ")] {
				w, changed = w[n:], true
				for len(w) > 1 && admin2Joins[w[0]] {
					w = w[1:]
				}
			} else if len(w) > n && admin2Words[strings.Join(w[len(w)-n:], " ")] {
				w, changed = w[:len(w)-n], true
			}
		}
	}
	if len(w) > 1 && w[0] == "the" {
		w = w[1:]
	}
	if len(w) == 0 {
		return k
	}
	for i, x := range w {
		w[i] = slavicAdjective(x)
	}
	return strings.Join(w, " ")
}

// slavicAdjectiveEndings are the transliterations of the Russian, Ukrainian
// and Belarusian adjective ending of a district's name ("Sudzhanskiy
// Rayon", "Alchevskyi Raion", "Dovzhanskyy Rayon"), which English writes
// "-sky" ("Sudzhansky District"); GeoNames writes it either way.
var slavicAdjectiveEndings = []string{"skiy", "skyi", "skyy", "skii", "skij", "tskiy", "tskyi"}

// slavicAdjective writes a folded word's Slavic adjective ending as
// English does: "sudzhanskiy" and "sudzhansky" both give "sudzhansky";
// other words are returned as they are.
func slavicAdjective(w string) string {
	for _, e := range slavicAdjectiveEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return strings.TrimSuffix(w, e) + e[:len(e)-2] + "y"
		}
	}
	return w
}

// polishCountyStems returns the stems under which English names a Polish
// county (powiat) that GeoNames names by an adjective: the adjective
// without its ending "i" ("Powiat kłodzki" gives "klodzk", "Powiat
// leżajski" "lezajsk") and, for "-ski", without "ski" ("Powiat
// rzeszowski" gives "rzeszow", "Powiat poznański" "poznan"). Admin2 asks
// for them with the English name, stripped of a final vowel (countyStem:
// "Kłodzko County" gives "klodzk"). Other names have none.
func polishCountyStems(name string) []string {
	f := strings.Fields(Fold(name))
	if len(f) != 2 || f[0] != "powiat" {
		return nil
	}
	w := f[1]
	var out []string
	if strings.HasSuffix(w, "ki") && len(w) > 5 {
		out = append(out, w[:len(w)-1])
	}
	if strings.HasSuffix(w, "ski") && len(w) > 6 {
		out = append(out, w[:len(w)-3])
	}
	return out
}

// countyStem returns a one-word key without its final vowel ("klodzk" for
// "klodzko"), the form polishCountyStems gives adjectives, or the key as it
// is.
func countyStem(key string) string {
	if strings.ContainsRune(key, ' ') || len(key) < 5 {
		return key
	}
	if strings.IndexByte("aeiouy", key[len(key)-1]) >= 0 {
		return key[:len(key)-1]
	}
	return key
}

// admin2Spellings maps the names texts give second-level divisions
// (folded as admin2Key folds them) to the key of the division's name in
// the extract, where GeoNames gives it in another language or spelling:
// the two Corsican departments are "Upper Corsica" and "South Corsica"
// there, the Telangana district around Hyderabad "Rangareddi", and County
// Offaly "Uíbh Fhailí".
var admin2Spellings = map[string]string{
	"haute corse":  "upper corsica",
	"corse du sud": "south corsica",
	"rangareddy":   "rangareddi",
	"ranga reddy":  "rangareddi",
	// Three Irish counties GeoNames names in Irish: Offaly, Longford, Cavan.
	"offaly":   "uibh fhaili",
	"longford": "an longfort",
	"cavan":    "an cabhan",
}

// admin2Places gathers, per admin2 division ("FR.28.14"), what loadAdmin2
// needs from the places: their points and the PPLA2 seat.
type admin2Places map[string]*divPlaces

// add records a place of cities500 in its admin2, if it has one.
func (m admin2Places) add(country, a1, a2 string, id int64, p orb.Point, code string, pop int64) {
	if a1 == "" || a2 == "" {
		return
	}
	k := country + "." + a1 + "." + a2
	d := m[k]
	if d == nil {
		d = &divPlaces{}
		m[k] = d
	}
	d.points = append(d.points, p)
	if code == "PPLA2" && (d.seat == 0 || pop > d.seatPop) {
		d.seat, d.rank, d.seatPop = id, 1, pop
	}
}

const admin2Schema = `
CREATE TABLE admin2 (
	country TEXT NOT NULL, admin1 TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
	seat INTEGER, places INTEGER NOT NULL, lon REAL, lat REAL, hull BLOB,
	PRIMARY KEY (country, admin1, code));
CREATE TABLE admin2_name (fold TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL, code TEXT NOT NULL, seat INTEGER NOT NULL);
`

const admin2Indexes = `
CREATE INDEX admin2_name_fold ON admin2_name (fold);
`

// loadAdmin2 creates and fills the admin2 tables from admin2.tsv.gz and the
// places gathered while loading cities500 (the place table must be loaded).
func loadAdmin2(ctx context.Context, tx *sql.Tx, src fs.FS, divs admin2Places, counts map[string]int) error {
	if _, err := tx.ExecContext(ctx, admin2Schema); err != nil {
		return fmt.Errorf("gazetteer: admin2 schema: %w", err)
	}
	ins, err := prepare(ctx, tx,
		`INSERT INTO admin2 (country, admin1, code, name, seat, places, lon, lat, hull) VALUES (?,?,?,?,?,?,?,?,?)`,
		`INSERT INTO admin2_name (fold, country, admin1, code, seat) VALUES (?,?,?,?,?)`,
		// The namesake seat: a place of the admin1 whose own name is the
		// division's, most populous first.
		`SELECT p.id, p.lon, p.lat, p.admin2 FROM place_name n JOIN place p ON p.id = n.id
		 WHERE n.fold = ? AND n.alt = 0 AND p.country = ? AND p.admin1 = ? AND p.class = 'P'
		 ORDER BY p.admin2 = ? DESC, p.population DESC, p.id LIMIT 1`,
		// The name of a PPLA2 seat.
		`SELECT name FROM place WHERE id = ?`)
	if err != nil {
		return err
	}
	defer closeAll(ins)
	n := 0
	err = eachRow(src, "admin2.tsv.gz", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("%d fields, want 2", len(f))
		}
		parts := strings.SplitN(f[0], ".", 3)
		if len(parts) != 3 {
			return fmt.Errorf("admin2 code %q is not CC.A1.A2", f[0])
		}
		country, a1, code := parts[0], parts[1], parts[2]
		key := admin2Key(f[1])
		var pts []orb.Point
		var seat any
		if d := divs[f[0]]; d != nil {
			pts = d.points
			if d.seat != 0 {
				seat = d.seat
			}
		}
		places := len(pts)
		if seat == nil && key != "" {
			var id int64
			var lon, lat float64
			var own string
			err := ins[2].QueryRowContext(ctx, key, country, a1, code).Scan(&id, &lon, &lat, &own)
			switch {
			case err == sql.ErrNoRows:
			case err != nil:
				return err
			case own == "" || own == code:
				seat = id
				if own == "" {
					pts = append(pts[:len(pts):len(pts)], orb.Point{lon, lat})
				}
			}
		}
		var lon, lat any
		if len(pts) > 0 {
			var c orb.Point
			for _, p := range pts {
				c[0] += p[0] / float64(len(pts))
				c[1] += p[1] / float64(len(pts))
			}
			lon, lat = c[0], c[1]
		}
		var hull []byte
		if h := convexHull(pts); len(h) > 0 {
			b, err := wkb.Marshal(h)
			if err != nil {
				return err
			}
			hull = b
		}
		if _, err := ins[0].ExecContext(ctx, country, a1, code, f[1], seat, places, lon, lat, hull); err != nil {
			return err
		}
		if key != "" {
			if _, err := ins[1].ExecContext(ctx, key, country, a1, code, 0); err != nil {
				return err
			}
		}
		for _, st := range polishCountyStems(f[1]) {
			// "Kłodzko County" for Powiat kłodzki, whose seat is no
			// PPLA2 in cities500.
			if st != key {
				if _, err := ins[1].ExecContext(ctx, st, country, a1, code, 1); err != nil {
					return err
				}
			}
		}
		if d := divs[f[0]]; d != nil && d.seat != 0 {
			// "Łańcut County" for Powiat łańcucki: English names a
			// division after its seat where GeoNames gives an adjective.
			var sk string
			if err := ins[3].QueryRowContext(ctx, d.seat).Scan(&sk); err != nil && err != sql.ErrNoRows {
				return err
			}
			if sk = admin2Key(sk); sk != "" && sk != key {
				if _, err := ins[1].ExecContext(ctx, sk, country, a1, code, 1); err != nil {
					return err
				}
			}
		}
		n++
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, admin2Indexes); err != nil {
		return fmt.Errorf("gazetteer: admin2 indexes: %w", err)
	}
	if err := seatUnmatchedAdmin2(ctx, tx); err != nil {
		return fmt.Errorf("gazetteer: admin2 seats: %w", err)
	}
	counts["admin2"] = n
	return nil
}

// Admin2 returns the second-level divisions called name, in country (an
// alpha-2 code or anything Country accepts; "" for any country). Kind
// words at either end are ignored on both sides, so "Ouallam", "Ouallam
// Department" and "Département de Ouallam" all find Niger's Département de
// Ouallam, and "Jalandhar district" finds Jalandhar (the words are those of
// Admin1 and cercle, county, district, division, zone, rayon, municipality,
// arrondissement, daïra, agency, kabupaten and a few more). A Slavic
// adjective ending is written as English writes it, so "Sudzhansky
// District" finds Sudzhanskiy Rayon. When no division bears the name and
// it was written with a kind word, the divisions whose PPLA2 seat bears it
// are returned: "Łańcut County" finds Powiat łańcucki (a bare "Łańcut"
// finds no division), where cities500 gives the seat its division's code
// (it gives none in Hungary or in most of Russia); and a Polish county
// named by an adjective is found by its stem ("Kłodzko County" finds
// Powiat kłodzki; polishCountyStems). Results are ordered
// by how many places they hold (most first), then country and codes; none
// gives an error wrapping ErrNotFound.
func (db *DB) Admin2(ctx context.Context, name, country string) ([]Admin2, error) {
	key := admin2Key(name)
	if key == "" {
		return nil, fmt.Errorf("gazetteer: no division %q: %w", name, ErrNotFound)
	}
	kinded := len(strings.Fields(key)) < len(strings.Fields(Fold(name)))
	if alt, ok := admin2Spellings[key]; ok {
		key = alt
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
		a        Admin2
		seat     sql.NullInt64
		lon, lat sql.NullFloat64
		hull     []byte
		bySeat   bool
	}
	var found []row
	keys := []string{key}
	if st := countyStem(key); kinded && st != key {
		keys = append(keys, st)
	}
	for _, key := range keys {
		err := db.queryEach(ctx, func(rows *sql.Rows) (bool, error) {
			var r row
			if err := rows.Scan(&r.a.Country, &r.a.Admin1Code, &r.a.Admin1, &r.a.Code, &r.a.Name, &r.seat, &r.a.Places, &r.lon, &r.lat, &r.hull, &r.bySeat); err != nil {
				return false, err
			}
			if len(found) == 0 || !r.bySeat || found[0].bySeat {
				found = append(found, r) // else a division of the name wins over one of its seat
			}
			return true, nil
		}, `SELECT d.country, d.admin1, COALESCE(a.name, ''), d.code, d.name, d.seat, d.places, d.lon, d.lat, d.hull, n.seat
			 FROM admin2_name n JOIN admin2 d ON d.country = n.country AND d.admin1 = n.admin1 AND d.code = n.code
			 LEFT JOIN admin1 a ON a.country = d.country AND a.code = d.admin1
			 WHERE n.fold = ?1 AND (?2 = '' OR d.country = ?2) AND (n.seat = 0 OR ?3)
			 ORDER BY n.seat, d.places DESC, d.country, d.admin1, d.code`, key, code, kinded)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: division %q: %w", name, err)
		}
		if len(found) > 0 {
			break
		}
	}
	if kinded {
		found = keepKinded(found, name, key, func(r row) string { return r.a.Name })
	}
	if code == "" && countyFirst(name) {
		// "County Dublin", "Co. Antrim": only Ireland and Northern
		// Ireland put the word first. Elsewhere "X County" names the
		// county, so a county whose seat is Dublin (Georgia's Laurens
		// County) is no reading of it.
		found = slices.DeleteFunc(found, func(r row) bool { return r.a.Country != "IE" && r.a.Country != "GB" })
	}
	if len(found) == 0 && code == "" && countyFirst(name) {
		return db.countyTown(ctx, name, key)
	}
	if len(found) == 0 {
		return nil, fmt.Errorf("gazetteer: no division %q: %w", name, ErrNotFound)
	}
	out := make([]Admin2, 0, len(found))
	for _, r := range found {
		a := r.a
		var err error
		if a.Seat, a.Hull, err = db.seatAndHull(ctx, r.seat, r.hull); err != nil {
			return nil, fmt.Errorf("gazetteer: division %s.%s.%s: %w", a.Country, a.Admin1Code, a.Code, err)
		}
		if a.Seat != nil {
			a.Point = &a.Seat.Point
		} else if r.lon.Valid && r.lat.Valid {
			a.Point = &orb.Point{r.lon.Float64, r.lat.Float64}
		}
		out = append(out, a)
	}
	return out, nil
}

// keepKinded keeps, of the divisions found for name, those whose own name
// (nameOf) carries a kind word the text gives and the key lacks, when some
// do and others do not: "Kita Cercle" is Mali's cercle of that name, not
// Tokyo's ward Kita-ku nor the district Kita-gun, which also fold to
// "kita". When none or all carry it, the kind word tells them nothing
// apart and all are kept.
func keepKinded[T any](found []T, name, key string, nameOf func(T) string) []T {
	var kinds []string
	inKey := map[string]bool{}
	for _, w := range strings.Fields(key) {
		inKey[w] = true
	}
	for _, w := range strings.Fields(Fold(name)) {
		if !inKey[w] {
			kinds = append(kinds, w)
		}
	}
	carries := func(r T) bool {
		for _, w := range strings.FieldsFunc(Fold(nameOf(r)), func(c rune) bool { return c == ' ' || c == '-' }) {
			if slices.Contains(kinds, w) {
				return true
			}
		}
		return false
	}
	n := 0
	for _, r := range found {
		if carries(r) {
			n++
		}
	}
	if len(kinds) == 0 || n == 0 || n == len(found) {
		return found
	}
	return slices.DeleteFunc(found, func(r T) bool { return !carries(r) })
}

// seatUnmatchedAdmin2 gives a seat to the second-level divisions of the
// countries where no place carries the codes of any of them, so that none
// got a seat or a position while loading: Vietnam's places carry the codes
// of first-level divisions other than those of admin2.tsv ("Huyện Củ Chi"
// is under 79, the town Củ Chi under 20). There the one place of the
// country whose own name is the division's and that carries no
// second-level code is the division's seat and position ("Cu Chi
// district" is drawn at Củ Chi); a name two such places bear gives none.
func seatUnmatchedAdmin2(ctx context.Context, tx *sql.Tx) error {
	var countries []string
	rows, err := tx.QueryContext(ctx,
		`SELECT country FROM admin2 GROUP BY country HAVING SUM(places > 0) = 0 AND SUM(seat IS NOT NULL) = 0`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return err
		}
		countries = append(countries, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	type div struct{ a1, code, name string }
	for _, c := range countries {
		var divs []div
		rows, err := tx.QueryContext(ctx, `SELECT admin1, code, name FROM admin2 WHERE country = ?`, c)
		if err != nil {
			return err
		}
		for rows.Next() {
			var d div
			if err := rows.Scan(&d.a1, &d.code, &d.name); err != nil {
				rows.Close()
				return err
			}
			divs = append(divs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, d := range divs {
			key := admin2Key(d.name)
			if key == "" {
				continue
			}
			var ids []int64
			var pt orb.Point
			rows, err := tx.QueryContext(ctx,
				`SELECT p.id, p.lon, p.lat FROM place_name n JOIN place p ON p.id = n.id
				 WHERE n.fold = ? AND n.alt = 0 AND p.country = ? AND p.admin2 = '' AND p.class = 'P'
				 GROUP BY p.id LIMIT 2`, key, c)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id, &pt[0], &pt[1]); err != nil {
					rows.Close()
					return err
				}
				ids = append(ids, id)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			if len(ids) != 1 {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE admin2 SET seat = ?, lon = ?, lat = ? WHERE country = ? AND admin1 = ? AND code = ?`,
				ids[0], pt[0], pt[1], c, d.a1, d.code); err != nil {
				return err
			}
		}
	}
	return nil
}
