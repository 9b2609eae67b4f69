"""a group's framing note (seed 001): what the invitation to the agents repeats"""

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"


def upgrade() -> None:
    op.create_table(
        "framing_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "group_id",
            sa.Integer(),
            sa.ForeignKey("groups.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("perimeter", sa.Text(), nullable=False),
        sa.Column("themes", sa.Text(), nullable=False),
        sa.Column("facilitation", sa.String(10), nullable=False),
        sa.Column("facilitators", sa.Text(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("size_low", sa.Integer(), nullable=True),
        sa.Column("size_high", sa.Integer(), nullable=True),
        sa.Column("diversity_met", sa.String(100), nullable=False),
        sa.Column("resource_people", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("updated_wall", sa.Float(), nullable=False),
        sa.UniqueConstraint("group_id", name="uq_framing_notes_group_id"),
    )


def downgrade() -> None:
    op.drop_table("framing_notes")
