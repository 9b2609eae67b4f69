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


def test_a_text_that_moves_every_second_keeps_one_name_for_a_screen_reader(
    qtbot, tdt, clock
) -> None:
    """Qt tells a screen reader a label's new name whenever its text changes, unless
    it has a name of its own: the clocks would be read out every second."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c = screens.controller
    c.timing.toggle_running()
    c.floor.floor_by_position(1)
    for window in (screens.console, screens.projection):
        widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
        before = {w: (w.text(), w.accessibleName()) for w in widgets}
        for _ in range(3):
            clock.advance(1)
            c.refresh()
        ticking = [w for w in widgets if w.text() != before[w][0]]
        assert len(ticking) >= 3, window  # the clocks and the speaker's time did move
        unnamed = [w.text() for w in ticking if not w.accessibleName()]
        renamed = [w.accessibleName() for w in ticking if w.accessibleName() != before[w][1]]
        assert (unnamed, renamed) == ([], []), window
