"""The meeting room's Wi-Fi fails, the session does not: on a real PostgreSQL
server stopped mid-session, the console goes on from its local journal, says
how many events wait, pushes them in order when the server answers again,
none lost or doubled; a kill -9 while offline loses nothing either."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import StoreError, StoreProblem
from app.session.ops.live import LiveSession
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restartable(pg_server):
    """The run's server, put back on its feet whatever the test did to it."""
    yield pg_server
    with contextlib.suppress(subprocess.CalledProcessError):  # it was running already
        postgres.resume(pg_server)


def kinds(store: Store, session_id: int) -> list[tuple[int, str]]:
    return [(n, e.kind.value) for n, e in enumerate(store.load(session_id).events, start=1)]


def test_the_server_stops_mid_session_and_nothing_is_lost_or_doubled(
    server_url, restartable, tmp_path, catalog, clock
) -> None:
    store = Store.open_server(server_url, journal_dir=tmp_path / "journal")
    session_id = store.create_session(make_setup(catalog), clock.wall())
    live = LiveSession(store, session_id, clock)
    live.start()
    live.give_floor(live.engine.people[1].id)
    assert live.waiting == 0

    postgres.halt(restartable)  # the Wi-Fi goes
    for person in (2, 3, 4):
        clock.advance(30)
        live.give_floor(live.engine.people[person].id)  # no error: the session goes on
    live.next_step()
    assert live.waiting == 4 and live.engine.step_index == 1
    assert live.push() == 4  # still nobody there: they wait, in order

    postgres.resume(restartable)  # it comes back
    assert live.push() == 0
    clock.advance(10)
    live.give_floor(live.engine.people[5].id)
    other = Store.open_server(server_url)
    seen = kinds(other, session_id)
    assert [k for _n, k in seen] == ["started"] + ["floor_taken"] * 4 + [
        "step_changed",
        "floor_taken",
    ]
    assert other.load(session_id).engine().turns == live.engine.turns
    other.close()
    # Pushed again (an answer lost on the way): not written twice.
    live.store.append_event(session_id, live.engine.events[2], live.engine, seq=3)
    other = Store.open_server(server_url)
    assert len(other.load(session_id).events) == 7
    other.close()
    store.close()


def test_a_kill_9_while_offline_loses_nothing(
    server_url, restartable, tmp_path, catalog, clock
) -> None:
    journal = tmp_path / "journal"
    store = Store.open_server(server_url, journal_dir=journal)
    session_id = store.create_session(make_setup(catalog), clock.wall())
    store.close()
    script = f"""
import sys
from pathlib import Path
from app.errors import StoreError, StoreProblem
from app.session.ops.live import LiveSession
from app.session.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers import postgres
clock = FakeClock()
store = Store.open_server({server_url!r}, journal_dir=Path({str(journal)!r}))
live = LiveSession(store, {session_id}, clock)
live.start()
print("started", flush=True)
sys.stdin.readline()  # the server is stopped now
for person in (1, 2, 3):
    clock.advance(20)
    live.give_floor(live.engine.people[person].id)
print("waiting", live.waiting, flush=True)
sys.stdin.readline()  # killed here
"""
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "started"
        postgres.halt(restartable)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "waiting 3"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
    postgres.resume(restartable)
    again = Store.open_server(server_url, journal_dir=journal)  # the console started again
    live = LiveSession(again, session_id, clock)
    assert live.waiting == 0  # pushed as it opened
    assert [k for _n, k in kinds(again, session_id)] == ["started"] + ["floor_taken"] * 3
    assert len(live.engine.turns) == 3
    again.close()


def test_taken_over_while_offline_the_events_stay_and_it_is_known(
    server_url, restartable, tmp_path, catalog, clock
) -> None:
    first = Store.open_server(server_url, journal_dir=tmp_path / "first")
    session_id = first.create_session(make_setup(catalog), clock.wall())
    driving = LiveSession(first, session_id, clock)
    driving.start()
    postgres.halt(restartable)
    driving.give_floor(driving.engine.people[1].id)  # kept on this computer
    postgres.resume(restartable)
    second = Store.open_server(server_url, journal_dir=tmp_path / "second")
    other = LiveSession(second, session_id, clock)
    assert other.driving  # the first's lease went with its connection
    other.give_floor(other.engine.people[2].id)
    # Never written over the other's: set aside, read-only at once, the other's log shown.
    assert driving.push() == 0 and driving.lost_lease and not driving.driving
    assert [e.kind.value for e in driving.set_aside] == ["floor_taken"]
    assert driving.engine.turns[0].person == other.engine.people[2].id
    assert [e.kind.value for e in second.load(session_id).events] == ["started", "floor_taken"]
    assert second.load(session_id).engine().turns[0].person == other.engine.people[2].id
    first.close()
    second.close()


def unreachable(store: Store):
    """A laptop cut off: every new connection to the server fails."""

    def reconnect() -> None:
        raise StoreError(StoreProblem.SERVER_UNREACHABLE, store.path)

    return reconnect


def test_after_a_partition_one_session_has_one_writer_and_nothing_is_dropped(
    server_url, pg_server, tmp_path, catalog, clock, monkeypatch
) -> None:
    """Issue 27: A drives, the link is cut; B takes over and goes on; A, cut
    off, records three turns on its own disk. When the link heals A has lost
    the lease and writes nothing; reopened once B has gone, its three turns are
    neither dropped without a word nor appended after B's: they are set aside
    and offered to the facilitator, and the log is B's alone after A's last."""
    from app.server.rules import parse

    a_store = Store.open_server(server_url, journal_dir=tmp_path / "a")
    session_id = a_store.create_session(make_setup(catalog), clock.wall())
    a = LiveSession(a_store, session_id, clock)
    a.start()
    address = parse(server_url)
    with postgres.admin(pg_server, address.database) as admin:
        [(pid,)] = admin.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = "
            "'tourdetable' ORDER BY backend_start LIMIT 1",
            (address.database,),
        ).fetchall()
        admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
    with monkeypatch.context() as cut:
        cut.setattr(a_store, "reconnect", unreachable(a_store))
        for person in (1, 2, 3):
            clock.advance(30)
            a.give_floor(a.engine.people[person].id)  # on A's disk only
        assert a.waiting == 3
        b_store = Store.open_server(server_url, journal_dir=tmp_path / "b")
        b = LiveSession(b_store, session_id, clock)
        assert b.driving  # A's lease went with its connection
        for person in (4, 5):
            clock.advance(30)
            b.give_floor(b.engine.people[person].id)
    # The link heals: A learns it lost the lease, turns read-only and shows B's
    # log; its three turns are set aside, never pushed over B's.
    assert a.push() == 0 and a.lost_lease and not a.driving
    assert len(a.set_aside) == 3 and len(a.engine.turns) == 2
    with pytest.raises(StoreError):
        a.give_floor(a.engine.people[1].id)
    b.let_go()
    b_store.close()
    a_store.close()

    # A is opened again on the same laptop, B gone: nothing of A's is dropped
    # without a word, nothing appended after B's.
    again = Store.open_server(server_url, journal_dir=tmp_path / "a")
    reopened = LiveSession(again, session_id, clock)
    log = again.load(session_id).events
    assert [e.kind.value for e in log] == ["started", "floor_taken", "floor_taken"]
    assert [e.data.get("person") for e in log[1:]] == [
        reopened.engine.people[4].id,
        reopened.engine.people[5].id,
    ]
    assert len(reopened.set_aside) == 3  # offered to the facilitator
    assert reopened.waiting == 0  # nothing waits to be pushed over B's
    reopened.give_floor(reopened.engine.people[1].id)  # it drives on top of B's log
    assert len(again.load(session_id).events) == 4
    again.close()


def test_a_driving_console_renews_its_lease_every_10_s_and_less_while_away(
    server_url, tmp_path, catalog, clock, monkeypatch
) -> None:
    """With no key pressed, the lease is renewed once per 10 s (three times in
    its 30 s), four times less often while the server is away."""
    from app.server.rules import LEASE_RENEW_EVERY_S, LEASE_TTL_S

    assert (LEASE_RENEW_EVERY_S, LEASE_TTL_S) == (10.0, 30.0)
    store = Store.open_server(server_url, journal_dir=tmp_path / "laptop")
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    asked: list[float] = []
    real = store.renew_session
    monkeypatch.setattr(
        store, "renew_session", lambda s: asked.append(clock.monotonic()) or real(s)
    )
    for _ in range(13):  # every 5 s for a minute
        live.push()
        clock.advance(5)
    assert len(asked) == 7  # at 0, 10, ... 60 s

    def away(_session_id: int) -> bool:
        asked.append(clock.monotonic())
        raise StoreError(StoreProblem.SERVER_UNREACHABLE, store.path)

    monkeypatch.setattr(store, "renew_session", away)
    monkeypatch.setattr(store, "reconnect", unreachable(store))
    asked.clear()
    for _ in range(25):  # every 10 s for four minutes
        live.push()
        clock.advance(10)
    gaps = {b - a for a, b in itertools.pairwise(asked)}
    assert len(asked) == 6 and gaps == {40.0} and live.driving  # away: once per 40 s
    store.close()


def test_a_console_gone_silent_on_an_open_link_loses_the_lease_by_the_clock(
    server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """Issue 27: a half-open link (a sleeping laptop, a NAT that forgot) keeps
    its socket, not the lease. While A's lease runs, B's Ctrl+T is refused;
    once the server's clock passes it unrenewed, B drives under a new epoch.
    A wakes and presses a key: the server refuses A's old epoch, A turns
    read-only at once, and its key is set aside for the facilitator, never in
    B's log."""
    a_store = Store.open_server(server_url, journal_dir=tmp_path / "a")
    session_id = a_store.create_session(make_setup(catalog), clock.wall())
    a = LiveSession(a_store, session_id, clock)
    a.start()
    b_store = Store.open_server(server_url, journal_dir=tmp_path / "b")
    b = LiveSession(b_store, session_id, clock)
    assert not b.driving and not b.take_over()  # A's lease runs: A's connection is open
    postgres.lease_runs_out(pg_server, server_url, session_id)  # A silent, never renewed
    assert b.take_over() and b_store.lease_epoch(session_id) == 2
    # A wakes and presses a key before B has written anything: the log's next
    # number is free, only the epoch tells A's key from B's.
    a.give_floor(a.engine.people[1].id)  # kept on A's disk, refused by the server
    assert a.lost_lease and not a.driving and a.waiting == 0
    b.give_floor(b.engine.people[2].id)
    assert [e.data.get("person") for e in a.set_aside] == [a.engine.people[1].id]
    log = b_store.load(session_id).events
    assert [e.data.get("person") for e in log[1:]] == [b.engine.people[2].id]
    with pytest.raises(StoreError):
        a.give_floor(a.engine.people[3].id)  # read-only
    a_store.close()
    b_store.close()
