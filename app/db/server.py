"""The store on a service's PostgreSQL server: the dialect module.

Everything that differs from the local SQLite file is here, so the repository's
SQL stays one text for both engines:

- placeholders: the store writes ``?`` (sqlite3's); psycopg wants ``%s``;
- new ids: sqlite3 gives ``lastrowid``; PostgreSQL says it with ``RETURNING id``;
- ``BEGIN IMMEDIATE`` (SQLite's write lock at once) is PostgreSQL's ``BEGIN``;
  SQLite's ``PRAGMA`` statements have no meaning on a server and do nothing;
- JSON columns are read back as text, as SQLite gives them.

Where the data is kept is one setting: ``--database-url`` or
``TOURDETABLE_DATABASE_URL``, ``postgresql+psycopg://user@host/db``. The password
is never in a settings file: it comes from the system's keyring (or, for
scripts, from the URL itself). TLS is required unless the server is on this
machine. psycopg is imported only here, and only when a server is asked for:
with no setting, no server is contacted and no socket is opened.
"""

from __future__ import annotations

import os
import re
import uuid
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import StoreError, StoreProblem
from app.secrets import keyring_password
from app.server.rules import (
    CONNECT_TIMEOUT_S,
    KEEPALIVE_COUNT,
    KEEPALIVE_IDLE_S,
    KEEPALIVE_INTERVAL_S,
    TCP_USER_TIMEOUT_MS,
    ServerAddress,
    parse,
    session_options,
)

if TYPE_CHECKING:
    import psycopg

    from app.db.journal import Journal

ENV_URL = "TOURDETABLE_DATABASE_URL"
CHANNEL = "tourdetable"  # NOTIFY's channel: "<session id>:<seq>" as each event commits
# The writers' turns (server_fence.sql, tdt_turn): a transaction that reads then
# writes takes the turn of what it writes, a group's, a session's, or a new
# group's name (group before session, name before group: no two writers wait
# for each other). No turn is the whole store's: a console frozen inside a
# transaction holds up the writers of its own group or session, never another's.
TURNS = ("name", "group", "session")  # the order they are taken in
TURN = "SELECT tdt_turn(%s, CAST(%s AS integer))"
NAME_TURN = "SELECT tdt_turn('name', hashtext(%s))"
# A session's lease is a row (server_fence.sql): its epoch is the fencing token
# every event carries, and it lasts `ttl` seconds by the server's clock unless
# renewed (each event renews it). Free when released, run out, or its holder's
# last connection gone (a killed console frees it at once, a half-open one by
# the keepalives or the clock); taken again by its holder, it keeps its epoch;
# taken by another console, the epoch goes up and the server refuses the
# events of the one before.
_NOW = "extract(epoch FROM clock_timestamp())"
LEASE_SQL = {
    "take": (
        "INSERT INTO session_leases AS l (session_id, epoch, holder, expires_at, ttl, pid) "
        f"VALUES (?, 1, ?, {_NOW} + ?, ?, pg_backend_pid()) ON CONFLICT (session_id) "
        "DO UPDATE SET epoch = l.epoch + CASE WHEN l.holder = EXCLUDED.holder THEN 0 ELSE 1 END, "
        "holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at, ttl = EXCLUDED.ttl, "
        f"pid = EXCLUDED.pid WHERE l.holder = EXCLUDED.holder OR l.expires_at < {_NOW} "
        "OR NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = l.pid) RETURNING l.epoch"
    ),
    "renew": (
        f"UPDATE session_leases SET expires_at = {_NOW} + ttl, pid = pg_backend_pid() "
        "WHERE session_id = ? AND holder = ? AND epoch = ? RETURNING epoch"
    ),
    "release": (
        f"UPDATE session_leases SET expires_at = {_NOW} - 1 "
        "WHERE session_id = ? AND holder = ? AND epoch = ?"
    ),
    "notify": f"SELECT pg_notify('{CHANNEL}', ?)",
}
# The server's words when an event's epoch is not its session's current one.
FENCED_STATE = "TD001"


# -- the connection -----------------------------------------------------------------

_INSERT = re.compile(r"^\s*INSERT\b", re.IGNORECASE)
_RETURNING = re.compile(r"\bRETURNING\b", re.IGNORECASE)


def translate(sql: str) -> str | None:
    """The store's SQL as PostgreSQL reads it; None for what means nothing there."""
    stripped = sql.strip()
    head = stripped.upper()
    if head.startswith("PRAGMA"):
        return None
    if head == "BEGIN IMMEDIATE":
        return "BEGIN"
    out = []
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
        if char == "%":
            out.append("%%")
        elif char == "?" and not quoted:
            out.append("%s")
        else:
            out.append(char)
    text = "".join(out)
    if _INSERT.match(text) and not _RETURNING.search(text):
        text += " RETURNING id"
    return text


class _Result:
    """What the store reads of an executed statement, as sqlite3 gives it."""

    def __init__(
        self,
        rows: list[tuple[Any, ...]],
        rowcount: int,
        lastrowid: int | None,
        description: list[tuple[str, ...]] | None = None,
    ) -> None:
        self._rows = rows
        self.rowcount = rowcount
        self.lastrowid = lastrowid
        self.description = description

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class ServerConnection:
    """A psycopg connection that takes the store's SQL as sqlite3 would."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._conn = conn
        self._trace: Any = None

    def set_trace_callback(self, callback: Any) -> None:
        """Each statement sent, as sqlite3's callback gives it (tests, diagnosis)."""
        self._trace = callback

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> _Result:
        text = translate(sql)
        if text is None:
            return _Result([], 0, None)
        if self._trace is not None:
            self._trace(sql.strip())
        if text == "BEGIN" and sql.strip().upper() == "BEGIN IMMEDIATE":
            self._conn.execute("BEGIN")  # params: the writers' turns, (kind, key) after kind
            self.take_turns(list(zip(params[::2], params[1::2], strict=True)))
            return _Result([], 0, None)
        cursor = self._conn.execute(text, tuple(params))
        rows = cursor.fetchall() if cursor.description is not None else []
        lastrowid = None
        if _INSERT.match(sql) and rows and not _RETURNING.search(sql):
            lastrowid = int(rows[0][0])
            rows = []
        described: list[tuple[str, ...]] = [(c.name,) for c in cursor.description or []]
        return _Result(rows, cursor.rowcount, lastrowid, described or None)

    def take_turns(self, turns: list[tuple[str, object]]) -> None:
        """SQLite lets one writer at a time into a file, and the repository's
        read-then-write transactions (a group found or created, a number taken)
        rely on it: on the server, such a transaction takes the turn of what it
        writes (see TURNS), in TURNS' order."""
        for kind, key in sorted(turns, key=lambda turn: TURNS.index(str(turn[0]))):
            if kind == "name":
                self._conn.execute(NAME_TURN, (key,))
            else:
                self._conn.execute(TURN, (kind, key))

    def executemany(self, sql: str, rows: Any) -> _Result:
        text = translate(sql)
        if text is None:
            return _Result([], 0, None)
        if _INSERT.match(sql) and not _RETURNING.search(sql):
            text = text.removesuffix(" RETURNING id")  # no one id for many rows
        with self._conn.cursor() as cursor:
            cursor.executemany(text, [tuple(row) for row in rows])
            return _Result([], cursor.rowcount, None)

    def interrupt(self) -> None:
        import socket

        with suppress(OSError, ValueError):
            fd = self._conn.pgconn.socket
            with socket.socket(fileno=os.dup(fd)) as sock:
                sock.shutdown(socket.SHUT_RDWR)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._conn.info.transaction_status is not TransactionStatus.IDLE

    @property
    def closed(self) -> bool:
        return bool(self._conn.closed) or self._conn.broken

    def close(self) -> None:
        self._conn.close()


def server_errors() -> tuple[type[BaseException], ...]:
    try:
        import psycopg
    except ImportError:
        return ()
    return (psycopg.Error,)


def connection_settings(address: ServerAddress, password: str | None) -> dict[str, Any]:
    """What psycopg is given to reach the server, the options of the URL with it."""
    return {
        "host": address.host,
        "port": address.port,
        "user": address.user,
        "dbname": address.database,
        "password": password,
        "sslmode": address.sslmode,
        **address.options,
    }


def bounded_settings(address: ServerAddress, password: str | None) -> dict[str, Any]:
    """The connection's settings with every wait bounded (app.server.rules): a
    laptop that vanishes (Wi-Fi gone, lid shut, a NAT that forgets) is noticed
    by both ends within 15 s, a lock or a statement never holds a key press."""
    return {
        **connection_settings(address, password),
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "tourdetable",
        "keepalives": 1,
        "keepalives_idle": KEEPALIVE_IDLE_S,
        "keepalives_interval": KEEPALIVE_INTERVAL_S,
        "keepalives_count": KEEPALIVE_COUNT,
        "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
        "options": session_options(),
    }


def connect(address: ServerAddress, password: str | None) -> ServerConnection:
    """One connection, in autocommit: the store begins and commits its own
    transactions, as it does on the file."""
    import psycopg
    from psycopg.types.string import TextLoader

    try:
        conn = psycopg.connect(autocommit=True, **bounded_settings(address, password))
    except psycopg.OperationalError as exc:
        raise StoreError(_connect_problem(exc), address.as_path(), _tidy(exc)) from exc
    for json_type in ("json", "jsonb"):
        conn.adapters.register_loader(json_type, TextLoader)
    return ServerConnection(conn)


def _connect_problem(exc: BaseException) -> StoreProblem:
    words = str(exc).lower()
    if "password" in words or "authentication" in words or "role" in words:
        return StoreProblem.SERVER_REFUSED
    if "certificate" in words or "ssl" in words or "tls" in words:
        return StoreProblem.SERVER_REFUSED
    return StoreProblem.SERVER_UNREACHABLE


def _tidy(exc: BaseException) -> str:
    """The server's own words, without a password that could be in them."""
    return re.sub(r"password=\S+", "password=…", str(exc)).strip()


# -- the schema on the server ---------------------------------------------------------


def engine_url(address: ServerAddress, password: str | None) -> Any:
    from sqlalchemy import URL

    query: dict[str, str] = {"sslmode": address.sslmode, **address.options}
    if address.host.startswith("/"):
        query["host"] = address.host
    return URL.create(
        "postgresql+psycopg",
        username=address.user,
        password=password,
        host=None if address.host.startswith("/") else address.host,
        port=address.port,
        database=address.database,
        query=query,
    )


def prepare_schema(address: ServerAddress, password: str | None) -> None:
    """A new database gets the models' schema stamped at the head revision, in
    one transaction; one behind is migrated by Alembic, in one transaction."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.exc import SQLAlchemyError

    from app.db.schema import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config

    engine = create_engine(engine_url(address, password))
    try:
        with engine.begin() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                _create(conn)
                return
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if revision == SCHEMA_HEAD:
                if not _fenced(conn):  # a store made before the leases had epochs
                    _install_fence(conn)
                return
            if revision not in KNOWN_REVISIONS:
                raise StoreError(StoreProblem.TOO_NEW, address.as_path(), f"schema {revision}")
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            _install_fence(conn)
    except StoreError:
        raise
    except SQLAlchemyError as exc:  # a connection refused, wrapped by SQLAlchemy
        raise StoreError(StoreProblem.CANNOT_OPEN, address.as_path(), _tidy(exc)) from exc
    except server_errors() as exc:
        raise StoreError(StoreProblem.CANNOT_OPEN, address.as_path(), _tidy(exc)) from exc
    finally:
        engine.dispose()


FENCE_SQL = Path(__file__).with_name("server_fence.sql")


def _create(conn: Any) -> None:
    """The models' schema, stamped at the head revision, and the server's fence."""
    from sqlalchemy import text

    from app.db.models import Base
    from app.db.schema import SCHEMA_HEAD

    Base.metadata.create_all(conn)
    conn.execute(
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SCHEMA_HEAD})
    _install_fence(conn)


def _fenced(conn: Any) -> bool:
    from sqlalchemy import text

    return bool(
        conn.execute(
            text(
                "SELECT to_regclass('session_leases') IS NOT NULL AND EXISTS "
                "(SELECT 1 FROM pg_trigger WHERE tgname = 'tdt_fence_event') "
                "AND to_regprocedure('tdt_turn(text, integer)') IS NOT NULL"
            )
        ).scalar()
    )


def _install_fence(conn: Any) -> None:
    """The leases' table and the events' fence (server_fence.sql), in the
    schema's transaction: sent as one script, as psycopg takes it unparsed."""
    conn.connection.driver_connection.execute(FENCE_SQL.read_text(encoding="utf-8"))


class OpenedServer:
    """The store's connection to its server, shaped as the file's (OpenedDatabase)."""

    def __init__(self, address: ServerAddress, password: str | None) -> None:
        self.address = address
        self._password = password
        self.connection: Any = connect(address, password)
        self.path = address.as_path()  # an address, spelt alike everywhere: never a file
        self.moved_aside = None
        self.read_only = False
        self.passphrase = None
        self.checked = True
        self.server = self
        self.journal: Journal | None = None  # where events wait for the server
        self._console = uuid.uuid4().hex  # without a journal: this connection's own

    @property
    def console(self) -> str:
        """Who holds a lease: the journal's console, kept across restarts."""
        return self.journal.console if self.journal is not None else self._console

    def reconnect(self) -> None:
        """A fresh connection after the old one was lost (the lease went with it)."""
        try:
            self.connection.close()
        except server_errors():
            pass
        self.connection = connect(self.address, self._password)

    @property
    def connected(self) -> bool:
        return not self.connection.closed

    def interrupt(self) -> None:
        """From another thread: the socket shut under a call that waits on a
        frozen link, which then fails as a lost connection (SERVER_UNREACHABLE)."""
        self.connection.interrupt()

    def listener(self) -> Listener:
        return Listener(self.address, self._password)

    def reopen(self) -> OpenedServer:
        """Another connection to the same database, for a worker thread: the
        same console, so the leases it holds are its own there too."""
        other = OpenedServer(self.address, self._password)
        other._console = self.console
        return other

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            if self.journal is not None:
                self.journal.close()


def open_server(
    url: str, password: str | None = None, journal_dir: Path | None = None
) -> OpenedServer:
    """The store on the server a URL names, its schema created or brought up to
    date first. The password: given, else the URL's, else the keyring's."""
    address = parse(url)
    secret = password or address.password or keyring_password(address)
    probe = connect(address, secret)  # a wrong password is said before any schema work
    probe.close()
    prepare_schema(address, secret)
    opened = OpenedServer(address, secret)
    if journal_dir is not None:
        from app.db.journal import Journal

        opened.journal = Journal(journal_dir, address.label)
    return opened


class Listener:
    """A connection of its own that hears the events other consoles commit:
    LISTEN/NOTIFY, no polling of the tables. ``fileno`` lets a window's event
    loop wake on it; ``heard`` drains what arrived, without waiting."""

    def __init__(self, address: ServerAddress, password: str | None) -> None:
        import psycopg

        self._conn = psycopg.connect(autocommit=True, **bounded_settings(address, password))
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._conn.fileno()

    def heard(self, timeout: float = 0.0) -> list[tuple[int, int]]:
        """(session id, seq) of each event committed since the last call; waits
        up to ``timeout`` seconds for the first."""
        found = []
        for note in self._conn.notifies(timeout=timeout, stop_after=1_000):
            session, _, seq = note.payload.partition(":")
            if session.isdigit() and seq.isdigit():
                found.append((int(session), int(seq)))
            timeout = 0.0
        return found

    def close(self) -> None:
        self._conn.close()


ACCESS_SQL = Path(__file__).with_name("server_access.sql")


# Whether the advisory locks are out of the logins' reach (PUBLIC's right revoked;
# the writers' turns go through tdt_turn, the owner's).
LOCKS_GUARDED_SQL = (
    "SELECT proacl IS NOT NULL AND NOT EXISTS (SELECT 1 FROM aclexplode(proacl) a "
    "WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') "
    "FROM pg_proc WHERE oid = 'pg_advisory_lock(bigint)'::regprocedure"
)


def setup_access(url: str, password: str | None = None) -> bool:
    """Roles, row-level security and the coordinator's views on the server, in one
    transaction; run as the role that owns the store's tables (again: harmless).
    Whether the advisory locks are now out of every login's reach (the writers'
    turns go through tdt_turn): a function's rights are a superuser's to change."""
    import psycopg

    address = parse(url)
    secret = password or address.password or keyring_password(address)
    connect(address, secret).close()  # a login refused is said before any schema work
    prepare_schema(address, secret)
    try:
        with psycopg.connect(**connection_settings(address, secret)) as conn:
            conn.execute(ACCESS_SQL.read_text(encoding="utf-8"))
            row = conn.execute(LOCKS_GUARDED_SQL).fetchone()
            return bool(row and row[0])
    except psycopg.OperationalError as exc:
        raise StoreError(_connect_problem(exc), address.as_path(), _tidy(exc)) from exc
    except psycopg.Error as exc:  # the server's words kept for the DBA (setup_hint)
        raise StoreError(StoreProblem.SERVER_DENIED, address.as_path(), _tidy(exc)) from exc
