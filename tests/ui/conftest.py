"""Fixtures for the Qt face: the real app object, a fake clock, no audio."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from app.protocols import Catalog
from app.session.store import Store
from tests.helpers.clock import FakeClock
from ui.i18n import install_translator
from ui.main import TourDeTable
from ui.operations import Operations
from ui.theme import load_fonts


def none_lost_by_void_calls(calls: int = 1000) -> int:
    """How many references to None the binding drops over ``calls`` void Qt calls."""
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(calls):
        label.setText(str(i))
    return before - sys.getrefcount(None)


@pytest.fixture(scope="session", autouse=True)
def binding_keeps_its_references(qapp: QApplication) -> None:
    """A leaking binding aborts the whole run minutes later ("none_dealloc"): stop
    at once, and say why, instead."""
    if sys.version_info < (3, 12) and none_lost_by_void_calls() > 100:
        pytest.exit(
            f"PySide6 {PySide6.__version__} leaks a reference to None on every void Qt call "
            f"on Python {sys.version.split()[0]}: the app would abort mid-session. "
            "Install through constraints.txt (see README.md).",
            returncode=3,
        )


@pytest.fixture(scope="session", autouse=True)
def french(qapp: QApplication) -> QTranslator:
    """The app speaks French by default: so do the tests."""
    translator = install_translator(qapp, "fr")
    assert translator is not None, "resources/translations/*.qm missing"
    load_fonts()
    return translator


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path) -> Iterator[Path]:
    """Each test starts with nothing remembered (and leaves nothing behind)."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def collected_after_each_test() -> Iterator[None]:
    """What a test leaves (windows' wrappers and the lambdas connected to them)
    is collected when the test ends, not whenever the collector next runs: once,
    a collection that fell inside the next test's home window crashed the run
    in PySide (CI, stop 33, "Garbage-collecting" in HomeWindow._bottom)."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_modal_dialog() -> Iterator[None]:
    """A dialog of ours opened modally in a test would wait for a click that never
    comes, and the run would hang until CI's limit: it fails the test at once."""
    from PySide6.QtWidgets import QDialog

    def refuse(dialog: QDialog) -> int:
        raise AssertionError(f"{type(dialog).__name__} opened modally: replace its ask in the test")

    # By hand, not with monkeypatch: requested here, monkeypatch would be undone
    # after the test's other fixtures, which close their windows first.
    real_exec = QDialog.exec
    QDialog.exec = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        QDialog.exec = real_exec  # type: ignore[method-assign]


@pytest.fixture
def operations(qtbot, store: Store) -> Operations:
    """The one road from windows to the store, as the app makes it."""
    return Operations(store)


@pytest.fixture
def tdt(qtbot, store: Store, catalog: Catalog, clock: FakeClock) -> Iterator[TourDeTable]:
    main = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(main.home)
    yield main
    if main.screens is not None:
        main.screens.console.close()


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """A test that leaves a timer ticking or a worker busy fails (napari's
    dangling-timer check): whatever it started, it stops or waits for."""
    from PySide6.QtCore import QThreadPool, QTimer

    started: list[QTimer] = []
    real_start = QTimer.start

    def start(timer: QTimer, *args: object) -> None:
        started.append(timer)
        real_start(timer, *args)  # type: ignore[arg-type]

    # By hand, not with monkeypatch: the test's own patches must be undone first.
    QTimer.start = start  # type: ignore[method-assign]
    try:
        yield
    finally:
        QTimer.start = real_start  # type: ignore[method-assign]
    ticking = []
    for timer in started:
        try:
            if timer.isActive():
                ticking.append(timer.parent().__class__.__name__ if timer.parent() else "?")
        except RuntimeError:  # deleted with its window: stopped
            continue
    busy = QThreadPool.globalInstance().activeThreadCount()
    for timer in started:
        try:
            timer.stop()
        except RuntimeError:
            continue
    QThreadPool.globalInstance().waitForDone(10_000)  # the next test starts clean
    assert not ticking, f"timers left running, owned by: {ticking}"
    assert not busy, f"{busy} background job(s) left running"
