"""members, cycles and their calendar, actions followed up, management's answers"""

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"


def upgrade() -> None:
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("joined_wall", sa.Float(), nullable=False),
        sa.Column("retired_wall", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_members_group_id_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
    )
    op.create_index(op.f("ix_members_group_id"), "members", ["group_id"])
    op.create_table(
        "cycles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("planned_sessions", sa.Integer(), nullable=False),
        sa.Column("created_wall", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_cycles_group_id_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycles")),
    )
    op.create_index(op.f("ix_cycles_group_id"), "cycles", ["group_id"])
    op.create_table(
        "calendar_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("narrator_member_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_calendar_entries_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["narrator_member_id"],
            ["members.id"],
            name=op.f("fk_calendar_entries_narrator_member_id_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_entries")),
        sa.UniqueConstraint("cycle_id", "number", name=op.f("uq_calendar_entries_cycle_id")),
    )
    op.create_index(
        op.f("ix_calendar_entries_narrator_member_id"), "calendar_entries", ["narrator_member_id"]
    )
    op.create_table(
        "action_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("evaluation", sa.String(length=20), nullable=True),
        sa.Column("trace", sa.String(length=200), nullable=False),
        sa.Column("reviewed_wall", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_action_reviews_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_action_reviews_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_reviews")),
    )
    op.create_index(op.f("ix_action_reviews_note_id"), "action_reviews", ["note_id"])
    op.create_index(op.f("ix_action_reviews_session_id"), "action_reviews", ["session_id"])
    op.create_table(
        "management_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("sent_day", sa.String(length=10), nullable=False),
        sa.Column("answered_day", sa.String(length=10), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("recorded_wall", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_management_answers_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_management_answers")),
    )
    op.create_index(op.f("ix_management_answers_session_id"), "management_answers", ["session_id"])
    # Plain ADD COLUMNs: SQLite does them in place, no table is rebuilt (Alembic
    # would rebuild for a foreign key, which SQLite adds in place just as well).
    op.execute(
        "ALTER TABLE participants ADD COLUMN member_id INTEGER "
        "CONSTRAINT fk_participants_member_id_members REFERENCES members (id)"
    )
    op.add_column(
        "participants",
        sa.Column("attendance", sa.String(length=10), nullable=False, server_default="present"),
    )
    op.create_index(op.f("ix_participants_member_id"), "participants", ["member_id"])
    op.execute(
        "ALTER TABLE sessions ADD COLUMN cycle_id INTEGER "
        "CONSTRAINT fk_sessions_cycle_id_cycles REFERENCES cycles (id)"
    )
    op.create_index(op.f("ix_sessions_cycle_id"), "sessions", ["cycle_id"])
    # Every person who took part becomes a member of their group, once per name.
    op.execute(
        "INSERT INTO members (group_id, name, role, joined_wall) "
        "SELECT s.group_id, p.name, MIN(p.role), MIN(s.created_wall) FROM participants p "
        "JOIN sessions s ON s.id = p.session_id GROUP BY s.group_id, p.name "
        "ORDER BY MIN(s.id), MIN(p.position)"
    )
    op.execute(
        "UPDATE participants SET member_id = (SELECT m.id FROM members m "
        "JOIN sessions s ON s.group_id = m.group_id "
        "WHERE s.id = participants.session_id AND m.name = participants.name)"
    )


def downgrade() -> None:
    for table, column in (("sessions", "cycle_id"), ("participants", "member_id")):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("cycle_id")
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("attendance")
        batch.drop_column("member_id")
    for table in ("management_answers", "action_reviews", "calendar_entries", "cycles", "members"):
        op.drop_table(table)
