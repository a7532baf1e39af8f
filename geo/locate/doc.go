// Package locate turns a document into located places: it reads the text
// (geo/text), looks its names up in the gazetteer (geo/gazetteer), locates
// the places the gazetteer lacks from what the text states about them
// (geo.Solve), measures every stated relation on the WGS84 ellipsoid, and
// writes the result as an RFC 7946 FeatureCollection.
//
// A Resolver does this for one gazetteer; Analyse gives the Result as Go
// values, Resolve the FeatureCollection. Each relation is read through the
// Vagueness model twice: at face value (Vagueness.Strict), which gives the
// best point and decides whether the text contradicts itself as written,
// and with the allowances real authors need (Vagueness.Bounds), which give
// the uncertainty region. Distances are in km in the API and metres in
// geo; angles are degrees clockwise from north; points are [lon, lat]
// degrees.
package locate
