"""Opening the SQLite file safely: private permissions, WAL, migrations, and a
corrupt file moved aside rather than ever overwritten."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect

from app.store.models import Base

DB_NAME = "tourdetable.db"
MIGRATIONS = Path(__file__).parent / "migrations"


class StoreProblem(StrEnum):
    CANNOT_CREATE = "cannot_create"
    NOT_A_FOLDER = "not_a_folder"
    CANNOT_MOVE_ASIDE = "cannot_move_aside"
    CANNOT_OPEN = "cannot_open"
    DISK_FULL = "disk_full"
    WRITE_FAILED = "write_failed"


class StoreError(Exception):
    """A storage problem. ``problem`` lets the UI word it in the user's language;
    ``str()`` is the English wording used on the command line."""

    def __init__(self, problem: StoreProblem, path: Path, detail: str = "") -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        super().__init__(f"{_ENGLISH[problem].format(path=path)}{': ' + detail if detail else ''}")


_ENGLISH = {
    StoreProblem.CANNOT_CREATE: "cannot create {path}",
    StoreProblem.NOT_A_FOLDER: "{path} is not a folder",
    StoreProblem.CANNOT_MOVE_ASIDE: (
        "{path} is unreadable and could not be moved aside; it was not changed"
    ),
    StoreProblem.CANNOT_OPEN: "cannot open the database {path}",
    StoreProblem.DISK_FULL: "the disk holding {path} is full; nothing was written",
    StoreProblem.WRITE_FAILED: "could not write to {path}; nothing was written",
}


@dataclass(frozen=True)
class OpenedDatabase:
    engine: Engine
    path: Path
    moved_aside: Path | None  # where a corrupt file was put, to tell the user


def ensure_private_dir(folder: Path) -> None:
    if not folder.exists():
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise StoreError(StoreProblem.CANNOT_CREATE, folder, str(exc)) from exc
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    elif not folder.is_dir():
        raise StoreError(StoreProblem.NOT_A_FOLDER, folder)


def _is_healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return False
    return row is not None and row[0] == "ok"


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


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed event survives a killed process and a power cut.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _migrate(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables and not tables:
            Base.metadata.create_all(conn)
            command.stamp(cfg, "head")
        else:
            command.upgrade(cfg, "head")


def open_database(folder: Path) -> OpenedDatabase:
    ensure_private_dir(folder)
    path = folder / DB_NAME
    moved: Path | None = None
    if path.exists() and not _is_healthy(path):
        moved = _move_aside(path)
    if not path.exists():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise StoreError(StoreProblem.CANNOT_CREATE, path, str(exc)) from exc
    os.chmod(path, 0o600)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    try:
        _migrate(engine)
    except Exception as exc:
        engine.dispose()
        raise StoreError(StoreProblem.CANNOT_OPEN, path, str(exc)) from exc
    return OpenedDatabase(engine, path, moved)
