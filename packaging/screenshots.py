"""Screenshots for the README, taken from the real windows.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python packaging/screenshots.py

Drives the demo session with a fake clock to a telling moment (the questions
step, in its last minute, someone speaking) and saves the console and the
projection at 1920×1080 in docs/screenshots/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.clock import FakeClock
from app.protocols import load_catalog
from app.store.repository import Store
from ui.i18n import install_translator
from ui.main import TourDeTable
from ui.theme import load_fonts

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    app = QApplication(sys.argv)
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    install_translator(app, lang)
    load_fonts()
    clock = FakeClock()
    store = Store.open(Path(tempfile.mkdtemp()) / "data")
    tdt = TourDeTable(store, load_catalog(), lang, clock, use_audio=False)
    screens = tdt.start_demo()
    c = screens.controller
    c.toggle_running()
    clock.advance(5 * 60)
    c.next_step()
    c.floor_by_position(1)
    clock.advance(12 * 60)
    c.next_step()
    for position, seconds in ((2, 240), (3, 300), (5, 150), (2, 200), (3, 170)):
        c.floor_by_position(position)
        clock.advance(seconds)
    console = screens.console
    console.note_edit.setText("? Depuis quand appelle-t-il l’accueil ?")
    console.save_note_draft()
    console.draft.finish()
    console.note_edit.setText("~ Il teste la fiabilité du lien")
    console.save_note_draft()
    console.draft.finish()
    console.note_edit.clear()
    c.refresh()
    for window in (console, screens.projection):
        window.showNormal()
        window.setGeometry(0, 0, 1920, 1080)
    screens.projection.flash_cover.hide()
    for _ in range(5):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    console.grab().save(str(OUT / f"console-{lang}.png"))
    screens.projection.grab().save(str(OUT / f"projection-{lang}.png"))
    # The round at the end, for the projection's round view.
    for _ in range(4):
        c.next_step()
    c.floor_by_position(2)
    clock.advance(50)
    c.refresh()
    app.processEvents()
    screens.projection.grab().save(str(OUT / f"projection-round-{lang}.png"))
    tdt.shutdown()
    store.close()
    print(f"saved in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
