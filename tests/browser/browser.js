// browser.js — launches Debian's Chromium headless through playwright-core with the flags that give
// software WebGL2 and no network chatter (see ../shared/TOOLCHAIN.md), in a fresh profile each time.
//
//     const { launch } = require('./browser');
//     const { browser, context, close } = await launch({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
//     launch({ serviceWorkers: 'block' })   // no sw.js: its requests are not routed by page.route()
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.LEDE_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-default-apps', '--disable-extensions', '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

async function launch({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1,
  serviceWorkers = 'allow' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport, deviceScaleFactor, serviceWorkers,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launch, ARGS };
