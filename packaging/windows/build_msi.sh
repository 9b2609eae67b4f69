#!/usr/bin/env bash
# The Windows installer, built on Linux: a Windows CPython under Wine installs
# the pinned dependencies (constraints.txt) and PyInstaller builds the bundle
# from the same spec as on Linux; Debian's wixl then makes the MSI.
#
#   bash packaging/windows/build_msi.sh   →  dist/TourDeTable-<version>.msi
#
# Downloads about 400 MB the first time (the Windows CPython, 27 MB, and the
# Windows wheels); kept in build/windows/ for the next run. Then:
#   bash packaging/windows/smoke_msi.sh dist/TourDeTable-<version>.msi
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
# shellcheck source=packaging/windows/wine.sh
source packaging/windows/wine.sh

WORK=${TDT_WINDOWS_WORK:-$ROOT/build/windows}
PYINSTALLER=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9)

need_debian_packages
VERSION=$(project_version)
started=$(date +%s)
mkdir -p dist
export WINEPREFIX=$WORK/prefix

# 1. The Windows CPython (wine.sh), in a Wine prefix of its own.
windows_python "$WORK"
PY=$WORK/python/python.exe

# 2. The app and its pinned dependencies, as Windows wheels.
cert=()
[ -n "${PIP_CERT:-}" ] && cert=(--cert "$(winepath -w "$PIP_CERT")")  # a TLS proxy's CA
win "$PY" -m pip install -q --no-warn-script-location --disable-pip-version-check "${cert[@]}" \
  -c constraints.txt . "${PYINSTALLER[@]}"

# 3. The bundle. The Universal C runtime's api-ms-win-crt-* libraries are part of
# Windows 10; Wine resolves them itself, PyInstaller warns it did not find them.
rm -rf "$WORK/dist" "$WORK/pyinstaller"
win "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$(winepath -w "$WORK/dist")" --workpath "$(winepath -w "$WORK/pyinstaller")" \
  packaging/pyinstaller/tourdetable.spec | grep -v -e "api-ms-win-" -e "^ *$" || true
BUNDLE=$WORK/dist/tourdetable
[ -f "$BUNDLE/tourdetable.exe" ] && [ -f "$BUNDLE/tourdetable-cli.exe" ] || {
  echo "PyInstaller made no bundle" >&2
  exit 1
}
if find "$BUNDLE" -iname icuuc.dll -o -iname bcryptprimitives.dll | grep .; then
  echo "a Wine stand-in went into the bundle: it must never be shipped" >&2
  exit 1
fi
said=$(win "$BUNDLE/tourdetable-cli.exe" --version | tr -d '\r')
[ "$said" = "tourdetable $VERSION" ] || { echo "the bundle says: $said" >&2; exit 1; }

# 4. The MSI: the bundle's files harvested, then the package around them.
python3 packaging/windows/harvest.py "$BUNDLE" "$WORK/files.wxs"
MSI=dist/TourDeTable-$VERSION.msi
wixl -a x64 -D Version="$VERSION" -o "$MSI" packaging/windows/tourdetable.wxs "$WORK/files.wxs"
# The same files as a later version, for the smoke test's upgrade (never shipped).
next=$(echo "$VERSION" | awk -F. '{print $1 "." $2 "." $3 + 1}')
wixl -a x64 -D Version="$next" -o "$WORK/upgrade-test-$next.msi" \
  packaging/windows/tourdetable.wxs "$WORK/files.wxs"

echo "built $MSI ($(du -h "$MSI" | cut -f1), bundle $(du -sh "$BUNDLE" | cut -f1)) in $(( $(date +%s) - started )) s"
