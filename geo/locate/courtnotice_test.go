package locate

import "testing"

// TestNoticeHomeTown: a legal notice names a person's home town after the
// person's two names and "of" ("Bríd Kelly of Ennis"), which a treaty or
// a title, with one capitalised word before "of", does not ("the Treaty
// of Waitangi"); the town is placed near the notice's other places.
func TestNoticeHomeTown(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	res := analyse(t, "Take notice that Bríd Kelly of Ennis intends to apply to the District Court sitting at Kilrush for a certificate.")
	if p := placeNamed(t, res, "Ennis"); p.Country != "IE" || p.Status != "located" {
		t.Errorf("Ennis: %q in %q, want located in Ireland", p.Status, p.Country)
	}
}
