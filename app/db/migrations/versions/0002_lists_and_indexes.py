"""the session's current step for the lists; indexes on queried foreign keys"""

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"

INDEXES = [
    ("sessions", "group_id"),
    ("sessions", "protocol_run_id"),
    ("cases", "narrator_id"),
    ("turns", "participant_id"),
    ("notes", "session_id"),
    ("notes", "author_id"),
]


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite does it in place, no table is rebuilt.
    op.add_column(
        "sessions", sa.Column("current_step", sa.Integer(), nullable=False, server_default="0")
    )
    # The step each session was last on: its last step change, as the lists showed it.
    # Each engine reads a JSON field its own way (the one dialect-specific line here).
    step = (
        "CAST(CAST(e.data AS json) ->> 'step' AS INTEGER)"
        if op.get_bind().dialect.name == "postgresql"
        else "CAST(json_extract(e.data, '$.step') AS INTEGER)"
    )
    op.execute(
        "UPDATE sessions SET current_step = COALESCE(("
        f" SELECT {step} FROM events e"
        " WHERE e.session_id = sessions.id AND e.kind = 'step_changed'"
        " ORDER BY e.seq DESC LIMIT 1), 0)"
    )
    for table, column in INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("current_step")
