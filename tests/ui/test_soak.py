"""A real session is 2h30: the app must hold it whole.

The session is driven through the real windows with the facilitator's keys,
from the moment it opens; a fake clock stands for the room's time, and the
views are repainted exactly when the app's repaint timer would ask (each time
a shown second turns), then painted by Qt.
"""

from __future__ import annotations

import gc
import random
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.session.ops.live import LiveSession
from tests.conftest import make_setup
from tests.helpers.clock import FakeClock
from tests.ui.keyboard import press, type_text
from tests.ui.test_full_session import create_through_dialog
from ui.session.console import ConsoleWindow
from ui.session.controller import SessionController

SESSION_SECONDS = 2 * 3600 + 30 * 60
# Python 3.12 made None immortal: its count no longer moves, leak or not.
COUNTS_NONE = sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def repaint_until(qapp, controller: SessionController, clock: FakeClock, until: float) -> int:
    """Let time pass as the app lives it: wake when the timer would, repaint, paint."""
    ticks = 0
    while True:
        wait = controller.next_repaint_ms
        now = controller.live.now()
        if wait < 0:  # paused: nothing repaints, time still passes
            clock.advance(max(0.0, until - now))
            return ticks
        if now + wait / 1000 > until:
            clock.advance(until - now)
            return ticks
        clock.advance(wait / 1000)
        controller.refresh()  # what the timer's timeout runs
        qapp.processEvents()  # and Qt paints the windows
        ticks += 1


def test_the_app_holds_a_whole_session_of_2h30(
    qtbot, qapp, tdt, store, catalog, clock, monkeypatch
) -> None:
    held = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    held.start()  # a session held before: the "retour" step is there
    held.end()
    create_through_dialog(qtbot, tdt)
    screens = tdt.screens
    console, controller = screens.console, screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    engine = controller.live.engine
    steps = [p.step.id for p in engine.plan]
    assert steps[1] == "previous" and steps[-1] == "closing"
    rng = random.Random(20261201)
    objects_at_half: int | None = None
    refs_at_half = 0

    press(Qt.Key.Key_Space)
    start = controller.live.now()
    budget = SESSION_SECONDS / sum(engine.step_planned(i) for i in range(len(steps)))
    turns_given = 0
    ticks = 0
    for index in range(len(steps)):
        if index:
            press(Qt.Key.Key_PageDown)
        assert engine.step_index == index
        step_end = controller.live.now() + engine.step_planned(index) * budget
        kind = engine.plan[index].step.speaker.value
        if kind == "round":
            order = engine.round_state(index).order
            for n, person in enumerate(order):
                if n % 3 == 2:
                    press(Qt.Key.Key_P)  # "je passe"
                    continue
                press(getattr(Qt.Key, f"Key_{engine.people.index(_person(engine, person)) + 1}"))
                turns_given += 1
                ticks += repaint_until(qapp, controller, clock, controller.live.now() + 40)
                press(Qt.Key.Key_Escape)
        while controller.live.now() < step_end - 1:
            position = 1 if kind == "narrator" else rng.randrange(0, len(engine.people))
            if engine.speaker == engine.people[position].id:
                press(Qt.Key.Key_Escape)  # their key again would end the turn, not start one
            press(getattr(Qt.Key, f"Key_{position + 1}"))
            turns_given += 1
            length = rng.uniform(5, 240)
            ticks += repaint_until(
                qapp, controller, clock, min(step_end, controller.live.now() + length)
            )
            if rng.random() < 0.3:
                press(Qt.Key.Key_Escape)  # a silence
                ticks += repaint_until(qapp, controller, clock, controller.live.now() + 3)
        press(Qt.Key.Key_N)
        type_text(f"! idée {index} : un binôme 👥 avec la CAF")
        press(Qt.Key.Key_Return)
        if index == 4:
            press(Qt.Key.Key_Space)  # a pause in the middle
            ticks += repaint_until(qapp, controller, clock, controller.live.now() + 600)
            press(Qt.Key.Key_Space)
            gc.collect()
            objects_at_half = len(gc.get_objects())
            refs_at_half = sys.getrefcount(None)

    elapsed = controller.live.now() - start
    assert elapsed >= SESSION_SECONDS
    assert ticks >= SESSION_SECONDS - 600 - 200  # one repaint a second, none while paused
    # The second half of a running session, measured before the end: the end
    # opens the sheet dialog, whose first use loads ReportLab (thousands of objects
    # that are no leak, and that a run after other tests has already loaded).
    gc.collect()
    assert objects_at_half is not None
    growth = len(gc.get_objects()) - objects_at_half
    assert growth < 5_000, f"{growth} more Python objects after the second half"
    if COUNTS_NONE:
        lost = refs_at_half - sys.getrefcount(None)
        assert abs(lost) < 2_000, f"{lost} references to None lost in the second half"
    monkeypatch.setattr(ConsoleWindow, "confirm_end", staticmethod(lambda _parent: True))
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the end: totals are written
    console.export_dialog.close()

    raw = sqlite3.connect(store.path)
    (turns,) = raw.execute(
        "select count(*) from turns where session_id = ?", (controller.live.id,)
    ).fetchone()
    notes = raw.execute(
        "select text from notes where session_id = ? order by id", (controller.live.id,)
    ).fetchall()
    raw.close()
    assert turns == turns_given
    assert [n[0] for n in notes] == [
        f"idée {i} : un binôme 👥 avec la CAF" for i in range(len(steps))
    ]
    assert round(engine.running_seconds(controller.live.now())) == round(elapsed) - 600


def _person(engine, person_id: int):
    return next(p for p in engine.people if p.id == person_id)


@pytest.mark.skipif(not COUNTS_NONE, reason="None is immortal on this Python: nothing to count")
def test_repainting_does_not_leak_references(qtbot, qapp, tdt, clock) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt
    call; a few minutes of repaints then abort the app. Caught here in seconds."""
    screens = tdt.start_demo()
    controller = screens.controller
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_2)
    repaint_until(qapp, controller, clock, controller.live.now() + 60)  # warm up
    gc.collect()
    before = sys.getrefcount(None)
    # Short enough that a leaking binding fails here rather than aborting the run.
    ticks = repaint_until(qapp, controller, clock, controller.live.now() + 200)
    gc.collect()
    lost = before - sys.getrefcount(None)
    assert ticks >= 190
    # Each repaint makes dozens of void Qt calls: a leaking binding loses thousands.
    assert abs(lost) < 100, f"{lost} references to None lost over {ticks} repaints"
