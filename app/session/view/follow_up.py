"""What a session hears of the one before: the previous narrator's actions, to
be reviewed in the "retour" step, and management's answer to the last relevé,
read at the opening. A view model, read once and again after each review (not
on every repaint)."""

from __future__ import annotations

import msgspec

from app.group.rules import CarriedAction, ManagementAnswer


class FollowUp(msgspec.Struct):
    """Plain data: the operations read it (:func:`app.session.ops.actions.follow_up_of`)
    and write each review; this only says which action is chosen."""

    session_id: int
    evaluates: bool = False  # the protocol asks whether each action worked (REX)
    actions: list[CarriedAction] = msgspec.field(default_factory=list)
    answers: list[ManagementAnswer] = msgspec.field(default_factory=list)
    selected: int = 0

    @property
    def answer(self) -> ManagementAnswer | None:
        """The latest answer to the previous relevé."""
        return self.answers[-1] if self.answers else None

    def update(self, actions: list[CarriedAction], answers: list[ManagementAnswer]) -> None:
        self.actions = actions
        self.answers = answers
        self.selected = min(self.selected, max(0, len(self.actions) - 1))

    @property
    def current(self) -> CarriedAction | None:
        return self.actions[self.selected] if self.actions else None

    def select_next(self) -> None:
        if self.actions:
            self.selected = (self.selected + 1) % len(self.actions)

    def reviewed(
        self, note_id: int, status: str, comment: str, evaluation: str | None, trace: str
    ) -> None:
        """A review, shown as said before the store has it (on a server, a worker
        writes it; the next reading replaces this with what was kept)."""
        self.actions = [
            a._replace(
                status=status,
                comment=comment,
                evaluation=evaluation,
                trace=trace,
                reviewed_here=True,
            )
            if a.note_id == note_id
            else a
            for a in self.actions
        ]

    def select_first_waiting(self) -> None:
        """After a review: on to the first action not reviewed yet, if any."""
        waiting = [i for i, a in enumerate(self.actions) if not a.reviewed_here]
        if waiting:
            self.selected = waiting[0]
