"""The real console on a service's PostgreSQL server: a session run from the
keys, its sheet's names read off the GUI thread on a connection of its own,
and everything found again by another connection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.repository import Store
from tests.ui.keyboard import press
from ui.main import TourDeTable


def test_a_session_runs_on_the_server(qtbot, server_url, catalog, clock) -> None:
    store = Store.open_server(server_url)
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(tdt.home)
    screens = tdt.start_demo()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_2)
    clock.advance(75)
    press(Qt.Key.Key_PageDown)
    session_id = screens.controller.live.id
    screens.controller.end_session()
    screens.console.close()
    other = Store.open_server(server_url)
    stored = other.load(session_id)
    assert [e.kind.value for e in stored.events][:3] == ["started", "floor_taken", "step_changed"]
    [turn] = stored.engine().turns
    assert turn.talk == 75
    other.close()
    tdt.shutdown()
    store.close()
