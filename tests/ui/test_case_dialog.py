"""The case's situation and request, and the follow-up date, corrected during
the session and after it: the sheet prints what was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.export.sheet import synthesis_pdf
from app.session.ops.report import collect
from tests.test_sheet import flat, text_of
from tests.ui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_case_and_follow_up_are_corrected_during_and_after(qtbot, tdt, store) -> None:
    screens = tdt.start_demo()
    console, live = screens.console, screens.controller.live
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_I, CTRL)
    dialog = console.case_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    situation = dialog.situations[0]
    situation.setFocus()
    situation.selectAll()
    type_text("Il appelle l’accueil chaque jour 📞 mais refuse les rendez-vous.")
    press(Qt.Key.Key_Tab)  # on to the request, as a form is filled
    assert dialog.requests[0].hasFocus()
    dialog.requests[0].selectAll()
    type_text("Comment garder le lien ?")
    dialog.follow_up.setFocus()
    dialog.follow_up.selectAll()
    type_text("le 12 mars")
    press(Qt.Key.Key_Return)  # Save is the default button
    assert not dialog.isVisible()
    stored = store.load(live.id)
    assert stored.case_texts[0] == (
        "Il appelle l’accueil chaque jour 📞 mais refuse les rendez-vous.",
        "Comment garder le lien ?",
    )
    assert stored.follow_up == "le 12 mars"
    # The keyboard is the session's again.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    press(Qt.Key.Key_Space)
    assert live.engine.running

    screens.controller.end_session()
    press(Qt.Key.Key_I, CTRL)  # after the session too
    dialog = console.case_dialog
    dialog.follow_up.setText("à la prochaine séance, le 9 avril")
    dialog.save()
    text = flat(text_of(synthesis_pdf(collect(store, live.id)))[1])
    assert "le 9 avril" in text and "refuse les rendez-vous" in text
