"""What a user can do, one keyword-only function per action (Anki's
``aqt.operations``, without Qt). A window calls these and never the store;
each returns :class:`OpChanges`, which says what changed so that every window
redraws only its part. Selections are ids, never labels.

Slow ones (a bilan, a PDF) are plain functions too: the Qt side runs them on a
worker thread (:mod:`ui.operations`), each with its own read connection.
"""

from __future__ import annotations

import msgspec


class OpChanges(msgspec.Struct, frozen=True):
    """What an operation changed, for the windows that show it."""

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

    def __or__(self, other: OpChanges) -> OpChanges:
        fields = self.__struct_fields__
        return OpChanges(**{name: getattr(self, name) or getattr(other, name) for name in fields})

    @property
    def anything(self) -> bool:
        return any(getattr(self, name) for name in self.__struct_fields__)


NOTHING = OpChanges()
