"""With a projector attached, the projection goes there, full screen, by itself.

Qt's offscreen platform can fake two screens; the test runs in its own process
because the screens are fixed when the QApplication starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Both scripts start the demo on fake screens and wait for the room's window,
# which follows the console's first paint.
START = """
    import tempfile
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from tests.helpers.clock import FakeClock
    from app.protocols import load_catalog
    from app.session.store import Store
    from ui.main import TourDeTable
    app = QApplication([])
    store = Store.open(Path(tempfile.mkdtemp()) / "d")
    main = TourDeTable(store, load_catalog(), "fr", FakeClock(), use_audio=False)
    screens = main.start_demo()
    p = screens.projection
    for _ in range(200):
        app.processEvents()
        if p.isVisible():
            break
"""

SCRIPT = textwrap.dedent(
    START
    + """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    console = screens.console.screen().name()
    print(p.screen().name(), p.isFullScreen(), p.geometry().width(), console)
    QTest.keyClick(screens.console, Qt.Key.Key_F11)  # back to a window, movable
    print(p.isFullScreen())
    main.shutdown()
    store.close()
    """
)


def run(tmp_path: Path, screens: list[dict[str, object]], script: str | None = None) -> list[str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    # Named relative to the child's folder: Qt splits the platform's options at
    # each colon, and a Windows path's drive ("C:\\…") made the child abort.
    platform = "offscreen:configfile=screens.json"
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script or SCRIPT],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


def screen(name: str, x: int, width: int, height: int) -> dict[str, object]:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


def test_projection_takes_the_second_screen_full_screen(tmp_path) -> None:
    lines = run(tmp_path, [screen("laptop", 0, 1366, 768), screen("projector", 1366, 1920, 1080)])
    assert lines[0] == "projector True 1920 laptop"
    assert lines[1] == "False"


def test_with_one_screen_the_projection_is_a_window(tmp_path) -> None:
    lines = run(tmp_path, [screen("laptop", 0, 1920, 1080)])
    name, fullscreen, _width, _console = lines[0].split()
    assert (name, fullscreen) == ("laptop", "False")


HOTPLUG = textwrap.dedent(
    START
    + """
    laptop, projector = QGuiApplication.screens()
    print(p.screen().name(), p.isFullScreen())
    # The projector's cable pulled out mid-session.
    real = QGuiApplication.screens
    QGuiApplication.screens = staticmethod(lambda: [laptop])
    app.screenRemoved.emit(projector)
    app.processEvents()
    print(p.screen().name(), p.isFullScreen(), p.width())
    # Plugged back in.
    QGuiApplication.screens = real
    app.screenAdded.emit(projector)
    app.processEvents()
    print(p.screen().name(), p.isFullScreen())
    main.shutdown()
    store.close()
    """
)


def test_the_projection_follows_a_projector_plugged_out_and_in(tmp_path) -> None:
    layout = [screen("laptop", 0, 1366, 768), screen("projector", 1366, 1920, 1080)]
    lines = run(tmp_path, layout, HOTPLUG)
    assert lines[0] == "projector True"
    # Unplugged: a window on the laptop, never full screen over the console.
    assert lines[1].startswith("laptop False 960")
    assert lines[2] == "projector True"
