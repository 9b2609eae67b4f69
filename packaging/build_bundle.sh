#!/usr/bin/env bash
# Build the one-folder bundle with PyInstaller in a clean venv, then smoke-test it
# as a facilitator would use it: it starts, creates a store, exports a PDF and
# opens the prep window, with no Python on the path.
#   bash packaging/build_bundle.sh        (Linux; the bundle lands in dist/tourdetable/)
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv build/bundle-venv
build/bundle-venv/bin/pip install -q -c constraints.txt . "pyinstaller==6.22.3" "pyinstaller-hooks-contrib==2026.9"
started=$(date +%s)
build/bundle-venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/tourdetable.spec
echo "built in $(( $(date +%s) - started )) s, $(du -sh dist/tourdetable | cut -f1)"
bash packaging/smoke_bundle.sh dist/tourdetable/tourdetable
