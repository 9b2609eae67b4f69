"""A thread that talks to a service's server for a console (issue 27): the
console's thread never waits on the network, a frozen link holds up this
thread only.

Each worker has its own connection to the server (and to the journal on this
computer: SQLite's connections are one a thread). It works in rounds: when
woken (something waits), and every ``every`` seconds otherwise. A round the
server does not answer within CALL_DEADLINE_S has its socket shut, as TCP
would after ``tcp_user_timeout``, so that a link frozen in between (a proxy, a
NAT) never holds the worker for ever. What a round found is told through a
callback the window turns into a signal of its own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Protocol

from app.server.rules import TCP_USER_TIMEOUT_MS

if TYPE_CHECKING:
    from app.session.store import Store

CALL_DEADLINE_S = TCP_USER_TIMEOUT_MS / 1000  # one round's calls, at most


class Closable(Protocol):
    def close(self) -> None: ...


class ServerWorker:
    """The thread, its rounds and its connection; a subclass says what a round does."""

    def __init__(self, store: Store, told: Callable[[], None], *, every: float, name: str) -> None:
        self._live_store = store
        self._told = told
        self._every = every
        self._wake = threading.Event()
        self._stopping = False
        self._store: Store | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    # -- the console's thread -----------------------------------------------------

    def wake(self) -> None:
        """Something waits: a round now rather than at its time."""
        self._wake.set()

    def stop(self, *, wait: float = 2.0) -> None:
        """The worker ends after its round (its last, ``_last``, included); the
        console's thread waits ``wait`` seconds at most, a frozen link included."""
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
                self._wake.wait(timeout=self._every)
                self._wake.clear()
                self._guarded(self._round)
                if self._stopping or self._finished():
                    break
            self._guarded(self._last)
        finally:
            for closing in (self._store, *self._own()):
                if closing is not None:
                    with suppress(Exception):  # the worker's own; nothing of it is kept
                        closing.close()

    def _guarded(self, work: Callable[[], None]) -> None:
        watchdog = threading.Timer(CALL_DEADLINE_S, self._interrupt)
        watchdog.daemon = True
        watchdog.start()
        try:
            work()
        finally:
            watchdog.cancel()

    def _server(self) -> Store:
        """The worker's own connection, opened or opened again."""
        if self._store is None:
            self._store = self._live_store.reader()
            self._opened(self._store)
        elif not self._store.connected:
            self._store.reconnect()
        return self._store

    def _interrupt(self) -> None:
        store = self._store
        if store is not None:
            store.interrupt()

    # -- what a subclass says ---------------------------------------------------------

    def _round(self) -> None:
        raise NotImplementedError

    def _last(self) -> None:
        """After the last round, before the connection closes (nothing by default)."""

    def _finished(self) -> bool:
        """No round after this one (the worker ends of itself)."""
        return False

    def _opened(self, store: Store) -> None:
        """A first connection to the server was just made."""

    def _own(self) -> tuple[Closable | None, ...]:
        """What else the worker opened on its thread, closed when it ends."""
        return ()
