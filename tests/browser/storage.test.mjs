// Browser tests of web/storage.js on its own: persistence across reload and browser restart, two tabs,
// quota errors, corrupt records, and no IndexedDB at all. Real Chromium, real IndexedDB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// The app's own policy (shell.html): any violation or console error fails the run (checked in after()).
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";
const problems = [];
let server, origin;

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/app/' || url.pathname === '/other/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">` +
              '<link rel="icon" href="data:,"><script src="/web/storage.js"></script>');
      return;
    }
    if (url.pathname === '/web/storage.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(fs.readFileSync(path.join(ROOT, 'web/storage.js')));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server.close();
  assert.deepEqual(problems, [], 'console errors or CSP violations');
});

async function launch(profile) {
  return chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
}

async function openPage(ctx, where = '/app/') {
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(origin + where);
  await page.waitForFunction(() => !!window.LedeStorage);
  return page;
}

const NOTE = 'Zitat prüfen — “wer sagte das?”\n第二行 ✓';

test('an annotation survives a reload and a browser restart on the same profile', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-'));
  let ctx = await launch(profile);
  let page = await openPage(ctx);
  const put = await page.evaluate(async (note) => {
    const o = await LedeStorage.open();
    const a = await o.storage.put('articles', { id: 'a1', title: 'T', text: 'Some text', rev: 0 }, 0);
    const b = await o.storage.put('annotations', { id: 'n1', article_id: 'a1', note, rev: 0,
      target: { start: 0, end: 4, exact: 'Some' } }, 0);
    return { a, b, ok: o.ok };
  }, NOTE);
  assert.equal(put.ok, true);
  assert.deepEqual(put.b, { ok: true, rev: 1 });
  await page.reload();
  await page.waitForFunction(() => !!window.LedeStorage);
  let all = await page.evaluate(async () => (await (await LedeStorage.open()).storage.loadAll()));
  assert.equal(all.annotations.length, 1);
  assert.equal(all.annotations[0].note, NOTE);
  await ctx.close();
  ctx = await launch(profile);
  page = await openPage(ctx);
  all = await page.evaluate(async () => (await (await LedeStorage.open()).storage.loadAll()));
  assert.equal(all.annotations[0].note, NOTE);
  assert.equal(all.articles[0].text, 'Some text');
  await ctx.close();
});

test('a large article text is stored as a Blob and read back as the same string; old string records still read', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-'));
  let ctx = await launch(profile);
  try {
    const a = await openPage(ctx);
    const b = await openPage(ctx);
    // Tab B listens before tab A writes (waiting a fixed time raced B's open on a slow machine), and waits for
    // the change to 'big' itself, not whichever change arrives first.
    await b.evaluate(async () => {
      const o = await LedeStorage.open();
      window.bigSeen = new Promise((resolve) => {
        o.storage.onChange = (m) => { if (m.id === 'big') o.storage.get(m.store, m.id).then(resolve); };
      });
    });
    const seen = b.evaluate(() => window.bigSeen);
    // Over LedeStorage.LARGE_TEXT_BYTES of UTF-8, with characters of every length, written as the app does.
    const r = await a.evaluate(async (note) => {
      const big = (note + ' ').repeat(Math.ceil(LedeStorage.LARGE_TEXT_BYTES / note.length) + 10);
      const o = await LedeStorage.open();
      const text = LedeStorage.articleText(new TextEncoder().encode(big));
      const put = await o.storage.put('articles', { id: 'big', title: 'Big', text, rev: 0 }, 0);
      await o.storage.put('articles', { id: 'small', title: 'Small', text: LedeStorage.articleText(new TextEncoder().encode(note)), rev: 0 }, 0);
      // Stored before large texts were Blobs: a string, read as it always was.
      await o.storage.put('articles', { id: 'old', title: 'Old', text: big, rev: 0 }, 0);
      const stale = await o.storage.put('articles', { id: 'big', title: 'Stale', text: 'x', rev: 0 }, 0);
      return { put, isBlob: text instanceof Blob, stale: { ok: stale.ok, text: stale.current && stale.current.text === big },
               n: big.length };
    }, NOTE);
    assert.deepEqual(r.put, { ok: true, rev: 1 });
    assert.equal(r.isBlob, true);
    assert.deepEqual(r.stale, { ok: false, text: true }, 'a conflict hands over the stored text as a string');
    const other = await seen;
    assert.equal(typeof other.text, 'string', 'another tab reads the text as a string');
    assert.equal(other.text.length, r.n);
    // Soft delete and restore keep the text; a browser restart reads everything back.
    await a.evaluate(async () => {
      const o = await LedeStorage.open();
      await o.storage.remove('articles', 'big', 1);
      await o.storage.restore('articles', 'big', 2);
    });
    await ctx.close();
    ctx = await launch(profile);
    const page = await openPage(ctx);
    const back = await page.evaluate(async (note) => {
      const all = await (await LedeStorage.open()).storage.loadAll();
      const big = (note + ' ').repeat(Math.ceil(LedeStorage.LARGE_TEXT_BYTES / note.length) + 10);
      const by = Object.fromEntries(all.articles.map((x) => [x.id, x]));
      return { corrupt: all.corrupt.length, big: by.big.text === big, rev: by.big.rev, deleted: by.big.deleted,
               old: by.old.text === big, small: by.small.text === note };
    }, NOTE);
    assert.deepEqual(back, { corrupt: 0, big: true, rev: 3, deleted: undefined, old: true, small: true });
  } finally {
    await ctx.close();
  }
});

test('two tabs: a stale write is refused as a conflict, never silently overwriting', async () => {
  const ctx = await launch(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-')));
  const a = await openPage(ctx);
  const b = await openPage(ctx);
  await a.evaluate(async () => {
    const o = await LedeStorage.open();
    await o.storage.put('annotations', { id: 'x', article_id: 'a', note: 'v1', rev: 0, target: {} }, 0);
  });
  // Tab B listens before tab A writes: a fixed wait raced B's open on a slow machine.
  await b.evaluate(async () => {
    const o = await LedeStorage.open();
    window.changeSeen = new Promise((resolve) => { o.storage.onChange = resolve; });
  });
  const seen = b.evaluate(() => window.changeSeen);
  const r1 = await a.evaluate(async () => {
    const o = await LedeStorage.open();
    return o.storage.put('annotations', { id: 'x', article_id: 'a', note: 'from tab A', rev: 1, target: {} }, 1);
  });
  assert.deepEqual(r1, { ok: true, rev: 2 });
  const msg = await seen;
  assert.equal(msg.id, 'x');
  const r2 = await b.evaluate(async () => {
    const o = await LedeStorage.open();
    return o.storage.put('annotations', { id: 'x', article_id: 'a', note: 'from tab B (stale)', rev: 1, target: {} }, 1);
  });
  assert.equal(r2.ok, false);
  assert.equal(r2.conflict, true);
  assert.match(r2.error, /Another lede tab/);
  const all = await b.evaluate(async () => (await (await LedeStorage.open()).storage.loadAll()));
  assert.equal(all.annotations[0].note, 'from tab A');
  await ctx.close();
});

for (const mode of ['sync', 'async-abort']) test(`quota exceeded (${mode}): a clear message, and the stored record stays intact`,
  async () => {
  const ctx = await launch(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-')));
  try {   // the browser is closed even when an assertion fails (an open one keeps the test file from exiting)
  const page = await openPage(ctx);
  // Both ways a browser reports a full disk: put() throwing at once, and (what IndexedDB really does)
  // put() succeeding and the transaction aborting later with QuotaExceededError when it commits.
  {
    const r = await page.evaluate(async (m) => {
      const o = await LedeStorage.open();
      const id = 'a-' + m;
      await o.storage.put('articles', { id, title: 'Kept', text: 'original', rev: 0 }, 0);
      const realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = m === 'sync'
        ? function () { throw new DOMException('full', 'QuotaExceededError'); }
        : function (...args) {
          const req = realPut.apply(this, args);
          const tx = this.transaction;
          Object.defineProperty(tx, 'error', { get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
          // The put itself succeeds; the commit is what fails: the transaction aborts afterwards.
          tx.commit = () => {};
          req.addEventListener('success', () => { try { tx.abort(); } catch (_) { /* done */ } });
          return req;
        };
      const res = await o.storage.put('articles', { id, title: 'Kept', text: 'x'.repeat(1000), rev: 1 }, 1);
      // The batched path (an import): the whole transaction fails, then each record alone, each reported.
      const many = await o.storage.putMany([
        { store: 'articles', rec: { id, title: 'Kept', text: 'y'.repeat(1000), rev: 1 }, expectedRev: 1 },
        { store: 'articles', rec: { id: id + '-new', title: 'New', text: 'z', rev: 0 }, expectedRev: 0 }]);
      IDBObjectStore.prototype.put = realPut;
      const all = await o.storage.loadAll();
      return { res, many, text: all.articles.find((x) => x.id === id).text,
               created: all.articles.some((x) => x.id === id + '-new') };
    }, mode);
    assert.equal(r.res.ok, false, mode);
    assert.match(r.res.error, /storage is full/i, mode);
    assert.equal(r.text, 'original', mode);
    assert.deepEqual(r.many.map((x) => x.ok), [false, false], mode);
    for (const x of r.many) assert.match(x.error, /storage is full/i, mode);
    assert.equal(r.created, false, mode);
  }
  } finally {
    await ctx.close();
  }
});

test('a corrupt record is set aside untouched and reported; the rest loads', async () => {
  const ctx = await launch(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-')));
  const page = await openPage(ctx);
  const r = await page.evaluate(async () => {
    const o = await LedeStorage.open();
    await o.storage.put('articles', { id: 'good', title: 'Good', text: 'fine', rev: 0 }, 0);
    // Write a damaged record behind the module's back.
    const db = await new Promise((res) => { const q = indexedDB.open(LedeStorage.dbName()); q.onsuccess = () => res(q.result); });
    await new Promise((res) => { const tx = db.transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ id: 'bad', title: 42 }); tx.oncomplete = res; });
    const all = await o.storage.loadAll();
    const again = await o.storage.loadAll();
    const quarantined = await new Promise((res) => { const tx = db.transaction('quarantine', 'readonly');
      const q = tx.objectStore('quarantine').getAll(); q.onsuccess = () => res(q.result); });
    return { ids: all.articles.map((a) => a.id), corrupt: all.corrupt, again: again.corrupt.length, quarantined };
  });
  assert.deepEqual(r.ids, ['good']);
  assert.equal(r.corrupt.length, 1);
  assert.equal(r.corrupt[0].id, 'bad');
  assert.equal(r.again, 0);
  assert.equal(r.quarantined.length, 1);
  assert.equal(r.quarantined[0].raw.title, 42);
  await ctx.close();
});

test('no IndexedDB (private window): the app is told, and keeps working in memory', async () => {
  const ctx = await launch(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-')));
  await ctx.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  const page = await openPage(ctx);
  const r = await page.evaluate(async () => {
    const o = await LedeStorage.open();
    const p = await o.storage.put('articles', { id: 'm', title: 'M', text: 't', rev: 0 }, 0);
    const all = await o.storage.loadAll();
    return { memoryOnly: o.memoryOnly, error: o.error, p, n: all.articles.length };
  });
  assert.equal(r.memoryOnly, true);
  assert.match(r.error, /only until this tab closes/);
  assert.equal(r.p.ok, true);
  assert.equal(r.n, 1);
  await ctx.close();
});

test('deployments on one origin use separate databases; soft delete keeps the record for undo', async () => {
  const ctx = await launch(fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prof-')));
  const a = await openPage(ctx, '/app/');
  const b = await openPage(ctx, '/other/');
  await a.evaluate(async () => {
    const o = await LedeStorage.open();
    await o.storage.put('articles', { id: 'only-in-app', title: 'A', text: 'a', rev: 0 }, 0);
    await o.storage.remove('articles', 'only-in-app', 1);
  });
  const inB = await b.evaluate(async () => (await (await LedeStorage.open()).storage.loadAll()).articles.length);
  assert.equal(inB, 0);
  const back = await a.evaluate(async () => {
    const o = await LedeStorage.open();
    const all = await o.storage.loadAll();
    const deleted = all.articles[0].deleted;
    const r = await o.storage.restore('articles', 'only-in-app', 2);
    return { deleted, r, after: (await o.storage.loadAll()).articles[0].deleted };
  });
  assert.equal(back.deleted, true);
  assert.equal(back.r.ok, true);
  assert.equal(back.after, undefined);
  await ctx.close();
});
