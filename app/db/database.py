"""Opening the SQLite file safely.

- The data folder is private (0700, files 0600), tightened if it was not.
- One app per data folder: a lock file says who has it; a second app is told so
  and writes nothing. Read-only commands may still read beside it.
- Only a file SQLite itself calls corrupt is moved aside (never deleted, never
  overwritten). A full disk, a busy file or a permission problem is reported
  and the file is left where it is.
- The deep integrity check runs only after an unclean shutdown: a clean close
  leaves a marker, which the next open removes.
- Creating the schema and every migration are one transaction each: a process
  killed half-way leaves the file as it was before. SQLAlchemy (the schema's
  definition) and Alembic are loaded only then: a normal start reads the
  schema's revision with sqlite3 and goes on.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.connection import connect, raw_connect
from app.db.lock import FolderLock, LockHeld
from app.db.schema import SCHEMA_HEAD, migrate, revision_of
from app.errors import StoreError, StoreProblem, classify, db_errors, is_corruption
from app.folder import (
    CLEAN_NAME,
    DB_NAME,
    ENCRYPTED_NAME,
    LOCK_NAME,
    ensure_private_dir,
    tighten,
    write_private,
)

if TYPE_CHECKING:
    from app.db.server import OpenedServer


class OpenedDatabase:
    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        moved_aside: Path | None,
        lock: FolderLock | None,
        checked: bool,
        passphrase: str | None = None,
    ) -> None:
        self.connection = connection
        self.passphrase = passphrase  # kept while open: re-encrypting needs it
        self.path = path
        self.moved_aside = moved_aside  # where a damaged file was put, to tell the user
        self.lock = lock  # None: opened read-only beside the app that holds it
        self.checked = checked  # whether the deep check ran (after an unclean shutdown)
        self.server: OpenedServer | None = None  # set for a store on a PostgreSQL server

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def close(self) -> None:
        self.connection.close()
        if self.lock is not None:
            write_private(self.path.with_name(CLEAN_NAME), "")
            self.lock.release()
            self.lock = None


def _probe(path: Path, deep: bool, passphrase: str | None = None) -> bool:
    """True when SQLite reads the file as a healthy database; False when it says
    it is damaged; StoreError for anything else (disk full, busy, permission, a
    passphrase that does not open an encrypted file)."""
    try:
        conn = raw_connect(f"file:{path}?mode=rw", passphrase)
        try:
            if deep:
                rows = conn.execute("PRAGMA quick_check").fetchall()
                return rows == [("ok",)]
            conn.execute("PRAGMA schema_version").fetchone()
            return True
        finally:
            conn.close()
    except db_errors() as exc:
        if is_corruption(exc) and passphrase is not None:
            # An encrypted file with the wrong key reads as "not a database": never
            # taken for damage, never moved aside.
            raise StoreError(StoreProblem.WRONG_PASSPHRASE, path, str(exc)) from exc
        if is_corruption(exc):
            return False
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc
    except OSError as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError(StoreProblem.CANNOT_MOVE_ASIDE, path, str(exc)) from exc
    return target


def _acquire(folder: Path, exclusive: bool) -> FolderLock | None:
    lock = FolderLock(folder / LOCK_NAME)
    try:
        lock.acquire()
    except LockHeld as exc:
        if exclusive:
            raise StoreError(StoreProblem.ALREADY_OPEN, folder) from exc
        return None
    except OSError as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), folder, str(exc)) from exc
    return lock


def open_reader(folder: Path, passphrase: str | None = None) -> OpenedDatabase:
    """A read-only connection of its own beside the app's, for a worker thread:
    no lock, no migration, nothing written."""
    path = folder / DB_NAME
    try:
        conn = connect(path, read_only=True, passphrase=passphrase)
    except db_errors() as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc
    return OpenedDatabase(conn, path, None, None, checked=False, passphrase=passphrase)


def open_database(
    folder: Path, *, exclusive: bool = True, passphrase: str | None = None
) -> OpenedDatabase:
    """Open (or create) the store. ``exclusive=False`` is for read-only commands:
    beside a running app they read without migrating or writing. An encrypted
    store needs its ``passphrase``."""
    ensure_private_dir(folder)
    path = folder / DB_NAME
    encrypted = (folder / ENCRYPTED_NAME).exists()
    if encrypted and not passphrase:
        raise StoreError(StoreProblem.NEEDS_PASSPHRASE, path)
    if not encrypted:
        passphrase = None  # a plain store opens as it is
    lock = _acquire(folder, exclusive)
    try:
        return _open_locked(folder, path, lock, passphrase)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_locked(
    folder: Path, path: Path, lock: FolderLock | None, passphrase: str | None = None
) -> OpenedDatabase:
    if lock is None:
        if not path.exists():
            raise StoreError(StoreProblem.CANNOT_OPEN, path, "no database yet")
        try:
            conn = connect(path, read_only=True, passphrase=passphrase)
            current = revision_of(conn)
        except db_errors() as exc:
            if passphrase is not None and is_corruption(exc):
                raise StoreError(StoreProblem.WRONG_PASSPHRASE, path, str(exc)) from exc
            raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc
        if current != SCHEMA_HEAD:
            conn.close()
            raise StoreError(StoreProblem.BUSY, path, f"schema {current} is being migrated")
        return OpenedDatabase(conn, path, None, lock, checked=False, passphrase=passphrase)
    clean = folder / CLEAN_NAME
    was_clean = clean.exists()
    moved: Path | None = None
    deep = False
    if path.exists():
        deep = not was_clean
        if not _probe(path, deep, passphrase):
            moved = _move_aside(path)
    try:
        if was_clean:
            clean.unlink()  # from now on, a crash shows as an unclean shutdown
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_CREATE), path, str(exc)) from exc
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", LOCK_NAME):
        tighten(folder / name, 0o600)
    try:
        migrate(path, passphrase)
        conn = connect(path, passphrase=passphrase)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc
    return OpenedDatabase(conn, path, moved, lock, checked=deep, passphrase=passphrase)
