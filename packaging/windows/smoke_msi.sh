#!/usr/bin/env bash
# The MSI installed as an IT department installs it, silently, in a new Wine
# prefix, then used: --version, the demo console drawn (a screenshot), its
# synthesis sheet exported as a PDF, prep mode opened from a prep file's double
# click (the file association), a newer version over it (one product left),
# and a clean uninstall. Exits 0 only when every one of these holds.
#
#   bash packaging/windows/smoke_msi.sh dist/TourDeTable-<version>.msi [SHOTS_DIR]
#
# SHOTS_DIR (default build/windows/screenshots) receives the screenshots.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
# shellcheck source=packaging/windows/wine.sh
source packaging/windows/wine.sh
export -f win

MSI=$(realpath "${1:?the MSI to check}")
SHOTS=$(realpath -m "${2:-build/windows/screenshots}")
VERSION=$(project_version)
need_debian_packages
mkdir -p "$SHOTS"

TMP=$(mktemp -d)
export WINEPREFIX=$TMP/prefix
XVFB_PID=
cleanup() {
  wineserver -k 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

failed=0
msi() {  # msi /i|/x FILE: silently, its log kept and shown if it fails
  local log=$TMP/msiexec-$RANDOM.log
  if win msiexec "$1" "$(winepath -w "$2")" /qn /l*v "$(winepath -w "$log")"; then return 0; fi
  echo "     msiexec $1 failed; its log ends:"
  tr -d '\000' <"$log" | tail -15 | sed 's/^/     /'  # Windows may write it in UTF-16
  return 1
}
check() {  # check "what is promised" command...: one line per promise
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failed=1; fi
}

# A laptop's screen, there before the prefix is made: Wine takes its desktop's
# size from the display it first meets (made without one, it kept 1024×768 and
# cut the console's first window to it).
Xvfb :93 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=:93
sleep 1
new_prefix
C=$WINEPREFIX/drive_c
INSTALLED="$C/Program Files/Tour de table"
APP='C:\Program Files\Tour de table\tourdetable.exe'
CLI='C:\Program Files\Tour de table\tourdetable-cli.exe'
DATA=$TMP/data && mkdir -p "$DATA"
WDATA=$(winepath -w "$DATA")

# -- installed silently, per machine --------------------------------------------
check "the MSI is per machine (ALLUSERS=1)" \
  bash -c "msiinfo export '$MSI' Property | grep -qP '^ALLUSERS\t1'"
check "a silent install (msiexec /i … /qn) succeeds" msi /i "$MSI"
check "the program is in Program Files" test -f "$INSTALLED/tourdetable.exe"
check "and its command line beside it" test -f "$INSTALLED/tourdetable-cli.exe"
# Wine's msiexec puts a per-machine package's shortcuts in the user's Start menu;
# Windows puts them in ProgramData's. Either is the Start menu.
shortcut() { find "$C" -path "*Start Menu/Programs/Tour de table/$1" | grep -q .; }
check "a Start menu entry" shortcut "Tour de table.lnk"
check "a Start menu entry for prep mode" shortcut "Préparer mon exposé.lnk"
association() {  # association .ext ProgId: the extension, and the program that opens it
  win reg query "HKLM\\Software\\Classes\\$1" | grep -q "$2" &&
    win reg query "HKLM\\Software\\Classes\\$2\\shell\\open\\command" | grep -q 'tourdetable.exe'
}
check ".tdtprep files open in the app" association .tdtprep TourDeTable.Prep
check ".tdtgroup files open in the app" association .tdtgroup TourDeTable.Group

# -- the installed program ------------------------------------------------------
said=$(win "$CLI" --version | tr -d '\r')
check "--version says $VERSION (it said: $said)" test "$said" = "tourdetable $VERSION"

window() {  # window TITLE_PATTERN SECONDS: waits until a window so named is mapped
  local i
  for ((i = 0; i < $2; i++)); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}
drawn() {  # a screenshot with something drawn on it: many colours, not a blank screen
  import -window root "$1" && [ "$(convert "$1" -format %k info:)" -gt 64 ]
}
stop_app() {
  win "$CLI" --version >/dev/null  # keeps the prefix's server up for the next step
  wineserver -k 2>/dev/null || true
  wineserver -w 2>/dev/null || true
}

# In French, as our users' Windows is (kept for the next start: prep mode below).
(win "$APP" --data-dir "$WDATA" --demo --lang fr >"$TMP/demo.log") 2>/dev/null &
check "the demo console is drawn" window "Tilleuls" 90
sleep 10  # its first paint, its size, then the room's window behind it
whole() {  # the console's window: the screen's width, all on it (not Wine's 1024 pixels)
  local id geometry
  id=$(xdotool search --onlyvisible --name "Tilleuls" | head -1)
  geometry=$(xwininfo -id "$id" | awk '/Absolute upper-left X/ {x=$NF} /Width/ {w=$NF} END {print x, w}')
  read -r x w <<<"$geometry"
  echo "     (the console's window: $w pixels wide from x=$x)"
  [ "$w" -ge 1280 ] && [ $((x + w)) -le 1366 ]
}
check "the console is as wide as the laptop's screen, all on it" whole
check "a screenshot of it ($SHOTS/windows-demo-console.png)" drawn "$SHOTS/windows-demo-console.png"
stop_app

sessions=$(win "$CLI" --data-dir "$WDATA" sessions --json | tr -d '\r')
check "the demo session is in its store" grep -q '"id": 1' <<<"$sessions"
OUT=$TMP/documents && mkdir -p "$OUT"  # never inside the data folder: the app refuses
win "$CLI" --data-dir "$WDATA" export 1 --pdf "$(winepath -w "$OUT")\\synthese.pdf" || true
check "its synthesis sheet is a PDF" bash -c "head -c 5 '$OUT/synthese.pdf' | grep -q '%PDF-'"
check "which names the demo's group" \
  bash -c "pdftotext '$OUT/synthese.pdf' - | grep -q 'Groupe des Tilleuls'"
# The relevé reads the word lists (resources/names: first names, places, the
# compressed lexicon) to find third parties: they must be in the bundle.
win "$CLI" --data-dir "$WDATA" export 1 --anonymize --accept-suggestions \
  --pdf "$(winepath -w "$OUT")\\releve.pdf" || true
check "its relevé for management, the names checked by the word lists" \
  bash -c "pdftotext '$OUT/releve.pdf' - | grep -q 'Relevé'"

printf '{"format": "tourdetable-prep", "version": 1, "title": "Un usager en rupture", "narrator": "Karim"}' \
  >"$DATA/Mon exposé.tdtprep"
# As a double click does: Windows' shell finds the program by the file's type.
(win start /unix "$DATA/Mon exposé.tdtprep" >"$TMP/prep.log") 2>/dev/null &
check "a prep file double-clicked opens prep mode" window "mon expos" 90
sleep 10
check "a screenshot of it ($SHOTS/windows-prep.png)" drawn "$SHOTS/windows-prep.png"
stop_app

# -- a newer version replaces it; then it is removed --------------------------------
products() {  # how many Tour de table products Windows knows as installed
  win reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s |
    grep -c 'DisplayName.*Tour de table' || true
}
next=$(echo "$VERSION" | awk -F. '{print $1 "." $2 "." $3 + 1}')
UPGRADE=$(dirname "$MSI")/../build/windows/upgrade-test-$next.msi
[ -f "$UPGRADE" ] || UPGRADE=$ROOT/build/windows/upgrade-test-$next.msi
if [ -f "$UPGRADE" ]; then
  check "version $next installs over $VERSION" msi /i "$UPGRADE"
  check "and replaces it: one product installed" test "$(products)" = 1
  check "the newer one" bash -c "win reg query 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' /s | grep -q 'DisplayVersion.*$next'"
  check "a silent uninstall succeeds" msi /x "$UPGRADE"
else
  echo "skip the upgrade: no $UPGRADE (build_msi.sh makes it)"
  check "a silent uninstall succeeds" msi /x "$MSI"
fi
check "no product left" test "$(products)" = 0
check "no program left in Program Files" test ! -e "$INSTALLED/tourdetable.exe"
check "no Start menu entry left" bash -c "! find '$C' -path '*Start Menu/Programs/Tour de table*' -name '*.lnk' | grep -q ."
check "no file association left" bash -c "! win reg query 'HKLM\\Software\\Classes\\.tdtprep' >/dev/null"

if [ "$failed" = 0 ]; then echo "MSI smoke test passed"; else echo "MSI smoke test FAILED"; fi
exit "$failed"
