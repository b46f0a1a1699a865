// scripts.test.js — every common script displays: an article mixing English, Arabic, Chinese, Japanese,
// Hebrew, a check mark and an emoji. Fallback fonts are fetched only once such text appears (none at
// start-up), only the files it needs; Arabic is laid out joined and right to left, the Arabic paragraph
// right-aligned, the quote inside English text a right-to-left run; the one-file offline page shows the same
// with no request at all. Screenshots: build/screenshots/scripts.png, scripts-offline.png.
'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { launch } = require('./browser');
const { serve } = require('./server');
const h = require('./page_helpers');

const ROOT = path.resolve(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');
const SHOTS = process.env.LEDE_SCREENSHOT_DIR || path.join(ROOT, 'build/screenshots');

const TITLE = 'Voices from three capitals';
const ARABIC = 'قال الوزير في القاهرة إن 25 شخصا قتلوا ولا يزال البحث جاريا.';
const QUOTE = 'مرحبا بكم';
const TEXT = [
  TITLE, '',
  `The minister greeted the crowd in Cairo with "${QUOTE}" (welcome) and left.`, '',
  ARABIC, '',
  '北京今天的天气很好，我们去公园散步。東京では雨が降っています。', '',
  'שלום עולם ✓ done 😀', '',
].join('\n');

// Opens the imported article; returns its text's UTF-8 bytes for offsets.
async function openImported(page) {
  const n = await h.hook(page, 'lede_article_count');
  for (let i = n - 1; i >= 0; --i) {
    await h.hook(page, 'lede_open_article', 'number', ['number'], [i]);
    if (await h.hook(page, 'lede_current_title', 'string') === TITLE) return;
  }
  assert.fail('imported article not found');
}

async function fontsSettled(page) {
  return h.until(page, async (p) => {
    const f = JSON.parse(await h.hook(p, 'lede_fonts_json', 'string'));
    const busy = f.faces.some((x) => x.state === 'wanted' || x.state === 'loading');
    return !busy && !f.dirty && await h.hook(p, 'lede_layout_article') >= 0 ? f : null;
  }, 'fallback fonts loaded and the atlas rebuilt', 60000);
}

async function checkLayout(page) {
  const body = await h.hook(page, 'lede_reader_text', 'string');
  const bytes = Buffer.from(body, 'utf8');
  assert.ok(body.includes(ARABIC) && body.includes(QUOTE));
  const at = (s) => Buffer.byteLength(body.slice(0, body.indexOf(s)), 'utf8');
  // The Arabic paragraph: right to left, right-aligned, letters in joined forms.
  const arLine = JSON.parse(await h.hook(page, 'lede_layout_line_json', 'string', ['number'],
    [await h.hook(page, 'lede_line_of_byte', 'number', ['number'], [at(ARABIC)])]));
  assert.ok(arLine.runs.length >= 1, 'the Arabic line has runs');
  const rtlRuns = arLine.runs.filter((r) => r.rtl);
  assert.ok(rtlRuns.length >= 1);
  const visual = rtlRuns.map((r) => r.visual).join('');
  assert.match(visual, /[\uFE70-\uFEFF]/, 'presentation forms (joined letters) are drawn');
  assert.ok(visual.includes('\uFEFB') || visual.includes('\uFEFC'), 'lam-alef ligature');
  const right = Math.max(...arLine.runs.map((r) => r.x + r.width));
  assert.ok(Math.abs(right - arLine.wrap) < 2, `right-aligned: ends at ${right} of ${arLine.wrap}`);
  // "25" inside the Arabic sentence stays a left-to-right number.
  assert.ok(arLine.runs.some((r) => !r.rtl && bytes.subarray(r.begin, r.end).toString() === '25'),
    'the number is its own left-to-right run: ' + JSON.stringify(arLine.runs.map((r) => bytes.subarray(r.begin, r.end).toString())));
  // The quote inside the English sentence: a right-to-left run between left-to-right ones.
  const enLine = JSON.parse(await h.hook(page, 'lede_layout_line_json', 'string', ['number'],
    [await h.hook(page, 'lede_line_of_byte', 'number', ['number'], [at(QUOTE)])]));
  const qi = enLine.runs.findIndex((r) => r.rtl);
  assert.ok(qi > 0 && qi < enLine.runs.length - 1, 'the Arabic quote is a run inside the English line');
  assert.equal(enLine.runs[0].x, 0, 'an English paragraph starts at the left');
  for (const cp of [0xFED7 /* qaf initial */, 0xFEFB /* lam-alef */, 0x5317 /* 北 */, 0x6771 /* 東 */, 0x3067 /* で */, 0x05E9 /* ש */,
                    0x2713 /* ✓ */, 0x1F600 /* 😀 */]) {
    assert.equal(await h.hook(page, 'lede_reader_has_glyph', 'number', ['number'], [cp]), 1, `glyph U+${cp.toString(16)}`);
  }
}

async function importText(page) {
  const before = await h.hook(page, 'lede_article_count');
  await page.evaluate((t) => window.ledeBridge.importFiles([new File([t], 'three-capitals.txt', { type: 'text/plain' })]), TEXT);
  await h.until(page, async (p) => await h.hook(p, 'lede_article_count') > before, 'the article is imported', 30000);
  await openImported(page);
}

describe('every common script displays', { timeout: 300000 }, () => {
  let srv;
  before(async () => { srv = await serve(DIST); fs.mkdirSync(SHOTS, { recursive: true }); });
  after(async () => { if (srv) await srv.close(); });

  it('fetches fallback fonts only when text needs them, and lays out Arabic joined and right to left', async () => {
    const { context, close } = await launch({ viewport: { width: 1280, height: 800 } });
    await h.recordCsp(context);
    const problems = [];
    const page = context.pages()[0] || await context.newPage();
    h.watch(page, problems);
    try {
      await page.goto(srv.url);
      await h.waitReady(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
      await h.waitFrames(page, 5);
      assert.deepEqual(srv.requests.filter((u) => u.includes('/fonts/')), [], 'no fallback font at start-up');
      await importText(page);
      const f = await fontsSettled(page);
      const fetched = srv.requests.filter((u) => u.includes('/fonts/')).map((u) => u.split('/').pop()).sort();
      for (const want of ['arabic.ttf', 'hebrew.ttf', 'symbols.ttf', 'emoji.ttf', 'cjk-0.otf'])
        assert.ok(fetched.includes(want), `${want} fetched (got ${fetched.join(', ')})`);
      assert.ok(!fetched.some((x) => /^cjk-([3-9]|\d\d)\./.test(x)), `no rare CJK tier for common characters: ${fetched.join(', ')}`);
      assert.equal(new Set(fetched).size, fetched.length, 'each font fetched once');
      const bytes = f.faces.filter((x) => x.state === 'ready').reduce((s, x) => s + x.bytes, 0);
      console.log(`fallback fonts fetched: ${fetched.join(', ')} (${bytes} bytes)`);
      await h.waitFrames(page, 3);
      await checkLayout(page);
      await page.screenshot({ path: path.join(SHOTS, 'scripts.png') });
      assert.deepEqual(await h.cspViolations(page), []);
      const foreign = srv.requests.filter((u) => /^https?:/.test(u));
      assert.deepEqual(foreign, []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('the one-file offline page has every fallback font inside and makes no request', async () => {
    const file = path.join(DIST, 'lede-offline.html');
    const { context, close } = await launch({ viewport: { width: 1280, height: 800 } });
    await h.recordCsp(context);
    const problems = [];
    const requests = [];
    const page = context.pages()[0] || await context.newPage();
    h.watch(page, problems);
    // file:, data: and blob: (the analysis worker starts from a Blob URL) are the page's own, not the network.
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
    try {
      await page.goto('file://' + file);
      await h.waitReady(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
      await importText(page);
      await fontsSettled(page);
      await h.waitFrames(page, 3);
      await checkLayout(page);
      await page.screenshot({ path: path.join(SHOTS, 'scripts-offline.png') });
      assert.deepEqual(requests, []);
      assert.deepEqual(await h.cspViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
});
