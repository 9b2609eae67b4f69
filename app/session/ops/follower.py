"""A console that does not drive the session follows it on a thread of its own
(issue 27, item 5): it hears the driving console's events (LISTEN), reads them
on its own connection and hands them to the console's thread, which folds them
in. After a lost lease it reads the session again, whole. The console's thread
never waits on the network to follow: a frozen link holds up this thread only.

Each reading is kept in order until the console's thread takes it: a reading
says after which event it starts, so none is folded in twice or skipped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, NamedTuple

from app.errors import StoreError, StoreProblem
from app.session.ops.live import OFFLINE_PROBLEMS, LiveSession
from app.session.ops.worker import ServerWorker

if TYPE_CHECKING:
    from app.db.server import Listener
    from app.session.rules.engine import Event
    from app.session.rules.records import StoredSession
    from app.session.store import Store

HEAR_FOR_S = 1.0  # a round waits this long for the server's word (and a stop as long)


class Reading(NamedTuple):
    """What the worker read: the events after the ``known``-th, or the session whole."""

    known: int
    events: list[Event]
    stored: StoredSession | None = None


class Follower(ServerWorker):
    def __init__(self, live: LiveSession, told: Callable[[], None]) -> None:
        super().__init__(live.store, told, every=0.0, name="tourdetable-follow")
        self._session = live.id
        self._known = len(live.engine.events)
        self._whole = live.stale  # the lease was lost: the session is read again, whole
        self._listener: Listener | None = None
        self.readings: deque[Reading] = deque()  # taken by the console's thread, in order
        self.offline = False
        self.problem: StoreProblem | None = None
        self.start()

    def read_whole(self) -> None:
        """The console lost its lease meanwhile: the session whole, at the next round."""
        self._whole = True
        self.wake()

    def _own(self) -> tuple[Listener | None]:
        return (self._listener,)

    def _round(self) -> None:
        try:
            store = self._server()
            opened = self._listener is None
            if opened:
                self._listener = store.listener()
            if self._whole:
                self._whole = False
                stored = store.load(self._session)
                self._known = len(stored.events)
                self._tell(Reading(self._known, [], stored))
            assert self._listener is not None
            heard = [] if opened else self._listener.heard(timeout=HEAR_FOR_S)
            # Just listening: what was written before LISTEN began is read too.
            if opened or any(session == self._session for session, _seq in heard):
                self._read_after(store)
            self.offline = False
        except StoreError as exc:
            self._lost_link()
            self.offline = exc.problem in OFFLINE_PROBLEMS
            if not self.offline:
                self.problem = exc.problem
                self._told()
        except Exception:  # the listener's own errors (psycopg's): a link gone
            self._lost_link()
            self.offline = True

    def _read_after(self, store: Store) -> None:
        events = store.events_after(self._session, self._known)
        if events:
            self._tell(Reading(self._known, events))
            self._known += len(events)

    def _tell(self, reading: Reading) -> None:
        self.readings.append(reading)
        self._told()

    def _lost_link(self) -> None:
        """Heard nothing more: a new listener (and a reading) once it answers."""
        if self._listener is not None:
            with suppress(Exception):
                self._listener.close()
            self._listener = None
        self._wake.wait(timeout=HEAR_FOR_S)  # not a busy loop while the server is away
