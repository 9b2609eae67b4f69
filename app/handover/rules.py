"""A group's hand-over file: its format, sealed with a passphrase (AES-GCM, the
key drawn from the passphrase by scrypt), and what makes a file unreadable.
Pure: bytes in, a payload out; the store's rows are read and written by
:mod:`app.handover.store`."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from pathlib import Path
from typing import Any

import msgspec

from app.group.rules import TEXT_LIMITS as CYCLE_LIMITS
from app.kinds import MAX_THEME
from app.session.rules.notes import MAX_NOTE
from app.session.rules.setup import MAX_NAME, MAX_TITLE

MAGIC = b"TDTGROUP\x01"
FORMAT = 1  # the file's version: a newer one is said so, never half read
# A group's year is a few hundred kilobytes sealed; a file beyond these bounds is
# refused before it is decrypted (a 400 MB file, /dev/zero), or while it is
# decompressed (a small file that would inflate without end).
MAX_FILE_BYTES = 64 * 2**20
MAX_PLAIN_BYTES = 256 * 2**20


class TransferError(ValueError):
    """A group file that cannot be imported; ``reason`` says why, for the message,
    and ``detail`` what was found, for the one who looks into it."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        # "not_a_group_file", "wrong_or_altered", "group_exists", "bad_name",
        # "too_big", "newer_format", "damaged"
        self.reason = reason
        self.detail = detail


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

# The longest text each column may hold, as the app's forms allow it: a file
# from outside holds no more ("a 1 MB member name was stored").
TEXT_LIMITS = {
    ("groups", "name"): MAX_NAME,
    ("members", "name"): CYCLE_LIMITS["member_name"],
    ("participants", "name"): MAX_NAME,
    ("cases", "title"): MAX_TITLE,
    ("cases", "theme"): MAX_THEME,
    ("cycles", "title"): CYCLE_LIMITS["title"],
    ("calendar_entries", "place"): CYCLE_LIMITS["place"],
    ("notes", "text"): MAX_NOTE,
}

Value = int | float | str | bool | None
Row = dict[str, Value]


class GroupFile(msgspec.Struct, forbid_unknown_fields=True):
    """What a sealed group file holds, typed: its version and each table's rows
    (column → a plain value). Anything else in the file is refused."""

    format: int
    tables: dict[str, list[Row]]


GROUP_NAME_MAX = MAX_NAME  # the new-session form's limit


def group_name(name: str) -> str:
    """The name a group is imported under: spaces tidied, 1 to GROUP_NAME_MAX
    characters; otherwise refused in words, never cut nor left empty."""
    tidy = " ".join(name.split())
    if not tidy or len(tidy) > GROUP_NAME_MAX:
        raise TransferError("bad_name")
    return tidy


def _key(passphrase: str, salt: bytes) -> bytes:
    # 16 MB of memory (128 * r * n): within OpenSSL's own bound, none to set.
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)


def seal(payload: dict[str, Any], passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 9)
    return MAGIC + salt + nonce + AESGCM(_key(passphrase, salt)).encrypt(nonce, plain, MAGIC)


def read_sealed(path: Path) -> bytes:
    """The file's bytes, never more than MAX_FILE_BYTES: its size is checked before
    it is read, and a FIFO or a device (/dev/zero, which has no end) is no file."""
    from app.files import NotAFile, TooLarge, read_bounded

    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except TooLarge as exc:
        raise TransferError("too_big") from exc
    except NotAFile as exc:
        raise TransferError("not_a_group_file") from exc


def unseal(data: bytes, passphrase: str) -> GroupFile:
    """The file decrypted, decompressed within MAX_PLAIN_BYTES, decoded against
    its schema and checked whole (:func:`checked`)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) > MAX_FILE_BYTES:
        raise TransferError("too_big")
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 28 + 16:
        raise TransferError("not_a_group_file")
    salt = data[len(MAGIC) : len(MAGIC) + 16]
    nonce = data[len(MAGIC) + 16 : len(MAGIC) + 28]
    try:
        plain = AESGCM(_key(passphrase, salt)).decrypt(nonce, data[len(MAGIC) + 28 :], MAGIC)
    except InvalidTag as exc:
        raise TransferError("wrong_or_altered") from exc
    return checked(decoded(inflated(plain)))


def inflated(compressed: bytes) -> bytes:
    """Decompressed, never beyond MAX_PLAIN_BYTES."""
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, MAX_PLAIN_BYTES + 1)
    except zlib.error as exc:
        raise TransferError("damaged", "not compressed") from exc
    if len(plain) > MAX_PLAIN_BYTES or inflater.unconsumed_tail:
        raise TransferError("too_big")
    if not inflater.eof:
        raise TransferError("damaged", "cut short")
    return plain


def decoded(plain: bytes) -> GroupFile:
    """The JSON read against the file's schema: a list where a map is expected, a
    table that is no table, a value that is no plain value: refused in words."""
    try:
        version = msgspec.json.decode(plain, type=dict[str, Any]).get("format")
    except msgspec.DecodeError as exc:
        raise TransferError("damaged", str(exc)) from exc
    if not isinstance(version, int) or isinstance(version, bool) or version < FORMAT:
        raise TransferError("not_a_group_file")
    if version > FORMAT:
        raise TransferError("newer_format")
    try:
        return msgspec.json.decode(plain, type=GroupFile)
    except msgspec.DecodeError as exc:
        raise TransferError("damaged", str(exc)) from exc


def checked(file: GroupFile) -> GroupFile:
    """Every table is one of a group's, the file holds one group, each row has an
    id of its own, and every id a row points at is a row of the same file."""
    unknown = set(file.tables) - {table for table, _scope, _refs in TABLES}
    if unknown:
        raise TransferError("damaged", f"unknown table {sorted(unknown)[0]!r}")
    ids = {table: _ids(table, file.tables.get(table, [])) for table, _scope, _refs in TABLES}
    for table, _scope, refs in TABLES:
        for row in file.tables.get(table, []):
            for column, target in refs.items():
                value = row.get(column)
                if value is not None and (not _is_id(value) or value not in ids[target]):
                    raise TransferError("damaged", f"{table}.{column} points at no {target} row")
            if table == "events" and not _is_json(row.get("data")):
                raise TransferError("damaged", "events: a log entry that is not JSON")
            for column, value in row.items():
                limit = TEXT_LIMITS.get((table, column))
                if limit is not None and isinstance(value, str) and len(value) > limit:
                    raise TransferError("damaged", f"{table}.{column} longer than {limit}")
    groups = file.tables.get("groups", [])
    if len(groups) != 1 or not isinstance(groups[0].get("name"), str):
        raise TransferError("damaged", "not one named group")
    return file


def _ids(table: str, rows: list[Row]) -> set[int]:
    """The table's ids, each a whole number and each its own row's."""
    seen: set[int] = set()
    for row in rows:
        row_id = row.get("id")
        if not isinstance(row_id, int) or isinstance(row_id, bool) or row_id in seen:
            raise TransferError("damaged", f"{table}: a row without an id of its own")
        seen.add(row_id)
    return seen


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_json(value: Value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        json.loads(value)
    except ValueError:
        return False
    return True
