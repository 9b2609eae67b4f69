"""What a user can do, one keyword-only function per action (Anki's
``aqt.operations``, without Qt). A window calls these and never the store;
each returns :class:`OpChanges`, which says what changed so that every window
redraws only its part. Selections are ids, never labels.

Slow ones (a bilan, a PDF) are plain functions too: the Qt side runs them on a
worker thread (:mod:`ui.operations`), each with its own read connection.
"""

from __future__ import annotations

from typing import NamedTuple


class OpChanges(NamedTuple):
    """What an operation changed, for the windows that show it. A NamedTuple, not a
    Struct: home's start loads this module and must not pay for msgspec."""

    groups: bool = False  # a group appeared or went
    members: bool = False
    cycles: bool = False
    calendar: bool = False
    answers: bool = False
    sessions: bool = False  # a session was created, deleted or its listing changed
    cases: bool = False  # a case's texts, theme or follow-up date
    notes: bool = False
    follow_up: bool = False  # an action reviewed
    protection: bool = False  # the store's passphrase
    framing: bool = False  # the group's framing note

    def __or__(self, other: object) -> OpChanges:
        if not isinstance(other, OpChanges):
            return NotImplemented
        return OpChanges(*(a or b for a, b in zip(self, other, strict=True)))

    @property
    def anything(self) -> bool:
        return any(self)

    @property
    def shown(self) -> set[str]:
        """The names of what changed."""
        return {name for name, changed in zip(self._fields, self, strict=True) if changed}


NOTHING = OpChanges()
