"""A checker, not an example (issue 27): three consoles on one session of a real
PostgreSQL server, each through a TCP proxy of its own, driven by generated
histories of keys, takeovers, letting go, following, links cut (connections
closed, none until healed) and healed, a console falling silent on an open
link past its lease, and the server stopped at once and restarted. After every
step the server's record is checked the way Jepsen checks a database:

- the record is contiguous, 1..n;
- each of its events was recorded by one console, at that number, on top of
  exactly the record before it: one writer at a time, never interleaved;
- every event a console had acknowledged (out of its journal, not set aside)
  is in the record at its number, exactly once;
- an event set aside is not in the record;
- in the end, healed and given each its turn, every journal is empty, or its
  events are set aside and said;
- every event carries its lease's epoch; epochs only go up along the record,
  one console wrote each, and nothing of an epoch follows the next one's start;
- at most one console holds the current epoch.

Small and derandomized here (CI); `HYPOTHESIS_PROFILE=long` runs more."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.db.event_rows import event_values
from app.errors import StoreError, StoreProblem
from app.protocols import load_catalog
from app.server.rules import parse
from app.session.ops.live import LEASE_CHECK_EVERY, LiveSession
from app.session.rules.engine import Event
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres
from tests.helpers.clock import FakeClock
from tests.helpers.proxy import Proxy, socket_of

CONSOLES = 3
CATALOG = load_catalog()

settings.register_profile(
    "faults",
    max_examples=30,
    stateful_step_count=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("faults-long", parent=settings.get_profile("faults"), max_examples=100)


def digest(events: list[Event]) -> str:
    """A record's prefix, as a fingerprint."""
    text = json.dumps([event_values(e) for e in events])
    return hashlib.sha256(text.encode()).hexdigest()


class Consoles(RuleBasedStateMachine):
    """What the facilitators and the network may do, in any order."""

    server_url = ""
    pg_server: postgres.Server | None = None

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.tmp = tempfile.TemporaryDirectory(prefix="tdt-faults-")  # removed at teardown
        self.folder = Path(self.tmp.name)
        self.owner = Store.open_server(self.server_url)
        self.session_id = self.owner.create_session(make_setup(CATALOG), self.clock.wall())
        # Each laptop reaches the server through a network of its own: a real
        # TCP proxy, cut (connections closed, new ones refused) and healed.
        assert self.pg_server is not None
        address = parse(self.server_url)
        self.proxies = [
            Proxy(socket_of(self.pg_server.folder, self.pg_server.port)) for _ in range(CONSOLES)
        ]
        self.stores = [
            Store.open_server(
                proxy.url(address.user, address.password or "", address.database),
                journal_dir=self.folder / f"console-{n}",
            )
            for n, proxy in enumerate(self.proxies)
        ]
        self.restarts = 0
        # Where the log stood as each epoch began (its lease taken by a console).
        self.epoch_starts: dict[int, int] = {}
        for store in self.stores:
            self._watch_leases(store)
        self.lives = [LiveSession(s, self.session_id, self.clock) for s in self.stores]
        self.cut: set[int] = set()
        # Each console's records: (number, event, fingerprint of the record below it).
        self.recorded: list[list[tuple[int, Event, str]]] = [[] for _ in range(CONSOLES)]

    def _watch_leases(self, store: Store) -> None:
        take = store.hold_session

        def holding(session_id: int) -> bool:
            took = take(session_id)
            epoch = store.lease_epoch(session_id)
            if took and epoch is not None and epoch not in self.epoch_starts:
                [(count,)] = self.owner.rows(
                    "SELECT count(*) FROM events WHERE session_id = ?", (session_id,)
                )
                self.epoch_starts[epoch] = int(count)
            return took

        store.hold_session = holding  # type: ignore[method-assign]

    def teardown(self) -> None:
        try:
            self._settle_everyone()
        finally:
            for store in (*self.stores, self.owner):
                store.close()
            for proxy in self.proxies:
                proxy.close()
            self.tmp.cleanup()
        assert self.pg_server is not None
        with postgres.admin(self.pg_server) as admin:
            [(count,)] = admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'tourdetable'"
            ).fetchall()
        print("open connections after an example:", count)

    def _settle_everyone(self) -> None:
        for n in range(CONSOLES):
            self._heal(n)
        # Each console in turn: the others let go, it takes over and pushes.
        for n in range(CONSOLES):
            for live in self.lives:
                if live.driving:
                    live.let_go()
            if self.lives[n].take_over():
                self.lives[n].push()
                assert self.lives[n].waiting == 0, "a journal ends empty"
                self.lives[n].let_go()
            else:
                raise AssertionError("the lease is free: every console could take it")
        for n in range(CONSOLES):
            self.lives[n].follow()
        self.the_record_is_true()

    # -- what happens -------------------------------------------------------------

    def _key(self, n: int, act) -> None:
        live = self.lives[n]
        if not live.driving:
            return
        self.clock.advance(1)  # every event its own moment
        below = list(live.engine.events)
        journal = self.stores[n].journal
        assert journal is not None
        kept: list[tuple[int, Event]] = []
        keep = journal.keep

        def keeping(session_id: int, seq: int, event: Event, epoch: int | None = None) -> None:
            keep(session_id, seq, event, epoch)
            kept.append((seq, event))

        journal.keep = keeping  # type: ignore[method-assign]
        try:
            act(live)
        except StoreError as exc:  # said: refused, nothing recorded
            assert exc.problem is StoreProblem.HELD_ELSEWHERE
            return
        finally:
            del journal.keep
        # Acknowledged: on this laptop's disk. What the server then says of it
        # (taken, refused and set aside) is the invariants' to check.
        for seq, event in kept:
            self.recorded[n].append((seq, event, digest(below)))

    @rule(n=st.integers(0, CONSOLES - 1), person=st.integers(0, 5))
    def give_floor(self, n: int, person: int) -> None:
        self._key(n, lambda live: live.give_floor(live.engine.people[person].id))

    @rule(n=st.integers(0, CONSOLES - 1))
    def next_step(self, n: int) -> None:
        self._key(n, lambda live: live.next_step())

    @rule(n=st.integers(0, CONSOLES - 1))
    def start_or_pause(self, n: int) -> None:
        self._key(n, lambda live: live.pause() if live.engine.running else live.start())

    @precondition(lambda self: len(self.cut) < CONSOLES)
    @rule(n=st.integers(0, CONSOLES - 1), the_driver=st.booleans())
    def cut_off(self, n: int, *, the_driver: bool) -> None:
        """The link gone: the server ends its connection; no new one until healed.
        Often the driving console's: the partition that matters."""
        drivers = [i for i, live in enumerate(self.lives) if live.driving and i not in self.cut]
        if the_driver and drivers:
            n = drivers[0]
        if n in self.cut:
            return
        self.proxies[n].cut()  # its connections closed; new ones refused until healed
        self.cut.add(n)

    @precondition(lambda self: self.restarts < 1)
    @rule()
    def server_restarts(self) -> None:
        """The server stopped at once (-m immediate) and started again: every
        connection gone, the leases' rows kept, their holders' processes not."""
        assert self.pg_server is not None
        postgres.halt(self.pg_server)
        postgres.resume(self.pg_server)
        self.restarts += 1
        self.owner.reconnect()

    @rule(
        alone=st.integers(0, 3),
        other=st.integers(0, CONSOLES - 1),
        theirs=st.integers(0, 3),
    )
    def partition(self, alone: int, other: int, theirs: int) -> None:
        """The issue's history as one step: the driver cut off keeps recording,
        another console takes over and records too."""
        drivers = [i for i, live in enumerate(self.lives) if live.driving and i not in self.cut]
        if not drivers or other == drivers[0]:
            return
        cut = drivers[0]
        self.cut_off(cut, the_driver=False)
        for person in range(alone):
            self.give_floor(cut, person)
        self.take_over(other)
        for person in range(theirs):
            self.give_floor(other, person + 1)

    @rule(other=st.integers(0, CONSOLES - 1), theirs=st.integers(0, 2))
    def falls_silent(self, other: int, theirs: int) -> None:
        """A half-open link: the driver's socket stays open but it says nothing
        for longer than its lease (a sleeping laptop); the server's clock ends
        the lease, another console may take over while the first still thinks
        it drives and is connected."""
        drivers = [i for i, live in enumerate(self.lives) if live.driving]
        if not drivers:
            return
        assert self.pg_server is not None
        postgres.lease_runs_out(self.pg_server, self.server_url, self.session_id)
        if other != drivers[0]:
            self.take_over(other)
            for person in range(theirs):
                self.give_floor(other, person + 2)

    @rule(n=st.integers(0, CONSOLES - 1))
    def heal(self, n: int) -> None:
        self._heal(n)

    def _heal(self, n: int) -> None:
        if n in self.cut:
            self.proxies[n].heal()
            self.cut.discard(n)
            self.clock.advance(4 * LEASE_CHECK_EVERY)  # the time the network was away
        self.lives[n].push()

    @rule(n=st.integers(0, CONSOLES - 1))
    def take_over(self, n: int) -> None:
        if n in self.cut:
            return
        try:
            self.lives[n].take_over()
        except StoreError as exc:
            assert exc.problem is StoreProblem.SERVER_UNREACHABLE

    @rule(n=st.integers(0, CONSOLES - 1))
    def let_go(self, n: int) -> None:
        if n not in self.cut:
            try:
                self.lives[n].let_go()
            except StoreError as exc:
                assert exc.problem is StoreProblem.SERVER_UNREACHABLE

    @rule(n=st.integers(0, CONSOLES - 1))
    def follow(self, n: int) -> None:
        if n not in self.cut:
            try:
                self.lives[n].follow()
            except StoreError as exc:
                assert exc.problem is StoreProblem.SERVER_UNREACHABLE

    # -- what must stay true ------------------------------------------------------

    @invariant()
    def one_console_at_most_holds_the_current_epoch(self) -> None:
        """One writer at a time: a console may still believe it drives (silent,
        cut off) but at most one holds the session's current epoch, the only
        one the server lets write."""
        lease = self.owner.rows(
            "SELECT holder, epoch FROM session_leases WHERE session_id = ?", (self.session_id,)
        )
        holders = [
            n
            for n, live in enumerate(self.lives)
            if live.driving
            and (self.stores[n].console, self.stores[n].lease_epoch(self.session_id)) in lease
        ]
        assert len(holders) <= 1, holders

    @invariant()
    def one_writer_per_epoch_and_epochs_never_overlap(self) -> None:
        """Every event of the log carries the epoch of the lease it was written
        under; epochs only go up along the log, and one console wrote each."""
        rows = self.owner.rows(
            "SELECT seq, epoch FROM events WHERE session_id = ? ORDER BY seq", (self.session_id,)
        )
        epochs = [epoch for _seq, epoch in rows]
        assert None not in epochs and epochs == sorted(epochs), epochs
        for seq, epoch in rows:  # nothing of an epoch after the next one began
            for later, start in self.epoch_starts.items():
                assert later <= epoch or seq <= start, ("overlap", seq, epoch, later, start)
        log = self.owner.load(self.session_id).events
        writers: dict[int, set[int]] = {}
        for (seq, epoch), event in zip(rows, log, strict=True):
            for n in range(CONSOLES):
                if any(number == seq and mine == event for number, mine, _ in self.recorded[n]):
                    writers.setdefault(epoch, set()).add(n)
        assert all(len(who) == 1 for who in writers.values()), writers

    @invariant()
    def the_record_is_true(self) -> None:
        log = self.owner.load(self.session_id).events
        for seq, event in enumerate(log, start=1):
            writers = [
                n
                for n in range(CONSOLES)
                for number, mine, below in self.recorded[n]
                if number == seq and mine == event and below == digest(log[: seq - 1])
            ]
            assert len(writers) == 1 or (seq == 1 and not writers), (seq, writers)
        for n in range(CONSOLES):
            journal = self.stores[n].journal
            assert journal is not None
            waiting = {(w.seq, digest([w.event])) for w in journal.waiting(self.session_id)}
            aside = {(seq, digest([e])) for seq, e in journal.aside(self.session_id)}
            for number, mine, _below in self.recorded[n]:
                key = (number, digest([mine]))
                if key in aside:
                    assert number > len(log) or log[number - 1] != mine, "set aside, yet written"
                elif key not in waiting:  # acknowledged: in the record at its number, once
                    assert number <= len(log) and log[number - 1] == mine, ("lost", n, number)
                    assert log.count(mine) == 1, ("doubled", n, number)


Consoles.TestCase.settings = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "faults"))


def test_three_consoles_under_cuts_keep_one_true_record(server_url, pg_server) -> None:
    Consoles.server_url = server_url
    Consoles.pg_server = pg_server
    Consoles.TestCase().runTest()
