// reader.test.js — the reader pane in headless Chromium: smooth scrolling (and reduced motion), a quote
// click scrolling to the quote and flashing it, copying a mouse selection to the system clipboard, and
// a pasted article whose entity steps through names inside longer names, layout preferences (theme, text
// size, side panel width, shown kinds, tab) surviving a reload and a
// browser restart, with damaged stored preferences ignored.
//
// The reader's scroll eases over several frames (src/app/reader/smooth_scroll.h), so every check polls the app
// through its test hooks (src/platform/test_hooks.cpp) until the condition holds; nothing waits a fixed time.
'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { serve } = require('./server');
const { ARGS } = require('./browser');
const h = require('./page_helpers');

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');
const SHOTS = process.env.LEDE_SCREENSHOT_DIR || path.join(ROOT, 'build/screenshots');

const num = (page, name, types = [], args = []) => h.hook(page, name, 'number', types, args);
const str = (page, name, types = [], args = []) => h.hook(page, name, 'string', types, args);

async function open(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.LEDE_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
    viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1,
  });
}

async function newPage(context, url, problems) {
  const page = context.pages()[0] || await context.newPage();
  h.watch(page, problems);
  await page.goto(url);
  await h.waitReady(page);
  return page;
}

// Opens article i and scrolls the reader to the top (Home), waiting until it has landed there.
async function topOf(page, i = 0) {
  assert.equal(await num(page, 'lede_open_article', ['number'], [i]), 1);
  await page.waitForFunction((a) => Module.ccall('lede_layout_article', 'number') === a, i, { timeout: 10000 });
  const r = await h.itemRect(page, 'reader');
  await page.mouse.move(r.cx, r.cy);
  await h.waitFrames(page, 2);
  await page.keyboard.press('Home');
  await h.until(page, async () => await num(page, 'lede_scroll_y') === 0 && await num(page, 'lede_scroll_target') === -1,
    'reader at the top');
}

// Records the reader's scroll on every animation frame, from now until stop().
async function sampleScroll(page) {
  await page.evaluate(() => {
    window.__scrolls = [];
    window.__sampling = true;
    (function tick() {
      if (!window.__sampling) return;
      window.__scrolls.push(Module.ccall('lede_scroll_y', 'number'));
      requestAnimationFrame(tick);
    })();
  });
  return { stop: () => page.evaluate(() => { window.__sampling = false; return window.__scrolls; }) };
}

// Presses key and returns {from, to, samples}: the scroll before, where it landed, and every frame between.
async function scrollWith(page, key) {
  const from = await num(page, 'lede_scroll_y');
  const sampler = await sampleScroll(page);
  await page.keyboard.press(key);
  await h.until(page, async () => await num(page, 'lede_scroll_y') !== from, `${key} scrolled`);
  await h.waitScrollSettled(page);
  const samples = await sampler.stop();
  return { from, to: await num(page, 'lede_scroll_y'), samples };
}

describe('the reader pane', { timeout: 600000 }, () => {
  let srv;
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `no ${DIST}/index.html: run scripts/build-web.sh`);
    fs.mkdirSync(SHOTS, { recursive: true });
    srv = await serve(DIST, { prefix: '/reader/' });
  });
  after(async () => { if (srv) await srv.close(); });

  describe('in one browser', () => {
    let context, page, profile;
    const problems = [];
    before(async () => {
      profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-reader-'));
      context = await open(profile);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
      page = await newPage(context, srv.url, problems);
    });
    after(async () => {
      if (context) await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      assert.deepEqual(problems, [], 'console/page errors');
    });

    it('smooth scroll: PageDown eases through in-between positions to its target; wheel and End too', async () => {
      await topOf(page, 0);
      const reader = await h.itemRect(page, 'reader');
      const max = await num(page, 'lede_scroll_max');
      assert.ok(max > 100, `the article is taller than the reader (max scroll ${max})`);
      const { from, to, samples } = await scrollWith(page, 'PageDown');
      const expected = Math.min(from + reader.h * 0.85, max);
      assert.ok(Math.abs(to - expected) <= 1, `PageDown landed at ${to}, expected ${expected}`);
      const between = samples.filter((y) => y > from + 1 && y < to - 1);
      assert.ok(between.length >= 1, `at least one in-between position (frames saw ${samples.join(', ')})`);
      for (let i = 1; i < samples.length; ++i) assert.ok(samples[i] >= samples[i - 1], `monotonic: ${samples.join(', ')}`);

      // The wheel eases the same way (it is the reader's own now, not ImGui's instant scroll).
      await topOf(page, 0);
      await page.mouse.move(reader.cx, reader.cy);
      await page.mouse.wheel(0, 200);
      await h.until(page, async () => await num(page, 'lede_scroll_y') > 0, 'the wheel scrolled down');
      await h.waitScrollSettled(page);

      const end = await scrollWith(page, 'End');
      assert.ok(Math.abs(end.to - max) <= 1, `End reaches the bottom (${end.to} of ${max})`);
      const home = await scrollWith(page, 'Home');
      assert.equal(home.to, 0, 'Home reaches the top');
      assert.ok(home.samples.some((y) => y > 1 && y < end.to - 1), 'Home eases too');
    });

    it('smooth scroll: with prefers-reduced-motion the reader jumps at once', async () => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await h.until(page, async () => await num(page, 'lede_reduced_motion') === 1, 'reduced motion seen');
      await topOf(page, 0);
      const { from, to, samples } = await scrollWith(page, 'PageDown');
      assert.ok(to > from);
      assert.deepEqual(samples.filter((y) => y !== from && y !== to), [], `no in-between positions: ${samples.join(', ')}`);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await h.until(page, async () => await num(page, 'lede_reduced_motion') === 0, 'motion allowed again');
    });

    it('quotes panel: a click scrolls the reader to the quote and flashes it', async () => {
      await topOf(page, 0);
      await h.click(page, 'tab:Quotes');
      await h.waitFrames(page, 2);
      // The clickable quotes (inside the side panel, above the legend) whose text is off screen: take the
      // one furthest into the article, so the reader must scroll a long way.
      const side = await h.itemRect(page, 'side');
      const legendTop = (await h.itemRect(page, 'toggle:P')).y;
      const n = await num(page, 'lede_quote_count');
      let pick = null;
      for (let i = 0; i < n; ++i) {
        const r = await str(page, 'lede_item_rect', ['string'], [`quote:${i}`]);
        if (!r) continue;
        const [x, y, w, hh] = r.split(' ').map(Number);
        if (y < side.y || y + hh > legendTop - 4 || hh < 4) continue;
        const [b, e] = (await str(page, 'lede_quote_span', ['number'], [i])).split(' ').map(Number);
        if (await num(page, 'lede_byte_visible', ['number'], [b])) continue;
        if (!pick || b > pick.b) pick = { i, b, e, cx: x + w / 2, cy: y + Math.min(hh / 2, 8) };
      }
      assert.ok(pick, 'a quote in the panel that is off screen in the reader');
      await h.clickAt(page, pick.cx, pick.cy);
      // The flash lasts a moment of app time; on a loaded machine a frame can outlast it, so check which span
      // the jump flashed, not whether the flash is still on when the test looks.
      const flash = (await str(page, 'lede_flash')).split(' ').map(Number);
      assert.deepEqual(flash.slice(0, 2), [pick.b, pick.e], `quote ${pick.i} was flashed`);
      await h.until(page, async () => await num(page, 'lede_byte_visible', ['number'], [pick.b]) === 1,
        `the reader scrolled to quote ${pick.i}`);
      await h.waitScrollSettled(page);
      assert.equal(await num(page, 'lede_byte_visible', ['number'], [pick.b]), 1, 'still in view after landing');
      assert.ok(await num(page, 'lede_scroll_y') > 0);
      await page.screenshot({ path: path.join(SHOTS, 'quote-jump.png') });
      await h.click(page, 'tab:Library');
    });

    it('Ctrl+V outside a field makes an article; an entity steps through names inside longer names', async () => {
      const before = await num(page, 'lede_article_count');
      // The first short line, followed by a blank line, is the headline: the title, and still the text's first
      // line (nothing is cut from what is analysed).
      const title = 'Campus reopens';
      const text = 'The University of Texas said on Monday that classes would resume.\n\n' +
        'Texas officials agreed with the plan.\n\nStudents at the University of Texas protested anyway.';
      await page.evaluate((t) => navigator.clipboard.writeText(t), `${title}\n\n${text}`);
      const reader = await h.itemRect(page, 'reader');
      await page.mouse.move(reader.cx, reader.cy);
      await h.waitFrames(page, 2);
      await page.keyboard.press('Control+V');
      await h.until(page, async () => await num(page, 'lede_article_count') === before + 1, 'pasted text became an article');
      assert.equal(await str(page, 'lede_current_title'), title);

      await h.click(page, 'tab:Entities');
      await h.click(page, 'entity:Texas');
      await h.until(page, async () => await num(page, 'lede_selected_entity') >= 0, 'Texas selected');
      // Three places name Texas: inside the first "University of Texas", on its own, inside the second.
      const bytes = (s) => Buffer.from(s, 'utf8').length;
      const whole = `${title}\n\n${text}`;
      const first = bytes('Campus reopens\n\nThe University of ');
      const alone = whole.indexOf('Texas officials');
      const third = whole.lastIndexOf('Texas');
      for (const [step, at] of [[0, first], [1, alone], [2, third], [3, first]]) {
        if (step > 0) await h.click(page, 'entity:next');
        await h.until(page, async () => (await str(page, 'lede_flash')).startsWith(`${at} ${at + 5} `),
          `mention ${step} flashed at byte ${at}`).catch(async (e) => {
          throw new Error(`${e.message}; flash is "${await str(page, 'lede_flash')}", cursor ${await num(page, 'lede_entity_cursor')}`);
        });
      }
      await h.click(page, 'tab:Library');
    });

    it('copies a mouse selection in the reader with Ctrl+C to the system clipboard', async () => {
      await topOf(page, 0);
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
      // A real drag across the first visible person's name (frame by frame; no double click).
      const expected = await str(page, 'lede_highlight_text', ['number', 'number'], [0, 0]);
      assert.ok(expected.length > 2, `a person's name on screen (${expected})`);
      await h.dragAcrossHighlight(page, 0);
      assert.equal(await str(page, 'lede_selection_text'), expected, 'the drag selected the name');
      await page.keyboard.press('Control+C');
      await h.until(page, () => page.evaluate(async (t) => (await navigator.clipboard.readText()) === t, expected),
        `clipboard holds "${expected}"`);
      // The copied text is the article's own text (not a label or a normalised name).
      const art = fs.readdirSync(path.join(ROOT, 'assets/articles')).filter((f) => f.endsWith('.txt')).sort()[0];
      assert.ok(fs.readFileSync(path.join(ROOT, 'assets/articles', art), 'utf8').includes(expected));
      await page.keyboard.press('Escape');
    });
  });

  it('layout preferences survive a reload and a browser restart; damaged ones are ignored', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-prefs-'));
    const problems = [];
    let context = await open(profile);
    try {
      let page = await newPage(context, srv.url, problems);
      assert.equal(await num(page, 'lede_theme'), 0);
      assert.equal(await num(page, 'lede_font_size'), 18);
      assert.equal(await num(page, 'lede_side_width'), 320);
      assert.equal(await str(page, 'lede_active_tab'), 'Library');

      // Change each one: theme and text size through their hooks, the rest with the mouse.
      await h.hook(page, 'lede_set_theme', null, ['number'], [1]);
      await h.hook(page, 'lede_set_font_size', null, ['number'], [24]);
      // The new text size rebuilds the font atlas and moves the legend: let that settle, and click again if a
      // loaded machine delivered the click to the old position.
      await h.waitFrames(page, 5);
      for (let attempt = 0; attempt < 3 && await num(page, 'lede_kind_shown', ['number'], [3]) !== 0; ++attempt) {
        await h.click(page, 'toggle:Q');
        await h.until(page, async () => await num(page, 'lede_kind_shown', ['number'], [3]) === 0, 'quotes hidden', 5000)
          .catch(() => {});
      }
      assert.equal(await num(page, 'lede_kind_shown', ['number'], [3]), 0, 'quotes hidden');
      // A narrow tab: the table tabs (Numbers, Across) widen the panel to a width of their own.
      await h.click(page, 'tab:Quotes');
      await h.until(page, async () => await str(page, 'lede_active_tab') === 'Quotes', 'Quotes tab active');
      // Drag the side panel's right border 120 px to the right.
      const side = await h.itemRect(page, 'side');
      const edge = { x: side.x + side.w - 1, y: side.y + side.h / 2 };
      await page.mouse.move(edge.x, edge.y);
      await h.waitFrames(page, 3);
      await page.mouse.down();
      await h.waitFrames(page, 2);
      await page.mouse.move(edge.x + 120, edge.y, { steps: 6 });
      await h.waitFrames(page, 3);
      await page.mouse.up();
      await h.until(page, async () => Math.abs(await num(page, 'lede_side_width') - (side.w + 120)) <= 3,
        'side panel dragged wider');
      const width = await num(page, 'lede_side_width');

      const want = { theme: 'dark', text_px: 24, side_width: width, tab: 'Quotes' };
      const saved = async () => {
        const s = await page.evaluate(() => localStorage.getItem(ledePrefs.key()));
        const p = s ? JSON.parse(s) : {};
        return Object.keys(want).every((k) => p[k] === want[k]) && p.kinds && p.kinds.quote === false;
      };
      await h.until(page, saved, 'preferences stored');
      await page.screenshot({ path: path.join(SHOTS, 'prefs-changed.png') });

      const check = async (p, when) => {
        await h.until(p, async () => await str(p, 'lede_active_tab') === 'Quotes', `${when}: Quotes tab restored`);
        assert.equal(await num(p, 'lede_theme'), 1, `${when}: theme`);
        assert.equal(await num(p, 'lede_font_size'), 24, `${when}: text size`);
        assert.equal(await num(p, 'lede_side_width'), width, `${when}: side width`);
        assert.ok(Math.abs((await h.itemRect(p, 'side')).w - width) <= 2, `${when}: side panel drawn at its width`);
        assert.equal(await num(p, 'lede_kind_shown', ['number'], [3]), 0, `${when}: quotes hidden`);
        assert.equal(await num(p, 'lede_kind_shown', ['number'], [0]), 1, `${when}: people shown`);
        assert.equal(await num(p, 'lede_highlight_count', ['number'], [3]), 0, `${when}: no quote highlights laid out`);
      };
      await page.reload();
      await h.waitReady(page);
      await check(page, 'after reload');
      await page.screenshot({ path: path.join(SHOTS, 'prefs-restored.png') });

      await context.close();
      context = await open(profile);
      page = await newPage(context, srv.url, problems);
      await check(page, 'after restart');

      // Damaged stored preferences: defaults, no error, no crash.
      for (const [bad, expect] of [
        ['{"theme": "dark", "text_px": 24, broken', { theme: 0, px: 18, tab: 'Library', person: 1 }],
        ['{"theme": "high-contrast", "text_px": 1000, "side_width": "wide", "kinds": {"person": "no"}, "tab": "Nope"}',
          { theme: 2, px: 18, tab: 'Library', person: 1 }],
        ['[]', { theme: 0, px: 18, tab: 'Library', person: 1 }],
      ]) {
        await page.evaluate((t) => localStorage.setItem(ledePrefs.key(), t), bad);
        await page.reload();
        await h.waitReady(page);
        await h.waitFrames(page, 3);
        assert.equal(await num(page, 'lede_theme'), expect.theme, `theme from ${bad}`);
        assert.equal(await num(page, 'lede_font_size'), expect.px, `text size from ${bad}`);
        assert.equal(await num(page, 'lede_side_width'), 320, `side width from ${bad}`);
        assert.equal(await str(page, 'lede_active_tab'), expect.tab, `tab from ${bad}`);
        assert.equal(await num(page, 'lede_kind_shown', ['number'], [0]), expect.person, `people from ${bad}`);
        assert.equal(await str(page, 'lede_last_error'), '', 'no error shown');
      }
      assert.deepEqual(problems, [], 'console/page errors');
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
