"""A throwaway PostgreSQL server for the tests: Debian's ``postgresql`` package,
a cluster in a temporary folder, listening on a Unix socket in that folder only
(no TCP port), started for the run and stopped after it.

``initdb`` refuses to run as root: as root (CI), the cluster belongs to the
``postgres`` user the package creates, and its commands run as that user.
Without PostgreSQL on the machine the tests that need it are skipped, except in
CI, where ``.ci/run`` installs it and a missing server is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tests.helpers.platforms import ON_WINDOWS, POSTGRES_REASON

SUPERUSER = "postgres"
PASSWORD = "throwaway-superuser"  # the cluster lives for one test run, on a private socket


class Server(NamedTuple):
    folder: Path  # the socket's folder
    port: int

    def url(self, user: str = SUPERUSER, password: str = PASSWORD, db: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}:{password}@/{db}?host={self.folder}&port={self.port}"


def binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: Debian keeps them out of PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def require() -> None:
    """A throwaway server can run here, or the test is skipped: not on Windows
    (the cluster is Debian's, run as its postgres user on a Unix socket), nor
    without PostgreSQL, except in CI, where .ci/run installs it."""
    if ON_WINDOWS:
        pytest.skip(POSTGRES_REASON)
    if binaries() is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: .ci/run installs Debian's postgresql")
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")


def _as_owner(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SUPERUSER, "--", *command]
    return command


def start(port: int = 54329, extra: str = "") -> Server:
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL's initdb is not installed")
    folder = Path(tempfile.mkdtemp(prefix="tdt-pg-"))
    data = folder / "data"
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER, SUPERUSER)
        shutil.chown(pwfile, SUPERUSER, SUPERUSER)
    folder.chmod(0o700)
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=scram-sha-256",
                f"--pwfile={pwfile}",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        ),
        check=True,
        capture_output=True,
    )
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{folder}' -p {port}"
        " -c fsync=off -c full_page_writes=off -c max_connections=100" + extra
    )
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    return Server(folder, port)


def stop(server: Server) -> None:
    bin_dir = binaries()
    assert bin_dir is not None
    subprocess.run(
        _as_owner(
            [str(bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "fast", "stop"]
        ),
        check=False,
        capture_output=True,
    )
    shutil.rmtree(server.folder, ignore_errors=True)


def admin(server: Server, database: str = "postgres") -> Any:
    """A superuser's connection on the socket, in autocommit: to set up and to look."""
    import psycopg

    return psycopg.connect(
        host=str(server.folder),
        port=server.port,
        user=SUPERUSER,
        password=PASSWORD,
        dbname=database,
        autocommit=True,
    )


def fresh_database(server: Server, name: str) -> str:
    """An empty database on the server, by its URL."""
    with admin(server) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(db=name)


def _pg_ctl(server: Server, *args: str) -> None:
    bin_dir = binaries()
    assert bin_dir is not None
    subprocess.run(
        _as_owner([str(bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), *args]),
        check=True,
        capture_output=True,
    )


def halt(server: Server) -> None:
    """The server gone at once, as when the room's Wi-Fi fails: connections cut."""
    _pg_ctl(server, "-m", "immediate", "stop")


def resume(server: Server) -> None:
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{server.folder}' -p {server.port}"
        " -c fsync=off -c full_page_writes=off -c max_connections=100"
    )
    _pg_ctl(server, "-o", options, "-l", str(server.folder / "log"), "-w", "start")


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate and its key for 127.0.0.1, signed by themselves (openssl)."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    key.chmod(0o600)
    if os.geteuid() == 0:
        for path in (cert, key):
            shutil.chown(path, SUPERUSER, SUPERUSER)
    return cert, key


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing holds now. A fixed one may be the
    local end of a connection the run made (the proxies' tests make many), and
    the server would not start."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_tls(port: int | None = None) -> tuple[Server, Path]:
    """A server that speaks TLS on 127.0.0.1 (and its socket); its certificate."""
    port = port if port is not None else free_port()
    folder = Path(tempfile.mkdtemp(prefix="tdt-tls-"))
    folder.chmod(0o755)
    cert, key = self_signed(folder, "server")
    server = start(
        port,
        f" -c ssl=on -c ssl_cert_file='{cert}' -c ssl_key_file='{key}'"
        " -c listen_addresses='127.0.0.1'",
    )
    return server, cert


def memory_keyring() -> Any:
    """A keyring that keeps passwords in memory (the system's is not the tests')."""
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.kept: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.kept.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.kept[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.kept.pop((service, username), None)

    return MemoryKeyring()


def lease_runs_out(server: Server, url: str, session_id: int) -> None:
    """The server's clock passes the end of a session's lease, as it does when
    its console goes silent for LEASE_TTL_S (a test never waits that long)."""
    from app.server.rules import parse

    with admin(server, parse(url).database) as conn:
        conn.execute(
            "UPDATE session_leases SET expires_at = extract(epoch FROM clock_timestamp()) - 1 "
            "WHERE session_id = %s",
            (session_id,),
        )
