"""Encryption of the store with a passphrase (SQLCipher), where its wheel exists."""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Any

from app.errors import StoreError, StoreProblem, classify, db_errors
from app.folder import ENCRYPTED_NAME, tighten, write_private


def encryption_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401 - a compiled SQLCipher, where its wheel exists
    except ImportError:
        return False
    return True


def cipher() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:
        raise StoreError(StoreProblem.NO_ENCRYPTION, Path("?")) from exc
    return sqlcipher3


def quote(passphrase: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA key takes no parameter)."""
    return "'" + passphrase.replace("'", "''") + "'"


def reencrypt(conn: sqlite3.Connection, path: Path, old: str | None, new: str | None) -> None:
    """The whole store exported to a file with the new key (or none), then renamed
    over the old one; the caller connects again, with the new key. SQLCipher's own
    ``sqlcipher_export`` copies every table, index and the schema's stamp. On a
    failure the store is left as it was, and opened again with its old key."""
    sqlcipher = cipher()
    fresh = path.with_name(path.name + ".rekey")
    marker = path.with_name(ENCRYPTED_NAME)
    errors: tuple[type[BaseException], ...] = (OSError, *db_errors())
    fresh.unlink(missing_ok=True)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        source = sqlcipher.connect(str(path), timeout=5)
        try:
            if old is not None:
                source.execute(f"PRAGMA key = {quote(old)}")
            source.execute(f"ATTACH DATABASE {quote(str(fresh))} AS fresh KEY {quote(new or '')}")
            source.execute("SELECT sqlcipher_export('fresh')")
            source.execute("DETACH DATABASE fresh")
        finally:
            source.close()
        with open(fresh, "rb+") as handle:
            os.fsync(handle.fileno())
        tighten(fresh, 0o600)
        if new is not None:
            write_private(marker, "")  # before the rename: never an encrypted file unmarked
        os.replace(fresh, path)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        if new is None:
            marker.unlink(missing_ok=True)
    except errors as exc:
        fresh.unlink(missing_ok=True)
        if old is None:
            marker.unlink(missing_ok=True)
        with suppress(*errors):
            conn.close()
        raise StoreError(classify(exc, StoreProblem.WRITE_FAILED), path, str(exc)) from exc
