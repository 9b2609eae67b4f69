"""What the facilitator reads when the store says no: a sentence, never SQL."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.errors import StoreError, StoreProblem
from app.session.store import Store
from ui import main as ui_main
from ui.operations import store_error_text

RAW = "(sqlite3.OperationalError) database or disk is full [SQL: INSERT INTO events (session_id"


@pytest.mark.parametrize("problem", list(StoreProblem))
def test_every_store_problem_has_a_plain_french_sentence(problem, tmp_path) -> None:
    text = store_error_text(StoreError(problem, tmp_path / "tourdetable.db", RAW))
    assert text and "{" not in text and "SQL" not in text and "sqlite" not in text.lower()
    assert text.endswith(".") and text[0].isupper()


def test_a_failed_write_shows_a_sentence_on_the_status_line(qtbot, tdt, monkeypatch) -> None:
    screens = tdt.start_demo()
    live = screens.controller.live

    class FullDisk:
        in_transaction = False

        def execute(self, sql, *_args):
            if sql.startswith("INSERT"):
                exc = sqlite3.OperationalError("database or disk is full")
                exc.sqlite_errorcode = 13  # type: ignore[attr-defined]
                raise exc

    monkeypatch.setattr(live.store, "_db", FullDisk())
    screens.controller.timing.toggle_running()
    shown = screens.console.error.text()
    assert shown.startswith("Le disque est plein") and "INSERT" not in shown
    assert not live.engine.running  # and the state did not move


def test_the_app_says_so_when_the_folder_is_taken(qtbot, tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    first = Store.open(data)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        assert ui_main.run_app(str(data), lang="fr") == 1
    finally:
        first.close()
    [message] = shown
    assert "déjà ouvert" in message and str(data) in message


def test_a_background_result_is_dropped_when_its_window_is_gone(qtbot, operations) -> None:
    """A sheet dialog closed while its relevé is read: the answer is not drawn into
    a deleted window (it raised "Internal C++ object already deleted")."""
    import threading

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    release = threading.Event()
    drawn: list[str] = []
    operations.in_background(
        lambda: release.wait(10) and "noms", done=lambda r: drawn.append(r), owner=label
    )
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(label))
    release.set()
    operations.wait_for_jobs()
    assert drawn == []
    kept = QLabel()
    qtbot.addWidget(kept)
    operations.in_background(lambda: "noms", done=drawn.append, owner=kept)
    operations.wait_for_jobs()
    assert drawn == ["noms"]  # a window still there gets its answer


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
