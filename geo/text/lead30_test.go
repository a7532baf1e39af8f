package text

import "testing"

// TestLead30FrenchAdjectiveKindObject: an adjective before a French kind
// noun that is the object of a distance keeps it the place of that kind
// named before (frenchKindObjectAt): « à 8 km au sud du nouveau site », «
// de l'ancien camp », « du petit village »; the site named in apposition
// to « un nouveau site » is that site, not one named before it
// (kindOpensBefore).
func TestLead30FrenchAdjectiveKindObject(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Pour désengorger le site d'Adré, le HCR a ouvert un nouveau site, Hadjer-Tamourt, à environ 60 km au nord-est d'Abéché. Un point d'eau a été installé au ouaddi Goz-Tiraye, à 8 km au sud du nouveau site.", "Goz-Tiraye", "Hadjer-Tamourt"},
		{"Les réfugiés vivaient au camp de Mentao, à 7 km de Djibo. Le puits de Tin-Amor se trouve à 5 km à l'ouest de l'ancien camp.", "Tin-Amor", "Mentao"},
		{"Nous avons dormi au village de Koundou, à 12 km de Kita. Le hameau de Sirakoro est à 3 km au nord du petit village.", "Sirakoro", "Koundou"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
}

// TestLead30MissionIsATeam: « la mission » opening a sentence stands only
// for a place the text called a mission (descriptors.tsv flag kind), not
// for a topic of no kind: « La mission a visité le camp de X, à 20 km de
// Y » places X.
func TestLead30MissionIsATeam(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Le HCR a ouvert un site, Hadjer-Tamourt, à environ 60 km au nord-est d'Abéché. La mission a visité le camp de Kassa, à 20 km de Mopti.", "Kassa", "Mopti"},
		{"Le village de Bandiagara-Sud se trouve à 4 km de Bandiagara. La mission s'est rendue au site de Wendou, à 15 km au nord de Sévaré.", "Wendou", "Sévaré"},
		{"Fada-Est est situé à 10 km de Fada N'Gourma. La mission a évalué le forage de Tanwalbougou, à 30 km à l'ouest de Fada N'Gourma.", "Tanwalbougou", "Fada N'Gourma"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
	// A place the text called a mission is still what « la mission » takes up.
	doc := "La mission catholique de Saint-Laurent a été fondée en 1921. La mission se trouve à 5 km au nord de Bouar."
	d := Read(doc)
	for _, r := range d.Relations {
		if r.Kind == KindDistance && d.Mentions[r.Object].Name == "Bouar" && r.Subject >= 0 {
			return
		}
	}
	t.Errorf("Read(%q): the mission is not placed from Bouar", doc)
}

// TestLead30AtNameDistance: a distance written right after a name that
// follows "at", with no comma between them, places that name, as it does
// with a comma ("We camped at Kalo 18 km south of Gao"); a river there is
// still no point the phrase places.
func TestLead30AtNameDistance(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"A second traverse, to the talc workings at Sermik Bunga about 18 km south-west of Skardu, yielded sheared serpentinite.", "Sermik Bunga", "Skardu"},
		{"On the third night we camped at Tash Rabat Bulak 14 km east of Naryn.", "Tash Rabat Bulak", "Naryn"},
		{"The team drilled at Kamoto Ouest about 12 km west of Kolwezi in 2019.", "Kamoto Ouest", "Kolwezi"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
	doc := "We finally arrived at the Niger River 90 km south of Gao."
	for _, r := range Read(doc).Relations {
		if r.Kind == KindDistance {
			t.Errorf("Read(%q): a distance places %v", doc, r.Subject)
		}
	}
}

// TestLead30AgencyNames: a name holding a word of a public body or a joint
// undertaking (orgwords.tsv: Authority, Commission, Directorate,
// Secretariat, Inspectorate, Administration, Bureau, Collaboration,
// Consortium, Initiative, Partnership) is no place, though it opens with
// one ("the Bangladesh Mineral Development Authority").
func TestLead30AgencyNames(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"They were digging without permission from the Bangladesh Mineral Development Authority.", "Bangladesh Mineral Development Authority"},
		{"The full census report will be presented to the Greater Virunga Transboundary Collaboration in October.", "Greater Virunga Transboundary Collaboration"},
		{"Funds came from the Lake Chad Basin Commission last year.", "Lake Chad Basin Commission"},
		{"The Sahel Resilience Initiative paid for the well.", "Sahel Resilience Initiative"},
		{"An inspector of the Kenya Forest Directorate visited the site.", "Kenya Forest Directorate"},
		{"Officials of the Tibet Autonomous Region Administration declined to comment.", "Tibet Autonomous Region Administration"},
	} {
		for _, m := range Read(c.doc).Mentions {
			if m.Name == c.name && m.Evidence != EvidenceUnlikely {
				t.Errorf("Read(%q): %s is %v, want unlikely", c.doc, c.name, m.Evidence)
			}
		}
	}
}

// TestLead30CollectiveApposition: a long apposition headed by a noun of a
// number of things before "of" or « de » (collectives.tsv: "a cluster of
// line rooms", « un ensemble de bâtiments agricoles ») describes the name
// before its comma, whatever the things are, and the distance after it
// places that name (longApposition).
func TestLead30CollectiveApposition(t *testing.T) {
	for _, c := range []struct{ doc, subj, obj string }{
		{"Une stèle à la mémoire des habitants de la ferme de Hazeilhoux, un ensemble de bâtiments agricoles situé à 7 km au nord-est de Bastogne, a été inaugurée.", "Hazeilhoux", "Bastogne"},
		{"Une stèle rappelle le souvenir de Warnach-Haut, un groupe de maisons situé à 6 km au sud de Bastogne.", "Warnach-Haut", "Bastogne"},
		{"Ils sont partis vers Kouri, une grappe de cases en banco à 5 km au sud de Ouahigouya.", "Kouri", "Ouahigouya"},
		{"For four decades he ran a clinic at Hal Oya, a cluster of line rooms 6 km south of Ella.", "Hal Oya", "Ella"},
		{"The rangers stayed at Kilima, a string of tin shacks on the ridge 9 km east of Arusha.", "Kilima", "Arusha"},
	} {
		checkDistance(t, c.doc, c.subj, c.obj)
	}
}

// TestLead30BareLegStart: after a verb of travel in the past (travel.tsv
// role bare), a bare name before "to" and another name is where the leg
// starts, a place even where the gazetteer would not map a name read only
// as capitalised (routeMember).
func TestLead30BareLegStart(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"July 14. Flew Iqaluit to Pangnirtung on the morning flight.", "Iqaluit"},
		{"On Monday we drove Kigali to Musanze in under two hours.", "Kigali"},
		{"Day 6. Cycled Hue to Hoi An over the Hai Van Pass.", "Hue"},
	} {
		ok := false
		for _, m := range Read(c.doc).Mentions {
			ok = ok || m.Name == c.name && m.Evidence >= EvidencePreposition
		}
		if !ok {
			t.Errorf("Read(%q): %s is not read as a place a leg starts from", c.doc, c.name)
		}
	}
}

// TestLead30BulletinAreaAfterColon: in a bulletin's title, a name between
// the colon after the country and the dash before the bulletin's word is
// the area the bulletin covers, a place (bulletinArea): "Sudan: North
// Darfur – Situation Report No. 14".
func TestLead30BulletinAreaAfterColon(t *testing.T) {
	for _, c := range []struct{ doc, name string }{
		{"Sudan: North Darfur – Situation Report No. 14. Fighting around El Fasher continues.", "North Darfur"},
		{"DR Congo: North Kivu – Flash Update No. 3. Clashes near Rutshuru displaced families.", "North Kivu"},
		{"Sudan: South Kordofan – Situation Report. Fighting near Kadugli continued.", "South Kordofan"},
	} {
		ok := false
		for _, m := range Read(c.doc).Mentions {
			ok = ok || m.Name == c.name && m.Evidence >= EvidencePreposition
		}
		if !ok {
			t.Errorf("Read(%q): %s is not read as the bulletin's area", c.doc, c.name)
		}
	}
	// An operation named there is no area.
	doc := "ETHIOPIA: Gambela Refugee Response – Situation Update No. 27 (April). Arrivals are taken to a new camp."
	for _, m := range Read(doc).Mentions {
		if m.Name == "Gambela Refugee Response" && m.Evidence >= EvidencePreposition {
			t.Errorf("Read(%q): %s is read as the bulletin's area", doc, m.Name)
		}
	}
}

// TestLead30CapsNoTitle: a title's word written in capitals before a word
// that is not ("DR Congo") is no title, so the name is the country's
// whole (capsBeforeName); "Dr Mukwege" keeps its title.
func TestLead30CapsNoTitle(t *testing.T) {
	for _, doc := range []string{
		"Floods hit DR Congo and Uganda in May.",
		"Clashes in DR Congo displaced families near Goma.",
		"Aid convoys crossed from Rwanda into DR Congo on Friday.",
	} {
		ok := false
		for _, m := range Read(doc).Mentions {
			ok = ok || m.Name == "DR Congo"
		}
		if !ok {
			t.Errorf("Read(%q): no mention DR Congo", doc)
		}
	}
	doc := "Dr Mukwege spoke in Bukavu on Monday."
	for _, m := range Read(doc).Mentions {
		if m.Name == "Dr Mukwege" && m.Evidence > EvidenceUnlikely {
			t.Errorf("Read(%q): %s read as a place", doc, m.Name)
		}
	}
}
