"""The plan changed during a session through the console: a step's length, its
last-minute cue, a step moved or skipped, a break the room can read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.session.rules.cues import Cue
from tests.ui.keyboard import press
from ui.session.steps_panel import StepsPanel

CTRL = Qt.KeyboardModifier.ControlModifier


def click_step(qtbot, panel: StepsPanel, step_index: int) -> None:
    """A click on the row of that step, wherever it now stands."""
    row = next(i for i, r in enumerate(panel.rows) if r.index == step_index)
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.chosen().index == step_index


def test_the_plan_changes_during_the_session(qtbot, tdt, clock, monkeypatch) -> None:
    screens = tdt.start_demo()
    console, c = screens.console, screens.controller
    engine, panel = c.live.engine, console.steps
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    names = [p.step.id for p in engine.plan]
    assert names == [
        "opening", "expose", "questions", "understanding", "possibles", "action", "closing"
    ]  # fmt: skip
    planned_before = c.snapshot.session.planned

    # "Élaboration des possibles" planned 20 minutes, moved before "Compréhension".
    monkeypatch.setattr(StepsPanel, "ask_minutes", staticmethod(lambda *_a: 20))
    click_step(qtbot, panel, 4)
    qtbot.mouseClick(panel.length_button, Qt.MouseButton.LeftButton)
    assert engine.step_planned(4) == 20 * 60
    assert "20:00 / —" in panel.list.item(4).text()
    click_step(qtbot, panel, 4)
    qtbot.mouseClick(panel.earlier_button, Qt.MouseButton.LeftButton)
    assert [r.index for r in panel.rows] == [0, 1, 2, 4, 3, 5, 6]
    # "Action possible" left out: the plan's total no longer counts it.
    click_step(qtbot, panel, 5)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert 5 in engine.skipped and panel.list.item(5).font().strikeOut()
    assert c.snapshot.session.planned == planned_before - 10 * 60 - 15 * 60

    # The next-step key follows the new order and passes over the skipped step.
    visited = []
    for _ in range(5):
        press(Qt.Key.Key_Right)
        visited.append(engine.step_index)
    assert visited == [1, 2, 4, 3, 6]
    press(Qt.Key.Key_Left)
    assert engine.step_index == 3

    # This step's cue three minutes before its end.
    monkeypatch.setattr(StepsPanel, "ask_minutes", staticmethod(lambda *_a: 3))
    click_step(qtbot, panel, 3)
    qtbot.mouseClick(panel.warning_button, Qt.MouseButton.LeftButton)
    clock.advance(engine.step_planned(3) - 150)
    c.refresh()
    assert c.snapshot.cue is Cue.LAST_MINUTE
    assert console.cue.text() == "Les 3 dernières minutes"

    # A break of ten minutes: the timer waits, the room sees when it ends.
    monkeypatch.setattr(StepsPanel, "ask_minutes", staticmethod(lambda *_a: 10))
    press(Qt.Key.Key_B, CTRL)
    assert not engine.running
    projection = screens.projection
    assert projection.heading.text() == "Pause" and projection.countdown.text() == "10:00"
    assert c.snapshot.cue is Cue.NORMAL  # not the step's colours
    assert c.repainting  # the break's countdown ticks while the step's timer waits
    elapsed = engine.step_elapsed(3, c.live.now())
    clock.advance(61)
    c.refresh()
    assert projection.countdown.text() == "8:59"
    assert console.cue.text().startswith("Pause — reprise à ")
    assert engine.step_elapsed(3, c.live.now()) == elapsed  # the step's time waited
    press(Qt.Key.Key_Space)  # the group is back
    assert engine.running and engine.break_until is None
    assert projection.heading.text().startswith("Étape")


def test_the_current_step_is_never_skipped_nor_moved(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    panel, engine = screens.console.steps, screens.controller.live.engine
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    click_step(qtbot, panel, 0)
    assert not panel.skip_button.isEnabled() and not panel.earlier_button.isEnabled()
    screens.controller.timing.skip_step(0, skipped=True)
    screens.controller.timing.move_step(0, +1)
    assert engine.skipped == set() and engine.order == list(range(len(engine.plan)))
    click_step(qtbot, panel, 1)  # the next one cannot go before the current one
    assert not panel.earlier_button.isEnabled() and panel.later_button.isEnabled()


def test_a_step_with_a_range_says_its_range_until_its_plan_changes(qtbot, tdt) -> None:
    screens = tdt.start_demo()
    steps, c = screens.console.steps, screens.controller
    expose = next(r for r in c.snapshot.steps if r.name.startswith("Exposé"))

    def line() -> str:
        return steps.list.item([r.index for r in c.snapshot.steps].index(expose.index)).text()

    assert "10–15 min" in line() and "12:00" not in line()  # ANACT: 10 to 15 minutes
    c.timing.plan_step(expose.index, 14)
    assert "14:00" in line() and "10–15" not in line()  # the facilitator's own plan
