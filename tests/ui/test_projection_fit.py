"""The projection on any screen from 1280×720 to 3840×2160: at the opening of a
cycle's second session, with management's long answer on it, every group rule
is shown whole. Text shrinks together down to a floor, then wraps; no line is
dropped or clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.cycle_states import second_session
from tests.helpers.fit import cut_texts
from ui.session.projection import FLOOR_PX, FLOOR_SHARE


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (3840, 2160), (1024, 768)])
def test_every_rule_and_the_answer_fit_the_projection(tdt, store, catalog, clock, size) -> None:
    session_id = second_session(store, catalog, clock, people=12)
    screens = tdt.open_session(session_id)
    projection, snap = screens.projection, screens.controller.snapshot
    for _ in range(3):
        QApplication.processEvents()  # the console's first paint places the projection
    projection.showNormal()
    projection.setGeometry(0, 0, *size)
    QApplication.processEvents()
    projection.resize(*size)
    QApplication.processEvents()
    assert projection.size().toTuple() == size
    assert (
        projection.follow_up.isVisible() and "formation aux écrits" in projection.follow_up.text()
    )
    assert len(snap.rules) >= 6
    for rule in snap.rules:
        assert rule in projection.rules.text()
    assert cut_texts(projection) == []
    for label in projection.lines.values():
        if label.isVisible():
            assert label.geometry().bottom() <= projection.height(), label.objectName()
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
    floor = max(FLOOR_PX, int(size[1] * FLOOR_SHARE))
    assert min(label.font().pixelSize() for label in projection.lines.values()) >= floor
