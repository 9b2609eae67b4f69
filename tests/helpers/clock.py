"""A clock that moves only when a test says so (qutebrowser keeps its doubles
in tests/helpers/ the same way): the app's own code never has one."""

from __future__ import annotations

from app.clock import Clock


class FakeClock(Clock):
    """A clock that moves only when told to: for tests and benchmarks."""

    def __init__(self, mono_now: float = 1000.0, wall_now: float = 1_790_000_000.0) -> None:
        # 1_790_000_000: 2026-09-21, an arbitrary fixed instant
        self.mono_now = mono_now
        self.wall_now = wall_now
        super().__init__(lambda: self.mono_now, lambda: self.wall_now)

    def __repr__(self) -> str:
        return f"FakeClock(mono_now={self.mono_now}, wall_now={self.wall_now})"

    def advance(self, seconds: float) -> None:
        self.mono_now += seconds
        self.wall_now += seconds

    def restart_process(self, downtime: float) -> None:
        """Simulate the app being killed and restarted ``downtime`` seconds later."""
        self.wall_now += downtime
        self.mono_now = 5.0  # a new process: the monotonic origin is arbitrary
