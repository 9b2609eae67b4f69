"""Shared fixtures. Qt runs offscreen; nothing here imports Qt, so the core's
tests run without it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TOURDETABLE_DATA_DIR", None)
# Remembered settings (QSettings) go to a folder of the run's own, never the
# user's; the child processes some tests start inherit it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tourdetable-test-config-")

from app.protocols import Catalog, load_catalog
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.helpers import postgres
from tests.helpers.clock import FakeClock

# Under mutation testing (benchmarks/mutation.py) each mutant runs the rule tests
# again: generated tests draw fewer, fixed examples there, so a mutant is judged
# in seconds and the same way each time.
settings.register_profile("mutation", max_examples=25, derandomize=True, deadline=None)
if os.environ.get("TDT_MUTATION"):
    settings.load_profile("mutation")

ENGINES = ["file", "server"]
GROUP = ["Anne Facil", "Bruno", "Chloé", "Dédé", "Élise", "Fatou", "Grégoire"]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    """A throwaway PostgreSQL server for the run; without PostgreSQL on the
    machine its tests are skipped, but never in CI (.ci/run installs it)."""
    postgres.require()
    server = postgres.start()
    yield server
    postgres.stop(server)


@pytest.fixture
def server_url(request: pytest.FixtureRequest, pg_server: postgres.Server) -> str:
    """An empty database of its own on the server, for one test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[-50:].lower()
    return postgres.fresh_database(pg_server, name)


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    """The local file; in a ``both_engines`` module, the server's database too."""
    if getattr(request, "param", "file") == "server":
        s = Store.open_server(request.getfixturevalue("server_url"))
    else:
        s = Store.open(data_dir)
    yield s
    s.close()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    both = metafunc.definition.get_closest_marker("both_engines")
    if both and "store" in metafunc.fixturenames:
        engines = ["file"] if metafunc.definition.get_closest_marker("file_only") else ENGINES
        metafunc.parametrize("store", engines, indirect=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_setup(
    catalog: Catalog,
    protocol_id: str = "codev-anact",
    cases: int | None = None,
    names: list[str] | None = None,
) -> SessionSetup:
    protocol = catalog.get(protocol_id)
    names = names or GROUP
    people = [NewParticipant(names[0], Role.FACILITATOR)] + [
        NewParticipant(n, Role.CONSULTANT) for n in names[1:]
    ]
    count = cases or protocol.cases.default
    case_list = [NewCase(f"Cas {i + 1}", 1 + i) for i in range(count)]
    return SessionSetup("Groupe Alpha", protocol, people, case_list)


@pytest.fixture
def live(store: Store, catalog: Catalog, clock: FakeClock) -> LiveSession:
    sid = store.create_session(make_setup(catalog), clock.wall())
    return LiveSession(store, sid, clock)


def login(server: postgres.Server, database: str, role: str) -> str:
    return server.url(user=role, password=f"pw-{role}", db=database)


@pytest.fixture
def service(server_url: str, pg_server: postgres.Server) -> Iterator[dict[str, str]]:
    """The store set up by its owner, and three people: two facilitators, one
    coordinator, each a login role of the server."""
    from app.cli import main
    from app.db.server import parse

    database = parse(server_url).database
    assert main(["--database-url", server_url, "server-setup"]) == 0
    with postgres.admin(pg_server, database) as admin:
        for role, group in (
            ("anne", "tdt_facilitator"),
            ("bruno", "tdt_facilitator"),
            ("cora", "tdt_coordinator"),
        ):
            admin.execute(f"DROP ROLE IF EXISTS {role}")
            admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}' IN ROLE {group}")
    yield {name: login(pg_server, database, name) for name in ("anne", "bruno", "cora")}
    with postgres.admin(pg_server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for role in ("anne", "bruno", "cora"):
            admin.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    """The keyring, in memory for the test: the system's is left alone."""
    import keyring

    before = keyring.get_keyring()
    kept = postgres.memory_keyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
