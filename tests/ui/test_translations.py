"""Every user-visible string goes through Qt's translation system, and French
(the default) has a translation for each of them."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from PySide6.QtCore import QLocale

from ui.i18n import choose_language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tourdetable_fr.ts"


def test_every_string_in_the_code_has_a_french_translation(tmp_path) -> None:
    fresh = tmp_path / "fr.ts"
    shutil.copy(TS, fresh)
    # Qt's own tool, inside the package on every system (pip's pyside6-lupdate
    # is a wrapper, put elsewhere on Windows, and its launcher fails under Wine).
    lupdate = Path(PySide6.__file__).resolve().parent / "lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))  # every window, in its folder
    subprocess.run(
        [lupdate, *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(fresh).getroot().iter("message")
        if m.find("translation") is not None
        and (m.find("translation").get("type") == "unfinished" or not m.findtext("translation"))
    ]
    assert untranslated == []
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 1


def test_language_choice() -> None:
    assert choose_language("en") == "en"
    assert choose_language(None, QLocale(QLocale.Language.French)) == "fr"
    assert choose_language(None, QLocale(QLocale.Language.English)) == "en"
    assert choose_language(None, QLocale(QLocale.Language.German)) == "fr"


def test_qt_own_buttons_speak_french(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
        | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Oui", "Non", "Annuler"}
