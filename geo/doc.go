// Package geo is the geometric core of locus: geodesy on the WGS84 ellipsoid
// and the solver that turns stated constraints ("80 km east of Tessalit",
// "20 km from the Algerian border", "between two and five kilometres south of
// Talahandak") into an uncertainty region.
//
// # Coordinates and units
//
// Every point is an orb.Point, [longitude, latitude] in degrees (the GeoJSON
// axis order). Distances are metres, measured along geodesics of the WGS84
// ellipsoid with GeographicLib's algorithms (github.com/tidwall/geodesic);
// no spherical shortcut is used for any reported quantity. Azimuths are
// degrees clockwise from true north in [0, 360).
//
// # Geodesy
//
// Distance, Inverse, Azimuth and Destination solve the two geodesic problems.
// DistanceToLine measures from a point to the nearest point of a polyline
// whose segments are geodesics. Projection is the azimuthal equidistant
// projection centred on a point, exact in both directions.
//
// # Solver
//
// A Constraint says how far (MinM to MaxM metres) and optionally in which
// compass Sector the subject lies from an Anchor: a point, an uncertain
// point (a Region from an earlier Solve), a line such as a border, an
// area such as a country, or two Foci the subject lies between (the
// distance is then its detour, and a bound on it an ellipse). Solve evaluates every constraint over a grid in a
// local azimuthal equidistant projection, traces the cells that satisfy all
// of them into polygons (marching squares), and returns a Region: the shape,
// one Candidate per separate part with its own best point, the overall best
// point, and per constraint the metres by which that point misses it. When
// the constraints contradict each other the Region is marked not Feasible
// and its point is the best compromise. The grid only finds the region; the
// residuals it reports are measured again with exact geodesics. A Region
// can anchor further constraints, so that uncertainty carries along chains
// ("2 to 5 km south of the village that lies 80 km east of Tessalit").
// Directions with no distance bound nothing alone; SectorsCross reports
// whether those from two or more places cross (share no direction), so
// that, each cut at a reach, they bound a region between them.
//
// Everything here is a plain value or a pure function: Solve and the
// geodesy are safe for concurrent use, and a Region is never modified once
// returned.
package geo
