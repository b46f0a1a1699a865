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

const { type, watch, hook, waitReady, waitFrames, itemRect, clickAt, until, waitScrollSettled } = require('./page_helpers');
// A real click on a rect from itemRect() (page_helpers.js: hover for a frame, then press and release).
const click = (page, r) => clickAt(page, r.cx, r.cy);

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
    await click(page, r);
    await waitFrames(page);
    // Each step waits until the field shows the text: on a loaded machine the last key's input event can reach
    // ImGui a few frames later than the frames waited (a run at load 11 saw 'é —' for 'é — ' after 3 frames).
    const shows = (want) => until(page, async (p) => (await filterText(p)) === want, `the field shows ${want}`);
    await type(page, 'é — ');
    await shows('é — ');
    await page.keyboard.insertText('“ñ”');        // what an IME commits: an input event, no key events
    await shows('é — “ñ”');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await shows('é — “');
    await waitFrames(page, 4);
    assert.equal(await filterText(page), 'é — “', 'no key arrives twice');
    await page.screenshot({ path: path.join(SHOTS, 'typed.png') });
  });

  it('copies from and pastes into an ImGui field through the system clipboard', async () => {
    const r = await itemRect(page, 'filter');
    await click(page, r);
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

  it('hides and shows a kind with its legend toggle (real clicks)', async () => {
    const before = await hook(page, 'lede_highlight_count', 'number', ['number'], [0]);
    assert.ok(before > 0);
    const r = await itemRect(page, 'toggle:P');
    await click(page, r);
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_highlight_count', 'number', ['number'], [0]), 0, 'people hidden');
    assert.ok(await hook(page, 'lede_highlight_count', 'number', ['number'], [4]) > 0, 'numbers still shown');
    await page.screenshot({ path: path.join(SHOTS, 'people-hidden.png') });
    await click(page, r);
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_highlight_count', 'number', ['number'], [0]), before, 'people back');
  });

  it('draws the canvas only when the frame changes, and what it shows follows a change', async () => {
    // Idle: frames keep running (input is read each frame) but an unchanged frame is not drawn again.
    const idle = () => page.evaluate(() => new Promise((res) => {
      const f0 = Module.ccall('lede_frame_count', 'number'), d0 = Module.ccall('lede_frames_drawn', 'number');
      (function tick() {
        if (Module.ccall('lede_frame_count', 'number') - f0 < 10) { requestAnimationFrame(tick); return; }
        res(Module.ccall('lede_frames_drawn', 'number') === d0);
      })();
    }));
    await page.mouse.move(1, 1);   // away from anything that reacts to hovering
    await until(page, idle, 'ten frames in a row without a redraw on an idle page', 60000);
    const shot = () => page.locator('#canvas').screenshot();
    const a = await shot();
    // A change (people hidden with the legend toggle, a real click) is drawn and shows.
    const drawn = await hook(page, 'lede_frames_drawn');
    const r = await itemRect(page, 'toggle:P');
    await click(page, r);
    await until(page, async () => await hook(page, 'lede_highlight_count', 'number', ['number'], [0]) === 0, 'people hidden');
    assert.ok(await hook(page, 'lede_frames_drawn') > drawn, 'the change was drawn');
    await page.mouse.move(1, 1);
    await until(page, idle, 'idle again after the change', 60000);
    const b = await shot();
    assert.notDeepEqual(b, a, 'the canvas shows the change');
    await click(page, r);
    await until(page, async () => await hook(page, 'lede_highlight_count', 'number', ['number'], [0]) > 0, 'people back');
  });

  it('entities panel: a click marks an entity and scrolls the reader to its mention', async () => {
    const tab = await itemRect(page, 'tab:Entities');
    await click(page, tab);
    await waitFrames(page, 3);
    const name = await hook(page, 'lede_top_entity', 'string', ['number'], [0]);
    assert.ok(name, 'a person in the article');
    // Scroll the reader to the end first, so the jump to the first mention must scroll back up.
    const reader = await itemRect(page, 'reader');
    await page.mouse.move(reader.cx, reader.cy);
    await page.mouse.wheel(0, 5000);
    // The reader eases toward its scroll target over a few frames: poll, then wait for it to land.
    await until(page, async () => await hook(page, 'lede_scroll_y') > 50, 'reader scrolled down');
    await waitScrollSettled(page);
    const scrolled = await hook(page, 'lede_scroll_y');
    const e = await itemRect(page, `entity:${name}`);
    await click(page, e);
    assert.ok(await hook(page, 'lede_selected_entity') >= 0, 'entity selected');
    assert.equal(await hook(page, 'lede_entity_cursor'), 0);
    await until(page, async () => await hook(page, 'lede_scroll_y') < scrolled, 'reader scrolled to the first mention');
    await page.screenshot({ path: path.join(SHOTS, 'entity-selected.png') });
    const next = await itemRect(page, 'entity:next');
    await click(page, next);
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_entity_cursor'), 1, 'Next steps to the second mention');
    for (const t of ['Quotes', 'Numbers']) {
      const tr = await itemRect(page, `tab:${t}`);
      await click(page, tr);
      await waitFrames(page, 3);
      await page.screenshot({ path: path.join(SHOTS, `panel-${t.toLowerCase()}.png`) });
    }
    const lib = await itemRect(page, 'tab:Library');
    await click(page, lib);
    await waitFrames(page, 3);
  });

  it('Ctrl+F finds a surname case- and accent-insensitively, Enter steps', async () => {
    const reader = await itemRect(page, 'reader');
    await click(page, reader);
    await page.keyboard.press('Control+F');
    await waitFrames(page, 3);
    const name = (await hook(page, 'lede_top_entity', 'string', ['number'], [0])).split(' ').pop();
    const art = fs.readdirSync(path.join(ROOT, 'assets/articles')).filter((f) => f.endsWith('.txt')).sort()[0];
    const body = fs.readFileSync(path.join(ROOT, 'assets/articles', art), 'utf8').split('\n').slice(1).join('\n');
    const expected = body.toLowerCase().split(name.toLowerCase()).length - 1;
    await type(page, name.toUpperCase());
    // the last keys may land a few frames later on a loaded machine: wait for the whole name, not 3 frames
    await until(page, async () => (await hook(page, 'lede_find_count')) === expected, `matches of ${name}`);
    assert.equal(await hook(page, 'lede_find_count'), expected, `matches of ${name}`);
    assert.equal(await hook(page, 'lede_find_current'), 0);
    await page.keyboard.press('Enter');
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_find_current'), expected > 1 ? 1 : 0, 'Enter: next match');
    await page.keyboard.press('Shift+Enter');
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_find_current'), 0, 'Shift+Enter: previous match');
    await page.screenshot({ path: path.join(SHOTS, 'find.png') });
    await page.keyboard.press('Escape');
    await waitFrames(page, 3);
    assert.equal(await hook(page, 'lede_find_count'), -1, 'Escape closes find');
  });

  it('font size and themes', async () => {
    const lines = await hook(page, 'lede_layout_lines');
    await hook(page, 'lede_set_font_size', null, ['number'], [28]);
    await waitFrames(page, 4);
    assert.ok(await hook(page, 'lede_layout_lines') > lines, 'bigger text, more lines');
    await page.screenshot({ path: path.join(SHOTS, 'font-28px.png') });
    await hook(page, 'lede_set_font_size', null, ['number'], [18]);
    for (const [i, name] of ['light', 'dark', 'high-contrast'].entries()) {
      await hook(page, 'lede_set_theme', null, ['number'], [i]);
      await waitFrames(page, 3);
      assert.equal(await hook(page, 'lede_theme'), i);
      await page.screenshot({ path: path.join(SHOTS, `theme-${name}.png`) });
    }
    await hook(page, 'lede_set_theme', null, ['number'], [0]);
    await waitFrames(page, 2);
  });

  it('follows window resizes and renders at devicePixelRatio', async () => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await waitFrames(page, 3);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(size, [1024, 640]);
    await page.screenshot({ path: path.join(SHOTS, 'small-window.png') });
    // From the smallest supported window to 4K, the side panel and the reader sit side by side, inside it.
    for (const [w, hgt] of [[1024, 640], [3840, 2160]]) {
      await page.setViewportSize({ width: w, height: hgt });
      await until(page, async () => (await page.evaluate(() => document.getElementById('canvas').width)) === w,
        `canvas follows ${w}x${hgt}`);
      await waitFrames(page, 3);
      const side = await itemRect(page, 'side'), reader = await itemRect(page, 'reader');
      assert.ok(side.w >= 200 && side.x + side.w <= reader.x + 1, `${w}px: side panel left of the reader`);
      assert.ok(reader.x + reader.w <= w + 1 && reader.y + reader.h <= hgt + 1, `${w}px: reader inside the window`);
      assert.ok(await hook(page, 'lede_highlight_count', 'number', ['number'], [0]) > 0, `${w}px: highlights laid out`);
      await page.screenshot({ path: path.join(SHOTS, `window-${w}x${hgt}.png`) });
    }
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
