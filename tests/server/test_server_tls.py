"""A server's certificate, checked: with TLS on 127.0.0.1 and verify-full, the
right certificate opens the store over an encrypted connection, and a wrong one
is refused with a clear message and nothing written."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from app.errors import StoreError, StoreProblem
from app.session.store import Store
from tests.helpers import postgres


@pytest.fixture(scope="module")
def tls_server():
    postgres.require()
    server, cert = postgres.start_tls()
    yield server, cert
    postgres.stop(server)
    for name in ("server.crt", "server.key"):
        cert.with_name(name).unlink(missing_ok=True)


def tcp_url(server: postgres.Server, database: str, root: Path) -> str:
    return (
        f"postgresql+psycopg://{postgres.SUPERUSER}:{postgres.PASSWORD}@127.0.0.1:"
        f"{server.port}/{database}?sslmode=verify-full&sslrootcert={root}"
    )


def test_the_right_certificate_opens_an_encrypted_connection(tls_server) -> None:
    server, cert = tls_server
    postgres.fresh_database(server, "tls_ok")
    store = Store.open_server(tcp_url(server, "tls_ok", cert))
    [(encrypted,)] = store.rows("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    assert encrypted is True
    store.close()


def test_a_wrong_certificate_is_refused_and_nothing_is_written(tls_server) -> None:
    server, _cert = tls_server
    postgres.fresh_database(server, "tls_wrong")
    stranger, _key = postgres.self_signed(Path(tempfile.mkdtemp()), "stranger")
    with pytest.raises(StoreError) as refused:
        Store.open_server(tcp_url(server, "tls_wrong", stranger))
    assert refused.value.problem is StoreProblem.SERVER_REFUSED
    assert "refused the connection (password, user or certificate)" in str(refused.value)
    import psycopg

    with psycopg.connect(  # on the socket, to look: not even the schema was made
        host=str(server.folder),
        port=server.port,
        user=postgres.SUPERUSER,
        password=postgres.PASSWORD,
        dbname="tls_wrong",
    ) as admin:
        tables = admin.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)
