"""Cue changes reach a screen reader: each goes out as a Qt accessibility
announcement event (assertive when the time is up), and the console's live
line carries it as its accessible name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication


def test_the_step_the_floor_the_last_minute_and_the_overtime_are_announced(
    qtbot, tdt, clock, monkeypatch
) -> None:
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    send = QAccessible.updateAccessibility

    def listen(event) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.message(), event.politeness()))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(listen))
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c, console = screens.controller, screens.console
    c.timing.toggle_running()
    c.floor.floor_by_position(1)
    clock.advance(c.live.engine.step_limit(0) - 30)
    c.refresh()
    clock.advance(31)
    c.refresh()
    c.timing.next_step()
    polite, assertive = (
        QAccessible.AnnouncementPoliteness.Polite,
        QAccessible.AnnouncementPoliteness.Assertive,
    )
    name = c.live.engine.people[1].name
    assert heard == [
        (f"{name} a la parole", polite),
        ("Dernière minute de l’étape", polite),
        ("Temps écoulé pour cette étape", assertive),
        ("Étape 2 sur 7 : Exposé du narrateur", polite),
    ]
    reader = QAccessible.queryAccessibleInterface(console.announcer)
    assert reader.text(QAccessible.Text.Name) == "Étape 2 sur 7 : Exposé du narrateur"
    c.refresh()  # the same moment again: nothing more said
    assert len(heard) == 4
