#!/usr/bin/env python3
"""make-offline.py DIST OFFLINE_JS WORKER_JS [FONT_DIR] — writes DIST/lede-offline.html: the whole app in one HTML file.

Takes DIST/index.html as assembled by build-web.sh and inlines every <script src> and stylesheet it
references (lede.js is replaced by OFFLINE_JS, the -sSINGLE_FILE=1 build with the wasm inside). The service
worker registration is dropped (no workers on file://). The page gets its own Content-Security-Policy that
allows exactly these inline scripts and styles by their SHA-256 hashes, and nothing from anywhere.
The analysis worker (web/analysis-worker.js + WORKER_JS, the -sSINGLE_FILE=1 lede-worker.js) is inlined as
a <script type="text/lede-worker"> the browser does not run; web/analysis.js starts it from a Blob URL,
which the CSP allows with worker-src blob: (a file:// page cannot start a worker from a file).
The fallback fonts (FONT_DIR: Arabic, Hebrew, symbols, emoji, CJK) go inline too, as base64 in
window.ledeFontData (one more hashed script before lede.js), which src/platform/font_loader.cpp reads instead
of fetching fonts/<file>: the one-file page shows every script with no request at all.
"""
import json
import base64
import hashlib
import re
import sys
from pathlib import Path


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> int:
    dist, offline_js, worker_js = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    font_dir = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    html = (dist / "index.html").read_text(encoding="utf-8")
    script_hashes, style_hashes = [], []

    def inline_script(m: re.Match) -> str:
        src = m.group(1)
        if src.endswith("sw-register.js"):
            return ""
        path = offline_js if src == "lede.js" else dist / src
        body = path.read_text(encoding="utf-8")
        # "</script" inside the code would end the element early; "<\/" means the same inside JS strings.
        body = re.sub(r"</(script)", r"<\\/\1", body, flags=re.IGNORECASE)
        script_hashes.append(sha256(body))
        out = "<script>" + body + "</script>"
        if src == "lede.js" and font_dir is not None:
            fonts = {f.name: base64.b64encode(f.read_bytes()).decode() for f in sorted(font_dir.iterdir()) if f.is_file()}
            if not fonts:
                raise SystemExit("make-offline: no fallback fonts in " + str(font_dir))
            data = "window.ledeFontData=" + json.dumps(fonts) + ";"
            script_hashes.append(sha256(data))
            out = "<script>" + data + "</script>" + out
        return out

    def inline_style(m: re.Match) -> str:
        body = (dist / m.group(1)).read_text(encoding="utf-8")
        style_hashes.append(sha256(body))
        return "<style>" + body + "</style>"

    # everything is inline here: the hosted page's preloads would be requests (failed ones, from file://)
    html = re.sub(r'<!-- Start the two big downloads.*?-->\n', "", html, flags=re.DOTALL)
    html = re.sub(r'<link rel="preload"[^>]*>\n?', "", html)
    # (defer means nothing to an inline script: they run in document order as they are parsed, as deferred ones do)
    html = re.sub(r'<script src="([^"]+)"(?: defer)?></script>', inline_script, html)
    html = re.sub(r'<link rel="stylesheet" href="([^"]+)">', inline_style, html)
    worker = ("self.LEDE_WORKER_INLINE = true;\n" + (dist / "web/analysis-worker.js").read_text(encoding="utf-8") +
              "\n" + worker_js.read_text(encoding="utf-8"))
    worker = re.sub(r"</(script)", r"<\\/\1", worker, flags=re.IGNORECASE)
    html = html.replace("</body>", '<script type="text/lede-worker" id="lede-worker-src">' + worker + "</script>\n</body>", 1)
    csp = ("default-src 'none'; script-src " + " ".join(script_hashes) + " 'wasm-unsafe-eval'; worker-src blob:; "
           "style-src " + (" ".join(style_hashes) or "'none'") + "; connect-src data:; img-src data:; font-src data:; "
           "object-src 'none'; base-uri 'none'; form-action 'none'")
    html, n = re.subn(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                      lambda _: '<meta http-equiv="Content-Security-Policy" content="' + csp + '">', html)
    if n != 1:
        print("make-offline: index.html has no CSP meta tag to replace", file=sys.stderr)
        return 1
    if re.search(r'<script src=|<link rel="stylesheet"|<link rel="preload"', html) or html.count('id="lede-worker-src"') != 1:
        print("make-offline: an external reference is left in the page", file=sys.stderr)
        return 1
    (dist / "lede-offline.html").write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
