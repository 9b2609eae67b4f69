"""Prep mode end to end: fill, estimate, rehearse, save, open in a new session."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.prep.rules import load_prep
from ui.home.setup_dialog import NewSessionDialog
from ui.prep.prep_window import PrepWindow

SITUATION = (
    "Depuis trois mois, un usager refuse chaque rendez-vous mais appelle l’accueil "
    "plusieurs fois par semaine. "
) * 60


def prep_window(qtbot, data_dir, catalog, clock) -> PrepWindow:
    window = PrepWindow(data_dir, catalog, "fr", clock)
    qtbot.addWidget(window)
    window.show()
    return window


def test_fill_estimate_rehearse_save_and_open_in_a_session(
    qtbot, operations, data_dir, catalog, clock, store, tmp_path
) -> None:
    window = prep_window(qtbot, data_dir, catalog, clock)
    qtbot.keyClicks(window.title, "Un usager qui refuse")
    qtbot.keyClicks(window.narrator, "Zoe")
    window.situation.setPlainText(SITUATION)
    window.stakes.setPlainText("Ne pas lâcher quelqu’un qui appelle à l’aide.")
    qtbot.keyClicks(window.question, "Comment garder le lien sans le forcer")
    assert window.question_error.text() == "Astuce : terminez votre question par « ? »."
    qtbot.keyClicks(window.question, " ?")
    assert window.question_error.text() == ""

    # The estimate: about 915 words at 130 a minute is too short for ANACT (10–15 min).
    assert window.verdict_label.text().startswith("Trop court")
    assert "10–15 min" in window.verdict_label.text()
    window.rate.setValue(80)  # a slower speaker: now it fits
    assert window.verdict_label.text().startswith("Dans la durée attendue")

    # Saved as a draft a moment after typing.
    qtbot.waitUntil(lambda: window.drafts.count() == 1, timeout=5_000)
    assert window.drafts.item(0).text() == "Un usager qui refuse"

    # Rehearse twice, with the fake clock.
    for durations in ((240, 200, 180, 60), (300, 200, 200, 90)):
        qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
        for seconds in durations:
            clock.advance(seconds)
            qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert not window.timer.running
    assert window.history.columnCount() == 2
    assert [window.history.item(i, 0).text() for i in range(5)] == [
        "4:00",
        "3:20",
        "3:00",
        "1:00",
        "11:20",
    ]
    assert window.history.item(4, 1).text() == "13:10"
    # 5 min of situation out of a 12:30 target: more than about a third.
    assert window.pacing_label.text() == (
        "La situation a pris plus d’un tiers du temps environ : tenez-vous aux faits."
    )

    # Hand over: a prep file, then the facilitator opens it in a new session.
    handed = tmp_path / "expose"
    assert window.save_file_to(handed)
    handed = handed.with_name("expose.tdtprep")
    assert len(load_prep(handed).rehearsals) == 2
    dialog = NewSessionDialog(operations, catalog, "fr")
    qtbot.addWidget(dialog)
    dialog.group.setCurrentText("Groupe Alpha")
    dialog.names.setPlainText("Bruno\nChloé")
    assert dialog.fill_from_prep(handed)
    row = dialog.case_rows[0]
    assert row.title.text() == "Un usager qui refuse"
    assert row.narrator.currentText() == "Zoe"  # added to the names when missing
    assert dialog.names.toPlainText().splitlines() == ["Bruno", "Chloé", "Zoe"]
    dialog.create_session()
    stored = store.load(dialog.session_id)
    assert stored.case_texts[0] == (SITUATION, "Comment garder le lien sans le forcer ?")
    narrator = next(p for p in stored.people if p.id == stored.cases[0].narrator_id)
    assert narrator.name == "Zoe"


def test_the_question_is_required_to_hand_over(qtbot, data_dir, catalog, clock, tmp_path) -> None:
    window = prep_window(qtbot, data_dir, catalog, clock)
    window.situation.setPlainText("Des faits")
    assert not window.save_file_to(tmp_path / "x.tdtprep")
    assert window.question_error.text() == "Votre question au groupe est obligatoire."
    assert not (tmp_path / "x.tdtprep").exists()


def test_closing_never_loses_a_word(qtbot, data_dir, catalog, clock) -> None:
    window = prep_window(qtbot, data_dir, catalog, clock)
    window.situation.setPlainText("Premier jet")
    qtbot.keyClicks(window.question, "Et maintenant ?")
    window.close()  # before the autosave delay: saved at close
    again = prep_window(qtbot, data_dir, catalog, clock)
    assert again.drafts.count() == 1
    again._on_draft_chosen(again.drafts.item(0))
    assert again.situation.toPlainText() == "Premier jet"
    assert again.question.text() == "Et maintenant ?"


def test_malformed_and_future_files_get_a_clear_message(
    qtbot, operations, data_dir, catalog, clock, store, tmp_path
) -> None:
    broken = tmp_path / "broken.tdtprep"
    broken.write_text("{ pas du json", encoding="utf-8")
    future = tmp_path / "future.tdtprep"
    future.write_text(json.dumps({"format": "tourdetable-prep", "version": 9}), encoding="utf-8")
    window = prep_window(qtbot, data_dir, catalog, clock)
    window.situation.setPlainText("Ce que j’avais déjà écrit")
    assert not window.open_file(broken)
    assert "endommagé" in window.message.text() and "broken.tdtprep" in window.message.text()
    assert not window.open_file(future)
    assert "version plus récente" in window.message.text()
    assert window.situation.toPlainText() == "Ce que j’avais déjà écrit"  # nothing lost

    dialog = NewSessionDialog(operations, catalog, "fr")
    qtbot.addWidget(dialog)
    dialog.case_rows[0].title.setText("Mon titre")
    assert not dialog.fill_from_prep(future)
    assert "version plus récente" in dialog.cases_error.text()
    assert dialog.case_rows[0].title.text() == "Mon titre"


def test_print_the_prep_sheet(qtbot, data_dir, catalog, clock, tmp_path) -> None:
    window = prep_window(qtbot, data_dir, catalog, clock)
    window.situation.setPlainText(SITUATION)
    window.question.setText("Comment garder le lien ?")
    window._on_edited()
    job = window.print_to(tmp_path / "fiche")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    reader = PdfReader(io.BytesIO((tmp_path / "fiche.pdf").read_bytes()))
    assert len(reader.pages) == 1
    assert "Comment garder le lien ?" in reader.pages[0].extract_text()


def test_home_opens_prep_mode(qtbot, tdt) -> None:
    tdt.show_home()
    assert tdt.home.prep_button.isVisible()
    qtbot.mouseClick(tdt.home.prep_button, Qt.MouseButton.LeftButton)
    assert tdt.prep is not None and tdt.prep.isVisible()
    tdt.prep.close()
