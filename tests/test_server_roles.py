"""Who sees what, enforced by the server with two (three) real database roles:
a facilitator sees the groups it runs and nothing of another's; a coordinator
reads only the coordination views, and the server itself refuses its SELECT on
notes, names and turns."""

from __future__ import annotations

import psycopg
import pytest

from app.cli import main
from app.live import LiveSession
from app.records import Note
from app.store.repository import Store
from app.store.server import parse
from tests.conftest import make_setup
from tests.helpers import postgres


def login(server: postgres.Server, database: str, role: str) -> str:
    return server.url(user=role, password=f"pw-{role}", db=database)


@pytest.fixture
def service(server_url, pg_server):
    """The store set up by its owner, and three people: two facilitators, one
    coordinator, each a login role of the server."""
    database = parse(server_url).database
    assert main(["--database-url", server_url, "server-setup"]) == 0
    with psycopg.connect(
        host=str(pg_server.folder),
        port=pg_server.port,
        user=postgres.SUPERUSER,
        password=postgres.PASSWORD,
        dbname=database,
        autocommit=True,
    ) as admin:
        for role, group in (
            ("anne", "tdt_facilitator"),
            ("bruno", "tdt_facilitator"),
            ("cora", "tdt_coordinator"),
        ):
            admin.execute(f"DROP ROLE IF EXISTS {role}")
            admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}' IN ROLE {group}")
    yield {name: login(pg_server, database, name) for name in ("anne", "bruno", "cora")}
    with psycopg.connect(
        host=str(pg_server.folder),
        port=pg_server.port,
        user=postgres.SUPERUSER,
        password=postgres.PASSWORD,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for role in ("anne", "bruno", "cora"):
            admin.execute(f"DROP ROLE IF EXISTS {role}")


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

    cora_address = parse(service["cora"])
    cora = psycopg.connect(
        host=cora_address.host,
        port=cora_address.port,
        user="cora",
        password=cora_address.password,
        dbname=cora_address.database,
    )
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
