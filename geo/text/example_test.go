package text_test

import (
	"fmt"

	"github.com/locus-gis/locus/geo/text"
)

func ExampleRead() {
	doc := "They set up a bivouac in the wadi of Ourdjane, between two and five kilometres south of " +
		"the village of Talahandak, which in itself is located 80 km east of the village of Tessalit, " +
		"and 20 km from the Algerian border."
	d := text.Read(doc)
	for _, r := range d.Relations {
		object := "border"
		if r.Object >= 0 {
			object = d.Mentions[r.Object].Name
		}
		fmt.Printf("%s: %s %g-%g %s %s (%g°) of %s\n", r.Kind, d.Mentions[r.Subject].Name,
			r.MinKm, r.MaxKm, r.Unit, r.Direction, r.Azimuth, object)
	}
	// Output:
	// distance: Ourdjane 2-5 km south (180°) of Talahandak
	// distance: Talahandak 80-80 km east (90°) of Tessalit
	// distance: Talahandak 20-20 km  (0°) of border
}

func ExampleRead_reversed() {
	// The parenthesis gives where Niamey lies from Kedouar, so the azimuth
	// from Niamey to Kedouar is turned round: north-east.
	doc := "Kedouar was a stop on the road to the capital of Niger, Niamey (600 km to the southwest)."
	d := text.Read(doc)
	for _, r := range d.Relations {
		if r.Kind != text.KindDistance {
			continue
		}
		fmt.Println(d.Mentions[r.Subject].Name, "from", d.Mentions[r.Object].Name, r.Azimuth, r.Reversed, r.Phrase.Text(doc))
	}
	// Output:
	// Kedouar from Niamey 45 true Niamey (600 km to the southwest)
}

func ExampleRead_mentions() {
	doc := "- Place: Talahandak, Kidal Region, Mali"
	for _, m := range text.Read(doc).Mentions {
		fmt.Printf("%q %q %v %q\n", m.Name, m.Feature, m.Evidence, doc[m.Span.Start:m.Span.End])
	}
	// Output:
	// "Talahandak" "" container "Talahandak"
	// "Kidal Region" "region" container "Kidal Region"
	// "Mali" "" container "Mali"
}
