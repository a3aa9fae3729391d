#!/usr/bin/env bash
# Renders an attune-report HTML file in headless Chromium and checks the screenshot is real.
# usage: render_check.sh REPORT.html OUT.png      exit 0 ok, 1 failed, 77 chromium not installed
set -u
report=${1:?usage: render_check.sh REPORT.html OUT.png}
out=${2:?usage: render_check.sh REPORT.html OUT.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render_check: chromium is not installed; skipping" >&2
  exit 77
fi
[ -f "$report" ] || { echo "render_check: no such report: $report" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1200,1600 "file://$abs" \
  >/dev/null 2>&1
[ -f "$out" ] || { echo "render_check: chromium wrote no screenshot" >&2; exit 1; }
size=$(stat -c %s "$out")
# A blank 1200x1600 page compresses to a few kB; a page with text and charts is far bigger.
if [ "$size" -lt 40000 ]; then
  echo "render_check: screenshot is only $size bytes; the page looks empty" >&2
  exit 1
fi
echo "render_check: $out ($size bytes)"
