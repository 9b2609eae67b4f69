#!/usr/bin/env bash
# Smoke test of a built bundle: BIN is dist/tourdetable/tourdetable.
set -euo pipefail
BIN=$(realpath "$1")
DATA=$(mktemp -d)
OUT=$(mktemp -d)
cd "$OUT"  # nowhere near the sources: the bundle must find its own files
env -i HOME="$HOME" PATH=/usr/bin:/bin "$BIN" --version
env -i HOME="$HOME" PATH=/usr/bin:/bin "$BIN" --data-dir "$DATA" protocols | grep -q codev-anact
# The app itself, offscreen: the demo session, then the prep window.
for mode in "--demo" "prep"; do
  env -i HOME="$HOME" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    "$BIN" --data-dir "$DATA" $mode > "$OUT/app.log" 2>&1 &
  pid=$!
  sleep 8
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the app ($mode) stopped by itself:"; cat "$OUT/app.log"; exit 1
  fi
  kill "$pid"; wait "$pid" || true
done
env -i HOME="$HOME" PATH=/usr/bin:/bin "$BIN" --data-dir "$DATA" sessions --json | grep -q '"id": 1'
env -i HOME="$HOME" PATH=/usr/bin:/bin "$BIN" --data-dir "$DATA" export 1 --pdf "$OUT/sheet.pdf"
head -c 5 "$OUT/sheet.pdf" | grep -q '%PDF-'
# ReportLab imports its C accelerator by name: without it the sheet takes twice as long.
if ! find "$(dirname "$BIN")" -name '_rl_accel*' | grep -q .; then
  echo "ReportLab's accelerator (_rl_accel) is missing from the bundle"; exit 1
fi
echo "bundle smoke test passed"
