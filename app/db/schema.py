"""The schema's revision and its migrations. SQLAlchemy (the schema's
definition) and Alembic are loaded only when a file is created or behind: a
normal start reads the revision with sqlite3 and goes on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.db.connection import configure, connect, raw_connect
from app.errors import StoreError, StoreProblem

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration; a test checks it against the migrations folder, so that
# a normal start needs no Alembic at all.
SCHEMA_HEAD = "0008"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")


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
    if revision is None:  # a new file: the shipped schema, stamped, in one transaction
        create(path, passphrase)
        return
    engine = make_engine(path, passphrase)
    try:
        _migrate_with(engine)
    finally:
        engine.dispose()


def _migrate_with(engine: Engine) -> None:
    with engine.begin() as conn:
        from alembic import command  # only when the schema is behind: rare, and slow to load

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration broke {len(broken)} references; rolled back")


SCHEMA_SQL = Path(__file__).parent / "schema.sql"
ALEMBIC_VERSION = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)


def create(path: Path, passphrase: str | None = None) -> None:
    """A new store from ``schema.sql``, stamped at the head revision, in one
    transaction: no SQLAlchemy to load (a tenth of a second) and no migration
    replayed. The file is the models' own DDL; a test keeps the two equal."""
    script = SCHEMA_SQL.read_text(encoding="utf-8")
    conn = raw_connect(f"file:{path}?mode=rw", passphrase)
    try:
        configure(conn, foreign_keys=False)
        try:
            conn.executescript(
                f"BEGIN;\n{script}\nINSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}');\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def models_schema_sql() -> str:
    """The DDL the models define, for SQLite: what ``schema.sql`` must hold."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from app.db.models import Base

    dialect = sqlite.dialect()
    statements = []
    for table in Base.metadata.sorted_tables:
        statements.append(_tidy(str(CreateTable(table).compile(dialect=dialect))))
        for index in sorted(table.indexes, key=lambda i: str(i.name)):
            statements.append(_tidy(str(CreateIndex(index).compile(dialect=dialect))))
    statements.append(ALEMBIC_VERSION)
    header = (
        "-- The store's schema at its head revision, as the models define it "
        "(app/db/models.py).\n-- Written by `python -m app.db.schema`; "
        "tests/test_store_safety.py keeps it equal to the models.\n\n"
    )
    return header + ";\n\n".join(statements) + ";\n"


def _tidy(ddl: str) -> str:
    return "\n".join(line.rstrip().replace("\t", "    ") for line in ddl.strip().splitlines())


def alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


if __name__ == "__main__":  # refresh schema.sql after a change to the models
    SCHEMA_SQL.write_text(models_schema_sql(), encoding="utf-8")
