// page_helpers.js — small helpers the browser tests share: call the app's C++ test hooks, wait for frames,
// find and click ImGui items by the names the app records (remember_item), and record problems.
//
//     const h = require('./page_helpers');
//     h.watch(page, problems);                    // console errors, page errors, CSP violations
//     await h.waitReady(page);                    // wasm up, articles loaded, frames drawn
//     await h.click(page, 'import_files');        // clicks the centre of a named ImGui item
//     const r = await h.openMenu(page, 'export', 'export:library');   // a popup's item, once it shows
//     const n = await h.hook(page, 'lede_annotation_count');
//     const lib = await h.exportLibrary(page, file);   // Library > Export > JSON-LD, a real download saved to file
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');

// Every console error, uncaught error and CSP violation is a test failure.
function watch(page, problems) {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('crash', () => problems.push('page crashed'));
}

// Installs a listener for securitypolicyviolation before any page script runs; read with cspViolations().
async function recordCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page) => page.evaluate(() => window.__csp || []);

const hook = (page, name, ret = 'number', types = [], args = []) =>
  page.evaluate(([n, r, t, a]) => Module.ccall(n, r, t, a), [name, ret, types, args]);

async function waitReady(page, timeout = 90000) {
  await page.waitForFunction(() => window.Module && Module.calledRun && Module.ccall('lede_ready', 'number') === 1,
    null, { timeout });
}

async function waitFrames(page, n = 3) {
  const start = await hook(page, 'lede_frame_count');
  await page.waitForFunction((s) => Module.ccall('lede_frame_count', 'number') >= s, start + n, { timeout: 20000 });
}

async function itemRect(page, name) {
  const s = await hook(page, 'lede_item_rect', 'string', ['string'], [name]);
  assert.ok(s, `no rect recorded for ${name}`);
  const [x, y, w, h] = s.split(' ').map(Number);
  return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
}

// A click ImGui sees: move first (GLFW takes the cursor position from mousemove only), then press and
// release in separate frames.
async function clickAt(page, x, y) {
  await page.mouse.move(x, y);
  await waitFrames(page, 2);
  await page.mouse.down();
  await waitFrames(page, 1);
  await page.mouse.up();
  await waitFrames(page, 2);
}

// ImGui takes in the browser's input events trickled, about two frames a typed character (a key and its
// character go to separate frames). With software WebGL a frame under load is 50-200 ms, so 80 characters
// typed by page.keyboard.type can take seconds to arrive in a field; a click sent meanwhile queues behind
// them, and a test that reads the field or waits a fixed number of frames for the click sees neither yet.
async function inputTakenIn(page) {
  await page.waitForFunction(() => Module.ccall('lede_input_events_pending', 'number') === 0, null, { timeout: 60000 });
}

// Types text into the focused ImGui field and waits until ImGui has taken all of it in.
async function type(page, text, options) {
  await page.keyboard.type(text, options);
  await inputTakenIn(page);
}

async function click(page, name) {
  await inputTakenIn(page);
  await waitFrames(page, 2);
  const r = await itemRect(page, name);
  await clickAt(page, r.cx, r.cy);
  if (name.startsWith('tab:')) await confirmTab(page, name.slice(4), r);
}

// A click on a side tab is confirmed by the app (lede_active_tab), and repeated when it did not land: on a
// loaded machine (CI, round 3) one such click was lost, the Notes tab stayed in front, and the test failed on
// an item of the Library tab it could not find.
async function confirmTab(page, tab, r) {
  for (let clicks = 1; ; ++clicks) {
    for (let f = 0; f < 10; ++f) {
      if (await hook(page, 'lede_active_tab', 'string') === tab) return;
      await waitFrames(page, 1);
    }
    assert.ok(clicks < 3, `the ${tab} tab did not come to the front after 3 clicks`);
    console.log(`page_helpers: a click on the ${tab} tab did not land; clicking again`);
    await clickAt(page, r.cx, r.cy);
  }
}

// Opens a popup with a click on `button` and returns the rect of its item `item`. The app records an item's
// rect when it first draws it, so a missing rect means the popup did not open: the click is repeated.
async function openMenu(page, button, item) {
  for (let clicks = 1; ; ++clicks) {
    await click(page, button);
    if (await hook(page, 'lede_item_rect', 'string', ['string'], [item])) return itemRect(page, item);
    assert.ok(clicks < 3, `${button} did not open its menu (no ${item}) after 3 clicks`);
    console.log(`page_helpers: ${button} did not open its menu; clicking again`);
  }
}

// The reader's scrolling eases over a few frames (src/app/reader/smooth_scroll.h): wait until it has landed.
async function waitScrollSettled(page, timeout = 20000) {
  await page.waitForFunction(() => Module.ccall('lede_scroll_target', 'number') === -1, null, { timeout });
  await waitFrames(page, 1);
}

// Polls fn(page) until it returns a truthy value (the app changes over frames; never assume how many).
async function until(page, fn, message, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn(page);
    if (v) return v;
    if (Date.now() > end) assert.fail(`timed out: ${message}`);
    await waitFrames(page, 1);
  }
}

// Selects the text under the first laid-out highlight of kind k (0 = person) with a real mouse drag,
// frame by frame (a double click is timing-sensitive on a loaded, software-rendered machine).
// Returns the highlight's rect [x, y, w, h] in CSS pixels.
async function dragAcrossHighlight(page, kind = 0) {
  // The open article's highlights exist once its analysis is in (it runs in a worker): layout_article is -1 till then.
  await page.waitForFunction(() => Module.ccall('lede_layout_article', 'number') === Module.ccall('lede_current_article', 'number'),
    null, { timeout: 60000 });
  await waitFrames(page, 3);
  const s = await hook(page, 'lede_highlight_rect', 'string', ['number', 'number'], [kind, 0]);
  assert.ok(s, 'no highlight visible to select');
  const [x, y, w, hh] = s.split(' ').map(Number);
  await page.mouse.move(x + 1, y + hh / 2);
  await waitFrames(page, 2);
  await page.mouse.down();
  await waitFrames(page, 2);
  await page.mouse.move(x + w + 1, y + hh / 2, { steps: 4 });
  await waitFrames(page, 2);
  await page.mouse.up();
  await waitFrames(page, 3);
  return [x, y, w, hh];
}

// Exports the library as JSON-LD through the UI (Library tab, Export menu): a download, not a request.
// Saves it to `file` and returns it parsed.
async function exportLibrary(page, file) {
  await click(page, 'tab:Library');
  const lib = await openMenu(page, 'export', 'export:library');
  const [download] = await Promise.all([page.waitForEvent('download'), clickAt(page, lib.cx, lib.cy)]);
  await download.saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = { inputTakenIn, type, watch, recordCsp, cspViolations, hook, waitReady, waitFrames, itemRect, click, clickAt, openMenu,
  waitScrollSettled, until, dragAcrossHighlight, exportLibrary };
