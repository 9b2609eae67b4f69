"""The server's rules (app/server/rules.py), one test per rule: what a server's
address must say before anything is contacted."""

from __future__ import annotations

import pytest

from app.errors import StoreError, StoreProblem
from app.server import rules as server_rules
from app.server.rules import GroupYear, ServerAddress, is_server_url, parse


def _refused(url: str) -> tuple[StoreProblem, str]:
    with pytest.raises(StoreError) as refused:
        parse(url)
    return refused.value.problem, refused.value.detail


def test_rule_only_postgresql_urls_name_a_server() -> None:
    for url in ("postgresql+psycopg://a@h/d", "postgresql://a@h/d", "postgres://a@h/d"):
        assert is_server_url(url) and parse(url).database == "d"
    for url in (None, "", "sqlite:///x.db", "mysql://a@h/d", "/home/anne/tdt"):
        assert not is_server_url(url)
    assert _refused("mysql://anne@h/tdt") == (StoreProblem.SERVER_SETTING, "scheme")


def test_rule_a_server_needs_a_user_and_a_database() -> None:
    assert _refused("postgresql+psycopg://pg.service.fr/tdt")[1] == "user or database"
    assert _refused("postgresql+psycopg://anne@pg.service.fr/")[1] == "user or database"
    from_query = parse("postgresql://localhost?user=anne&dbname=tdt&port=6543")
    assert (from_query.user, from_query.database, from_query.port) == ("anne", "tdt", 6543)


def test_rule_a_distant_server_needs_tls() -> None:
    assert parse("postgresql+psycopg://anne@pg.service.fr/tdt").sslmode == "require"
    strict = parse("postgresql+psycopg://anne@pg.service.fr/tdt?sslmode=verify-full")
    assert strict.sslmode == "verify-full"
    for weak in ("disable", "allow", "prefer"):
        problem, detail = _refused(f"postgresql+psycopg://anne@pg.service.fr/tdt?sslmode={weak}")
        assert (problem, detail) == (StoreProblem.TLS_REQUIRED, weak)


def test_rule_a_server_on_this_machine_may_go_without_tls() -> None:
    for host in ("localhost", "127.0.0.1", "[::1]"):
        address = parse(f"postgresql+psycopg://anne@{host}/tdt")
        assert address.local and address.sslmode == "prefer", host
    assert parse("postgresql+psycopg://anne@localhost/tdt?sslmode=disable").sslmode == "disable"
    socket = parse("postgresql://anne@/tdt?host=/run/postgresql")
    assert socket.local and socket.host == "/run/postgresql" and socket.port == 5432
    assert not parse("postgresql://anne@pg.service.fr/tdt").local


def test_rule_a_server_is_named_without_its_password() -> None:
    address = parse("postgresql+psycopg://anne:s%C3%A9cret@pg.service.fr:6543/tdt")
    assert address.password == "sécret"
    assert address.label == "anne@pg.service.fr:6543/tdt" == address.keyring_name
    assert str(address.as_path()) == address.label
    on_socket = parse("postgresql://anne@/tdt?host=/run/postgresql")
    assert on_socket.label == "anne@localhost:5432/tdt" and on_socket.password is None


def test_rule_options_other_than_the_address_are_kept_for_the_driver() -> None:
    address = parse("postgresql://anne@h/tdt?sslmode=require&connect_timeout=5&host=db.fr")
    assert address.host == "db.fr" and address.options == {"connect_timeout": "5"}
    assert isinstance(address, ServerAddress)


def test_rule_a_coordinators_year_holds_counts_never_names() -> None:
    assert "name" not in " ".join(GroupYear._fields).replace("group", "")


def test_rule_a_refused_address_is_named_by_its_server_never_its_password() -> None:
    with pytest.raises(StoreError) as refused:
        parse("mysql://anne:se@cret@db.service.fr/tdt")
    assert str(refused.value.path) == "db.service.fr/tdt"
    with pytest.raises(StoreError) as nameless:
        parse("postgresql:///tdt")
    assert str(nameless.value.path) == "?"


def test_rule_an_option_given_twice_takes_its_last_value() -> None:
    address = parse("postgresql://anne@h/tdt?sslmode=disable&sslmode=require")
    assert address.sslmode == "require"


def test_rule_every_wait_on_the_server_has_a_bound() -> None:
    assert server_rules.CONNECT_TIMEOUT_S == 10
    assert (server_rules.STATEMENT_TIMEOUT_MS, server_rules.LOCK_TIMEOUT_MS) == (10_000, 5_000)
    assert server_rules.IDLE_IN_TRANSACTION_MS == 30_000
    assert server_rules.TCP_USER_TIMEOUT_MS == 15_000
    # A half-open link: the keepalives give up within the same 15 s.
    keepalives = (
        server_rules.KEEPALIVE_IDLE_S
        + server_rules.KEEPALIVE_INTERVAL_S * server_rules.KEEPALIVE_COUNT
    )
    assert keepalives <= server_rules.TCP_USER_TIMEOUT_MS / 1000
    assert server_rules.session_options() == (
        "-c statement_timeout=10000 -c lock_timeout=5000 "
        "-c idle_in_transaction_session_timeout=30000 -c tcp_user_timeout=15000 "
        "-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=3 -c tcp_keepalives_count=3"
    )


def test_rule_server_setup_names_what_it_lacks() -> None:
    from app.server.rules import setup_hint

    assert setup_hint("ERROR: permission denied to create role") == (
        "the role running server-setup needs CREATEROLE, or a superuser creates "
        "the roles tdt_facilitator and tdt_coordinator first"
    )
    assert setup_hint('role "anne" does not exist') == (
        'the role "anne" does not exist: create it first (CREATE ROLE)'
    )
    assert setup_hint("must be owner of table groups") == (
        "run server-setup as the role that owns the store's tables"
    )
    assert setup_hint("permission denied for schema public") == (
        "the role running server-setup needs CREATE on the schema public"
    )
    assert setup_hint("Permission Denied To Create Role").startswith("the role running")
    assert setup_hint("anything else") == "anything else"


def test_rule_fewer_than_five_is_a_small_count() -> None:
    from app.server.rules import SMALL_COUNT, small

    assert SMALL_COUNT == 5
    assert small(4) and small(4.9) and not small(5) and not small(12)


def test_rule_a_groups_year_hides_nothing_unless_told() -> None:
    """The service's total row is built without the flags: it must show its figures."""
    year = GroupYear("Nord", [], 0, 0.0, 0.0, 0, 0, 0, 0, 0, [], 0, {})
    assert year.evaluations_hidden is False and year.attendance_hidden is False


def test_rule_a_silent_console_loses_its_lease_after_30_s_renewed_every_10() -> None:
    """What the README promises a facilitator: another laptop takes over 30 s
    after this one fell silent; three renewals fit in one lease, so one lost
    renewal never loses it."""
    from app.server.rules import LEASE_RENEW_EVERY_S, LEASE_TTL_S

    assert (LEASE_TTL_S, LEASE_RENEW_EVERY_S) == (30.0, 10.0)
    assert LEASE_TTL_S >= 3 * LEASE_RENEW_EVERY_S
