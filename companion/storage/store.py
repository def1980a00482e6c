"""CallStore: calls, their numbered events and utterances, in SQLite (default) or PostgreSQL.

Every method is synchronous, runs in its own transaction and is safe to call from any thread.
The service writes through one `StoreWriter` thread (see writer.py) and reads from request
handlers (off the event loop). On SQLite, write transactions start with BEGIN IMMEDIATE so that
concurrent writers wait on `busy_timeout` instead of failing, and WAL lets readers run alongside.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    Connection,
    Engine,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    column,
    create_engine,
    event,
    func,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.elements import ColumnElement

from companion.errors import CompanionError
from companion.model import CAUTION_LABELS, MEMO_LABELS, STEP_LABELS
from companion.storage import search
from companion.storage.review import (
    ReviewRecords,
    _escalations,
    _notes,
    _report_edits,
    _tags,
    normalise_tags,
    refresh_unacked,
)
from companion.storage.schema import STATUSES, calls, events, tags, utterances
from companion.storage.types import as_utc, json_dumps, utc_now

if TYPE_CHECKING:
    from companion.config import Settings

log = logging.getLogger(__name__)

Status = Literal["live", "ended", "interrupted"]
FinalStatus = Literal["ended", "interrupted"]
SearchMode = Literal["fts5-trigram", "like", "pg_trgm", "ilike"]

MAX_LIMIT = 500
_ENVELOPE = ("type", "call", "seq")
_LIST_COLUMNS = (
    calls.c.id,
    calls.c.status,
    calls.c.created_at,
    calls.c.ended_at,
    calls.c.source,
    calls.c.language,
    calls.c.playbook,
    calls.c.staff,
    calls.c.channels,
    calls.c.duration_s,
    calls.c.utterance_count,
    calls.c.escalated,
    calls.c.steps_done,
    calls.c.steps_missed,
    calls.c.cautions,
    calls.c.audio_path,
    calls.c.escalation_count,
    calls.c.unacked_escalations,
)


class StorageError(CompanionError):
    """The database cannot be opened or used (bad URL, server unreachable, migration failed)."""

    exit_code = 3
    http_status = 503


# ---------------------------------------------------------------------------------------------
# Write operations: what the writer queues, applied in order, many to a transaction.


@dataclass(frozen=True, slots=True)
class OpenCall:
    call: str
    source: str
    language: str
    playbook: str
    channels: str
    staff: str | None = None
    started_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AppendEvent:
    event: Mapping[str, Any]
    emitted_at: datetime = field(default_factory=utc_now)

    def describe(self) -> str:
        """For logs: never the text."""
        return f"event {self.event.get('call')!r}#{self.event.get('seq')} ({self.event.get('type')})"


@dataclass(frozen=True, slots=True)
class CloseCall:
    call: str
    status: FinalStatus
    at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True, slots=True)
class SetAudio:
    """Attach (path) or detach (None) the call's recording."""

    call: str
    path: str | None


WriteOp = OpenCall | AppendEvent | CloseCall | SetAudio


@dataclass(frozen=True, slots=True)
class CallFilter:
    """What selects calls for the list and the exports (see `CallStore.list_calls`)."""

    q: str | None = None
    escalated: bool | None = None
    since: datetime | str | None = None
    until: datetime | str | None = None
    status: Status | None = None
    staff: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    unacknowledged: bool | None = None


def describe(op: WriteOp) -> str:
    if isinstance(op, AppendEvent):
        return op.describe()
    if isinstance(op, OpenCall):
        return f"open call {op.call!r}"
    if isinstance(op, SetAudio):
        return f"recording of call {op.call!r}"
    return f"close call {op.call!r} as {op.status}"


# ---------------------------------------------------------------------------------------------
# Engine


def normalise_url(url: str | URL) -> URL:
    """`postgres://` and `postgresql://` mean psycopg 3 (the driver we ship); anything else as given."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StorageError(f"cannot parse the database URL: {exc}") from None
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StorageError(f"unsupported database {parsed.get_backend_name()!r}: use a sqlite:// or postgresql:// URL")
    return parsed


def create_store_engine(url: str | URL, *, busy_timeout_ms: int = 10_000) -> Engine:
    """An engine with the pragmas and transaction behaviour the store relies on."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, json_serializer=json_dumps, hide_parameters=True, pool_pre_ping=True)

    database = parsed.database or ""
    memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if not memory:
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the folder for the database {database}: {exc.strerror}") from None
    engine = create_engine(
        parsed,
        json_serializer=json_dumps,
        hide_parameters=True,  # never put transcript text into exception messages and logs
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        **({"poolclass": StaticPool} if memory else {}),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: a commit survives a process kill
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("companion_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def safe_url(url: str | URL) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def upgrade_schema(engine: Engine) -> None:
    """Run the packaged Alembic migrations up to head (idempotent)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    with engine.execution_options(companion_write=True).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


# ---------------------------------------------------------------------------------------------
# The store


class CallStore(ReviewRecords):
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = engine.execution_options(companion_write=True)
        self._sql = _Statements(engine.dialect.name)
        self._search_mode = self._detect_search_mode()

    # -- properties -----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    @property
    def search_mode(self) -> SearchMode:
        """How `q` is answered: fts5-trigram or like (SQLite), pg_trgm or ilike (PostgreSQL)."""
        return self._search_mode

    def close(self) -> None:
        self._engine.dispose()

    # -- writing ---------------------------------------------------------------------------

    def open_call(
        self,
        call: str,
        *,
        source: str,
        language: str,
        playbook: str,
        channels: str,
        staff: str | None = None,
        started_at: datetime | None = None,
    ) -> None:
        """Record a new live call. Opening an existing call updates its metadata only."""
        self.write([OpenCall(call, source, language, playbook, channels, staff, started_at)])

    def append(self, event: Mapping[str, Any], *, emitted_at: datetime | None = None) -> None:
        """Store one numbered event (`NumberedEvent.as_dict()`). A repeated (call, seq) is ignored.

        `utterance` events also fill the utterances table; `summary` ends the call and fills the
        list-page counts; `escalation` marks the call escalated.
        """
        self.write([AppendEvent(event, emitted_at or utc_now())])

    def close_call(self, call: str, status: FinalStatus = "ended") -> bool:
        """Set a call's final status (`ended` or `interrupted`). False if there is no such call."""
        self._check_close_status(status)
        with self._writer.begin() as conn:
            return self._close(conn, CloseCall(call, status))

    def write(self, ops: Iterable[WriteOp]) -> None:
        """Apply operations in order in one transaction: all of them or none."""
        known: set[str] = set()  # calls seen to exist in this transaction
        with self._writer.begin() as conn:
            for op in ops:
                if isinstance(op, AppendEvent):
                    self._append(conn, op.event, op.emitted_at, known)
                elif isinstance(op, OpenCall):
                    self._open(conn, op)
                    known.add(op.call)
                elif isinstance(op, SetAudio):
                    self._set_audio(conn, op)
                else:
                    self._check_close_status(op.status)
                    self._close(conn, op)

    def mark_interrupted(self) -> list[str]:
        """Every call still `live` becomes `interrupted` (run once at service start). Returns their ids.

        With several services sharing one PostgreSQL database this would also close the others'
        live calls: only one service per database.
        """
        now = utc_now()
        with self._writer.begin() as conn:
            ids = list(conn.execute(select(calls.c.id).where(calls.c.status == "live")).scalars())
            for call in ids:
                self._close(conn, CloseCall(call, "interrupted", now))
        if ids:
            log.info("%d call(s) left live by the previous run marked interrupted", len(ids))
        return ids

    def set_audio(self, call: str, path: str | Path | None) -> bool:
        """Attach (or detach) the call's recording. False if there is no such call."""
        with self._writer.begin() as conn:
            return self._set_audio(conn, SetAudio(call, None if path is None else str(path)))

    def expire_audio(self, retention_days: int, *, now: datetime | None = None) -> list[str]:
        """Delete recordings of calls created more than `retention_days` ago; returns those calls' ids."""
        if retention_days < 0:
            raise ValueError("retention_days must not be negative")
        cutoff = as_utc(now or utc_now()) - timedelta(days=retention_days)
        with self._engine.connect() as conn:
            expired = conn.execute(
                select(calls.c.id, calls.c.audio_path).where(
                    calls.c.audio_path.is_not(None), calls.c.created_at < cutoff
                )
            ).all()
        done: list[str] = []
        for call, path in expired:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError as exc:
                log.warning("cannot delete the recording of call %s: %s", call, exc)
                continue
            self.set_audio(call, None)
            done.append(call)
        if done:
            log.info("deleted %d recording(s) older than %d days", len(done), retention_days)
        return done

    def delete_call(self, call: str) -> bool:
        """Remove a call with its events and utterances (its recording file is left to the caller)."""
        with self._writer.begin() as conn:
            conn.execute(utterances.delete().where(utterances.c.call_id == call))
            conn.execute(events.delete().where(events.c.call_id == call))
            return conn.execute(calls.delete().where(calls.c.id == call).returning(calls.c.id)).first() is not None

    # -- reading ---------------------------------------------------------------------------

    def call_status(self, call: str) -> Status | None:
        with self._engine.connect() as conn:
            status = conn.execute(select(calls.c.status).where(calls.c.id == call)).scalar_one_or_none()
        return None if status is None else _status(status)

    def events_after(self, call: str, seq: int = 0, *, limit: int | None = None) -> list[dict[str, Any]]:
        """The call's events with `seq > seq`, in order, as `NumberedEvent.as_dict()` gave them."""
        query = (
            select(events.c.seq, events.c.type, events.c.payload)
            .where(events.c.call_id == call, events.c.seq > seq)
            .order_by(events.c.seq)
        )
        if limit is not None:
            query = query.limit(max(0, limit))
        with self._engine.connect() as conn:
            rows = conn.execute(query).all()
        return [_event_dict(call, row.seq, row.type, row.payload) for row in rows]

    def get_call(self, call: str) -> dict[str, Any] | None:
        """The stored call, shaped as `GET /api/calls/{call}` (see CONTRACT.md). None if unknown.

        `missed_steps`, `order_issues`, `memo` and `escalation` are the summary's when the call has
        one; otherwise (a call interrupted before its summary) the memo is rebuilt from the stored
        utterances (fact and request labels, quoted as stored), `missed_steps`/`order_issues` are
        empty and `summary` is None. `escalated` also counts escalations raised by staff.
        Also: `escalations` (each with `acknowledged`), `notes`, `tags`, `report_edited`.
        """
        with self._engine.connect() as conn:
            row = conn.execute(
                select(*_LIST_COLUMNS, calls.c.last_seq, calls.c.summary).where(calls.c.id == call)
            ).first()
            if row is None:
                return None
            utts = conn.execute(
                select(
                    utterances.c.idx,
                    utterances.c.speaker,
                    utterances.c.text,
                    utterances.c.start_s,
                    utterances.c.end_s,
                    utterances.c.labels,
                    utterances.c.evidence,
                )
                .where(utterances.c.call_id == call)
                .order_by(utterances.c.idx)
            ).all()
            marks = conn.execute(
                select(events.c.seq, events.c.type, events.c.payload)
                .where(events.c.call_id == call, events.c.type.in_(("alert", "prompt", "correction")))
                .order_by(events.c.seq)
            ).all()
            escalations = _escalations(conn, call)
            call_notes = _notes(conn, call)
            call_tags = _tags(conn, [call]).get(call, [])
            edits = _report_edits(conn, call)
        out = _list_row(row._mapping, call_tags, None)  # missed_steps: set below, from the summary
        out["last_seq"] = row.last_seq
        out["utterances"] = [
            {
                "index": u.idx,
                "speaker": u.speaker,
                "text": u.text,
                "start": u.start_s,
                "end": u.end_s,
                "labels": list(u.labels or []),
                "evidence": dict(u.evidence or {}),
            }
            for u in utts
        ]
        marked = [_event_dict(call, m.seq, m.type, m.payload) for m in marks]
        out["alerts"] = [m for m in marked if m["type"] == "alert"]
        out["prompts"] = [m for m in marked if m["type"] == "prompt"]
        out["corrections"] = [m for m in marked if m["type"] == "correction"]
        out["escalations"] = escalations
        out["notes"] = call_notes
        out["report_edited"] = edits is not None
        summary: dict[str, Any] | None = row.summary
        out["summary"] = summary
        if summary is not None:
            out["missed_steps"] = list(summary.get("missed_steps") or [])
            out["order_issues"] = list(summary.get("order_issues") or [])
            out["memo"] = list(summary.get("memo") or [])
            out["escalation"] = bool(summary.get("escalation", False))
        else:
            out["missed_steps"] = []
            out["order_issues"] = []
            out["memo"] = [
                {"index": u["index"], "kind": label, "quote": u["text"]}
                for u in out["utterances"]
                if u["speaker"] != "staff"
                for label in u["labels"]
                if label in MEMO_LABELS
            ]
            out["escalation"] = out["escalated"]
        return out

    def list_calls(
        self,
        q: str | None = None,
        escalated: bool | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
        limit: int = 50,
        offset: int = 0,
        *,
        status: Status | None = None,
        staff: str | None = None,
        language: str | None = None,
        tags: Sequence[str] = (),
        unacknowledged: bool | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total matching, one page of rows), newest first.

        `q`: whitespace-separated terms, each must occur in the call's utterances (substring,
        case-insensitive for Latin letters; works for Japanese and Chinese). `since` inclusive,
        `until` exclusive, on the call's start (UTC; naive datetimes are taken as UTC). `staff`
        and `language` match exactly; the call carries every one of `tags`; `unacknowledged`:
        True for calls with an escalation no supervisor has acknowledged, False for none.
        """
        if limit < 1 or limit > MAX_LIMIT:
            raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
        if offset < 0:
            raise ValueError("offset must not be negative")
        filters = CallFilter(q, escalated, since, until, status, staff, language, tuple(tags), unacknowledged)
        where, searching = self._where(filters)
        count = select(func.count()).select_from(calls)
        # SQLite scans for a search once if the total rides along as a window count; PostgreSQL's
        # planner does better with two queries (a hash join for the count, an index walk for the page).
        windowed = searching and self.dialect == "sqlite"
        page: Select[Any] = select(*_LIST_COLUMNS, *([func.count().over().label("total")] if windowed else []))
        if where is not None:
            count = count.where(where)
            page = page.where(where)
        page = page.order_by(calls.c.created_at.desc(), calls.c.id.desc()).limit(limit).offset(offset)
        with self._engine.connect() as conn:
            if windowed:
                rows = conn.execute(page).all()
                total = int(rows[0].total) if rows else (0 if offset == 0 else int(conn.execute(count).scalar_one()))
            else:
                total = int(conn.execute(count).scalar_one())
                rows = conn.execute(page).all() if total > offset else []
            tagged, missed = _page_extras(conn, [row.id for row in rows])
        return total, [_list_row(row._mapping, tagged.get(row.id, []), missed.get(row.id)) for row in rows]

    def matching_calls(self, filters: CallFilter, limit: int) -> list[str]:
        """The ids of the calls `filters` selects (as `list_calls`), newest first, at most `limit`."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        where, _ = self._where(filters)
        query = select(calls.c.id).order_by(calls.c.created_at.desc(), calls.c.id.desc()).limit(limit)
        if where is not None:
            query = query.where(where)
        with self._engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def list_rows(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """List rows of these calls, in the order given (unknown ids are left out)."""
        with self._engine.connect() as conn:
            found = {row.id: row for row in conn.execute(select(*_LIST_COLUMNS).where(calls.c.id.in_(ids)))}
            tagged, missed = _page_extras(conn, list(found))
        return [_list_row(found[i]._mapping, tagged.get(i, []), missed.get(i)) for i in ids if i in found]

        # -- internals -------------------------------------------------------------------------

    def _where(self, filters: CallFilter) -> tuple[ColumnElement[bool] | None, bool]:
        """The WHERE clause for `filters`, and whether it searches text."""
        conditions: list[ColumnElement[bool]] = []
        if filters.escalated is not None:
            conditions.append(calls.c.escalated == bool(filters.escalated))
        if filters.unacknowledged is not None:
            open_ = calls.c.unacked_escalations > 0
            conditions.append(open_ if filters.unacknowledged else ~open_)
        if filters.status is not None:
            conditions.append(calls.c.status == _status(filters.status))
        if filters.staff is not None:
            conditions.append(calls.c.staff == filters.staff)
        if filters.language is not None:
            conditions.append(calls.c.language == filters.language)
        if filters.since is not None:
            conditions.append(calls.c.created_at >= _when(filters.since))
        if filters.until is not None:
            conditions.append(calls.c.created_at < _when(filters.until))
        for tag in normalise_tags(filters.tags):
            conditions.append(calls.c.id.in_(select(tags.c.call_id).where(tags.c.tag == tag)))
        terms = search.split_terms(filters.q or "")
        for n, term in enumerate(terms):
            conditions.append(calls.c.id.in_(self._matching_calls(term, n)))
        return (and_(*conditions) if conditions else None), bool(terms)

    def _detect_search_mode(self) -> SearchMode:
        with self._engine.connect() as conn:
            if self.dialect == "sqlite":
                return "fts5-trigram" if search.sqlite_fts_present(conn) else "like"
            return "pg_trgm" if search.pg_trgm_index_present(conn) else "ilike"

    def _matching_calls(self, term: str, n: int) -> Select[Any]:
        if self._search_mode == "fts5-trigram" and len(term) >= search.MIN_TRIGRAM:
            fts = text(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH :fts{n}").bindparams(
                bindparam(f"fts{n}", search.fts_phrase(term))
            )
            return select(utterances.c.call_id).where(utterances.c.id.in_(fts.columns(column("rowid", Integer))))
        pattern = search.like_pattern(term)
        if self.dialect == "postgresql" and term.lower() != term.upper():
            match = utterances.c.text.ilike(pattern, escape="\\")
        else:  # SQLite's LIKE ignores ASCII case; on PostgreSQL a term without case (CJK) needs no ILIKE
            match = utterances.c.text.like(pattern, escape="\\")
        return select(utterances.c.call_id).where(match)

    def _ensure_call(self, conn: Connection, call: str) -> None:
        if conn.execute(self._sql.call_exists, {"b_call": call}).first() is None:
            log.warning("event for call %s, which was never opened; recording it with unknown metadata", call)
            conn.execute(calls.insert().values(id=call, created_at=utc_now(), status="live"))

    def _open(self, conn: Connection, op: OpenCall) -> None:
        if not op.call or not isinstance(op.call, str):
            raise ValueError("a call needs a non-empty string id")
        meta = {
            "source": op.source,
            "language": op.language,
            "playbook": op.playbook,
            "channels": op.channels,
            "staff": op.staff,
        }
        values = {"id": op.call, "created_at": as_utc(op.started_at or utc_now()), "status": "live", **meta}
        statement = _insert_for(conn)(calls).values(**values)
        update_meta = {**meta, "staff": func.coalesce(statement.excluded.staff, calls.c.staff)}
        conn.execute(statement.on_conflict_do_update(index_elements=[calls.c.id], set_=update_meta))

    def _append(self, conn: Connection, event: Mapping[str, Any], emitted_at: datetime, known: set[str]) -> None:
        call, seq, kind = event.get("call"), event.get("seq"), event.get("type")
        if not isinstance(call, str) or not call:
            raise ValueError("an event needs a non-empty string `call`")
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise ValueError(f"event of call {call!r}: `seq` must be a positive integer")
        if not isinstance(kind, str) or not kind:
            raise ValueError(f"event {call!r}#{seq}: `type` must be a non-empty string")
        payload = {key: value for key, value in event.items() if key not in _ENVELOPE}
        row = _utterance_row(call, payload) if kind == "utterance" else None
        reattributed = _speaker_change(call, payload) if kind == "speaker" else None
        if call not in known:
            self._ensure_call(conn, call)
            known.add(call)
        sql = self._sql
        inserted = conn.execute(
            sql.insert_event,
            {"call_id": call, "seq": seq, "type": kind, "payload": payload, "emitted_at": as_utc(emitted_at)},
        )
        if inserted.first() is None:  # (rowcount is not reliable for ON CONFLICT with every driver)
            log.debug("event %s#%d already stored; ignored", call, seq)
            return
        if row is not None:
            conn.execute(sql.upsert_utterance, row)
            conn.execute(
                sql.touch_utterance, {"b_call": call, "b_seq": seq, "b_end": row["end_s"], "b_count": row["idx"] + 1}
            )
            # so that a live call's row on the list is not all zeros
            conn.execute(update(calls).where(calls.c.id == call).values(**self._label_counts(conn, call)))
            return
        conn.execute(sql.touch, {"b_call": call, "b_seq": seq})
        if kind == "escalation":
            conn.execute(
                update(calls)
                .where(calls.c.id == call)
                .values(escalated=True, escalation_count=calls.c.escalation_count + 1)
            )
            refresh_unacked(conn, call)
        elif kind == "summary":
            self._store_summary(conn, call, payload, emitted_at)
        elif reattributed is not None:
            conn.execute(
                update(utterances)
                .where(utterances.c.call_id == call, utterances.c.idx == reattributed["idx"])
                .values(speaker=reattributed["speaker"], labels=reattributed["labels"])
            )
            missed = conn.execute(select(calls.c.steps_missed).where(calls.c.id == call)).scalar_one_or_none()
            self._refresh_counts(conn, call, missed)

    def _store_summary(self, conn: Connection, call: str, summary: dict[str, Any], at: datetime) -> None:
        # The summary's labels are final: bring the utterance rows in line with them.
        for item in summary.get("utterances") or []:
            if isinstance(item, Mapping) and isinstance(item.get("index"), int) and "labels" in item:
                conn.execute(
                    update(utterances)
                    .where(utterances.c.call_id == call, utterances.c.idx == item["index"])
                    .values(labels=[str(label) for label in item["labels"] or []])
                )
        missed = summary.get("missed_steps")
        values: dict[str, Any] = {
            "summary": summary,
            "status": "ended",
            "ended_at": func.coalesce(calls.c.ended_at, as_utc(at)),
        }
        if summary.get("escalation"):
            values["escalated"] = True
        conn.execute(update(calls).where(calls.c.id == call).values(**values))
        self._refresh_counts(conn, call, len(missed) if isinstance(missed, list) else None)

    def _set_audio(self, conn: Connection, op: SetAudio) -> bool:
        result = conn.execute(
            update(calls).where(calls.c.id == op.call).values(audio_path=op.path).returning(calls.c.id)
        )
        if result.first() is None:
            log.warning("recording for call %s, which is not stored; not attached", op.call)
            return False
        return True

    def _close(self, conn: Connection, op: CloseCall) -> bool:
        found = conn.execute(select(calls.c.steps_missed).where(calls.c.id == op.call)).first()
        if found is None:
            log.warning("cannot close call %s: not stored", op.call)
            return False
        conn.execute(
            update(calls)
            .where(calls.c.id == op.call)
            .values(status=op.status, ended_at=func.coalesce(calls.c.ended_at, as_utc(op.at)))
        )
        self._refresh_counts(conn, op.call, found.steps_missed)
        return True

    def _refresh_counts(self, conn: Connection, call: str, missed: int | None) -> None:
        counts = self._label_counts(conn, call)
        conn.execute(update(calls).where(calls.c.id == call).values(steps_missed=missed, **counts))

    @staticmethod
    def _label_counts(conn: Connection, call: str) -> dict[str, int]:
        """The list page's counts of a call: distinct steps done and caution labels, from its stored utterances."""
        done: set[str] = set()
        cautions = 0
        for labels in conn.execute(select(utterances.c.labels).where(utterances.c.call_id == call)).scalars():
            for label in labels or []:
                if label in STEP_LABELS:
                    done.add(label)
                elif label in CAUTION_LABELS:
                    cautions += 1
        return {"steps_done": len(done), "cautions": cautions}

    @staticmethod
    def _check_close_status(status: str) -> None:
        if status not in ("ended", "interrupted"):
            raise ValueError(f"a call closes as 'ended' or 'interrupted', not {status!r}")


def open_store(settings: Settings, *, migrate: bool = True) -> CallStore:
    """The store for `settings.effective_database_url`, its schema upgraded to head.

    Raises StorageError (one line, no password) when the database cannot be reached or migrated.
    """
    return open_store_url(settings.effective_database_url, migrate=migrate)


def open_store_url(url: str | URL, *, migrate: bool = True) -> CallStore:
    """The store for a database URL (sqlite:///PATH or postgresql://…), its schema upgraded to head."""
    engine = create_store_engine(url)
    try:
        if migrate:
            _migrate(engine, url)
        store = CallStore(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(f"cannot open the database at {safe_url(url)}: {_first_line(exc)}") from None
    except BaseException:
        engine.dispose()
        raise
    log.info("call store ready: %s (%s, search: %s)", safe_url(url), store.dialect, store.search_mode)
    return store


# ---------------------------------------------------------------------------------------------
# helpers


def _migrate(engine: Engine, url: str | URL) -> None:
    from alembic.util import CommandError

    try:
        upgrade_schema(engine)
    except CommandError as exc:  # e.g. the database was migrated by a newer version of companion
        raise StorageError(f"cannot migrate the database at {safe_url(url)}: {exc}") from None


def _first_line(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    reason = (str(orig) if orig is not None else str(exc)).strip()
    return reason.splitlines()[0] if reason else type(exc).__name__


class _Statements:
    """The statements of the write path, built once: the writer runs them for every event."""

    def __init__(self, dialect: str) -> None:
        insert: Any = pg_dialect.insert if dialect == "postgresql" else sqlite_dialect.insert
        greatest = func.greatest if dialect == "postgresql" else func.max
        call = bindparam("b_call", type_=String)
        seq = bindparam("b_seq", type_=Integer)
        self.call_exists = select(calls.c.id).where(calls.c.id == call)
        self.insert_event = (
            insert(events)
            .on_conflict_do_nothing(index_elements=[events.c.call_id, events.c.seq])
            .returning(events.c.seq)
        )
        upsert = insert(utterances)
        self.upsert_utterance = upsert.on_conflict_do_update(
            index_elements=[utterances.c.call_id, utterances.c.idx],
            set_={name: upsert.excluded[name] for name in _UTTERANCE_FIELDS},
        )
        self.touch = update(calls).where(calls.c.id == call).values(last_seq=greatest(calls.c.last_seq, seq))
        self.touch_utterance = (
            update(calls)
            .where(calls.c.id == call)
            .values(
                last_seq=greatest(calls.c.last_seq, seq),
                duration_s=greatest(calls.c.duration_s, bindparam("b_end", type_=Float)),
                utterance_count=greatest(calls.c.utterance_count, bindparam("b_count", type_=Integer)),
            )
        )


_UTTERANCE_FIELDS = ("speaker", "text", "start_s", "end_s", "labels", "evidence")


def _utterance_row(call: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    index = payload.get("index")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise ValueError(f"utterance event of call {call!r} without a valid `index`")
    try:
        start = float(payload.get("start") or 0.0)
        end = float(payload.get("end") or start)
    except (TypeError, ValueError):
        raise ValueError(f"utterance {call!r}:{index}: `start` and `end` must be numbers") from None
    labels = payload.get("labels") or []
    evidence = payload.get("evidence") or {}
    if not isinstance(labels, list | tuple) or not isinstance(evidence, Mapping):
        raise ValueError(f"utterance {call!r}:{index}: `labels` must be a list and `evidence` an object")
    return {
        "call_id": call,
        "idx": index,
        "speaker": str(payload.get("speaker", "unknown")),
        "text": str(payload.get("text", "")),
        "start_s": start,
        "end_s": end,
        "labels": [str(label) for label in labels],
        "evidence": dict(evidence) or None,
    }


def _speaker_change(call: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """A `speaker` event (the utterance's speaker changed after it was emitted) as the row update it implies."""
    index, speaker, labels = payload.get("index"), payload.get("speaker"), payload.get("labels")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise ValueError(f"speaker event of call {call!r} without a valid `index`")
    if not isinstance(speaker, str) or not speaker:
        raise ValueError(f"speaker event {call!r}:{index}: `speaker` must be a non-empty string")
    if not isinstance(labels, list | tuple):
        raise ValueError(f"speaker event {call!r}:{index}: `labels` must be a list")
    return {"idx": index, "speaker": speaker, "labels": [str(label) for label in labels]}


def _insert_for(conn: Connection) -> Any:
    return pg_dialect.insert if conn.dialect.name == "postgresql" else sqlite_dialect.insert


def _status(value: str) -> Status:
    if value not in STATUSES:
        raise ValueError(f"unknown status {value!r}; use live, ended or interrupted")
    return value  # type: ignore[return-value]


def _when(value: datetime | str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"not an ISO date or time: {value!r}") from None
    return as_utc(value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else as_utc(value).isoformat()


def _names(value: Any) -> list[str] | None:
    return [str(v) for v in value] if isinstance(value, list) else None


def _event_dict(call: str, seq: int, kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind, "call": call, "seq": seq}
    out.update(payload)
    return out


def _page_extras(conn: Connection, ids: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str] | None]]:
    """Tags and missed step names of one page of calls, read for the page only (never while counting)."""
    if not ids:
        return {}, {}
    missed = {
        row.id: _names(row.missed)
        for row in conn.execute(
            select(calls.c.id, calls.c.summary["missed_steps"].label("missed")).where(calls.c.id.in_(ids))
        )
    }
    return _tags(conn, ids), missed


def _list_row(row: Mapping[Any, Any], call_tags: list[str], missed_steps: list[str] | None) -> dict[str, Any]:
    return {
        "call": row["id"],
        "status": row["status"],
        "created_at": _iso(row["created_at"]),
        "ended_at": _iso(row["ended_at"]),
        "source": row["source"],
        "language": row["language"],
        "playbook": row["playbook"],
        "staff": row["staff"],
        "channels": row["channels"],
        "duration_s": float(row["duration_s"]),
        "utterance_count": int(row["utterance_count"]),
        "escalated": bool(row["escalated"]),
        "escalations": int(row["escalation_count"]),
        "unacked_escalations": int(row["unacked_escalations"]),
        "steps_done": int(row["steps_done"]),
        "steps_missed": row["steps_missed"],
        "missed_steps": missed_steps,
        "cautions": int(row["cautions"]),
        "tags": call_tags,
        "has_audio": row["audio_path"] is not None,
        "audio_path": row["audio_path"],
    }
