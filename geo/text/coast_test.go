package text

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// coastReading writes a relation to the coast as TestCoast expects it:
// "Subject: 25 km from coast", "Subject: on coast of Madagascar side E sea
// Atlantic", "Subject: near coast"; "" for a relation to no coast.
func coastReading(d *Document, rel Relation) string {
	br := rel.Border
	if br == nil || !br.Coast {
		return ""
	}
	var b strings.Builder
	b.WriteString(d.Mentions[rel.Subject].Name + ": ")
	switch {
	case rel.Kind == KindDistance && rel.Points > 0:
		fmt.Fprintf(&b, "%.3g km %s of coast", rel.MinKm, compassName(rel.Azimuth))
	case rel.Kind == KindDistance:
		fmt.Fprintf(&b, "%.3g km from coast", rel.MinKm)
	case rel.Kind == KindNear && br.At:
		b.WriteString("on coast")
	case rel.Kind == KindNear:
		b.WriteString("near coast")
	default:
		b.WriteString(rel.Kind.String() + " coast")
	}
	if len(br.Countries) > 0 {
		b.WriteString(" of " + strings.Join(br.Countries, ","))
	}
	if br.Side != "" {
		b.WriteString(" side " + br.Side)
	}
	if br.Sea != "" {
		b.WriteString(" sea " + br.Sea)
	}
	return b.String()
}

// TestCoast: the sea coast as the object of a distance or nearness, in
// English and French. Every sentence is invented.
func TestCoast(t *testing.T) {
	for _, tt := range []struct {
		doc  string
		want []string // coast readings that must be found
		none bool     // no coast reading at all
		rels []string // other readings (as corpus_test.go writes them) that must be found too
		not  []string // coast readings that must not be found
	}{
		{doc: "Mvuleni is a village 25 km from the coast.", want: []string{"Mvuleni: 25 km from coast"}},
		{doc: "Tamboli lies about 10km inland from the coast of Kenya.", want: []string{"Tamboli: 10 km from coast of Kenya"}},
		{doc: "Oroki is a fishing village 12 km inland.", want: []string{"Oroki: 12 km from coast"}},
		{doc: "Puerto Lindo is a coastal town in Panama.", want: []string{"Puerto Lindo: on coast"}},
		{doc: "Ban Khlong lies on the coast of the Gulf of Thailand, 30 km south of Trat.",
			want: []string{"Ban Khlong: on coast sea Gulf of Thailand"}, rels: []string{"Ban Khlong: 30 km south of Trat"}},
		{doc: "Mirador is a village on the Atlantic coast of Morocco.", want: []string{"Mirador: on coast of Morocco sea Atlantic"}},
		{doc: "Sandvik is located by the sea, near Bergen.", want: []string{"Sandvik: on coast"}, rels: []string{"Sandvik: near Bergen"}},
		{doc: "Kalani is 20 km from the sea.", want: []string{"Kalani: 20 km from coast"}},
		{doc: "Ikongo is a village near the east coast of Madagascar.", want: []string{"Ikongo: near coast of Madagascar side E"}},
		{doc: "Lamu Town lies 10 km from the Kenyan coast.", want: []string{"Lamu Town: 10 km from coast of Kenyan"}},
		{doc: "Punta Gorda is a small seaside resort 40 km west of Cartagena.", want: []string{"Punta Gorda: on coast"}, rels: []string{"Punta Gorda: 40 km west of Cartagena"}},
		{doc: "Hurghada lies 5 km from the Red Sea coast.", want: []string{"Hurghada: 5 km from coast sea Red Sea"}},
		{doc: "Kamanga is 30 km from the northern coast.", want: []string{"Kamanga: 30 km from coast side N"}},
		{doc: "The coastal town of Malindi is 20 km from Watamu.", want: []string{"Malindi: on coast"}, rels: []string{"Malindi: 20 km from Watamu"}},
		{doc: "Gede is 15 km south of the coastal town of Malindi.", rels: []string{"Gede: 15 km south of Malindi"}, not: []string{"Gede: on coast"}},
		// Not coasts.
		{doc: "Cuzco is 3,400 metres above sea level.", none: true},
		{doc: "Bouaké is the second city of Ivory Coast.", none: true},
		{doc: "The coast guard patrolled near Dakar.", none: true},
		{doc: "Toamasina is 20 km from the coast road.", none: true},
		{doc: "Mopti lies in the coastal region of nowhere.", none: true},

		{doc: "Ambalavao est une localité située à vingt-cinq kilomètres de la côte Ouest de Madagascar.",
			want: []string{"Ambalavao: 25 km from coast of Madagascar side W"}},
		{doc: "Kpémé est un village situé sur la côte du golfe de Guinée.", want: []string{"Kpémé: on coast sea golfe de Guinée"}},
		{doc: "Mbour est une ville située au bord de la mer, à 80 km au sud de Dakar.",
			want: []string{"Mbour: on coast"}, rels: []string{"Mbour: 80 km south of Dakar"}},
		{doc: "Sidi Ifni se trouve à 5 km de la mer.", want: []string{"Sidi Ifni: 5 km from coast"}},
		{doc: "Essaouira est une ville côtière du Maroc.", want: []string{"Essaouira: on coast"}},
		{doc: "Ifaty est situé sur le littoral, près de Toliara.", want: []string{"Ifaty: on coast"}, rels: []string{"Ifaty: near Toliara"}},
		{doc: "Tanandava se trouve à 15 km de la côte malgache.", want: []string{"Tanandava: 15 km from coast of malgache"}},
		{doc: "Jacmel est situé en bord de mer, à 40 km au sud de Port-au-Prince.", want: []string{"Jacmel: on coast"}},
		{doc: "Kribi est située sur la côte atlantique du Cameroun.", want: []string{"Kribi: on coast of Cameroun sea atlantique"}},
		{doc: "Ankaramy se trouve près de la côte nord-ouest de Madagascar.", want: []string{"Ankaramy: near coast of Madagascar side NW"}},
		{doc: "Larache est située à 10 km de l'océan.", want: []string{"Larache: 10 km from coast"}},
		{doc: "Keur Fall est un village au bord de la mer, à 20 km au nord de Saint-Louis.", want: []string{"Keur Fall: on coast"}},
		{doc: "Ampasimbe est un village situé à 15 km à l'intérieur des terres, au sud de Toamasina.", want: []string{"Ampasimbe: 15 km from coast"}},
		{doc: "Oroki (12 km inland) is a fishing village.", want: []string{"Oroki: 12 km from coast"}},
		{doc: "Massaoua se trouve au bord de la mer Rouge.", want: []string{"Massaoua: on coast sea mer Rouge"}},
		{doc: "Toliara est située à 2 km de l'océan Indien.", want: []string{"Toliara: 2 km from coast sea océan Indien"}},
		{doc: "Morondava est située à 1 km de l’océan Indien.", want: []string{"Morondava: 1 km from coast sea océan Indien"}},
		// Not coasts.
		{doc: "Grand-Bassam est une ville de Côte d'Ivoire, à 40 km d'Abidjan.", none: true, rels: []string{"Grand-Bassam: 40 km from Abidjan"}},
		{doc: "Puno est situé à 3 800 mètres au-dessus du niveau de la mer.", none: true},
	} {
		d := Read(tt.doc)
		checkSpans(t, tt.doc, d)
		var got, all []string
		for _, rel := range d.Relations {
			if c := coastReading(d, rel); c != "" {
				got = append(got, c)
			}
			all = append(all, reading(d, rel))
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Read(%q): no coast reading %q; got %q (all %q)", tt.doc, w, got, all)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("Read(%q): coast reading %q, want none such", tt.doc, w)
			}
		}
		if tt.none && len(got) > 0 {
			t.Errorf("Read(%q): coast readings %q, want none", tt.doc, got)
		}
		for _, w := range tt.rels {
			if !slices.Contains(all, w) {
				t.Errorf("Read(%q): no reading %q; got %q", tt.doc, w, all)
			}
		}
	}
}

// TestCoastLexicon: every role of the coast tables is present in both
// languages, and a coast head is never also a word that makes a phrase no
// coast.
func TestCoastLexicon(t *testing.T) {
	for i, tb := range coastTables() {
		if len(tb.head) == 0 || len(tb.adjective) == 0 || len(tb.at) == 0 || len(tb.sea) == 0 || len(tb.side) == 0 {
			t.Errorf("coast table %d lacks a role: %d heads, %d adjectives, %d leads, %d seas, %d sides",
				i, len(tb.head), len(tb.adjective), len(tb.at), len(tb.sea), len(tb.side))
		}
		for w := range tb.not {
			if tb.head[w] {
				t.Errorf("coast table %d: %q is both a head and not", i, w)
			}
		}
		for w, l := range tb.side {
			if _, _, ok := compassAzimuth(l); !ok {
				t.Errorf("coast table %d: side %q has letters %q, not a compass point", i, w, l)
			}
		}
		for _, at := range tb.at {
			if !isCoastLead(at[0]) {
				t.Errorf("coast table %d: lead %q does not start a phrase", i, at)
			}
		}
	}
}
