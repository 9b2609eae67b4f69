"""Every call to the server is bounded (issue 27): a lock another connection
holds, a statement that runs long, a console frozen inside a transaction and a
half-open link each end within their limit, and each is said in its own words:
a time-out, the server's disk full, a refusal of this login."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from app.errors import StoreError, StoreProblem, classify
from app.server import rules
from app.server.rules import parse
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres


def test_the_stores_connection_runs_with_its_bounds(server_url) -> None:
    store = Store.open_server(server_url)
    try:
        shown = {
            name: store.rows(f"SHOW {name}")[0][0]
            for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        }
    finally:
        store.close()
    assert shown == {
        "statement_timeout": "10s",
        "lock_timeout": "5s",
        "idle_in_transaction_session_timeout": "30s",
    }


def test_a_table_locked_elsewhere_gives_a_time_out_not_a_frozen_key(
    server_url, pg_server, catalog, clock, monkeypatch
) -> None:
    """Someone's maintenance (or a frozen console) holds the notes' table: a
    note waits its lock's bound, then says the server took too long; what was
    saved before is there."""
    monkeypatch.setattr(rules, "LOCK_TIMEOUT_MS", 300)
    store = Store.open_server(server_url)
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    store.add_note(live.id, Note(0, 0, 0, "question", "Avant le verrou"), 0)
    with postgres.admin(pg_server, parse(server_url).database) as other:
        other.execute("BEGIN")
        other.execute("LOCK TABLE notes IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(StoreError) as refused:
            store.add_note(live.id, Note(0, 0, 0, "question", "Pendant le verrou"), 0)
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
    assert refused.value.problem is StoreProblem.SERVER_TIMEOUT
    assert waited < 3, waited
    assert "took too long" in str(refused.value)
    assert [n.text for n in store.notes(live.id)] == ["Avant le verrou"]
    store.close()


def test_a_console_frozen_inside_a_transaction_lets_go(
    server_url, pg_server, catalog, clock, monkeypatch
) -> None:
    """A console that stops inside a transaction (a frozen laptop) holds its
    locks only until the server ends its session: another writer goes on."""
    monkeypatch.setattr(rules, "IDLE_IN_TRANSACTION_MS", 200)
    frozen = Store.open_server(server_url)
    other = Store.open_server(server_url)
    session_id = other.create_session(make_setup(catalog), clock.wall())
    with pytest.raises(StoreError), frozen.transaction() as db:
        db.execute("UPDATE sessions SET state = state WHERE id = ?", (session_id,))
        # Frozen: only the server's own clock can end it (it waits, not the app).
        with postgres.admin(pg_server, parse(server_url).database) as watcher:
            watcher.execute("SELECT pg_sleep(0.6)")
        db.execute("SELECT 1")
    other.add_note(session_id, Note(0, 0, 0, "question", "Toujours là"), 0)
    assert [n.text for n in other.notes(session_id)] == ["Toujours là"]
    frozen.close()
    other.close()


@pytest.mark.parametrize(
    ("error", "problem", "words"),
    [
        (psycopg.errors.DiskFull, StoreProblem.SERVER_DISK_FULL, "disk of the server"),
        (psycopg.errors.QueryCanceled, StoreProblem.SERVER_TIMEOUT, "took too long"),
        (psycopg.errors.LockNotAvailable, StoreProblem.SERVER_TIMEOUT, "took too long"),
        (psycopg.errors.InsufficientPrivilege, StoreProblem.SERVER_DENIED, "does not allow"),
        (psycopg.errors.AdminShutdown, StoreProblem.SERVER_UNREACHABLE, "does not answer"),
        (psycopg.OperationalError, StoreProblem.SERVER_UNREACHABLE, "does not answer"),
    ],
)
def test_each_server_problem_has_its_own_words(error, problem, words) -> None:
    found = classify(error("the server's own words"), StoreProblem.WRITE_FAILED)
    assert found is problem
    assert words in str(StoreError(found, Path("anne@serveur:5432/tdt")))


def test_a_console_frozen_inside_a_note_holds_up_no_other_sessions_note(
    server_url, catalog, clock, monkeypatch
) -> None:
    """Issue 27: a console frozen inside a note's transaction held the whole
    store's writer lock: another facilitator's note, in another group, waited
    23 to 40 s. A note waits now for its own session's writers only, and no
    writer waits for the whole store: there is no such turn any more."""
    import msgspec

    monkeypatch.setattr(rules, "LOCK_TIMEOUT_MS", 300)
    frozen, other = Store.open_server(server_url), Store.open_server(server_url)
    north = frozen.create_session(make_setup(catalog), clock.wall())
    south = other.create_session(msgspec.structs.replace(make_setup(catalog), group="Sud"), 0)
    with frozen.transaction(session=north):  # frozen here, holding north's turn (no row)
        started = time.monotonic()
        other.add_note(south, Note(0, 0, 0, "question", "Au Sud, sans attendre"), 0)
        assert time.monotonic() - started < 1
        # Each writer of one session's records waits for that session only: a
        # wait would end in the lock's time-out, raised here.
        for session, wait in ((south, False), (north, True)):
            for write in (
                lambda s: other.set_follow_up(s, "12 mars"),
                lambda s: other.set_case_theme(s, 0, "Accueil"),
                lambda s: other.set_case_texts(s, 0, "Situation", "Demande"),
                lambda s: other.correct_case(s, [("Situation", "Demande")], "12 mars"),
                lambda s: other.record_review(s, ["actions"], 0),
                lambda s: other.mark_releve_sent(s, "2027-03-12", 0),
                lambda s: other.remove_participant(s, -1),
            ):
                if wait:
                    with pytest.raises(StoreError) as waited:
                        write(session)
                    assert waited.value.problem is StoreProblem.SERVER_TIMEOUT
                else:
                    write(session)
        with pytest.raises(StoreError) as waited:
            other.add_note(north, Note(0, 0, 0, "question", "Au Nord"), 0)
        assert waited.value.problem is StoreProblem.SERVER_TIMEOUT
        # A new session of the same group writes none of north's records: it goes.
        other.create_session(make_setup(catalog), clock.wall())
        # Deleting north, its group, or erasing one of its group's people writes
        # north's records: each waits.
        nord = other.cycles.group_id("Groupe Alpha")
        member = other.members.add_member(nord, "Zoé Martin", "peer", 0)
        for deletes_north in (
            lambda: other.cycles.delete_session(north),
            lambda: other.cycles.delete_group(nord),
            lambda: other.erasure.erase_member(nord, member, "ancien·ne", str, 0),
        ):
            with pytest.raises(StoreError) as waited:
                deletes_north()
            assert waited.value.problem is StoreProblem.SERVER_TIMEOUT
    assert [n.text for n in other.notes(south)] == ["Au Sud, sans attendre"]
    other.add_note(north, Note(0, 0, 0, "question", "Au Nord, après"), 0)  # let go: goes
    frozen.close()
    other.close()


def test_a_console_frozen_creating_a_session_holds_up_no_other_group(
    server_url, catalog, clock, monkeypatch
) -> None:
    """Issue 27, item 3: a new session (its group found or created by name, its
    number taken) was the whole store's writer: frozen there, a console held up
    every facilitator. It takes its group's name and its group's turns now: a
    second new session of that group waits (its number), no other group does."""
    import msgspec

    monkeypatch.setattr(rules, "LOCK_TIMEOUT_MS", 300)
    frozen, other = Store.open_server(server_url), Store.open_server(server_url)
    south = other.create_session(msgspec.structs.replace(make_setup(catalog), group="Sud"), 0)
    with frozen.transaction(name="Nord") as db:  # as create_session does, frozen inside
        db.execute("INSERT INTO groups (name, created_wall) VALUES (?, ?)", ("Nord", 0))
        [(nord,)] = db.execute("SELECT id FROM groups WHERE name = ?", ("Nord",)).fetchall()
        frozen.take_turns(db, group=nord)
        started = time.monotonic()
        other.add_note(south, Note(0, 0, 0, "question", "Au Sud"), 0)
        other.create_session(msgspec.structs.replace(make_setup(catalog), group="Sud"), 0)
        other.create_session(msgspec.structs.replace(make_setup(catalog), group="Est"), 0)
        other.members.add_member(other.cycles.group_id("Sud"), "Zoé", "peer", 0)
        assert time.monotonic() - started < 2
        for same in ("Nord", " Nord "):  # the same name, however typed
            with pytest.raises(StoreError) as waited:
                other.create_session(msgspec.structs.replace(make_setup(catalog), group=same), 0)
            assert waited.value.problem is StoreProblem.SERVER_TIMEOUT
    assert other.create_session(msgspec.structs.replace(make_setup(catalog), group="Nord"), 0)
    assert len(other.sessions_of_group(other.cycles.group_id("Sud"))) == 2
    frozen.close()
    other.close()


def test_a_console_frozen_inside_a_groups_writer_holds_up_no_other_group(
    server_url, catalog, clock, monkeypatch
) -> None:
    """Issue 27, item 3: writers wait only for the group they write. A console
    frozen while writing group Nord's members holds up Nord's writers (they end
    in the lock's time-out) and none of Sud's: members, cycles, the framing
    note, the scores sheet, an answer, an action's review, attendance."""
    import msgspec

    from app.group.rules import ActionStatus, Attendance, FramingNote

    monkeypatch.setattr(rules, "LOCK_TIMEOUT_MS", 300)
    frozen, other = Store.open_server(server_url), Store.open_server(server_url)
    nord = frozen.create_session(make_setup(catalog), clock.wall())
    sud = other.create_session(msgspec.structs.replace(make_setup(catalog), group="Sud"), 0)
    groups = {nord: other.cycles.group_id("Groupe Alpha"), sud: other.cycles.group_id("Sud")}
    cycles = {
        s: other.cycles.create_cycle(groups[s], "codev-anact", "2027", 6, 0) for s in (nord, sud)
    }
    members = {s: other.members.add_member(groups[s], "Zoé Martin", "peer", 0) for s in (nord, sud)}
    note_ids = {
        s: other.add_note(s, Note(0, 0, 0, "action", "Appeler le service"), 0) for s in (nord, sud)
    }
    seat = {s: other.load(s).people[1].id for s in (nord, sud)}
    with frozen.transaction(group=groups[nord]) as db:  # frozen here, holding Nord's turn
        db.execute("UPDATE groups SET name = name WHERE id = ?", (groups[nord],))
        for session, wait in ((sud, False), (nord, True)):
            for write in (
                lambda g, s: other.members.add_member(g, "Yann Le Goff", "peer", 0),
                lambda g, s: other.members.rename_member(members[s], "Zoé Martin-Roux"),
                lambda g, s: other.members.retire_member(members[s], 1),
                lambda g, s: other.cycles.create_cycle(g, "codev-anact", "2028", 6, 0),
                lambda g, s: other.framing.save_framing_note(g, FramingNote(), 0),
                lambda g, s: other.answers.record_tally(cycles[s], None, {"q1": {4: 5}}, 0),
                lambda g, s: other.cycles.plan(cycles[s], 2, "2027-03-01", "09:30", 120),
                lambda g, s: other.cycles.attach_session(s, cycles[s]),
            ):
                if wait:
                    with pytest.raises(StoreError) as waited:
                        write(groups[session], session)
                    assert waited.value.problem is StoreProblem.SERVER_TIMEOUT
                else:
                    write(groups[session], session)
        # A session's writers wait for that session only, whatever its group's turn.
        other.answers.record_answer(nord, "2027-01-05", "2027-02-05", "Lu", "Décidé", 0)
        other.members.set_attendance(nord, seat[nord], Attendance.EXCUSED)
        other.cycles.review_action(nord, note_ids[nord], ActionStatus.DONE, 0)
    frozen.close()
    other.close()
