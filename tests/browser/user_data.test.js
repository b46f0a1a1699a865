// user_data.test.js — the user's own articles and annotations, through the real UI in headless Chromium:
// import through the file chooser and by drop, annotate with a non-ASCII note, reload, restart the
// browser on the same profile, export and re-import, a quota error and a corrupt record; and the privacy
// promises: every request stays on the page's origin (service worker included), zero CSP violations,
// the one-file build works from file:// and keeps annotations across a restart, the site works under a
// nested sub-path and opens offline once visited.
'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');
const { serve } = require('./server');
const { ARGS } = require('./browser');
const h = require('./page_helpers');

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');
const SHOTS = process.env.LEDE_SCREENSHOT_DIR || path.join(ROOT, 'build/screenshots');
const FIXTURE_HTML = path.join(ROOT, 'tests/fixtures/html/port_strike.html');
const NOTE = 'Zahl prüfen — “wer sagte das?”\nSecond line: 数字 ✓';

function profileDir() { return fs.mkdtempSync(path.join(os.tmpdir(), 'lede-user-')); }

async function open(profile, { offline = false } = {}) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.LEDE_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
    viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  await h.recordCsp(context);
  if (offline) await context.setOffline(true);
  return context;
}

async function newPage(context, url, problems) {
  const page = context.pages()[0] || await context.newPage();
  h.watch(page, problems);
  await page.goto(url);
  await h.waitReady(page);
  await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1, null, { timeout: 20000 });
  return page;
}

async function settle(page) {
  await page.waitForFunction(() => Module.ccall('lede_pending_writes', 'number') === 0, null, { timeout: 20000 });
}

// Selects the first laid-out highlight of kind k (0 = person) by dragging the mouse across it (a real
// drag, frame by frame: a double-click is timing-sensitive on a loaded software-rendered machine).
async function selectWord(page, kind = 0) {
  await h.dragAcrossHighlight(page, kind);
  const sel = await h.hook(page, 'lede_selection_text', 'string');
  assert.ok(sel.length > 0, 'dragging selected nothing');
  return sel;
}

async function annotateSelection(page, note) {
  await h.click(page, 'tab:Notes');
  await h.click(page, 'new_colour:green');
  await h.click(page, 'annotation_note');
  // Each line is typed as text (the IME/textarea path, so “ — ü 数 arrive); Enter is a real key press that
  // ImGui's multi-line field turns into a line break.
  const lines = note.split('\n');
  for (let i = 0; i < lines.length; ++i) {
    if (i > 0) { await page.keyboard.press('Enter'); await h.waitFrames(page, 2); }
    await h.type(page, lines[i], { delay: 5 });
    await h.waitFrames(page, 2);
  }
  await h.click(page, 'annotation_save');
}

describe('your own articles and annotations', { timeout: 600000 }, () => {
  let srv;
  const requests = [];
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run scripts/build-web.sh');
    fs.mkdirSync(SHOTS, { recursive: true });
    srv = await serve(DIST, { prefix: '/some/nested/path/lede/' });
  });
  after(async () => { if (srv) await srv.close(); });

  it('imports through the chooser and by drop, annotates, survives reload and restart, exports and re-imports', async () => {
    const profile = profileDir();
    const problems = [];
    let ctx = await open(profile);
    ctx.on('request', (r) => requests.push(r.url()));
    let page = await newPage(ctx, srv.url, problems);
    const before = await h.hook(page, 'lede_visible_article_count');

    // 1. The file chooser, with a UTF-16 text file and our HTML fixture.
    const utf16 = Buffer.concat([Buffer.from([0xFF, 0xFE]),
      Buffer.from('Flood toll rises in Sarn valley\n\nAt least 41 people died, the Sarn Health Office said on Monday.\n', 'utf16le')]);
    await h.waitFrames(page, 2);
    const r = await h.itemRect(page, 'import_files');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), h.clickAt(page, r.cx, r.cy)]);
    await chooser.setFiles([
      { name: 'sarn.txt', mimeType: 'text/plain', buffer: utf16 },
      { name: 'port_strike.html', mimeType: 'text/html', buffer: fs.readFileSync(FIXTURE_HTML) },
    ]);
    await page.waitForFunction((n) => Module.ccall('lede_visible_article_count', 'number') === n + 2, before, { timeout: 20000 });
    assert.equal(await h.hook(page, 'lede_current_title', 'string'), 'Dockworkers extend strike at Valmere port');

    // 2. A drop event carrying a Markdown file.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['# Recount ordered in Lindqvist\n\nThe **electoral board** ordered a recount on Tuesday.'], 'recount.md', { type: 'text/markdown' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction((n) => Module.ccall('lede_visible_article_count', 'number') === n + 3, before, { timeout: 20000 });
    assert.equal(await h.hook(page, 'lede_current_title', 'string'), 'Recount ordered in Lindqvist');

    // 3. Annotate the HTML article through the UI: select a word, pick a colour, type a non-ASCII note.
    const htmlIndex = (await h.hook(page, 'lede_visible_article_count')) - 2;
    await h.click(page, 'tab:Library');
    await h.click(page, `article:${htmlIndex}`);
    const word = await selectWord(page, 0);
    await annotateSelection(page, NOTE);
    await settle(page);
    assert.equal(await h.hook(page, 'lede_annotation_count'), 1);
    let rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
    assert.equal(rec.target.exact, word);
    assert.ok(rec.note.startsWith('Zahl prüfen — “wer sagte das?”'), rec.note);
    assert.equal(rec.note, NOTE, 'the whole note, line break included');
    assert.equal(rec.colour, 'green');
    await page.screenshot({ path: path.join(SHOTS, 'annotation.png') });

    // 4. Reload: everything is back.
    await page.reload();
    await h.waitReady(page);
    await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
    assert.equal(await h.hook(page, 'lede_visible_article_count'), before + 3);
    rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
    assert.ok(rec.note.startsWith('Zahl prüfen'));

    // 5. Restart the browser on the same profile.
    await ctx.close();
    ctx = await open(profile);
    ctx.on('request', (q) => requests.push(q.url()));
    page = await newPage(ctx, srv.url, problems);
    assert.equal(await h.hook(page, 'lede_visible_article_count'), before + 3);
    assert.equal(await h.hook(page, 'lede_annotation_count'), 1);
    rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
    assert.equal(rec.target.exact, word);

    // 6. Export the library as JSON-LD (a download, not a request), then re-import it into a fresh profile.
    const file = path.join(profile, 'export.jsonld');
    const exported = await h.exportLibrary(page, file);
    assert.equal(exported.type, 'AnnotationCollection');
    const items = exported.first.items;
    assert.ok(items.some((a) => (a.body || []).some((b) => b.value && b.value.startsWith('Zahl prüfen'))));
    // The accessible HTML export: spans as <mark> with their kind as visible text.
    const hx = await h.openMenu(page, 'export', 'export:html');
    const [htmlDownload] = await Promise.all([page.waitForEvent('download'), h.clickAt(page, hx.cx, hx.cy)]);
    const htmlFile = path.join(profile, 'article.html');
    await htmlDownload.saveAs(htmlFile);
    const html = fs.readFileSync(htmlFile, 'utf8');
    assert.match(html, /<mark class="person">[^<]+ <span class="label">person: /);
    assert.match(html, /<mark class="quote">/);
    assert.doesNotMatch(html, /<script/);
    await ctx.close();

    const fresh = profileDir();
    ctx = await open(fresh);
    ctx.on('request', (q) => requests.push(q.url()));
    page = await newPage(ctx, srv.url, problems);
    assert.equal(await h.hook(page, 'lede_annotation_count'), 0);
    const imp = await h.openMenu(page, 'export', 'export:import_library');
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), h.clickAt(page, imp.cx, imp.cy)]);
    await chooser2.setFiles(file);
    await page.waitForFunction(() => Module.ccall('lede_annotation_count', 'number') === 1, null, { timeout: 20000 });
    assert.equal(await h.hook(page, 'lede_visible_article_count'), before + 3);
    rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
    assert.ok(rec.note.startsWith('Zahl prüfen'));
    await settle(page);
    assert.deepEqual(await h.cspViolations(page), []);
    await ctx.close();
    assert.deepEqual(problems, []);
    const foreign = requests.filter((u) => !u.startsWith(srv.origin + '/'));
    assert.deepEqual(foreign, [], 'requests left the page origin');
  });

  it('a full quota and a corrupt record give clear messages and lose nothing', async () => {
    const profile = profileDir();
    const problems = [];
    const ctx = await open(profile);
    const page = await newPage(ctx, srv.url, problems);
    await selectWord(page, 0);
    await annotateSelection(page, 'kept');
    await settle(page);
    // The storage is full from now on: the next change is refused, with a message; the stored one stays.
    await page.evaluate(() => { IDBObjectStore.prototype.put = function () { throw new DOMException('full', 'QuotaExceededError'); }; });
    await h.click(page, 'annotation_note');
    await h.type(page, ' and more');
    await h.click(page, 'annotation_save');
    await page.waitForFunction(() => /storage is full/i.test(Module.ccall('lede_last_error', 'string')), null, { timeout: 10000 });
    await page.screenshot({ path: path.join(SHOTS, 'quota-error.png') });
    // A damaged record appears behind the app's back.
    await page.evaluate(async () => {
      const db = await new Promise((res) => { const q = indexedDB.open(LedeStorage.dbName()); q.onsuccess = () => res(q.result); });
      await new Promise((res) => { const tx = db.transaction('annotations', 'readwrite');
        IDBObjectStore.prototype.put = IDBObjectStore.prototype.add;  // undo the fake quota error
        tx.objectStore('annotations').put({ id: 'broken', rev: 3, note: 'no target' }); tx.oncomplete = res; });
    });
    await page.reload();
    await h.waitReady(page);
    await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
    assert.equal(await h.hook(page, 'lede_annotation_count'), 1);
    const rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
    assert.equal(rec.note, 'kept');
    const quarantined = await page.evaluate(async () => {
      const db = await new Promise((res) => { const q = indexedDB.open(LedeStorage.dbName()); q.onsuccess = () => res(q.result); });
      return new Promise((res) => { const q = db.transaction('quarantine').objectStore('quarantine').getAll(); q.onsuccess = () => res(q.result.length); });
    });
    assert.equal(quarantined, 1, 'the damaged record is kept aside, not deleted');
    await ctx.close();
    assert.deepEqual(problems.filter((p) => !/QuotaExceeded|storage is full/i.test(p)), []);
  });

  it('the one-file build runs from file:// with no violations and keeps annotations across a restart', async () => {
    const offline = path.join(DIST, 'lede-offline.html');
    assert.ok(fs.existsSync(offline), 'dist/lede-offline.html is missing');
    const profile = profileDir();
    const problems = [];
    const reqs = [];
    let ctx = await open(profile);
    ctx.on('request', (r) => reqs.push(r.url()));
    let page = await newPage(ctx, pathToFileURL(offline).href, problems);
    assert.ok(await h.hook(page, 'lede_article_count') >= 2);
    assert.ok(await h.hook(page, 'lede_highlight_count', 'number', ['number'], [0]) > 0);
    await selectWord(page, 0);
    await annotateSelection(page, 'offline ✓');
    await settle(page);
    assert.deepEqual(await h.cspViolations(page), []);
    await page.screenshot({ path: path.join(SHOTS, 'offline-file.png') });
    await ctx.close();
    ctx = await open(profile);
    page = await newPage(ctx, pathToFileURL(offline).href, problems);
    assert.equal(await h.hook(page, 'lede_annotation_count'), 1);
    await ctx.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(reqs.filter((u) => !u.startsWith('file://') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  });

  it('once visited, the hosted page opens with no network, and offers to reload when a new version is deployed', async () => {
    // A copy of dist/, so the test can "deploy" a new version by changing its service worker.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-site-'));
    fs.cpSync(DIST, site, { recursive: true });
    const own = await serve(site, { prefix: '/deployed/' });
    const profile = profileDir();
    const problems = [];
    const reqs = [];
    const ctx = await open(profile);
    ctx.on('request', (r) => reqs.push(r.url()));
    const page = await newPage(ctx, own.url, problems);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller || window.ledeUpdate.registered, null, { timeout: 30000 });
    await ctx.setOffline(true);
    await page.reload();
    await h.waitReady(page);
    assert.ok(await h.hook(page, 'lede_highlight_count', 'number', ['number'], [4]) > 0, 'the app works offline');
    await ctx.setOffline(false);
    // Deploy: a new build id in sw.js. The waiting worker makes the app offer a reload.
    const sw = path.join(site, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const BUILD_ID = '[^']*'/, "const BUILD_ID = 'next-version'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => Module.ccall('lede_update_offered', 'number') === 1, null, { timeout: 30000 });
    await page.screenshot({ path: path.join(SHOTS, 'update-offered.png') });
    const up = await h.itemRect(page, 'apply_update');
    await page.mouse.move(up.cx, up.cy);
    await h.waitFrames(page, 2);
    await page.mouse.down();
    await h.waitFrames(page, 1);
    await Promise.all([page.waitForEvent('load', { timeout: 30000 }), page.mouse.up()]);  // the page reloads
    await h.waitReady(page);
    assert.equal(await h.hook(page, 'lede_update_offered'), 0, 'the new version is running');
    await ctx.close();
    await own.close();
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
    assert.deepEqual(reqs.filter((u) => !u.startsWith(own.origin + '/')), []);
  });
});
