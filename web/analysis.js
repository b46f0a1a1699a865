// analysis.js — the page's side of the analysis worker (web/analysis-worker.js), for
// src/platform/analysis_bridge.cpp. One job runs at a time; the open article goes to the front.
//
//   ledeAnalysis.request(id, gen, bytes, front, retry)   C++ asks; answers lede_analysis_done / _failed
//   ledeAnalysis.cancel(id)                               stop waiting: a running job ends its worker
//   ledeAnalysis.refused(id, message)                     the app refused the answer (too large for the page):
//                                                         remembered as failed, like a worker that failed
//   ledeAnalysis.decodeText(name, bytes) -> Promise of {ok, error, title, text: Uint8Array, replacements}
//                                         a large .txt file decoded in the worker (web/app-bridge.js imports)
//   ledeAnalysis.failNextForTest()                        tests: the next analysis aborts inside the core
//   ledeAnalysis.holdAnswersForTest(on)                   tests: answers wait here while on (so a test can
//                                                         click Cancel on a machine fast enough to finish first)
//
// Why it is built this way:
// - A crash or out-of-memory inside the analysis ends the worker, never the page: the article is
//   reported failed (the app keeps it as plain text) and a fresh worker takes the next job.
// - No crash loop: failures are remembered in localStorage, and so is the article being analysed,
//   until its answer comes (cleared when the page unloads normally). If the whole tab died during an
//   analysis, that article counts as failed at the next start. A failed article is not analysed again
//   until the user asks (retry).
// - The worker starts with the page (once the document is parsed), not at the first request: it fetches and
//   loads the name tagger's model meanwhile, and a missing or corrupt model stops the app at once, with the
//   reason on the page (lede_fatal, web_main.cpp): the page has no analysis and no model of its own.
// - In the one-file build the worker's code is inlined in the page (a non-executed <script
//   type="text/lede-worker">) and started from a Blob URL (its CSP allows worker-src blob:).
'use strict';
(function () {
  var dir = location.pathname.replace(/[^/]*$/, '');
  var FAILED_KEY = 'lede-analysis-failed:' + dir;
  var RUNNING_KEY = 'lede-analysis-running:' + dir;
  var workerMemory = 0;  // bytes of the worker's wasm memory, last reported (benchmarks)
  // Wasm memory never shrinks: a worker that grew past this for a huge text (50 MB of figures takes ~2.6 GB)
  // is replaced by a fresh one once it has answered, so the tab gives that memory back.
  var KEEP_WORKER_MEMORY = 512 * 1024 * 1024, keepWorkerMemory = KEEP_WORKER_MEMORY;
  var workerStarts = 0;  // (tests)
  var worker = null, workerUp = false, job = null, queue = [], startsWithoutAnswer = 0, crashNext = false;
  var modelError = '';  // the worker cannot analyse (its model is missing or corrupt): the app has stopped

  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; } catch (_) { return fallback; }
  }
  function save(key, v) {
    try { if (v === null) localStorage.removeItem(key); else localStorage.setItem(key, JSON.stringify(v)); } catch (_) { /* storage off */ }
  }
  function rememberFailed(id, message) { var f = load(FAILED_KEY, {}); f[id] = message; save(FAILED_KEY, f); }
  function forgetFailed(id) { var f = load(FAILED_KEY, {}); if (id in f) { delete f[id]; save(FAILED_KEY, f); } }

  // The tab died while this article was being analysed (a normal unload clears the mark).
  var died = load(RUNNING_KEY, null);
  if (died) { rememberFailed(died, 'lede stopped while analysing this article last time'); save(RUNNING_KEY, null); }
  window.addEventListener('pagehide', function () { save(RUNNING_KEY, null); });

  function ready() { return window.Module && Module.calledRun && typeof Module.ccall === 'function'; }
  function toApp(fn) { if (ready()) fn(); else setTimeout(function () { toApp(fn); }, 20); }

  function answerFailed(j, message) {
    if (j.kind === 'import') { j.resolve({ ok: false, error: j.name + ': could not be read (' + message + ')' }); return; }
    toApp(function () {
      Module.ccall('lede_analysis_failed', null, ['string', 'number', 'string'], [j.id, j.gen, message]);
    });
  }
  // The answer (a 20 MB article's is tens of MB) goes into wasm memory a slice per task (app-bridge.js), so
  // the page keeps drawing while it is copied; C++ then owns the bytes and decodes them a slice per frame
  // (analysis.h analysis_take_in). A stale answer is told apart by its generation in C++.
  var heldAnswers = null;  // holdAnswersForTest
  function answerDone(j, bytes) {
    if (heldAnswers) { heldAnswers.push([j, bytes]); return; }
    toApp(function () {
      window.ledeBridge.intoWasmSliced(bytes).then(function (p) {
        Module.ccall('lede_analysis_done', null, ['string', 'number', 'number', 'number'], [j.id, j.gen, p, bytes.length]);
      }).catch(function (e) {
        Module.ccall('lede_analysis_failed', null, ['string', 'number', 'string'], [j.id, j.gen, 'the analysis could not be taken in (' + (e && e.message ? e.message : e) + ')']);
      });
    });
  }

  function workerUrl() {
    var inline = document.getElementById('lede-worker-src');
    if (inline) return URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
    return 'web/analysis-worker.js';
  }

  function startWorker() {
    if (worker) { worker.terminate(); worker = null; }
    workerUp = false;
    if (startsWithoutAnswer >= 3) {  // it cannot even start: say so for every waiting article
      var all = (job ? [job] : []).concat(queue);
      job = null; queue = [];
      all.forEach(function (j) { answerFailed(j, 'the analysis could not start in this browser'); });
      return;
    }
    ++startsWithoutAnswer;
    try { worker = new Worker(workerUrl()); } catch (e) { worker = null; setTimeout(startWorker, 0); return; }
    ++workerStarts;
    worker.onmessage = function (e) {
      var m = e.data;
      if (m.memory) workerMemory = m.memory;
      if (m.type === 'ready') {
        if (m.modelError) { stopWithoutModel(m.modelError); return; }
        if (performance.mark && !performance.getEntriesByName('lede:worker-ready').length) performance.mark('lede:worker-ready');
        workerUp = true;
        next();
        return;
      }
      if (!job || m.id !== job.id || m.gen !== job.gen) return;
      var j = job;
      job = null;
      save(RUNNING_KEY, null);
      startsWithoutAnswer = 0;
      var goOn = m.memory > keepWorkerMemory ? startWorker : next;  // a fresh worker calls next() when ready
      if (m.type === 'imported') {
        j.resolve({ ok: m.ok, error: m.error, title: m.title, text: m.text, replacements: m.replacements });
        goOn();
      } else if (m.type === 'done') {
        if (j.retry) forgetFailed(j.id);
        answerDone(j, m.bytes);
        goOn();
      } else {
        if (j.kind !== 'import') rememberFailed(j.id, m.message);
        answerFailed(j, m.message);
        startWorker();  // that worker closed itself; its module is not to be trusted
      }
    };
    worker.onerror = function (e) {
      e.preventDefault();  // reported here and in the app, not as an uncaught page error
      var j = job;
      job = null;
      save(RUNNING_KEY, null);
      if (j) {
        var msg = 'the analysis stopped (' + (e.message || 'worker error') + ')';
        if (j.kind !== 'import') rememberFailed(j.id, msg);
        answerFailed(j, msg);
      }
      startWorker();
    };
  }

  // Nothing can be analysed: the app stops with the reason on the page. The waiting articles are answered as
  // failed but not remembered as such (the fault is the model's, not theirs: a fixed deployment analyses them).
  function stopWithoutModel(message) {
    modelError = message;
    if (worker) { worker.terminate(); worker = null; }
    workerUp = false;
    var all = (job ? [job] : []).concat(queue);
    job = null; queue = [];
    all.forEach(function (j) { answerFailed(j, message); });
    toApp(function () { Module.ccall('lede_fatal', null, ['string'], [message]); });
  }

  function next() {
    if (job || !workerUp || !queue.length) return;
    job = queue.shift();
    if (job.kind !== 'import') save(RUNNING_KEY, job.id);  // a file being read is no article yet
    var msg = { type: job.kind === 'import' ? 'import' : 'analyse', id: job.id, gen: job.gen, name: job.name, bytes: job.bytes };
    if (crashNext && msg.type === 'analyse') { msg.crash = true; crashNext = false; }
    job.bytes = null;  // transferred
    worker.postMessage(msg, [msg.bytes.buffer]);
  }

  function request(id, gen, bytes, front, retry) {
    queue = queue.filter(function (j) { return j.id !== id; });  // a newer request replaces a waiting one
    var failed = load(FAILED_KEY, {});
    if (!retry && failed[id]) { answerFailed({ id: id, gen: gen }, 'not analysed again: ' + failed[id]); return; }
    if (modelError) { answerFailed({ id: id, gen: gen }, modelError); return; }
    var j = { id: id, gen: gen, bytes: bytes, retry: retry };
    if (front) queue.unshift(j); else queue.push(j);
    if (!worker) startWorker();
    next();
  }

  // Imports go ahead of waiting analyses (they are quick, and the user is watching the file arrive).
  var imports = 0;
  function decodeText(name, bytes) {
    return new Promise(function (resolve) {
      var j = { kind: 'import', id: 'import:' + (++imports), gen: 0, name: name, bytes: bytes, resolve: resolve };
      if (modelError) { answerFailed(j, modelError); return; }
      var at = 0;
      while (at < queue.length && queue[at].kind === 'import') ++at;
      queue.splice(at, 0, j);
      if (!worker) startWorker();
      next();
    });
  }

  function cancel(id) {
    queue = queue.filter(function (j) { return j.id !== id; });
    if (job && job.id === id) {
      job = null;
      save(RUNNING_KEY, null);
      startWorker();  // the only way to stop a running analysis is to end its worker
    }
  }

  window.ledeAnalysis = {
    request: request,
    cancel: cancel,
    holdAnswersForTest: function (on) {
      if (on) { heldAnswers = heldAnswers || []; return; }
      var held = heldAnswers || [];
      heldAnswers = null;
      held.forEach(function (a) { answerDone(a[0], a[1]); });
    },
    decodeText: decodeText,
    refused: rememberFailed,  // the app could not take an answer in (too large for the page): not again
    failNextForTest: function () { crashNext = true; },
    keepWorkerMemoryForTest: function (bytes) { keepWorkerMemory = bytes || KEEP_WORKER_MEMORY; },
    workerStarts: function () { return workerStarts; },
    busy: function () { return !!job || queue.length > 0; },
    workerMemory: function () { return workerMemory; },
  };

  // The worker starts now (its module, its model), not at the app's first request. After the document is
  // parsed: the one-file build's inline worker source comes last in it.
  function startEarly() { if (!worker && !modelError) startWorker(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startEarly);
  else startEarly();
})();
