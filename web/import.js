// import.js — turns files the user gives lede (picker, drop, paste) into article records.
//
//   const items = await LedeImport.readFiles(fileList, (done, total, name) => {...});
//   // each item: {name, kind:'txt'|'md'|'html', ok, error, title, byline, date, source, text, bytes}
//   //   txt/md: `bytes` (Uint8Array) are decoded by the core (text_decode: UTF-8, UTF-16 BOM, Windows-1252);
//   //           md also gets `markdown: true`: the core strips the markup after decoding
//   //           (src/core/text/markdown_text.h, the one Markdown reader; there is none in JS).
//   //   html:   extracted here with the browser's DOMParser and Readability (bundled at build time):
//   //           `text` holds the article body, paragraphs separated by blank lines.
//   LedeImport.extractHtml(htmlString, fileName)  -> {ok, error, title, byline, date, source, text}
//
// Safety: DOMParser builds an inert document — its scripts never run, nothing it references is fetched
// (the page's CSP would block it anyway). Scripts, styles, navigation, photo captions, forms, asides and
// comment sections are removed before extraction.
(function (global) {
  'use strict';

  const MAX_BYTES = 50 * 1024 * 1024;
  const DROP = 'script, style, noscript, template, iframe, object, embed, nav, header nav, footer, aside, form, ' +
    'figure figcaption, figcaption, .caption, [class*="caption"], [class*="comment"], [id*="comment"], ' +
    '[class*="share"], [class*="social"], [class*="newsletter"], [class*="related"], [class*="advert"], ' +
    '[aria-hidden="true"], [role="navigation"], [role="complementary"]';

  function kindOf(name) {
    const n = String(name || '').toLowerCase();
    if (n.endsWith('.html') || n.endsWith('.htm') || n.endsWith('.xhtml')) return 'html';
    if (n.endsWith('.md') || n.endsWith('.markdown')) return 'md';
    if (n.endsWith('.txt') || n.endsWith('.text') || !n.includes('.')) return 'txt';
    return null;
  }

  // HTML bytes -> string: BOM, then <meta charset>, then strict UTF-8, else Windows-1252.
  function decodeHtmlBytes(bytes) {
    if (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) return new TextDecoder('utf-8').decode(bytes.subarray(3));
    if (bytes[0] === 0xFF && bytes[1] === 0xFE) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xFE && bytes[1] === 0xFF) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
    if (m) {
      try { return new TextDecoder(m[1].toLowerCase()).decode(bytes); } catch (_) { /* unknown label */ }
    }
    try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch (_) {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }

  function metaContent(doc, names) {
    for (const n of names) {
      const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
      if (el && el.getAttribute('content')) return el.getAttribute('content').trim();
    }
    return '';
  }

  function isoDate(s) {
    if (!s) return '';
    const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(s);
    return isNaN(d) ? '' : d.toISOString().slice(0, 10);
  }

  function blockText(root) {
    // Paragraph-level text: each block element becomes one paragraph.
    const blocks = root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt');
    const out = [];
    const seen = new Set();
    for (const b of blocks) {
      if (b.closest(DROP)) continue;
      // Skip a block nested in another block we already take (li > p, blockquote > p).
      let skip = false;
      for (let p = b.parentElement; p && p !== root; p = p.parentElement) if (seen.has(p)) { skip = true; break; }
      if (skip) continue;
      const t = b.textContent.replace(/\s+/g, ' ').trim();
      if (t) { out.push(t); seen.add(b); }
    }
    if (!out.length) {
      const t = (root.textContent || '').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
      if (t) out.push(t);
    }
    return out.join('\n\n');
  }

  // A DOMParser document inherits this page's Content-Security-Policy, so its <style> elements, style=""
  // attributes, inline on* handlers and <base href> would be reported as violations (and are blocked
  // anyway). They carry no article text: remove them from the markup before parsing.
  function withoutStyles(html) {
    let s = String(html)
      .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
      .replace(/<base\b[^>]*>/gi, '');
    // One attribute per tag per pass (the match takes the tag's start): repeat until none is left.
    const attr = /(<[^>]*?)\s(?:style|on[a-z]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
    for (let prev = ''; prev !== s;) { prev = s; s = s.replace(attr, '$1'); }
    return s;
  }

  // Only web addresses are kept as an article's URL: a javascript: or data: "canonical" is dropped.
  function webUrl(u) {
    const s = String(u || '').trim();
    return /^https?:\/\//i.test(s) ? s : '';
  }

  function extractHtml(html, fileName) {
    let doc;
    try {
      doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
    } catch (e) {
      return { ok: false, error: `${fileName}: not readable as HTML (${e.message})` };
    }
    const title0 = metaContent(doc, ['og:title', 'twitter:title']) || (doc.querySelector('title') || {}).textContent || '';
    const date = isoDate(metaContent(doc, ['article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued']) ||
      ((doc.querySelector('time[datetime]') || { getAttribute: () => '' }).getAttribute('datetime')));
    const source = metaContent(doc, ['og:site_name', 'application-name']);
    const canonical = (doc.querySelector('link[rel="canonical"]') || { getAttribute: () => '' }).getAttribute('href') ||
      metaContent(doc, ['og:url']);
    for (const el of doc.querySelectorAll(DROP)) el.remove();
    let title = title0.trim(), byline = metaContent(doc, ['author', 'article:author']), text = '';
    if (global.Readability) {
      try {
        const art = new global.Readability(doc.cloneNode(true), { serializer: (el) => el, charThreshold: 200 }).parse();
        if (art && art.content) {
          text = blockText(art.content);
          title = title || (art.title || '').trim();
          byline = byline || (art.byline || '').trim();
        }
      } catch (_) { /* fall back to the plain walk below */ }
    }
    if (!text) text = blockText(doc.body || doc.documentElement);
    const h1 = doc.querySelector('h1');
    if (!title && h1) title = h1.textContent.trim();
    if (!text.trim()) return { ok: false, error: `${fileName}: no article text found in this HTML file` };
    return { ok: true, title: title || fileName, byline, date, source, url: webUrl(canonical), text };
  }

  // Files are read several at a time: each read ends in a task of its own, and while the app draws
  // (a frame can take 100+ ms on a slow machine) reading one file per turn made 300 files take a minute.
  // At most READ_AHEAD reads and READ_AHEAD_BYTES are in flight, so fifty 50 MB files do not all sit in
  // memory at once. Results keep the order of `files`; onProgress(done, total, name) as each one is read.
  const READ_AHEAD = 32, READ_AHEAD_BYTES = 128 * 1024 * 1024;
  async function readOne(f) {
    const kind = kindOf(f.name);
    if (!kind) return { name: f.name, ok: false, error: `${f.name}: lede reads .txt, .md and .html files` };
    if (f.size > MAX_BYTES) return { name: f.name, ok: false, error: `${f.name}: too large (${(f.size / 1048576).toFixed(1)} MB; the limit is 50 MB)` };
    let bytes;
    try { bytes = new Uint8Array(await f.arrayBuffer()); } catch (e) {
      return { name: f.name, ok: false, error: `${f.name}: could not be read (${e.message})` };
    }
    if (kind === 'html') return Object.assign({ name: f.name, kind }, extractHtml(decodeHtmlBytes(bytes), f.name));
    return { name: f.name, kind, ok: true, bytes, markdown: kind === 'md' };
  }

  function readFiles(files, onProgress) {
    const list = Array.from(files || []);
    const out = new Array(list.length);
    if (onProgress) onProgress(0, list.length, list.length ? list[0].name : '');
    return new Promise((resolve) => {
      let next = 0, running = 0, bytes = 0, done = 0;
      const pump = () => {
        if (done === list.length) { if (onProgress) onProgress(list.length, list.length, ''); resolve(out); return; }
        while (next < list.length && running < READ_AHEAD && (running === 0 || bytes + list[next].size <= READ_AHEAD_BYTES)) {
          const k = next++, f = list[k], size = Math.min(f.size, MAX_BYTES + 1);
          ++running;
          bytes += size;
          readOne(f).catch((e) => ({ name: f.name, ok: false, error: `${f.name}: could not be read (${e && e.message})` })).then((r) => {
            out[k] = r;
            --running;
            bytes -= size;
            ++done;
            if (onProgress && done < list.length) onProgress(done, list.length, f.name);
            pump();
          });
        }
      };
      pump();
    });
  }

  global.LedeImport = { kindOf, decodeHtmlBytes, extractHtml, readFiles, webUrl, MAX_BYTES };
})(typeof window !== 'undefined' ? window : globalThis);
