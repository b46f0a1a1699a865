// characters.test.js — every character a user writes survives (issue 16 item 1): a note typed with real
// keys, committed by an IME composition and pasted holds characters outside the BMP (emoji, a flag, a skin
// tone), combining marks and right-to-left text; after a reload and in the JSON-LD export it is the same
// string, code point for code point. The note field shows it with the fallback fonts (screenshot
// build/screenshots/characters-note.png).
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

const TYPED = 'check 😀 مرحبا ';                  // keys and per-character text input
const COMPOSED = '数字';                             // committed by an IME composition
const PASTED = ' ✓ cafe\u0301 👍🏽 🇸🇦 שָׁלוֹם';      // combining acute, skin tone, flag, Hebrew with points
const NOTE = TYPED + COMPOSED + PASTED;

const codePoints = (s) => [...s].map((c) => c.codePointAt(0).toString(16));

describe('every character survives', { timeout: 300000 }, () => {
  let srv;
  before(async () => { srv = await serve(DIST); fs.mkdirSync(SHOTS, { recursive: true }); });
  after(async () => { if (srv) await srv.close(); });

  it('a note typed, composed and pasted is stored, reloaded and exported exactly', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chars-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.LEDE_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
      viewport: { width: 1280, height: 800 }, acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.origin });
    await h.recordCsp(context);
    const problems = [];
    const page = context.pages()[0] || await context.newPage();
    h.watch(page, problems);
    try {
      await page.goto(srv.url);
      await h.waitReady(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1, null, { timeout: 20000 });
      await h.dragAcrossHighlight(page, 0);
      assert.ok((await h.hook(page, 'lede_selection_text', 'string')).length > 0, 'a word is selected');
      await h.click(page, 'tab:Notes');
      await h.click(page, 'new_colour:green');
      await h.click(page, 'annotation_note');

      // 1. Typed: ASCII as key presses; the emoji and Arabic as text input (what a keyboard layout sends).
      await h.type(page, TYPED, { delay: 5 });
      await h.waitFrames(page, 2);
      // 2. An IME composition: preedit text first (nothing reaches the field), then the commit.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'shu', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.imeSetComposition', { text: '数字', selectionStart: 2, selectionEnd: 2 });
      await h.waitFrames(page, 2);
      await cdp.send('Input.insertText', { text: COMPOSED });
      await h.waitFrames(page, 2);
      // 3. Pasted with Ctrl+V from the system clipboard.
      await page.evaluate((t) => navigator.clipboard.writeText(t), PASTED);
      await page.keyboard.press('Control+V');
      await h.waitFrames(page, 4);
      await page.screenshot({ path: path.join(SHOTS, 'characters-note.png') });
      await h.click(page, 'annotation_save');
      await page.waitForFunction(() => Module.ccall('lede_pending_writes', 'number') === 0, null, { timeout: 20000 });

      let rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
      assert.deepEqual(codePoints(rec.note), codePoints(NOTE), 'stored as typed');

      // Reload: the stored note comes back unchanged.
      await page.reload();
      await h.waitReady(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1, null, { timeout: 20000 });
      rec = JSON.parse(await h.hook(page, 'lede_annotation_record', 'string', ['number'], [0]));
      assert.equal(rec.note, NOTE, 'after a reload');

      // The JSON-LD export (a real download through the Export menu) carries the same string.
      const items = (await h.exportLibrary(page, path.join(profile, 'export.jsonld'))).first.items;
      const values = items.flatMap((a) => (a.body || []).map((b) => b.value)).filter(Boolean);
      assert.ok(values.includes(NOTE), `the export holds the note exactly: ${JSON.stringify(values)}`);
      assert.deepEqual(await h.cspViolations(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
