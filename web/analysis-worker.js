// analysis-worker.js — the Web Worker that analyses articles: loads lede-worker.js/.wasm (lede's core
// alone, src/platform/worker/) and answers web/analysis.js's messages. No SharedArrayBuffer: bytes are
// transferred, so the page needs no COOP/COEP headers (GitHub Pages cannot send them).
//
//   in:  {type: 'analyse', id, gen, bytes: Uint8Array (UTF-8 text), crash?: true (tests only)}
//        {type: 'import', id, gen, name, bytes: Uint8Array (a .txt file as read)}
//   out: {type: 'ready', memory, modelError} once the module is up (memory: bytes of its wasm memory, in every
//                                             answer; modelError: '' when the name tagger's model is loaded,
//                                             else why not: then this worker analyses nothing, the page stops)
//        {type: 'done', id, gen, bytes: Uint8Array (document_codec.h)}
//        {type: 'imported', id, gen, ok, error, title, text: Uint8Array (UTF-8), replacements}
//                                             (core/text/text_import.h: decoded here, off the page's thread)
//        {type: 'failed', id, gen, message}   then this worker closes itself: after an abort or an
//                                             out-of-memory its module's state is unknown
// In the one-file build (dist/lede-offline.html) this script and a -sSINGLE_FILE=1 lede-worker.js are
// joined into one Blob with LEDE_WORKER_INLINE set, so nothing is loaded from a file:// URL.
'use strict';
var ledeWorkerReady = false;
var ledeWorkerQueue = [];

function ledeDescribe(e) {
  var m = e && e.message ? e.message : String(e);
  if (/memory|OOM|Cannot enlarge/i.test(m)) return 'the analysis ran out of memory (' + m + ')';
  // A failed allocation near the wasm memory limit (4 GB) aborts with a bare "Aborted()": the heap's size at
  // that moment is what tells it was memory (only texts far denser than any article come near).
  var heap = Module && Module.HEAPU8 ? Module.HEAPU8.length : 0;
  if (heap >= 1024 * 1024 * 1024)
    return 'the analysis ran out of memory: this text is too large to analyse here (' + m + ', ' +
           Math.round(heap / (1024 * 1024)) + ' MB in use)';
  return 'the analysis stopped (' + m + ')';
}

function ledeImport(m) {
  var M = Module, name = new TextEncoder().encode(String(m.name) + '\0');
  var p = M._lede_worker_alloc(m.bytes.length) >>> 0, q = M._lede_worker_alloc(name.length) >>> 0;
  M.HEAPU8.set(m.bytes, p);
  M.HEAPU8.set(name, q);
  var ok = M._lede_worker_import_text(p, m.bytes.length, q);
  M._lede_worker_free(p);
  M._lede_worker_free(q);
  // ArrayBuffer.slice, not HEAPU8.slice: V8 copies a typed array slice of wasm memory byte by byte (~5x slower).
  var part = function (k) { var at = M._lede_worker_import_part(k) >>> 0; return new Uint8Array(M.HEAPU8.buffer.slice(at, at + M._lede_worker_import_part_size(k))); };
  var dec = new TextDecoder();
  var text = part(2);
  var out = { type: 'imported', id: m.id, gen: m.gen, ok: ok === 1, error: dec.decode(part(0)), title: dec.decode(part(1)),
              text: text, replacements: M._lede_worker_import_replacements(), memory: M.HEAPU8.length };
  M._lede_worker_release();
  postMessage(out, [text.buffer]);
}

function ledeHandle(m) {
  if (!m || (m.type !== 'analyse' && m.type !== 'import')) return;
  var p = 0;
  try {
    if (m.type === 'import') { ledeImport(m); return; }
    if (m.crash) Module._lede_worker_test_abort();
    var n = m.bytes.length;
    p = Module._lede_worker_alloc(n) >>> 0;
    Module.HEAPU8.set(m.bytes, p);
    var out = Module._lede_worker_analyse(p, n) >>> 0;
    Module._lede_worker_free(p);
    p = 0;
    var size = Module._lede_worker_result_size();
    var bytes = new Uint8Array(Module.HEAPU8.buffer.slice(out, out + size));  // (see part() above)
    Module._lede_worker_release();
    postMessage({ type: 'done', id: m.id, gen: m.gen, bytes: bytes, memory: Module.HEAPU8.length }, [bytes.buffer]);
  } catch (e) {
    postMessage({ type: 'failed', id: m.id, gen: m.gen, message: ledeDescribe(e) });
    close();
  }
}

var Module = {
  locateFile: function (path) { return self.LEDE_WORKER_INLINE ? path : '../' + path; },
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  onRuntimeInitialized: function () {
    ledeWorkerReady = true;
    var modelError = Module.ccall('lede_worker_model_error', 'string');  // loads it, a few hundred ms
    postMessage({ type: 'ready', memory: Module.HEAPU8.length, modelError: modelError });
    ledeWorkerQueue.splice(0).forEach(ledeHandle);
  },
};

onmessage = function (e) {
  if (ledeWorkerReady) ledeHandle(e.data);
  else ledeWorkerQueue.push(e.data);
};

if (!self.LEDE_WORKER_INLINE) importScripts('../lede-worker.js');
