"""The store's rows read behind its back, on a connection of their own: what is
really on disk (the file) or committed (the server)."""

from __future__ import annotations

import sqlite3
from typing import Any

from app.session.store import Store


def read(store: Store, sql: str) -> list[tuple[Any, ...]]:
    if store.on_server:
        other = store.reader()
        try:
            return [tuple(row) for row in other.rows(sql)]
        finally:
            other.close()
    raw = sqlite3.connect(store.path)
    try:
        return raw.execute(sql).fetchall()
    finally:
        raw.close()


def stored_bytes(store: Store, request: Any) -> bytes:
    """Every byte the store keeps of its rows: the file and its journal, or on a
    server every table's file in the cluster (after a VACUUM FULL and a
    CHECKPOINT, what was erased is in none of them). Not the server's WAL: what
    it still holds is said in the erasure's dialog, as backups are."""
    from pathlib import Path

    from app.folder import DB_NAME

    if store.on_server:  # this test's own database's folder in the cluster
        [(oid,)] = store.rows("SELECT oid FROM pg_database WHERE datname = current_database()")
        folder = request.getfixturevalue("pg_server").folder / "data" / "base" / str(oid)
        files = [path for path in folder.rglob("*") if path.is_file()]
    else:
        files = [path for path in Path(store.path).parent.glob(DB_NAME + "*") if path.is_file()]
    assert files, "no stored file found: the check would be empty"
    return b"".join(path.read_bytes() for path in files)
