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
