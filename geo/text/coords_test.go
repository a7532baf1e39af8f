package text

import (
	"math"
	"strings"
	"testing"
)

// TestCoordinates: positions in degrees, in the forms encyclopedias,
// reports and French texts print them, are read with the place they are
// stated for and the precision they are written to.
func TestCoordinates(t *testing.T) {
	tests := []struct {
		doc, subject string
		lat, lon, km float64 // km: PrecisionKm; subject "" for none read
	}{
		{"Talahandak (20°19′N 1°48′E) lies about 80 km east of Tessalit.", "Talahandak", 20.31667, 1.8, 0.928},
		{"Kidal (Arabic: كيدال; 18°26′38″N 1°24′27″E) is a town.", "Kidal", 18.44389, 1.4075, 0.0155},
		{"Le camp de Kalo se trouve à 16°46′ N, 3°00′ O, près de Gao.", "Kalo", 16.76667, -3, 0.928},
		{"The strike hit Kalo at 14.2N 0.5E on Monday.", "Kalo", 14.2, 0.5, 5.566},
		{"Gunmen attacked Ndaki at 15.512° N, 0.301° W.", "Ndaki", 15.512, -0.301, 0.0557},
		{"Puerto Toro lies at 55°05′S 67°04′W on Navarino Island.", "Puerto Toro", -55.08333, -67.06667, 0.928},
		// No position: a temperature, a bare number with a letter, and a
		// position no name before it takes.
		{"The temperature was 45°C in Gao, 20 N of here.", "", 0, 0, 0},
		{"At 47.12° N, 4.57° W, the wreck of the Amoco lies near Brest.", "", 0, 0, 0},
	}
	for _, tt := range tests {
		d := Read(tt.doc)
		if tt.subject == "" {
			if len(d.Coordinates) != 0 {
				t.Errorf("Read(%q).Coordinates = %+v, want none", tt.doc, d.Coordinates)
			}
			continue
		}
		if len(d.Coordinates) != 1 {
			t.Errorf("Read(%q).Coordinates = %+v, want one", tt.doc, d.Coordinates)
			continue
		}
		c := d.Coordinates[0]
		if got := d.Mentions[c.Subject].Name; got != tt.subject {
			t.Errorf("%q: position of %q, want %q", tt.doc, got, tt.subject)
		}
		if math.Abs(c.Lat-tt.lat) > 1e-4 || math.Abs(c.Lon-tt.lon) > 1e-4 || math.Abs(c.PrecisionKm-tt.km) > 1e-3 {
			t.Errorf("%q: %.5f %.5f ±%.4f km, want %.5f %.5f ±%.4f", tt.doc, c.Lat, c.Lon, c.PrecisionKm, tt.lat, tt.lon, tt.km)
		}
		if s := c.Span.Text(tt.doc); s == "" || s[0] < '0' || s[0] > '9' {
			t.Errorf("%q: span %q, want the coordinates", tt.doc, s)
		}
	}
}

// TestCoordinatesFarIn: a position deep in a long text, among numbers and
// capitals that are none, is read with its offsets in the whole text.
func TestCoordinatesFarIn(t *testing.T) {
	pad := strings.Repeat("In 2019 the 3S unit of Gao lost 4N men near the river. ", 300)
	doc := pad + "Talahandak (20°19′N 1°48′E) lies about 80 km east of Tessalit."
	d := Read(doc)
	if len(d.Coordinates) != 1 {
		t.Fatalf("Coordinates = %+v, want one", d.Coordinates)
	}
	c := d.Coordinates[0]
	if got := c.Span.Text(doc); got != "20°19′N 1°48′E" {
		t.Errorf("span %q, want the position", got)
	}
	if d.Mentions[c.Subject].Name != "Talahandak" {
		t.Errorf("position of %q, want Talahandak", d.Mentions[c.Subject].Name)
	}
}
