"""Refresh the translation sources and build the .qm files the app loads.

    python packaging/translations.py            # lupdate + lrelease
    python packaging/translations.py --fill F   # also fill from a Python dict FR in file F

Source strings are English; French is the default language of the app, so
every string must have a French translation: tests/ui/test_translations.py
fails on any that is missing.
"""

from __future__ import annotations

import argparse
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tourdetable_fr.ts"
# Qt's own tools, inside the PySide6 package on every system (pip's pyside6-*
# launchers are only wrappers, and elsewhere on Windows).
BIN = Path(PySide6.__file__).resolve().parent


def fill(ts: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts)
    missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing += 1
            print(f"untranslated: {source}")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path)
    args = parser.parse_args()
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))  # every window, in its folder
    subprocess.run([BIN / "lupdate", *sources, "-ts", str(TS), "-no-obsolete"], check=True)
    missing = 0
    if args.fill:
        missing = fill(TS, runpy.run_path(str(args.fill))["FR"])
    subprocess.run([BIN / "lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
