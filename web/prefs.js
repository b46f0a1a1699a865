// prefs.js — the reader's layout preferences (side panel width, theme, text size, shown kinds, tab) in
// localStorage; the C++ side (src/platform/prefs_store.cpp) reads them once before the first frame and
// writes them when they change. The text is JSON made and checked by src/app/state/prefs.cpp.
//
//   ledePrefs.load()       -> the stored text, or '' (none, or storage unavailable)
//   ledePrefs.save(text)   -> stores it; failures are ignored (preferences are a convenience)
//
// Why localStorage and not the IndexedDB of storage.js: it is synchronous, so the first frame already has
// the right theme and widths (no flash of the defaults), and preferences need none of the revisions,
// conflicts or quarantine that protect the user's articles and notes. It lives in the same browser
// storage (persisted with it, cleared with it). One key per deployment path, like storage.js's database.
'use strict';
(function (global) {
  function key() {
    var loc = global.location || { pathname: '/', protocol: 'http:' };
    var dir = loc.pathname.replace(/[^/]*$/, '');
    return 'lede-prefs:' + (loc.protocol === 'file:' ? 'file:' : '') + dir;
  }
  global.ledePrefs = {
    key: key,
    load: function () {
      try { return global.localStorage.getItem(key()) || ''; } catch (e) { return ''; }
    },
    save: function (text) {
      try { global.localStorage.setItem(key(), text); } catch (e) { /* full or disabled: keep the defaults */ }
    },
  };
})(window);
