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
  // lede's wasm uses SIMD instructions (CMakeLists.txt, -msimd128). A browser without them would fail to
  // compile it with a bare CompileError; this says what to do instead. The bytes are the smallest module with
  // one SIMD instruction (i8x16.splat, i8x16.popcnt).
  else if (!WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10,
                                                 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]))) {
    fatal('This browser is too old for lede: it needs WebAssembly SIMD (Chrome or Edge 91, Firefox 89, ' +
          'Safari 16.4 or later).');
  }

  var canvas = document.getElementById('canvas');
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fatal('The WebGL context was lost.');
  });
  window.addEventListener('error', function (e) { fatal('lede failed: ' + (e.message || String(e))); });
  window.addEventListener('unhandledrejection', function (e) {
    fatal('lede failed: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });

  // The WebGL context is made here, while lede.js and its wasm are still downloading and compiling: the GPU
  // process (ANGLE + SwiftShader in headless Chromium) takes 0.2-0.5 s to set it up, which used to be spent
  // inside main(). Emscripten uses it (-sGL_PREINITIALIZED_CONTEXT=1, Module.preinitializedWebGLContext).
  // The attributes are the ones web_main.cpp's GLFW hints ask for (no depth or stencil buffer: ImGui draws
  // with neither); a browser without WebGL 2 gets null here and main() says so on the page.
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false, premultipliedAlpha: true });
  } catch (_) { gl = null; }

  window.Module = {
    canvas: canvas,
    preinitializedWebGLContext: gl || undefined,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { if (text && status.className !== 'fatal') status.textContent = text; },
    onAbort: function (what) { fatal('lede stopped: ' + what); },
  };

  // lede.wasm (the page's index.html preloads it) is compiled from here on, while the other scripts and
  // lede.js arrive and run, instead of once lede.js runs (the last deferred script); Emscripten's
  // instantiateWasm hook then only instantiates it. The one-file build has the wasm inside lede.js and no
  // preload: it keeps Emscripten's own loading.
  if (document.querySelector('link[rel="preload"][href="lede.wasm"]') && typeof WebAssembly === 'object' &&
      typeof WebAssembly.compileStreaming === 'function') {
    var compiled = WebAssembly.compileStreaming(fetch('lede.wasm', { credentials: 'same-origin' }));
    compiled.catch(function () {});  // reported below, when lede.js asks for it
    window.Module.instantiateWasm = function (imports, receive) {
      compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
      }).catch(function (e) { fatal('lede could not load lede.wasm: ' + (e && e.message ? e.message : String(e))); });
      return {};  // the exports arrive through receive()
    };
  }
})();
