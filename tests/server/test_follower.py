"""Following and taking over never wait on the network on the console's thread
(issue 27, item 5): a worker hears and reads the driving console's events, and
Ctrl+T's lease and reading are done by the pushing worker on its own
connection; the console's thread only folds in what they hand it."""

from __future__ import annotations

import threading

from app.session.ops import worker as working
from app.session.ops.follower import Follower, Reading
from app.session.ops.live import LiveSession
from app.session.ops.pusher import Pusher
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres
from tests.helpers.told import Told


def two_laptops(
    a_url: str, b_url: str, tmp_path, catalog, clock
) -> tuple[Store, LiveSession, Store, LiveSession]:
    """A new session driven from laptop A; laptop B opens it too (and follows)."""
    a_store = Store.open_server(a_url, journal_dir=tmp_path / "a")
    session_id = a_store.create_session(make_setup(catalog), clock.wall())
    a = LiveSession(a_store, session_id, clock)
    b_store = Store.open_server(b_url, journal_dir=tmp_path / "b")
    return a_store, a, b_store, LiveSession(b_store, session_id, clock)


def fold(live: LiveSession, follower: Follower) -> int:
    """What the console's thread does with the follower's news."""
    folded = 0
    while follower.readings:
        reading: Reading = follower.readings.popleft()
        if reading.stored is not None:
            live.reloaded(reading.stored)
        else:
            folded += live.followed(reading.known, reading.events)
    return folded


def follow_until(live: LiveSession, follower: Follower, news: threading.Event, done) -> None:
    """The console's thread, folding in the follower's news as they come."""
    for _ in range(50):
        fold(live, follower)
        if done():
            return
        news.wait(timeout=0.5)
        news.clear()
    raise AssertionError("the follower never got there")


def push_until(worker: Pusher, told: Told, done) -> None:
    for _ in range(30):
        if done():
            return
        told.next()
        worker.wake()
        told.wait()
    raise AssertionError("the worker never got there")


def test_a_follower_reads_the_driving_consoles_events_off_the_consoles_thread(
    server_url, laptop_url, proxy, tmp_path, catalog, clock, monkeypatch
) -> None:
    monkeypatch.setattr(working, "CALL_DEADLINE_S", 0.5)
    a_store, a, b_store, b = two_laptops(server_url, laptop_url, tmp_path, catalog, clock)
    assert a.driving and not b.driving
    sent_from_bs_thread: list[str] = []
    b_store.connection.set_trace_callback(sent_from_bs_thread.append)
    news = threading.Event()
    follower = Follower(b, news.set)
    a.start()
    a.give_floor(a.engine.people[1].id)
    follow_until(b, follower, news, lambda: len(b.engine.events) == 2)
    assert b.engine.speaker == a.engine.speaker
    proxy.freeze()  # B's link frozen: A goes on, B's console thread never waits
    clock.advance(30)
    a.give_floor(a.engine.people[2].id)
    fold(b, follower)
    assert len(b.engine.events) == 2 and sent_from_bs_thread == []
    proxy.heal()
    follow_until(b, follower, news, lambda: len(b.engine.events) == 3)
    assert b.engine.speaker == a.engine.speaker and sent_from_bs_thread == []
    follower.stop()
    for store in (a_store, b_store):
        store.close()


def test_a_reading_is_folded_in_once_whatever_the_order_it_comes_in(
    server_url, tmp_path, catalog, clock
) -> None:
    a_store, a, b_store, b = two_laptops(server_url, server_url, tmp_path, catalog, clock)
    a.start()
    for person in (1, 2, 3):
        clock.advance(10)
        a.give_floor(a.engine.people[person].id)
    log = a_store.load(a.id).events
    assert b.followed(0, log[:2]) == 2
    assert b.followed(0, log[:3]) == 1  # the first two again: only the third is new
    assert b.followed(5, log[5:]) == 0  # after events it lacks: the next reading's
    assert b.followed(3, log[3:]) == 1 and b.engine.events == log
    for store in (a_store, b_store):
        store.close()


def test_ctrl_t_is_taken_by_a_worker_and_the_console_drives_on_its_word(
    server_url, tmp_path, catalog, clock
) -> None:
    a_store, a, b_store, b = two_laptops(server_url, server_url, tmp_path, catalog, clock)
    session_id = a.id
    a.start()
    sent_from_bs_thread: list[str] = []
    b_store.connection.set_trace_callback(sent_from_bs_thread.append)
    told = Told()
    refused = Pusher(b, told, taking=True)  # A still drives
    told.wait()
    took = refused.report.took
    assert took is not None and not took.held
    refused._thread.join(5.0)
    assert not refused.running  # a refused take-over ends its worker
    a.let_go()
    told = Told()
    taking = Pusher(b, told, taking=True)
    told.wait()
    took = taking.report.took
    assert took is not None and took.held and took.stored is not None
    b.background = taking.wake
    b.took_over(took.stored, took.epoch)
    taking.settled()
    assert b.driving and b_store.lease_epoch(session_id) == took.epoch == 2
    b.give_floor(b.engine.people[2].id)  # to the journal; the worker pushes it
    push_until(taking, told, lambda: taking.report.waiting == 0 and b.waiting == 0)
    assert sent_from_bs_thread == []  # not one statement from B's console thread
    taking.stop(release=True, wait=5.0)
    events = a_store.load(session_id).events
    assert [e.kind.value for e in events] == ["started", "floor_taken"]
    for store in (a_store, b_store):
        store.close()


def test_a_lost_lease_is_read_again_by_the_follower(
    server_url, pg_server, tmp_path, catalog, clock
) -> None:
    """The pushing worker found the epoch ended: the console turns read-only
    with no call of its own, and the follower reads the server's log whole."""
    a_store = Store.open_server(server_url, journal_dir=tmp_path / "a")
    session_id = a_store.create_session(make_setup(catalog), clock.wall())
    a = LiveSession(a_store, session_id, clock)
    a.start()
    postgres.lease_runs_out(pg_server, server_url, session_id)
    b_store = Store.open_server(server_url, journal_dir=tmp_path / "b")
    b = LiveSession(b_store, session_id, clock)
    assert b.driving
    b.give_floor(b.engine.people[1].id)
    a.background = lambda: None  # A's worker would push; here it is found fenced
    a.give_floor(a.engine.people[3].id)  # kept on A's laptop, under its ended epoch
    sent_from_as_thread: list[str] = []
    a_store.connection.set_trace_callback(sent_from_as_thread.append)
    a.fenced_off(reload=False)
    assert not a.driving and a.stale and sent_from_as_thread == []
    news = threading.Event()
    follower = Follower(a, news.set)
    follow_until(a, follower, news, lambda: not a.stale)
    assert a.engine.speaker == b.engine.speaker  # B's log, not A's turn
    assert [e.kind.value for e in a.set_aside] == ["floor_taken"]  # set aside, not lost
    assert sent_from_as_thread == []
    follower.stop()
    for store in (a_store, b_store):
        store.close()


def test_a_stopped_follower_ends_within_its_hearing_time(
    server_url, tmp_path, catalog, clock
) -> None:
    store = Store.open_server(server_url, journal_dir=tmp_path / "a")
    session_id = store.create_session(make_setup(catalog), clock.wall())
    other = Store.open_server(server_url, journal_dir=tmp_path / "b")
    held = LiveSession(store, session_id, clock)
    following = LiveSession(other, session_id, clock)
    assert held.driving and not following.driving
    follower = Follower(following, threading.Event().set)
    follower.stop(wait=5.0)
    assert not follower.running
    for s in (store, other):
        s.close()
