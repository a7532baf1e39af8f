package locate

import (
	"math"
	"testing"

	"github.com/locus-gis/locus/geo"
)

// TestEventScene checks a news report's usual order: a first sentence
// names where an event happened, a village the gazetteer lacks, and a later
// one measures the event from a known town. The event is placed from the
// town, and the village near the event.
func TestEventScene(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	tests := []struct {
		doc, event, scene, anchor string
		km                        float64
	}{
		{"Gunmen attacked the village of Tinabaw on Monday, killing 12 soldiers. The attack took place 30 km east of Ménaka, officials said.",
			"The attack", "Tinabaw", "Ménaka", 30},
		{"Suspected jihadists killed 17 soldiers in an ambush near Kalgouri on Tuesday. The ambush occurred about 45 kilometres north of Tillabéri.",
			"The ambush", "Kalgouri", "Tillabéri", 45},
		{"Des hommes armés ont attaqué le village de Tinabaw lundi. L'attaque a eu lieu à 30 km à l'est de Ménaka.",
			"L'attaque", "Tinabaw", "Ménaka", 30},
	}
	for _, tt := range tests {
		res := analyse(t, tt.doc)
		e, v, a := placeNamed(t, res, tt.event), placeNamed(t, res, tt.scene), placeNamed(t, res, tt.anchor)
		if e.Source != SourceDerived || !e.HasPoint || a.Source != SourceGazetteer {
			t.Fatalf("%s: %s %s, %s %s; want the event derived from the gazetteer's town", tt.doc, tt.event, e.Source, tt.anchor, a.Source)
		}
		if d := geo.Distance(a.Point, e.Point) / 1000; math.Abs(d-tt.km) > 0.15*tt.km {
			t.Errorf("%s: %s is %.1f km from %s, want %.0f", tt.doc, tt.event, d, tt.anchor, tt.km)
		}
		if v.Source != SourceDerived || !v.HasPoint || geo.Distance(v.Point, e.Point) > 25000 {
			t.Errorf("%s: %s is %s, want derived near the event", tt.doc, tt.scene, v.Source)
		}
	}
}

// TestNewsEventsDescriptors is a blind round of short English news texts
// in three classes known to be weak, written before the reader was run
// on them: an event told inside a reported clause whose subject is the
// event ("Police said the ambush on X occurred 25 km south of Y") or a
// spot in the place ("stormed the market in X, 25 km east of Y"); a name
// followed by a descriptor ("the X trading centre", "the X power
// station"); and a word of another language before a name that says
// what kind of place it is ("Barangay X", "Desa X", "Kebele X"), cut
// from the name when the gazetteer writes such names without it and kept
// when it writes them with it ("Kampung X", "Ejido X"). The located
// places are invented; the anchors are real towns. At first run 7 of 23
// read right: the market in X, the descriptor nouns the tables held
// (camp, station, estate, mission) and the two words kept in names. The
// Douar text was written to want the name without "Douar"; the
// gazetteer's "Douar Tindja" and TestWideTextsThird's "Douar Ouled Ben
// Salem" keep the word, and so does this text now, which read so at
// first run too (8 of 23 as the round now stands). All 23 read right
// since lexicon/en/events.tsv, kindsafter.tsv and localkinds.tsv.
func TestNewsEventsDescriptors(t *testing.T) {
	if testing.Short() {
		t.Skip("needs the gazetteer")
	}
	checkTexts(t, []textCase{
		// An event told inside a reported clause.
		{doc: "Police said the ambush on Kalemwa Ruhigi occurred about 25 km south of Uvira.",
			place: "Kalemwa Ruhigi", anchor: "Uvira", country: "CD", km: 25},
		{doc: "Witnesses told Reuters the attack at Ngaroua Tchede took place 40 km east of Maroua on Sunday.",
			place: "Ngaroua Tchede", anchor: "Maroua", country: "CM", km: 40, notPlaces: []string{"Reuters", "Sunday"}},
		{doc: "A spokesman said the raid on Bir Tawila Gharbi happened some 35 km west of Kassala.",
			place: "Bir Tawila Gharbi", anchor: "Kassala", country: "SD", km: 35},
		{doc: "Local officials said that the bombing in Sar-e Kotal Bala occurred 18 km north of Jalalabad.",
			place: "Sar-e Kotal Bala", anchor: "Jalalabad", country: "AF", km: 18},
		{doc: "Kenyan police said the clash at Nakuprat Ewoi broke out about 50 km north of Lodwar.",
			place: "Nakuprat Ewoi", anchor: "Lodwar", country: "KE", km: 50, notPlaces: []string{"Kenyan"}},
		{doc: "Survivors said the massacre in Tamboura Kokoro was carried out 22 km south of Djibo, according to AFP.",
			place: "Tamboura Kokoro", anchor: "Djibo", country: "BF", km: 22, notPlaces: []string{"AFP"}},
		{doc: "The army said the assault on Kilwa Mpangani took place 15 km west of Lindi.",
			place: "Kilwa Mpangani", anchor: "Lindi", country: "TZ", km: 15},
		{doc: "Gunmen stormed the market in Dorowa Babuje, 25 km east of Jos, killing nine traders.",
			place: "Dorowa Babuje", anchor: "Jos", country: "NG", km: 25},
		{doc: "A car bomb hit the checkpoint in Tal Marjan Saghir, 20 km west of Mosul, Iraqi police said.",
			place: "Tal Marjan Saghir", anchor: "Mosul", country: "IQ", km: 20, notPlaces: []string{"Iraqi"}},
		// A name followed by a descriptor.
		{doc: "Looters emptied the Kyabakuza Lwengo trading centre, 20 km west of Masaka.",
			place: "Kyabakuza Lwengo", anchor: "Masaka", country: "UG", km: 20},
		{doc: "Aid workers reached the Chimwala Kaphuka camp, 40 km north of Dedza.",
			place: "Chimwala Kaphuka", anchor: "Dedza", country: "MW", km: 40},
		{doc: "Fire destroyed the Nkwali Mulungushi power station, 25 km east of Kabwe.",
			place: "Nkwali Mulungushi", anchor: "Kabwe", country: "ZM", km: 25},
		{doc: "Floods cut off the Mulindi Kigasa tea estate, 30 km north of Kigali.",
			place: "Mulindi Kigasa", anchor: "Kigali", country: "RW", km: 30},
		{doc: "Gunmen raided the Bumbuna Kasokira mission, 18 km east of Makeni.",
			place: "Bumbuna Kasokira", anchor: "Makeni", country: "SL", km: 18},
		{doc: "Fighters overran the Kuda Mbororo barracks, 40 km north of Maiduguri.",
			place: "Kuda Mbororo", anchor: "Maiduguri", country: "NG", km: 40},
		{doc: "Engineers inspected the Mwaya Kalilo dam, 30 km south of Mzuzu, after the rains.",
			place: "Mwaya Kalilo", anchor: "Mzuzu", country: "MW", km: 30},
		// A word of another language before a name.
		{doc: "Troops cleared Barangay Tabucan Ilaya, 18 km north of Iloilo.",
			place: "Tabucan Ilaya", anchor: "Iloilo", country: "PH", km: 18},
		{doc: "Floods submerged Kampung Paya Rengas, 25 km west of Kuantan.",
			place: "Kampung Paya Rengas", anchor: "Kuantan", country: "MY", km: 25},
		{doc: "Landslides buried Desa Sukamekar Girang, 30 km south of Bandung, BNPB said.",
			place: "Sukamekar Girang", anchor: "Bandung", country: "ID", km: 30, notPlaces: []string{"BNPB"}},
		{doc: "Locusts swept through Kebele Adi Tsegaba Lalay, 20 km north of Gondar.",
			place: "Adi Tsegaba Lalay", anchor: "Gondar", country: "ET", km: 20},
		{doc: "Drought emptied Douar Ait Bouzid Tahtani, 30 km south of Marrakesh.",
			place: "Douar Ait Bouzid Tahtani", anchor: "Marrakesh", country: "MA", km: 30},
		{doc: "Floodwater reached Tambon Nong Khai Noi, 20 km east of Khon Kaen.",
			place: "Nong Khai Noi", anchor: "Khon Kaen", country: "TH", km: 20},
		{doc: "Ejido Los Tepames Norte lies 30 km south of Colima.",
			place: "Ejido Los Tepames Norte", anchor: "Colima", country: "MX", km: 30},
	})
}
