"""What home reads: the sessions to resume, the past ones page by page, the
groups' tree, and a search. Reads only: home changes nothing itself."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.group.rules import AwaitedAnswer, awaited_answers
from app.home.view import GroupBranch, SessionLeaf, cycle_branch, cycle_leaves
from app.session.rules.records import Found

if TYPE_CHECKING:
    from app.session.store import Store


def group_tree(store: Store, *, today: date) -> list[GroupBranch]:
    cycles = store.cycles
    branches = []
    for group_id, name in cycles.group_ids():
        group_cycles = cycles.cycles(group_id)
        branches.append(
            GroupBranch(
                group_id,
                name,
                [cycle_branch(c, cycles.calendar(c.id), today) for c in group_cycles],
                bool(store.group_sessions(group_id, None)),
            )
        )
    return branches


def cycle_rows(
    store: Store, *, group_id: int, cycle_id: int | None, today: date
) -> list[SessionLeaf]:
    """A cycle's sessions held and planned (``cycle_id`` None: those outside any)."""
    held = store.group_sessions(group_id, cycle_id)
    entries = store.cycles.calendar(cycle_id) if cycle_id is not None else None
    return cycle_leaves(held, entries, today)


def late_answers(store: Store, *, today: date, days: int) -> list[AwaitedAnswer]:
    """The relevés sent more than ``days`` ago that management has not answered."""
    return awaited_answers(store.sendings(), today, days)


def find(store: Store, *, words: str) -> list[Found]:
    return store.search(words)
