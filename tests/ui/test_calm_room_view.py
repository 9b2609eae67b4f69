"""The calm room on the projection: a count-up or a bar instead of a countdown,
no red and no flash when the time is up, the silent reflection said and ended
by a soft chime, and the view changed from the console's menu."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.kinds import TimerView
from app.session.rules.cues import Cue
from tests.conftest import make_setup
from ui.theme import CUE_COLOURS


def open_groupe_de_parole(qtbot, tdt, store, catalog, clock):
    setup = make_setup(catalog, "groupe-parole")
    screens = tdt.open_session(store.create_session(setup, clock.wall()))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    # The room's window is shown after the console's first paint (later under load).
    qtbot.waitUntil(screens.projection.isVisible)
    screens.controller.timing.toggle_running()
    return screens


def background(projection) -> str:
    return projection.palette().color(QPalette.ColorRole.Window).name()


def test_a_count_up_that_never_turns_red_nor_flashes(qtbot, tdt, store, catalog, clock) -> None:
    screens = open_groupe_de_parole(qtbot, tdt, store, catalog, clock)
    c, projection = screens.controller, screens.projection
    clock.advance(95)
    c.refresh()
    assert projection.countdown.text() == "1:35"  # the time taken
    assert projection.cue.text() == "Temps écoulé"  # never "Temps restant" over a count-up
    assert screens.console.timer.text() == "1:25"  # the facilitator keeps the time left
    clock.advance(c.live.engine.step_limit(0))  # well past its end
    c.refresh()
    assert c.snapshot.cue is Cue.OVERTIME
    assert background(projection) == QColor(CUE_COLOURS[Cue.NORMAL][0]).name()
    assert projection.flash_cover.isHidden()


def test_the_silent_reflection_is_said_and_ends_on_a_soft_chime(
    qtbot, tdt, store, catalog, clock
) -> None:
    screens = open_groupe_de_parole(qtbot, tdt, store, catalog, clock)
    c, projection = screens.controller, screens.projection
    reflection = next(i for i, p in enumerate(c.live.engine.plan) if p.step.id == "reflection")
    c.timing.jump(reflection)
    assert projection.floor.text() == "Réflexion individuelle, en silence"
    assert projection.countdown.text() == "" and projection.bar.isVisible()
    c.floor.floor_by_position(2)
    assert c.snapshot.speaker is None
    assert projection.cue.text() == ""  # a bar: no time words
    clock.advance(c.live.engine.step_limit(reflection) + 7)
    c.refresh()
    assert screens.chime.last_soft is True
    assert projection.cue.text() == "" and projection.countdown.text() == ""  # no "+0:07"
    assert "Dépassement" in screens.console.cue.text()  # the facilitator is told


def test_the_console_menu_chooses_what_the_room_sees(qtbot, tdt, store, catalog, clock) -> None:
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    console, projection, c = screens.console, screens.projection, screens.controller
    assert console.clock_views[TimerView.COUNTDOWN].isChecked()
    assert projection.countdown.text() == "5:00"
    console.clock_views[TimerView.NONE].trigger()
    assert c.snapshot.timer_view is TimerView.NONE
    assert projection.countdown.text() == "" and projection.bar.isHidden()
    console.clock_views[TimerView.COUNT_UP].trigger()
    assert projection.countdown.text() == "0:00"
    assert console.clock_views[TimerView.COUNT_UP].isChecked()
    c.timing.next_step()  # another step: its own view, the countdown
    assert (
        projection.countdown.text() != "" and console.clock_views[TimerView.COUNTDOWN].isChecked()
    )
