"""A note typed on a service's server never waits on the network (issue 27,
item 5): it goes into this computer's journal and shows at once; a worker
files it on the server, exactly once, whatever the link does meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

import pytest

from app.session.ops import worker as working
from app.session.ops.drafts import NoteDraft
from app.session.ops.live import LiveSession
from app.session.ops.notes import SessionNotes
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers.told import Told


class Console(NamedTuple):
    store: Store
    live: LiveSession
    notes: SessionNotes
    told: Told


def console(url: str, journal: Path, clock, session_id: int | None = None, catalog=None) -> Console:
    """A console's notes on a session (a new one when none is given), as the window sets them up."""
    store = Store.open_server(url, journal_dir=journal)
    if session_id is None:
        session_id = store.create_session(make_setup(catalog), clock.wall())
    live = LiveSession(store, session_id, clock)
    told = Told()
    return Console(store, live, SessionNotes(live, told), told)


def settle(c: Console) -> None:
    """Rounds until nothing waits on this computer."""
    for _ in range(20):
        c.told.next()
        c.notes.wake()
        c.told.wait()
        if c.notes.waiting == 0 and not c.notes.report.offline:  # type: ignore[union-attr]
            return
    raise AssertionError("notes still waiting")


def typed(draft: NoteDraft, live: LiveSession, line: str) -> None:
    planned = live.engine.current
    draft.save(line, planned.step, live.engine.step_index, planned.case_index)


def on_server(url: str, session_id: int) -> list[tuple[str, str]]:
    other = Store.open_server(url)
    try:
        return [(n.kind, n.text) for n in other.notes(session_id)]
    finally:
        other.close()


def test_notes_typed_with_the_link_frozen_wait_here_and_are_filed_once(
    laptop_url, server_url, proxy, tmp_path, catalog, clock, monkeypatch
) -> None:
    monkeypatch.setattr(working, "CALL_DEADLINE_S", 0.5)
    c = console(laptop_url, tmp_path / "laptop", clock, catalog=catalog)
    settle(c)
    sent_from_the_console: list[str] = []
    c.store.connection.set_trace_callback(sent_from_the_console.append)
    proxy.freeze()  # the Wi-Fi behind a NAT: nothing gets through, nothing closes
    # A console's thread caught waiting on the link is freed by a cut, and fails.
    stuck = threading.Timer(5.0, proxy.cut)
    stuck.start()
    draft = c.notes.draft()
    typed(draft, c.live, "Reformuler la")
    typed(draft, c.live, "Reformuler la demande")  # the same note, rewritten as typed
    draft.finish()
    second = c.notes.draft()
    typed(second, c.live, "? Qui décide du planning")
    second.finish()
    gone = c.notes.draft()
    typed(gone, c.live, "une ligne effacée")
    typed(gone, c.live, "")  # emptied: no note
    c.notes.wake()
    shown = c.notes.filed()
    stuck.cancel()
    assert [n.text for n in shown] == ["Reformuler la demande", "Qui décide du planning"]
    assert all(n.id < 0 for n in shown)  # not on the server yet: this computer's numbers
    assert sent_from_the_console == []  # not one statement from the console's thread
    c.told.next()
    c.told.wait()
    assert c.notes.report is not None and c.notes.report.offline and c.notes.waiting >= 2
    proxy.heal()
    settle(c)
    assert on_server(server_url, c.live.id) == [
        ("note", "Reformuler la demande"),
        ("question", "Qui décide du planning"),
    ]
    assert [n.id > 0 for n in c.notes.filed()] == [True, True]  # the server's own now
    assert draft.note_id is None  # finished
    assert sent_from_the_console == []
    c.notes.stop()
    c.store.close()


def test_a_note_corrected_after_filing_is_rewritten_not_doubled(
    server_url, tmp_path, catalog, clock
) -> None:
    c = console(server_url, tmp_path / "laptop", clock, catalog=catalog)
    draft = c.notes.draft()
    typed(draft, c.live, "Un premier jet")
    settle(c)
    [filed] = c.notes.filed()
    assert filed.id > 0 and draft.note_id == filed.id  # the draft follows its note
    typed(draft, c.live, "Un premier jet, relu")  # still typing the same note
    settle(c)
    c.notes.rewrite(filed._replace(text="Un jet corrigé", kind="proposal"))
    settle(c)
    assert on_server(server_url, c.live.id) == [("proposal", "Un jet corrigé")]
    c.notes.delete(filed.id)
    assert c.notes.filed() == []  # gone from the list at once
    settle(c)
    assert on_server(server_url, c.live.id) == []
    c.notes.stop()
    c.store.close()


def test_a_filing_cut_off_before_its_answer_is_found_not_filed_again(
    server_url, tmp_path, catalog, clock
) -> None:
    """The worker began a filing, the server committed it, and the answer never
    came back (the link cut, the laptop killed): the next round finds it by its
    creation time instead of filing it twice."""
    c = console(server_url, tmp_path / "laptop", clock, catalog=catalog)
    c.notes.stop()  # no worker: the test plays its first round by hand
    journal = c.store.note_journal(c.live.id)
    assert journal is not None
    shown = journal.add_note(c.live.id, Note(0, 0, None, "note", "Déjà sur le serveur"), 100.0)
    [write] = journal.pending()
    journal.adding(write.row)
    c.store.add_note(c.live.id, write.note, write.created_wall)  # committed; answer lost
    journal.close()
    again = SessionNotes(c.live, c.told)
    settle(Console(c.store, c.live, again, c.told))
    assert on_server(server_url, c.live.id) == [("note", "Déjà sur le serveur")]
    [filed] = again.filed()
    journal = c.store.note_journal(c.live.id)
    assert journal is not None and journal.resolve(shown) == filed.id
    journal.close()
    again.stop()
    c.store.close()


def test_notes_kept_while_away_are_filed_at_the_next_opening(
    laptop_url, server_url, proxy, tmp_path, catalog, clock, monkeypatch
) -> None:
    """The laptop closed (or killed) before the server came back: the notes
    waited in its journal and are filed when the session is opened again."""
    monkeypatch.setattr(working, "CALL_DEADLINE_S", 0.5)
    c = console(laptop_url, tmp_path / "laptop", clock, catalog=catalog)
    session_id = c.live.id
    proxy.cut()  # the server away, as long as this laptop is open
    draft = c.notes.draft()
    typed(draft, c.live, "> Appeler la DRH | Chloé | lundi")
    worker = c.notes._pusher
    c.notes.stop()  # its last round cannot reach the server either
    assert worker is not None and not worker.running
    c.store.close()
    proxy.heal()
    again = console(laptop_url, tmp_path / "laptop", clock, session_id=session_id)
    assert again.notes.waiting == 1  # read from the journal before any round
    settle(again)
    other = Store.open_server(server_url)
    [note] = other.notes(session_id)
    assert (note.kind, note.text, note.owner, note.due) == (
        "action",
        "Appeler la DRH",
        "Chloé",
        "lundi",
    )
    other.close()
    again.notes.stop()
    again.store.close()


def test_a_following_console_shows_the_notes_the_driving_one_files(
    server_url, tmp_path, catalog, clock
) -> None:
    driving = console(server_url, tmp_path / "a", clock, catalog=catalog)
    following = console(server_url, tmp_path / "b", clock, session_id=driving.live.id)
    assert driving.live.driving and not following.live.driving
    draft = driving.notes.draft()
    typed(draft, driving.live, "! Proposer un binôme")
    settle(driving)
    settle(following)  # its worker's next reading
    assert [n.text for n in following.notes.filed()] == ["Proposer un binôme"]
    for c in (driving, following):
        c.notes.stop()
        c.store.close()


@pytest.mark.parametrize("rewritten", [False, True])
def test_the_words_leave_this_computer_once_the_server_has_them(
    server_url, tmp_path, catalog, clock, rewritten
) -> None:
    """Sessions are confidential: a note's words stay in the journal only while
    they wait for the server."""
    c = console(server_url, tmp_path / "laptop", clock, catalog=catalog)
    draft = c.notes.draft()
    typed(draft, c.live, "Madame Zéphyrine Quenouille")
    if rewritten:
        typed(draft, c.live, "Madame Zéphyrine Quenouille, cheffe")
    settle(c)
    c.notes.stop()
    c.store.close()
    journal_file = tmp_path / "laptop" / "server-journal.db"
    kept = b"".join(p.read_bytes() for p in journal_file.parent.glob("server-journal.db*"))
    assert b"Quenouille" not in kept


def test_an_erased_persons_name_leaves_what_this_laptop_keeps_for_the_server(
    server_url, tmp_path, catalog, clock
) -> None:
    """Erasure on a server also rewrites this computer's journal: a note not sent
    yet, and an event waiting or set aside, that name the person (issue 28)."""
    from app.group.ops.actions import erase_person
    from app.session.rules.engine import Event, EventKind

    names = ["Anne Facil", "Zéphyrine Quenouille", "Bruno Tessier"]
    c = console(server_url, tmp_path / "laptop", clock, catalog=catalog)
    c.notes.stop()  # no worker: the note stays on this laptop, as with the server away
    store, session_id = (
        c.store,
        c.store.create_session(make_setup(catalog, names=names), clock.wall()),
    )
    journal = store.note_journal(session_id)
    assert journal is not None
    journal.add_note(session_id, Note(0, 1, None, "note", "Zéphyrine Quenouille hésite"), 1.0)
    journal.close()
    events = store.journal
    assert events is not None
    joined = Event(EventKind.JOINED, 5.0, 0.0, 6.0, {"person": 99, "name": "Z. Quenouille"})
    events.keep(session_id, 2, joined)
    group_id = store.cycles.group_id("Groupe Alpha")
    [member] = [m for m in store.members.members(group_id) if "Quenouille" in m.name]
    erase_person(store, group_id=group_id, member_id=member.id, lang="fr", wall=clock.wall())
    kept = b"".join(p.read_bytes() for p in (tmp_path / "laptop").glob("server-journal.db*"))
    for form in ("Quenouille", "Zéphyrine"):
        assert form.encode("utf-8") not in kept, form
        assert form.encode("utf-16-le") not in kept, form
    store.close()
