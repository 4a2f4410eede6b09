#!/usr/bin/env bash
# Sets up briefdeck on a fresh machine: a Chromium for export (and poppler for the tests), then npm packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

have_chromium() {
  [ -n "${BRIEFDECK_CHROMIUM:-}" ] && [ -x "${BRIEFDECK_CHROMIUM}" ] && return 0
  for c in chromium chromium-browser google-chrome google-chrome-stable; do command -v "$c" >/dev/null 2>&1 && return 0; done
  return 1
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

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
