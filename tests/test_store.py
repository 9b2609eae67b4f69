"""The SQLite store: every event committed at once, crash and resume, safety."""

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app import folder
from app.db import schema
from app.db.models import Base
from app.errors import StoreError, StoreProblem
from app.session.ops.live import LiveSession
from app.session.rules.records import Note, SessionState
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import platforms
from tests.helpers.clock import FakeClock
from tests.helpers.raw import read

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines


@pytest.mark.file_only
@platforms.PERMISSIONS
def test_folder_and_file_are_private(store, data_dir) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


@pytest.mark.file_only
def test_wal_and_foreign_keys_are_on(store) -> None:
    conn = store._db
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL


def test_migrations_build_exactly_the_models(tmp_path) -> None:
    """A database upgraded by the migrations has the schema the models describe."""
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    from alembic import command

    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_events_are_on_disk_as_soon_as_acted(live, clock, store) -> None:
    live.start()
    clock.advance(30)
    live.give_floor(live.engine.people[2].id)
    rows = read(store, "select seq, kind, data from events order by seq")
    assert rows == [
        (1, "started", "{}"),
        (2, "floor_taken", f'{{"person": {live.engine.people[2].id}}}'),
    ]


def test_a_floor_key_writes_one_row_and_nothing_else(live, clock, store) -> None:
    """The log is append-only: derived totals are not rewritten on every key."""
    live.start()
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    live.give_floor(live.engine.people[2].id)
    store._db.set_trace_callback(None)
    writes = [s for s in statements if s.split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]
    assert len(writes) == 1 and writes[0].startswith("INSERT INTO events")


def test_resume_counts_the_time_the_app_was_down(live, clock, store) -> None:
    who = live.engine.people
    live.start()
    live.next_step()
    live.give_floor(who[1].id)
    clock.advance(40)
    clock.restart_process(downtime=120)  # killed, restarted two minutes later
    again = LiveSession(store, live.id, clock)
    assert again.engine.step_index == 1 and again.engine.running
    assert again.engine.speaker == who[1].id
    assert again.engine.step_elapsed(1, again.now()) == pytest.approx(160)
    again.pause()
    clock.restart_process(downtime=3600)  # paused: time away does not count
    third = LiveSession(store, live.id, clock)
    assert third.engine.step_elapsed(1, third.now()) == pytest.approx(160)


@platforms.SIGKILL
def test_a_killed_process_loses_nothing_it_acted_on(tmp_path, catalog) -> None:
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.session.rules.records import Note
        from app.session.store import Store
        from app.session.ops.live import LiveSession
        from tests.conftest import make_setup
        from app.protocols import load_catalog
        store = Store.open(Path({str(data)!r}))
        sid = store.create_session(make_setup(load_catalog()), 0.0)
        live = LiveSession(store, sid)
        live.start()
        live.give_floor(live.engine.people[3].id)
        live.next_step()
        store.add_note(sid, Note(0, 1, 0, 'question', 'Pourquoi ?'), 0.0)
        print('acted', flush=True)
        sys.stdin.read()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "acted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()  # waits, and closes both pipes
    store = Store.open(data)
    [summary] = store.summaries(unfinished_only=True)
    again = LiveSession(store, summary.id)
    assert [e.kind.value for e in again.engine.events] == ["started", "floor_taken", "step_changed"]
    assert again.engine.step_index == 1 and again.engine.running
    assert [n.text for n in store.notes(summary.id)] == ["Pourquoi ?"]
    store.close()


def test_a_corrupt_database_is_moved_aside_never_overwritten(data_dir) -> None:
    data_dir.mkdir(mode=0o700)
    garbage = b"this is not a database" * 100
    (data_dir / folder.DB_NAME).write_bytes(garbage)
    store = Store.open(data_dir)
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == garbage
    assert ".corrupt-" in store.moved_aside.name
    assert store.summaries() == []
    store.close()


def test_a_full_disk_refuses_the_action_and_keeps_the_state(live, clock, monkeypatch) -> None:
    live.start()
    clock.advance(10)

    def full(*_args, **_kwargs):
        raise StoreError(StoreProblem.DISK_FULL, live.store.path)

    monkeypatch.setattr(live.store, "append_event", full)
    with pytest.raises(StoreError) as caught:
        live.next_step()
    assert caught.value.problem is StoreProblem.DISK_FULL
    assert live.engine.step_index == 0 and len(live.engine.events) == 1
    monkeypatch.undo()
    live.next_step()
    assert live.engine.step_index == 1


def test_sqlite_full_errors_become_a_disk_full_message(live) -> None:
    class FullDisk:
        """A connection whose disk has no byte left."""

        in_transaction = False

        def execute(self, sql, *_args):
            if sql.startswith("INSERT"):
                exc = sqlite3.OperationalError("database or disk is full")
                exc.sqlite_errorcode = 13
                raise exc
            return None

    real, live.store._db = live.store._db, FullDisk()
    try:
        with pytest.raises(StoreError) as caught:
            live.store.add_note(live.id, Note(0, 0, None, "note", "x"), 0)
    finally:
        live.store._db = real
    assert caught.value.problem is StoreProblem.DISK_FULL
    assert "full" in str(caught.value)


def test_session_state_and_projections(live, clock, store) -> None:
    assert store.summaries()[0].state == SessionState.READY
    live.start()
    clock.advance(100)
    live.give_floor(live.engine.people[1].id)
    clock.advance(20)
    live.end()
    [summary] = store.summaries()
    assert summary.state == SessionState.ENDED and summary.running_seconds == pytest.approx(120)
    assert store.summaries(unfinished_only=True) == []
    assert read(store, "select talk_seconds, end_t from turns") == [(20.0, 120.0)]
    assert read(store, 'select actual_seconds from step_runs where "index"=0')[0][0] == 120


def test_protocol_is_copied_so_history_never_changes(store, catalog, clock) -> None:
    setup = make_setup(catalog)
    sid = store.create_session(setup, 0)
    loaded = store.load(sid)
    assert loaded.protocol == setup.protocol
    assert loaded.plan[0].step.id == "opening"


def test_cycle_numbers_and_previous_session(store, catalog) -> None:
    first = store.load(store.create_session(make_setup(catalog), 0))
    never_started = store.load(store.create_session(make_setup(catalog), 1))
    assert "previous" not in [s.step.id for s in never_started.plan]  # none was held
    LiveSession(store, first.id, FakeClock()).start()
    second = store.load(store.create_session(make_setup(catalog), 2))
    assert (first.number_in_cycle, second.number_in_cycle) == (1, 3)
    assert "previous" not in [s.step.id for s in first.plan]
    assert [s.step.id for s in second.plan][1] == "previous"
    assert store.cycles.previous_session(second.id) == first.id  # the one held


def test_with_no_cycle_planned_the_method_s_cycle_numbers_again_from_one(store, catalog) -> None:
    """The ANACT method's cycle is six sessions: the seventh session of a group
    with no cycle planned is the first of the next, "Séance 1" again."""
    assert catalog.get("codev-anact").sessions_per_cycle == 6
    numbers = [
        store.load(store.create_session(make_setup(catalog), day)).number_in_cycle
        for day in range(8)
    ]
    assert numbers == [1, 2, 3, 4, 5, 6, 1, 2]
    assert store.groups() == ["Groupe Alpha"]
    assert store.last_participants(store.cycles.group_id("Groupe Alpha"))[0][0] == "Anne Facil"


def test_notes_keep_any_text(store, live) -> None:
    long_text = "é" * 10_000 + " 🙂 <b> & </para>"
    nid = store.add_note(live.id, Note(0, 2, 0, "question", long_text), 1.0)
    store.update_note(Note(nid, 2, 0, "proposal", long_text + "!", tag="desirable"), 2.0)
    [note] = store.notes(live.id)
    assert note.text == long_text + "!" and note.kind == "proposal" and note.tag == "desirable"
    store.delete_note(nid)
    assert store.notes(live.id) == []


def test_fake_clock_restart_changes_only_the_origin() -> None:
    clock = FakeClock()
    wall = clock.wall()
    clock.restart_process(10)
    assert clock.wall() == wall + 10 and clock.monotonic() == 5.0


def test_half_an_emoji_never_fails_a_save(store, live) -> None:
    """A lone surrogate (half of an emoji, pasted from another program) cannot be
    written as UTF-8: it is kept as U+FFFD, in notes, names and answers alike."""
    from app.group.ops.actions import record_answer
    from app.session.ops.drafts import NoteDraft
    from app.session.rules.setup import clean_name

    draft = NoteDraft(store, live.id, lambda: 0.0)
    step = live.engine.plan[0].step
    draft.save("! un binôme \ud83d pour l’accueil", step, 0, None)
    assert [n.text for n in store.notes(live.id)] == ["un binôme \ufffd pour l’accueil"]
    assert clean_name("Zoé \udc00") == "Zoé \ufffd"
    live.end()
    record_answer(
        store, session_id=live.id, sent_day="2027-01-01", answered_day="2027-01-05",
        analysis="ok \ud83d", decisions="oui", about="", wall=0.0,
    )  # fmt: skip
    assert store.answers.answers_to(live.id)[0].analysis == "ok \ufffd"


def test_a_sessions_record_only_grows_by_its_next_number(store, catalog, clock) -> None:
    """The fence under every writer (issue 27): an event is written at the number
    after the record's last, or refused in words; the same event pushed again
    (its answer lost) is there once; another event at a taken number, or a
    number past the end, is refused, never dropped without a word."""
    from app.session.rules.engine import Event, EventKind

    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    started = live.engine.events[0]
    store.append_event(live.id, started, live.engine, seq=1)  # again: once
    other = Event(EventKind.PAUSED, 5.0, 0.0, clock.wall())
    for seq in (1, 3):  # a taken number, a number past the end
        with pytest.raises(StoreError) as refused:
            store.append_event(live.id, other, live.engine, seq=seq)
        assert refused.value.problem is StoreProblem.WRITTEN_ELSEWHERE
    assert store.load(live.id).events == [started]
    store.append_event(live.id, other, live.engine, seq=2)
    assert [e.kind for e in store.load(live.id).events] == [EventKind.STARTED, EventKind.PAUSED]
