// model.test.js — the web app without its name tagger's model (node --test tests/browser/model.test.js).
//
// The page analyses nothing itself: its analysis worker, started with the page (web/analysis.js), fetches
// dist/lede-ner.bin (src/platform/worker/ner_model_fetch.js) and loads it. When that file is missing or corrupt
// the worker says so and the page must stop with the reason on screen (boot.js's #status, class "fatal"):
// never go on and show a silently weaker reading. A normal load fetches the model as its own file, and the
// page's own wasm carries no analysis (and no model loader) at all: only the worker's does.
'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { serve } = require('./server');
const { launch } = require('./browser');

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');

describe('the name tagger model in the web app', () => {
  let srv;

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'lede-ner.bin')), `no ${DIST}/lede-ner.bin: run scripts/build-web.sh`);
    srv = await serve(DIST);
  });

  after(async () => {
    if (srv) await srv.close();
  });

  // A fresh profile for each case, and no service worker: sw.js caches the real model with requests that
  // page.route() does not see, and once it controls the page (clients.claim) it would answer the analysis
  // worker's own fetch of the model with it.
  async function freshPage() {
    const browser = await launch({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1,
      serviceWorkers: 'block' });
    const page = await browser.context.newPage();
    page.close = () => browser.close();
    return page;
  }

  // Opens the page with lede-ner.bin answered by `answer` (a route handler) and returns #status once fatal.
  async function fatalStatus(answer) {
    const page = await freshPage();
    try {
      await page.route('**/lede-ner.bin', answer);
      await page.goto(srv.url);
      await page.waitForFunction(() => document.getElementById('status').className === 'fatal', null, { timeout: 90000 });
      const frames = () => page.evaluate(() => (window.Module && Module.calledRun ? Module.ccall('lede_frame_count', 'number') : 0));
      const before = await frames();
      await page.waitForTimeout(400);
      return await page.evaluate(([f0, f1]) => ({
        text: document.getElementById('status').textContent,
        hidden: document.getElementById('status').hidden,
        stopped: f0 === f1,
      }), [before, await frames()]);
    } finally {
      await page.close();
    }
  }

  it('a missing model stops the page with the reason', async () => {
    const s = await fatalStatus((route) => route.fulfill({ status: 404, body: 'not found' }));
    assert.match(s.text, /name-tagger model/);
    assert.match(s.text, /could not be loaded/);
    assert.equal(s.hidden, false);
    assert.equal(s.stopped, true, 'the app stopped drawing');
  });

  it('a corrupt model stops the page with the reason', async () => {
    const bytes = fs.readFileSync(path.join(DIST, 'lede-ner.bin'));
    bytes[bytes.length >> 1] ^= 0x5a;  // one flipped byte in the weights: the checksum must catch it
    const s = await fatalStatus((route) => route.fulfill({ status: 200, body: bytes, contentType: 'application/octet-stream' }));
    assert.match(s.text, /name-tagger model cannot be used/);
    assert.equal(s.stopped, true, 'the app stopped drawing');
  });

  it("the page's wasm carries no analysis: the worker's alone has the model loader and the name lists", () => {
    // Strings that only the analysis brings along: the model file's magic, its loader's checksum message,
    // entries of the first-name and company gazetteers (the page's cross-article library reads places and
    // demonyms only).
    for (const marker of ['LEDENER1', 'checksum mismatch', 'Aeriela', 'Agilent']) {
      assert.ok(!fs.readFileSync(path.join(DIST, 'lede.wasm')).includes(marker), `lede.wasm holds "${marker}"`);
      assert.ok(fs.readFileSync(path.join(DIST, 'lede-worker.wasm')).includes(marker),
        `lede-worker.wasm lacks "${marker}"`);
    }
  });

  it('a normal load fetches the model as a file of its own and starts', async () => {
    const page = await freshPage();
    try {
      const seen = [];
      page.on('request', (r) => seen.push(new URL(r.url()).pathname));
      await page.goto(srv.url);
      await page.waitForFunction(() => window.Module && Module.calledRun && Module.ccall('lede_ready', 'number') === 1,
        null, { timeout: 90000 });
      assert.ok(seen.includes('/lede-ner.bin'), `lede-ner.bin fetched (got ${seen.join(', ')})`);
      assert.equal(await page.evaluate(() => document.getElementById('status').className), '');
    } finally {
      await page.close();
    }
  });
});
