"""Fixtures for the Qt face: the real app object, a fake clock, no audio."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.clock import FakeClock
from app.protocols import Catalog
from app.store.repository import Store
from ui.i18n import install_translator
from ui.main import TourDeTable
from ui.theme import load_fonts


@pytest.fixture(scope="session", autouse=True)
def french(qapp: QApplication) -> QTranslator:
    """The app speaks French by default: so do the tests."""
    translator = install_translator(qapp, "fr")
    assert translator is not None, "resources/translations/*.qm missing"
    load_fonts()
    return translator


@pytest.fixture
def tdt(qtbot, store: Store, catalog: Catalog, clock: FakeClock) -> Iterator[TourDeTable]:
    main = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(main.home)
    yield main
    if main.screens is not None:
        main.screens.console.close()
