// Package server is locus's HTTP service: a Fiber v2 app that serves the
// documents' features as GeoJSON and as OGC API – Features collections
// (Part 1, Core), resolves pasted text, saves documents to a Store,
// searches the gazetteer and serves the embedded Leaflet page.
//
// New builds the app from a Config, an Engine and the documents to serve;
// every route is listed in one function (routes, in server.go) and every
// error leaves through one ErrorHandler as JSON {"error": "..."}. Serve and
// Run run the app until their context is cancelled and then shut it down
// gracefully.
//
// Errors returned by Engine.Resolve that implement
//
//	interface{ InputError() bool }
//
// and report true are problems with the submitted text and map to 422
// Unprocessable Entity with the error's message; a context deadline maps to
// 503; every other error maps to 500 with a generic message (the detail is
// logged, never sent).
package server
