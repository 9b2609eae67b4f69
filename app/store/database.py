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

import errno
import os
import sqlite3
import time
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.lock import FolderLock, LockHeld

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

DB_NAME = "tourdetable.db"
LOCK_NAME = "tourdetable.lock"
CLEAN_NAME = "tourdetable.clean"  # present only between a clean close and the next open
# Present when the store is encrypted (SQLCipher): it is then never taken for a
# damaged file, and the app asks for the passphrase before opening it.
ENCRYPTED_NAME = "tourdetable.encrypted"
MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration; a test checks it against the migrations folder, so that
# a normal start needs no Alembic at all.
SCHEMA_HEAD = "0006"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


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


class StoreError(Exception):
    """A storage problem. ``problem`` lets the UI word it in the user's language;
    ``str()`` is the English wording used on the command line. ``detail`` is for
    logs and developers only: it may hold SQL and is never shown in a window."""

    def __init__(self, problem: StoreProblem, path: Path, detail: str = "") -> None:
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
    StoreProblem.NO_ENCRYPTION: (
        "encryption is not available on this computer (no SQLCipher); {path} was not changed"
    ),
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

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def close(self) -> None:
        self.connection.close()
        if self.lock is not None:
            _write_private(self.path.with_name(CLEAN_NAME), "")
            self.lock.release()
            self.lock = None


def _write_private(path: Path, content: str) -> None:
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
    except OSError:
        pass  # only costs a deep check at the next start


def ensure_private_dir(folder: Path) -> None:
    """Create the folder for the owner alone, or tighten one that is too open."""
    try:
        _ensure_private_dir(folder)
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte
        raise StoreError(StoreProblem.CANNOT_CREATE, folder, str(exc)) from exc


def _ensure_private_dir(folder: Path) -> None:
    if folder.is_symlink() and not folder.exists():
        raise StoreError(StoreProblem.CANNOT_CREATE, folder, "dangling link")
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise StoreError(classify(exc, StoreProblem.CANNOT_CREATE), folder, str(exc)) from exc
    elif not folder.is_dir():
        raise StoreError(StoreProblem.NOT_A_FOLDER, folder)
    _tighten(folder, 0o700)


def _tighten(path: Path, mode: int) -> None:
    try:
        if path.exists() and path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)  # mkdir's and open's modes are filtered by the umask
    except OSError:
        pass  # not ours to change (a shared drive): the files are still written


def encryption_available() -> bool:
    try:
        import sqlcipher3  # noqa: F401 - a compiled SQLCipher, where its wheel exists
    except ImportError:
        return False
    return True


def _cipher() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:
        raise StoreError(StoreProblem.NO_ENCRYPTION, Path("?")) from exc
    return sqlcipher3


def quote(passphrase: str) -> str:
    """A passphrase as an SQL string literal (PRAGMA key takes no parameter)."""
    return "'" + passphrase.replace("'", "''") + "'"


def _raw_connect(target: str, passphrase: str | None) -> sqlite3.Connection:
    """sqlite3, or SQLCipher with the key set first when the store is encrypted."""
    if passphrase is None:
        return sqlite3.connect(target, uri=True, timeout=5)
    conn = _cipher().connect(target, uri=True, timeout=5)
    with suppress(Exception):  # its log would print a failed key on stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def db_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a store connection raises: sqlite3's, and SQLCipher's."""
    errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
    try:
        import sqlcipher3
    except ImportError:
        return errors
    return (*errors, sqlcipher3.Error)


def _probe(path: Path, deep: bool, passphrase: str | None = None) -> bool:
    """True when SQLite reads the file as a healthy database; False when it says
    it is damaged; StoreError for anything else (disk full, busy, permission, a
    passphrase that does not open an encrypted file)."""
    try:
        conn = _raw_connect(f"file:{path}?mode=rw", passphrase)
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


def _configure(conn: sqlite3.Connection, foreign_keys: bool = True) -> None:
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
    path: Path, read_only: bool = False, passphrase: str | None = None
) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    conn = _raw_connect(f"file:{path}?mode={mode}", passphrase)
    _configure(conn)
    return conn


def _on_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    """SQLAlchemy on the same file, for creating and migrating the schema.

    Foreign keys are off while the schema changes, as SQLite asks: a table
    rebuilt by a migration would otherwise cascade its deletion to the rows
    that refer to it. They are checked before the migration commits."""
    from sqlalchemy import create_engine, event

    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}")
    else:  # the same migrations through SQLCipher, the key set on every connection
        engine = create_engine(
            "sqlite://", creator=lambda: _raw_connect(f"file:{path}?mode=rw", passphrase)
        )
    event.listen(engine, "connect", lambda conn, _record: _configure(conn, foreign_keys=False))
    event.listen(engine, "begin", _on_begin)
    return engine


def revision_of(conn: sqlite3.Connection) -> str | None:
    """The schema's revision; None for an empty file, "" for one without a stamp."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "alembic_version" not in tables:
        return ""  # tables from before migrations existed: let Alembic decide
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else ""


def _migrate(path: Path, passphrase: str | None = None) -> None:
    probe = connect(path, passphrase=passphrase)
    try:
        revision = revision_of(probe)
    finally:
        probe.close()
    if revision == SCHEMA_HEAD:
        return
    if revision and revision not in KNOWN_REVISIONS:
        raise StoreError(StoreProblem.TOO_NEW, path, f"schema {revision}")
    engine = make_engine(path, passphrase)
    try:
        _migrate_with(engine, revision)
    finally:
        engine.dispose()


def _migrate_with(engine: Engine, revision: str | None) -> None:
    from sqlalchemy import text

    from app.store.models import Base

    with engine.begin() as conn:
        if revision is None:  # a new file: the whole schema, stamped, in one go
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SCHEMA_HEAD})
            return
        from alembic import command  # only when the schema is behind: rare, and slow to load

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration broke {len(broken)} references; rolled back")


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def reencrypt(
    conn: sqlite3.Connection, path: Path, old: str | None, new: str | None
) -> sqlite3.Connection:
    """The whole store exported to a file with the new key (or none), then renamed
    over the old one; returns the connection to use from now on. SQLCipher's own
    ``sqlcipher_export`` copies every table, index and the schema's stamp. On a
    failure the store is left as it was, and opened again with its old key."""
    cipher = _cipher()
    fresh = path.with_name(path.name + ".rekey")
    marker = path.with_name(ENCRYPTED_NAME)
    errors: tuple[type[BaseException], ...] = (OSError, *db_errors())
    fresh.unlink(missing_ok=True)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        source = cipher.connect(str(path), timeout=5)
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
        _tighten(fresh, 0o600)
        if new is not None:
            _write_private(marker, "")  # before the rename: never an encrypted file unmarked
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
    return connect(path, passphrase=new)


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


def open_database(
    folder: Path, exclusive: bool = True, passphrase: str | None = None
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
        _tighten(folder / name, 0o600)
    try:
        _migrate(path, passphrase)
        conn = connect(path, passphrase=passphrase)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), path, str(exc)) from exc
    return OpenedDatabase(conn, path, moved, lock, checked=deep, passphrase=passphrase)
