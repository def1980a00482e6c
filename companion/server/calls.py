"""Live calls in the service: start, stop, follow. Every event goes to the bus and to the recorder."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from companion.audio.channels import parse_channel_map, wants_attribution
from companion.audio.recorder import AudioRecorder, RecordingSource
from companion.audio.sources import AudioSource, FileSource
from companion.bus import CallBus
from companion.call import CallSession
from companion.clock import Clock
from companion.config import Settings
from companion.errors import CallStateError, CompanionError, NotFoundError
from companion.events import NumberedEvent
from companion.model import Speaker
from companion.pipeline import CallPipeline, Engines
from companion.replay import call_options, prepare_audio

log = logging.getLogger(__name__)

KEEP_ENDED = 50


class Recorder(Protocol):
    """Where events are kept beyond the live bus (the store's writer)."""

    def open_call(self, call: str, **meta: Any) -> None: ...

    def append(self, event: dict[str, Any]) -> None: ...

    def close_call(self, call: str, status: str) -> None: ...

    def set_audio(self, call: str, path: str | None) -> None: ...


class NullRecorder:
    def open_call(self, call: str, **meta: Any) -> None:
        pass

    def append(self, event: dict[str, Any]) -> None:
        pass

    def close_call(self, call: str, status: str) -> None:
        pass

    def set_audio(self, call: str, path: str | None) -> None:
        pass


@dataclass(slots=True)
class LiveCall:
    call: str
    source_kind: str
    bus: CallBus
    source: AudioSource
    language: str | None
    session: CallSession | None = None
    levels: Board = field(default_factory=lambda: Board(limit=50))
    task: asyncio.Task[None] | None = None
    pipeline: CallPipeline | None = None
    status: str = "live"
    meta: dict[str, Any] = field(default_factory=dict)
    recording: AudioRecorder | None = None


class CallManager:
    def __init__(self, engines: Engines, settings: Settings, clock: Clock, recorder: Recorder | None = None) -> None:
        self._engines = engines
        self._settings = settings
        self._clock = clock
        self._recorder = recorder or NullRecorder()
        self._calls: OrderedDict[str, LiveCall] = OrderedDict()
        self.board = Board()

    def get(self, call: str) -> LiveCall | None:
        return self._calls.get(call)

    def live(self) -> list[LiveCall]:
        return [c for c in self._calls.values() if c.status == "live"]

    def validate(self, language: str | None, playbook: str | None) -> None:
        """Fail before anything starts when the playbook is unknown or invalid."""
        self._engines.analysis.start_call(language or "ja", playbook)

    def start_file(
        self,
        path: Path,
        *,
        kind: str,
        speed: float,
        language: str | None,
        playbook: str | None,
        channels: str | None,
        staff: str | None = None,
    ) -> LiveCall:
        audio = prepare_audio(path, channels)
        source = FileSource(audio.samples, self._clock, speed)
        return self._start(
            source,
            audio.speakers,
            kind=kind,
            speed=speed,
            language=language,
            playbook=playbook,
            staff=staff,
            attribute=audio.attribute,
        )

    def start_device(
        self,
        device: str | int | None,
        *,
        language: str | None,
        playbook: str | None,
        channels: str | None,
        staff: str | None = None,
    ) -> LiveCall:
        from companion.audio.device import DeviceSource

        attribute = wants_attribution(channels)  # one microphone for both people
        count = 1 if attribute else len(channels.split(",")) if channels else None
        source = DeviceSource(device, count)
        speakers = (Speaker.UNKNOWN,) if attribute else parse_channel_map(channels, source.channels)
        return self._start(
            source,
            speakers,
            kind="device",
            speed=1.0,
            language=language,
            playbook=playbook,
            staff=staff,
            attribute=attribute,
        )

    def _start(
        self,
        source: AudioSource,
        speakers: tuple[Any, ...],
        *,
        kind: str,
        speed: float,
        language: str | None,
        playbook: str | None,
        staff: str | None = None,
        attribute: bool = False,
    ) -> LiveCall:
        self.validate(language, playbook)
        call = uuid.uuid4().hex[:12]
        bus = CallBus(call)
        recording = self._recording(call, source.channels)
        if recording is not None:
            source = RecordingSource(source, recording)
        meta = {"speakers": [str(s) for s in speakers], "staff": staff}
        live = LiveCall(call, kind, bus, source, language, meta=meta, recording=recording)
        self._calls[call] = live
        self._evict()
        self._recorder.open_call(
            call,
            source=kind,
            language=language or "auto",
            playbook=playbook or "default",
            channels="auto" if attribute else ",".join(str(s) for s in speakers),
            staff=staff,
        )

        def publish(event: NumberedEvent) -> None:
            bus.publish(event)
            self._recorder.append(event.as_dict())
            if event.type in ("escalation", "alert", "summary"):
                self.board.notify(event.as_dict())

        session = CallSession(call, self._engines.analysis, self._clock, publish, language=language, playbook=playbook)
        options = call_options(self._settings, speakers, language, playbook, speed, attribute)
        pipeline = CallPipeline(
            self._engines,
            session,
            self._clock,
            options,
            on_levels=lambda t, levels: live.levels.notify({"t": round(t, 2), "levels": levels}),
        )
        live.session = session
        live.pipeline = pipeline
        self.board.notify({"type": "call_started", "call": call, "source": kind, "language": language or "auto"})
        live.task = asyncio.create_task(self._run(live, pipeline))
        log.info("call %s started (%s)", call, kind)
        return live

    async def _run(self, live: LiveCall, pipeline: CallPipeline) -> None:
        status = "ended"
        try:
            await pipeline.run(live.source)
        except CompanionError as exc:
            log.warning("call %s stopped: %s", live.call, exc)
            status = "interrupted"
        except asyncio.CancelledError:
            status = "interrupted"
            raise
        except Exception:
            log.exception("call %s failed", live.call)
            status = "interrupted"
        finally:
            if live.recording is not None:  # first, so that whoever hears the call ended finds its audio
                await self._keep_recording(live.call, live.recording)
            live.status = status
            live.bus.close()
            self.board.notify({"type": "call_ended", "call": live.call, "status": status})
            self._recorder.close_call(live.call, status)
            log.info("call %s %s", live.call, status)

    def _recording(self, call: str, channels: int) -> AudioRecorder | None:
        """A recorder for the call when the settings keep audio; a failure to start one never stops the call."""
        if not self._settings.record_audio:
            return None
        try:
            return AudioRecorder(self._settings.recordings_dir, call, channels)
        except Exception as exc:  # disk full, no encoder: the call goes on unrecorded
            log.error("call %s will not be recorded: %s", call, exc)
            return None

    async def _keep_recording(self, call: str, recording: AudioRecorder) -> None:
        try:
            path = await asyncio.shield(asyncio.to_thread(recording.finish))
        except asyncio.CancelledError:  # shutting down: finish in this thread rather than lose the file
            path = recording.finish()
        except Exception:
            log.exception("the recording of call %s could not be finished", call)
            return
        if path is not None:
            self._recorder.set_audio(call, str(path))
            log.info("call %s recorded: %.1f s, %d bytes", call, recording.duration_s, path.stat().st_size)

    def escalate(self, call: str, by: str, reason: str) -> LiveCall:
        live = self._calls.get(call)
        if live is None or live.session is None:
            raise NotFoundError(f"no call {call!r}")
        if live.status != "live":
            raise CallStateError(f"call {call!r} has ended; escalate it from the review page")
        live.session.escalate(by, reason)
        return live

    def correct(self, call: str, index: int, original: str, corrected: str) -> LiveCall:
        live = self._calls.get(call)
        if live is None or live.session is None:
            raise NotFoundError(f"no call {call!r}")
        if live.status != "live":
            raise CallStateError(f"call {call!r} has ended; correct it from the review page")
        try:
            live.session.correct(index, original, corrected)
        except ValueError as exc:
            raise NotFoundError(str(exc)) from None
        return live

    def stop(self, call: str) -> LiveCall:
        live = self._calls.get(call)
        if live is None:
            raise NotFoundError(f"no live call {call!r}")
        live.source.stop()
        return live

    async def shutdown(self) -> None:
        for live in self.live():
            live.source.stop()
        tasks = [c.task for c in self._calls.values() if c.task is not None and not c.task.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=30)

    def _evict(self) -> None:
        ended = [c for c in self._calls.values() if c.status != "live"]
        for old in ended[: max(0, len(ended) - KEEP_ENDED)]:
            self._calls.pop(old.call, None)


class Board:
    """Notices for supervisors across all calls: started, ended, alerts, escalations. Live only."""

    def __init__(self, limit: int = 500) -> None:
        self._viewers: list[asyncio.Queue[dict[str, Any]]] = []
        self._limit = limit

    def notify(self, notice: dict[str, Any]) -> None:
        for queue in list(self._viewers):
            if queue.full():
                self._viewers.remove(queue)
            else:
                queue.put_nowait(notice)

    def subscribe(self) -> asyncio.Queue[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(self._limit)
        self._viewers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[dict[str, Any]]) -> None:
        if queue in self._viewers:
            self._viewers.remove(queue)


def new_file_id() -> str:
    return uuid.uuid4().hex
