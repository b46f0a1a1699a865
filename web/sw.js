// sw.js — offline support for the hosted page: caches lede's own static files so a page visited once
// opens with no network. Only same-origin GET requests are ever handled; nothing is fetched elsewhere.
// build-web.sh replaces BUILD_ID with a hash of the built files, so a new deployment installs a new worker
// (and a new cache); the page then offers to reload (sw-register.js) instead of switching under the user.
const BUILD_ID = '__LEDE_BUILD_ID__';
const CACHE = 'lede-' + BUILD_ID;
const FILES = __LEDE_FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) if (k.startsWith('lede-') && k !== CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  // Cache first (the app's files are versioned by BUILD_ID); fall back to the network for anything else.
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    try {
      const res = await fetch(req);
      // Fallback fonts (fonts/*) are fetched only when text needs them: keep each one once fetched, so a
      // script seen online still shows offline. They are not in FILES (that would download them all).
      if (res.ok && new URL(req.url).pathname.includes('/fonts/')) await cache.put(req, res.clone());
      return res;
    } catch (e) {
      if (req.mode === 'navigate') {
        const index = await cache.match('./index.html');
        if (index) return index;
      }
      throw e;
    }
  })());
});
