// check.mjs runs @placemarkio/check-geojson over GeoJSON files and prints one
// line per issue ("FILE: message"); exit status 1 when any file has one, 2 on
// a usage or read error. Usage: node check.mjs FILE...
import { readFileSync } from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE...');
  process.exit(2);
}
let bad = 0;
for (const f of files) {
  let text;
  try {
    text = readFileSync(f, 'utf8');
  } catch (e) {
    console.error(`${f}: ${e.message}`);
    process.exit(2);
  }
  for (const i of getIssues(text)) {
    bad++;
    console.log(`${f}: ${i.message} (at ${i.from}-${i.to})`);
  }
}
console.error(`checked ${files.length} files, ${bad} issues`);
process.exit(bad > 0 ? 1 : 0);
