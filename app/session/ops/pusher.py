"""The push to a service's server, on a thread of its own (issue 27).

A key goes to this computer's journal and to the screen; this worker sends
what the journal holds to the server, in order, on its own connection, and
renews the session's lease when no key came for a while. The console's thread
never waits on the network: a frozen link holds up this thread only.

The worker keeps its own copy of the session's engine (the server's log, then
each event it pushes), from which the session's row is brought up to date:
the console's engine is never read from here. It says what it found through
``report`` and a callback the window turns into a signal of its own thread.
Its thread, rounds and deadline are :class:`app.session.ops.worker.ServerWorker`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, NamedTuple

from app.errors import StoreError, StoreProblem
from app.server.rules import LEASE_RENEW_EVERY_S
from app.session.ops.live import OFFLINE_PROBLEMS, LiveSession
from app.session.ops.worker import ServerWorker

if TYPE_CHECKING:
    from app.db.journal import Journal
    from app.session.rules.engine import SessionEngine
    from app.session.rules.records import StoredSession
    from app.session.store import Store


class TakeOver(NamedTuple):
    """Ctrl+T, done by the worker on its own connection: the lease, then the session."""

    held: bool  # False: another console still drives
    stored: StoredSession | None = None  # the session as the server holds it
    epoch: int = 0  # the lease's, from now on this console's


class PushReport(NamedTuple):
    """What the worker last found."""

    waiting: int  # events still on this computer only
    offline: bool  # the server did not answer
    fenced: bool  # the server refused this console's epoch: another drives now
    problem: StoreProblem | None = None  # any other refusal, to be said
    took: TakeOver | None = None  # a take-over's outcome (a worker started taking)


class Pusher(ServerWorker):
    """``taking``: started by Ctrl+T on a console that follows. Its first round
    takes the lease and reads the session, and says so; it pushes nothing
    until woken again, once the console set aside what the log went on
    without (:meth:`LiveSession.took_over`)."""

    def __init__(
        self, live: LiveSession, told: Callable[[], None], *, taking: bool = False
    ) -> None:
        journal = live.store.journal
        if journal is None:
            raise ValueError("a pusher is for a session on a server")
        super().__init__(live.store, told, every=LEASE_RENEW_EVERY_S, name="tourdetable-push")
        self._session = live.id
        self._epoch = None if taking else live.store.lease_epoch(live.id)
        self._live_journal = journal
        journal.flush()  # what the console's thread knows pushed, out before the worker reads
        self.report = PushReport(live.waiting, offline=False, fenced=False)
        self._release = False
        self._journal: Journal | None = None
        self._replica: SessionEngine | None = None
        self._taking = taking
        self._unsettled = taking  # taken: nothing pushed before the console settled
        self.start()
        if taking:
            self.wake()  # Ctrl+T: now, not at the round's time

    def settled(self) -> None:
        """The console took the session over and set aside what it had to: what
        waits in the journal may go now."""
        self._unsettled = False
        self.wake()

    def stop(self, *, release: bool = False, wait: float = 2.0) -> None:
        """The worker ends after its round (``release``: pushing what waits and
        letting the lease go, on its own connection); the console's thread
        waits ``wait`` seconds at most, a frozen link included."""
        self._release = release
        super().stop(wait=wait)

    # -- the worker's thread ------------------------------------------------------

    def _finished(self) -> bool:
        took = self.report.took
        return self.report.fenced or (took is not None and not took.held)

    def _last(self) -> None:
        if self._release and not self.report.fenced and self._store is not None:
            with suppress(StoreError):
                self._store.release_session(self._session)

    def _opened(self, store: Store) -> None:
        if self._epoch is not None:
            store.adopt_lease(self._session, self._epoch)

    def _own(self) -> tuple[Journal | None]:
        return (self._journal,)

    def _round(self) -> None:
        try:
            store = self._server()
            if self._taking:
                self._take(store)
                return
            if self._unsettled:
                return
            if self._journal is None:
                self._journal = self._live_journal.reopen()  # SQLite: one connection a thread
            pushed = self._push_waiting()
            # With no key since the last round, the lease kept for another while.
            if not pushed and not store.renew_session(self._session):
                raise StoreError(StoreProblem.HELD_ELSEWHERE, store.path, "lease")
            self._say(offline=False)
        except StoreError as exc:
            if exc.problem in (StoreProblem.HELD_ELSEWHERE, StoreProblem.WRITTEN_ELSEWHERE):
                self._say(offline=False, fenced=True)
            elif exc.problem in OFFLINE_PROBLEMS:
                self._say(offline=True)
            else:
                self._say(offline=False, problem=exc.problem)

    def _take(self, store: Store) -> None:
        if not store.hold_session(self._session):
            took = TakeOver(held=False)
        else:
            self._taking = False
            epoch = store.lease_epoch(self._session)
            assert epoch is not None
            took = TakeOver(True, store.load(self._session), epoch)
        waiting = self.report.waiting
        self.report = PushReport(waiting, offline=False, fenced=False, took=took)
        self._told()

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

    def _say(
        self, *, offline: bool, fenced: bool = False, problem: StoreProblem | None = None
    ) -> None:
        waiting = self._journal.count(self._session) if self._journal is not None else 0
        self.report = PushReport(waiting, offline, fenced, problem)
        self._told()  # each round: the console's status line follows the journal
