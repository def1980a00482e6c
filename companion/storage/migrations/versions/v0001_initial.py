"""Calls, their events and utterances; full-text search on utterance text.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from companion.storage.search import SQLITE_FTS_DROP, TRGM_INDEX, create_pg_trgm_index, create_sqlite_fts
from companion.storage.types import JSONType, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calls",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="live"),
        sa.Column("source", sa.String(32), nullable=False, server_default="unknown"),
        sa.Column("language", sa.String(8), nullable=False, server_default="auto"),
        sa.Column("playbook", sa.String(64), nullable=False, server_default="default"),
        sa.Column("staff", sa.String(128), nullable=True),
        sa.Column("channels", sa.String(64), nullable=False, server_default=""),
        sa.Column("duration_s", sa.Float(), nullable=False, server_default="0"),
        sa.Column("utterance_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("escalated", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("steps_done", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("steps_missed", sa.Integer(), nullable=True),
        sa.Column("cautions", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("summary", JSONType(), nullable=True),
        sa.Column("audio_path", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('live', 'ended', 'interrupted')", name=op.f("ck_calls_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calls")),
    )
    op.create_index("ix_calls_created_at", "calls", ["created_at"])
    op.create_index("ix_calls_status", "calls", ["status"])

    op.create_table(
        "events",
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("payload", JSONType(), nullable=False),
        sa.Column("emitted_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_events_call_id_calls"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("call_id", "seq", name=op.f("pk_events")),
    )

    op.create_table(
        "utterances",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start_s", sa.Float(), nullable=False),
        sa.Column("end_s", sa.Float(), nullable=False),
        sa.Column("labels", JSONType(), nullable=False),
        sa.Column("evidence", JSONType(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_utterances_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_utterances")),
        sa.UniqueConstraint("call_id", "idx", name=op.f("uq_utterances_call_id")),
    )

    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        create_sqlite_fts(conn)
    elif conn.dialect.name == "postgresql":
        create_pg_trgm_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS_DROP:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TRGM_INDEX}")
    op.drop_table("utterances")
    op.drop_table("events")
    op.drop_index("ix_calls_status", table_name="calls")
    op.drop_index("ix_calls_created_at", table_name="calls")
    op.drop_table("calls")
