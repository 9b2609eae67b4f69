"""A console that does not drive the session follows it: a worker hears the
driving console's events and reads them (app.session.ops.follower); here, on
the console's thread, each reading is folded in, in order, and what it changed
is said. The console's thread never waits on the network to follow."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from app.errors import StoreError
from app.session.ops.follower import Follower
from ui.operations import failure_text

if TYPE_CHECKING:
    from ui.session.controller import SessionController


class Following:
    def __init__(self, controller: SessionController) -> None:
        self._c = controller
        self._follower: Follower | None = None

    def follow(self) -> None:
        """Follow from now on (on a server); after a lost lease, read it whole."""
        live = self._c.live
        if live.store.on_server and self._follower is None:
            self._follower = Follower(live, self._c.followed.emit)
        elif self._follower is not None and live.stale:
            self._follower.read_whole()

    def heard(self) -> None:
        """The follower's readings, folded in on the console's thread, in order."""
        c, follower = self._c, self._follower
        if follower is None:
            return
        if follower.problem is not None:
            text = failure_text(StoreError(follower.problem, c.live.store.path))
            follower.problem = None
            if text is not None:
                c.failed.emit(text)
        while follower.readings:
            reading = follower.readings.popleft()
            had_aside = bool(c.live.set_aside)
            stored = reading.stored
            if stored is not None:  # after a lost lease: the server's log, whole
                c.do(partial(c.live.reloaded, stored))
                c.refresh()
            else:
                c.do(partial(c.live.followed, reading.known, reading.events))
            if not had_aside and c.live.set_aside:  # the log went on without them
                c.show_waiting()
                c.aside_found.emit()

    def stop(self) -> None:
        if self._follower is not None:
            self._follower.stop(wait=0.0)  # it ends at its round's end, on its own
            self._follower = None
