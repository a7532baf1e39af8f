// Scores locus on the English probe: for each case, whether the located
// place is found (a place feature named as the text names it, with a point),
// its error in km against the gazetteer's point for the real place, whether
// each anchor resolved to the namesake in the stated country, and whether the
// place sits within 15% of each stated distance from the anchor as resolved.
// Usage: node score.js 'LOCUS resolve {}'   (ROWS=1 prints one row per case)
'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');
const { Geodesic } = require(process.env.GEOLIB || '/work/shared/eval/node_modules/geographiclib-geodesic');
const g = Geodesic.WGS84;
const dir = __dirname;
const cmd = process.argv[2];
const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const norm = s => String(s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-‐‑’']/g, ' ').replace(/\s+/g, ' ').trim();
const km = (a, b) => g.Inverse(a[1], a[0], b[1], b[0]).s12 / 1000;

const rows = [];
for (const c of truth) {
  let fc;
  try { fc = JSON.parse(execSync(cmd.replace('{}', path.join(dir, c.id + '.txt')), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })); }
  catch (e) { rows.push({ id: c.id, error: String(e.message).split('\n')[0] }); continue; }
  const places = fc.features.filter(f => f.properties.kind === 'place');
  const named = n => places.find(f => norm(f.properties.name) === norm(n) && f.geometry && f.geometry.type === 'Point');
  const p = named(c.target.name);
  const row = { id: c.id, found: !!p, source: p && p.properties.source };
  if (p) row.err = +km(p.geometry.coordinates, [c.target.lon, c.target.lat]).toFixed(1);
  row.anchors = [];
  // the anchor is the place a stated relation of the located place is
  // measured from, else the first place of its name
  const objects = new Set(fc.features.filter(f => f.properties.kind === 'constraint' && p && f.properties.subject === p.id).map(f => f.properties.object));
  // (a region that shares its capital's name, "the province of Córdoba ...
  // the provincial capital Córdoba", is measured from its label point)
  const anchorNamed = n => places.find(f => objects.has(f.id) && norm(f.properties.name) === norm(n) && f.geometry) || named(n);
  const pointOf = f => f.geometry.type === 'Point' ? f.geometry.coordinates : f.properties.label_point;
  for (const k of c.constraints) {
    const a = anchorNamed(k.anchor);
    const r = { anchor: k.anchor, country: a ? a.properties.country : null, right: !!a && a.properties.country === k.country };
    if (a && p && k.km !== undefined) { r.km = +km(pointOf(a), p.geometry.coordinates).toFixed(1); r.within = Math.abs(r.km - k.km) <= 0.15 * k.km; }
    row.anchors.push(r);
  }
  row.mapped = places.map(f => `${f.properties.name}:${f.properties.source[0]}`).join(', ');
  rows.push(row);
}
const med = a => { if (!a.length) return NaN; const b = a.slice().sort((x, y) => x - y); return b[Math.floor((b.length - 1) / 2)]; };
const pct = (n, d) => d ? (100 * n / d).toFixed(0) + '%' : 'n/a';
// a place the text only puts in its containers is scored apart: it is
// right unplaced, or placed within 25 km of the truth
const unplaced = new Set(truth.filter(c => c.unplaced).map(c => c.id));
const held = rows.filter(r => unplaced.has(r.id));
for (const r of held) r.unplacedRight = !r.found || r.err <= 25;
rows.splice(0, rows.length, ...rows.filter(r => !unplaced.has(r.id)));
const found = rows.filter(r => r.found);
const anchors = rows.flatMap(r => r.anchors || []);
const checks = anchors.filter(a => a.within !== undefined);
if (process.env.ROWS) for (const r of [...rows, ...held]) console.log(JSON.stringify(r));
const errs = found.map(r => r.err);
console.log(`probe-en cases ${rows.length}: found ${pct(found.length, rows.length)} (${found.length})  median error ${med(errs).toFixed(1)} km  over 100 km ${errs.filter(e => e > 100).length}  anchors right ${pct(anchors.filter(a => a.right).length, anchors.length)}  within 15% of stated ${pct(checks.filter(a => a.within).length, anchors.length)}${held.length ? `  containment only ${held.length}: unplaced or near ${held.filter(r => r.unplacedRight).length}` : ''}`);
