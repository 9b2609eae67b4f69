"""Two laptops on one session, on a real PostgreSQL server: one console drives
it (a lease row fenced by its epoch), the other opens it read-only
and hears each event as it commits (LISTEN/NOTIFY); the co-facilitator takes
over with one action once the first lets go, or once its process is killed.
Two consoles never both write one session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import StoreError, StoreProblem
from app.session.ops.live import LiveSession
from app.session.store import Store
from tests.conftest import make_setup

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two_laptops(server_url, catalog, clock):
    first, second = Store.open_server(server_url), Store.open_server(server_url)
    session_id = first.create_session(make_setup(catalog), clock.wall())
    yield first, second, session_id
    first.close()
    second.close()


def test_one_drives_the_other_follows_within_a_second(two_laptops, clock) -> None:
    first, second, session_id = two_laptops
    driving = LiveSession(first, session_id, clock)
    following = LiveSession(second, session_id, clock)
    assert driving.driving and not following.driving
    listener = second.listener()
    assert listener is not None
    driving.start()
    driving.give_floor(driving.engine.people[2].id)
    clock.advance(40)
    driving.next_step()
    heard = listener.heard(timeout=1.0)  # pushed by the server as each commit lands
    heard += listener.heard(timeout=0.2)
    assert (session_id, 3) in heard
    assert following.follow() == 3
    assert following.engine.turns == driving.engine.turns
    assert following.engine.step_index == driving.engine.step_index == 1
    with pytest.raises(StoreError) as refused:
        following.give_floor(following.engine.people[1].id)
    assert refused.value.problem is StoreProblem.HELD_ELSEWHERE
    assert len(first.load(session_id).events) == 3  # nothing written by the follower
    listener.close()


def test_the_co_facilitator_takes_over_when_the_first_lets_go(two_laptops, clock) -> None:
    first, second, session_id = two_laptops
    driving = LiveSession(first, session_id, clock)
    following = LiveSession(second, session_id, clock)
    driving.start()
    assert not following.take_over()  # still held: refused, and said so by the result
    driving.let_go()
    assert following.take_over()
    assert following.engine.running  # it took the state over with the lease
    following.give_floor(following.engine.people[1].id)
    with pytest.raises(StoreError):
        driving.give_floor(driving.engine.people[2].id)
    kinds = [e.kind.value for e in first.load(session_id).events]
    assert kinds == ["started", "floor_taken"]


def test_a_killed_console_lets_the_other_take_over(server_url, catalog, clock) -> None:
    store = Store.open_server(server_url)
    session_id = store.create_session(make_setup(catalog), clock.wall())
    script = f"""
import sys, time
from app.session.ops.live import LiveSession
from app.session.store import Store
store = Store.open_server({server_url!r})
live = LiveSession(store, {session_id})
live.start()
print("driving" if live.driving else "not driving", flush=True)
time.sleep(600)
"""
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "driving"
        following = LiveSession(store, session_id, clock)
        assert not following.take_over()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    deadline = time.monotonic() + 10  # the server sees the socket close at once, nearly
    while not following.take_over() and time.monotonic() < deadline:
        listener = store.listener()
        assert listener is not None
        listener.heard(timeout=0.1)
        listener.close()
    assert following.driving
    following.give_floor(following.engine.people[1].id)
    assert [e.kind.value for e in store.load(session_id).events] == ["started", "floor_taken"]
    store.close()


def test_two_consoles_never_both_drive(server_url, catalog, clock) -> None:
    stores = [Store.open_server(server_url) for _ in range(4)]
    session_id = stores[0].create_session(make_setup(catalog), clock.wall())
    lives = [LiveSession(s, session_id, clock) for s in stores]
    assert [live.driving for live in lives].count(True) == 1
    for live in lives:
        if not live.driving:
            assert not live.take_over()
    for store in stores:
        store.close()
