// Browser tests of web/import.js: HTML article extraction with the browser's DOMParser and Readability
// (from npm, the same file build-web.sh bundles), file kinds, HTML charsets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FILES = {
  '/web/import.js': path.join(ROOT, 'web/import.js'),
  '/vendor/readability.js': path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'),
};

// The app's own policy (shell.html): extraction must cause no violation (checked in after()).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
let server, origin, browser, page;
const requests = [];
const problems = [];

before(async () => {
  server = http.createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    if (p === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
              '<link rel="icon" href="data:,">' +
              '<script src="/vendor/readability.js"></script><script src="/web/import.js"></script>');
    } else if (FILES[p]) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(fs.readFileSync(FILES[p]));
    } else {
      res.writeHead(404); res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  const ctx = await browser.newContext();
  ctx.on('request', (r) => requests.push(r.url()));
  page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(origin + '/');
  await page.waitForFunction(() => !!window.LedeImport && !!window.Readability);
});

after(async () => {
  await browser.close();
  server.close();
  assert.deepEqual(problems, [], 'console errors or CSP violations');
});

test('HTML extraction keeps the article and drops navigation, scripts, captions, asides and comments', async () => {
  const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/html/port_strike.html'), 'utf8');
  const r = await page.evaluate((h) => LedeImport.extractHtml(h, 'port_strike.html'), html);
  assert.equal(r.ok, true);
  assert.equal(r.title, 'Dockworkers extend strike at Valmere port');
  assert.equal(r.date, '2026-03-14');
  assert.equal(r.source, 'The Harbour Ledger');
  assert.equal(r.byline, 'Ines Carvalho');
  assert.match(r.url, /valmere-strike/);
  assert.match(r.text, /voted on Friday to extend their strike by another 72 hours/);
  assert.match(r.text, /“We will not go back until the ministry puts a real offer on the table,” union leader Tomas Brenner told reporters/);
  assert.match(r.text, /roughly 90% of its workforce/);
  for (const marker of ['NAVIGATION', 'CAPTION', 'RELATED', 'COMMENT', 'FOOTER']) {
    assert.ok(!r.text.includes(marker + '-MARKER'), marker + ' text leaked into the article');
  }
  assert.equal(r.text.split('\n\n').filter((p) => p.startsWith('Dockworkers at the port')).length, 1, 'paragraphs are separated by blank lines');
  const pwned = await page.evaluate(() => window.PWNED === true || document.title === 'hacked');
  assert.equal(pwned, false, 'the imported page\'s scripts must never run');
  assert.ok(requests.every((u) => u.startsWith(origin)), 'extraction fetched something: ' + requests.join(' '));
});

test('an HTML file with no text gives a clear error', async () => {
  const r = await page.evaluate(() => LedeImport.extractHtml('<html><body><nav>x</nav><script>1</script></body></html>', 'empty.html'));
  assert.equal(r.ok, false);
  assert.match(r.error, /empty\.html: no article text/);
});

test('HTML bytes: Windows-1252 without a charset, UTF-16 with a BOM, and a meta charset', async () => {
  const r = await page.evaluate(() => {
    const cp1252 = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35]);  // “Café” €5
    const u16 = new Uint8Array([0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00]);                       // Hé
    const meta = new TextEncoder().encode('<meta charset="iso-8859-1">');
    const latin = new Uint8Array([...meta, 0xE9]);
    return [LedeImport.decodeHtmlBytes(cp1252), LedeImport.decodeHtmlBytes(u16), LedeImport.decodeHtmlBytes(latin).slice(-1)];
  });
  assert.deepEqual(r, ['“Café” €5', 'Hé', 'é']);
});

// Markdown itself is read by the core (src/core/text/markdown_text.h, tests/core/text/test_markdown_text.cpp)
// and through the app in user_data.test.js; here only the file kinds.
test('file kinds by name', async () => {
  const kinds = await page.evaluate(() => ['a.TXT', 'b.md', 'c.htm', 'd.pdf', 'README'].map(LedeImport.kindOf));
  assert.deepEqual(kinds, ['txt', 'md', 'html', null, 'txt']);
});
