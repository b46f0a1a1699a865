// boot.js — configures Emscripten's Module before lede.js loads, and shows loading state and fatal errors
// on the page (never only in the console). Loaded by index.html; no inline script (see the CSP there).
'use strict';
(function () {
  var status = document.getElementById('status');
  function fatal(message) {
    status.textContent = message + '\nReload the page to try again.';
    status.className = 'fatal';
    status.hidden = false;
  }
  window.ledeFatal = fatal;
  if (typeof WebAssembly !== 'object') fatal('This browser cannot run WebAssembly, which lede needs.');

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fatal('The WebGL context was lost.');
  });
  window.addEventListener('error', function (e) { fatal('lede failed: ' + (e.message || String(e))); });
  window.addEventListener('unhandledrejection', function (e) {
    fatal('lede failed: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { if (text && status.className !== 'fatal') status.textContent = text; },
    onAbort: function (what) { fatal('lede stopped: ' + what); },
  };
})();
