"""The server's rules (app/server/rules.py), one test per rule: what a server's
address must say before anything is contacted."""

from __future__ import annotations

import pytest

from app.errors import StoreError, StoreProblem
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
