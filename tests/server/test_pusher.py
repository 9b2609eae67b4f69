"""The console's thread never waits on the network (issue 27, item 5): through a
real TCP proxy that freezes without closing, a key goes to this computer's
journal and to the screen at once; the push runs on a worker of its own,
which a frozen link holds up alone, and which gives a frozen call up after its
deadline as TCP would."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.session.ops import worker as working
from app.session.ops.live import LiveSession
from app.session.ops.pusher import Pusher
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres
from tests.helpers.told import WAIT, Told


class Laptop(NamedTuple):
    store: Store
    live: LiveSession
    worker: Pusher
    told: Told


def laptop(url: str, journal: Path, catalog, clock) -> Laptop:
    """A console driving a new session, its worker pushing, as the window sets it up."""
    store = Store.open_server(url, journal_dir=journal)
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    told = Told()
    worker = Pusher(live, told)
    live.background = worker.wake
    return Laptop(store, live, worker, told)


def test_a_key_waits_on_no_network_with_the_link_frozen(
    laptop_url, proxy, tmp_path, catalog, clock
) -> None:
    store, live, worker, told = laptop(laptop_url, tmp_path / "laptop", catalog, clock)
    session_id = live.id
    sent_from_the_console: list[str] = []
    store.connection.set_trace_callback(sent_from_the_console.append)
    told.next()
    live.start()
    told.wait()
    assert worker.report.waiting == 0  # pushed by the worker, on its own connection
    assert sent_from_the_console == []  # the key sent nothing from the console's thread
    proxy.freeze()  # the Wi-Fi behind a NAT: nothing gets through, nothing closes
    for person in (1, 2, 3):
        clock.advance(30)
        live.give_floor(live.engine.people[person].id)  # returns: the worker waits alone
    assert live.waiting == 3 and len(live.engine.turns) == 3  # on the disk, on the screen
    assert sent_from_the_console == []  # not one statement from the console's thread
    proxy.heal()
    while live.waiting:
        told.next()
        worker.wake()
        told.wait()
    worker.stop()
    other = Store.open_server(laptop_url)
    assert [e.kind.value for e in other.load(session_id).events] == ["started"] + [
        "floor_taken"
    ] * 3
    other.close()
    store.close()


def test_a_call_frozen_on_the_link_is_given_up_and_said_offline(
    laptop_url, proxy, tmp_path, catalog, clock, monkeypatch
) -> None:
    """TCP notices a frozen link only after tcp_user_timeout, and a local
    proxy's never: the worker shuts its socket at its deadline instead, says
    the server does not answer, and pushes again once the link heals."""
    monkeypatch.setattr(working, "CALL_DEADLINE_S", 0.5)
    store, live, worker, told = laptop(laptop_url, tmp_path / "laptop", catalog, clock)
    session_id = live.id
    told.next()
    live.start()
    told.wait()
    proxy.freeze()
    told.next()
    live.give_floor(live.engine.people[1].id)
    told.wait()
    assert worker.report.offline and worker.report.waiting == 1
    proxy.heal()
    told.next()
    worker.wake()
    told.wait()
    assert not worker.report.offline and worker.report.waiting == 0
    worker.stop()
    assert [e.kind.value for e in store.load(session_id).events] == ["started", "floor_taken"]
    store.close()


def test_the_worker_finds_its_epoch_ended_and_the_key_is_set_aside(
    server_url, pg_server, tmp_path, catalog, clock
) -> None:
    a_store, a, worker, told = laptop(server_url, tmp_path / "a", catalog, clock)
    session_id = a.id
    told.next()
    a.start()
    told.wait()
    postgres.lease_runs_out(pg_server, server_url, session_id)  # A silent past its lease
    b_store = Store.open_server(server_url, journal_dir=tmp_path / "b")
    b = LiveSession(b_store, session_id, clock)
    assert b.driving
    told.next()
    a.give_floor(a.engine.people[1].id)
    told.wait()
    assert worker.report.fenced
    worker.stop()
    a.fenced_off()  # what the console does with the worker's news
    assert not a.driving and [e.kind.value for e in a.set_aside] == ["floor_taken"]
    assert [e.kind.value for e in b_store.load(session_id).events] == ["started"]
    a_store.close()
    b_store.close()


def test_a_worker_stopped_pushes_what_waits_and_lets_the_lease_go(
    server_url, tmp_path, catalog, clock
) -> None:
    store, live, worker, _told = laptop(server_url, tmp_path / "a", catalog, clock)
    session_id = live.id
    live.start()
    worker.stop(release=True, wait=WAIT)
    live.let_go(release=False)
    assert not worker.running and live.waiting == 0
    other = Store.open_server(server_url)
    assert LiveSession(other, session_id, clock).driving  # let go: taken at once
    other.close()
    store.close()
