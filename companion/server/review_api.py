"""The supervisors' API: stored calls (list, one call, exports), notes, tags, escalation
acknowledgements, the editable incident report and the kept audio.

Routes under /api/calls/{call}/… and /api/calls/export live here; /api/calls/export is declared
before /api/calls/{call} so that "export" is never taken for a call id.
"""

from __future__ import annotations

import asyncio
import codecs
import csv
import io
import json
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, Query, Request, Response
from fastapi.responses import FileResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from companion.audio.recorder import MEDIA_TYPE
from companion.errors import CompanionError, NotFoundError, NotReadyError
from companion.reports.incident import FORMATS, RENDERERS, build_report, check_edits, effective_fields, generated_fields
from companion.server import recordings
from companion.storage import CallFilter, CallStore

if TYPE_CHECKING:
    from companion.server.app import AppState

EXPORT_LIMIT = 10_000
CSV_COLUMNS = (
    "call",
    "created_at",
    "ended_at",
    "status",
    "source",
    "language",
    "playbook",
    "staff",
    "channels",
    "duration_s",
    "utterance_count",
    "escalated",
    "escalations",
    "unacked_escalations",
    "steps_done",
    "steps_missed",
    "missed_steps",
    "cautions",
    "tags",
    "has_audio",
)
Name = Annotated[str, Field(min_length=1, max_length=100)]
Line = Annotated[str, Field(max_length=2000)]


class InvalidValueError(CompanionError):
    """A body or query value the call cannot take (the message names the field)."""

    http_status = 422


# ---------------------------------------------------------------------------------------------
# response and body models


class Ack(BaseModel):
    by: str
    note: str
    at: str


class Escalation(BaseModel):
    """A stored escalation event with whether a supervisor has acknowledged it."""

    model_config = ConfigDict(extra="allow")
    type: Literal["escalation"] = "escalation"
    call: str
    seq: int
    by: str | None = None
    reason: str | None = None
    index: int | None = None
    raised_at: str | None = Field(default=None, description="when the escalation was stored (UTC)")
    acknowledged: Ack | None = None


class Note(BaseModel):
    id: int
    call: str
    index: int | None = Field(description="the utterance the note is about; null: the whole call")
    author: str
    text: str
    created_at: str


class AudioInfo(BaseModel):
    url: str
    media_type: str
    bytes: int


class _CallFields(BaseModel):
    model_config = ConfigDict(extra="allow")
    call: str
    status: Literal["live", "ended", "interrupted"]
    created_at: str
    ended_at: str | None
    source: str
    language: str
    playbook: str
    staff: str | None
    channels: str
    duration_s: float
    utterance_count: int
    escalated: bool
    unacked_escalations: int
    steps_done: int
    steps_missed: int | None
    cautions: int
    tags: list[str]
    has_audio: bool


class ListRow(_CallFields):
    escalations: int = Field(description="escalation events of the call")
    missed_steps: list[str] | None = Field(description="the summary's missed steps; null before a summary")


class CallList(BaseModel):
    total: int
    calls: list[ListRow]


class StoredUtterance(BaseModel):
    model_config = ConfigDict(extra="allow")
    index: int
    speaker: str
    text: str
    start: float
    end: float
    labels: list[str]
    evidence: dict[str, Any] = Field(default_factory=dict)


class MemoItem(BaseModel):
    model_config = ConfigDict(extra="allow")
    index: int
    kind: str
    quote: str


class CallDetail(_CallFields):
    last_seq: int
    utterances: list[StoredUtterance]
    alerts: list[dict[str, Any]]
    prompts: list[dict[str, Any]]
    corrections: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the staff's corrections of mis-heard words (`index`, `original`, `corrected`)",
    )
    memo: list[MemoItem]
    missed_steps: list[str]
    order_issues: list[str]
    escalation: bool
    summary: dict[str, Any] | None
    escalations: list[Escalation]
    notes: list[Note]
    audio: AudioInfo | None
    report_edited: bool


class TagCount(BaseModel):
    tag: str
    calls: int


class TagList(BaseModel):
    tags: list[TagCount]


class StaffCount(BaseModel):
    staff: str
    calls: int


class StaffList(BaseModel):
    staff: list[StaffCount]


class CallTags(BaseModel):
    call: str
    tags: list[str]


class SetTags(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tags: list[Annotated[str, Field(max_length=40)]] = Field(max_length=20)


class NoteList(BaseModel):
    notes: list[Note]


class NewNote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=5000)
    author: Name
    index: int | None = Field(default=None, ge=0, description="an utterance of the call; omit for the whole call")


class Deleted(BaseModel):
    deleted: int


class EscalationList(BaseModel):
    call: str
    escalations: list[Escalation]


class Acknowledge(BaseModel):
    model_config = ConfigDict(extra="forbid")
    by: Name
    note: str = Field(default="", max_length=500)


class ReportFields(BaseModel):
    """The incident report's editable fields (what every export renders)."""

    reporter: str
    occurred_at: str
    quotes: list[int] = Field(description="utterance indices of the memo's customer quotes, printed verbatim")
    facts: list[str]
    requests: list[str]
    proposed: list[str]
    steps_done: list[str]
    steps_missed: list[str]
    follow_up_owner: str
    follow_up_date: str | None
    remarks: str


class ReportFieldEdits(BaseModel):
    """Overrides: any subset; a field left out or null shows the generated value."""

    model_config = ConfigDict(extra="forbid")
    reporter: str | None = Field(default=None, max_length=100)
    occurred_at: str | None = Field(default=None, max_length=40)
    quotes: list[Annotated[int, Field(ge=0)]] | None = Field(default=None, max_length=500)
    facts: list[Line] | None = Field(default=None, max_length=100)
    requests: list[Line] | None = Field(default=None, max_length=100)
    proposed: list[Line] | None = Field(default=None, max_length=100)
    steps_done: list[str] | None = Field(default=None, max_length=5)
    steps_missed: list[str] | None = Field(default=None, max_length=5)
    follow_up_owner: str | None = Field(default=None, max_length=100)
    follow_up_date: date | None = None
    remarks: str | None = Field(default=None, max_length=5000)


class ReportEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    fields: ReportFieldEdits
    by: str | None = Field(default=None, max_length=100)


class ReportFieldsAnswer(BaseModel):
    call: str
    language: str
    fields: ReportFields
    generated: ReportFields
    edited: list[str]
    updated_at: str | None
    updated_by: str | None


# ---------------------------------------------------------------------------------------------
# the router


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Runs inside the app's own lifespan (the store is open): recordings recovered and expired."""
    state: AppState = app.state.companion
    task = await recordings.start(state.store, state.settings) if state.store is not None else None
    yield
    if task is not None:
        await recordings.stop(task)


router = APIRouter(lifespan=lifespan, tags=["review"])


def _state(request: Request) -> AppState:
    state: AppState = request.app.state.companion
    return state


def _store(request: Request) -> CallStore:
    store = _state(request).store
    if store is None:
        raise NotReadyError("the call store is not open yet")
    return store


async def _settle(request: Request, call: str) -> None:
    """A live call's events reach the database a few ms after they happen: wait for them."""
    state = _state(request)
    if state.manager is not None and state.manager.get(call) is not None and state.writer is not None:
        await asyncio.to_thread(state.writer.flush, 5)


class ListQuery(BaseModel):
    q: str | None = None
    escalated: bool | None = None
    unacknowledged: bool | None = Field(default=None, description="true: an escalation is not acknowledged yet")
    since: str | None = Field(default=None, description="ISO date or time, inclusive")
    until: str | None = Field(default=None, description="ISO date or time, exclusive")
    staff: str | None = Field(default=None, max_length=128)
    language: Literal["ja", "zh", "en", "auto"] | None = None
    status: Literal["live", "ended", "interrupted"] | None = None
    tag: list[str] = Field(default_factory=list, description="repeat for several: the call carries every one")

    def to_filter(self) -> CallFilter:
        return CallFilter(
            q=self.q,
            escalated=self.escalated,
            since=self.since,
            until=self.until,
            status=self.status,
            staff=self.staff,
            language=self.language,
            tags=tuple(self.tag),
            unacknowledged=self.unacknowledged,
        )


@router.get("/api/calls", response_model=CallList)
async def list_calls(
    request: Request,
    query: Annotated[ListQuery, Query()],
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> CallList:
    """Stored calls, newest first, with the filters combined (AND)."""
    filters = query.to_filter()
    store = _store(request)
    try:
        total, rows = await asyncio.to_thread(
            store.list_calls,
            filters.q,
            filters.escalated,
            filters.since,
            filters.until,
            limit,
            offset,
            status=filters.status,
            staff=filters.staff,
            language=filters.language,
            tags=filters.tags,
            unacknowledged=filters.unacknowledged,
        )
    except ValueError as exc:
        raise InvalidValueError(str(exc).splitlines()[0]) from None
    return CallList(total=total, calls=[ListRow.model_validate(_public(row)) for row in rows])


@router.get(
    "/api/calls/export",
    response_class=Response,
    responses={
        200: {
            "description": "csv: one row per call (UTF-8 with BOM, header row); json: an array of full calls",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/CallDetail"}}},
            },
        }
    },
)
async def export_calls(
    request: Request,
    query: Annotated[ListQuery, Query()],
    format: Literal["csv", "json"] = "csv",
    limit: int = Query(EXPORT_LIMIT, ge=1, le=EXPORT_LIMIT),
) -> Response:
    """The calls the list's filters select, newest first, as a download."""
    store = _store(request)
    try:
        ids = await asyncio.to_thread(store.matching_calls, query.to_filter(), limit)
    except ValueError as exc:
        raise InvalidValueError(str(exc).splitlines()[0]) from None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    body = _csv_lines(store, ids) if format == "csv" else _json_chunks(store, ids)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return StreamingResponse(
        body,
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="calls-{stamp}.{format}"',
            "X-Total-Count": str(len(ids)),
        },
    )


@router.get("/api/tags", response_model=TagList)
async def all_tags(request: Request) -> TagList:
    """Every tag in use, most used first."""
    pairs = await asyncio.to_thread(_store(request).all_tags)
    return TagList(tags=[TagCount(tag=tag, calls=n) for tag, n in pairs])


@router.get("/api/staff", response_model=StaffList)
async def all_staff(request: Request) -> StaffList:
    """Every staff name on a stored call, most calls first (for a staff filter)."""
    pairs = await asyncio.to_thread(_store(request).all_staff)
    return StaffList(staff=[StaffCount(staff=name, calls=n) for name, n in pairs])


@router.get("/api/calls/{call}", response_model=CallDetail)
async def get_call(request: Request, call: str) -> CallDetail:
    """The stored call: transcript, labels, alerts, memo, summary, escalations, notes, tags, audio."""
    await _settle(request, call)
    found = await asyncio.to_thread(_store(request).get_call, call)
    if found is None:
        raise NotFoundError(f"no call {call!r}")
    return CallDetail.model_validate(_public(found))


# -- notes ------------------------------------------------------------------------------------


@router.get("/api/calls/{call}/notes", response_model=NoteList)
async def list_notes(request: Request, call: str) -> NoteList:
    store = _store(request)
    if await asyncio.to_thread(store.call_status, call) is None:
        raise NotFoundError(f"no call {call!r}")
    return NoteList(notes=[Note.model_validate(n) for n in await asyncio.to_thread(store.notes, call)])


@router.post("/api/calls/{call}/notes", response_model=Note, status_code=201)
async def add_note(request: Request, call: str, body: NewNote) -> Note:
    """A note on the call, or on one utterance (`index`)."""
    await _settle(request, call)
    store = _store(request)
    try:
        note = await asyncio.to_thread(store.add_note, call, body.text, body.author, body.index)
    except ValueError as exc:
        raise InvalidValueError(str(exc)) from None
    return Note.model_validate(note)


@router.delete("/api/calls/{call}/notes/{note_id}", response_model=Deleted)
async def delete_note(request: Request, call: str, note_id: int) -> Deleted:
    if not await asyncio.to_thread(_store(request).delete_note, call, note_id):
        raise NotFoundError(f"call {call!r} has no note {note_id}")
    return Deleted(deleted=note_id)


# -- tags -------------------------------------------------------------------------------------


@router.get("/api/calls/{call}/tags", response_model=CallTags)
async def get_tags(request: Request, call: str) -> CallTags:
    store = _store(request)
    if await asyncio.to_thread(store.call_status, call) is None:
        raise NotFoundError(f"no call {call!r}")
    return CallTags(call=call, tags=await asyncio.to_thread(store.tags, call))


@router.put("/api/calls/{call}/tags", response_model=CallTags)
async def set_tags(request: Request, call: str, body: SetTags) -> CallTags:
    """Replace the call's tags."""
    try:
        saved = await asyncio.to_thread(_store(request).set_tags, call, body.tags)
    except ValueError as exc:
        raise InvalidValueError(f"tags: {exc}") from None
    return CallTags(call=call, tags=saved)


# -- escalations --------------------------------------------------------------------------------


@router.get("/api/calls/{call}/escalations", response_model=EscalationList)
async def list_escalations(request: Request, call: str) -> EscalationList:
    await _settle(request, call)
    store = _store(request)
    if await asyncio.to_thread(store.call_status, call) is None:
        raise NotFoundError(f"no call {call!r}")
    items = await asyncio.to_thread(store.escalations, call)
    return EscalationList(call=call, escalations=[Escalation.model_validate(e) for e in items])


@router.post("/api/calls/{call}/escalations/{seq}/ack", response_model=Escalation)
async def acknowledge(request: Request, call: str, seq: int, body: Acknowledge) -> Escalation:
    """A supervisor takes up one escalation of the call (once; 409 after). The live board hears of it."""
    await _settle(request, call)
    try:
        item = await asyncio.to_thread(_store(request).acknowledge, call, seq, body.by, body.note)
    except ValueError as exc:
        raise InvalidValueError(str(exc)) from None
    manager = _state(request).manager
    if manager is not None:
        ack = item["acknowledged"]
        manager.board.notify({"type": "escalation_ack", "call": call, "seq": seq, "by": ack["by"], "at": ack["at"]})
    return Escalation.model_validate(item)


# -- the incident report --------------------------------------------------------------------------


async def _report_answer(store: CallStore, call: str) -> ReportFieldsAnswer:
    found = await asyncio.to_thread(store.get_call, call)
    if found is None:
        raise NotFoundError(f"no call {call!r}")
    edits = await asyncio.to_thread(store.report_edits, call) or {"fields": {}, "updated_at": None}
    overrides: dict[str, Any] = edits["fields"]
    return ReportFieldsAnswer(
        call=call,
        language=str(found.get("language") or "ja"),
        fields=ReportFields.model_validate(effective_fields(found, overrides)),
        generated=ReportFields.model_validate(generated_fields(found)),
        edited=sorted(overrides),
        updated_at=edits.get("updated_at"),
        updated_by=edits.get("updated_by"),
    )


@router.get("/api/calls/{call}/report/fields", response_model=ReportFieldsAnswer)
async def report_fields(request: Request, call: str) -> ReportFieldsAnswer:
    """The report's fields as exported: generated from the call, overridden where a supervisor edited them."""
    await _settle(request, call)
    return await _report_answer(_store(request), call)


@router.put("/api/calls/{call}/report/fields", response_model=ReportFieldsAnswer)
async def edit_report(request: Request, call: str, body: ReportEdit) -> ReportFieldsAnswer:
    """Save the supervisor's version of the report fields (replacing any earlier edit)."""
    await _settle(request, call)
    store = _store(request)
    found = await asyncio.to_thread(store.get_call, call)
    if found is None:
        raise NotFoundError(f"no call {call!r}")
    sent = body.fields.model_dump(mode="json", exclude_none=True)
    try:
        kept = check_edits(found, sent)
        await asyncio.to_thread(store.set_report_edits, call, kept, body.by)
    except ValueError as exc:
        raise InvalidValueError(str(exc)) from None
    return await _report_answer(store, call)


@router.delete("/api/calls/{call}/report/fields", response_model=ReportFieldsAnswer)
async def reset_report(request: Request, call: str) -> ReportFieldsAnswer:
    """Drop the supervisor's edits: the report goes back to what the call gives."""
    store = _store(request)
    await asyncio.to_thread(store.set_report_edits, call, {})
    return await _report_answer(store, call)


@router.get(
    "/api/calls/{call}/report",
    response_class=Response,
    responses={200: {"content": {"text/markdown": {}, "application/pdf": {}, FORMATS["docx"]: {}}}},
)
async def report(
    request: Request,
    call: str,
    format: Literal["md", "pdf", "docx"] = "md",
    reporter: str | None = Query(None, max_length=100),
) -> Response:
    """The incident report in the call's language, with the supervisor's edits, the customer's words verbatim."""
    await _settle(request, call)
    store = _store(request)
    found = await asyncio.to_thread(store.get_call, call)
    if found is None:
        raise NotFoundError(f"no call {call!r}")
    edits = await asyncio.to_thread(store.report_edits, call)
    fields = effective_fields(found, edits["fields"] if edits else None)
    zone = request.app.state.companion.settings.tzinfo
    content = await asyncio.to_thread(RENDERERS[format], build_report(found, reporter, fields, zone))
    return Response(
        content,
        media_type=FORMATS[format],
        headers={"Content-Disposition": f'attachment; filename="report-{call}.{format}"'},
    )


# -- audio ------------------------------------------------------------------------------------


@router.get(
    "/api/calls/{call}/audio",
    response_class=FileResponse,
    responses={
        200: {"content": {MEDIA_TYPE: {}}, "description": "the whole recording (Opus in Ogg)"},
        206: {"content": {MEDIA_TYPE: {}}, "description": "the bytes a `Range` header asked for"},
        404: {"description": "no recording: recording was off, or it expired"},
    },
)
async def audio(request: Request, call: str) -> FileResponse:
    """The call's recording; `Range: bytes=…` requests are answered with 206 (browsers seek with them)."""
    path = await asyncio.to_thread(_store(request).audio_path, call)
    if path is None:
        raise NotFoundError(f"call {call!r} has no kept recording")
    try:
        stat = await asyncio.to_thread(os.stat, path)
    except OSError:
        raise NotFoundError(f"the recording of call {call!r} is no longer on disk") from None
    return FileResponse(
        path,
        media_type=MEDIA_TYPE,
        stat_result=stat,
        filename=Path(path).name,
        content_disposition_type="inline",
    )


# ---------------------------------------------------------------------------------------------
# helpers


def _public(row: dict[str, Any]) -> dict[str, Any]:
    """A store row as the API shows it: the file path replaced by where to fetch the audio."""
    out = dict(row)
    path = out.pop("audio_path", None)
    if "utterances" in out:  # a full call
        out["audio"] = _audio_info(out["call"], path)
    return out


def _audio_info(call: str, path: str | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        size = os.stat(path).st_size
    except OSError:
        return None
    return {"url": f"/api/calls/{call}/audio", "media_type": MEDIA_TYPE, "bytes": size}


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # never a formula when opened in a spreadsheet
    return value


def _csv_lines(store: CallStore, ids: list[str], batch: int = 500) -> Iterator[bytes]:
    """UTF-8 with a BOM (so Excel reads Japanese and Chinese right), a header row, one row per call."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    yield codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")
    for start in range(0, len(ids), batch):
        buffer.seek(0)
        buffer.truncate()
        for row in store.list_rows(ids[start : start + batch]):
            writer.writerow([_csv_cell(row[column]) for column in CSV_COLUMNS])
        yield buffer.getvalue().encode("utf-8")


def _json_chunks(store: CallStore, ids: list[str]) -> Iterator[bytes]:
    """A JSON array of full calls, one call per chunk (a call deleted meanwhile is left out)."""
    yield b"["
    first = True
    for call in ids:
        found = store.get_call(call)
        if found is None:
            continue
        body = CallDetail.model_validate(_public(found)).model_dump(mode="json")
        yield (b"" if first else b",") + json.dumps(body, ensure_ascii=False).encode("utf-8")
        first = False
    yield b"]"
