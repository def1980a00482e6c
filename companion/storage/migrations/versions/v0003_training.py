"""Training: the scenario library (trainers' own; shipped ones are data files) and role-play attempts.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from companion.storage.types import JSONType, UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "training_scenarios",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False, server_default=""),
        sa.Column("persona", sa.Text(), nullable=False, server_default=""),
        sa.Column("expected_steps", JSONType(), nullable=False),
        sa.Column("expect_escalation", sa.Boolean(), nullable=True),
        sa.Column("playbook", sa.String(64), nullable=False, server_default="default"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_scenarios")),
    )
    op.create_table(
        "training_attempts",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("trainee", sa.String(128), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=True),
        sa.Column("file_id", sa.String(32), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("card", JSONType(), nullable=True),
        sa.Column("scored_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_training_attempts_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attempts")),
    )
    op.create_index("ix_training_attempts_call_id", "training_attempts", ["call_id"])
    op.create_index("ix_training_attempts_trainee", "training_attempts", ["trainee", "scenario_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_training_attempts_trainee", table_name="training_attempts")
    op.drop_index("ix_training_attempts_call_id", table_name="training_attempts")
    op.drop_table("training_attempts")
    op.drop_table("training_scenarios")
