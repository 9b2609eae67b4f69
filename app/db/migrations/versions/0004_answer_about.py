"""management's answer about one proposal or training need"""

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"


def upgrade() -> None:
    op.add_column(
        "management_answers",
        sa.Column("about", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    with op.batch_alter_table("management_answers") as batch:
        batch.drop_column("about")
