"""Figures for the targets that matter in a meeting room. Prints, asserts nothing.

    .venv/bin/python benchmarks/run.py

- commit latency of one event (it runs on the GUI thread: it must be small);
- cost of one projection frame (snapshot + full render) at 1920×1080, offscreen,
  and what 10 frames a second cost in CPU;
- resume time of a long session (replaying its event log).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.clock import FakeClock
from app.demo import demo_setup
from app.live import LiveSession
from app.protocols import load_catalog
from app.store.repository import Store


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1]
    return f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def bench_commits(store: Store) -> int:
    clock = FakeClock()
    live = LiveSession(store, store.create_session(demo_setup(load_catalog()), 0), clock)
    live.start()
    people = [p.id for p in live.engine.people]
    timings = []
    for i in range(1500):
        clock.advance(7)
        started = time.perf_counter()
        live.give_floor(people[i % len(people)])
        timings.append(time.perf_counter() - started)
    print(f"event commit (synchronous=FULL, WAL), 1500 events: {ms(timings)}")
    return live.id


def bench_resume(store: Store, session_id: int) -> None:
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        LiveSession(store, session_id, FakeClock())
        timings.append(time.perf_counter() - started)
    print(f"resume a session of 1500 events: {ms(timings)}")


def bench_frames(store: Store) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.controller import SessionController
    from ui.projection import ProjectionWindow

    app = QApplication.instance() or QApplication([])
    clock = FakeClock()
    live = LiveSession(store, store.create_session(demo_setup(load_catalog()), 0), clock)
    controller = SessionController(live, "fr")
    projection = ProjectionWindow(controller)
    projection.resize(1920, 1080)
    projection.show()
    live.start()
    live.give_floor(live.engine.people[2].id)
    timings = []
    cpu_start = time.process_time()
    for _ in range(300):
        clock.advance(0.1)
        started = time.perf_counter()
        controller.refresh()
        projection.grab()  # a full render, as a real frame would cost
        timings.append(time.perf_counter() - started)
    cpu = time.process_time() - cpu_start
    print(f"projection frame at 1920x1080 (snapshot + full render): {ms(timings)}")
    print(f"CPU for 10 frames a second: {cpu / 30 * 100:.1f} % of one core")
    controller.stop()
    del app


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        session_id = bench_commits(store)
        bench_resume(store, session_id)
        bench_frames(store)
        store.close()


if __name__ == "__main__":
    main()
