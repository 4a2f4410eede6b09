#!/usr/bin/env bash
# Sets up briefdeck on a fresh machine: a Chromium for export (and, for the tests, poppler and LibreOffice Impress),
# then npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Node: Slidev's Vite 8 and rolldown need 20.19 or later in the 20 line, or 22.12 or later (package.json's engines).
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a === 20 ? (b >= 19 ? 0 : 1) : a === 21 ? 1 : a >= 22 && (a > 22 || b >= 12) ? 0 : 1)'
}
if ! node_ok; then
  echo "briefdeck setup: briefdeck needs Node.js 20.19 or later, or 22.12 or later (found: $(node --version 2>/dev/null || echo none))." >&2
  echo "Install the current LTS, Node 24 (https://nodejs.org, or your version manager: nvm install 24, fnm install 24), then run npm start again." >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 22 ]; then
  echo "briefdeck setup: Node $(node --version) works, but Node 20 is past its end of life and some of Slidev's packages ask for Node 22 (npm prints EBADENGINE warnings for them); Node 24, the current LTS, is supported and exports faster." >&2
fi

have_chromium() {
  [ -n "${BRIEFDECK_CHROMIUM:-}" ] && [ -x "${BRIEFDECK_CHROMIUM}" ] && return 0
  for c in chromium chromium-browser google-chrome google-chrome-stable; do command -v "$c" >/dev/null 2>&1 && return 0; done
  return 1
}

# The tests open the PowerPoint file in LibreOffice Impress, which must read the SVG pictures in it (7.6 and later;
# 7.4 shows their PNG stand-ins instead).
soffice_bin() {
  [ -n "${BRIEFDECK_SOFFICE:-}" ] && [ -x "${BRIEFDECK_SOFFICE}" ] && { echo "${BRIEFDECK_SOFFICE}"; return 0; }
  for c in soffice libreoffice; do command -v "$c" 2>/dev/null && return 0; done
  return 1
}
libreoffice_reads_svg() {
  local bin version major minor
  bin=$(soffice_bin) || return 1
  version=$("$bin" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+' | head -n 1)
  [ -n "$version" ] || return 1
  major=${version%%.*}
  minor=${version#*.}
  [ "$major" -gt 7 ] || { [ "$major" -eq 7 ] && [ "$minor" -ge 6 ]; }
}

missing=()
have_chromium || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list : family 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
fc-list : family 2>/dev/null | grep -i "Noto Color Emoji" >/dev/null || missing+=(fonts-noto-color-emoji)
fc-list : family 2>/dev/null | grep -i 'Noto Sans' >/dev/null || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "briefdeck setup: installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "briefdeck setup: please install ${missing[*]} (a Chromium or Chrome for PDF export; poppler-utils for the tests)," >&2
    echo "or point BRIEFDECK_CHROMIUM at a Chrome/Chromium binary. Continuing without it." >&2
  fi
fi

if ! libreoffice_reads_svg; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
    target=()
    if [ "$codename" = "bookworm" ]; then
      # Debian 12 ships LibreOffice 7.4; Debian's own backport of a current release reads SVG pictures.
      if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo "briefdeck setup: adding Debian's bookworm-backports to apt's sources (for LibreOffice Impress)" >&2
        printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' |
          $sudo tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
      fi
      target=(-t bookworm-backports)
    fi
    echo "briefdeck setup: installing libreoffice-impress ${target[*]} with apt-get (for the tests)" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${target[@]}" libreoffice-impress >/dev/null
  else
    echo "briefdeck setup: the tests need LibreOffice Impress 7.6 or later (soffice on the PATH, or BRIEFDECK_SOFFICE=/path/to/soffice)." >&2
  fi
  libreoffice_reads_svg || echo "briefdeck setup: the LibreOffice found ($(soffice_bin || echo none)) does not read SVG pictures in PPTX files; the PPTX tests will fail." >&2
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Node 24 for the tests' smoke test (tests/node24): a package of its own, so that its node binary does not take
# the place of this machine's Node in npm's scripts.
if [ ! -d tests/node24/node_modules ] || [ tests/node24/package-lock.json -nt tests/node24/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/node24 --no-audit --no-fund >/dev/null
fi
