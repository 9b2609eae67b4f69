"""The store at its worst moments: killed while creating, a full disk, a second
app, loose permissions, a long absence. Real SQLite files, real processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import folder
from app.db import connection, schema
from app.errors import StoreError, StoreProblem
from app.session.ops.live import LONG_ABSENCE, LiveSession
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import platforms

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.both_engines  # the store's tests run on both engines


def run_child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


HALF_WAY = """
def interrupt_schema_creation(action, tmp):
    \"\"\"The shipped schema, with a call to ``action`` once the sessions table exists.\"\"\"
    from pathlib import Path
    from app.db import schema

    script = schema.SCHEMA_SQL.read_text(encoding="utf-8")
    cut = script.index(";", script.index("CREATE TABLE sessions")) + 1
    halted = Path(tmp) / "schema-halted.sql"
    halted.write_text(script[:cut] + "\\nSELECT half_way();" + script[cut:], encoding="utf-8")
    schema.SCHEMA_SQL = halted
    connect = schema.raw_connect

    def with_half_way(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.create_function("half_way", 0, action)
        return conn

    schema.raw_connect = with_half_way
"""


@platforms.SIGKILL
def test_kill_9_in_the_middle_of_schema_creation_leaves_a_store_that_opens(
    tmp_path, catalog
) -> None:
    data = tmp_path / "data"
    child = run_child(
        HALF_WAY
        + """
import sys, time
from pathlib import Path
from app.session.store import Store

def stop_here():
    print("half-created", flush=True)
    time.sleep(600)  # killed here, tables half made

interrupt_schema_creation(stop_here, sys.argv[2])
Store.open(Path(sys.argv[1]))
""",
        str(data),
        str(tmp_path),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "half-created", child.stderr.read()
    finally:
        kill(child)
    store = Store.open(data)  # no "table groups already exists"
    sid = store.create_session(make_setup(catalog), 0.0)
    assert [s.id for s in store.summaries()] == [sid]
    assert store.moved_aside is None
    store.close()


def test_schema_creation_is_one_transaction(tmp_path, monkeypatch) -> None:
    """A failure half-way through leaves no table behind."""
    from app.db import schema as schema_module

    def fail() -> None:
        raise RuntimeError("power cut")

    namespace: dict[str, object] = {}
    exec(HALF_WAY, namespace)
    with monkeypatch.context() as patched:
        patched.setattr(schema_module, "SCHEMA_SQL", schema_module.SCHEMA_SQL)
        patched.setattr(schema_module, "raw_connect", schema_module.raw_connect)
        namespace["interrupt_schema_creation"](fail, tmp_path)  # type: ignore[operator]
        with pytest.raises(StoreError):
            Store.open(tmp_path / "data")
    raw = sqlite3.connect(tmp_path / "data" / folder.DB_NAME)
    tables = raw.execute("select name from sqlite_master where type='table'").fetchall()
    raw.close()
    assert tables == []
    Store.open(tmp_path / "data").close()


@platforms.FILE_SIZE_LIMIT
def test_a_full_disk_at_start_up_leaves_the_database_where_it_is(tmp_path, catalog) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    sid = store.create_session(make_setup(catalog), 0.0)
    store.close()
    os.unlink(data / folder.CLEAN_NAME)  # as after a crash: the deep check runs
    for side in ("-wal", "-shm"):
        (data / (folder.DB_NAME + side)).unlink(missing_ok=True)
    # The child may write nothing at all: as a disk with no byte free.
    child = run_child(
        """
        import resource, signal, sys
        from pathlib import Path
        from app.errors import StoreError
        from app.session.store import Store
        from app.protocols import load_catalog
        from tests.conftest import make_setup

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
        try:
            store = Store.open(Path(sys.argv[1]))
            store.create_session(make_setup(load_catalog()), 0.0)
        except StoreError as exc:
            print("refused", exc.problem.value, flush=True)
        else:
            print("written", flush=True)
        """,
        str(data),
    )
    out, err = child.communicate(timeout=60)
    assert out.split()[0] == "refused", err
    assert out.split()[1] in {"disk_full", "write_failed", "cannot_open"}
    assert sorted(p.name for p in data.iterdir() if ".corrupt" in p.name) == []
    again = Store.open(data)  # space is back: the session is there
    assert [s.id for s in again.summaries()] == [sid]
    again.close()


def test_only_real_corruption_is_moved_aside(tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]

    def busy(*_args, **_kwargs):
        raise locked

    monkeypatch.setattr(connection.sqlite3, "connect", busy)
    with pytest.raises(StoreError) as caught:
        Store.open(data)
    assert caught.value.problem is StoreProblem.BUSY
    monkeypatch.undo()
    assert (data / folder.DB_NAME).exists()
    assert [p.name for p in data.iterdir() if "corrupt" in p.name] == []


def test_a_second_app_on_the_same_folder_is_told_and_writes_nothing(tmp_path, catalog) -> None:
    data = tmp_path / "data"
    first = Store.open(data)
    first.create_session(make_setup(catalog), 0.0)
    before = {p.name: p.stat().st_mtime_ns for p in data.iterdir()}
    child = run_child(
        """
        import sys
        from pathlib import Path
        from app.errors import StoreError
        from app.session.store import Store
        try:
            Store.open(Path(sys.argv[1]))
        except StoreError as exc:
            print(exc.problem.value, flush=True)
        """,
        str(data),
    )
    out, err = child.communicate(timeout=60)
    assert out.strip() == "already_open", err
    assert {p.name: p.stat().st_mtime_ns for p in data.iterdir()} == before
    # A read-only command still reads beside the running app.
    reader = Store.open(data, exclusive=False)
    assert reader.read_only and len(reader.summaries()) == 1
    reader.close()
    first.close()
    Store.open(data).close()  # and once the first has closed, the folder is free


@platforms.PERMISSIONS
def test_a_loose_data_folder_is_tightened(tmp_path) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    os.chmod(data, 0o755)
    os.chmod(data / folder.DB_NAME, 0o644)
    Store.open(data).close()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / folder.DB_NAME).stat().st_mode) == 0o600


def test_the_deep_check_runs_only_after_an_unclean_shutdown(tmp_path) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    clean = Store.open(data)
    assert not clean._opened.checked
    # killed: no close, so no marker; the next open checks the whole file
    clean._opened.connection.close()
    assert clean._opened.lock is not None
    clean._opened.lock.release()
    after_crash = Store.open(data)
    assert after_crash._opened.checked
    after_crash.close()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    raw = sqlite3.connect(data / folder.DB_NAME)
    raw.execute("update alembic_version set version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(StoreError) as caught:
        Store.open(data)
    assert caught.value.problem is StoreProblem.TOO_NEW
    assert (data / folder.DB_NAME).exists()


def test_schema_head_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    assert scripts.get_current_head() == schema.SCHEMA_HEAD
    assert {r.revision for r in scripts.walk_revisions()} == set(schema.KNOWN_REVISIONS)


@pytest.mark.parametrize("away, counted", [(LONG_ABSENCE - 60, True), (14 * 3600, None)])
def test_a_long_absence_waits_for_the_facilitator(live, clock, store, away, counted) -> None:
    who = live.engine.people[2].id
    live.start()
    live.give_floor(who)
    clock.advance(100)
    live.keep_alive()  # as the repaint does once a minute
    clock.restart_process(downtime=away)
    again = LiveSession(store, live.id, clock)
    if counted:  # a short absence: the meeting went on
        assert again.absence == 0
        assert again.engine.turn_talk(again.engine.open_turn, again.now()) == pytest.approx(
            100 + away
        )
        return
    assert again.absence == pytest.approx(away)
    # Nothing is credited while the question is open.
    assert again.engine.turn_talk(again.engine.open_turn, again.now()) == pytest.approx(100)
    again.resume_paused()
    assert not again.engine.running
    assert again.engine.talk_by_person(again.now())[who] == pytest.approx(100)


def test_counting_a_long_absence_is_the_facilitators_choice(live, clock, store) -> None:
    live.start()
    clock.advance(100)
    clock.restart_process(downtime=3600)
    again = LiveSession(store, live.id, clock)
    again.count_time_away()
    assert again.engine.running
    assert again.engine.step_elapsed(0, again.now()) == pytest.approx(3700)


def test_the_app_says_it_is_alive_once_a_minute(live, clock) -> None:
    live.start()
    for _ in range(10):
        clock.advance(30)
        live.keep_alive()
    kinds = [e.kind.value for e in live.engine.events]
    assert kinds.count("alive") == 5
    live.pause()
    clock.advance(120)
    live.keep_alive()
    assert [e.kind.value for e in live.engine.events].count("alive") == 5


def test_a_store_of_the_first_schema_is_upgraded_without_loss(tmp_path, catalog, clock) -> None:
    """A store as release 0.1 left it (schema 0001) opens with every session intact."""
    from alembic import command

    data = tmp_path / "data"
    store = Store.open(data)
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.jump(3)
    live.give_floor(live.engine.people[2].id)
    clock.advance(50)
    store.close()
    engine = schema.make_engine(data / folder.DB_NAME)
    cfg = schema.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()
    raw = sqlite3.connect(data / folder.DB_NAME)
    columns = [row[1] for row in raw.execute("PRAGMA table_info(sessions)")]
    raw.close()
    assert "current_step" not in columns  # really the old schema

    again = Store.open(data)
    [summary] = again.summaries()
    assert summary.step_index == 3 and summary.state == "running"
    resumed = LiveSession(again, summary.id, clock)
    assert resumed.engine.step_index == 3 and resumed.engine.speaker == live.engine.people[2].id
    from tests.conftest import GROUP

    # Everyone who took part became a member of the group, linked to their seat.
    assert [m.name for m in again.members.members(again.cycles.group_id("Groupe Alpha"))] == GROUP
    linked = again._db.execute("select count(*) from participants where member_id is null")
    assert linked.fetchone() == (0,)
    again.close()


def test_a_late_arrival_refused_by_the_disk_leaves_no_seat(live, clock, store, monkeypatch) -> None:
    live.start()
    before = len(store.load(live.id).people)

    def full(*_args, **_kwargs):
        raise StoreError(StoreProblem.DISK_FULL, store.path)

    monkeypatch.setattr(store, "append_event", full)
    with pytest.raises(StoreError):
        live.add_person("Nadia Benkhalfa")
    monkeypatch.undo()
    assert len(store.load(live.id).people) == before
    assert len(live.engine.people) == before


def test_a_failure_inside_a_write_is_rolled_back_and_the_store_still_writes(
    store, catalog, clock, monkeypatch
) -> None:
    """A Python exception in the middle of a transaction (here: the step rows of
    a new session) rolls back what the transaction had written, and the next
    write works. Without the rollback every later write fails with "cannot start
    a transaction within a transaction" until the app is restarted."""

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("a bug half-way through the write")

    with monkeypatch.context() as patched:
        patched.setattr("app.protocols.plan_steps", broken)
        with pytest.raises(RuntimeError):
            store.create_session(make_setup(catalog), clock.wall())
    assert store.summaries() == [] and store.groups() == []  # nothing half-written
    session_id = store.create_session(make_setup(catalog), clock.wall())
    assert [s.id for s in store.summaries()] == [session_id]


@platforms.SIGKILL
def test_a_journal_removed_under_the_app_loses_nothing_at_kill_9(tmp_path, catalog) -> None:
    """A sync tool or a cleaner deletes tourdetable.db-wal while a session runs;
    the app is then killed. Every event written before and after is still there,
    and the app said what happened."""
    data = tmp_path / "data"
    child = run_child(
        """
        import os, sys
        from pathlib import Path
        from tests.helpers.clock import FakeClock
        from app.session.ops.live import LiveSession
        from app.protocols import load_catalog
        from app.session.store import Store
        from tests.conftest import make_setup

        data = Path(sys.argv[1])
        store = Store.open(data)
        told = []
        store.on_notice = told.append
        clock = FakeClock()
        live = LiveSession(store, store.create_session(make_setup(load_catalog()), 0), clock)
        live.start()
        for i in range(60):
            clock.advance(5)
            live.give_floor(live.engine.people[1 + i % 6].id)
        os.unlink(data / "tourdetable.db-wal")
        for i in range(10):
            clock.advance(5)
            live.give_floor(live.engine.people[1 + i % 6].id)
        print(len(live.engine.events), [str(p) for p in told], flush=True)
        os.kill(os.getpid(), 9)
        """,
        str(data),
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    written, told = out.split(" ", 1)
    assert int(written) == 71 and "journal_replaced" in told
    store = Store.open(data)
    try:
        [summary] = store.summaries()
        assert len(store.load(summary.id).events) == 71
    finally:
        store.close()


def _schema(path: Path) -> list[tuple[str, str]]:
    raw = sqlite3.connect(path)
    try:
        rows = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        raw.close()
    return [(name, " ".join(sql.split())) for name, sql in rows]


def test_the_shipped_schema_is_the_models_own(tmp_path) -> None:
    """schema.sql is what the models define (refresh it with `python -m
    app.db.schema`), and a store made from it is the store create_all makes."""
    assert schema.SCHEMA_SQL.read_text(encoding="utf-8") == schema.models_schema_sql()
    shipped, modelled = tmp_path / "shipped.db", tmp_path / "modelled.db"
    for path in (shipped, modelled):
        path.touch()
    schema.create(shipped)
    from app.db.models import Base

    engine = schema.make_engine(modelled)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(schema.ALEMBIC_VERSION)
    finally:
        engine.dispose()
    assert _schema(shipped) == _schema(modelled) and len(_schema(shipped)) > 15


def test_a_first_start_loads_no_sqlalchemy(tmp_path) -> None:
    child = run_child(
        """
        import sys
        from pathlib import Path
        from app.session.store import Store
        store = Store.open(Path(sys.argv[1]))
        assert store.summaries() == []
        store.close()
        print(sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "alembic"))))
        """,
        str(tmp_path / "data"),
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert out.strip() == "[]"


def test_no_document_is_written_inside_the_data_folder(tmp_path) -> None:
    """One rule for every road out (command line, windows, dialogs): the target,
    however it is spelt, never resolves inside the store's own folder."""
    import pytest

    from app.files import InsideDataFolder, check_outside

    folder = tmp_path / "data"
    (folder / "sous").mkdir(parents=True)
    for inside in (
        folder / "tourdetable.db",
        folder / "sous" / "fiche.pdf",
        tmp_path / "ailleurs" / ".." / "data" / "fiche.pdf",
        *([tmp_path / "DATA" / "fiche.pdf"] if platforms.ON_WINDOWS else []),  # one folder there
    ):
        with pytest.raises(InsideDataFolder):
            check_outside(inside, folder)
    for outside in (tmp_path / "fiche.pdf", tmp_path / "data-copie" / "fiche.pdf"):
        assert check_outside(outside, folder) == outside
    assert check_outside(folder / "fiche.pdf", None) == folder / "fiche.pdf"  # no local folder


@platforms.SYMLINK
def test_no_document_is_written_inside_the_data_folder_through_a_link(tmp_path) -> None:
    from app.files import InsideDataFolder, check_outside

    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "lien").symlink_to(folder)
    with pytest.raises(InsideDataFolder):
        check_outside(tmp_path / "lien" / "fiche.pdf", folder)
