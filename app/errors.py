"""What can go wrong with the store, said once: the problem's code for the
windows to word in the user's language, and its English wording for the command
line. No connection is opened here."""

from __future__ import annotations

import errno
import sqlite3
import sys
from enum import StrEnum
from pathlib import PurePath


class StoreProblem(StrEnum):
    CANNOT_CREATE = "cannot_create"
    NOT_A_FOLDER = "not_a_folder"
    CANNOT_MOVE_ASIDE = "cannot_move_aside"
    CANNOT_OPEN = "cannot_open"
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"
    BUSY = "busy"
    NO_PERMISSION = "no_permission"
    ALREADY_OPEN = "already_open"
    TOO_NEW = "too_new"
    NEEDS_PASSPHRASE = "needs_passphrase"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_ENCRYPTION = "no_encryption"
    # Not a failure: told once. Another program removed the -wal journal while the
    # app wrote to it; what it held was checkpointed into the main file.
    JOURNAL_REPLACED = "journal_replaced"
    # The service's PostgreSQL server (app/db/server.py).
    SERVER_SETTING = "server_setting"  # the URL names no server and database
    TLS_REQUIRED = "tls_required"  # a distant server without TLS: refused
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_REFUSED = "server_refused"  # a wrong password, user or certificate
    HELD_ELSEWHERE = "held_elsewhere"  # another console drives this session
    WRITTEN_ELSEWHERE = "written_elsewhere"  # another console wrote this session meanwhile
    SERVER_TIMEOUT = "server_timeout"  # a lock or a statement waited past its bound
    SERVER_DISK_FULL = "server_disk_full"  # the server's own disk
    SERVER_DENIED = "server_denied"  # the server refused this role the action
    NO_KEYRING = "no_keyring"  # the system keeps no passwords (no Secret Service…)


class StoreError(Exception):
    """A storage problem. ``problem`` lets the UI word it in the user's language;
    ``str()`` is the English wording used on the command line. ``detail`` is for
    logs and developers only: it may hold SQL and is never shown in a window."""

    def __init__(self, problem: StoreProblem, path: PurePath, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(_ENGLISH[problem].format(path=path))


_ENGLISH = {
    StoreProblem.CANNOT_CREATE: "cannot create {path}",
    StoreProblem.NOT_A_FOLDER: "{path} is not a folder",
    StoreProblem.CANNOT_MOVE_ASIDE: (
        "{path} is damaged and could not be moved aside; it was not changed"
    ),
    StoreProblem.CANNOT_OPEN: "cannot open the database {path}; it was not changed",
    StoreProblem.DISK_FULL: "the disk holding {path} is full; nothing more was written",
    StoreProblem.WRITE_FAILED: "could not write to {path}; what was saved before is kept",
    StoreProblem.BUSY: "{path} is in use by another program; nothing was changed",
    StoreProblem.NO_PERMISSION: "no permission to use {path}; nothing was changed",
    StoreProblem.ALREADY_OPEN: (
        "Tour de table is already open on the data folder {path}; use that window"
    ),
    StoreProblem.TOO_NEW: (
        "{path} was written by a newer Tour de table; update the app to open it"
    ),
    StoreProblem.NEEDS_PASSPHRASE: "{path} is protected by a passphrase; give it to open it",
    StoreProblem.WRONG_PASSPHRASE: (
        "the passphrase does not open {path}; the file was not changed"
    ),
    StoreProblem.JOURNAL_REPLACED: (
        "the journal beside {path} was removed by another program; "
        "everything was saved into the main file"
    ),
    StoreProblem.SERVER_SETTING: (
        "the database URL {path} names no user and database; nothing was opened"
    ),
    StoreProblem.TLS_REQUIRED: (
        "the server {path} is not on this computer: its connection must be encrypted "
        "(sslmode=require); nothing was sent"
    ),
    StoreProblem.SERVER_UNREACHABLE: "the server {path} does not answer; nothing was written",
    StoreProblem.SERVER_REFUSED: (
        "the server {path} refused the connection (password, user or certificate); "
        "nothing was written"
    ),
    StoreProblem.WRITTEN_ELSEWHERE: (
        "another console wrote this session on {path} meanwhile; what this one "
        "recorded stays on this computer"
    ),
    StoreProblem.SERVER_TIMEOUT: (
        "the server {path} took too long to answer; nothing was written, try again"
    ),
    StoreProblem.SERVER_DISK_FULL: (
        "the disk of the server {path} is full; nothing more was written there"
    ),
    StoreProblem.SERVER_DENIED: (
        "the server {path} does not allow your login to do this; nothing was written"
    ),
    StoreProblem.NO_KEYRING: (
        "this computer has no keyring to keep the password of {path}; nothing was kept"
    ),
    StoreProblem.HELD_ELSEWHERE: (
        "another console drives this session on {path}; this one only follows it"
    ),
    StoreProblem.NO_ENCRYPTION: (
        "encryption is not available on this computer (no SQLCipher); {path} was not changed"
    ),
}

# PostgreSQL's SQLSTATEs that a facilitator must read apart from "does not answer"
# (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_SERVER_STATES = {
    "53100": StoreProblem.SERVER_DISK_FULL,  # disk_full
    "57014": StoreProblem.SERVER_TIMEOUT,  # query_canceled: statement_timeout
    "55P03": StoreProblem.SERVER_TIMEOUT,  # lock_not_available: lock_timeout
    "42501": StoreProblem.SERVER_DENIED,  # insufficient_privilege
    "TD001": StoreProblem.HELD_ELSEWHERE,  # an event's epoch is not its lease's (app/db/server.py)
}

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_SQLITE_PROBLEMS = {
    3: StoreProblem.NO_PERMISSION,  # SQLITE_PERM
    5: StoreProblem.BUSY,  # SQLITE_BUSY
    6: StoreProblem.BUSY,  # SQLITE_LOCKED
    8: StoreProblem.NO_PERMISSION,  # SQLITE_READONLY
    10: StoreProblem.WRITE_FAILED,  # SQLITE_IOERR
    13: StoreProblem.DISK_FULL,  # SQLITE_FULL
    14: StoreProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    23: StoreProblem.NO_PERMISSION,  # SQLITE_AUTH
}
_SQLITE_CORRUPT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_OS_PROBLEMS = {
    errno.ENOSPC: StoreProblem.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): StoreProblem.DISK_FULL,
    errno.EFBIG: StoreProblem.DISK_FULL,
    errno.EACCES: StoreProblem.NO_PERMISSION,
    errno.EPERM: StoreProblem.NO_PERMISSION,
    errno.EROFS: StoreProblem.NO_PERMISSION,
}


def _sqlite_code(exc: BaseException) -> int | None:
    for candidate in (exc, getattr(exc, "orig", None)):
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF
    return None


def is_corruption(exc: BaseException) -> bool:
    return _sqlite_code(exc) in _SQLITE_CORRUPT


def classify(exc: BaseException, default: StoreProblem) -> StoreProblem:
    """The facilitator-level problem behind a database or file-system error."""
    server = sys.modules.get("psycopg")
    if server is not None and isinstance(exc, server.Error):
        state = getattr(exc, "sqlstate", None) or ""
        if state in _SERVER_STATES:
            return _SERVER_STATES[state]
        if isinstance(exc, (server.OperationalError, server.InterfaceError)):
            return StoreProblem.SERVER_UNREACHABLE  # the network or the server went away
    code = _sqlite_code(exc)
    if code is not None and code in _SQLITE_PROBLEMS:
        problem = _SQLITE_PROBLEMS[code]
        return default if problem is StoreProblem.WRITE_FAILED else problem
    for candidate in (exc, getattr(exc, "orig", None), exc.__cause__):
        if isinstance(candidate, OSError) and candidate.errno in _OS_PROBLEMS:
            return _OS_PROBLEMS[candidate.errno]
    words = str(exc).lower()
    if "disk is full" in words or "database or disk is full" in words:
        return StoreProblem.DISK_FULL
    if "locked" in words:
        return StoreProblem.BUSY
    return default


def db_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a store connection raises: sqlite3's, and SQLCipher's."""
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    server = sys.modules.get("psycopg")  # loaded only when a server is used
    if server is not None:
        errors = (*errors, server.Error)
    try:
        import sqlcipher3
    except ImportError:
        return errors
    return (*errors, sqlcipher3.Error)


class Missing(KeyError):
    """The record asked for is not in the store (deleted meanwhile, or never there).
    A KeyError, so that callers who look a record up may catch it as one; the
    windows word it, where a plain KeyError would be a bug and is not hidden."""
