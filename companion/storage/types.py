"""Column types shared by the schema and the migrations: UTC timestamps and JSON that keeps key order."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Naive datetimes are taken to be UTC already; aware ones are converted."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Wall-clock UTC. `timestamptz` on PostgreSQL; naive UTC text on SQLite (sorts chronologically).

    Values read back are always timezone-aware UTC.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = as_utc(value)
        return utc if dialect.name == "postgresql" else utc.replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)


def json_dumps(value: Any) -> str:
    """The engine's JSON serializer: compact, non-ASCII kept as is (transcripts stay readable)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# Plain JSON (PostgreSQL `json`, SQLite text), not JSONB: events come back with their keys in order.
JSONType = JSON
