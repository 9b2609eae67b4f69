"""Notes filed during a session stay correctable, by keys as a facilitator does:
text, kind, arbitration, deletion; and they read per case when there are several."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import make_setup
from tests.ui.keyboard import press, type_text
from ui.session.notes_panel import NotesPanel

CTRL = Qt.KeyboardModifier.ControlModifier


def open_session(qtbot, tdt, store, catalog, clock, protocol_id: str):
    session_id = store.create_session(make_setup(catalog, protocol_id), clock.wall())
    screens = tdt.open_session(session_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screens.console)
    return screens


def file_note(text: str) -> None:
    press(Qt.Key.Key_N)
    type_text(text)
    press(Qt.Key.Key_Return)


def test_a_note_filed_is_corrected_rekinded_and_deleted_by_keys(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    screens = open_session(qtbot, tdt, store, catalog, clock, "codev-anact")
    live, notes = screens.controller.live, screens.console.notes
    press(Qt.Key.Key_Space)
    file_note("? Qui décide")
    file_note("> Appeler la CAF | Bruno | mars")
    file_note("~ Il teste le lien")
    assert [n.kind for n in store.notes(live.id)] == ["question", "action", "hypothesis"]

    press(Qt.Key.Key_Up, CTRL)  # the newest first…
    press(Qt.Key.Key_Up, CTRL)
    assert notes.selected_note().text == "Appeler la CAF"
    press(Qt.Key.Key_F2)  # …back in the field with its who and when
    assert notes.note_edit.hasFocus() and notes.note_edit.text() == "Appeler la CAF | Bruno | mars"
    assert notes.note_kind.currentData() == "action"
    assert notes.note_state.text().startswith("✎ Correction")
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    type_text("avril")
    press(Qt.Key.Key_Return)
    action = store.notes(live.id)[1]
    assert (action.text, action.owner, action.due) == ("Appeler la CAF", "Bruno", "avril")
    assert len(store.notes(live.id)) == 3  # corrected in place, no duplicate
    assert notes.note_kind.currentData() is None  # the next note picks its kind again

    press(Qt.Key.Key_Up, CTRL)  # the question
    assert notes.selected_note().kind == "question"
    press(Qt.Key.Key_K)
    assert store.notes(live.id)[0].kind == "hypothesis"
    assert notes.selected_note().id == store.notes(live.id)[0].id  # still the one chosen

    monkeypatch.setattr(NotesPanel, "confirm_delete", staticmethod(lambda _p, _t: False))
    press(Qt.Key.Key_Delete, CTRL)
    assert len(store.notes(live.id)) == 3  # "No" keeps it
    monkeypatch.setattr(NotesPanel, "confirm_delete", staticmethod(lambda _p, _t: True))
    press(Qt.Key.Key_Delete, CTRL)
    assert [n.text for n in store.notes(live.id)] == ["Appeler la CAF", "Il teste le lien"]
    # The keys are the session's again: Space pauses.
    press(Qt.Key.Key_Space)
    assert not live.engine.running


def test_proposals_are_arbitrated_after_they_were_typed(qtbot, tdt, store, catalog, clock):
    screens = open_session(qtbot, tdt, store, catalog, clock, "echanges-pairs")
    live, notes = screens.controller.live, screens.console.notes
    tags = [t.id for t in live.stored.protocol.arbitration]
    file_note("! Un binôme pour l’accueil")
    file_note("? Qui décide")
    file_note("! Des horaires fixes")
    press(Qt.Key.Key_Up, CTRL)  # the last proposal
    press(Qt.Key.Key_1, CTRL)
    press(Qt.Key.Key_Up, CTRL)  # the question: not arbitrated
    press(Qt.Key.Key_2, CTRL)
    assert screens.console.error.text() == "Seule une proposition s’arbitre."
    press(Qt.Key.Key_Up, CTRL)  # the first proposal
    press(Qt.Key.Key_3, CTRL)
    assert [n.tag for n in store.notes(live.id)] == [tags[2], None, tags[0]]
    press(Qt.Key.Key_0, CTRL)  # the arbitration taken off
    assert store.notes(live.id)[0].tag is None
    assert len(store.notes(live.id)) == 3  # no duplicates

    # Two cases: the notes read under their case.
    rows = [notes.notes_list.item(i).text() for i in range(notes.notes_list.count())]
    assert rows[0] == "Toute la séance" or rows[0].startswith("Cas 1 : ")
    live.jump(next(i for i, p in enumerate(live.engine.plan) if p.case_index == 1))
    file_note("! Une autre idée")
    rows = [notes.notes_list.item(i).text() for i in range(notes.notes_list.count())]
    assert any(r.startswith("Cas 2 : Cas 2") for r in rows)
    assert rows[-1].endswith("— Une autre idée")


def test_notes_stay_correctable_after_the_end_and_are_kept_once_the_releve_left(
    qtbot, tdt, store, catalog, clock, monkeypatch
) -> None:
    """The relevé is read with the group after the last step: typos are found then.
    Until it is sent, a correction just corrects; after, what the note said is kept,
    with the correction's date."""
    from app.session.ops.actions import mark_releve_sent

    screens = open_session(qtbot, tdt, store, catalog, clock, "codev-anact")
    live, notes = screens.controller.live, screens.console.notes
    press(Qt.Key.Key_Space)
    file_note("! Un binome pour laccueil")
    file_note("? Qui décide")
    screens.controller.end_session()
    assert live.engine.ended
    press(Qt.Key.Key_Up, CTRL)
    press(Qt.Key.Key_Up, CTRL)
    press(Qt.Key.Key_F2)  # after the end: back in the field
    assert notes.note_edit.hasFocus()
    notes.note_edit.setText("Un binôme pour l’accueil")
    press(Qt.Key.Key_Return)
    assert store.notes(live.id)[0].text == "Un binôme pour l’accueil"
    assert store.corrections(live.id) == []  # not sent yet: simply corrected

    tdt.operations.write(
        lambda s: mark_releve_sent(s, session_id=live.id, day="2026-09-25", wall=clock.wall())
    )
    clock.advance(3600)
    press(Qt.Key.Key_Down, CTRL)  # the question, rekinded after the relevé left
    assert notes.selected_note().text == "Qui décide"
    press(Qt.Key.Key_K)
    assert store.notes(live.id)[1].kind != "question"
    monkeypatch.setattr(NotesPanel, "confirm_delete", staticmethod(lambda _p, _t: True))
    press(Qt.Key.Key_Delete, CTRL)
    kept = store.corrections(live.id)
    assert [(what, text) for _wall, what, text in kept] == [
        ("corrected", "Qui décide"),
        ("deleted", "Qui décide"),
    ]
    assert all(wall == clock.wall() for wall, _what, _text in kept)


def test_a_note_too_long_is_refused_whole_and_a_lone_surrogate_is_cleaned(
    qtbot, tdt, store, catalog, clock
) -> None:
    """A 100,000-character paste is refused with a sentence and stays in the field,
    never cut at 20,000 without a word; half an emoji never crashes the save."""
    from app.session.rules.notes import MAX_NOTE

    screens = open_session(qtbot, tdt, store, catalog, clock, "codev-anact")
    live, notes = screens.controller.live, screens.console.notes
    press(Qt.Key.Key_N)
    pasted = "?" + "é" * 100_000
    notes.note_edit.setText(pasted)
    press(Qt.Key.Key_Return)
    assert notes.note_edit.text() == pasted  # every character still there
    assert (
        "trop longue" in screens.console.error.text() and "100 001" in screens.console.error.text()
    )
    assert all(len(n.text) <= MAX_NOTE for n in store.notes(live.id))
    notes.note_edit.setText("! un binôme \ud83d pour l’accueil")  # half an emoji, pasted
    press(Qt.Key.Key_Return)
    [note] = store.notes(live.id)  # saved, whatever Qt made of the half emoji
    assert note.text.startswith("un binôme") and note.text.endswith("pour l’accueil")


def test_the_end_dialog_says_the_notes_stay_correctable(qtbot, tdt, monkeypatch) -> None:
    from ui.session.console import ConsoleWindow

    said: list[str] = []
    monkeypatch.setattr(
        "ui.session.console.ask_yes_no", lambda _p, _title, text: said.append(text) or False
    )
    screens = tdt.start_demo()
    assert ConsoleWindow.confirm_end(screens.console) is False
    [text] = said
    assert "corrigeables" in text and "plus rien" not in text
