#!/usr/bin/env bash
# The test suite under Windows Python, under Wine: the Windows CPython that
# build_msi.sh sets up (it sets it up if needed), with the test extras.
#
#   bash packaging/windows/test_windows.sh [pytest arguments]
#
# Tests that are Linux by nature are skipped on Windows, each with its reason
# (tests/helpers/platforms.py); the run ends with pytest's summary of them.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/windows/wine.sh
source packaging/windows/wine.sh

WORK=${TDT_WINDOWS_WORK:-$PWD/build/windows}
need_debian_packages
export WINEPREFIX=$WORK/prefix
windows_python "$WORK"
PY=$WORK/python/python.exe
cert=()
[ -n "${PIP_CERT:-}" ] && cert=(--cert "$(winepath -w "$PIP_CERT")")
win "$PY" -m pip install -q --no-warn-script-location --disable-pip-version-check "${cert[@]}" \
  -c constraints.txt '.[test]'
# No server for the PostgreSQL tests here, and not CI's rule that one must be.
unset CI
export QT_QPA_PLATFORM=offscreen
# The sources, not the copy pip installed, are what is tested.
win "$PY" -m pytest -p no:cacheprovider -q -rs --basetemp "$(winepath -w "$(mktemp -d)")" "$@"
