"""Delivery: the outbox, the articles seen, and each subscription's next run.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as table:
        table.add_column(sa.Column("next_run_at", sa.DateTime(timezone=True), nullable=True))
        table.create_index("ix_subscriptions_next_run_at", ["next_run_at"])
    op.create_table(
        "outbox",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("run_key", sa.String(128), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("parts_sent", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(200), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("kind", "run_key", "chat_id", name="uq_outbox_run_chat"),
    )
    op.create_index("ix_outbox_pending", "outbox", ["status", "due_at"])
    op.create_table(
        "articles",
        sa.Column("source_id", sa.String(100), primary_key=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_added_at", "articles", ["added_at"])


def downgrade() -> None:
    op.drop_table("articles")
    op.drop_table("outbox")
    with op.batch_alter_table("subscriptions") as table:
        table.drop_index("ix_subscriptions_next_run_at")
        table.drop_column("next_run_at")
