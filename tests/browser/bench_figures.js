// bench_figures.js — the largest article the app analyses (issue 14: "a 50 MB article of figures opens in the
// app"): imports a generated text of "$1$1…" figures of each size given (MB, default 50) through the file
// picker of a fresh page, waits until its analysis is in or has failed, and prints `name: value` lines:
//   figures_NMB_analysed: 1 | 0        figures_NMB_seconds: import to analysed (or failed)
//   figures_NMB_worker_heap_MB / _page_heap_MB: wasm memory of each module afterwards
//   figures_NMB_frames_after: frames drawn in the 2 s after (the page still runs)
//   figures_NMB_error: the message shown when it failed, and figures_NMB_after_reload: the article's message
//   after a reload (kept, and not analysed again)
//   figures_NMB_scrolled_to_end: 1 when End took the reader to the article's end (drawn from high memory)
//   figures_NMB_reopened_s: when analysed, a reload reopens the article and analyses it again: seconds, or -1
//   figures_NMB_page_problems: console errors, page errors and crashes seen (the first is printed too)
// The file is written to a temporary folder and removed; it is never committed.
//     node tests/browser/bench_figures.js 10 50
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serve } = require('./server');
const { launch } = require('./browser');
const h = require('./page_helpers');

const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(__dirname, '../../dist');

async function one(srv, mb, tmp) {
  const file = path.join(tmp, `figures-${mb}mb.txt`);
  fs.writeFileSync(file, 'Figures\n\n' + '$1'.repeat(Math.round(mb * 1e6 / 2)));
  const b = await launch();
  const key = `figures_${mb}MB_`;
  try {
    const page = b.context.pages()[0] || await b.context.newPage();
    const problems = [];
    h.watch(page, problems);
    await page.goto(srv.url);
    await h.waitReady(page);
    await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
    let t0 = Date.now();
    await page.setInputFiles('#lede-file-picker', file);
    // Analysed, or failed with a message on screen; a page whose module died stops answering (then: crashed).
    const settled = async () => {
      for (let i = 0; i < 1200; ++i) {
        await page.waitForTimeout(500);
        const s = await analysedOrFailed();
        if (s) return s;
      }
      return null;
    };
    const analysedOrFailed = () => page.evaluate(() => {
        if (!/^Figures/.test(Module.ccall('lede_current_title', 'string'))) return null;
        const err = Module.ccall('lede_analysis_error', 'string');
        if (err) return { ok: 0, err };
        return Module.ccall('lede_analyses_pending', 'number') === 0 && Module.ccall('lede_layout_article', 'number') >= 0 &&
               Module.ccall('lede_article_analysed', 'number', ['number'], [Module.ccall('lede_layout_article', 'number')]) ? { ok: 1 } : null;
      }).catch((e) => ({ ok: 0, err: 'the page stopped answering (' + String(e.message || e).split('\n')[0] + ')' }));
    const state = await settled();
    const seconds = (Date.now() - t0) / 1000;
    const f0 = await h.hook(page, 'lede_frame_count').catch(() => -1);
    await page.waitForTimeout(2000);
    const f1 = await h.hook(page, 'lede_frame_count').catch(() => -1);
    const mem = await page.evaluate(() => [Module.HEAPU8.length, window.ledeAnalysis.workerMemory()]).catch(() => [0, 0]);
    console.log(`${key}analysed: ${state ? state.ok : 0}`);
    console.log(`${key}seconds: ${seconds.toFixed(1)}`);
    console.log(`${key}page_heap_MB: ${Math.round(mem[0] / 1048576)}`);
    console.log(`${key}worker_heap_MB: ${Math.round(mem[1] / 1048576)}`);
    console.log(`${key}frames_after: ${f0 >= 0 && f1 >= 0 ? f1 - f0 : -1}`);
    if (state && state.ok) {
      // The whole article is drawn from wherever it lies in memory (above 2 GB for 50 MB): End, then a reload
      // reopens the last-read article and analyses it again.
      await page.mouse.click(400, 300);
      await page.keyboard.press('End');
      let end = 0;
      for (let i = 0; i < 50 && !end; ++i) {
        await page.waitForTimeout(100);
        end = await page.evaluate(() => Module.ccall('lede_scroll_max', 'number') > 0 &&
          Module.ccall('lede_scroll_y', 'number') >= Module.ccall('lede_scroll_max', 'number') - 1 ? 1 : 0).catch(() => 0);
      }
      console.log(`${key}scrolled_to_end: ${end}`);
      await page.reload();
      t0 = Date.now();
      await h.waitReady(page);
      const again = await settled();
      console.log(`${key}reopened_s: ${again && again.ok ? ((Date.now() - t0) / 1000).toFixed(1) : -1}`);
      if (again && !again.ok) console.log(`${key}reopen_error: ${again.err}`);
    }
    if (!state || !state.ok) {
      console.log(`${key}error: ${state ? state.err : 'timed out'}`);
      // After a reload the article is still there, and its failure is remembered (not analysed again).
      await page.reload();
      await h.waitReady(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1);
      const again = await page.evaluate(async () => {
        const n = Module.ccall('lede_article_count', 'number');
        for (let i = 0; i < n; ++i) {
          Module.ccall('lede_open_article', 'number', ['number'], [i]);
          if (!/^Figures/.test(Module.ccall('lede_current_title', 'string'))) continue;
          for (let k = 0; k < 100; ++k) {
            const err = Module.ccall('lede_analysis_error', 'string');
            if (err) return err;
            await new Promise((r) => setTimeout(r, 200));
          }
          return 'no message after 20 s';
        }
        return 'the article is gone';
      });
      console.log(`${key}after_reload: ${again}`);
    }
    console.log(`${key}page_problems: ${problems.length}${problems.length ? ' (' + problems[0].slice(0, 200) + ')' : ''}`);
  } finally {
    await b.close();
    fs.rmSync(file, { force: true });
  }
}

(async () => {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-figures-'));
  const srv = await serve(DIST);
  try {
    for (const mb of sizes.length ? sizes : [50]) await one(srv, mb, tmp);
  } finally {
    await srv.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });
