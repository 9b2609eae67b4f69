"""Events recorded on a laptop while another console drove the session (issue
27): when that console opens the session again, the facilitator is asked, in
French, to keep them as a note of the session or let them go; never dropped
without a word, never written into the other console's record."""

from __future__ import annotations

import pytest

from app.session.ops.live import LiveSession
from app.session.rules.engine import Event, EventKind
from app.session.store import Store
from tests.conftest import make_setup
from ui.main import TourDeTable
from ui.session import aside


@pytest.fixture
def laptop_with_aside(server_url, tmp_path, catalog, clock):
    """A session whose log went on without three turns kept on this laptop."""
    store = Store.open_server(server_url, journal_dir=tmp_path / "laptop")
    session_id = store.create_session(make_setup(catalog), clock.wall())
    live = LiveSession(store, session_id, clock)
    live.start()
    people = live.engine.people
    journal = store.journal
    assert journal is not None
    for seq, person in ((2, people[1]), (3, people[2]), (4, people[3])):
        clock.advance(60)
        journal.keep(session_id, seq, Event(EventKind.FLOOR_TAKEN, 60.0 * seq, 0.0,
                                            clock.wall(), {"person": person.id}))  # fmt: skip
    journal.set_aside(session_id)
    live.let_go()
    yield store, session_id
    store.close()


@pytest.mark.parametrize("keep", [True, False], ids=["kept", "let-go"])
def test_what_was_set_aside_is_offered_when_the_session_opens(
    qtbot, laptop_with_aside, catalog, clock, monkeypatch, keep
) -> None:
    store, session_id = laptop_with_aside
    asked: list[int] = []
    monkeypatch.setattr(aside, "ask_keep_aside", lambda _p, n: asked.append(n) or keep)
    tdt = TourDeTable(store, catalog, "fr", clock, use_audio=False)
    qtbot.addWidget(tdt.home)
    screens = tdt.open_session(session_id)
    assert asked == [3]
    shown = [n.text for n in screens.controller.notes.filed()]  # at once, from this laptop
    if keep:  # filed on the server by the notes' worker, never from the console's thread
        qtbot.waitUntil(lambda: len(store.notes(session_id)) == 1, timeout=10_000)
    notes = [n.text for n in store.notes(session_id)]
    assert shown == notes
    if keep:
        [note] = notes
        assert note.startswith("Enregistré sur cet ordinateur pendant qu’une autre console")
        assert "la parole à Bruno" in note and note.count("\n") == 3
    else:
        assert notes == []
    assert screens.controller.live.set_aside == []  # asked once, settled
    assert [e.kind.value for e in store.load(session_id).events] == ["started"]
    screens.console.close()
