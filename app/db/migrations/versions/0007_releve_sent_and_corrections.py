"""when each relevé was sent to management, the notes corrected after it was, and
the participants' evaluations (tallies: how many gave each score, never who)"""

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"


def upgrade() -> None:
    op.create_table(
        "releve_sendings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sent_day", sa.String(10), nullable=False),
        sa.Column("recorded_wall", sa.Float(), nullable=False),
    )
    op.create_index("ix_releve_sendings_session_id", "releve_sendings", ["session_id"])
    op.create_table(
        "note_corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "note_id", sa.Integer(), sa.ForeignKey("notes.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("corrected_wall", sa.Float(), nullable=False),
        sa.Column("what", sa.String(20), nullable=False),
        sa.Column("before_text", sa.Text(), nullable=False),
    )
    op.create_index("ix_note_corrections_session_id", "note_corrections", ["session_id"])
    op.create_table(
        "evaluation_tallies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "cycle_id", sa.Integer(), sa.ForeignKey("cycles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("question", sa.String(40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("recorded_wall", sa.Float(), nullable=False),
    )
    op.create_index("ix_evaluation_tallies_cycle_id", "evaluation_tallies", ["cycle_id"])


def downgrade() -> None:
    op.drop_index("ix_evaluation_tallies_cycle_id", "evaluation_tallies")
    op.drop_table("evaluation_tallies")
    op.drop_index("ix_note_corrections_session_id", "note_corrections")
    op.drop_table("note_corrections")
    op.drop_index("ix_releve_sendings_session_id", "releve_sendings")
    op.drop_table("releve_sendings")
