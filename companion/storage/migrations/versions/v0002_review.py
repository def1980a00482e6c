"""Supervisor review: notes, tags, escalation acknowledgements, incident-report edits.

Also two counters on `calls` (escalation events, and those not yet acknowledged), filled here
from the escalation events already stored, so the list can show and filter open escalations
without counting events for every row.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from companion.storage.types import JSONType, UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("calls", sa.Column("escalation_count", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("calls", sa.Column("unacked_escalations", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE calls SET escalation_count = "
        "(SELECT count(*) FROM events WHERE events.call_id = calls.id AND events.type = 'escalation')"
    )
    op.execute("UPDATE calls SET unacked_escalations = escalation_count")

    op.create_table(
        "call_notes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=True),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_call_notes_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_notes")),
    )
    op.create_index("ix_call_notes_call_id", "call_notes", ["call_id"])

    op.create_table(
        "call_tags",
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("tag", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_call_tags_call_id_calls"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("call_id", "tag", name=op.f("pk_call_tags")),
    )
    op.create_index("ix_call_tags_tag", "call_tags", ["tag"])

    op.create_table(
        "escalation_acks",
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("by", sa.String(100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id", "seq"],
            ["events.call_id", "events.seq"],
            name=op.f("fk_escalation_acks_call_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_id", "seq", name=op.f("pk_escalation_acks")),
    )

    op.create_table(
        "report_edits",
        sa.Column("call_id", sa.String(64), nullable=False),
        sa.Column("fields", JSONType(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(100), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_report_edits_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("call_id", name=op.f("pk_report_edits")),
    )


def downgrade() -> None:
    op.drop_table("report_edits")
    op.drop_table("escalation_acks")
    op.drop_index("ix_call_tags_tag", table_name="call_tags")
    op.drop_table("call_tags")
    op.drop_index("ix_call_notes_call_id", table_name="call_notes")
    op.drop_table("call_notes")
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy of `calls` would drop the table,
    # and with foreign keys on, that cascades into every event of every call
    op.drop_column("calls", "unacked_escalations")
    op.drop_column("calls", "escalation_count")
