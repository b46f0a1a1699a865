// storage.js — lede's browser storage: articles, annotations and settings in IndexedDB.
//
//   const st = await LedeStorage.open();          // {ok, memoryOnly, error, storage, persisting}
//                                                  // persisting: a promise of "the browser keeps our data"
//   const all = await st.loadAll();               // {articles, annotations, meta, corrupt}; texts are strings
//   const rec = await st.get('articles', id);     // one record (another tab changed it), text a string
//   rec.text = LedeStorage.articleText(utf8Bytes); // what an article record's text is stored as (below)
//   const r = await st.put('annotations', rec, expectedRev);   // {ok, rev} | {ok:false, conflict|error}
//   const rs = await st.putMany([{store, rec, expectedRev}, ...]); // one transaction; one result per item
//   await st.remove('articles', id, expectedRev); // soft delete: the record stays, marked deleted
//   st.onChange = (msg) => {...};                 // another tab changed something: reload that record
//
// Why it is built this way:
// - One database per deployment path ("lede:" + directory of the page): on GitHub Pages every project of
//   a user shares one origin, and all file:// pages share one origin too.
// - Every write is one IndexedDB transaction: the new record replaces the old one atomically, and the
//   transaction is committed at once (tx.commit()), so a reload right after a change keeps it.
// - Many records at once (an import of hundreds of articles) go in ONE transaction (putMany): each record is
//   still revision-checked on its own and replaced whole, but the disk is synced once, not once per record
//   (one transaction per article made 300 articles take a minute). If that transaction fails, each record
//   is tried alone, so one that does not fit (quota) does not keep the others from being saved.
// - Records carry a revision. A write names the revision it was based on; if another tab wrote in
//   between, the write is refused as a conflict instead of silently overwriting (BroadcastChannel tells
//   the other tabs to reload the record).
// - A large article's text (LARGE_TEXT_BYTES of UTF-8 or more) is stored as a Blob of its UTF-8 bytes, not as
//   a string: IndexedDB copies a string into the record on the page's thread (a 20 MB article froze the page
//   for 0.6–1.5 s per write), while a Blob is made from the wasm bytes with one memcpy and its bytes are
//   written beside the record by the browser. Every read (loadAll, get, a conflict's current record) turns
//   such a Blob back into a string, so the app, exports and other tabs only ever see strings; records stored
//   before (text a string) read as they always did. Small texts stay strings (no extra read per article).
// - Nothing is ever destroyed by the app: deletes are soft (deleted: true) so undo and export still work;
//   records that fail to parse are moved to a "quarantine" store, untouched, and reported.
// - If IndexedDB is unavailable (some private windows) or fails to open, the app keeps working in memory
//   and says so; QuotaExceededError becomes a clear message and the previous record stays intact.
(function (global) {
  'use strict';

  const STORES = ['articles', 'annotations', 'meta', 'quarantine'];
  const VERSION = 1;
  const LARGE_TEXT_BYTES = 1024 * 1024;

  // An article's text for a record, from its UTF-8 bytes (read at once: a view on wasm memory is fine).
  function articleText(bytes) {
    if (bytes.length >= LARGE_TEXT_BYTES) return new Blob([bytes], { type: 'text/plain;charset=utf-8' });
    return new TextDecoder().decode(bytes);
  }

  // The record as the app sees it: a text stored as a Blob is read back into a string (a copy; the stored
  // record is untouched). A Blob that cannot be read leaves the record invalid (set aside, never deleted).
  async function readable(rec) {
    if (!rec || typeof Blob === 'undefined' || !(rec.text instanceof Blob)) return rec;
    let text;
    try { text = await rec.text.text(); } catch (_) { text = undefined; }
    return Object.assign({}, rec, { text });
  }

  function dbName() {
    const loc = global.location || { pathname: '/', protocol: 'http:' };
    const dir = loc.pathname.replace(/[^/]*$/, '');
    return 'lede:' + (loc.protocol === 'file:' ? 'file:' : '') + dir;
  }

  function describe(err) {
    if (!err) return 'unknown error';
    if (err.name === 'QuotaExceededError')
      return 'Browser storage is full: this change was not saved (nothing already saved was lost). ' +
             'Export your library, then delete articles you no longer need.';
    if (err.name === 'InvalidStateError' || err.name === 'UnknownError')
      return 'Browser storage is not available here (a private window?): changes are kept only until this tab closes.';
    return (err.name ? err.name + ': ' : '') + (err.message || String(err));
  }

  function req(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  }

  function txDone(tx) {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error || new DOMException('transaction aborted', 'AbortError'));
      tx.onerror = () => reject(tx.error);
    });
  }

  function validRecord(store, rec) {
    if (!rec || typeof rec !== 'object' || typeof rec.id !== 'string' || !Number.isInteger(rec.rev)) return false;
    if (store === 'articles') return typeof rec.text === 'string' && typeof rec.title === 'string';
    if (store === 'annotations') return typeof rec.article_id === 'string' && rec.target && typeof rec.target === 'object';
    return true;
  }

  // In-memory stand-in with the same interface, for when IndexedDB cannot be used.
  class MemoryBackend {
    constructor() { this.data = {}; for (const s of STORES) this.data[s] = new Map(); }
    async getAll(store) { return [...this.data[store].values()].map((r) => structuredClone(r)); }
    async get(store, id) { const r = this.data[store].get(id); return r ? structuredClone(r) : undefined; }
    async putIfRev(store, rec, expectedRev) {
      const cur = this.data[store].get(rec.id);
      const curRev = cur ? cur.rev : 0;
      if (expectedRev !== undefined && expectedRev !== null && curRev !== expectedRev) return { conflict: true, current: cur };
      const next = Object.assign({}, rec, { rev: curRev + 1 });
      this.data[store].set(rec.id, next);
      return { rev: next.rev };
    }
    async putManyIfRev(items) {
      const out = [];
      for (const it of items) out.push(await this.putIfRev(it.store, it.rec, it.expectedRev));
      return out;
    }
  }

  class IdbBackend {
    constructor(db) { this.db = db; }
    async getAll(store) {
      const tx = this.db.transaction(store, 'readonly');
      return req(tx.objectStore(store).getAll());
    }
    async get(store, id) {
      const tx = this.db.transaction(store, 'readonly');
      return req(tx.objectStore(store).get(id));
    }
    // Read the current revision and write the new record in ONE readwrite transaction: atomic, and
    // no other tab can slip a write in between.
    async putIfRev(store, rec, expectedRev) {
      const tx = this.db.transaction(store, 'readwrite', { durability: 'strict' });
      const os = tx.objectStore(store);
      const done = txDone(tx);
      done.catch(() => {});  // observed below; never an unhandled rejection
      let result;
      try {
        const cur = await req(os.get(rec.id));
        const curRev = cur ? cur.rev : 0;
        if (expectedRev !== undefined && expectedRev !== null && curRev !== expectedRev) {
          result = { conflict: true, current: cur };
        } else {
          const next = Object.assign({}, rec, { rev: curRev + 1 });
          os.put(next);
          result = { rev: next.rev };
        }
        if (tx.commit) tx.commit();
      } catch (e) {
        try { tx.abort(); } catch (_) { /* already finished */ }
        throw e;
      }
      await done;
      return result;
    }
    // putIfRev for many records in one readwrite transaction: every current revision is read first (all
    // requests issued at once), then each record that passes its check is written.
    async putManyIfRev(items) {
      const stores = [...new Set(items.map((it) => it.store))];
      const tx = this.db.transaction(stores, 'readwrite', { durability: 'strict' });
      const done = txDone(tx);
      done.catch(() => {});  // observed below; never an unhandled rejection
      const out = [];
      try {
        const curs = await Promise.all(items.map((it) => req(tx.objectStore(it.store).get(it.rec.id))));
        const revs = new Map();  // store + id -> revision written earlier in this batch
        items.forEach((it, i) => {
          const key = it.store + '\u0000' + it.rec.id;
          const cur = curs[i];
          const curRev = revs.has(key) ? revs.get(key) : (cur ? cur.rev : 0);
          const want = it.expectedRev;
          if (want !== undefined && want !== null && curRev !== want) { out.push({ conflict: true, current: cur }); return; }
          const next = Object.assign({}, it.rec, { rev: curRev + 1 });
          tx.objectStore(it.store).put(next);
          revs.set(key, next.rev);
          out.push({ rev: next.rev });
        });
        if (tx.commit) tx.commit();
      } catch (e) {
        try { tx.abort(); } catch (_) { /* already finished */ }
        throw e;
      }
      await done;
      return out;
    }
    async move(fromStore, id, toStore, reason) {
      const tx = this.db.transaction([fromStore, toStore], 'readwrite');
      const done = txDone(tx);
      const raw = await req(tx.objectStore(fromStore).get(id));
      tx.objectStore(toStore).put({ id: fromStore + ':' + String(id), rev: 1, store: fromStore, reason, raw });
      tx.objectStore(fromStore).delete(id);
      if (tx.commit) tx.commit();
      await done;
    }
  }

  class Storage {
    constructor(backend, info) {
      this.backend = backend;
      this.info = info;
      this.onChange = null;
      this.lastError = '';
      this.channel = null;
      if (typeof BroadcastChannel !== 'undefined') {
        this.channel = new BroadcastChannel(dbName());
        this.channel.onmessage = (ev) => { if (this.onChange) this.onChange(ev.data); };
      }
    }

    async loadAll() {
      const out = { articles: [], annotations: [], meta: [], corrupt: [] };
      for (const store of ['articles', 'annotations', 'meta']) {
        let rows;
        try {
          rows = await this.backend.getAll(store);
        } catch (e) {
          this.lastError = describe(e);
          out.corrupt.push({ store, id: '*', reason: this.lastError });
          continue;
        }
        if (store === 'articles') rows = await Promise.all(rows.map(readable));
        for (const rec of rows) {
          if (validRecord(store, rec)) {
            out[store].push(rec);
          } else {
            const id = rec && rec.id !== undefined ? rec.id : '?';
            out.corrupt.push({ store, id: String(id), reason: 'record is damaged and was set aside untouched' });
            if (this.backend.move && rec && rec.id !== undefined) {
              try { await this.backend.move(store, rec.id, 'quarantine', 'invalid record'); } catch (_) { /* keep going */ }
            }
          }
        }
      }
      return out;
    }

    async get(store, id) { return readable(await this.backend.get(store, id)); }

    // expectedRev: the revision this change is based on (0 for a new record), or null to force.
    async put(store, rec, expectedRev) {
      if (!STORES.includes(store)) return { ok: false, error: 'unknown store ' + store };
      try {
        const r = await this.backend.putIfRev(store, rec, expectedRev);
        if (r.conflict) {
          return { ok: false, conflict: true, current: (await readable(r.current)) || null,
                   error: 'Another lede tab changed this ' + store.replace(/s$/, '') + ' first: your version was not written over theirs. Reload it to see both.' };
        }
        if (this.channel) this.channel.postMessage({ store, id: rec.id, rev: r.rev });
        return { ok: true, rev: r.rev };
      } catch (e) {
        this.lastError = describe(e);
        return { ok: false, error: this.lastError, name: e && e.name };
      }
    }

    // items: [{store, rec, expectedRev}]; answers one put() result per item, in order.
    async putMany(items) {
      const bad = items.find((it) => !STORES.includes(it.store));
      if (bad) return items.map(() => ({ ok: false, error: 'unknown store ' + bad.store }));
      let raw;
      try {
        raw = await this.backend.putManyIfRev(items);
      } catch (e) {
        // The batch as a whole failed (quota, an aborted transaction): try each record alone.
        const out = [];
        for (const it of items) out.push(await this.put(it.store, it.rec, it.expectedRev));
        return out;
      }
      return Promise.all(raw.map(async (r, i) => {
        const it = items[i];
        if (r.conflict) {
          return { ok: false, conflict: true, current: (await readable(r.current)) || null,
                   error: 'Another lede tab changed this ' + it.store.replace(/s$/, '') + ' first: your version was not written over theirs. Reload it to see both.' };
        }
        if (this.channel) this.channel.postMessage({ store: it.store, id: it.rec.id, rev: r.rev });
        return { ok: true, rev: r.rev };
      }));
    }

    async remove(store, id, expectedRev) {
      const cur = await this.backend.get(store, id);
      if (!cur) return { ok: false, error: 'no such record' };
      return this.put(store, Object.assign({}, cur, { deleted: true, deleted_at: new Date().toISOString() }), expectedRev);
    }

    async restore(store, id, expectedRev) {
      const cur = await this.backend.get(store, id);
      if (!cur) return { ok: false, error: 'no such record' };
      const copy = Object.assign({}, cur);
      delete copy.deleted;
      delete copy.deleted_at;
      return this.put(store, copy, expectedRev);
    }
  }

  // Asks the browser to keep our data under storage pressure. Not fatal when refused: data may then be evicted.
  async function askPersistent() {
    try {
      if (global.navigator && navigator.storage && navigator.storage.persist)
        return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch (_) { /* not fatal */ }
    return false;
  }

  async function open() {
    // Asked alongside opening the database, not before it: persist() can take seconds to answer (a browser
    // may weigh site engagement), and the library waited for it on every start-up.
    const persisting = askPersistent();
    if (!global.indexedDB) {
      const st = new Storage(new MemoryBackend(), {});
      return { ok: false, memoryOnly: true, persistent: false, storage: st,
               error: 'This browser offers no IndexedDB here: changes are kept only until this tab closes.' };
    }
    try {
      const openReq = indexedDB.open(dbName(), VERSION);
      openReq.onupgradeneeded = () => {
        const db = openReq.result;
        for (const s of STORES) if (!db.objectStoreNames.contains(s)) db.createObjectStore(s, { keyPath: 'id' });
      };
      const db = await new Promise((resolve, reject) => {
        openReq.onsuccess = () => resolve(openReq.result);
        openReq.onerror = () => reject(openReq.error);
        openReq.onblocked = () => reject(new DOMException('another lede tab is upgrading the database', 'InvalidStateError'));
      });
      db.onversionchange = () => db.close();
      const st = new Storage(new IdbBackend(db), {});
      return { ok: true, memoryOnly: false, persistent: false, persisting, storage: st, error: '' };
    } catch (e) {
      const st = new Storage(new MemoryBackend(), {});
      return { ok: false, memoryOnly: true, persistent: false, storage: st, error: describe(e) };
    }
  }

  global.LedeStorage = { open, dbName, describe, articleText, STORES, LARGE_TEXT_BYTES };
})(typeof window !== 'undefined' ? window : globalThis);
