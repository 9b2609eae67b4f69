"""The push to a service's server, on a thread of its own (issue 27).

A key goes to this computer's journal and to the screen; this worker sends
what the journal holds to the server, in order, on its own connection, and
renews the session's lease when no key came for a while. The console's thread
never waits on the network: a frozen link holds up this thread only.

The worker keeps its own copy of the session's engine (the server's log, then
each event it pushes), from which the session's row is brought up to date:
the console's engine is never read from here. It says what it found through
``report`` and a callback the window turns into a signal of its own thread.
A server that does not answer within CALL_DEADLINE_S has its socket shut, as
TCP would after ``tcp_user_timeout``, so that a link frozen in between (a
proxy, a NAT) never holds the worker for ever.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, NamedTuple

from app.errors import StoreError, StoreProblem
from app.server.rules import LEASE_RENEW_EVERY_S, TCP_USER_TIMEOUT_MS
from app.session.ops.live import OFFLINE_PROBLEMS, LiveSession

if TYPE_CHECKING:
    from app.db.journal import Journal
    from app.session.rules.engine import SessionEngine
    from app.session.store import Store

CALL_DEADLINE_S = TCP_USER_TIMEOUT_MS / 1000  # one round's calls, at most


class PushReport(NamedTuple):
    """What the worker last found."""

    waiting: int  # events still on this computer only
    offline: bool  # the server did not answer
    fenced: bool  # the server refused this console's epoch: another drives now
    problem: StoreProblem | None = None  # any other refusal, to be said


class Pusher:
    def __init__(self, live: LiveSession, told: Callable[[], None]) -> None:
        journal = live.store.journal
        if journal is None:
            raise ValueError("a pusher is for a session on a server")
        self._live_store = live.store
        self._session = live.id
        self._epoch = live.store.lease_epoch(live.id)
        self._live_journal = journal
        journal.flush()  # what the console's thread knows pushed, out before the worker reads
        self._told = told
        self.report = PushReport(live.waiting, offline=False, fenced=False)
        self._wake = threading.Event()
        self._stopping = False
        self._release = False
        self._store: Store | None = None
        self._journal: Journal | None = None
        self._replica: SessionEngine | None = None
        self._renewed = 0.0
        self._thread = threading.Thread(target=self._run, name="tourdetable-push", daemon=True)
        self._thread.start()

    # -- the console's thread -----------------------------------------------------

    def wake(self) -> None:
        """Something waits in the journal: push it now."""
        self._wake.set()

    def stop(self, *, release: bool = False, wait: float = 2.0) -> None:
        """The worker ends after its round (``release``: pushing what waits and
        letting the lease go, on its own connection); the console's thread
        waits ``wait`` seconds at most, a frozen link included."""
        self._release = release
        self._stopping = True
        self._wake.set()
        self._thread.join(timeout=wait)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    # -- the worker's thread ------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                self._wake.wait(timeout=LEASE_RENEW_EVERY_S)
                self._wake.clear()
                self._round()
                if self._stopping or self.report.fenced:
                    break
            if self._release and not self.report.fenced and self._store is not None:
                with suppress(StoreError):
                    self._store.release_session(self._session)
        finally:
            self._close()

    def _round(self) -> None:
        watchdog = threading.Timer(CALL_DEADLINE_S, self._interrupt)
        watchdog.daemon = True
        watchdog.start()
        try:
            self._open()
            pushed = self._push_waiting()
            assert self._store is not None
            # With no key since the last round, the lease kept for another while.
            if not pushed and not self._store.renew_session(self._session):
                raise StoreError(StoreProblem.HELD_ELSEWHERE, self._store.path, "lease")
            self._say(offline=False)
        except StoreError as exc:
            if exc.problem in (StoreProblem.HELD_ELSEWHERE, StoreProblem.WRITTEN_ELSEWHERE):
                self._say(offline=False, fenced=True)
            elif exc.problem in OFFLINE_PROBLEMS:
                self._say(offline=True)
            else:
                self._say(offline=False, problem=exc.problem)
        finally:
            watchdog.cancel()

    def _open(self) -> None:
        if self._journal is None:
            self._journal = self._live_journal.reopen()  # SQLite: one connection a thread
        if self._store is None:
            self._store = self._live_store.reader()  # a connection of its own
            if self._epoch is not None:
                self._store.adopt_lease(self._session, self._epoch)
        elif not self._store.connected:
            self._store.reconnect()

    def _push_waiting(self) -> bool:
        """What the journal holds, to the server in order; whether there was any."""
        assert self._store is not None and self._journal is not None
        waiting = self._journal.waiting(self._session)
        for entry in waiting:
            replica = self._replica
            if replica is None or entry.seq != len(replica.events) + 1:
                replica = self._replica = self._store.load(self._session).engine()
                known = replica.events
                if entry.seq <= len(known) and known[entry.seq - 1] == entry.event:
                    self._journal.pushed(self._session, entry.seq)  # there already
                    continue
                if entry.seq != len(replica.events) + 1:  # the log went on without it
                    raise StoreError(StoreProblem.WRITTEN_ELSEWHERE, self._store.path, "log")
            replica.apply(entry.event)
            try:
                self._store.append_event(
                    self._session, entry.event, replica, seq=entry.seq, epoch=entry.epoch
                )
            except BaseException:
                self._replica = None  # read again from the server next time
                raise
            self._journal.pushed(self._session, entry.seq)
        self._journal.flush()
        return bool(waiting)

    def _interrupt(self) -> None:
        store = self._store
        if store is not None:
            store.interrupt()

    def _say(
        self, *, offline: bool, fenced: bool = False, problem: StoreProblem | None = None
    ) -> None:
        waiting = self._journal.count(self._session) if self._journal is not None else 0
        self.report = PushReport(waiting, offline, fenced, problem)
        self._told()  # each round: the console's status line follows the journal

    def _close(self) -> None:
        for closing in (self._store, self._journal):
            if closing is not None:
                with suppress(Exception):  # the worker's own; nothing of it is kept
                    closing.close()
