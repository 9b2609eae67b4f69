"""the relevé shown to the group and validated before it was sent"""

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"


def upgrade() -> None:
    op.create_table(
        "releve_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("reviewed_wall", sa.Float(), nullable=False),
    )
    op.create_index("ix_releve_reviews_session_id", "releve_reviews", ["session_id"])


def downgrade() -> None:
    op.drop_index("ix_releve_reviews_session_id", "releve_reviews")
    op.drop_table("releve_reviews")
