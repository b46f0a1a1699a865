// app.test.js — the web app in headless Chromium (node --test tests/browser/).
//
// Serves dist/ under a sub-path on 127.0.0.1, loads it, and checks through the C++ test hooks
// (src/platform/test_hooks.cpp, called with Module.ccall) that every demo article is laid out with
// highlights of every kind; drives the ImGui text field with real keys, IME-style text and the clipboard;
// fails on any request off the page's origin, any console error, page error or CSP violation.
// Screenshots go to build/screenshots/ (LEDE_SCREENSHOT_DIR overrides).
'use strict';
const { describe, it, before, after, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { serve } = require('./server');
const { launch } = require('./browser');

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');
const SHOTS = process.env.LEDE_SCREENSHOT_DIR || path.join(ROOT, 'build/screenshots');
const KINDS = ['person', 'organisation', 'place', 'quote', 'number'];

// Wires a page so that every problem is recorded: console errors, page errors, CSP violations.
function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('crash', () => problems.push('page crashed'));
}

const hook = (page, name, ret = 'number', types = [], args = []) =>
  page.evaluate(([n, r, t, a]) => Module.ccall(n, r, t, a), [name, ret, types, args]);

async function waitReady(page) {
  await page.waitForFunction(() => window.Module && Module.calledRun && Module.ccall('lede_ready', 'number') === 1,
    null, { timeout: 60000 });
}

async function waitFrames(page, n = 3) {
  const start = await hook(page, 'lede_frame_count');
  await page.waitForFunction((s) => Module.ccall('lede_frame_count', 'number') >= s, start + n, { timeout: 10000 });
}

async function itemRect(page, name) {
  const s = await hook(page, 'lede_item_rect', 'string', ['string'], [name]);
  assert.ok(s, `no rect recorded for ${name}`);
  const [x, y, w, h] = s.split(' ').map(Number);
  return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
}

async function filterText(page) { return hook(page, 'lede_filter_text', 'string'); }

describe('lede web app', () => {
  let srv, browser, page;
  const problems = [];
  const offOrigin = [];

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `no ${DIST}/index.html: run scripts/build-web.sh`);
    fs.mkdirSync(SHOTS, { recursive: true });
    srv = await serve(DIST, { prefix: '/some/sub/path/' });
    browser = await launch({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const { context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') return;
      if (u.origin !== srv.origin) offOrigin.push(r.url());
    });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    watch(page, problems);
    await page.goto(srv.url);
    await waitReady(page);
  });

  after(async () => {
    if (browser) await browser.close();
    if (srv) await srv.close();
  });

  afterEach(async () => {
    const csp = page ? await page.evaluate(() => window.__csp || []) : [];
    assert.deepEqual(csp, [], 'CSP violations');
    assert.deepEqual(problems, [], 'console/page errors');
    assert.deepEqual(offOrigin, [], 'requests off the page origin');
  });

  it('starts with the demo articles and no error', async () => {
    assert.ok(await hook(page, 'lede_article_count') >= 2, 'at least two demo articles');
    assert.equal(await hook(page, 'lede_current_article'), 0);
    assert.equal(await hook(page, 'lede_last_error', 'string'), '');
    assert.equal(await page.evaluate(() => document.getElementById('status').hidden), true, 'loading notice hidden');
    const req = srv.requests.map((u) => u.replace(/\?.*/, ''));
    for (const f of ['index.html', 'lede.js', 'lede.wasm', 'web/boot.js', 'web/input.js'])
      assert.ok(req.some((u) => u === `/some/sub/path/${f}` || (f === 'index.html' && u === '/some/sub/path/')),
        `${f} fetched from the sub-path (got ${req.join(', ')})`);
  });

  it('lays out highlights of every kind in each demo article', async () => {
    const n = await hook(page, 'lede_article_count');
    for (let i = 0; i < n; ++i) {
      assert.equal(await hook(page, 'lede_open_article', 'number', ['number'], [i]), 1);
      await page.waitForFunction((a) => Module.ccall('lede_layout_article', 'number') === a, i, { timeout: 10000 });
      await waitFrames(page, 2);
      const title = await hook(page, 'lede_current_title', 'string');
      const counts = {};
      for (let k = 0; k < KINDS.length; ++k)
        counts[KINDS[k]] = await hook(page, 'lede_highlight_count', 'number', ['number'], [k]);
      for (const k of KINDS) assert.ok(counts[k] > 0, `article ${i} "${title}": no ${k} highlights (${JSON.stringify(counts)})`);
      assert.ok(await hook(page, 'lede_drawn_lines') > 5, 'reader drew lines');
      await page.screenshot({ path: path.join(SHOTS, `article-${i}.png`) });
    }
    assert.equal(await hook(page, 'lede_open_article', 'number', ['number'], [99]), 0, 'bad index refused');
    assert.match(await hook(page, 'lede_last_error', 'string'), /No article 99/);
    await page.screenshot({ path: path.join(SHOTS, 'error-shown.png') });
    await hook(page, 'lede_open_article', 'number', ['number'], [0]);
    await page.waitForFunction(() => Module.ccall('lede_layout_article', 'number') === 0);
  });

  it('shows a card when hovering a highlight', async () => {
    for (const k of [0, 4]) {
      const s = await hook(page, 'lede_highlight_rect', 'string', ['number', 'number'], [k, 0]);
      assert.ok(s, `a visible ${KINDS[k]} highlight`);
      const [x, y, w, h] = s.split(' ').map(Number);
      await page.mouse.move(x + w / 2, y + h / 2);
      await waitFrames(page, 3);
      assert.equal(await hook(page, 'lede_hovered_kind'), k, `hovering the ${KINDS[k]} shows its card`);
      await page.screenshot({ path: path.join(SHOTS, `hover-${KINDS[k]}.png`) });
    }
    await page.mouse.move(5, 795);
  });

  it('types non-ASCII text into an ImGui field through the hidden textarea', async () => {
    const r = await itemRect(page, 'filter');
    await page.mouse.click(r.cx, r.cy);
    await waitFrames(page);
    await page.keyboard.type('é — ');
    await waitFrames(page);
    assert.equal(await filterText(page), 'é — ');
    await page.keyboard.insertText('“ñ”');        // what an IME commits: an input event, no key events
    await waitFrames(page);
    assert.equal(await filterText(page), 'é — “ñ”');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await waitFrames(page, 4);
    assert.equal(await filterText(page), 'é — “');
    await page.screenshot({ path: path.join(SHOTS, 'typed.png') });
  });

  it('copies from and pastes into an ImGui field through the system clipboard', async () => {
    const r = await itemRect(page, 'filter');
    await page.mouse.click(r.cx, r.cy);
    await page.keyboard.press('Control+A');
    await waitFrames(page);
    await page.keyboard.press('Control+C');
    await waitFrames(page, 4);
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) === 'é — “', null, { timeout: 5000 });

    await page.evaluate(() => navigator.clipboard.writeText('Sørensen said “yes”'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitFrames(page, 4);
    assert.equal(await filterText(page), '');
    await page.keyboard.press('Control+V');
    await waitFrames(page, 6);
    assert.equal(await filterText(page), 'Sørensen said “yes”');

    // Clear the box again so the library shows every article.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await waitFrames(page, 4);
    assert.equal(await filterText(page), '');
  });

  it('follows window resizes and renders at devicePixelRatio', async () => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await waitFrames(page, 3);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(size, [1024, 640]);
    await page.screenshot({ path: path.join(SHOTS, 'small-window.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // A second browser at devicePixelRatio 2 (HiDPI screen or 200% zoom).
    const hiBrowser = await launch({ viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
    try {
      hiBrowser.context.on('request', (r) => {
        const u = new URL(r.url());
        if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== srv.origin) offOrigin.push(r.url());
      });
      const hi = await hiBrowser.context.newPage();
      watch(hi, problems);
      await hi.goto(srv.url);
      await waitReady(hi);
      await waitFrames(hi, 3);
      assert.equal(await hook(hi, 'lede_device_pixel_ratio'), 2);
      const hs = await hi.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
      assert.deepEqual(hs, [1800, 1200], 'framebuffer = CSS size × DPR');
      for (let k = 0; k < KINDS.length; ++k)
        assert.ok(await hook(hi, 'lede_highlight_count', 'number', ['number'], [k]) > 0);
      await hi.screenshot({ path: path.join(SHOTS, 'hidpi.png') });
    } finally {
      await hiBrowser.close();
    }
  });
});
