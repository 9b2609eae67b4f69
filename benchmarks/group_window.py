"""The group window of a 50-session cycle: how long the GUI thread is busy
opening it and redrawing it after an action, while the cycle's figures (every
session replayed) and the bilan are built on a worker thread. Prints figures;
asserts nothing. Goal (issue "one road"): a redraw in 50 ms of GUI-thread time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/group_window.py [--sessions 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.group.ops import actions as ops  # noqa: E402
from app.session.store import Store  # noqa: E402
from benchmarks.big_store import build_big_store  # noqa: E402
from ui.operations import Operations  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--events", type=int, default=400, help="events per session")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    from ui.group.group_window import GroupWindow

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        build_big_store(data, args.sessions, args.sessions * args.events, groups=1)
        store = Store.open(data)
        cycles = store.cycles
        [(group_id, name)] = cycles.group_ids()
        cycle_id = cycles.create_cycle(
            cycles.group_id(name), "codev-anact", "2027", args.sessions, 0.0
        )
        for session in store.sessions_of_group(store.cycles.group_id(name)):
            cycles.attach_session(session.id, cycle_id)
        operations = Operations(store)

        started = time.perf_counter()
        window = GroupWindow(operations, group_id, "fr", 0.0)
        window.show()
        QCoreApplication.processEvents()
        opened = time.perf_counter() - started

        figures_started = time.perf_counter()
        while window.bilan.heard.count() == 0 and time.perf_counter() - figures_started < 120:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        figures = time.perf_counter() - figures_started

        redraws = []
        for n in range(10):  # an action on a member: what the window redraws after it
            started = time.perf_counter()
            operations.write(
                lambda s, n=n: ops.add_member(s, group_id=group_id, name=f"Membre {n}", wall=0.0),
                origin=window,
            )
            QCoreApplication.processEvents()
            redraws.append(time.perf_counter() - started)
        full = []
        for _ in range(5):  # everything read and drawn again (a session deleted)
            started = time.perf_counter()
            window.refresh(figures=False)
            QCoreApplication.processEvents()
            full.append(time.perf_counter() - started)

        bilan = Path(folder) / "bilan.pdf"
        started = time.perf_counter()
        job = operations.read_in_background(
            lambda s: ops.export_bilan(
                s, cycle_id=cycle_id, criteria=[], lang="fr", path=bilan, third_parties={}
            ),
            done=lambda _path: None,
        )
        while job in operations.jobs:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        built = time.perf_counter() - started
        operations.wait_for_jobs()
        window.close()
        store.close()
    print(f"group window, a cycle of {args.sessions} sessions ({args.events} events each)")
    print(f"  opened and painted (GUI thread)           {ms(opened)}")
    print(
        f"  a member added, redrawn (GUI thread)      p50 {ms(statistics.median(redraws))}, "
        f"max {ms(max(redraws))}   goal ≤ 50 ms"
    )
    print(f"  everything redrawn (GUI thread)           p50 {ms(statistics.median(full))}")
    print(
        f"  the cycle's figures, on a worker thread   {ms(figures)} (the window answers meanwhile)"
    )
    print(f"  the bilan PDF, on a worker thread         {ms(built)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
