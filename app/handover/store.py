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
from typing import TYPE_CHECKING, Any

from app.db.moving import boolean_columns
from app.errors import Missing
from app.handover.rules import FORMAT, TransferError, group_name

if TYPE_CHECKING:
    from app.session.store import Store


# Each table of a group, in the order an import writes them: (table, how its rows
# belong to the group, its columns that point at another table's id).
TABLES: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("groups", "group", {}),
    ("members", "group_id", {"group_id": "groups"}),
    ("framing_notes", "group_id", {"group_id": "groups"}),
    ("cycles", "group_id", {"group_id": "groups"}),
    ("calendar_entries", "cycle_id", {"cycle_id": "cycles", "narrator_member_id": "members"}),
    ("protocol_runs", "run", {}),
    (
        "sessions",
        "group_id",
        {"group_id": "groups", "protocol_run_id": "protocol_runs", "cycle_id": "cycles"},
    ),
    ("participants", "session_id", {"session_id": "sessions", "member_id": "members"}),
    ("cases", "session_id", {"session_id": "sessions", "narrator_id": "participants"}),
    ("step_runs", "session_id", {"session_id": "sessions"}),
    ("notes", "session_id", {"session_id": "sessions", "author_id": "participants"}),
    ("events", "session_id", {"session_id": "sessions"}),
    ("turns", "session_id", {"session_id": "sessions", "participant_id": "participants"}),
    ("action_reviews", "session_id", {"session_id": "sessions", "note_id": "notes"}),
    ("management_answers", "session_id", {"session_id": "sessions"}),
    ("releve_reviews", "session_id", {"session_id": "sessions"}),
    ("releve_sendings", "session_id", {"session_id": "sessions"}),
    ("note_corrections", "session_id", {"session_id": "sessions", "note_id": "notes"}),
    ("evaluation_tallies", "cycle_id", {"cycle_id": "cycles", "session_id": "sessions"}),
)


def export_group(store: Store, group_id: int) -> dict[str, Any]:
    """Every row of the group, table by table."""
    db = store.connection
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
        cursor = db.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id", params)
        names = [column[0] for column in cursor.description]
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


def import_group(store: Store, payload: dict[str, Any], name: str | None = None) -> int:
    """The group's rows written with ids of this store; its new id. Refused when a
    group of that name is already here: a hand-over never merges silently."""
    tables = payload["tables"]
    [group] = tables["groups"]
    wanted = group_name(str(group["name"]) if name is None else name)
    if wanted in store.groups():
        raise TransferError("group_exists")
    new_ids: dict[str, dict[int, int]] = {}
    booleans: dict[str, list[str]] = {}
    for table_name, column_name in boolean_columns():
        booleans.setdefault(table_name, []).append(column_name)
    with store.transaction() as db:
        for table, _scope, refs in TABLES:
            mapping = new_ids.setdefault(table, {})
            for row in tables.get(table, []):
                values = {k: v for k, v in row.items() if k != "id"}
                for column, target in refs.items():
                    if values.get(column) is not None:
                        values[column] = new_ids[target][int(values[column])]
                if table == "groups":
                    values["name"] = wanted
                for column in booleans.get(table, ()):  # 0 or 1 in a file, a boolean on a server
                    values[column] = bool(values[column])
                if table == "events":  # people in the log are seats of this store now
                    values["data"] = _remap_people(values["data"], new_ids["participants"])
                columns = ", ".join(f'"{c}"' for c in values)
                marks = ", ".join("?" for _ in values)
                cursor = db.execute(
                    f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
                )
                assert cursor.lastrowid is not None
                mapping[int(row["id"])] = cursor.lastrowid
    return new_ids["groups"][int(group["id"])]


def _remap_people(data: str, participants: dict[int, int]) -> str:
    payload = json.loads(data)
    if isinstance(payload, dict) and isinstance(payload.get("person"), int):
        payload["person"] = participants.get(payload["person"], payload["person"])
        return json.dumps(payload)
    return data
