"""A group handed over: every record of one group (members, cycles, calendar,
sessions with their log, notes, answers, evaluations) in one file encrypted with a
passphrase, to be imported on another computer. The file is authenticated: one
byte changed and the import is refused. An import never merges into an existing
group: a group of the same name is refused, unless another name is given.

The file: ``MAGIC``, a salt and a nonce, then AES-GCM over the compressed JSON
(key: scrypt of the passphrase). Ids are remapped on import.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from app.errors import Missing, db_errors
from app.handover.rules import FORMAT, TABLES, GroupFile, TransferError, Value, group_name

if TYPE_CHECKING:
    from app.session.store import Store


def export_group(store: Store, group_id: int) -> dict[str, Any]:
    """Every row of the group, table by table."""
    db = store.connection
    schema = _schema()  # the models' columns: a server's own (a lease's epoch) stay behind
    ids: dict[str, list[int]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, scope, _refs in TABLES:
        if scope == "group":
            where, params = "id = ?", [group_id]
        elif scope == "run":
            where = "id IN (SELECT protocol_run_id FROM sessions WHERE group_id = ?)"
            params = [group_id]
        else:
            parent = {"group_id": "groups", "cycle_id": "cycles"}.get(scope, "sessions")
            where, params = _within(ids.get(parent, []), scope + " IN ({marks})")
        names = list(schema[table])
        columns = ", ".join(f'"{name}"' for name in names)
        cursor = db.execute(f"SELECT {columns} FROM {table} WHERE {where} ORDER BY id", params)
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        tables[table] = rows
        ids[table] = [int(r["id"]) for r in rows]
    if not tables["groups"]:
        raise Missing(group_id)
    return {"format": FORMAT, "tables": tables}


def _within(ids: list[int], clause: str) -> tuple[str, list[int]]:
    if not ids:
        return "1 = 0", []
    return clause.format(marks=", ".join("?" for _ in ids)), ids


def import_group(store: Store, payload: GroupFile, name: str | None = None) -> int:
    """The group's rows written with ids of this store; its new id. Refused when a
    group of that name is already here: a hand-over never merges silently. Every
    row is checked against this store's tables before anything is written."""
    tables = payload.tables
    [group] = tables["groups"]
    wanted = group_name(str(group["name"]) if name is None else name)
    if wanted in store.groups():
        raise TransferError("group_exists")
    schema = _schema()
    for table, rows in tables.items():
        for row in rows:
            _check_row(table, row, schema[table])
    new_ids: dict[str, dict[int, int]] = {}
    with store.transaction(name=wanted) as db:  # a new group: its ids are new, its name taken
        for table, _scope, refs in TABLES:
            mapping = new_ids.setdefault(table, {})
            for row in tables.get(table, []):
                values = {k: v for k, v in row.items() if k != "id"}
                for column, target in refs.items():
                    if values.get(column) is not None:
                        values[column] = new_ids[target][int(values[column])]  # type: ignore[arg-type]
                if table == "groups":
                    values["name"] = wanted
                if table == "events":  # people in the log are seats of this store now
                    values["data"] = _remap_people(str(values["data"]), new_ids["participants"])
                new_id = _insert(db, table, values)
                mapping[int(row["id"])] = new_id  # type: ignore[arg-type]
    return new_ids["groups"][int(group["id"])]  # type: ignore[arg-type]


def _insert(db: Any, table: str, values: dict[str, Value]) -> int:
    """One row written; a value this store's constraints refuse is the file's
    fault (damaged), a full disk or a lost server the store's, said as such."""
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    try:
        cursor = db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
    except db_errors() as exc:
        if type(exc).__name__ not in ("IntegrityError", "DataError"):
            raise
        raise TransferError("damaged", f"{table}: {exc}") from exc
    assert cursor.lastrowid is not None
    return int(cursor.lastrowid)


class _Column(NamedTuple):
    kind: type
    required: bool  # no NULL, and no default to stand in


def _schema() -> dict[str, dict[str, _Column]]:
    """This store's tables, from its models: each column's Python type, and whether
    a row must give it."""
    from app.db.models import Base

    schema: dict[str, dict[str, _Column]] = {}
    for table in Base.metadata.sorted_tables:
        schema[table.name] = {
            column.name: _Column(
                column.type.python_type,
                not column.nullable and column.default is None and column.server_default is None,
            )
            for column in table.c
        }
    return schema


def _check_row(table: str, row: dict[str, Value], columns: dict[str, _Column]) -> None:
    """A row of the file that this store can hold: known columns, each of its type
    (a boolean as 0 or 1 too, a whole number where a decimal one is), none missing."""
    for column, value in row.items():
        if column not in columns:
            raise TransferError("damaged", f"{table}: unknown column {column!r}")
        kind = columns[column].kind
        if value is None:
            if columns[column].required and column != "id":
                raise TransferError("damaged", f"{table}.{column} is empty")
            continue
        fits = isinstance(value, kind) and (kind is bool or not isinstance(value, bool))
        fits = fits and not (kind is int and not -(2**63) <= value < 2**63)  # type: ignore[operator]
        fits = fits or (kind is bool and value in (0, 1)) or (kind is float and _whole(value))
        if not fits:
            raise TransferError("damaged", f"{table}.{column} is no {kind.__name__}")
        if isinstance(value, str) and "\x00" in value:  # no text of a store holds one
            raise TransferError("damaged", f"{table}.{column} holds a NUL character")
        if kind is bool:
            row[column] = bool(value)  # 0 or 1 in a file, a boolean on a server
    for column, spec in columns.items():
        if spec.required and column != "id" and column not in row:
            raise TransferError("damaged", f"{table}.{column} is missing")


def _whole(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _remap_people(data: str, participants: dict[int, int]) -> str:
    payload = json.loads(data)
    if isinstance(payload, dict) and isinstance(payload.get("person"), int):
        payload["person"] = participants.get(payload["person"], payload["person"])
        return json.dumps(payload)
    return data
