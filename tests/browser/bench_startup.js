// bench_startup.js — start-up, big-import and large-library figures in headless Chromium (scripts/bench.d/
// web-startup.sh, run by scripts/bench.sh). Prints `name: value` lines; nothing fails on time.
//
//   first_frame_ms, ready_ms            navigation start -> first frame drawn / open article analysed
//   startup_<step>_ms                   the app's performance marks (lede:main, lede:fonts, ...) when present
//   import_20MB_longest_frame_ms        longest gap between frames while a 20 MB .txt imports and opens
//   import_20MB_s                       until it is analysed and laid out
//   library_<N>_import_s                N varied articles through the file input until all are stored
//   library_<N>_reopen_first_frame_ms   reload with that library: first frame; _reopen_listed_ms: all listed
//   library_<N>_tab_MB                  JS heap + the page's and the worker's wasm memory
//   library_<N>_frame_ui_ms             median UI CPU per frame with the Library tab showing them
// Articles are generated from build/bench/corpus (bench.sh's corpus) into build/bench/library/.
// LEDE_DIST_DIR picks the build to measure; LEDE_BENCH_LIBRARY_N="300 1000" the library sizes.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { serve } = require('./server');
const { launch } = require('./browser');

const ROOT = path.join(__dirname, '../..');
const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(ROOT, 'dist');
const CORPUS = path.join(ROOT, 'build/bench/corpus');
const OUT = path.join(ROOT, 'build/bench/library');
const SIZES = (process.env.LEDE_BENCH_LIBRARY_N || '300 1000').split(/\s+/).filter(Boolean).map(Number);
const hook = (page, name, ret = 'number', types = [], args = []) =>
  page.evaluate(([n, r, t, a]) => Module.ccall(n, r, t, a), [name, ret, types, args]);
const print = (k, v) => console.log(`${k}: ${typeof v === 'number' ? +v.toFixed(1) : v}`);

// A small deterministic generator: articles differ in paragraphs, their order, names and figures.
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}
function paragraphs() {
  const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS) : [];
  const src = files.length ? files.map((f) => path.join(CORPUS, f)) :
    fs.readdirSync(path.join(ROOT, 'assets/articles')).map((f) => path.join(ROOT, 'assets/articles', f));
  const out = [];
  for (const f of src) for (const p of fs.readFileSync(f, 'utf8').split(/\n\s*\n/)) if (p.trim().length > 80) out.push(p.trim());
  return out;
}
function makeLibrary(n) {
  const dir = path.join(OUT, String(n));
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === n) return fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const paras = paragraphs();
  const r = rng(n);
  const files = [];
  for (let i = 0; i < n; ++i) {
    const k = 3 + Math.floor(r() * 6);
    const body = [];
    for (let j = 0; j < k; ++j) body.push(paras[Math.floor(r() * paras.length)].replace(/\d+/g, (d) => String(Number(d) + i % 97)));
    const f = path.join(dir, `article-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(f, `Report ${i + 1}: ${body[0].split(/\s+/).slice(0, 6).join(' ')}\n\n${body.join('\n\n')}\n`);
    files.push(f);
  }
  return files;
}
function makeBig(mb) {
  const f = path.join(OUT, `big-${mb}MB.txt`);
  if (fs.existsSync(f)) return f;
  fs.mkdirSync(OUT, { recursive: true });
  const paras = paragraphs();
  const r = rng(mb);
  const parts = [`A very long dossier of ${mb} MB\n`];
  let size = 0, i = 0;
  while (size < mb * 1e6) {
    const p = paras[Math.floor(r() * paras.length)].replace(/\d+/g, (d) => String(Number(d) + (i++ % 89)));
    parts.push(p);
    size += p.length + 2;
  }
  fs.writeFileSync(f, parts.join('\n\n'));
  return f;
}

// Records, from the first script on, when the app first drew a frame and when it was first ready.
async function instrument(context) {
  await context.addInitScript(() => {
    window.__bench = { frames: [], first_frame: 0, ready: 0 };
    const tick = (t) => {
      const b = window.__bench;
      try {
        if (window.Module && Module.calledRun && Module.ccall) {
          if (!b.first_frame && Module.ccall('lede_frame_count', 'number') >= 1) b.first_frame = performance.now();
          if (!b.ready && Module.ccall('lede_ready', 'number') === 1) b.ready = performance.now();
        }
      } catch (_) { /* not up yet */ }
      if (b.sampling) b.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
const waitUp = (page) => page.waitForFunction(() => window.__bench && window.__bench.ready > 0, null, { timeout: 120000 });

async function startup(page) {
  await waitUp(page);
  const b = await page.evaluate(() => ({
    first: window.__bench.first_frame, ready: window.__bench.ready,
    marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lede:')).map((m) => [m.name.slice(5), m.startTime]),
    wasm: performance.getEntriesByType('resource').filter((e) => /lede\.wasm$/.test(e.name)).map((e) => e.responseEnd)[0] || 0,
  }));
  return b;
}

async function tabMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => Module.HEAPU8.length + (window.ledeAnalysis && ledeAnalysis.workerMemory ? ledeAnalysis.workerMemory() : 0));
  await cdp.detach();
  return (m.JSHeapTotalSize + wasm) / 1048576;
}

async function uiMedian(page, ms = 1500) {
  const s = await page.evaluate((ms) => new Promise((resolve) => {
    const out = [], end = performance.now() + ms;
    (function tick() { out.push(Module.ccall('lede_frame_ui_ms', 'number')); if (performance.now() < end) requestAnimationFrame(tick); else resolve(out); })();
  }), ms);
  s.sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

(async () => {
  const srv = await serve(DIST);
  try {
    // 1. Start-up in a fresh profile, then a 20 MB import.
    {
      const b = await launch();
      await instrument(b.context);
      const page = b.context.pages()[0] || await b.context.newPage();
      await page.goto(srv.url);
      const s = await startup(page);
      print('first_frame_ms', s.first);
      print('ready_ms', s.ready);
      if (s.wasm) print('startup_wasm_fetched_ms', s.wasm);
      for (const [name, t] of s.marks) print(`startup_${name.replace(/-/g, '_')}_ms`, t);
      const big = makeBig(20);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1, null, { timeout: 60000 });
      await page.evaluate(() => { window.__bench.frames = []; window.__bench.sampling = true; });
      const t0 = Date.now();
      await page.setInputFiles('#lede-file-picker', big);
      await page.waitForFunction(() => /very long dossier/.test(Module.ccall('lede_current_title', 'string')) &&
        Module.ccall('lede_layout_article', 'number') === Module.ccall('lede_current_article', 'number'), null, { timeout: 300000, polling: 100 });
      const took = (Date.now() - t0) / 1000;
      await page.waitForTimeout(300);
      const frames = await page.evaluate(() => { window.__bench.sampling = false; return window.__bench.frames; });
      let longest = 0;
      for (let i = 1; i < frames.length; ++i) longest = Math.max(longest, frames[i] - frames[i - 1]);
      print('import_20MB_longest_frame_ms', longest);
      print('import_20MB_s', took);
      print('import_20MB_frames', frames.length);
      await b.close();
    }
    // 2. Libraries of N articles: import, memory, frame cost, reopen.
    for (const n of SIZES) {
      const files = makeLibrary(n);
      const b = await launch();
      await instrument(b.context);
      const page = b.context.pages()[0] || await b.context.newPage();
      await page.goto(srv.url);
      await waitUp(page);
      await page.waitForFunction(() => Module.ccall('lede_storage_ready', 'number') === 1, null, { timeout: 60000 });
      const before = await hook(page, 'lede_visible_article_count');
      const t0 = Date.now();
      await page.setInputFiles('#lede-file-picker', files);
      await page.waitForFunction((want) => Module.ccall('lede_visible_article_count', 'number') >= want, before + n, { timeout: 600000, polling: 200 });
      const listed = (Date.now() - t0) / 1000;
      await page.waitForFunction(() => Module.ccall('lede_pending_writes', 'number') === 0 &&
        !(window.ledeBridge.pendingWrites && ledeBridge.pendingWrites()), null, { timeout: 600000, polling: 200 });
      print(`library_${n}_import_s`, (Date.now() - t0) / 1000);
      print(`library_${n}_listed_s`, listed);
      await page.waitForTimeout(500);
      print(`library_${n}_frame_ui_ms`, await uiMedian(page));
      print(`library_${n}_tab_MB`, await tabMB(page));
      await page.reload();
      await page.waitForFunction(() => window.__bench && window.__bench.first_frame > 0, null, { timeout: 120000 });
      const t1 = Date.now();
      await page.waitForFunction((want) => Module.ccall('lede_visible_article_count', 'number') >= want, before + n, { timeout: 120000, polling: 50 });
      const s = await page.evaluate(() => window.__bench.first_frame);
      print(`library_${n}_reopen_first_frame_ms`, s);
      print(`library_${n}_reopen_listed_ms`, s + (Date.now() - t1));
      await b.close();
    }
  } finally {
    await srv.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
