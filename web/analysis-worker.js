// analysis-worker.js — the Web Worker that analyses articles: loads lede-worker.js/.wasm (lede's core
// alone, src/platform/worker/) and answers web/analysis.js's messages. No SharedArrayBuffer: bytes are
// transferred, so the page needs no COOP/COEP headers (GitHub Pages cannot send them).
//
//   in:  {type: 'analyse', id, gen, bytes: Uint8Array (UTF-8 text), crash?: true (tests only)}
//   out: {type: 'ready'} once the module is up
//        {type: 'done', id, gen, bytes: Uint8Array (document_codec.h)}
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
  return 'the analysis stopped (' + m + ')';
}

function ledeHandle(m) {
  if (!m || m.type !== 'analyse') return;
  var p = 0;
  try {
    if (m.crash) Module._lede_worker_test_abort();
    var n = m.bytes.length;
    p = Module._lede_worker_alloc(n);
    Module.HEAPU8.set(m.bytes, p);
    var out = Module._lede_worker_analyse(p, n);
    Module._lede_worker_free(p);
    p = 0;
    var size = Module._lede_worker_result_size();
    var bytes = Module.HEAPU8.slice(out, out + size);
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
    postMessage({ type: 'ready' });
    ledeWorkerQueue.splice(0).forEach(ledeHandle);
  },
};

onmessage = function (e) {
  if (ledeWorkerReady) ledeHandle(e.data);
  else ledeWorkerQueue.push(e.data);
};

if (!self.LEDE_WORKER_INLINE) importScripts('../lede-worker.js');
