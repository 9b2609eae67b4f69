"""Who sees what, enforced by the server with two (three) real database roles:
a facilitator sees the groups it runs and nothing of another's; a coordinator
reads only the coordination views, and the server itself refuses its SELECT on
notes, names and turns."""

from __future__ import annotations

import contextlib
import io

import psycopg
import pytest

from app.cli import main
from app.db.server import connection_settings
from app.server.rules import parse
from app.session.ops.live import LiveSession
from app.session.rules.records import Note
from app.session.store import Store
from tests.conftest import make_setup
from tests.helpers import postgres


def test_a_facilitator_sees_the_groups_it_runs_and_no_other(service, catalog, clock) -> None:
    anne = Store.open_server(service["anne"])
    live = LiveSession(anne, anne.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.give_floor(live.engine.people[1].id)
    anne.add_note(live.id, Note(0, 0, 0, "question", "Qui appelle le CCAS ?"), 0)
    assert anne.groups() == ["Groupe Alpha"]

    bruno = Store.open_server(service["bruno"])
    assert bruno.groups() == [] and bruno.summaries() == []
    assert bruno.notes(live.id) == []
    bruno_setup = make_setup(catalog)
    bruno_setup = type(bruno_setup)(
        "Groupe Beta", bruno_setup.protocol, bruno_setup.participants, bruno_setup.cases
    )
    bruno.create_session(bruno_setup, clock.wall())
    assert bruno.groups() == ["Groupe Beta"] and anne.groups() == ["Groupe Alpha"]
    anne.close()
    bruno.close()


def test_the_coordinator_reads_the_views_and_the_server_refuses_the_rest(
    service, catalog, clock
) -> None:
    anne = Store.open_server(service["anne"])
    live = LiveSession(anne, anne.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    live.give_floor(live.engine.people[1].id)
    clock.advance(60)
    live.end()
    anne.add_note(live.id, Note(0, 5, 0, "action", "Appeler la CAF", owner="Bruno"), 0)
    anne.close()

    cora = _connect(service["cora"])
    [(group, state, seats)] = cora.execute(
        "SELECT group_name, state, seats FROM coordination_sessions"
    ).fetchall()
    assert (group, state, seats) == ("Groupe Alpha", "ended", 7)
    assert cora.execute("SELECT actions FROM coordination_actions").fetchall() == [(1,)]
    assert cora.execute("SELECT present FROM coordination_attendance").fetchall() == [(6,)]
    for table in ("notes", "participants", "turns", "events", "cases", "members", "sessions"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cora.execute(f"SELECT * FROM {table}")
        cora.rollback()
    cora.close()


def test_the_service_bilan_is_built_from_the_views_alone(
    service, catalog, clock, tmp_path, capsys
) -> None:
    import io

    from pypdf import PdfReader

    from app.group.rules import Attendance
    from tests.helpers.pdf import fonts_of

    anne = Store.open_server(service["anne"])
    live = LiveSession(anne, anne.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    clock.advance(2 * 3600)
    live.end()
    anne.add_note(live.id, Note(0, 5, 0, "action", "Appeler Mme Zorglub au CCAS"), 0)
    cycle = anne.cycles.create_cycle(
        anne.cycles.group_id("Groupe Alpha"), "codev-anact", "Cycle A", 6, clock.wall()
    )
    anne.cycles.attach_session(live.id, cycle)
    absent = anne.load(live.id).people[3].id
    anne.members.set_attendance(live.id, absent, Attendance.ABSENT)
    anne.answers.record_tally(cycle, live.id, {"useful": {4: 3, 5: 2}}, clock.wall())
    anne.answers.record_tally(cycle, None, {"frame": {5: 2}}, clock.wall())  # two: too few
    anne.close()
    with _connect(service["cora"]) as cora:  # what too few answered is no figure, even in SQL
        rows = cora.execute(
            "SELECT question, average, answers FROM coordination_evaluations ORDER BY question"
        ).fetchall()
    assert rows == [("frame", None, 2), ("useful", 4.4, 5)]

    pdf = tmp_path / "service.pdf"
    year = str(__import__("datetime").datetime.fromtimestamp(clock.wall()).year)
    assert main(["--database-url", service["cora"], "service-bilan", "--year", year,
                 "--pdf", str(pdf)]) == 0  # fmt: skip
    assert "Groupe Alpha: 1 sessions held, 2.0 h, 1 actions" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Bilan du service" in text and "Groupe Alpha" in text and "Cycle A" in text
    assert "83 %" in text  # five present of six peers
    assert "4,4" in text  # (4×3 + 5×2) / 5; the frame's two answers: no figure
    for name in ("Zorglub", "Anne Facil", "Bruno", "Chloé"):
        assert name not in text
    assert all(fonts_of(pdf.read_bytes()).values())  # every font embedded


def test_every_table_of_the_store_is_kept_to_its_group(service, pg_server, server_url) -> None:
    """Row-level security on every table the models define, a policy for the
    facilitators on each, and nothing of them for the coordinator: a table
    added later (the framing notes) is never readable across groups."""
    from app.db.models import Base

    with postgres.admin(pg_server, parse(server_url).database) as admin:
        secured = {
            name
            for (name,) in admin.execute(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'"
            ).fetchall()
        }
        policies = {
            name for (name,) in admin.execute("SELECT tablename FROM pg_policies").fetchall()
        }
    tables = set(Base.metadata.tables)
    assert "framing_notes" in tables
    assert tables - secured == set()
    assert tables - policies == set()


def _connect(url: str) -> psycopg.Connection:
    """One role's own login, plain SQL: what a facilitator with psql can do."""
    address = parse(url)
    return psycopg.connect(**connection_settings(address, address.password), autocommit=True)


def test_small_counts_are_no_figures_for_the_coordinator(service, catalog, clock) -> None:
    """Issue 28: a session of fewer than 5 peers shows no attendance, and the
    service bilan's row says "< 5" for it and for an evaluation answered by
    fewer than 5, never a number that points at someone."""
    from app.export.service_bilan import group_cells
    from app.server.store import CoordinationReader

    anne = Store.open_server(service["anne"])
    small_setup = make_setup(catalog, names=["Anne Facil", "Bruno", "Chloé", "Dédé"])
    live = LiveSession(anne, anne.create_session(small_setup, clock.wall()), clock)
    live.start()
    clock.advance(3600)
    live.end()
    cycle = anne.cycles.create_cycle(
        anne.cycles.group_id("Groupe Alpha"), "codev-anact", "Cycle B", 6, clock.wall()
    )
    anne.cycles.attach_session(live.id, cycle)
    anne.answers.record_tally(cycle, None, {"useful": {1: 1, 5: 2}}, clock.wall())
    anne.close()
    with _connect(service["cora"]) as cora:
        assert cora.execute("SELECT present, absent FROM coordination_attendance").fetchall() == [
            (None, None)
        ]
    reader = CoordinationReader(service["cora"])
    year = int(__import__("datetime").datetime.fromtimestamp(clock.wall()).year)
    [group] = reader.year(year)
    reader.close()
    assert group.attendance_hidden and group.evaluations_hidden
    cells = group_cells(group, {"days": "{n} j"}, "fr")
    assert cells[4] == cells[5] == cells[9] == "< 5"  # seats, attendance, evaluation


def test_a_facilitator_with_sql_cannot_claim_a_group_before_it_exists(
    service, catalog, clock
) -> None:
    """Anne, with her own login and plain SQL, inserts groups with ids ahead of
    the sequence and deletes them, hoping her access rows outlive them; Bruno
    then creates groups that take those ids. Anne must read none of them."""
    anne = _connect(service["anne"])
    for chosen in range(1, 6):  # the ids a fresh server hands out next
        with contextlib.suppress(psycopg.errors.Error):  # refused outright: so much the better
            anne.execute(
                "INSERT INTO groups (id, name, created_wall) VALUES (%s, %s, 0)",
                (chosen, f"Leurre {chosen}"),
            )
    anne.execute("DELETE FROM groups WHERE name LIKE 'Leurre %%'")
    bruno = Store.open_server(service["bruno"])
    for n in range(5):
        setup = make_setup(catalog)
        setup = type(setup)(f"Groupe Bruno {n}", setup.protocol, setup.participants, setup.cases)
        live = LiveSession(bruno, bruno.create_session(setup, clock.wall()), clock)
        live.start()
        bruno.add_note(live.id, Note(0, 0, 0, "question", "Le dossier de Mme Zerbib"), 0)
    bruno.close()
    assert anne.execute("SELECT name FROM groups").fetchall() == []
    assert anne.execute("SELECT count(*) FROM notes").fetchall() == [(0,)]
    assert anne.execute("SELECT count(*) FROM participants").fetchall() == [(0,)]
    # An id ahead of what the server handed out is refused, for a session too:
    # it would take the place of the next one, whoever creates it.
    for sql in (
        "INSERT INTO groups (id, name, created_wall) VALUES (100000, 'Plus tard', 0)",
        "INSERT INTO sessions (id) VALUES (100000)",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="server's to choose"):
            anne.execute(sql)
    anne.close()


def test_who_runs_which_group_is_each_ones_own_business(service, catalog, clock) -> None:
    for who, group in (("anne", "Groupe Anne"), ("bruno", "Groupe Bruno")):
        store = Store.open_server(service[who])
        setup = make_setup(catalog)
        store.create_session(
            type(setup)(group, setup.protocol, setup.participants, setup.cases), clock.wall()
        )
        store.close()
    with _connect(service["anne"]) as anne:
        assert anne.execute("SELECT role_name FROM tdt_group_access").fetchall() == [("anne",)]
        for sql in (
            "INSERT INTO tdt_group_access VALUES (9999, 'anne')",
            "UPDATE tdt_group_access SET role_name = 'anne'",
            "DELETE FROM tdt_group_access",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                anne.execute(sql)


def test_a_facilitator_cannot_move_a_row_into_another_group_nor_copy_it_out(
    service, catalog, clock
) -> None:
    stores = {}
    for who, group in (("anne", "Groupe Anne"), ("bruno", "Groupe Bruno")):
        stores[who] = store = Store.open_server(service[who])
        setup = make_setup(catalog)
        store.create_session(
            type(setup)(group, setup.protocol, setup.participants, setup.cases), clock.wall()
        )
    bruno_group = stores["bruno"].cycles.group_id("Groupe Bruno")
    for store in stores.values():
        store.close()
    with _connect(service["anne"]) as anne:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security's check
            anne.execute("UPDATE sessions SET group_id = %s", (bruno_group,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            anne.execute("UPDATE members SET group_id = %s", (bruno_group,))
        copied = io.StringIO()
        with anne.cursor().copy("COPY (SELECT group_id FROM sessions) TO STDOUT") as copy:
            for data in copy:
                copied.write(bytes(data).decode())
        assert str(bruno_group) not in copied.getvalue().split()
        assert anne.execute("SELECT count(*) FROM sessions").fetchall() == [(1,)]


def test_the_coordinator_can_neither_block_notes_nor_seize_a_session(
    service, catalog, clock
) -> None:
    """The app's writers' turn is advisory locks and its leases are rows: the
    coordinator's login may take none (it could block every facilitator's
    notes, or hold a session's lease so the facilitator's console follows it
    read-only), nor read who drives what."""
    anne = Store.open_server(service["anne"])
    session_id = anne.create_session(make_setup(catalog), clock.wall())
    with _connect(service["cora"]) as cora:
        for sql in (
            "SELECT * FROM session_leases",
            f"INSERT INTO session_leases VALUES ({session_id}, 1, 'cora', 1e12, 30, 0)",
            "UPDATE session_leases SET holder = 'cora'",
            "DELETE FROM session_leases",
            "SELECT pg_advisory_lock(7051, 0)",
            "SELECT pg_advisory_lock(7052, 0)",  # the store's writers' turn
            "SELECT pg_advisory_xact_lock_shared(7052, 0)",
            f"SELECT pg_advisory_lock(7053, {session_id})",  # one session's writers
            f"SELECT pg_try_advisory_lock(7051, {session_id})",
            "SELECT pg_advisory_lock(1)",
            "SELECT pg_try_advisory_xact_lock_shared(7051, 0)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                cora.execute(sql)
    live = LiveSession(anne, session_id, clock)
    assert live.driving  # the facilitator's own console drives it
    anne.add_note(session_id, Note(0, 0, 0, "question", "Pas bloquée"), 0)
    anne.close()


def test_a_facilitator_can_hold_up_no_other_groups_writers(service, catalog, clock) -> None:
    """Issue 27: the writers' turns were advisory locks any facilitator could take
    with their own SQL: (7052, 0) held in an open transaction stopped every
    facilitator's notes. The lock functions are no login's now; a turn goes
    through tdt_turn, which gives a facilitator the turns of their own group and
    sessions only (and the name of a group they create)."""
    import msgspec

    anne, bruno = Store.open_server(service["anne"]), Store.open_server(service["bruno"])
    annes = anne.create_session(make_setup(catalog), clock.wall())
    annes_group = anne.cycles.group_id("Groupe Alpha")
    brunos = bruno.create_session(msgspec.structs.replace(make_setup(catalog), group="B"), 0)
    with _connect(service["bruno"]) as sql:
        for refused in (
            "SELECT pg_advisory_lock(7052, 0)",
            "SELECT pg_advisory_xact_lock(7053, 1)",
            "SELECT pg_try_advisory_lock_shared(7054, 1)",
            "SELECT pg_advisory_lock(1)",
            f"SELECT tdt_turn('group', {annes_group})",  # another's group
            f"SELECT tdt_turn('session', {annes})",  # another's session
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                sql.execute(refused)
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            sql.execute("SELECT tdt_turn('store', 0)")  # no turn of the whole store
        with sql.transaction():  # their own, held open: Anne's writers never wait
            sql.execute(f"SELECT tdt_turn('session', {brunos})")
            sql.execute(f"SELECT tdt_turn('group', {bruno.cycles.group_id('B')})")
            sql.execute("SELECT tdt_turn('name', hashtext('Groupe Alpha'))")  # only names
            anne.add_note(annes, Note(0, 0, 0, "question", "Pas bloquée"), 0)
            anne.members.add_member(annes_group, "Zoé", "peer", 0)
    with _connect(service["cora"]) as cora, pytest.raises(psycopg.errors.InsufficientPrivilege):
        cora.execute("SELECT tdt_turn('name', 1)")  # the coordinator writes nothing
    anne.close()
    bruno.close()


def test_an_owner_who_is_no_superuser_is_told_what_stays_open(
    pg_server, catalog, clock, capsys
) -> None:
    """server-setup by the tables' owner without superuser rights: everything it
    may do is done, and it says the advisory locks stay anyone's."""
    database = "tdt_owner_setup"
    postgres.fresh_database(pg_server, database)
    with postgres.admin(pg_server) as admin:
        admin.execute("DROP ROLE IF EXISTS gerard")
        admin.execute("CREATE ROLE gerard LOGIN PASSWORD 'pw-gerard'")
        admin.execute(f'ALTER DATABASE "{database}" OWNER TO gerard')
    with postgres.admin(pg_server, database) as admin:
        admin.execute("ALTER SCHEMA public OWNER TO gerard")
    url = pg_server.url(user="gerard", password="pw-gerard", db=database)
    try:
        with postgres.admin(pg_server) as admin:
            first_setup = not admin.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = 'tdt_facilitator'"
            ).fetchall()
        if first_setup:  # the roles to create: refused, and said, without CREATEROLE
            assert main(["--database-url", url, "server-setup"]) == 2
            assert "needs CREATEROLE" in capsys.readouterr().err
            with postgres.admin(pg_server) as admin:
                admin.execute("ALTER ROLE gerard CREATEROLE")
        assert main(["--database-url", url, "server-setup"]) == 0
        said = capsys.readouterr()
        assert "ready" in said.out
        assert "run server-setup once as a superuser" in said.err
    finally:
        with postgres.admin(pg_server) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute("DROP OWNED BY gerard CASCADE")
            admin.execute("DROP ROLE IF EXISTS gerard")


def test_server_setup_says_what_it_lacks(pg_server, capsys) -> None:
    """A login that does not exist, and an owner that may not create roles:
    each said in a line that names what to ask the DBA for, no traceback."""
    from app.server.rules import setup_hint

    nobody = pg_server.url(user="personne", password="x", db="postgres")
    assert main(["--database-url", nobody, "server-setup"]) == 2
    assert "refused the connection" in capsys.readouterr().err
    assert "needs CREATEROLE" in setup_hint("permission denied to create role")
    assert 'the role "anne" does not exist' in setup_hint('role "anne" does not exist')
    assert "owns the store's tables" in setup_hint("must be owner of table groups")
    assert "CREATE on the schema public" in setup_hint("permission denied for schema public")
    assert setup_hint("something else") == "something else"


def test_a_facilitator_with_sql_cannot_write_under_an_ended_epoch(
    service, pg_server, server_url, catalog, clock
) -> None:
    """Anne's console lost the session to Bruno's, co-facilitator of her group
    (she gave him the group); with her own login and plain SQL she tries to
    write into its log all the same: an old epoch, no epoch, the next epoch,
    an event's epoch changed afterwards. The server refuses each."""
    anne = Store.open_server(service["anne"])
    session_id = anne.create_session(make_setup(catalog), clock.wall())
    first = LiveSession(anne, session_id, clock)
    first.start()
    old = anne.lease_epoch(session_id)
    first.let_go()
    group_id = anne.cycles.group_id("Groupe Alpha")
    anne.close()
    with postgres.admin(pg_server, parse(server_url).database) as dba:  # shares the group
        dba.execute("INSERT INTO tdt_group_access VALUES (%s, 'bruno')", (group_id,))
    bruno = Store.open_server(service["bruno"])
    second = LiveSession(bruno, session_id, clock)
    assert second.driving and bruno.lease_epoch(session_id) == old + 1
    second.give_floor(second.engine.people[1].id)
    row = "(%s, %s, 'floor_taken', 1, 1, 1, '{}', %s)"
    with _connect(service["anne"]) as sql:
        for epoch in (old, None, old + 2):
            with pytest.raises(psycopg.Error) as refused:
                sql.execute(
                    f"INSERT INTO events (session_id, seq, kind, t, mono, wall, data, epoch) "
                    f"VALUES {row}",
                    (session_id, 3, epoch),
                )
            assert refused.value.sqlstate == "TD001"
        with pytest.raises(psycopg.Error) as refused:
            sql.execute("UPDATE events SET epoch = %s WHERE session_id = %s", (old, session_id))
        assert refused.value.sqlstate == "TD001"
    assert [e.kind.value for e in bruno.load(session_id).events] == ["started", "floor_taken"]
    bruno.close()


def test_a_killed_console_frees_the_lease_for_a_co_facilitator_with_another_login(
    service, pg_server, server_url, catalog, clock
) -> None:
    """The lease is free once its holder's connections are gone: the server
    tells another login so (pg_stat_activity shows every process's id, if not
    its query), without waiting for the lease's 30 s."""
    anne = Store.open_server(service["anne"])
    session_id = anne.create_session(make_setup(catalog), clock.wall())
    LiveSession(anne, session_id, clock).start()
    group_id = anne.cycles.group_id("Groupe Alpha")
    bruno = Store.open_server(service["bruno"])
    with postgres.admin(pg_server, parse(server_url).database) as dba:
        dba.execute("INSERT INTO tdt_group_access VALUES (%s, 'bruno')", (group_id,))
        assert not LiveSession(bruno, session_id, clock).driving  # Anne's console is alive
        dba.execute(  # the second argument: returns once the processes are gone
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE usename = 'anne'"
        )
    assert LiveSession(bruno, session_id, clock).driving
    bruno.close()
    with contextlib.suppress(Exception):
        anne.close()


def test_the_service_bilan_checks_the_cycles_titles_it_prints(
    service, catalog, clock, tmp_path, capsys
) -> None:
    """Issue 28: the service bilan printed each cycle's title as written ("Cycle
    de Mme Kerbrat"): from the command line it is written only with every
    suspect decided, as the relevé and the cycle's bilan are."""
    import json

    from pypdf import PdfReader

    anne = Store.open_server(service["anne"])
    live = LiveSession(anne, anne.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    clock.advance(3600)
    live.end()
    group = anne.cycles.group_id("Groupe Alpha")
    cycle = anne.cycles.create_cycle(
        group, "codev-anact", "Cycle de Mme Kerbrat à Kerlouan", 6, clock.wall()
    )
    anne.cycles.attach_session(live.id, cycle)
    anne.close()
    pdf = tmp_path / "service.pdf"
    year = str(__import__("datetime").datetime.fromtimestamp(clock.wall()).year)
    command = ["--database-url", service["cora"], "service-bilan", "--year", year]
    command += ["--pdf", str(pdf)]
    assert main(command) == 2  # nobody decided: nothing written
    said = capsys.readouterr().err
    assert "Kerbrat" in said and "Kerlouan" in said and not pdf.exists()
    decisions = tmp_path / "decisions.json"
    decisions.write_text(json.dumps({"Kerbrat": "replace", "Kerlouan": "keep"}), "utf-8")
    assert main([*command, "--third-parties", str(decisions)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Kerbrat" not in text and "Cycle de une tierce personne à Kerlouan" in text
    assert main([*command, "--accept-suggestions", "--force"]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Kerbrat" not in text and "Kerlouan" not in text
