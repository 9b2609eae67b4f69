"""The key rules a facilitator relies on, read from the one table of bindings."""

from PySide6.QtCore import Qt

from ui.session.keys import BINDINGS, Action


def bound(action: Action) -> set[Qt.Key]:
    return {key for b in BINDINGS if b.action is action for key in b.keys}


def test_rule_equals_gives_one_more_minute() -> None:
    """On a keyboard where + needs Shift, the = key beside it gives the minute."""
    assert Qt.Key.Key_Equal in bound(Action.EXTEND)
    assert {Qt.Key.Key_Plus, Qt.Key.Key_Up} <= bound(Action.EXTEND)
    assert Qt.Key.Key_Equal not in bound(Action.SHORTEN)
