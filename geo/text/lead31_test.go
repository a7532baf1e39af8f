package text

import "testing"

// TestLead31GivenKindObject: a kind noun that is no anaphor of the
// lexicons (plateau, hill, baï, clearing) stands, as the object of a
// distance, for the place the text itself gave that kind (kindNamedBefore):
// before it with "of" or « de », after it, or as its kind in apposition.
func TestLead31GivenKindObject(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"La compagnie a foré sur le plateau de Dabola-Sud, à 20 km au nord de Dabola. Un camp, Sinko, sera installé à 6 km à l'est du plateau.", "Sinko", "Dabola-Sud"},
		{"Le baï de Langoué, à 40 km au sud de Makokou, attire les éléphants. Le campement de Ntsiété se trouve à 5 km à l'ouest du baï.", "Ntsiété", "Langoué"},
		{"The Mahlabatini plateau rises some 25 km north of Ulundi. A weather station, Hlobane Post, stands 4 km east of the plateau.", "Hlobane Post", "Mahlabatini"},
		{"Survey lines crossed the hill of Kopje Nhema, 12 km west of Masvingo. The drill camp at Chivi Siding lies 3 km north of the hill.", "Chivi Siding", "Kopje Nhema"},
		{"Rangers camped at Ravnsborg, a clearing about 30 km south of Umeå. The gravel pit at Östra Bodarna is 2 km west of the clearing.", "Östra Bodarna", "Ravnsborg"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
	// The noun stands for no place of another kind: with no plateau named,
	// the distance is not measured from the town the text is about.
	checkNoDistanceFrom(t, "Dabola is a town in Guinea. The camp of Sinko lies 6 km east of the plateau.", "Dabola")
	// A river is a line, not a point: "north of the river" is measured
	// from no river the text named.
	checkNoDistanceFrom(t, "Gao is a town on the river Niger. The village of Kalo lies 8 km north of the river.", "Niger")
}

// checkNoDistanceFrom fails t when Read(doc) measures a distance from a
// mention named obj.
func checkNoDistanceFrom(t *testing.T, doc, obj string) {
	t.Helper()
	d := Read(doc)
	for _, r := range d.Relations {
		if r.Kind == KindDistance && r.Object >= 0 && d.Mentions[r.Object].Name == obj {
			t.Errorf("Read(%q): a distance is measured from %s: %+v", doc, obj, r)
		}
	}
}

// TestLead31WayOnly reads a distance set off after a name with no direction
// and no object, only the way it runs (wayOnlyEnd): "down the valley",
// "along the track", "3 km upstream" close it as "away" does, so a name
// opening its sentence, or the nearest place a sentence names, is
// measured from the place the text is about; a road noun makes it a
// distance by road.
func TestLead31WayOnly(t *testing.T) {
	for _, c := range []struct {
		doc, subj, obj string
		road           bool
	}{
		{"Tsghuk is a ruined village 9 km south of Sisian. The nearest inhabited place is Shamb, 3 km down the valley.", "Tsghuk", "Shamb", false},
		{"Kalo is a well 20 km east of Gao. Tinfadimata, 4 km along the track, has water all year.", "Kalo", "Tinfadimata", true},
		{"Ban Hatsa is a fishing village 12 km north of Muang Khua. Ban Pakla, 2 km upstream, has the ferry.", "Ban Hatsa", "Ban Pakla", false},
		{"Mdumbi is a hamlet 30 km south of Coffee Bay. The closest shop is at Tshani, 5 km up the coast.", "Mdumbi", "Tshani", false},
	} {
		d := Read(c.doc)
		found := false
		for _, r := range d.Relations {
			if r.Kind != KindDistance || r.Object < 0 || r.Subject < 0 {
				continue
			}
			s, o := d.Mentions[r.Subject].Name, d.Mentions[r.Object].Name
			if s == c.subj && o == c.obj || s == c.obj && o == c.subj {
				found = true
				if r.Road != c.road || r.Points != 0 {
					t.Errorf("Read(%q): road %v, points %d; want road %v, no direction", c.doc, r.Road, r.Points, c.road)
				}
			}
		}
		if !found {
			t.Errorf("Read(%q): no distance between %s and %s in %+v", c.doc, c.subj, c.obj, d.Relations)
		}
	}
}

// TestLead31WayThenDirection reads the way a distance runs before its
// direction and object ("15 km up the valley south of town", "8 km down
// the road east of Gao"): the way is stepped over, and a road noun makes
// the distance one by road.
func TestLead31WayThenDirection(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"At-Bashi lies 45 km south-west of Naryn. Herders summer at Ak-Moyun, about 15 km up the valley south of town, in yurts.", "Ak-Moyun", "At-Bashi"},
		{"The rest house at Kalo stands 8 km down the road east of Gao.", "Kalo", "Gao"},
		{"The shrine of Sidi Amar is some 6 km along the track north of Tiznit.", "Sidi Amar", "Tiznit"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
}
