package locate

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
)

// coastCheck returns the one coast-distance check of res.
func coastCheck(t *testing.T, res *Result) *Check {
	t.Helper()
	var found *Check
	for _, c := range res.Checks {
		if c.Relation == "coast-distance" {
			if found != nil {
				t.Fatalf("two coast-distance checks: %q and %q", found.Phrase, c.Phrase)
			}
			found = c
		}
	}
	if found == nil {
		t.Fatalf("no coast-distance check among %d", len(res.Checks))
	}
	return found
}

// TestCoastRelations places derived places from their distance to the sea
// coast, worldwide, in English and French. Every sentence is invented;
// each want is what a reader would check on a map: the distance to the
// country's coast, and that the place is on land.
func TestCoastRelations(t *testing.T) {
	for _, tt := range []struct {
		name, doc, place string
		country          string  // whose coast, and whose land the place is on
		minKm, maxKm     float64 // the place's distance to that coast
		object           string  // the coast place's name
	}{
		{"distance", "Mbwani is a village 60 km south of Tanga, 15 km from the coast.", "Mbwani", "TZ", 8, 20, "Tanzania coast"},
		{"inland", "Kilole is a village about 25 km inland, 40 km south-west of Mombasa.", "Kilole", "KE", 14, 30, "Kenya coast"},
		{"on the coast", "Ankarafa est un village situé sur la côte, à 40 km au sud de Toamasina.", "Ankarafa", "MG", 0, 5, "Madagascar coast"},
		{"coastal", "Praia Nova is a coastal village 30 km north of Maputo.", "Praia Nova", "MZ", 0, 5, "Mozambique coast"},
		{"named country", "Vohilava lies 10 km from the east coast of Madagascar, 60 km south of Toamasina.", "Vohilava", "MG", 5, 13, "Madagascar coast (E)"},
		{"by the sea", "Cala Roja is located by the sea, 25 km east of Almería.", "Cala Roja", "ES", 0, 5, "Spain coast"},
		{"au bord de la mer", "Keur Fall est un village au bord de la mer, à 20 km au nord de Saint-Louis.", "Keur Fall", "SN", 0, 5, "Senegal coast"},
		{"de la mer", "Tizgui est un douar situé à 12 km de la mer, à 30 km au sud d'Agadir.", "Tizgui", "MA", 7, 15, "Morocco coast"},
		{"Pacific", "Huaylas Chico is a hamlet 182 km north of Lima, 30 km from the Pacific coast.", "Huaylas Chico", "PE", 17, 35, "Peru coast"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			if p.Source != SourceDerived || p.Status != StatusLocated {
				t.Fatalf("%s: %s %s (%s), want derived and located", tt.place, p.Source, p.Status, p.Note)
			}
			c := coastCheck(t, res)
			if c.Verdict() != VerdictHolds {
				t.Errorf("%q: %s (%s), want holds", c.Phrase, c.Verdict(), c.Note)
			}
			if c.Object.Name != tt.object || c.Object.Feature != "coast" {
				t.Errorf("%q measured to %q (%s), want %q", c.Phrase, c.Object.Name, c.Object.Feature, tt.object)
			}
			if !strings.Contains(c.Note, "sea coast of") {
				t.Errorf("%q: note %q, want it to say whose coast", c.Phrase, c.Note)
			}
			co, err := openTestDB(t).Coast(context.Background(), tt.country)
			if err != nil {
				t.Fatal(err)
			}
			d, _ := geo.DistanceToLine(p.Point, co.Line)
			if d/1000 < tt.minKm || d/1000 > tt.maxKm {
				t.Errorf("%s is %.1f km from the coast of %s, want %g to %g", tt.place, d/1000, tt.country, tt.minKm, tt.maxKm)
			}
			if diff := c.MeasuredKm - d/1000; diff > 0.5 || diff < -0.5 && len(c.Object.Geometry.(orb.MultiLineString)) == len(co.Line) {
				t.Errorf("%q: measured %.1f km, but %s is %.1f km from the coast", c.Phrase, c.MeasuredKm, tt.place, d/1000)
			}
			country, err := openTestDB(t).Country(context.Background(), tt.country)
			if err != nil {
				t.Fatal(err)
			}
			if out, _ := geo.DistanceToArea(p.Point, country.Shape); out > 500 {
				t.Errorf("%s is %.1f km out at sea off %s, want on land", tt.place, out/1000, tt.country)
			}
		})
	}
}

// TestCoastAndBorder: a place stated only on a coast and at a distance
// from a border is where the two bands meet, on the coast of a country
// across that border, though the text names neither the place's country
// nor any town.
func TestCoastAndBorder(t *testing.T) {
	res := analyse(t, "Sanikolo is a fishing village on the coast, 8 km from the border with Liberia.")
	p := placeNamed(t, res, "Sanikolo")
	if p.Source != SourceDerived || p.Status != StatusLocated {
		t.Fatalf("Sanikolo: %s %s (%s), want derived and located", p.Source, p.Status, p.Note)
	}
	c := coastCheck(t, res)
	if c.Verdict() != VerdictHolds || c.MeasuredKm > 5 {
		t.Errorf("%q: %s at %.1f km, want holds within 5 km", c.Phrase, c.Verdict(), c.MeasuredKm)
	}
	db := openTestDB(t)
	bs, err := db.Borders(context.Background(), "LR")
	if err != nil {
		t.Fatal(err)
	}
	var lines orb.MultiLineString
	for _, b := range bs {
		lines = append(lines, b.Line...)
	}
	if d, _ := geo.DistanceToLine(p.Point, lines); d < 3e3 || d > 13e3 {
		t.Errorf("Sanikolo is %.1f km from a Liberian border, want about 8", d/1000)
	}
	lr, err := db.Country(context.Background(), "LR")
	if err != nil {
		t.Fatal(err)
	}
	if in, _ := geo.DistanceToArea(p.Point, lr.Shape); in == 0 {
		t.Errorf("Sanikolo at %v is in Liberia, want across its border", p.Point)
	}
}

// TestCoastUnmeasured: a coast that does not bound a place, or that does
// not exist, is said so.
func TestCoastUnmeasured(t *testing.T) {
	res := analyse(t, "Bahari is a coastal village in Tanzania.")
	p := placeNamed(t, res, "Bahari")
	if p.Status != StatusUnresolved || !strings.Contains(p.Note, "coast") {
		t.Errorf("Bahari: %s, note %q; want unresolved, saying a coast alone does not bound it", p.Status, p.Note)
	}
	if c := coastCheck(t, res); c.Verdict() != VerdictNotMeasured {
		t.Errorf("%q: %s, want not measured", c.Phrase, c.Verdict())
	}

	res = analyse(t, "Kassela is a village 30 km north of Bamako, 20 km from the coast of Mali.")
	c := coastCheck(t, res)
	if c.Verdict() != VerdictNotMeasured || !strings.Contains(c.Note, "landlocked") {
		t.Errorf("%q: %s, note %q; want not measured, Mali being landlocked", c.Phrase, c.Verdict(), c.Note)
	}
	if p := placeNamed(t, res, "Kassela"); p.Status != StatusLocated {
		t.Errorf("Kassela: %s, want located from Bamako", p.Status)
	}
}

// TestCoastFeature: the coast is written to the output as a line place
// and the check as a coast-distance constraint.
func TestCoastFeature(t *testing.T) {
	res := analyse(t, "Mbwani is a village 60 km south of Tanga, 15 km from the coast.")
	c := coastCheck(t, res)
	for _, f := range res.FeatureCollection().Features {
		if f.Properties["feature"] == "coast" {
			if _, ok := f.Geometry.(orb.MultiLineString); !ok {
				t.Errorf("coast feature geometry = %T, want MultiLineString", f.Geometry)
			}
			if f.ID != c.Object.ID {
				t.Errorf("coast feature id %v, want the check's object %s", f.ID, c.Object.ID)
			}
			return
		}
	}
	t.Error("no feature with feature=coast")
}

// TestCoastOffTown: a place "off the coast of" a town, or a distance "off"
// or « au large de » a town with no direction, lies at sea: off the coast
// the town's own stretch of it, within the stated distance of that
// stretch and out of the country's land; a ring around the town on its
// sea side, a containment in the country or division reaching into its
// waters. Names invented, towns real.
func TestCoastOffTown(t *testing.T) {
	for _, tt := range []struct {
		doc, place, town, country string
		km, maxFromTown           float64 // stated distance; how far from the town at most
	}{
		{"Isla Tortuguera is an island in the Pacific Ocean, 35 km off the coast of Guapí, Colombia.", "Isla Tortuguera", "Guapí", "CO", 35, 60},
		{"Ilha do Corvo Branco lies 33 km off the coast of Itanhaém in the state of São Paulo, Brazil.", "Ilha do Corvo Branco", "Itanhaém", "BR", 33, 60},
		{"Karewa Rock is a small island about 20 km off the coast of Whakatane.", "Karewa Rock", "Whakatane", "NZ", 20, 40},
		{"The wooden boat sank about 5 nautical miles off Sfax after leaving port.", "The wooden boat sank", "Sfax", "TN", 9.26, 10},
		{"Une pirogue a chaviré à 4 km au large de Joal-Fadiout, au Sénégal.", "Une pirogue a chaviré", "Joal-Fadiout", "SN", 4, 4.6},
		{"Un hélicoptère s'est abîmé en mer à 30 km au large de Porto-Vecchio, en Corse-du-Sud.", "Un hélicoptère s'est abîmé", "Porto-Vecchio", "FR", 30, 32},
		// A town on a small island: its coast is the island's own.
		{"The yacht sank 12 km off the coast of Ustica, north of Sicily.", "The yacht sank", "Ustica", "IT", 12, 17},
		{"Le voilier a chaviré à 10 km au large des côtes de Pantelleria.", "Le voilier a chaviré", "Pantelleria", "IT", 10, 25},
	} {
		t.Run(tt.place, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			if p.Source != SourceDerived || p.Status != StatusLocated {
				t.Fatalf("%s: %s %s (%s), want derived and located", tt.place, p.Source, p.Status, p.Note)
			}
			town := placeNamed(t, res, tt.town)
			if d := geo.Distance(p.Point, town.Point) / 1000; d > tt.maxFromTown {
				t.Errorf("%s is %.1f km from %s, want at most %g", tt.place, d, tt.town, tt.maxFromTown)
			}
			country, err := openTestDB(t).Country(context.Background(), tt.country)
			if err != nil {
				t.Fatal(err)
			}
			if out, _ := geo.DistanceToArea(p.Point, country.Shape); out < 400 {
				t.Errorf("%s is %.1f km off the land of %s, want at sea", tt.place, out/1000, tt.country)
			}
			for _, c := range res.Checks {
				if v := c.Verdict(); v != VerdictHolds && v != VerdictNotMeasured {
					t.Errorf("%q: %s (%s), want holds", c.Phrase, v, c.Note)
				}
			}
		})
	}
}

// TestCoastOffInlandNamesake: a coast named by a name the gazetteer gives
// an inland village far away (Baja California, a village in Chiapas) is
// chosen as for any other name, and the place stays at sea near the town
// it is measured from.
func TestCoastOffInlandNamesake(t *testing.T) {
	res := analyse(t, "Isla de Cedros lies 23 km off the coast of Baja California, about 100 km west of Guerrero Negro.")
	p := placeNamed(t, res, "Isla de Cedros")
	if p.Status != StatusLocated {
		t.Fatalf("Isla de Cedros: %s (%s), want located", p.Status, p.Note)
	}
	if d := geo.Distance(p.Point, placeNamed(t, res, "Guerrero Negro").Point) / 1000; d < 80 || d > 120 {
		t.Errorf("Isla de Cedros is %.1f km from Guerrero Negro, want about 100", d)
	}
	mx, err := openTestDB(t).Country(context.Background(), "MX")
	if err != nil {
		t.Fatal(err)
	}
	if out, _ := geo.DistanceToArea(p.Point, mx.Shape); out < 400 {
		t.Errorf("Isla de Cedros is %.1f km off the land of Mexico, want at sea", out/1000)
	}
}

// TestOffshoreNotLandlocked: a town the text puts something at sea off
// (text.Relation.Offshore) is not the namesake in a country with no sea
// coast, however larger: Brest in France, not in Belarus.
func TestOffshoreNotLandlocked(t *testing.T) {
	for _, doc := range []string{
		"Le chalutier a coulé à 25 milles nautiques au large de Brest, a annoncé la préfecture maritime.",
		"The trawler sank 30 nautical miles off Brest on Sunday night.",
	} {
		res := analyse(t, doc)
		if p := placeNamed(t, res, "Brest"); p.Country != "FR" {
			t.Errorf("%q: Brest in %s, want FR", doc, p.Country)
		}
	}
}

// TestMarineInCountryWaters: an islet, a reef, a shoal or a rock a
// distance places at sea off a town, said to be in the country or the
// island the town is in (« en Martinique »), lies in its waters, as far
// out as the distance (marineFeatures): the containment does not pull it
// back onto the land and short of the stated distance. Names invented,
// towns real.
func TestMarineInCountryWaters(t *testing.T) {
	for _, tt := range []struct {
		doc, place, town string
		km               float64
	}{
		{"La caye Grand-Loup est un haut-fond à 2 milles à l'est du François, en Martinique.", "Grand-Loup", "Le François", 3.7},
		{"L'îlot Bois-Noir se trouve à 3 milles au nord-est de Sainte-Anne, en Guadeloupe.", "Bois-Noir", "Sainte-Anne", 5.56},
	} {
		t.Run(tt.place, func(t *testing.T) {
			res := analyse(t, tt.doc)
			p := placeNamed(t, res, tt.place)
			if p.Source != SourceDerived || p.Status != StatusLocated {
				t.Fatalf("%s: %s %s (%s), want derived and located", tt.place, p.Source, p.Status, p.Note)
			}
			d := geo.Distance(p.Point, placeNamed(t, res, tt.town).Point) / 1000
			if math.Abs(d-tt.km) > 0.15*tt.km {
				t.Errorf("%s is %.2f km from %s, want %.2f", tt.place, d, tt.town, tt.km)
			}
			for _, c := range res.Checks {
				if v := c.Verdict(); v != VerdictHolds && v != VerdictNotMeasured {
					t.Errorf("%q: %s (%s), want holds", c.Phrase, v, c.Note)
				}
			}
		})
	}
}
