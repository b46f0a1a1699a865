#!/usr/bin/env bash
# setup.sh — install everything lede needs to build and test, idempotently.
#
# Sources (nothing else is fetched, ever):
#   - Debian packages via apt-get (emscripten, cmake, chromium, fonts, word lists, …)
#   - Dear ImGui 1.90.1 from Debian trixie's *source* package, unpacked into third_party/ (git-ignored),
#     fetched with a private apt state so the system apt configuration is never changed
#   - npm packages pinned by package-lock.json (npm ci)
# A second run only checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
log() { printf '[setup] %s\n' "$*"; }

APT_PACKAGES=(
  build-essential cmake ninja-build clang libclang-rt-14-dev
  emscripten
  nlohmann-json3-dev doctest-dev
  chromium fonts-noto-core fonts-noto-cjk fonts-symbola fonttools python3-fonttools unicode-data
  iso-codes wamerican wbritish
  python3 dpkg-dev ca-certificates debian-archive-keyring
)

# Node.js: the machine image ships one (NodeSource); install Debian's only when there is none.
command -v node >/dev/null || APT_PACKAGES+=(nodejs npm)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages present"
fi

# --- Dear ImGui 1.90.1 (Debian trixie source package; checksum pinned by the signed .dsc) ---
IMGUI_VERSION=1.90.1
IMGUI_DIR="$ROOT/third_party/imgui"
if [ ! -f "$IMGUI_DIR/.version" ] || [ "$(cat "$IMGUI_DIR/.version")" != "$IMGUI_VERSION" ]; then
  log "fetching Dear ImGui $IMGUI_VERSION source package from Debian trixie"
  d=$(mktemp -d); mkdir -p "$d/lists/partial"
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' > "$d/trixie.sources"
  O=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$d" -o Dir::State::Lists="$d/lists" -o Debug::NoLocking=1)
  apt-get "${O[@]}" update -qq
  (cd "$d" && apt-get "${O[@]}" source --download-only "imgui=${IMGUI_VERSION}+ds-1" >/dev/null \
     && dpkg-source -x "imgui_${IMGUI_VERSION}+ds-1.dsc" src >/dev/null)
  rm -rf "$IMGUI_DIR"; mkdir -p "$ROOT/third_party"
  mv "$d/src" "$IMGUI_DIR"
  echo "$IMGUI_VERSION" > "$IMGUI_DIR/.version"
  rm -rf "$d"
else
  log "imgui $IMGUI_VERSION present"
fi

# --- npm packages (playwright-core for browser tests, data packages for gazetteers) ---
if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.lede-lock ] || ! cmp -s package-lock.json node_modules/.lede-lock; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.lede-lock
  else
    log "node_modules up to date"
  fi
fi
log "done"
