"""Started by benchmarks/run.py: prints the wall-clock time at which a window is
first painted, then exits at once. Not a tool of its own.

    startup_probe.py bare|home|demo DATA_DIR
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


def app_window(kind: str, data: str) -> None:
    import ui.entry

    if kind == "home":
        from ui.home import HomeWindow as Target
    else:
        from ui.console import ConsoleWindow as Target  # type: ignore[assignment]

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
        from app.store.repository import Store
        from ui.main import TourDeTable
        from ui.theme import load_fonts

        load_fonts()
        store = Store.open(Path(tempfile.mkdtemp()) / "data")
        main = TourDeTable(store, load_catalog(), "fr", use_audio=False)
        screens = main.start_demo()
        screens.projection.showNormal()
        screens.projection.resize(1920, 1080)
        screens.controller.toggle_running()
        screens.controller.floor_by_position(2)
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
    elif sys.argv[1].startswith("idle"):
        measure_idle(sys.argv[1], float(sys.argv[2]))
    else:
        app_window(sys.argv[1], sys.argv[2])
