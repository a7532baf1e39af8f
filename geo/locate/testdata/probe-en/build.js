// Builds the English probe from cases.tsv: one NNN.txt per case and a
// truth.json in the format of ../shared/eval (score.js reads it), with the
// truth point taken from the gazetteer's entry for the real place. It also
// prints, for each stated distance, the distance and bearing the gazetteer
// gives, so a misremembered figure can be seen, and any invented name that a
// real place bears.
// An anchors column of 'unplaced' marks a place the text only puts in its
// containers (truth.json: "unplaced": true).
// Usage: node build.js LOCUS   (LOCUS: path to the locus binary)
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { Geodesic } = require(process.env.GEOLIB || '/work/shared/eval/node_modules/geographiclib-geodesic');
const g = Geodesic.WGS84;
const locus = process.argv[2];
const dir = __dirname;
const norm = s => String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function lookup(name, cc) {
  const out = execFileSync(locus, ['places', '--json', '--limit', '40', name], { encoding: 'utf8' });
  const fs_ = JSON.parse(out).features || [];
  return fs_.find(f => f.properties.country === cc && f.properties.gazetteer_id && f.properties.feature_code !== 'ADM1');
}

const truth = [];
for (const line of fs.readFileSync(path.join(dir, 'cases.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [id, real, cc, invented, anchors, text] = line.split('\t');
  const p = lookup(real, cc);
  if (!p) { console.log(`${id}: ${real} (${cc}) not in the gazetteer`); continue; }
  const [lon, lat] = p.geometry.coordinates;
  const inv = JSON.parse(execFileSync(locus, ['places', '--json', '--limit', '100', invented], { encoding: 'utf8' })).features || [];
  if (inv.some(f => norm(f.properties.name) === norm(invented))) console.log(`${id}: invented ${invented} is a real place`);
  const constraints = [];
  // 'unplaced': the text only puts the place in its containers ("a
  // village in Y Rural District, Z County, Iran"), which do not bound it:
  // it is to be reported without a position, or near the truth.
  const unplaced = anchors === 'unplaced';
  for (const a of (unplaced ? '' : anchors).split(';').filter(Boolean)) {
    const [name, rest] = a.split('@');
    const [acc, km, deg] = rest.split('/');
    const c = { anchor: name, country: acc };
    if (km !== '') c.km = Number(km);
    if (deg !== '') c.dir = Number(deg);
    const ap = lookup(name, acc);
    if (ap) {
      const r = g.Inverse(ap.geometry.coordinates[1], ap.geometry.coordinates[0], lat, lon);
      const d = r.s12 / 1000, az = (r.azi1 + 360) % 360;
      const off = c.km === undefined ? 0 : Math.abs(d - c.km) / c.km;
      console.log(`${id}: ${name} ${c.km ?? '-'} km ${c.dir ?? '-'}° stated; gazetteer ${d.toFixed(0)} km ${az.toFixed(0)}°${off > 0.25 ? '  <-- distance off ' + (100 * off).toFixed(0) + '%' : ''}`);
    } else console.log(`${id}: anchor ${name} (${acc}) not in the gazetteer`);
    constraints.push(c);
  }
  fs.writeFileSync(path.join(dir, id + '.txt'), text.replaceAll('{X}', invented) + '\n');
  const t = { id, family: 'probe-en', target: { name: invented, lat, lon, real }, constraints, second: null, inconsistent: false };
  if (unplaced) t.unplaced = true;
  truth.push(t);
}
fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 1) + '\n');
console.log(`${truth.length} cases`);
