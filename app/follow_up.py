"""What a session hears of the one before: the previous narrator's actions, to
be reviewed in the "retour" step, and management's answer to the last relevé,
read at the opening. A view model, read once and again after each review (not
on every repaint)."""

from __future__ import annotations

import msgspec

from app.cycle import ActionStatus, CarriedAction, Cycles, Evaluation, ManagementAnswer

# The steps where the previous session's plan is reviewed.
REVIEW_STEPS = {"previous", "retour"}


class FollowUp(msgspec.Struct):
    cycles: Cycles
    session_id: int
    evaluates: bool = False  # the protocol asks whether each action worked (REX)
    actions: list[CarriedAction] = msgspec.field(default_factory=list)
    answer: ManagementAnswer | None = None  # the latest
    answers: list[ManagementAnswer] = msgspec.field(default_factory=list)
    selected: int = 0

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.actions = self.cycles.carried_actions(self.session_id)
        self.answers = self.cycles.answers_for_opening(self.session_id)
        self.answer = self.answers[-1] if self.answers else None
        self.selected = min(self.selected, max(0, len(self.actions) - 1))

    @property
    def current(self) -> CarriedAction | None:
        return self.actions[self.selected] if self.actions else None

    def select_next(self) -> None:
        if self.actions:
            self.selected = (self.selected + 1) % len(self.actions)

    def mark(
        self,
        status: ActionStatus,
        wall: float,
        comment: str = "",
        evaluation: Evaluation | None = None,
        trace: str = "",
    ) -> None:
        """Review the selected action, then move to the next one not yet reviewed."""
        action = self.current
        if action is None:
            return
        self.cycles.review_action(
            self.session_id, action.note_id, status, wall, comment, evaluation, trace
        )
        self.reload()
        waiting = [i for i, a in enumerate(self.actions) if a.status is None]
        if waiting:
            self.selected = waiting[0]
