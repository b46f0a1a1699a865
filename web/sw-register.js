// sw-register.js — registers sw.js on http(s) pages (not file://, where workers are unavailable) and,
// when a new version has been deployed and installed, offers to reload. Exposes window.ledeUpdate:
//   ledeUpdate.available  true once a new version waits
//   ledeUpdate.apply()    activates it and reloads the page
(function () {
  'use strict';
  const state = { available: false, registered: false, error: '', apply: () => {} };
  window.ledeUpdate = state;
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  function offer(worker) {
    state.available = true;
    state.apply = () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('skip-waiting');
    };
    window.dispatchEvent(new CustomEvent('lede-update-available'));
  }
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').then((reg) => {
      state.registered = true;
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const w = reg.installing;
        if (!w) return;
        w.addEventListener('statechange', () => {
          if (w.state === 'installed' && navigator.serviceWorker.controller) offer(w);
        });
      });
    }).catch((e) => { state.error = String(e); });
  });
})();
