package geo_test

import (
	"fmt"
	"math"

	"github.com/locus-gis/locus/geo"
	"github.com/paulmach/orb"
)

func ExampleDistance() {
	tessalit := orb.Point{1.01186, 20.20126} // [lon, lat]
	kidal := orb.Point{1.41111, 18.44111}
	fmt.Printf("%.1f km\n", geo.Distance(tessalit, kidal)/1000)
	// Output: 199.3 km
}

func ExampleDestination() {
	tessalit := orb.Point{1.01186, 20.20126}
	p := geo.Destination(tessalit, 90, 80e3) // 80 km due east
	fmt.Printf("%.5f, %.5f\n", p[0], p[1])
	// Output: 1.77731, 20.19959
}

func ExampleDistanceToLine() {
	border := orb.MultiLineString{{{1.9, 19.5}, {2.2, 20.5}, {2.0, 21.5}}}
	d, nearest := geo.DistanceToLine(orb.Point{1.8, 20.2}, border)
	fmt.Printf("%.1f km to %.4f, %.4f\n", d/1000, nearest[0], nearest[1])
	// Output: 31.1 km to 2.0866, 20.1235
}

func ExampleNewProjection() {
	p := geo.NewProjection(orb.Point{1.01186, 20.20126})
	x, y := p.Forward(orb.Point{1.8, 20.2})
	fmt.Printf("%.0f m east, %.0f m north\n", x, y)
	// Output: 82372 m east, 56 m north
}

func ExampleSolve() {
	// "Talahandak ... 80 km east of the village of Tessalit": 75 to 85
	// km, within the 45 degree sector around due east.
	tessalit := orb.Point{1.01186, 20.20126}
	village, err := geo.Solve([]geo.Constraint{{
		Anchor:   geo.Anchor{Point: &tessalit},
		MinM:     75e3,
		MaxM:     85e3,
		NominalM: 80e3,
		Bearing:  &geo.Sector{Azimuth: 90, HalfWidth: 22.5},
	}}, geo.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	d, az, _ := geo.Inverse(tessalit, village.Point)
	fmt.Printf("village: %.0f km at %.0f degrees, %.0f km², feasible %v\n", d/1000, az, village.AreaKm2, village.Feasible)

	// "... the wadi of Ourdjane, between two and five kilometres south of
	// the village": measured from the uncertain village, not its point.
	wadi, err := geo.Solve([]geo.Constraint{{
		Anchor:   geo.Anchor{Region: village},
		MinM:     2e3,
		MaxM:     5e3,
		NominalM: 3.5e3,
		Bearing:  &geo.Sector{Azimuth: 180, HalfWidth: 22.5},
	}}, geo.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("wadi: %d part, larger than the village: %v\n", len(wadi.Candidates), wadi.AreaKm2 > village.AreaKm2)
	// Output:
	// village: 78 km at 90 degrees, 628 km², feasible true
	// wadi: 1 part, larger than the village: true
}

func ExampleConstraint_Residual() {
	tessalit := orb.Point{1.01186, 20.20126}
	c := geo.Constraint{Anchor: geo.Anchor{Point: &tessalit}, MinM: 75e3, MaxM: 85e3}
	p := geo.Destination(tessalit, 0, 90e3) // 90 km north
	fmt.Printf("%.0f m\n", c.Residual(p))
	// Output: 5000 m
}

func ExampleFoci_Detour() {
	// "X lies on the road between Kabul and Jalalabad": how much longer is
	// the way by X than the straight line, halved?
	f := geo.Foci{{69.17233, 34.52813}, {70.45153, 34.42647}}
	x := orb.Point{69.7625, 34.58972}
	fmt.Printf("%.1f km apart; %.1f km of detour\n", geo.Distance(f[0], f[1])/1000, f.Detour(x)/1000)
	// Output: 118.1 km apart; 1.2 km of detour
}

func ExampleSectorsCross() {
	// "west of Ruiru and south-east of Limuru": no distance, but the two
	// sectors share no direction, so they cross and bound the place.
	ruiru, limuru := orb.Point{36.96087, -1.14665}, orb.Point{36.64205, -1.11360}
	west := geo.Constraint{Anchor: geo.Anchor{Point: &ruiru}, MaxM: math.Inf(1), Bearing: &geo.Sector{Azimuth: 270, HalfWidth: 22.5}}
	southEast := geo.Constraint{Anchor: geo.Anchor{Point: &limuru}, MaxM: math.Inf(1), Bearing: &geo.Sector{Azimuth: 135, HalfWidth: 22.5}}
	fmt.Println(geo.SectorsCross([]geo.Constraint{west, southEast}))
	// "west of Ruiru and west of Limuru" run out side by side.
	westToo := southEast
	westToo.Bearing = &geo.Sector{Azimuth: 270, HalfWidth: 22.5}
	fmt.Println(geo.SectorsCross([]geo.Constraint{west, westToo}))
	// Output:
	// true
	// false
}
