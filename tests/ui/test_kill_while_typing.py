"""kill -9 while the facilitator is typing: at most the last second is lost.

The app runs in a child process (offscreen) with a fake clock: ten keys a
second go into the note field, then the child stops dead, with no event loop
left to flush anything, and is killed. The parent reads the SQLite file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import platforms

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Le refus est aussi une demande : garder le lien sans forcer, voir avec la CAF."

CHILD = textwrap.dedent(
    f"""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from tests.helpers.clock import FakeClock
    from app.protocols import load_catalog
    from app.session.store import Store
    from tests.ui.keyboard import press, type_text
    from ui.main import TourDeTable

    app = QApplication([])
    clock = FakeClock()
    store = Store.open(Path(sys.argv[1]))
    main = TourDeTable(store, load_catalog(), "fr", clock, use_audio=False)
    screens = main.start_demo()
    while QApplication.activeWindow() is not screens.console:
        app.processEvents()
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_N)
    for char in {TYPED!r}:
        type_text(char)
        clock.advance(0.1)
    print("typed", flush=True)
    time.sleep(600)  # frozen: no timer, no close event, nothing flushed
    """
)


@platforms.SIGKILL
def test_kill_9_while_typing_loses_at_most_the_last_second(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "typed", child.stderr.read() if child.stderr else ""
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    raw = sqlite3.connect(data / "tourdetable.db")
    texts = [t for (t,) in raw.execute("select text from notes")]
    raw.close()
    assert len(texts) == 1
    saved = texts[0]
    assert TYPED.startswith(saved)
    assert len(TYPED) - len(saved) <= 10  # ten keys a second: at most the last second
