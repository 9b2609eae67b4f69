"""Time steered from the console: the proposal to end on time, answered with one
key, the plan, the expected end and the room following; a limit per
intervention the room reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.session.rules.cues import signed_countdown
from tests.ui.keyboard import press
from ui.session.steps_panel import StepsPanel


def late_demo(qtbot, tdt, clock, minutes: float = 9):
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c = screens.controller
    press(Qt.Key.Key_Space)
    clock.advance(c.live.engine.step_planned(0) + minutes * 60)
    c.refresh()
    return screens


def test_running_late_the_console_proposes_and_f_finishes_on_time(qtbot, tdt, clock) -> None:
    screens = late_demo(qtbot, tdt, clock)
    console, c = screens.console, screens.controller
    offer = c.snapshot.catch_up
    assert offer is not None and console.catch_up.isVisible()
    assert "9 min de retard" in console.catch_up.text.text()  # how late, said
    end_before = c.snapshot.session.expected_end_wall
    planned_before = {row.index: row.planned for row in c.snapshot.steps}
    press(Qt.Key.Key_F)
    snap = c.snapshot
    assert snap.catch_up is None and not console.catch_up.isVisible()
    assert snap.session.expected_end_wall == end_before - offer.saved
    for row in snap.steps:
        if row.index in offer.lengths:
            assert row.planned == offer.lengths[row.index] < planned_before[row.index]
    shown = [console.steps.list.item(n).text() for n in range(console.steps.list.count())]
    for step, seconds in offer.lengths.items():
        planned = f"{int(seconds // 60)}:{int(seconds % 60):02d}"
        assert any(f"{step + 1}. " in line and planned in line for line in shown), planned
    c.timing.next_step()  # the room follows: the next step counts down from its new length
    snap = c.snapshot
    assert snap.planned == offer.lengths[snap.step_index]
    assert screens.projection.countdown.text() == signed_countdown(snap.remaining)
    assert snap.remaining == c.live.engine.step_limit(snap.step_index)


def test_g_keeps_the_plan_and_is_not_asked_again_at_once(qtbot, tdt, clock) -> None:
    screens = late_demo(qtbot, tdt, clock)
    console, c = screens.console, screens.controller
    planned = [row.planned for row in c.snapshot.steps]
    press(Qt.Key.Key_G)
    assert c.snapshot.catch_up is None and not console.catch_up.isVisible()
    assert [row.planned for row in c.snapshot.steps] == planned
    clock.advance(60)
    c.refresh()
    assert not console.catch_up.isVisible()


def test_f_does_nothing_when_nothing_is_proposed(qtbot, tdt, clock) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    events = len(screens.controller.live.engine.events)
    press(Qt.Key.Key_F)
    press(Qt.Key.Key_G)
    assert len(screens.controller.live.engine.events) == events


def test_a_limit_per_intervention_the_room_reads(qtbot, tdt, clock, monkeypatch) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    console, c = screens.console, screens.controller
    press(Qt.Key.Key_Space)
    questions = next(i for i, p in enumerate(c.live.engine.plan) if p.step.id == "questions")
    c.timing.jump(questions)
    monkeypatch.setattr(StepsPanel, "ask_minutes", staticmethod(lambda *_a: 2))
    console.steps.choose(questions)
    qtbot.mouseClick(console.steps.limit_button, Qt.MouseButton.LeftButton)
    assert "2 min par intervention" in console.steps.list.currentItem().text()
    press(Qt.Key.Key_3)
    clock.advance(95)
    c.refresh()
    assert "0:25 restantes pour cette intervention" in screens.projection.floor.text()
    assert "0:25 restantes" in console.floor.text()
    clock.advance(40)
    c.refresh()
    assert "0:15 au-delà" in screens.projection.floor.text()


def test_a_timer_left_unstarted_is_said_discreetly_after_three_minutes(qtbot, tdt, clock) -> None:
    from PySide6.QtWidgets import QApplication

    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    c, console = screens.controller, screens.console
    assert c._forgotten.isActive() and c._forgotten.interval() >= 180_000  # one wake-up
    assert "pas encore été lancé" not in console.cue.text()
    clock.advance(181)
    c.refresh()  # what the wake-up does
    assert "pas encore été lancé" in console.cue.text()
    assert screens.projection.cue.text() == "Prêt à démarrer"  # the room is not told
    c.timing.toggle_running()
    assert "pas encore été lancé" not in console.cue.text()
