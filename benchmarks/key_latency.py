"""From a key to the screen on a service's server, with the link live and with
it frozen (issue 27): the console's thread records the event in this
computer's journal, hands the push to its worker and takes the room's
snapshot; the figure is that whole, per key, as p50/p99. The link is a TCP
proxy to a throwaway PostgreSQL server that, frozen, stops forwarding without
closing (a Wi-Fi behind a NAT). Prints; asserts nothing. Goal: p99 ≤ 16 ms
(one frame at 60 Hz), frozen or not.

    .venv/bin/python benchmarks/key_latency.py            # 300 keys each way
    .venv/bin/python benchmarks/key_latency.py --keys 60
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.protocols import load_catalog  # noqa: E402
from app.session.ops.live import LiveSession  # noqa: E402
from app.session.ops.pusher import Pusher  # noqa: E402
from app.session.store import Store  # noqa: E402
from app.session.view.snapshot import take  # noqa: E402
from tests.conftest import make_setup  # noqa: E402
from tests.helpers import postgres  # noqa: E402
from tests.helpers.clock import FakeClock  # noqa: E402
from tests.helpers.proxy import Proxy, socket_of  # noqa: E402


def keys(live: LiveSession, clock: FakeClock, count: int) -> list[float]:
    """Each key's time on the console's thread, in milliseconds."""
    spent = []
    people = live.engine.people
    for n in range(count):
        clock.advance(5)
        began = time.perf_counter()
        live.give_floor(people[n % len(people)].id)
        take(live.engine, live.stored.protocol, live.now(), live.clock.wall(), "fr")
        spent.append((time.perf_counter() - began) * 1000)
    return spent


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    count = parser.parse_args().keys
    server = postgres.start(port=54397)
    proxy = Proxy(socket_of(server.folder, server.port))
    folder = Path(tempfile.mkdtemp(prefix="tdt-latency-"))
    try:
        url = proxy.url(postgres.SUPERUSER, postgres.PASSWORD, "postgres")
        store = Store.open_server(url, journal_dir=folder / "laptop")
        clock = FakeClock()
        live = LiveSession(
            store, store.create_session(make_setup(load_catalog()), clock.wall()), clock
        )
        worker = Pusher(live, lambda: None)
        live.background = worker.wake
        live.start()
        figures = {"live": keys(live, clock, count)}
        proxy.freeze()
        figures["frozen"] = keys(live, clock, count)
        waiting_frozen = live.waiting
        proxy.heal()
        worker.stop(release=True, wait=30)
        for name, spent in figures.items():
            median = statistics.median(spent)
            print(
                f"link {name:6}: {count} keys, key to screen p50 {median:5.2f} ms, "
                f"p99 {p99(spent):5.2f} ms, max {max(spent):5.2f} ms"
            )
        print(f"events waiting on this computer with the link frozen: {waiting_frozen}")
        store.close()
    finally:
        proxy.close()
        postgres.stop(server)


if __name__ == "__main__":
    main()
