"""Thirty consoles against one PostgreSQL server, each writing at a session's
pace with bursts, and a coordinator building bilans meanwhile: the commit
latency (key → committed on the server, through the local journal) printed as
p50/p99, against the same writes on the local file. Prints; asserts nothing.

    .venv/bin/python benchmarks/server_load.py            # 30 consoles, 60 events each (~1 min)
    .venv/bin/python benchmarks/server_load.py --quick    # 10 consoles, 20 events each

The server is a throwaway cluster (Debian's PostgreSQL) on a Unix socket of a
temporary folder, as the tests start it; goal: p99 ≤ 20 ms on this machine.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.protocols import load_catalog  # noqa: E402
from app.session.ops.live import LiveSession  # noqa: E402
from app.session.store import Store  # noqa: E402
from tests.conftest import make_setup  # noqa: E402
from tests.helpers import postgres  # noqa: E402
from tests.helpers.clock import FakeClock  # noqa: E402


def console(target: str, folder: str, events: int, seed: int, out: multiprocessing.Queue) -> None:
    """One console: a session, its keys at a session's pace (short gaps, and a
    burst of five now and then, as when a round goes fast)."""
    rng = random.Random(seed)
    commits: list[float] = []  # the server's (or the file's) own commit, apart
    write = Store.append_event

    def timed(self: Store, *args: object, **kwargs: object) -> None:
        started = time.perf_counter()
        write(self, *args, **kwargs)  # type: ignore[arg-type]
        commits.append(time.perf_counter() - started)

    Store.append_event = timed  # type: ignore[method-assign]
    if target.startswith("postgresql"):
        store = Store.open_server(target, journal_dir=Path(folder))
    else:
        store = Store.open(Path(folder))
    clock = FakeClock()
    live = LiveSession(store, store.create_session(make_setup(load_catalog()), clock.wall()), clock)
    live.start()
    people = [p.id for p in live.engine.people]
    times = []
    written = 0
    while written < events:
        burst = 5 if rng.random() < 0.15 else 1
        for _ in range(burst):
            clock.advance(rng.uniform(2, 40))
            started = time.perf_counter()
            live.give_floor(people[written % len(people)])
            times.append(time.perf_counter() - started)
            written += 1
        # A room's pace, ten to fifty times faster than a real one (a key every
        # 5 to 30 s there): 30 consoles stay far above what a service sees.
        time.sleep(rng.uniform(0.2, 1.0))
    live.end()
    store.close()
    out.put((times, commits))


def coordinator(url: str, stop: multiprocessing.Event, out: multiprocessing.Queue) -> None:
    """A coordinator meanwhile: the cycle's figures (what its bilan prints) built
    again and again over the sessions as the consoles write them."""
    from app.group.ops.figures import collect_cycle

    store = Store.open_server(url)
    while not store.summaries() and not stop.is_set():
        time.sleep(0.05)  # the first console has not created its group yet
    cycle = store.cycles.create_cycle(
        store.cycles.group_id("Groupe Alpha"), "codev-anact", "2027", 6, time.time()
    )
    attached: set[int] = set()
    built = 0
    while not stop.is_set():
        for summary in store.summaries():
            if summary.id not in attached and len(attached) < 6:
                store.cycles.attach_session(summary.id, cycle)
                attached.add(summary.id)
        collect_cycle(store, cycle)
        built += 1
        stop.wait(0.1)  # ten bilans a second: far more than a coordinator asks for
    store.close()
    out.put(built)


def run(
    target: str, consoles: int, events: int, *, with_coordinator: bool
) -> tuple[list[float], list[float], int]:
    out: multiprocessing.Queue = multiprocessing.Queue()
    stop = multiprocessing.Event()
    folder = tempfile.mkdtemp(prefix="tdt-load-")
    workers = [
        multiprocessing.Process(target=console, args=(target, f"{folder}/c{n}", events, n, out))
        for n in range(consoles)
    ]
    boss = None
    if with_coordinator:
        boss = multiprocessing.Process(target=coordinator, args=(target, stop, out))
        boss.start()
    for worker in workers:
        worker.start()
    times: list[float] = []
    commits: list[float] = []
    for _ in workers:
        keys, own = out.get(timeout=600)
        times += keys
        commits += own
    for worker in workers:
        worker.join()
    built = 0
    if boss is not None:
        stop.set()
        built = out.get(timeout=600)
        boss.join()
    return times, commits, built


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    consoles, events = (10, 20) if args.quick else (30, 60)
    server = postgres.start(port=54331)
    try:
        url = postgres.fresh_database(server, "load")
        Store.open_server(url).close()  # the schema, once, before the consoles
        on_server, server_commits, built = run(url, consoles, events, with_coordinator=True)
    finally:
        postgres.stop(server)
    _keys, file_commits, _ = run("file", consoles, events, with_coordinator=False)
    c50, c99 = pct(server_commits, 0.5), pct(server_commits, 0.99)
    p50, p99 = pct(on_server, 0.5), pct(on_server, 0.99)
    f50, f99 = pct(file_commits, 0.5), pct(file_commits, 0.99)
    verdict = "meets the goal" if c99 <= 20 else "MISSES the goal"
    print(f"{consoles} consoles × {events} events, a coordinator building figures {built} times")
    print(f"server commit   p50 {c50:6.2f} ms  p99 {c99:6.2f} ms   (goal p99 ≤ 20 ms: {verdict})")
    print(
        f"key → journal → server  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms"
        "   (the local journal's sync in it)"
    )
    print(
        f"local file commit  p50 {f50:6.2f} ms  p99 {f99:6.2f} ms"
        f"   (same writes, {consoles} files on one disk)"
    )
    print(f"server / file commit  p50 {c50 / f50:.1f}×  p99 {c99 / f99:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
