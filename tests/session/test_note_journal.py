"""This computer's journal of a session's notes, for a store on a server
(app.db.note_journal): each rule on its own, without a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.note_journal import NoteJournal
from app.session.rules.records import Note

SESSION = 7


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[NoteJournal]:
    made = NoteJournal(tmp_path, "server.example/tdt", SESSION)
    yield made
    made.close()


def note(text: str, note_id: int = 0, kind: str = "note") -> Note:
    return Note(note_id, 1, None, kind, text)


def test_rule_a_new_note_shows_at_once_under_a_negative_number(journal: NoteJournal) -> None:
    shown = journal.add_note(SESSION, note("Reformuler"), 10.0)
    assert shown < 0
    assert journal.overlay([]) == [note("Reformuler", shown)]
    assert journal.count() == 1


def test_rule_a_journal_keeps_one_sessions_notes(journal: NoteJournal) -> None:
    with pytest.raises(ValueError):
        journal.add_note(SESSION + 1, note("Ailleurs"), 10.0)


def test_rule_two_notes_of_one_console_never_share_a_creation_time(journal: NoteJournal) -> None:
    """The creation time finds a filing cut off on the server: it must name one note."""
    for text in ("a", "b", "c"):
        journal.add_note(SESSION, note(text), 10.0)  # the same clock reading
    times = [w.created_wall for w in journal.pending()]
    assert len(set(times)) == 3 and times == sorted(times) and times[0] == 10.0
    later = journal.add_note(SESSION, note("d"), 50.0)
    assert journal.pending()[-1].created_wall == 50.0 and later < 0  # a later clock kept


def test_rule_the_notes_of_another_server_or_session_are_not_this_ones(tmp_path: Path) -> None:
    here = NoteJournal(tmp_path, "a", SESSION)
    elsewhere = NoteJournal(tmp_path, "b", SESSION)
    other_session = NoteJournal(tmp_path, "a", SESSION + 1)
    here.add_note(SESSION, note("ici"), 1.0)
    assert elsewhere.pending() == [] and other_session.pending() == []
    assert elsewhere.overlay([]) == []
    for j in (here, elsewhere, other_session):
        j.close()


def test_rule_a_note_rewritten_before_filing_is_one_note(journal: NoteJournal) -> None:
    shown = journal.add_note(SESSION, note("Refor"), 10.0)
    journal.update_note(note("Reformuler", shown), 11.0)
    [write] = journal.pending()
    assert write.note.text == "Reformuler" and write.version == 2 and write.wall == 11.0
    assert write.created_wall == 10.0


def test_rule_a_filed_note_corrected_here_shows_corrected(journal: NoteJournal) -> None:
    filed = [note("Un", 3), note("Deux", 4)]
    journal.update_note(note("Deux, corrigé", 4, "proposal"), 20.0)
    assert journal.overlay(filed) == [note("Un", 3), note("Deux, corrigé", 4, "proposal")]
    journal.update_note(note("Deux, encore", 4), 21.0)  # the same row, not a second one
    assert len(journal.pending()) == 1


def test_rule_a_note_deleted_here_is_hidden_at_once(journal: NoteJournal) -> None:
    journal.delete_note(4, 20.0)
    assert journal.overlay([note("Un", 3), note("Deux", 4)]) == [note("Un", 3)]
    shown = journal.add_note(SESSION, note("Trois"), 21.0)
    journal.delete_note(shown, 22.0)
    assert journal.overlay([note("Un", 3)]) == [note("Un", 3)]


def test_rule_a_filed_note_is_shown_under_the_servers_id(journal: NoteJournal) -> None:
    shown = journal.add_note(SESSION, note("Reformuler"), 10.0)
    assert journal.resolve(shown) == shown  # not filed yet
    [write] = journal.pending()
    journal.adding(write.row)
    assert journal.pending()[0].adding
    journal.filed(write.row, 42)
    assert journal.resolve(shown) == 42 and journal.resolve(42) == 42
    assert not journal.pending()[0].adding
    assert journal.overlay([note("Reformuler", 42)]) == [note("Reformuler", 42)]
    journal.update_note(note("Reformuler bien", shown), 12.0)  # its draft, still typing
    assert journal.overlay([note("Reformuler", 42)]) == [note("Reformuler bien", 42)]


def test_rule_a_version_sent_leaves_nothing_waiting(journal: NoteJournal) -> None:
    shown = journal.add_note(SESSION, note("Reformuler"), 10.0)
    [write] = journal.pending()
    journal.filed(write.row, 42)
    journal.sent(write.row, write.version)
    assert journal.pending() == [] and journal.count() == 0
    assert journal.overlay([note("Reformuler", 42)]) == [note("Reformuler", 42)]
    assert journal.resolve(shown) == 42  # still known, for the draft that typed it


def test_rule_a_note_rewritten_while_it_was_sent_is_sent_again(journal: NoteJournal) -> None:
    shown = journal.add_note(SESSION, note("Refor"), 10.0)
    [sending] = journal.pending()  # the worker reads version 1…
    journal.update_note(note("Reformuler", shown), 11.0)  # …the console writes version 2
    journal.filed(sending.row, 42)
    journal.sent(sending.row, sending.version)
    [again] = journal.pending()
    assert again.note.text == "Reformuler" and again.version == 2  # its words kept
    journal.sent(again.row, again.version)
    journal.sent(again.row, sending.version)  # a late, older answer changes nothing
    assert journal.pending() == []


def test_rule_the_words_sent_are_not_kept_here(journal: NoteJournal, tmp_path: Path) -> None:
    shown = journal.add_note(SESSION, Note(0, 1, None, "action", "Appeler Mme Quenouille",
                                           owner="Zéphyrine", due="lundi"), 10.0)  # fmt: skip
    [write] = journal.pending()
    journal.filed(write.row, 42)
    journal.sent(write.row, write.version)
    journal.close()
    reopened = NoteJournal(tmp_path, "server.example/tdt", SESSION)
    row = reopened._db.execute("SELECT text, owner, due FROM note_writes").fetchone()
    assert row == ("", "", "") and reopened.resolve(shown) == 42
    reopened.close()


def test_rule_notes_waiting_survive_a_restart(tmp_path: Path) -> None:
    first = NoteJournal(tmp_path, "s", SESSION)
    first.add_note(SESSION, note("Gardée"), 10.0)
    first.close()  # the laptop closed, or killed: each write was committed
    second = NoteJournal(tmp_path, "s", SESSION)
    assert [w.note.text for w in second.pending()] == ["Gardée"]
    second.close()
