"""One connection to the store's file, configured the same way every time."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from app.db.encryption import cipher, quote


def raw_connect(target: str, passphrase: str | None) -> sqlite3.Connection:
    """sqlite3, or SQLCipher with the key set first when the store is encrypted."""
    if passphrase is None:
        return sqlite3.connect(target, uri=True, timeout=5)
    conn: sqlite3.Connection = cipher().connect(target, uri=True, timeout=5)
    with suppress(Exception):  # its log would print a failed key on stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def configure(conn: sqlite3.Connection, *, foreign_keys: bool = True) -> None:
    # Transactions are begun explicitly (isolation_level=None): pysqlite would
    # otherwise commit before every DDL statement, and creation must be atomic.
    conn.isolation_level = None
    conn.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed event survives a killed process and a power cut.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA busy_timeout=5000")
    # Deleted rows are overwritten, not just unlinked: a deleted session is gone.
    conn.execute("PRAGMA secure_delete=ON")


def connect(
    path: Path, *, read_only: bool = False, passphrase: str | None = None
) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    conn = raw_connect(f"file:{path}?mode={mode}", passphrase)
    configure(conn)
    return conn
