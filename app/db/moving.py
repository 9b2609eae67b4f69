"""Moving a store from the local file to the service's server, or back: every
row of every table, with its id, then checked table by table (how many rows,
and a digest of their content) before the move is said to be done."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from app.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from app.session.store import Store


def boolean_columns() -> set[tuple[str, str]]:
    """(table, column) of the booleans: 0 or 1 in a file, true or false on a server."""
    from sqlalchemy import Boolean

    from app.db.models import Base

    return {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.c
        if isinstance(column.type, Boolean)
    }


class MoveRefused(Exception):
    """The target already holds sessions: a move never merges two stores."""


def tables() -> list[str]:
    from app.db.models import Base

    return [table.name for table in Base.metadata.sorted_tables]


def _read(store: Store, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """A table's rows, in the models' columns: what the server keeps of its own
    (an event's lease epoch) stays behind, as it means nothing elsewhere."""
    from app.db.models import Base

    names = [column.name for column in Base.metadata.tables[table].c]
    columns = ", ".join(f'"{name}"' for name in names)
    cursor = store.connection.execute(f'SELECT {columns} FROM "{table}" ORDER BY id')
    return names, [tuple(row) for row in cursor.fetchall()]


def digest(store: Store) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows, alike on both engines."""
    found = {}
    flags = boolean_columns()
    for table in tables():
        names, rows = _read(store, table)
        hashed = hashlib.sha256()
        for row in rows:
            values = dict(zip(names, row, strict=True))
            for t, column in flags:
                if t == table:
                    values[column] = bool(values[column])
            hashed.update(json.dumps(values, sort_keys=True, default=str).encode())
        found[table] = (len(rows), hashed.hexdigest())
    return found


def move(source: Store, target: Store) -> dict[str, int]:
    """Every row of ``source`` written into the empty ``target``, ids kept;
    then both read back and compared. Returns each table's row count."""
    if target.summaries() or target.groups():
        raise MoveRefused()
    order = tables()
    booleans = boolean_columns()
    with target.transaction() as db:
        for table in order:
            names, rows = _read(source, table)
            if not rows:
                continue
            columns = ", ".join(f'"{name}"' for name in names)
            marks = ", ".join("?" for _ in names)
            flags = [i for i, n in enumerate(names) if (table, n) in booleans]
            fixed = [tuple(bool(v) if i in flags else v for i, v in enumerate(row)) for row in rows]
            db.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', fixed)
        if target.on_server:  # the next new row's id comes after the moved ones
            for table in order:
                db.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
                )
    before, after = digest(source), digest(target)
    if before != after:
        differ = [t for t in order if before[t] != after[t]]
        raise StoreError(StoreProblem.WRITE_FAILED, target.path, f"tables differ: {differ}")
    return {table: count for table, (count, _digest) in after.items()}
