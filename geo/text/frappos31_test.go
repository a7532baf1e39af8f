package text

import "testing"

// TestFrappos31BelowObject: « en contrebas de X » places a spot below X
// by the slope, with a distance (« à 4 km en contrebas des fumerolles »)
// or without (« en contrebas du village »): the name before it is placed
// from X, as after « en aval de X ».
func TestFrappos31BelowObject(t *testing.T) {
	for _, c := range []struct{ doc, subject, object string }{
		{"Les randonneurs rejoignent une source chaude, Aïn Tazrout, à 3 km en contrebas de Kasserine.", "Aïn Tazrout", "Kasserine"},
		{"Le hameau de Pralognet, à 800 m en contrebas de Bourg-Saint-Maurice, a été évacué.", "Pralognet", "Bourg-Saint-Maurice"},
		{"Nous avons dormi au gîte de Tizi-Ouacem, 2 km en contrebas d'Imlil, avant l'ascension.", "Tizi-Ouacem", "Imlil"},
		{"Le hameau de Bréguières, en contrebas de Barcelonnette, ne compte plus que douze habitants.", "Bréguières", "Barcelonnette"},
	} {
		if d := Read(c.doc); !hasRelation(d, KindDistance, c.subject, c.object) && !hasRelation(d, KindNear, c.subject, c.object) {
			t.Errorf("Read(%q): no relation %s -> %s", c.doc, c.subject, c.object)
		}
	}
}

// TestFrappos31PossessiveThenParticiple: a possessive apposition (« son
// village natal », « notre campement », « leur ferme ») set apart by
// commas before a participle of place (« situé », « située ») leaves the
// distance after the participle to the name before the apposition, not
// to nothing.
func TestFrappos31PossessiveThenParticiple(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"Il repose désormais à Kougnoko, son village natal, situé à une vingtaine de kilomètres au sud de Bafoussam.", "Kougnoko"},
		{"La chanteuse est rentrée à Ambohitsara, sa ville natale, située à 40 km à l'est de Manakara.", "Ambohitsara"},
		{"Ils se sont réfugiés à Tin-Hama, leur campement, situé à 30 km au nord de Ménaka.", "Tin-Hama"},
		{"L'enfant a été retrouvé à Sabongari, son village, situé à 12 km de Maradi.", "Sabongari"},
	} {
		if got := distanceSubject(c.doc); got != c.want {
			t.Errorf("Read(%q): distance subject %q, want %q", c.doc, got, c.want)
		}
	}
	// A name that is no apposition's (a list, a clause) is left alone.
	doc := "Il a visité Maradi, puis Zinder, situé à 240 km à l'est."
	if got := distanceSubject(doc); got == "Maradi" {
		t.Errorf("Read(%q): distance subject %q", doc, got)
	}
}

// TestFrappos31MidwayAfterJourney: a sentence opening « À mi-chemin, »
// or "Halfway," right after a sentence that told a journey from A to B
// (« de A à B », « A pour B », "from A to B", "A for B") puts the first
// name after its comma midway between A and B. Without such a journey,
// or with an opener of time ("Halfway through the season"), nothing is
// read.
func TestFrappos31MidwayAfterJourney(t *testing.T) {
	for _, c := range []struct{ doc, subject, a, b string }{
		{"Nous avons quitté Kaya pour Dori en camion. À mi-chemin, nous avons dormi au hameau de Tampelga.", "Tampelga", "Kaya", "Dori"},
		{"Le convoi a roulé de Mopti à Tombouctou pendant deux jours. À mi-chemin du trajet, il a fait halte au campement de Tin-Taboraq.", "Tin-Taboraq", "Mopti", "Tombouctou"},
		{"Je suis parti à pied de Fianarantsoa vers Ranohira. À mi-chemin, le village de Vohimarina m'a accueilli.", "Vohimarina", "Fianarantsoa", "Ranohira"},
		{"We drove from Kayes to Bamako in a day. Halfway, we stopped at the hamlet of Sirakoro-Dian.", "Sirakoro-Dian", "Kayes", "Bamako"},
		{"The team left Marsabit for Moyale at dawn. Halfway there, they camped at the well of Dokatu.", "Dokatu", "Marsabit", "Moyale"},
		{"We cycled from Osh to Sary-Tash. Halfway along the road, we slept at the yurt camp of Kojo-Bulak.", "Kojo-Bulak", "Osh", "Sary-Tash"},
	} {
		d := Read(c.doc)
		ok := false
		for _, r := range d.Relations {
			if r.Kind == KindBetween && r.Midway && r.Subject >= 0 && r.Object >= 0 && r.Other >= 0 &&
				d.Mentions[r.Subject].Name == c.subject && d.Mentions[r.Object].Name == c.a && d.Mentions[r.Other].Name == c.b {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Read(%q): no midway %s between %s and %s; relations %+v", c.doc, c.subject, c.a, c.b, d.Relations)
		}
	}
	for _, doc := range []string{
		"He left Arsenal for Chelsea. Halfway through the season, he moved to Madrid.",
		"Nous sommes arrivés à Dori. À mi-chemin, nous avons dormi au village de Tampelga.",
		"Halfway, we camped at the village of Dokatu.",
		"Le projet va de Kaya à Dori. À mi-chemin de sa durée, le bailleur a visité Ouahigouya.",
	} {
		for _, r := range Read(doc).Relations {
			if r.Kind == KindBetween && r.Midway {
				t.Errorf("Read(%q): midway relation %+v", doc, r)
			}
		}
	}
}
