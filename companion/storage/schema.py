"""The tables, as SQLAlchemy Core. One schema for SQLite and PostgreSQL; migrations create it.

Search indexes are not declared here because they differ by dialect (see the initial migration):
SQLite gets an FTS5 table `utterances_fts` (trigram tokenizer) kept in step by triggers,
PostgreSQL a pg_trgm GIN index `ix_utterances_text_trgm` when the extension is available.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from companion.storage.types import JSONType, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

STATUSES = ("live", "ended", "interrupted")

calls = Table(
    "calls",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("ended_at", UTCDateTime(), nullable=True),
    Column("status", String(16), nullable=False, server_default="live"),
    Column("source", String(32), nullable=False, server_default="unknown"),
    Column("language", String(8), nullable=False, server_default="auto"),
    Column("playbook", String(64), nullable=False, server_default="default"),
    Column("staff", String(128), nullable=True),
    Column("channels", String(64), nullable=False, server_default=""),
    # seconds of audio: the end of the last utterance on the call's audio timeline
    Column("duration_s", Float, nullable=False, server_default="0"),
    Column("utterance_count", Integer, nullable=False, server_default="0"),
    Column("last_seq", Integer, nullable=False, server_default="0"),
    Column("escalated", Boolean, nullable=False, server_default=false()),
    # for the list page; filled when the call closes (summary, close_call, mark_interrupted)
    Column("steps_done", Integer, nullable=False, server_default="0"),
    Column("steps_missed", Integer, nullable=True),  # unknown without a summary
    Column("cautions", Integer, nullable=False, server_default="0"),
    Column("summary", JSONType, nullable=True),
    Column("audio_path", Text, nullable=True),
    # escalation events of the call, and those no supervisor has acknowledged yet (revision 0002)
    Column("escalation_count", Integer, nullable=False, server_default="0"),
    Column("unacked_escalations", Integer, nullable=False, server_default="0"),
    CheckConstraint("status IN ('live', 'ended', 'interrupted')", name="status"),
)
Index("ix_calls_created_at", calls.c.created_at)
Index("ix_calls_status", calls.c.status)

events = Table(
    "events",
    metadata,
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("type", String(16), nullable=False),
    Column("payload", JSONType, nullable=False),  # the event's fields other than type, call and seq
    Column("emitted_at", UTCDateTime(), nullable=False),
)

utterances = Table(
    "utterances",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),  # the FTS5 rowid on SQLite
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("speaker", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_s", Float, nullable=False),
    Column("end_s", Float, nullable=False),
    Column("labels", JSONType, nullable=False),
    Column("evidence", JSONType, nullable=True),
    UniqueConstraint("call_id", "idx"),
)

# -- supervisor review (revision 0002) --------------------------------------------------------------

notes = Table(
    "call_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=True),  # the utterance the note is about; None: the whole call
    Column("author", String(100), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)
Index("ix_call_notes_call_id", notes.c.call_id)

tags = Table(
    "call_tags",
    metadata,
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True),
    Column("tag", String(40), primary_key=True),
)
Index("ix_call_tags_tag", tags.c.tag)

escalation_acks = Table(
    "escalation_acks",
    metadata,
    Column("call_id", String(64), primary_key=True),
    Column("seq", Integer, primary_key=True),  # the escalation event's seq
    Column("by", String(100), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("acknowledged_at", UTCDateTime(), nullable=False),
    ForeignKeyConstraint(["call_id", "seq"], ["events.call_id", "events.seq"], ondelete="CASCADE"),
)

report_edits = Table(
    "report_edits",
    metadata,
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True),
    Column("fields", JSONType, nullable=False),  # only the overridden report fields
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("updated_by", String(100), nullable=True),
)

# Trainers (migration 0003): scenarios and the attempts made at them.
scenarios = Table(
    "training_scenarios",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("language", String(8), nullable=False),
    Column("title", String(200), nullable=False),
    Column("situation", Text, nullable=False, server_default=""),
    Column("persona", Text, nullable=False, server_default=""),
    Column("expected_steps", JSONType, nullable=False),
    Column("expect_escalation", Boolean, nullable=True),  # None: decided by the playbook's policy
    Column("playbook", String(64), nullable=False, server_default="default"),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

attempts = Table(
    "training_attempts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("call_id", String(64), ForeignKey("calls.id", ondelete="CASCADE"), nullable=False),
    Column("trainee", String(128), nullable=False),
    Column("scenario_id", String(64), nullable=True),  # a shipped or a stored scenario; no foreign key
    Column("file_id", String(32), nullable=True),  # the uploaded recording a training replay was made from
    Column("created_at", UTCDateTime(), nullable=False),
    Column("score", Float, nullable=True),  # None until the call has ended and been scored
    Column("card", JSONType, nullable=True),  # the score card as it was last computed
    Column("scored_at", UTCDateTime(), nullable=True),
)
Index("ix_training_attempts_call_id", attempts.c.call_id)
Index("ix_training_attempts_trainee", attempts.c.trainee, attempts.c.scenario_id, attempts.c.created_at)
