// ner_model_fetch.js — linked with --pre-js into the hosted page's module (lede.js) and the analysis worker's
// (lede-worker.js): before main() runs, fetches the name tagger's model (dist/lede-ner.bin, beside lede.wasm)
// into Emscripten's file system at /assets/models/lede-ner.bin, where ner_model_file.h reads it.
// Why a file of its own and not --embed-file: both modules need the model; one URL is downloaded once (the
// browser's cache and sw.js serve the second request), two embedded copies would be downloaded twice.
// A failed fetch writes nothing, so main() finds no model and stops with the reason (never a weaker reading).
// The one-file build (dist/lede-offline.html) embeds the model instead and does not link this file.
// Module.nerModelLater (the page, web/boot.js): main() does not wait for it; the page loads it once it is
// here (web_main.cpp) and Module.nerModelSettled tells when the fetch has ended either way.
Module['preRun'] = [].concat(Module['preRun'] || [], function () {
  var url = Module['locateFile'] ? Module['locateFile']('lede-ner.bin', '') : 'lede-ner.bin';
  var later = !!Module['nerModelLater'];
  if (!later) addRunDependency('lede-ner-model');
  fetch(url).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.arrayBuffer();
  }).then(function (bytes) {
    FS.mkdirTree('/assets/models');
    FS.writeFile('/assets/models/lede-ner.bin', new Uint8Array(bytes));
  }).catch(function (e) {
    Module['nerModelFetchError'] = url + ': ' + (e && e.message ? e.message : String(e));
    (Module['printErr'] || console.warn)('lede: the name-tagger model could not be fetched from ' + Module['nerModelFetchError']);
  }).finally(function () {
    Module['nerModelSettled'] = true;
    if (!later) removeRunDependency('lede-ner-model');
  });
});
