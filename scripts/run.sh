#!/usr/bin/env bash
# run.sh — set up if needed, build the web app, serve dist/ on 127.0.0.1 and print the URL.
#   PORT=9000 scripts/run.sh    to pick another port
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-${1:-8000}}"
scripts/setup.sh
scripts/build-web.sh
echo
echo "lede is served at:  http://127.0.0.1:${PORT}/"
echo "(Ctrl+C stops the server; dist/ is a static site you can copy to any host.)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
