// server.js — a tiny static file server for dist/ on 127.0.0.1 (random free port), for browser tests.
//
//     const { serve } = require('./server');
//     const srv = await serve('/path/to/dist');   // srv.url = 'http://127.0.0.1:PORT/', srv.requests = [paths]
//     await srv.close();
// Only GET/HEAD of files under the root; no directory listings; correct MIME types (wasm streaming needs
// application/wasm). It can also mount the site under a sub-path (serve(root, {prefix: '/sub/'})).
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf', '.otf': 'font/otf', '.txt': 'text/plain; charset=utf-8', '.data': 'application/octet-stream',
};

function serve(root, { prefix = '/', port = 0 } = {}) {
  root = path.resolve(root);
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let url;
    try { url = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
    if (!url.startsWith(prefix)) { res.writeHead(404).end(); return; }
    let rel = url.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size, 'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({
        url: `http://127.0.0.1:${p}${prefix}`, origin: `http://127.0.0.1:${p}`, requests,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

module.exports = { serve };

if (require.main === module) {   // node tests/browser/server.js [root] [port]
  serve(process.argv[2] || 'dist', { port: Number(process.argv[3] || 8000) })
    .then((s) => console.log(`serving ${process.argv[2] || 'dist'} at ${s.url}`));
}
