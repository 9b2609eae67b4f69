"""What the server feature's records are: a group's year as a coordinator may
see it (counts and averages, never a name)."""

from __future__ import annotations

from typing import NamedTuple


class GroupYear(NamedTuple):
    """One group's year, as the coordinator may see it."""

    group: str
    cycles: list[str]
    sessions_held: int
    hours: float
    seats: float  # on average per session
    present: int
    excused: int
    absent: int
    releves_sent: int
    releves_answered: int
    answer_days: list[int]  # each answer's delay
    actions: int
    evaluations: dict[str, float]  # question -> average of its scores (1 to 5)
