"""The server feature's rules: what a server's address must say before it is
contacted (a user, a database, TLS unless it is on this machine), and a group's
year as a coordinator may see it (counts and averages, never a name)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

from app.errors import StoreError, StoreProblem

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}

# Every call to the server is bounded: a console never waits on the network for
# longer than these (the README says what a facilitator sees meanwhile).
CONNECT_TIMEOUT_S = 10  # reaching the server
STATEMENT_TIMEOUT_MS = 10_000  # one statement, a lock wait included
LOCK_TIMEOUT_MS = 5_000  # waiting for a row or a table another holds
IDLE_IN_TRANSACTION_MS = 30_000  # a console frozen inside a transaction lets go
TCP_USER_TIMEOUT_MS = 15_000  # a half-open link (sleeping laptop, NAT) is dropped
KEEPALIVE_IDLE_S, KEEPALIVE_INTERVAL_S, KEEPALIVE_COUNT = 5, 3, 3  # ≤ 15 s in all
# A session's lease runs out by the server's clock unless its console renews it
# (each event does, and the console every LEASE_RENEW_EVERY_S with no key): a
# laptop gone silent, its socket half-open or not, lets another take over
# after LEASE_TTL_S. Three renewals fit in one lease: one lost is no loss.
LEASE_TTL_S = 30.0
LEASE_RENEW_EVERY_S = 10.0


def session_options() -> str:
    """The server-side settings of each connection, as libpq's ``options``."""
    return " ".join(
        f"-c {name}={value}"
        for name, value in (
            ("statement_timeout", STATEMENT_TIMEOUT_MS),
            ("lock_timeout", LOCK_TIMEOUT_MS),
            ("idle_in_transaction_session_timeout", IDLE_IN_TRANSACTION_MS),
            ("tcp_user_timeout", TCP_USER_TIMEOUT_MS),
            ("tcp_keepalives_idle", KEEPALIVE_IDLE_S),
            ("tcp_keepalives_interval", KEEPALIVE_INTERVAL_S),
            ("tcp_keepalives_count", KEEPALIVE_COUNT),
        )
    )


class GroupYear(NamedTuple):
    """One group's year, as the coordinator may see it."""

    group: str
    cycles: list[str]
    sessions_held: int
    hours: float
    seats: float  # on average per session
    present: int
    excused: int
    absent: int
    releves_sent: int
    releves_answered: int
    answer_days: list[int]  # each answer's delay
    actions: int
    evaluations: dict[str, float]  # question -> average of its scores (1 to 5)
    evaluations_hidden: bool = False  # answered, by fewer than SMALL_COUNT
    attendance_hidden: bool = False  # a session of fewer than SMALL_COUNT peers


SMALL_COUNT = 5  # fewer point at people: shown "< 5", never as a number


def small(count: float) -> bool:
    """A count, or a group's size, too small to show to the coordinator."""
    return count < SMALL_COUNT


SCHEMES = ("postgresql+psycopg", "postgresql", "postgres")


class ServerAddress(NamedTuple):
    """A server and a database, read from a URL; the password apart."""

    host: str  # a name, an address, or a socket's folder (starts with /)
    port: int
    user: str
    database: str
    sslmode: str
    password: str | None  # only when written in the URL (scripts, tests)
    options: dict[str, str]

    @property
    def local(self) -> bool:
        return self.host.startswith("/") or self.host in LOCAL_HOSTS

    @property
    def label(self) -> str:
        """How messages name it: never with its password."""
        where = self.host if not self.host.startswith("/") else "localhost"
        return f"{self.user}@{where}:{self.port}/{self.database}"

    @property
    def keyring_name(self) -> str:
        return self.label

    def as_path(self) -> PurePosixPath:
        return PurePosixPath(self.label)  # an address, spelt alike on Windows


def is_server_url(url: str | None) -> bool:
    return bool(url) and str(url).split("://", 1)[0] in SCHEMES


def parse(url: str) -> ServerAddress:
    """The server a URL names. TLS: ``require`` (or stricter) unless the server is
    on this machine; a URL that turns it off for a distant server is refused."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise StoreError(StoreProblem.SERVER_SETTING, PurePosixPath(url.split("@")[-1]), "scheme")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    host = query.pop("host", "") or (parts.hostname or "")
    port = int(query.pop("port", "") or parts.port or 5432)
    user = unquote(parts.username or "") or query.pop("user", "")
    database = parts.path.lstrip("/") or query.pop("dbname", "")
    if not user or not database:
        raise StoreError(
            StoreProblem.SERVER_SETTING, PurePosixPath(host or "?"), "user or database"
        )
    local = host.startswith("/") or host in LOCAL_HOSTS
    sslmode = query.pop("sslmode", "prefer" if local else "require")
    if not local and sslmode in ("disable", "allow", "prefer"):
        raise StoreError(
            StoreProblem.TLS_REQUIRED, PurePosixPath(f"{user}@{host}/{database}"), sslmode
        )
    password = unquote(parts.password) if parts.password is not None else None
    return ServerAddress(host, port, user, database, sslmode, password, query)


def setup_hint(detail: str) -> str:
    """What server-setup lacks, from the server's own words: the privilege or
    the role to ask the DBA for, else those words themselves."""
    words = detail.lower()
    missing = re.search(r'role "([^"]+)" does not exist', detail)
    if "permission denied to create role" in words:
        return (
            "the role running server-setup needs CREATEROLE, or a superuser creates "
            "the roles tdt_facilitator and tdt_coordinator first"
        )
    if missing:
        return f'the role "{missing.group(1)}" does not exist: create it first (CREATE ROLE)'
    if "must be owner of" in words:
        return "run server-setup as the role that owns the store's tables"
    if "permission denied for schema" in words:
        return "the role running server-setup needs CREATE on the schema public"
    return detail
