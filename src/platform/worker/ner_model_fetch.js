// ner_model_fetch.js — linked with --pre-js into the analysis worker's module (lede-worker.js): fetches the
// name tagger's model (dist/lede-ner.bin, beside lede.wasm) into Emscripten's file system at
// /assets/models/lede-ner.bin, where ner_model_file.h reads it, before main() runs.
// Why a file of its own and not --embed-file: the model changes with each training round, the code does not;
// a separate file is cached (and replaced) on its own. The page itself never needs it: it analyses nothing.
// The download starts as this script runs, alongside lede-worker.wasm's, not after it (preRun only waits).
// A failed fetch writes nothing, so the worker finds no model and tells the page, which stops with the reason
// (web/analysis.js, never a weaker reading).
// The one-file build (dist/lede-offline.html) embeds the model instead and does not link this file.
var ledeNerModelUrl = Module['locateFile'] ? Module['locateFile']('lede-ner.bin', '') : 'lede-ner.bin';
var ledeNerModel = fetch(ledeNerModelUrl).then(function (r) {  // resolves to the bytes, or null (and says why)
  if (!r.ok) throw new Error('HTTP ' + r.status);
  return r.arrayBuffer();
}).catch(function (e) {
  (Module['printErr'] || console.warn)('lede: the name-tagger model could not be fetched from ' + ledeNerModelUrl +
                                       ': ' + (e && e.message ? e.message : String(e)));
  return null;
});
Module['preRun'] = [].concat(Module['preRun'] || [], function () {
  addRunDependency('lede-ner-model');
  ledeNerModel.then(function (bytes) {
    try {
      if (bytes) {
        FS.mkdirTree('/assets/models');
        FS.writeFile('/assets/models/lede-ner.bin', new Uint8Array(bytes));
      }
    } finally {
      removeRunDependency('lede-ner-model');
    }
  });
});
