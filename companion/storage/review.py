"""What supervisors add to a stored call: notes, tags, escalation acknowledgements, report edits.

A mixin of `CallStore` (same engine, same transaction rules): every method is one transaction and
either does all it says or nothing. Unknown calls give None/False or a NotFoundError; bad values a
ValueError with one line (the API turns both into 4xx).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select, update

from companion.errors import CallStateError, NotFoundError
from companion.storage.schema import calls, escalation_acks, events, notes, report_edits, tags, utterances
from companion.storage.types import as_utc, utc_now

MAX_TAGS = 20
MAX_TAG_CHARS = 40
MAX_NOTE_CHARS = 5000
MAX_NAME_CHARS = 100


def normalise_tags(values: Iterable[str]) -> list[str]:
    """Trimmed, NFC, duplicates merged (first spelling kept), in the order given."""
    out: list[str] = []
    for value in values:
        tag = unicodedata.normalize("NFC", str(value)).strip()
        if not tag:
            raise ValueError("a tag cannot be empty")
        if len(tag) > MAX_TAG_CHARS:
            raise ValueError(f"a tag has at most {MAX_TAG_CHARS} characters: {tag[:MAX_TAG_CHARS]}…")
        if any(unicodedata.category(ch).startswith("C") for ch in tag):
            raise ValueError("a tag cannot contain control characters")
        if tag not in out:
            out.append(tag)
    if len(out) > MAX_TAGS:
        raise ValueError(f"a call carries at most {MAX_TAGS} tags")
    return out


def _name(value: str, what: str) -> str:
    name = value.strip()
    if not name:
        raise ValueError(f"{what} cannot be empty")
    if len(name) > MAX_NAME_CHARS:
        raise ValueError(f"{what} has at most {MAX_NAME_CHARS} characters")
    return name


def _iso(value: datetime | None) -> str | None:
    return None if value is None else as_utc(value).isoformat()


def note_dict(row: Any) -> dict[str, Any]:
    return {
        "id": int(row.id),
        "call": row.call_id,
        "index": row.idx,
        "author": row.author,
        "text": row.text,
        "created_at": _iso(row.created_at),
    }


def ack_dict(row: Any) -> dict[str, Any]:
    return {"by": row.by, "note": row.note, "at": _iso(row.acknowledged_at)}


class ReviewRecords:
    _engine: Engine
    _writer: Engine

    # -- notes ---------------------------------------------------------------------------------

    def add_note(self, call: str, text: str, author: str, index: int | None = None) -> dict[str, Any]:
        """A supervisor's or trainer's note on the call, or on one of its utterances (`index`)."""
        body = text.strip()
        if not body:
            raise ValueError("a note cannot be empty")
        if len(body) > MAX_NOTE_CHARS:
            raise ValueError(f"a note has at most {MAX_NOTE_CHARS} characters")
        who = _name(author, "author")
        with self._writer.begin() as conn:
            _require_call(conn, call)
            if index is not None:
                found = conn.execute(
                    select(utterances.c.idx).where(utterances.c.call_id == call, utterances.c.idx == index)
                ).first()
                if found is None:
                    raise ValueError(f"call {call!r} has no utterance {index}")
            row = conn.execute(
                notes.insert()
                .values(call_id=call, idx=index, author=who, text=body, created_at=utc_now())
                .returning(*notes.c)
            ).one()
        return note_dict(row)

    def notes(self, call: str) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            return _notes(conn, call)

    def delete_note(self, call: str, note_id: int) -> bool:
        with self._writer.begin() as conn:
            gone = conn.execute(
                delete(notes).where(notes.c.call_id == call, notes.c.id == note_id).returning(notes.c.id)
            ).first()
        return gone is not None

    # -- tags ----------------------------------------------------------------------------------

    def set_tags(self, call: str, values: Iterable[str]) -> list[str]:
        """Replace the call's tags; returns them sorted."""
        wanted = normalise_tags(values)
        with self._writer.begin() as conn:
            _require_call(conn, call)
            conn.execute(delete(tags).where(tags.c.call_id == call))
            if wanted:
                conn.execute(tags.insert(), [{"call_id": call, "tag": tag} for tag in wanted])
            return _tags(conn, [call]).get(call, [])

    def tags(self, call: str) -> list[str]:
        with self._engine.connect() as conn:
            return _tags(conn, [call]).get(call, [])

    def all_tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many calls carry it, most used first."""
        count = func.count().label("n")
        with self._engine.connect() as conn:
            rows = conn.execute(select(tags.c.tag, count).group_by(tags.c.tag).order_by(count.desc(), tags.c.tag))
            return [(row.tag, int(row.n)) for row in rows]

    def all_staff(self) -> list[tuple[str, int]]:
        """Every staff name on a stored call with how many calls it took, most first."""
        count = func.count().label("n")
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(calls.c.staff, count)
                .where(calls.c.staff.is_not(None))
                .group_by(calls.c.staff)
                .order_by(count.desc(), calls.c.staff)
            )
            return [(row.staff, int(row.n)) for row in rows]

    # -- escalations ---------------------------------------------------------------------------

    def escalations(self, call: str) -> list[dict[str, Any]]:
        """The call's escalation events, in order, each with `acknowledged` (None or by/note/at)."""
        with self._engine.connect() as conn:
            return _escalations(conn, call)

    def acknowledge(self, call: str, seq: int, by: str, note: str = "") -> dict[str, Any]:
        """A supervisor has taken up escalation `seq` of the call. Once only (CallStateError after)."""
        who = _name(by, "by")
        with self._writer.begin() as conn:
            _require_call(conn, call)
            found = conn.execute(
                select(events.c.seq).where(events.c.call_id == call, events.c.seq == seq, events.c.type == "escalation")
            ).first()
            if found is None:
                raise NotFoundError(f"call {call!r} has no escalation #{seq}")
            earlier = conn.execute(
                select(escalation_acks).where(escalation_acks.c.call_id == call, escalation_acks.c.seq == seq)
            ).first()
            if earlier is not None:
                raise CallStateError(f"escalation #{seq} was already acknowledged by {earlier.by}")
            conn.execute(
                escalation_acks.insert().values(
                    call_id=call, seq=seq, by=who, note=note.strip(), acknowledged_at=utc_now()
                )
            )
            refresh_unacked(conn, call)
            return next(e for e in _escalations(conn, call) if e["seq"] == seq)

    # -- recordings ---------------------------------------------------------------------------

    def audio_path(self, call: str) -> str | None:
        """Where the call's recording is, None when it has none; NotFoundError for an unknown call."""
        with self._engine.connect() as conn:
            row = conn.execute(select(calls.c.audio_path).where(calls.c.id == call)).first()
        if row is None:
            raise NotFoundError(f"no call {call!r}")
        return None if row.audio_path is None else str(row.audio_path)

    # -- the incident report's edited fields ------------------------------------------------------

    def report_edits(self, call: str) -> dict[str, Any] | None:
        """{"fields": {...}, "updated_at", "updated_by"} or None when the report was never edited."""
        with self._engine.connect() as conn:
            return _report_edits(conn, call)

    def set_report_edits(self, call: str, fields: Mapping[str, Any], by: str | None = None) -> dict[str, Any]:
        """Replace the call's report overrides with `fields` (already validated). Empty: back to generated."""
        who = None if by is None or not by.strip() else _name(by, "by")
        with self._writer.begin() as conn:
            _require_call(conn, call)
            conn.execute(delete(report_edits).where(report_edits.c.call_id == call))
            if fields:
                conn.execute(
                    report_edits.insert().values(
                        call_id=call, fields=dict(fields), updated_at=utc_now(), updated_by=who
                    )
                )
            return _report_edits(conn, call) or {"fields": {}, "updated_at": None, "updated_by": None}


# ---------------------------------------------------------------------------------------------
# shared with CallStore.get_call / list_calls (same connection)


def _require_call(conn: Connection, call: str) -> None:
    if conn.execute(select(calls.c.id).where(calls.c.id == call)).first() is None:
        raise NotFoundError(f"no call {call!r}")


def refresh_unacked(conn: Connection, call: str) -> None:
    acked = select(func.count()).select_from(escalation_acks).where(escalation_acks.c.call_id == call)
    conn.execute(
        update(calls)
        .where(calls.c.id == call)
        .values(unacked_escalations=calls.c.escalation_count - acked.scalar_subquery())
    )


def _notes(conn: Connection, call: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(notes).where(notes.c.call_id == call).order_by(notes.c.created_at, notes.c.id))
    return [note_dict(row) for row in rows]


def _tags(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    if not ids:
        return {}
    out: dict[str, list[str]] = {}
    for row in conn.execute(select(tags.c.call_id, tags.c.tag).where(tags.c.call_id.in_(ids)).order_by(tags.c.tag)):
        out.setdefault(row.call_id, []).append(row.tag)
    return out


def _escalations(conn: Connection, call: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(
            events.c.seq,
            events.c.payload,
            events.c.emitted_at,
            escalation_acks.c.by,
            escalation_acks.c.note,
            escalation_acks.c.acknowledged_at,
        )
        .select_from(
            events.outerjoin(
                escalation_acks,
                (escalation_acks.c.call_id == events.c.call_id) & (escalation_acks.c.seq == events.c.seq),
            )
        )
        .where(events.c.call_id == call, events.c.type == "escalation")
        .order_by(events.c.seq)
    )
    out: list[dict[str, Any]] = []
    for row in rows:
        item: dict[str, Any] = {"type": "escalation", "call": call, "seq": row.seq}
        item.update(row.payload or {})
        item["raised_at"] = _iso(row.emitted_at)
        item["acknowledged"] = None if row.by is None else ack_dict(row)
        out.append(item)
    return out


def _report_edits(conn: Connection, call: str) -> dict[str, Any] | None:
    row = conn.execute(select(report_edits).where(report_edits.c.call_id == call)).first()
    if row is None:
        return None
    return {"fields": dict(row.fields or {}), "updated_at": _iso(row.updated_at), "updated_by": row.updated_by}
