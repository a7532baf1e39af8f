package gazetteer_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/paulmach/orb"

	"github.com/locus-gis/locus/geo"
	"github.com/locus-gis/locus/geo/gazetteer"
)

func ExampleDB_Search() {
	db, err := gazetteer.OpenDefault() // builds the cache on first use
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	places, err := db.Search(context.Background(), "tessalit", gazetteer.SearchOptions{Limit: 1})
	if err != nil {
		log.Fatal(err)
	}
	p := places[0]
	fmt.Printf("%s (%s, %s, %s) lat %.5f lon %.5f\n", p.Name, p.Code, p.Admin1, p.Country, p.Point.Lat(), p.Point.Lon())
	// Output: Tessalit (PPLA2, Kidal, ML) lat 20.20126 lon 1.01186
}

func ExampleDB_Country() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"Algerian", "algérie", "DZA"} {
		c, err := db.Country(context.Background(), q)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(q, "->", c.Code, c.Name)
	}
	// Output:
	// Algerian -> DZ Algeria
	// algérie -> DZ Algeria
	// DZA -> DZ Algeria
}

func ExampleDB_Border() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	b, err := db.Border(context.Background(), "ML", "DZ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %.0f km\n", b.Name, b.Length/1000)
	// Output: Mali–Algeria border: 1360 km
}

func ExampleDB_CountryAt() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	code, err := db.CountryAt(context.Background(), orb.Point{1.01186, 20.20126})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(code)
	// Output: ML
}

func ExampleDB_Admin1() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	divs, err := db.Admin1(context.Background(), "Kidal Region", "Mali")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(divs[0].Country, divs[0].Code, divs[0].Name, "seat:", divs[0].Seat.Name)
	// Output: ML 10 Kidal seat: Kidal
}

func ExampleFold() {
	fmt.Println(gazetteer.Fold("Ténenkou"), "|", gazetteer.Fold("Richard-Toll"), "|", gazetteer.Fold("N'Djamena"))
	// Output: tenenkou | richard toll | ndjamena
}

func ExampleDB_Coast() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.Coast(ctx, "Mali"); errors.Is(err, gazetteer.ErrNotFound) {
		fmt.Println("Mali has no sea coast")
	}
	c, err := db.Coast(ctx, "Cambodia")
	if err != nil {
		log.Fatal(err)
	}
	// Sihanoukville, a port on the Gulf of Thailand.
	d, _ := geo.DistanceToLine(orb.Point{103.52958, 10.60932}, c.Line)
	fmt.Printf("%s: Sihanoukville is %.0f km from it\n", c.Name, d/1000)
	// Output:
	// Mali has no sea coast
	// Cambodia coast: Sihanoukville is 1 km from it
}

func ExampleDB_Admin2() {
	db, err := gazetteer.OpenDefault()
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"Calvados", "Ouallam Department", "Jalandhar district"} {
		ds, err := db.Admin2(context.Background(), q, "")
		if err != nil {
			log.Fatal(err)
		}
		d := ds[0]
		fmt.Printf("%s -> %s.%s.%s %q in %s, seat %s, %d places\n", q, d.Country, d.Admin1Code, d.Code, d.Name, d.Admin1, d.Seat.Name, d.Places)
	}
	// Output:
	// Calvados -> FR.28.14 "Calvados" in Normandy, seat Caen, 233 places
	// Ouallam Department -> NE.09.2440370 "Département de Ouallam" in Tillabéri Region, seat Ouallam, 0 places
	// Jalandhar district -> IN.23.037 "Jalandhar" in Punjab, seat Jalandhar, 10 places
}
