"""The schema's revision and its migrations. SQLAlchemy (the schema's
definition) and Alembic are loaded only when a file is created or behind: a
normal start reads the revision with sqlite3 and goes on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.store.connection import configure, connect, raw_connect
from app.store.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration; a test checks it against the migrations folder, so that
# a normal start needs no Alembic at all.
SCHEMA_HEAD = "0006"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


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
            "sqlite://", creator=lambda: raw_connect(f"file:{path}?mode=rw", passphrase)
        )
    event.listen(engine, "connect", lambda conn, _record: configure(conn, foreign_keys=False))
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


def migrate(path: Path, passphrase: str | None = None) -> None:
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
