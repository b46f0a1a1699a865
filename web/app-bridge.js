// app-bridge.js — the browser side of src/platform/user_bridge.cpp: storage (web/storage.js), file import
// (web/import.js: picker, drag and drop), downloads. Loaded before lede.js; waits for the wasm runtime.
//
//   window.ledeBridge.put(store, json, rev, text)    C++ asks to write a record; answers lede_storage_written
//                                                    (batched: one IndexedDB transaction per burst of writes);
//                                                    text, when given, is the record's "text" (an article's)
//                                                    as UTF-8 bytes, a view on wasm memory read at once
//   window.ledeBridge.pendingWrites()                records not yet confirmed written (leaving asks first)
//   window.ledeBridge.download(name, mime, bytes)    offers a file download (a Blob, never a network request)
//   window.ledeBridge.pickFiles(mode)                0: articles (.txt .md .html), 1: a lede library (.jsonld)
//   window.ledeBridge.importFiles(files)             what a drop or the picker hands over (-> how many files)
//   window.ledeBridge.withBytesSliced(bytes, fn)     copies megabytes into wasm memory a slice per task, then
//                                                    fn(ptr, len), then frees: a promise of fn's result
//   window.ledeBridge.intoWasmSliced(bytes)          the same copy: a promise of the pointer, not freed
// Large strings and bytes go into wasm memory through lede_alloc/lede_free, not ccall's stack-allocated
// string arguments.
'use strict';
(function () {
  var storage = null;
  var queue = [];  // calls made before the runtime is up

  // The library is opened and read while lede.js and its wasm download and compile (start-up, issue 15): none
  // of it needs the runtime until the records are handed over in start(). Another tab's changes that arrive
  // meanwhile are kept and replayed after the records (each re-reads its record, so it is never stale).
  var early = (window.LedeStorage ? LedeStorage.open() : Promise.reject(new Error('web/storage.js is missing')))
    .then(function (o) {
      var changes = [];
      o.storage.onChange = function (msg) { changes.push(msg); };
      return o.storage.loadAll().then(function (all) { return { o: o, all: all, changes: changes }; },
                                      function (e) { return { o: o, error: e, changes: changes }; });
    });

  function ready() { return window.Module && Module.calledRun && typeof Module.ccall === 'function'; }
  function whenReady(fn) { if (ready()) fn(); else queue.push(fn); }
  (function poll() {
    if (ready()) { var q = queue; queue = []; q.forEach(function (f) { f(); }); start(); return; }
    setTimeout(poll, 20);
  })();

  function report(message) {
    if (ready()) Module.ccall('lede_report_error', null, ['string'], [String(message).slice(0, 2000)]);
    else console.warn(message);
  }

  // Copies bytes into wasm memory, calls fn(ptr, len), frees. A trailing NUL makes it a C string too.
  function withBytes(bytes, fn) {
    var ptr = Module.ccall('lede_alloc', 'number', ['number'], [bytes.length + 1]) >>> 0;  // (unsigned: memory may pass 2 GB)
    Module.HEAPU8.set(bytes, ptr);
    Module.HEAPU8[ptr + bytes.length] = 0;
    try { return fn(ptr, bytes.length); } finally { Module.ccall('lede_free', null, ['number'], [ptr]); }
  }
  function withString(s, fn) { return withBytes(new TextEncoder().encode(s), fn); }
  // withBytes for megabytes, as a promise of fn's result: the bytes are copied in COPY_SLICE at a time, one
  // task each, so the page draws between the slices (one copy of a 20 MB text or of a 20 MB article's
  // analysis, ~80 MB, was a long frame on its own). HEAPU8 is looked up again for each slice: memory may
  // grow in between.
  var COPY_SLICE = 4 * 1024 * 1024;
  function withBytesSliced(bytes, fn) {
    if (bytes.length <= COPY_SLICE) return new Promise(function (resolve) { resolve(withBytes(bytes, fn)); });
    return intoWasmSliced(bytes).then(function (ptr) {
      try { return fn(ptr, bytes.length); } finally { Module.ccall('lede_free', null, ['number'], [ptr]); }
    });
  }
  // The copying part of withBytesSliced: a promise of the pointer (lede_alloc'd, NUL-terminated), which
  // the caller frees or hands over to C++.
  function intoWasmSliced(bytes) {
    var ptr = Module.ccall('lede_alloc', 'number', ['number'], [bytes.length + 1]) >>> 0;  // (unsigned: memory may pass 2 GB)
    var at = 0;
    return new Promise(function (resolve) {
      (function step() {
        var end = Math.min(bytes.length, at + COPY_SLICE);
        Module.HEAPU8.set(bytes.subarray(at, end), ptr + at);
        at = end;
        if (at < bytes.length) { setTimeout(step, 0); return; }
        Module.HEAPU8[ptr + bytes.length] = 0;
        resolve(ptr);
      })();
    });
  }

  function start() {
    early.then(function (r) {
      var o = r.o;
      storage = o.storage;
      if (performance.mark) performance.mark('lede:storage-open');
      Module.ccall('lede_storage_opened', null, ['number', 'number', 'number', 'string'],
        [o.ok ? 1 : 0, o.memoryOnly ? 1 : 0, 0, o.error || '']);
      if (o.persisting) o.persisting.then(function (yes) {
        if (yes) Module.ccall('lede_storage_opened', null, ['number', 'number', 'number', 'string'], [1, 0, 1, '']);
      });
      var changed = function (msg) {
        if (!storage.backend.get) return;
        storage.get(msg.store, msg.id).then(function (rec) {
          if (rec) withString(JSON.stringify(rec), function (p) {
            Module.ccall('lede_storage_changed', null, ['string', 'number'], [msg.store, p]);
          });
        });
      };
      storage.onChange = changed;
      flushPuts();  // writes asked for before storage opened
      if (r.error) throw r.error;
      withString(JSON.stringify(r.all), function (p) { Module.ccall('lede_storage_loaded', null, ['number'], [p]); });
      if (performance.mark) performance.mark('lede:storage-loaded');
      r.changes.forEach(changed);
    }).catch(function (e) { report('Storage failed to start: ' + (e && e.message ? e.message : e)); });
  }

  // Writes are batched: what C++ asks for while a transaction is running goes into the next one (an
  // import of 300 articles becomes a few transactions, not 300). Each record keeps its own revision check.
  var pendingPuts = [];   // {store, rec, expectedRev} not yet sent
  var writing = 0;        // records in the transaction now running
  var MAX_BATCH = 200, MAX_BATCH_CHARS = 32 * 1024 * 1024;
  function put(store, json, rev, text) {
    var rec;
    try { rec = JSON.parse(json); } catch (e) { report('Internal error: a record was not valid JSON'); return; }
    // An article's text comes beside its JSON (megabytes neither escaped nor parsed), as a string or, when
    // large, a Blob of its bytes (web/storage.js: IndexedDB then does not copy it on this thread).
    if (text) rec.text = LedeStorage.articleText(text);
    pendingPuts.push({ store: store, rec: rec, expectedRev: rev < 0 ? null : rev, size: json.length + (text ? text.length : 0) });
    flushPuts();
  }
  function flushPuts() {
    if (!storage || writing || !pendingPuts.length) return;
    var batch = [], chars = 0;
    while (pendingPuts.length && batch.length < MAX_BATCH && (!batch.length || chars + pendingPuts[0].size <= MAX_BATCH_CHARS)) {
      chars += pendingPuts[0].size;
      batch.push(pendingPuts.shift());
    }
    writing = batch.length;
    storage.putMany(batch).then(function (results) {
      results.forEach(function (r, i) {
        var it = batch[i];
        Module.ccall('lede_storage_written', null, ['string', 'string', 'number', 'number', 'number', 'string'],
          [it.store, it.rec.id, r.rev || 0, r.ok ? 1 : 0, r.conflict ? 1 : 0, r.error || '']);
        // Stale: another tab wrote first. The app keeps both versions for the user to choose from.
        if (r.conflict) withString(JSON.stringify(r.current || null), function (p) {
          Module.ccall('lede_storage_conflict', null, ['string', 'number'], [it.store, p]);
        });
      });
    }).catch(function (e) {
      batch.forEach(function (it) {
        Module.ccall('lede_storage_written', null, ['string', 'string', 'number', 'number', 'number', 'string'],
          [it.store, it.rec.id, 0, 0, 0, 'Not saved: ' + (e && e.message ? e.message : String(e))]);
      });
    }).then(function () { writing = 0; flushPuts(); });
  }
  function pendingWrites() { return pendingPuts.length + writing; }

  // Questions still open hold text in this tab only: a note another tab changed meanwhile (this tab's
  // version) and an import waiting for "replace or keep both" (its new text).
  function undecided() {
    try { return Module.ccall('lede_conflict_count', 'number') + Module.ccall('lede_pending_replace_count', 'number'); } catch (_) { return 0; }
  }
  // Leaving the page while changes are still on their way to storage, or while such a question is open,
  // asks first (the browser's own dialog).
  window.addEventListener('beforeunload', function (e) {
    if (!pendingWrites() && !undecided()) return;
    e.preventDefault();
    e.returnValue = '';
  });

  function download(name, mime, bytes) {
    var blob = new Blob([bytes], { type: mime + ';charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // Files are read several at a time (web/import.js), then handed to the app in slices of about SLICE_MS
  // of work, one task each, so the page keeps drawing while a thousand files come in. The progress bar
  // counts files read, then files added (2 steps per file).
  var SLICE_MS = 12;
  var DECODE_IN_WORKER_BYTES = 1024 * 1024;
  function importFiles(files) {
    var list = Array.prototype.slice.call(files || []);
    if (!list.length) return Promise.resolve([]);
    var n = list.length;
    function progress(done) { whenReady(function () { Module.ccall('lede_import_progress', null, ['number', 'number'], [done, 2 * n]); }); }
    return LedeImport.readFiles(list, function (done) { progress(Math.min(done, n - 1)); }).then(function (items) {
      // Only the last good file opens (and so is analysed at once); the others wait until they are needed.
      var last = -1;
      items.forEach(function (it, k) { if (it.ok) last = k; });
      function add(it, k) {
        if (!it.ok) { report(it.error); return; }
        var open = k === last ? 1 : 0;
        if (it.kind === 'html') {
          withString(JSON.stringify({ title: it.title, text: it.text, source: it.source || '', date: it.date || '', url: it.url || '' }),
            function (p) { Module.ccall('lede_import_text', 'number', ['number', 'number'], [p, open]); });
        } else {
          withBytes(it.bytes, function (p, m) {
            Module.ccall('lede_import_bytes', 'number', ['string', 'number', 'number', 'number', 'number'], [it.name, p, m, it.markdown ? 1 : 0, open]);
          });
        }
      }
      // A large .txt file is decoded in the analysis worker (core/text/text_import.h there too), so its
      // megabytes are not decoded, checked and copied on this thread; the app gets the text as UTF-8.
      // The article is opened in the task after the one that adds it: adding copies the text into the app
      // and out to storage, opening copies it for the reader and out to the analysis (one task was ~4 copies
      // of 20 MB).
      function addDecoded(name, r, open) {
        return withBytesSliced(r.text || new Uint8Array(0), function (p, m) {
          return Module.ccall('lede_import_decoded', 'number', ['string', 'string', 'string', 'number', 'number', 'number', 'number'],
            [name, r.ok ? '' : (r.error || name + ': could not be read'), r.title || '', p, m, r.replacements || 0, 0]);
        }).then(function (i) {
          if (!open || i < 0) return;
          return new Promise(function (resolve) {
            setTimeout(function () { Module.ccall('lede_open_article', 'number', ['number'], [i]); resolve(); }, 0);
          });
        });
      }
      return new Promise(function (resolve) {
        var k = 0;
        (function slice() {
          whenReady(function () {
            var t0 = performance.now(), did = 0;
            while (k < items.length && (did++ === 0 || performance.now() - t0 < SLICE_MS)) {
              var it = items[k], open = k === last;
              items[k++] = null;  // its bytes can go once the app has them
              if (it.ok && it.kind === 'txt' && it.bytes.length >= DECODE_IN_WORKER_BYTES && window.ledeAnalysis) {
                ledeAnalysis.decodeText(it.name, it.bytes).then(function (r) {
                  whenReady(function () {
                    addDecoded(it.name, r, open).catch(function (e) { report(it.name + ': ' + (e && e.message ? e.message : e)); })
                      .then(function () { progress(n + k); setTimeout(slice, 0); });
                  });
                });
                return;
              }
              add(it, k - 1);
            }
            progress(n + k);
            if (k < items.length) setTimeout(slice, 0);
            else resolve(n);
          });
        })();
      });
    });
  }

  function importLibrary(file) {
    if (file.size > 200 * 1024 * 1024) { report(file.name + ': too large for a lede library file (over 200 MB)'); return Promise.resolve(); }
    return file.arrayBuffer().then(function (buf) {
      withBytes(new Uint8Array(buf), function (p, n) { Module.ccall('lede_import_library', 'number', ['number', 'number'], [p, n]); });
    });
  }

  var picker = document.createElement('input');
  picker.type = 'file';
  picker.multiple = true;
  picker.id = 'lede-file-picker';
  picker.style.display = 'none';
  var pickerMode = 0;
  picker.addEventListener('change', function () {
    var files = picker.files;
    if (pickerMode === 1) { if (files.length) importLibrary(files[0]); }
    else importFiles(files);
    picker.value = '';
  });
  document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(picker); });
  if (document.body) document.body.appendChild(picker);

  function pickFiles(mode) {
    pickerMode = mode;
    picker.multiple = mode === 0;
    picker.accept = mode === 0 ? '.txt,.text,.md,.markdown,.html,.htm,.xhtml' : '.jsonld,.json';
    picker.click();
  }

  // Drag and drop anywhere on the page. A dropped .jsonld/.json file is a library to import.
  window.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var files = Array.prototype.slice.call((e.dataTransfer && e.dataTransfer.files) || []);
    var libs = files.filter(function (f) { return /\.(jsonld|json)$/i.test(f.name); });
    var arts = files.filter(function (f) { return !/\.(jsonld|json)$/i.test(f.name); });
    whenReady(function () {
      libs.forEach(importLibrary);
      if (arts.length) importFiles(arts);
    });
  });

  // Flush: every write is its own committed IndexedDB transaction already; when the page is hidden we
  // only make sure nothing is still queued in this script.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && queue.length) { var q = queue; queue = []; q.forEach(function (f) { try { f(); } catch (_) {} }); }
  });

  // A new deployment's service worker is installed and waiting: the app shows "Reload now".
  function offerUpdate() { whenReady(function () { Module.ccall('lede_update_available', null, [], []); }); }
  window.addEventListener('lede-update-available', offerUpdate);
  if (window.ledeUpdate && window.ledeUpdate.available) offerUpdate();

  window.ledeBridge = { pendingWrites: pendingWrites, put: put, download: download, pickFiles: pickFiles, importFiles: importFiles, importLibrary: importLibrary,
                       withBytesSliced: withBytesSliced, intoWasmSliced: intoWasmSliced };
})();
