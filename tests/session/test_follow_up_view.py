"""The retour step's view model: a review shown as said, before the store has it."""

from __future__ import annotations

from app.group.rules import CarriedAction
from app.session.view.follow_up import FollowUp


def action(note_id: int, text: str) -> CarriedAction:
    return CarriedAction(note_id, text, "", "", None, "", None, "")


def test_a_review_is_shown_on_its_action_only_before_it_is_read_again() -> None:
    view = FollowUp(2, actions=[action(5, "Appeler la CAF"), action(6, "Relire")])
    view.reviewed(6, "done", "enfin", "partly", "document unique")
    first, second = view.actions
    assert first == action(5, "Appeler la CAF")  # the others as they were
    assert (second.status, second.comment, second.evaluation, second.trace) == (
        "done",
        "enfin",
        "partly",
        "document unique",
    )
    assert second.reviewed_here and second.shown_status == "done"
    view.select_first_waiting()
    assert view.current == first  # on to the one still waiting
    view.update([action(5, "Appeler la CAF"), action(6, "Relire")], [])  # read again
    assert view.actions[1].shown_status is None  # the store's word wins
