// input.js — text, IME and clipboard bridge between the browser and ImGui (C++ side: src/platform/clipboard.cpp).
//
// Emscripten's GLFW turns keydown/keyup (listened on window, capture phase) into ImGui key events, but it
// only produces characters from `keypress`, which IME, dead keys and pasted text never fire. So a hidden
// <textarea id="ime-input"> stays focused and every `input` / `compositionend` text is sent to
// lede_text_input(); GLFW's keypress path is cut to avoid double characters.
// Paste: the keydown of Ctrl/Cmd+V is kept from GLFW; the browser then fires `paste` on the textarea,
// whose text goes to lede_paste(), which stores it as ImGui's clipboard and replays Ctrl+V to ImGui.
// Copy: ImGui's SetClipboardTextFn calls ledeInput.writeClipboard() -> navigator.clipboard.writeText.
'use strict';
(function () {
  var ta = document.getElementById('ime-input');
  var canvas = document.getElementById('canvas');
  var composing = false;

  function ready() { return window.Module && Module.calledRun && typeof Module.ccall === 'function'; }
  function call(name, text) { if (ready()) Module.ccall(name, null, ['string'], [text]); }
  function report(message) { if (ready()) call('lede_report_error', message); else console.warn(message); }
  function send(text) {
    text = text.replace(/[\u0000-\u001f\u007f]/g, '');  // Enter, Tab, Backspace arrive as keys via GLFW
    if (text) call('lede_text_input', text);
  }
  function focus() {
    if (document.activeElement !== ta) ta.focus({ preventScroll: true });
  }

  ta.addEventListener('compositionstart', function () { composing = true; });
  ta.addEventListener('compositionend', function (e) {
    composing = false;
    var text = ta.value || e.data || '';
    ta.value = '';
    send(text);
  });
  ta.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;
    var text = ta.value;
    ta.value = '';
    send(text);
  });
  ta.addEventListener('paste', function (e) {
    e.preventDefault();
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    call('lede_paste', text);
  });

  // Registered before lede.js runs, so these capture-phase listeners run before GLFW's.
  window.addEventListener('keypress', function (e) { e.stopImmediatePropagation(); }, true);
  window.addEventListener('keydown', function (e) {
    var k = (e.key || '').toLowerCase();
    var mod = (e.ctrlKey || e.metaKey) && !e.altKey;
    if (document.activeElement !== ta) focus();
    if (mod && k === 'v') { e.stopImmediatePropagation(); return; }  // paste arrives as a `paste` event
    if (mod && (k === 'f' || k === 'g' || k === 'p' || k === 's' || k === 'o')) e.preventDefault();
  }, true);
  canvas.addEventListener('mousedown', function () { setTimeout(focus, 0); });
  canvas.addEventListener('mouseup', focus);
  window.addEventListener('focus', focus);
  focus();

  function copyFallback(text) {
    var old = ta.value;
    ta.value = text;
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (err) { ok = false; }
    ta.value = old;
    return ok;
  }

  window.ledeInput = {
    writeClipboard: function (text) {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(function (err) {
          if (!copyFallback(text)) report('Copy to the system clipboard failed: ' + err);
        });
      } else if (!copyFallback(text)) {
        report('Copy to the system clipboard is not available on this page');
      }
    },
    // ImGui's text cursor in CSS px: the IME candidate window opens next to it.
    setImePosition: function (visible, x, y, h) {
      if (!visible) return;
      ta.style.left = x + 'px';
      ta.style.top = y + 'px';
      ta.style.height = Math.max(h, 8) + 'px';
    },
  };
})();
