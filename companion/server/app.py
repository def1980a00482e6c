"""create_app(settings): the HTTP API, the websockets and the web pages."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, File, Request, UploadFile, WebSocket, WebSocketDisconnect
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from companion.analysis.base import AnalysisEngine
from companion.audio.decode import decode_file
from companion.audio.integrity import check_wav_complete
from companion.bus import SlowViewerError
from companion.clock import SystemClock
from companion.config import Settings
from companion.errors import BadAudioError, CompanionError, NotFoundError, NotReadyError, TooLargeError
from companion.server.calls import CallManager, new_file_id
from companion.server.pages import router as pages_router
from companion.server.review_api import router as review_router
from companion.server.training_api import router as training_router
from companion.services import Runtime, build_runtime, check_language
from companion.storage import CallStore, StoreWriter, open_store

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
DEMO_CALL = Path(__file__).resolve().parents[1] / "demo" / "demo_call.flac"
AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac", ".webm", ".au"}


class StartCall(BaseModel):
    source: Literal["device", "upload", "demo"]
    file_id: str | None = Field(default=None, pattern=r"^[0-9a-f]{32}$")
    device: str | int | None = None
    speed: float = Field(default=1.0, ge=0, le=50)
    language: str | None = None
    playbook: str | None = None
    channels: str | None = None
    staff: str | None = Field(default=None, max_length=128, description="who takes the call (the report's reporter)")


class Escalate(BaseModel):
    reason: str = Field(default="", max_length=500)
    by: Literal["staff", "supervisor"] = "staff"


class Correction(BaseModel):
    index: int = Field(ge=0)
    original: str = Field(min_length=1, max_length=200)
    corrected: str = Field(min_length=1, max_length=200)


class CallStarted(BaseModel):
    call: str


@dataclass(slots=True)
class AppState:
    settings: Settings
    runtime: Runtime | None = None
    store: CallStore | None = None
    writer: StoreWriter | None = None
    manager: CallManager | None = None
    load_error: str | None = None
    loader: asyncio.Task[None] | None = None


async def _until_disconnect(websocket: WebSocket) -> None:
    """Read (and ignore) what a viewer sends until it goes away."""
    with suppress(WebSocketDisconnect, RuntimeError):
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass


def create_app(
    settings: Settings,
    *,
    analysis: AnalysisEngine | None = None,
    demo: bool = False,
) -> FastAPI:
    state = AppState(settings)

    async def load() -> None:
        try:
            state.runtime = await asyncio.to_thread(build_runtime, settings, analysis)
            state.manager = CallManager(state.runtime.engines, settings, SystemClock(), state.writer)
            if demo and DEMO_CALL.is_file():
                state.manager.start_file(
                    DEMO_CALL, kind="demo", speed=1.0, language="ja", playbook=settings.playbook, channels=None
                )
        except CompanionError as exc:
            state.load_error = str(exc)
            log.error("the service cannot start calls: %s", exc)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.uploads_dir.mkdir(parents=True, exist_ok=True)
        state.store = await asyncio.to_thread(open_store, settings)
        interrupted = await asyncio.to_thread(state.store.mark_interrupted)
        if interrupted:
            log.warning("%d call(s) were interrupted by the last shutdown and are marked so", len(interrupted))
        state.writer = StoreWriter(state.store)
        state.loader = asyncio.create_task(load())
        yield
        if state.manager is not None:
            await state.manager.shutdown()
        if state.runtime is not None:
            state.runtime.close()
        await asyncio.to_thread(state.writer.close)
        state.store.close()

    app = FastAPI(title="companion", version="0.1.0", lifespan=lifespan)
    app.state.companion = state

    @app.exception_handler(CompanionError)
    async def on_companion_error(request: Request, exc: CompanionError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = first.get("msg", "invalid request")
        return JSONResponse({"detail": f"{where}: {message}" if where else message}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)

    def store() -> CallStore:
        if state.store is None:
            raise NotReadyError("the call store is not open yet")
        return state.store

    def manager() -> CallManager:
        if state.manager is None:
            if state.load_error:
                raise NotReadyError(state.load_error)
            raise NotReadyError("the speech model is still loading; try again in a few seconds")
        return state.manager

    @app.get("/api/health")
    async def health() -> JSONResponse:
        if state.runtime is not None:
            return JSONResponse({
                "status": "ok",
                "model": state.runtime.model.path,
                "device": state.runtime.model.device,
                "compute_type": state.runtime.model.compute_type,
                "startup_s": round(state.runtime.startup_s, 2),
                "live_calls": len(state.manager.live()) if state.manager else 0,
            })
        if state.load_error:
            return JSONResponse({"status": "error", "detail": state.load_error}, status_code=503)
        return JSONResponse({"status": "loading"}, status_code=503)

    @app.post("/api/uploads")
    async def upload(file: Annotated[UploadFile, File()]) -> dict[str, Any]:
        suffix = Path(file.filename or "").suffix.lower()
        if suffix not in AUDIO_SUFFIXES:
            raise BadAudioError(f"unsupported file type {suffix or '(none)'!r}; upload WAV, FLAC, MP3, OGG or M4A")
        file_id = new_file_id()
        target = settings.uploads_dir / f"{file_id}{suffix}"
        partial = target.with_suffix(suffix + ".part")
        limit = settings.max_upload_mb * 1024 * 1024
        size = 0
        try:
            with partial.open("wb") as out:
                while chunk := await file.read(1 << 20):
                    size += len(chunk)
                    if size > limit:
                        raise TooLargeError(f"file is larger than {settings.max_upload_mb} MB")
                    out.write(chunk)
            check_wav_complete(partial, file.filename or "the upload")
            try:
                audio = await asyncio.to_thread(decode_file, partial)
            except BadAudioError:
                raise BadAudioError(f"{file.filename or 'the upload'} is not readable audio") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.rename(target)
        return {
            "file_id": file_id,
            "filename": file.filename,
            "bytes": size,
            "channels": int(audio.shape[0]),
            "duration_s": round(audio.shape[1] / 16_000, 2),
        }

    @app.post("/api/calls", response_model=CallStarted)
    async def start_call(body: StartCall) -> CallStarted:
        language = check_language(body.language or settings.language)
        playbook = body.playbook or settings.playbook
        calls = manager()
        calls.validate(language, playbook)
        if body.source == "device":
            live = calls.start_device(
                body.device, language=language, playbook=playbook, channels=body.channels, staff=body.staff
            )
        else:
            path = _find_upload(body.file_id) if body.source == "upload" else DEMO_CALL
            if not path.is_file():
                raise NotFoundError("the demo call is not installed" if body.source == "demo" else "unknown file_id")
            live = calls.start_file(
                path,
                kind=body.source,
                speed=body.speed,
                language=language,
                playbook=playbook,
                channels=body.channels,
                staff=body.staff,
            )
        return CallStarted(call=live.call)

    @app.post("/api/calls/{call}/stop")
    async def stop_call(call: str) -> dict[str, Any]:
        live = manager().stop(call)
        return {"call": live.call, "status": live.status}

    @app.post("/api/calls/{call}/escalate")
    async def escalate(call: str, body: Escalate | None = None) -> dict[str, Any]:
        request = body or Escalate()
        live = manager().escalate(call, request.by, request.reason)
        return {"call": live.call, "escalated": True}

    @app.post("/api/calls/{call}/corrections")
    async def correct(call: str, body: Correction) -> dict[str, Any]:
        """A mis-heard word corrected by the staff member: a `correction` event beside the original."""
        manager().correct(call, body.index, body.original, body.corrected)
        return {"call": call, "index": body.index}

    @app.get("/api/playbooks")
    async def playbooks() -> dict[str, Any]:
        from companion.analysis.playbook import bundled_playbooks

        return {"playbooks": bundled_playbooks(), "default": settings.playbook}

    @app.websocket("/ws/calls/{call}/levels")
    async def call_levels(websocket: WebSocket, call: str) -> None:
        """Per-channel input level (dBFS) about ten times a second while the call is live."""
        await websocket.accept()
        live = state.manager.get(call) if state.manager else None
        if live is None or live.status != "live":
            await websocket.close(code=4404, reason=f"no live call {call!r}")
            return
        queue = live.levels.subscribe()
        try:
            while live.status == "live":
                try:
                    await websocket.send_json(await asyncio.wait_for(queue.get(), 1.0))
                except TimeoutError:
                    continue
            await websocket.close(code=1000, reason="call ended")
        except WebSocketDisconnect:
            pass
        finally:
            live.levels.unsubscribe(queue)

    @app.websocket("/ws/devices/levels")
    async def device_levels(websocket: WebSocket, device: str | None = None, channels: int | None = None) -> None:
        """Test a microphone before the call: its per-channel level until the page closes the socket."""
        from companion.audio.device import DeviceSource
        from companion.pipeline import levels_dbfs

        await websocket.accept()
        try:
            source = DeviceSource(device, channels)
        except CompanionError as exc:
            await websocket.close(code=4409, reason=str(exc)[:120])
            return
        try:
            async for chunk in source.chunks():
                await websocket.send_json({"t": round(chunk.end, 2), "levels": levels_dbfs(chunk.samples)})
        except (WebSocketDisconnect, CompanionError):
            pass
        finally:
            source.stop()

    @app.websocket("/ws/board")
    async def board(websocket: WebSocket) -> None:
        """Supervisors' live board: calls starting and ending, alerts and escalations as they happen."""
        await websocket.accept()
        if state.manager is None:
            await websocket.close(code=4503, reason="the service is still loading")
            return
        queue = state.manager.board.subscribe()
        # a page that goes away is only noticed by reading: without this the handler would wait on the
        # queue forever and keep the service from shutting down
        closed = asyncio.create_task(_until_disconnect(websocket))
        try:
            for live in state.manager.live():
                notice = {"type": "call_live", "call": live.call, "source": live.source_kind}
                await websocket.send_json({**notice, "language": live.language or "auto"})
            while True:
                notice_task = asyncio.ensure_future(queue.get())
                await asyncio.wait({notice_task, closed}, return_when=asyncio.FIRST_COMPLETED)
                if closed.done():
                    notice_task.cancel()
                    break
                await websocket.send_json(notice_task.result())
        except WebSocketDisconnect:
            pass
        finally:
            closed.cancel()
            state.manager.board.unsubscribe(queue)

    @app.get("/api/devices")
    async def devices() -> dict[str, Any]:
        from companion.audio.device import list_devices

        try:
            return {"devices": [d.as_dict() for d in await asyncio.to_thread(list_devices)]}
        except CompanionError as exc:
            return {"devices": [], "detail": str(exc)}

    @app.websocket("/ws/calls/{call}")
    async def follow(websocket: WebSocket, call: str, after: int = 0) -> None:
        await websocket.accept()
        live = state.manager.get(call) if state.manager else None
        try:
            if live is None:
                known = state.store is not None and await asyncio.to_thread(state.store.call_status, call) is not None
                stored = await asyncio.to_thread(store().events_after, call, after) if known else []
                if not known:
                    await websocket.close(code=4404, reason=f"no call {call!r}")
                    return
                for body in stored:
                    await websocket.send_text(json.dumps(body, ensure_ascii=False, separators=(",", ":")))
                await websocket.close(code=1000, reason="call ended")
                return
            async for event in live.bus.follow(after):
                await websocket.send_text(event.to_json())
            await websocket.close(code=1000, reason="call ended")
        except SlowViewerError as exc:
            await websocket.close(code=4408, reason=str(exc))
        except WebSocketDisconnect:
            pass

    def _find_upload(file_id: str | None) -> Path:
        if not file_id or not re.fullmatch(r"[0-9a-f]{32}", file_id):
            raise NotFoundError("unknown file_id")
        for path in settings.uploads_dir.glob(f"{file_id}.*"):
            if not path.name.endswith(".part"):
                return path
        raise NotFoundError(f"unknown file_id {file_id!r}; upload the file first")

    @app.get("/", include_in_schema=False)
    async def panel() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    @app.get("/review", include_in_schema=False)
    async def review() -> FileResponse:
        return FileResponse(WEB_DIR / "review.html")

    @app.get("/training", include_in_schema=False)
    async def training() -> FileResponse:
        return FileResponse(WEB_DIR / "training.html")

    app.include_router(pages_router)
    app.include_router(review_router)
    app.include_router(training_router)
    if WEB_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app
