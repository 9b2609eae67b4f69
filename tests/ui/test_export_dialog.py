"""The sheet from the console: off the GUI thread, clear messages on failure."""

from __future__ import annotations

import errno
import io
import threading

from pypdf import PdfReader
from PySide6.QtCore import Qt

from ui.session.console import ConsoleWindow
from ui.session.export_dialog import ExportDialog


def test_ending_offers_the_sheet_and_it_is_written(qtbot, tdt, tmp_path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(
        ExportDialog, "offer_to_open", staticmethod(lambda _p, path: opened.append(path))
    )
    monkeypatch.setattr(ConsoleWindow, "confirm_end", staticmethod(lambda _parent: True))
    screens = tdt.start_demo()
    qtbot.mouseClick(screens.console.end_button, Qt.MouseButton.LeftButton)
    dialog = screens.console.export_dialog
    assert dialog.isVisible() and dialog.path.text().endswith(".pdf")
    assert "Tilleuls" in dialog.path.text()
    dialog.path.setText(str(tmp_path / "fiche"))
    dialog.anonymize.setChecked(True)
    dialog.with_csv.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened == [tmp_path / "fiche.pdf"]
    reader = PdfReader(io.BytesIO((tmp_path / "fiche.pdf").read_bytes()))
    assert len(reader.pages) == 1
    assert "Claire" not in reader.pages[0].extract_text()
    assert len(list(tmp_path.glob("session-*.csv"))) == 2
    assert dialog.message.text().startswith("Enregistré")


def test_a_target_that_cannot_be_written_says_so(qtbot, tdt, tmp_path, monkeypatch) -> None:
    screens = tdt.start_demo()
    dialog = screens.console.open_export()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog.path.setText(str(blocker / "fiche.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: "n’a pas pu être écrit" in dialog.message.text(), timeout=10_000)
    assert dialog.export_button.isEnabled()
    events = len(screens.controller.live.engine.events)

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ui.session.export_dialog.write_atomically", full)
    dialog.path.setText(str(tmp_path / "fiche.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: "No space left" in dialog.message.text(), timeout=10_000)
    assert not (tmp_path / "fiche.pdf").exists()
    assert len(screens.controller.live.engine.events) == events  # the session is untouched


def test_progress_shows_only_when_it_takes_long(qtbot, tdt, tmp_path, monkeypatch) -> None:
    release = threading.Event()
    real = __import__("app.export.onepage", fromlist=["render"]).render

    def slow(*args, **kwargs):
        release.wait(timeout=30)
        return real(*args, **kwargs)

    monkeypatch.setattr("ui.session.export_dialog.render", slow)
    monkeypatch.setattr(ExportDialog, "offer_to_open", staticmethod(lambda _p, _path: None))
    screens = tdt.start_demo()
    dialog = screens.console.open_export()
    dialog.path.setText(str(tmp_path / "slow.pdf"))
    dialog.export()
    assert dialog.progress.isHidden()  # not at once
    qtbot.waitUntil(lambda: not dialog.progress.isHidden(), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: dialog.progress.isHidden(), timeout=10_000)
    assert (tmp_path / "slow.pdf").exists()


def test_the_releve_is_chosen_read_with_the_group_and_recorded(
    qtbot, tdt, store, tmp_path, monkeypatch
) -> None:
    from docx import Document

    from app.session.rules.records import Note

    monkeypatch.setattr(ExportDialog, "offer_to_open", staticmethod(lambda _p, _path: None))
    screens = tdt.start_demo()
    live = screens.controller.live
    for kind, text in (
        ("proposal", "Rappeler Mme Zerbib avant jeudi"),
        ("proposal", "Un binôme pour Karim Benali à l’accueil"),
        ("action", "Écrire au CCAS"),
        ("training_need", "Formation à l’écoute active"),
        ("question", "Qui a vu Sophie Lefèvre ?"),
    ):
        store.add_note(live.id, Note(0, 4, 0, kind, text), 0)
    screens.controller.end_session()
    qtbot.keyClick(screens.console, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = screens.console.export_dialog
    assert not dialog.releve_box.isVisible()
    qtbot.mouseClick(dialog.anonymize, Qt.MouseButton.LeftButton)
    assert dialog.releve_box.isVisible()
    qtbot.waitUntil(lambda: not dialog.scanning)  # read off the GUI thread
    names = [dialog.third_parties.item(i).text() for i in range(dialog.third_parties.count())]
    assert names == ["Zerbib"]  # Karim Benali is a participant: already replaced
    dialog.section_checks["training"].setChecked(False)  # not for this relevé

    qtbot.mouseClick(dialog.room_button, Qt.MouseButton.LeftButton)
    shown = screens.projection.rules.text()
    assert shown.startswith("Relevé de conclusions") and "Rappeler une tierce personne" in shown
    assert "Formation" not in shown and "Karim" not in shown and "Sophie" not in shown
    assert screens.projection.countdown.isHidden()
    dialog.validated.setChecked(True)

    dialog.path.setText(str(tmp_path / "releve"))
    dialog.with_docx.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Enregistré"), timeout=10_000)
    text = " ".join(
        PdfReader(io.BytesIO((tmp_path / "releve.pdf").read_bytes()))
        .pages[0]
        .extract_text()
        .split()
    )
    assert "Relu et validé avec le groupe le" in text
    assert "Zerbib" not in text and "Formation" not in text and "Qui a vu" not in text
    sections, _wall = store.last_review(live.id)
    assert "training" not in sections and "proposals" in sections
    editable = Document(str(tmp_path / "releve.docx"))
    words = "\n".join(p.text for p in editable.paragraphs)
    words += "\n".join(c.text for t in editable.tables for r in t.rows for c in r.cells)
    assert "Rappeler une tierce personne avant jeudi" in words
    assert "Écrire au CCAS" in words and "Zerbib" not in words and "Karim" not in words

    dialog.close()  # the relevé leaves the projection with the dialog
    assert screens.controller.review == "" and not screens.projection.countdown.isHidden()


def test_the_attendance_sheet_and_the_notice_come_with_the_sheet(
    qtbot, tdt, tmp_path, monkeypatch
) -> None:
    from pypdf import PdfReader

    monkeypatch.setattr(ExportDialog, "offer_to_open", staticmethod(lambda *_a: None))
    screens = tdt.start_demo()
    dialog = screens.console.open_export()
    dialog.path.setText(str(tmp_path / "fiche.pdf"))
    dialog.with_papers.setChecked(True)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Enregistré"), timeout=10_000)
    attendance = (tmp_path / "fiche-emargement.pdf").read_bytes()
    notice = (tmp_path / "fiche-notice.pdf").read_bytes()
    assert "Feuille d’émargement" in PdfReader(io.BytesIO(attendance)).pages[0].extract_text()
    text = PdfReader(io.BytesIO(notice)).pages[0].extract_text()
    assert "Notice d’information" in text and "supprime le groupe" in text  # no rule: never
    flat = " ".join(text.split())
    # Issue 28: it promised third parties were never named, while the group's own
    # sheet names them; it says now which document holds what.
    assert "jamais nommés" not in flat
    assert "il garde les noms, y compris ceux des personnes citées" in flat
    assert "remplacé par « une tierce personne » une fois confirmé" in flat
    assert "Sur l’ordinateur de l’animateur·rice uniquement" in flat


def test_the_notice_of_a_session_on_the_server_says_where_it_is_kept() -> None:
    from pypdf import PdfReader

    from app.export.notice import NoticeFacts, notice_pdf

    for lang, server_words, local_words in (
        ("fr", "Sur le serveur du service", "ordinateur de l’animateur·rice uniquement"),
        ("en", "On the service's server", "facilitator's computer only"),
    ):
        facts = NoticeFacts("Nord", "Anne", False, 24, on_server=True)
        text = " ".join(
            PdfReader(io.BytesIO(notice_pdf(facts, lang))).pages[0].extract_text().split()
        )
        assert server_words in text and local_words not in text, lang


def test_a_document_is_never_written_in_the_apps_own_folder(
    qtbot, tdt, store, tmp_path, monkeypatch
) -> None:
    """Issue 29: a PDF written over the store (tourdetable.db) lost every session
    at the next start. From every window, the data folder is refused in words."""
    from app.folder import DB_NAME
    from ui.group.group_window import GroupWindow

    screens = tdt.start_demo()
    dialog = screens.console.open_export()
    store_file = store.path.parent / DB_NAME
    before = store_file.read_bytes()
    for inside in (store_file.with_suffix(".pdf"), store.path.parent / "sous" / "fiche.pdf"):
        dialog.path.setText(str(inside))
        dialog.export()
        assert "dossier de l’application" in dialog.message.text()
        assert not inside.exists()
    assert store_file.read_bytes()[:16] == before[:16]  # still a database
    assert dialog.export_button.isEnabled()

    group_id = store.cycles.group_ids()[0][0]
    window = tdt.open_group(group_id)
    target = store.path.parent / "alpha.tdtgroup"
    monkeypatch.setattr(GroupWindow, "ask_path", staticmethod(lambda *_a: str(target)))
    monkeypatch.setattr(GroupWindow, "ask_new_passphrase", staticmethod(lambda _p: "une phrase"))
    window.sessions.hand_over()
    assert "dossier de l’application" in window.error.text() and not target.exists()
    tdt.operations.wait_for_jobs()
