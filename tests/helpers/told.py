"""A worker's callback, waited for without sleeping."""

from __future__ import annotations

import threading

WAIT = 30.0  # at most, for a worker's round on a live link (never reached)


class Told:
    """The worker's callback: each round's news, waited for without sleeping."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def __call__(self) -> None:
        self._event.set()

    def next(self) -> None:
        self._event.clear()

    def wait(self, timeout: float = WAIT) -> None:
        assert self._event.wait(timeout), "the worker said nothing"
