"""Training routes (issue 6): score cards, one-click speaker fixes, scenarios, attempts, replays, PDF.

Shapes are documented in the README's training section; the card's reasons are codes for the page's i18n.
"""

from __future__ import annotations

import asyncio
import mimetypes
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from companion.errors import NotFoundError, NotReadyError
from companion.reports.incident import FORMATS, to_pdf
from companion.services import check_language
from companion.storage.training import TrainingStore
from companion.training.card_report import build_card_report
from companion.training.service import TrainingService

router = APIRouter(tags=["training"])

Lang = Literal["ja", "zh", "en"]
StepStatus = Literal["done", "missed", "out_of_order", "not_required"]
TRAINEE = Field(min_length=1, max_length=128)
PDF: dict[int | str, dict[str, Any]] = {200: {"content": {"application/pdf": {}}, "description": "the card as PDF"}}
AUDIO: dict[int | str, dict[str, Any]] = {
    200: {"content": {"audio/*": {}}, "description": "the uploaded recording, as uploaded"}
}


# ----------------------------------------------------------------------------------------------- models


class Deduction(BaseModel):
    """One reason for points lost: `reason` is a code; the other fields are its numbers."""

    model_config = ConfigDict(extra="allow")
    reason: str
    points: float


class Component(BaseModel):
    id: str
    points_lost: float
    max_loss: float
    capped: bool
    deductions: list[Deduction]


class Scoring(BaseModel):
    formula: Literal["start_minus_capped_losses"]
    start: float
    weights: dict[str, dict[str, float]]


class StepResult(BaseModel):
    step: str
    status: StepStatus
    required: bool
    index: int | None
    at_s: float | None
    issues: list[str]


class FirstApology(BaseModel):
    seconds: float
    index: int
    at_s: float
    customer_start_s: float


class Quote(BaseModel):
    label: str
    index: int
    quote: str
    at_s: float
    evidence: str | None = None


class Harassment(BaseModel):
    signs: list[Quote]
    should_escalate: bool
    basis: Literal["labels", "scenario"]
    warranted_at_index: int | None
    escalated: bool
    escalated_at_index: int | None
    escalated_by: Literal["event", "words"] | None
    verdict: Literal["escalated", "missed", "unneeded", "not_needed"]


class Talk(BaseModel):
    staff_s: float
    customer_s: float
    unknown_s: float
    staff_ratio: float | None
    measurable: bool


class Interruption(BaseModel):
    index: int
    customer_index: int
    at_s: float
    overlap_s: float


class Interruptions(BaseModel):
    count: int
    measurable: bool
    basis: Literal["two_channels", "attributed", "none"]
    note: Literal["mono_without_attribution", "one_channel_overlaps_hidden"] | None
    items: list[Interruption]


class Speakers(BaseModel):
    source: Literal["channels", "attributed", "mono"]
    corrected: list[int]


class CardUtterance(BaseModel):
    index: int
    speaker: Literal["staff", "customer", "unknown"]
    text: str
    start: float
    end: float
    labels: list[str]
    speaker_source: str


class ScoreCard(BaseModel):
    call: str
    language: str
    playbook: str
    scenario_id: str | None
    score: float
    max_score: float
    scoring: Scoring
    components: list[Component]
    steps: list[StepResult]
    order_issues: list[str]
    first_apology: FirstApology | None
    cautions: list[Quote]
    harassment: Harassment
    talk: Talk
    interruptions: Interruptions
    speakers: Speakers
    utterances: list[CardUtterance]


class SpeakerFix(BaseModel):
    index: int = Field(ge=0)
    speaker: Literal["staff", "customer"]


class ScenarioBody(BaseModel):
    language: Lang
    title: str = Field(min_length=1, max_length=200)
    situation: str = Field(default="", max_length=5000)
    persona: str = Field(default="", max_length=5000)
    expected_steps: list[str] = Field(min_length=1, max_length=10)
    expect_escalation: bool | None = None
    playbook: str = Field(default="default", min_length=1, max_length=64)


class Scenario(ScenarioBody):
    id: str
    builtin: bool
    created_at: str | None
    updated_at: str | None


class Scenarios(BaseModel):
    scenarios: list[Scenario]


class AttemptRow(BaseModel):
    id: str
    call: str
    trainee: str
    scenario_id: str | None
    scenario_title: str | None
    created_at: str
    status: Literal["live", "ended", "interrupted"]
    score: float | None
    scored_at: str | None


class Attempt(AttemptRow):
    card: ScoreCard | None


class Attempts(BaseModel):
    total: int
    attempts: list[AttemptRow]


class NewAttempt(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    call: str = Field(min_length=1, max_length=64)
    trainee: str = TRAINEE
    scenario_id: str | None = Field(default=None, max_length=64)


class StartReplay(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)
    file_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    trainee: str = TRAINEE
    scenario_id: str | None = Field(default=None, max_length=64)
    speed: float = Field(default=1.0, description="1 = real time, 2 = twice as fast, 0 = as fast as possible")
    language: Literal["ja", "zh", "en", "auto"] | None = None
    playbook: str | None = None
    channels: str | None = Field(default=None, max_length=64)

    @field_validator("speed")
    @classmethod
    def _speed(cls, value: float) -> float:
        if value not in (0, 1, 2):
            raise ValueError("speed is 1 (real time), 2 (twice as fast) or 0 (as fast as possible)")
        return value


class ReplayStarted(BaseModel):
    call: str
    attempt: Attempt


class Progress(BaseModel):
    call: str
    status: Literal["live", "ended", "interrupted"]
    stage: Literal["transcribing", "finishing", "done"]
    processed_s: float
    total_s: float | None
    fraction: float | None
    utterances: int


class TraineeScenario(BaseModel):
    scenario_id: str | None
    scenario_title: str | None
    attempts: int
    best_score: float | None
    last_score: float | None
    last_at: str


class Trainee(BaseModel):
    trainee: str
    attempts: int
    last_at: str
    scenarios: list[TraineeScenario]


class Trainees(BaseModel):
    trainees: list[Trainee]


class ProgressPoint(BaseModel):
    attempt: str
    call: str
    scenario_id: str | None
    at: str
    score: float
    lost: dict[str, float]


class ProgressSeries(BaseModel):
    trainee: str
    scenario_id: str | None
    points: list[ProgressPoint]


class ComponentDelta(BaseModel):
    id: str
    a_lost: float
    b_lost: float
    delta: float = Field(description="points lost by a minus points lost by b: positive when b did better")


class StepDelta(BaseModel):
    step: str
    a: StepStatus | None
    b: StepStatus | None


class Delta(BaseModel):
    score: float = Field(description="b's score minus a's")
    components: list[ComponentDelta]
    steps: list[StepDelta]


class Comparison(BaseModel):
    a: Attempt
    b: Attempt
    delta: Delta


class Deleted(BaseModel):
    deleted: str


# ----------------------------------------------------------------------------------------------- plumbing


def _state(request: Request) -> Any:
    return request.app.state.companion


def _service(request: Request) -> TrainingService:
    state = _state(request)
    if state.store is None:
        raise NotReadyError("the call store is not open yet")

    def engine() -> Any:
        if state.runtime is None:
            raise NotReadyError(state.load_error or "the analysis is still loading; try again in a few seconds")
        return state.runtime.engines.analysis

    return TrainingService(TrainingStore(state.store), engine)


async def _flushed(request: Request, call: str) -> None:
    """Events of a call this service is running are written before they are read back."""
    state = _state(request)
    if state.manager is not None and state.manager.get(call) is not None and state.writer is not None:
        await asyncio.to_thread(state.writer.flush, 5)


def _upload(uploads: Path, file_id: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{32}", file_id):
        raise NotFoundError("unknown file_id")
    for path in uploads.glob(f"{file_id}.*"):
        if not path.name.endswith(".part"):
            return path
    raise NotFoundError(f"unknown file_id {file_id!r}; upload the file first")


def _notes(service: TrainingService, call: str) -> list[dict[str, Any]]:
    """Comments on the call and its utterances (the review's notes), oldest first."""
    found = service.store.calls.get_call(call)
    return list((found or {}).get("notes") or [])


def _pdf(content: bytes, name: str) -> Response:
    return Response(
        content, media_type=FORMATS["pdf"], headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


# ----------------------------------------------------------------------------------------------- score cards


@router.get("/api/training/calls/{call}/card", response_model=ScoreCard)
async def call_card(request: Request, call: str, scenario_id: str | None = Query(None, max_length=64)) -> Any:
    """The score card of any stored call that has ended (409 while it is live)."""
    await _flushed(request, call)
    return await asyncio.to_thread(_service(request).card, call, scenario_id)


@router.post("/api/training/calls/{call}/speakers", response_model=ScoreCard)
async def fix_speaker(request: Request, call: str, body: SpeakerFix) -> Any:
    """Set who said an utterance: the call is analysed again, stored, and its new card returned."""
    await _flushed(request, call)
    return await _service(request).rescore(call, body.index, body.speaker)


@router.get("/api/training/calls/{call}/card.pdf", response_class=Response, responses=PDF)
async def call_card_pdf(request: Request, call: str, lang: Lang | None = None) -> Response:
    """The card as a PDF in `lang` (default: the call's language), with the trainers' comments."""
    service = _service(request)
    card = await asyncio.to_thread(service.card, call, None)
    notes = await asyncio.to_thread(_notes, service, call)
    content = await asyncio.to_thread(lambda: to_pdf(build_card_report(card, lang, notes=notes)))
    return _pdf(content, f"scorecard-{call}.pdf")


# ----------------------------------------------------------------------------------------------- scenarios


@router.get("/api/training/scenarios", response_model=Scenarios)
async def list_scenarios(request: Request, language: Lang | None = None) -> Any:
    return {"scenarios": await asyncio.to_thread(_service(request).scenarios, language)}


@router.get("/api/training/scenarios/{scenario_id}", response_model=Scenario)
async def get_scenario(request: Request, scenario_id: str) -> Any:
    return await asyncio.to_thread(_service(request).scenario, scenario_id)


@router.post("/api/training/scenarios", response_model=Scenario, status_code=201)
async def create_scenario(request: Request, body: ScenarioBody) -> Any:
    return await asyncio.to_thread(_service(request).create_scenario, body.model_dump())


@router.put("/api/training/scenarios/{scenario_id}", response_model=Scenario)
async def update_scenario(request: Request, scenario_id: str, body: ScenarioBody) -> Any:
    return await asyncio.to_thread(_service(request).update_scenario, scenario_id, body.model_dump())


@router.delete("/api/training/scenarios/{scenario_id}", response_model=Deleted)
async def delete_scenario(request: Request, scenario_id: str) -> Any:
    await asyncio.to_thread(_service(request).delete_scenario, scenario_id)
    return {"deleted": scenario_id}


# ----------------------------------------------------------------------------------------------- attempts


@router.post("/api/training/attempts", response_model=Attempt, status_code=201)
async def create_attempt(request: Request, body: NewAttempt) -> Any:
    """Score a call made another way (a live role-play, a stored call) as a trainee's attempt."""
    await _flushed(request, body.call)
    return await asyncio.to_thread(_service(request).create_attempt, body.call, body.trainee, body.scenario_id)


@router.get("/api/training/attempts", response_model=Attempts)
async def list_attempts(
    request: Request,
    trainee: str | None = Query(None, max_length=128),
    scenario_id: str | None = Query(None, max_length=64),
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
) -> Any:
    total, rows = await asyncio.to_thread(_service(request).list_attempts, trainee, scenario_id, limit, offset)
    return {"total": total, "attempts": rows}


@router.get("/api/training/attempts/{attempt}", response_model=Attempt)
async def get_attempt(request: Request, attempt: str) -> Any:
    return await asyncio.to_thread(_service(request).attempt, attempt)


@router.delete("/api/training/attempts/{attempt}", response_model=Deleted)
async def delete_attempt(request: Request, attempt: str) -> Any:
    """The attempt goes; its call stays (delete it from the review page)."""
    await asyncio.to_thread(_service(request).delete_attempt, attempt)
    return {"deleted": attempt}


@router.get("/api/training/attempts/{attempt}/card.pdf", response_class=Response, responses=PDF)
async def attempt_card_pdf(request: Request, attempt: str, lang: Lang | None = None) -> Response:
    service = _service(request)
    found = await asyncio.to_thread(service.attempt, attempt)
    if found["card"] is None:
        raise NotFoundError(f"attempt {attempt!r} has no score card yet; its call is still live")
    notes = await asyncio.to_thread(_notes, service, found["call"])
    zone = request.app.state.companion.settings.tzinfo
    content = await asyncio.to_thread(lambda: to_pdf(build_card_report(found["card"], lang, found, notes, zone)))
    return _pdf(content, f"scorecard-{attempt}.pdf")


@router.get("/api/training/trainees", response_model=Trainees)
async def trainees(request: Request) -> Any:
    return {"trainees": await asyncio.to_thread(_service(request).trainees)}


@router.get("/api/training/progress", response_model=ProgressSeries)
async def progress(
    request: Request,
    trainee: Annotated[str, Query(min_length=1, max_length=128)],
    scenario_id: str | None = Query(None, max_length=64),
) -> Any:
    """A trainee's scores over time (oldest first), for one scenario or all."""
    points = await asyncio.to_thread(_service(request).progress, trainee, scenario_id)
    return {"trainee": trainee, "scenario_id": scenario_id, "points": points}


@router.get("/api/training/compare", response_model=Comparison)
async def compare(
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=32)],
    b: Annotated[str, Query(min_length=1, max_length=32)],
) -> Any:
    """Two attempts side by side: both cards and, per component, how many fewer points b lost than a."""
    return await asyncio.to_thread(_service(request).compare, a, b)


# ----------------------------------------------------------------------------------------------- replays


class Limits(BaseModel):
    max_upload_mb: int
    audio_types: list[str]
    speeds: list[float]


@router.get("/api/training/limits", response_model=Limits)
async def limits(request: Request) -> Any:
    """What an upload may be, so the page can refuse a file before sending it."""
    from companion.server.app import AUDIO_SUFFIXES

    return {
        "max_upload_mb": _state(request).settings.max_upload_mb,
        "audio_types": sorted(AUDIO_SUFFIXES),
        "speeds": [1.0, 2.0, 0.0],
    }


@router.post("/api/training/replays", response_model=ReplayStarted, status_code=201)
async def start_replay(request: Request, body: StartReplay) -> Any:
    """Replay an uploaded role-play through the live pipeline as a trainee's attempt (speed 1, 2 or 0)."""
    state = _state(request)
    service = _service(request)
    if state.manager is None:
        raise NotReadyError(state.load_error or "the speech model is still loading; try again in a few seconds")
    scenario = await asyncio.to_thread(service.scenario, body.scenario_id) if body.scenario_id else None
    language = check_language(body.language or (scenario["language"] if scenario else state.settings.language))
    playbook = body.playbook or (scenario["playbook"] if scenario else None) or state.settings.playbook
    state.manager.validate(language, playbook)
    path = _upload(state.settings.uploads_dir, body.file_id)
    live = state.manager.start_file(
        path, kind="training", speed=body.speed, language=language, playbook=playbook, channels=body.channels
    )
    await _flushed(request, live.call)
    attempt = await asyncio.to_thread(service.create_attempt, live.call, body.trainee, body.scenario_id, body.file_id)
    return {"call": live.call, "attempt": attempt}


@router.get("/api/training/replays/{call}/progress", response_model=Progress)
async def replay_progress(request: Request, call: str) -> Any:
    """How far the pipeline has got: audio seconds transcribed and analysed, of the recording's total."""
    state = _state(request)
    live = state.manager.get(call) if state.manager is not None else None
    if live is not None and live.pipeline is not None:
        total = _duration(live.source)
        count = live.session.utterance_count if live.session is not None else 0
        if live.status != "live":
            # "done" promises the attempt's card can be read: its call's end must be written first
            await _flushed(request, call)
            done = total if total is not None else live.pipeline.audio_seconds  # a device call: what it heard
            return _progress(call, live.status, "done", done, done, count)
        read_all = total is not None and live.pipeline.audio_seconds >= total - 1e-3
        stage = "finishing" if read_all else "transcribing"
        return _progress(call, "live", stage, live.pipeline.processed_seconds, total, count)
    stored = await asyncio.to_thread(_service(request).store.calls.get_call, call)
    if stored is None:
        raise NotFoundError(f"no call {call!r}")
    duration = float(stored["duration_s"])
    stage = "transcribing" if stored["status"] == "live" else "done"
    return _progress(
        call, stored["status"], stage, duration, None if stage != "done" else duration, int(stored["utterance_count"])
    )


def _duration(source: Any) -> float | None:
    """The recording's length: a file source knows it, wrappers (the call recorder) hold one inside."""
    for _ in range(5):
        if source is None:
            return None
        duration = getattr(source, "duration", None)
        if isinstance(duration, int | float):
            return float(duration)
        source = getattr(source, "_inner", None)
    return None


def _progress(
    call: str, status: str, stage: str, processed: float, total: float | None, utterances: int
) -> dict[str, Any]:
    processed = round(min(processed, total) if total is not None else processed, 2)
    fraction = None if not total else round(min(1.0, processed / total), 3)
    if stage == "done" and total is not None:
        fraction = 1.0
    return {
        "call": call,
        "status": status,
        "stage": stage,
        "processed_s": processed,
        "total_s": None if total is None else round(total, 2),
        "fraction": fraction,
        "utterances": utterances,
    }


@router.get(
    "/api/training/replays/{call}/audio",
    response_class=FileResponse,
    responses=AUDIO,
)
async def replay_audio(request: Request, call: str) -> FileResponse:
    """The recording a training replay was made from (for the page's scrubber; Range requests work)."""
    state = _state(request)
    file_id = await asyncio.to_thread(_service(request).store.replay_file, call)
    if file_id is None:
        raise NotFoundError(f"call {call!r} is not a training replay of an upload")
    path = _upload(state.settings.uploads_dir, file_id)
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media)
