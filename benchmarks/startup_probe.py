"""Started by benchmarks/run.py: prints the wall-clock time at which a window is
first painted, then exits at once. Not a tool of its own.

    startup_probe.py bare|floor|home|demo DATA_DIR
    startup_probe.py idle-bare|idle-running SECONDS   # prints % of a core, wake-ups/s
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def painted() -> None:
    print(f"{time.time():.6f}", flush=True)
    os._exit(0)  # the figure is the first paint: no shutdown in it


def bare() -> None:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class Window(QMainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            painted()

    app = QApplication(sys.argv)
    window = Window()
    window.setCentralWidget(QLabel("Tour de table"))
    window.show()
    app.exec()


# What the demo's first paint touches of Qt, read off a real start (the types
# PySide6 had created by then): the floor pays for them as the console does.
FLOOR_TYPES = {
    "QtCore": "Qt QEvent QTimer QSocketNotifier QSettings QTranslator QLocale QObject",
    "QtGui": "QAccessible QAction QActionGroup QFont QFontDatabase QFontMetrics QKeySequence "
    "QPalette QPainter QIcon QColor QKeyEvent QCloseEvent QPaintEvent",
    "QtWidgets": "QStyle QSizePolicy QMessageBox QDialogButtonBox QInputDialog QDialog "
    "QProgressBar QScrollArea QStatusBar QListWidget QCheckBox QComboBox QGroupBox QLineEdit "
    "QMenu QGridLayout",
}
FLOOR_WIDGETS = 169  # the demo console's widget count at its first paint


def floor(data: str) -> None:
    """The stack's floor for the console: what showing a window of the console's
    size costs with none of the app's code. The libraries the core needs
    (msgspec, SQLite, tomllib), the Qt types the console touches, a WAL SQLite
    file written once, the console's number of widgets and its style sheet.
    Whatever the app's own code costs comes on top of this."""
    import importlib
    import sqlite3
    import tomllib  # noqa: F401 - the protocols' reader, paid by a start as by the floor

    import msgspec  # noqa: F401 - the core's typed records
    from PySide6 import QtWidgets as W

    for module, names in FLOOR_TYPES.items():
        qt = importlib.import_module(f"PySide6.{module}")
        for name in names.split():
            getattr(qt, name)

    class Window(W.QMainWindow):
        def paintEvent(self, event):  # type: ignore[no-untyped-def]
            super().paintEvent(event)
            painted()

    app = W.QApplication(sys.argv)
    folder = Path(data)
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / "floor.db")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS events(id INTEGER PRIMARY KEY, payload TEXT)")
    db.execute("INSERT INTO events(payload) VALUES ('{}')")
    db.commit()
    window = Window()
    window.setStyleSheet(
        'QWidget { font-family: "DejaVu Sans"; font-size: 11pt; } '
        "QPushButton { padding: 6px 12px; } QLabel#timer { font-size: 40pt; }"
    )
    root = W.QWidget()
    columns = W.QHBoxLayout(root)
    made = 1
    for column_number in range(3):
        column = W.QVBoxLayout()
        columns.addLayout(column)
        box = W.QGroupBox("box")
        W.QVBoxLayout(box).addWidget(W.QLabel("prompt"))
        for widget in (W.QListWidget(), W.QComboBox(), W.QLineEdit(), W.QCheckBox("x"), box):
            column.addWidget(widget)
        made += 12  # with the list's, the combo box's and the group box's own children
        while made < FLOOR_WIDGETS * (column_number + 1) // 3:
            row = W.QHBoxLayout()
            column.addLayout(row)
            row.addWidget(W.QLabel(f"label {made}"))
            row.addWidget(W.QPushButton(f"button {made}"))
            made += 2
    window.setCentralWidget(root)
    window.statusBar().showMessage("status")
    window.show()
    app.exec()


def app_window(kind: str, data: str) -> None:
    import ui.entry

    if kind == "home":
        from ui.home.home import HomeWindow as Target
    else:
        from ui.session.console import ConsoleWindow as Target  # type: ignore[assignment]

    def paint_event(self, event):  # type: ignore[no-untyped-def]
        painted()

    Target.paintEvent = paint_event  # type: ignore[method-assign]
    argv = ["--data-dir", data] + (["--demo"] if kind == "demo" else [])
    ui.entry.main(argv)


def measure_idle(kind: str, seconds: float) -> None:
    """CPU and wake-ups of the event loop alone, once the windows are up."""
    import resource
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    keep: list[object] = []
    if kind == "idle-bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Tour de table"))
        window.show()
        keep.append(window)
    else:
        from app.protocols import load_catalog
        from app.session.store import Store
        from ui.main import TourDeTable
        from ui.theme import load_fonts

        load_fonts()
        store = Store.open(Path(tempfile.mkdtemp()) / "data")
        main = TourDeTable(store, load_catalog(), "fr", use_audio=False)
        screens = main.start_demo()
        screens.projection.showNormal()
        screens.projection.resize(1920, 1080)
        screens.controller.timing.toggle_running()
        screens.controller.floor.floor_by_position(2)
        keep.extend([store, main])
    for _ in range(20):
        app.processEvents()

    def report() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = usage.ru_utime + usage.ru_stime - start[0]
        wakes = usage.ru_nvcsw + usage.ru_nivcsw - start[1]
        elapsed = time.perf_counter() - start[2]
        print(f"{cpu / elapsed * 100:.3f} {wakes / elapsed:.1f}", flush=True)
        os._exit(0)

    usage = resource.getrusage(resource.RUSAGE_SELF)
    start = (usage.ru_utime + usage.ru_stime, usage.ru_nvcsw + usage.ru_nivcsw, time.perf_counter())
    QTimer.singleShot(int(seconds * 1000), report)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "floor":
        floor(sys.argv[2])
    elif sys.argv[1].startswith("idle"):
        measure_idle(sys.argv[1], float(sys.argv[2]))
    else:
        app_window(sys.argv[1], sys.argv[2])
