#!/usr/bin/env node
// common-words.js writes geo/text/lexicon/en/common.txt.gz: the common
// English words that name no place in the shipped gazetteer. The reader
// uses it for a capitalised word that opens a sentence ("Insecurity
// remains high near Gao", "Cholera spread 20 km south of Kano"): such a
// word is no place name unless a place bears it ("Reading", "Nice",
// "Split", "Hope" are kept out of the list because the gazetteer holds
// them).
//
// Usage: node data/common-words.js [DICT]
//   DICT defaults to /usr/share/dict/american-english, from Debian's
//   wamerican package (version 2020.12.07-2, SCOWL size 50; see
//   data/SOURCES.md for its licence). Run by hand, never at run time.
//
// A word is kept when it is all lower-case ASCII letters, at least four
// long, and no place of data/cities500.tsv.gz (name, ASCII name or any
// alternate name), no division of data/admin1.tsv.gz or
// data/admin2.tsv.gz and no country name of data/countries.tsv.gz folds
// to it. It also writes geo/text/lexicon/en/placewords.txt.gz, the
// dictionary words of that form that a place does bear ("snow", "rain",
// "hope", "reading"): the reader takes such a word opening a sentence for
// no place when a verb of action follows it ("Snow stranded drivers").
// Each output is sorted bytewise, one word a line, gzip-compressed
// with no timestamp so that the same inputs give the same bytes.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const here = __dirname;
const dict = process.argv[2] || '/usr/share/dict/american-english';
const out = path.join(here, '..', 'geo', 'text', 'lexicon', 'en', 'common.txt.gz');
const outPlace = path.join(here, '..', 'geo', 'text', 'lexicon', 'en', 'placewords.txt.gz');

const names = new Set();
const add = (n) => { n = n.trim().toLowerCase(); if (n) names.add(n); };
function rows(file) {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(here, file))).toString('utf8');
  return text.split('\n').slice(1).filter((l) => l !== '').map((l) => l.split('\t'));
}
for (const c of rows('cities500.tsv.gz')) {
  add(c[1]); add(c[2]);
  for (const a of c[3].split(',')) add(a);
}
for (const f of ['admin1.tsv.gz', 'admin2.tsv.gz']) for (const c of rows(f)) add(c[1]);
for (const c of rows('countries.tsv.gz')) for (const x of c.slice(2, 7)) for (const y of x.split('|')) add(y);

const words = fs.readFileSync(dict, 'utf8').split('\n').map((w) => w.trim());
const write = (file, list) => {
  list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.writeFileSync(file, zlib.gzipSync(Buffer.from(list.join('\n') + '\n'), { level: 9 }));
  console.log(`${file}: ${list.length} words of ${words.length}`);
};
const isWord = (w) => /^[a-z]{4,}$/.test(w);
write(out, [...new Set(words.filter((w) => isWord(w) && !names.has(w)))]);
write(outPlace, [...new Set(words.filter((w) => isWord(w) && names.has(w)))]);
