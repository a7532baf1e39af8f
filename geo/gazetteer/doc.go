// Package gazetteer is a read-only SQLite store of places, countries, land
// borders, sea coasts and first-level administrative divisions, built from the extracts
// embedded by package data.
//
// Places are GeoNames cities500 (every populated place of 500 or more people
// and every administrative seat); country shapes are OpenStreetMap land
// polygons (100 m resolution over Africa, the Mediterranean and the Middle East,
// 1 km elsewhere); land borders between two countries, and each country's
// sea coast (what remains of its outer rings once the shared borders are
// taken away, on a sea flooded from the oceans: see coast.go), are derived
// from those polygons when the database is built.
//
// Open builds the database on first use (about 15 to 20 seconds on two
// cores) and caches it as an 88 MB file; later opens take about 20 ms. All
// coordinates are WGS84 degrees in orb's [longitude, latitude] order.
//
// Licences: GeoNames data is CC BY 4.0 ("GeoNames, https://www.geonames.org");
// country shapes are © OpenStreetMap contributors, ODbL; country names and
// demonyms are from world-countries, ODbL. A page or README that shows this
// data must say so.
package gazetteer
