"""Session 2 of a group: the previous narrator's actions in the "retour" step,
reviewed with keys, on the console and the projection, then on the sheet; and
management's answer read at the opening."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.export.sheet import synthesis_pdf
from app.group.rules import ActionStatus
from app.group.store import Cycles
from app.session.ops.live import LiveSession
from app.session.ops.report import collect
from app.session.rules.records import Note
from tests.conftest import make_setup
from tests.ui.keyboard import press


def first_session(store, catalog, clock) -> int:
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    store.add_note(live.id, Note(0, 6, 0, "action", "Appeler la CAF", owner="Bruno", due="mars"), 0)
    store.add_note(live.id, Note(0, 6, 0, "action", "Relire la procédure d’accueil"), 0)
    store.add_note(live.id, Note(0, 6, 0, "action", "Proposer un binôme"), 0)
    live.end()
    clock.advance(30 * 86400)
    return live.id


def test_the_retour_step_reviews_the_previous_actions(qtbot, tdt, store, catalog, clock) -> None:
    previous = first_session(store, catalog, clock)
    store.answers.record_answer(
        previous,
        "2026-10-01",
        "2026-10-15",
        "Le constat est partagé",
        "Une formation en janvier",
        0,
    )
    session = store.create_session(make_setup(catalog), clock.wall())
    screens = tdt.open_session(session)
    console, projection = screens.console, screens.projection
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)

    # Opening: management's answer, read to the group.
    assert console.follow_up.isVisible() and not console.follow_up.action_list.isVisible()
    assert "Une formation en janvier" in projection.follow_up.text()
    assert "14 jours après son envoi" in projection.follow_up.text()
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_PageDown)  # the "retour" step
    assert screens.controller.snapshot.step_id == "previous"
    assert console.follow_up.action_list.count() == 3
    assert (
        projection.follow_up.text().splitlines()[1].startswith("▶ •  Appeler la CAF (Bruno · mars)")
    )

    press(Qt.Key.Key_D)  # done
    press(Qt.Key.Key_C)  # the next one is in progress
    qtbot.mouseClick(console.follow_up.comment, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(console.follow_up.comment, "plus de sens")
    press(Qt.Key.Key_X)  # typed in the comment field: a letter, not the key
    assert console.follow_up.comment.text() == "plus de sensx"
    press(Qt.Key.Key_Escape)  # out of the field, the comment kept: the keys are the session's
    assert console.follow_up.comment.text() == "plus de sensx"
    press(Qt.Key.Key_X)  # dropped, with its comment, without the mouse
    lines = projection.follow_up.text().splitlines()[1:]
    assert [line.replace("▶", "").strip()[:1] for line in lines] == ["✓", "…", "✗"]
    assert "abandonnée : plus de sensx" in lines[2]

    # The sheet of this session shows the follow-up.
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(synthesis_pdf(collect(store, session), "fr"))).pages
    )
    assert "Suivi des actions de la séance précédente" in text
    assert "Appeler la CAF" in text and "abandonnée" in text
    console.close()


def test_a_rex_evaluates_the_actions_and_keeps_a_trace(qtbot, tdt, store, catalog, clock) -> None:
    from tests.conftest import make_setup as setup_for

    first = LiveSession(store, store.create_session(setup_for(catalog, "rex"), clock.wall()), clock)
    first.start()
    store.add_note(first.id, Note(0, 4, 0, "action", "Afficher la procédure d’alerte"), 0)
    first.end()
    session = store.create_session(setup_for(catalog, "rex"), clock.wall())
    screens = tdt.open_session(session)
    console, projection = screens.console, screens.projection
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_PageDown)
    assert screens.controller.snapshot.step_id == "previous"
    panel = console.follow_up
    assert panel.rex_row.isVisible()
    panel.evaluation.setCurrentIndex(panel.evaluation.findData("partly"))
    qtbot.mouseClick(panel.trace, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.trace, "document unique")
    press(Qt.Key.Key_PageDown)  # the clicker still works while typing
    press(Qt.Key.Key_PageUp)
    qtbot.mouseClick(panel.buttons[ActionStatus.DONE], Qt.MouseButton.LeftButton)
    [done] = Cycles(store).reviews_made_in(session)
    assert (done.status, done.evaluation, done.trace) == ("done", "partly", "document unique")
    line = projection.follow_up.text().splitlines()[1]
    assert "faite : ça a marché en partie — trace : document unique" in line
    console.close()
