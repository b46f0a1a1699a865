// bench.js — frame CPU time of the reader in headless Chromium (run by scripts/bench.sh).
//
// For the longest demo article and a synthetic ~20,000-word article (demo paragraphs repeated, thousands of
// highlights), scrolls the reader with the mouse wheel while hovering it and samples the app's own
// measurement of each frame's UI CPU time (app_frame + ImGui::Render, no GL). Prints `name: value` lines:
//   frame_cpu_ms_longest_demo: <median>   frame_cpu_ms_20k_words: <median>   (+ _p95, _max, ...)
'use strict';
const path = require('node:path');
const { serve } = require('./server');
const { launch } = require('./browser');

const DIST = process.env.LEDE_DIST_DIR ? path.resolve(process.env.LEDE_DIST_DIR) : path.join(__dirname, '../../dist');
const hook = (page, name, ret = 'number', types = [], args = []) =>
  page.evaluate(([n, r, t, a]) => Module.ccall(n, r, t, a), [name, ret, types, args]);

async function measure(page, article, seconds = 3) {
  await hook(page, 'lede_open_article', 'number', ['number'], [article]);
  await page.waitForFunction((a) => Module.ccall('lede_layout_article', 'number') === a, article, { timeout: 60000 });
  const r = (await hook(page, 'lede_item_rect', 'string', ['string'], ['reader'])).split(' ').map(Number);
  await page.mouse.move(r[0] + r[2] / 2, r[1] + r[3] / 2);
  // Sample every animation frame (after the app's frame ran) while scrolling down and up again.
  const sampling = page.evaluate((ms) => new Promise((resolve) => {
    const out = [];
    const end = performance.now() + ms;
    (function tick() {
      out.push(Module.ccall('lede_frame_ui_ms', 'number'));
      if (performance.now() < end) requestAnimationFrame(tick); else resolve(out);
    })();
  }), seconds * 1000);
  const t0 = Date.now();
  while (Date.now() - t0 < seconds * 1000 - 200) {
    await page.mouse.wheel(0, (Date.now() - t0) < seconds * 500 ? 240 : -240);
    await page.waitForTimeout(30);
  }
  const s = (await sampling).filter((x) => x > 0).sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: +q(0.5).toFixed(3), p95: +q(0.95).toFixed(3), max: +s[s.length - 1].toFixed(3), frames: s.length,
           highlights: await Promise.all([0, 1, 2, 3, 4].map((k) => hook(page, 'lede_highlight_count', 'number', ['number'], [k]))) };
}

(async () => {
  const srv = await serve(DIST);
  const b = await launch({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await b.context.newPage();
    await page.goto(srv.url);
    await page.waitForFunction(() => window.Module && Module.calledRun && Module.ccall('lede_ready', 'number') === 1, null, { timeout: 60000 });
    const n = await hook(page, 'lede_article_count');
    let longest = 0, best = -1;
    for (let i = 0; i < n; ++i) {
      await hook(page, 'lede_open_article', 'number', ['number'], [i]);
      await page.waitForFunction((a) => Module.ccall('lede_layout_article', 'number') === a, i);
      const lines = await hook(page, 'lede_layout_lines');
      if (lines > best) { best = lines; longest = i; }
    }
    const demo = await measure(page, longest);
    const synth = await hook(page, 'lede_add_synthetic_article', 'number', ['number'], [20000]);
    const t = Date.now();
    await hook(page, 'lede_open_article', 'number', ['number'], [synth]);
    const analyse_ms = Date.now() - t;
    const big = await measure(page, synth);
    const out = {
      frame_cpu_ms_longest_demo: demo.p50, frame_cpu_ms_longest_demo_p95: demo.p95,
      frame_cpu_ms_20k_words: big.p50, frame_cpu_ms_20k_words_p95: big.p95, frame_cpu_ms_20k_words_max: big.max,
      open_20k_words_ms: analyse_ms, highlights_20k_words: big.highlights.reduce((x, y) => x + y, 0),
      frames_sampled: demo.frames + big.frames,
    };
    for (const [k, v] of Object.entries(out)) console.log(`${k}: ${v}`);
  } finally {
    await b.close();
    await srv.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
