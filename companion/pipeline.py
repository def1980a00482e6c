"""Wires source → VAD → segmenter → decode worker → call session. `serve` and `replay` share it."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

import numpy as np

from companion.analysis.base import AnalysisEngine
from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import load_playbook
from companion.audio.sources import AudioSource
from companion.audio.vad import SileroSession, StreamingVad
from companion.audio.voiceprint import Voiceprint, voiceprint
from companion.call import CallSession
from companion.clock import Clock
from companion.model import Hypothesis, Speaker, Utterance
from companion.speakers.online import OnlineAttributor
from companion.speakers.text_cue import PlaybookTextCue
from companion.transcription.segmenter import (
    Cancel,
    Candidate,
    Commit,
    Partial,
    Segmenter,
    SegmenterConfig,
)
from companion.transcription.whisper import Recognised
from companion.transcription.worker import DecodeWorker

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Engines:
    """The long-lived, shared parts: one speech model worker, one VAD session, the analysis."""

    worker: DecodeWorker
    vad: SileroSession
    analysis: AnalysisEngine
    beam_size: int = 5


@dataclass(frozen=True, slots=True)
class CallOptions:
    speakers: tuple[Speaker, ...]
    language: str | None  # None = detect once, from the first utterance
    playbook: str | None = None
    segmenter: SegmenterConfig = field(default_factory=SegmenterConfig)
    speculative: bool = True  # start the final decode as soon as silence begins
    attribute: bool = False  # mono: work out staff or customer for each utterance (channel map `auto`)


@dataclass(slots=True)
class _Channel:
    index: int
    speaker: Speaker
    vad: StreamingVad
    segmenter: Segmenter
    candidates: dict[int, tuple[Candidate, Future[Recognised | None] | None]] = field(default_factory=dict)
    partial_generation: int = 0


class CallPipeline:
    """Runs one call from its source to the end of its summary."""

    def __init__(
        self,
        engines: Engines,
        session: CallSession,
        clock: Clock,
        options: CallOptions,
        on_levels: Callable[[float, list[float]], None] | None = None,
    ) -> None:
        self._on_levels = on_levels
        self._engines = engines
        self._session = session
        self._clock = clock
        self._options = options
        self._language = options.language
        self._commits: asyncio.Queue[_Committed | None] = asyncio.Queue()
        self._attributor = _attributor(engines.analysis, options) if options.attribute else None
        self._attributed: list[int | None] = []  # session index of each utterance the attributor saw
        self._channels = [
            _Channel(i, speaker, StreamingVad(engines.vad), Segmenter(options.segmenter))
            for i, speaker in enumerate(options.speakers)
        ]
        self._partial_tasks: set[asyncio.Task[None]] = set()
        self._emitting: deque[float] = deque()  # starts of committed utterances not yet emitted, in order
        self.audio_seconds = 0.0

    @property
    def processed_seconds(self) -> float:
        """Audio fully through the pipeline: every utterance that began before this point has been emitted."""
        pending = [*self._emitting, *(ch.segmenter.settled_s for ch in self._channels)]
        return min([self.audio_seconds, *pending])

    async def run(self, source: AudioSource) -> dict[str, object]:
        emitter = asyncio.create_task(self._emit_commits())
        try:
            async for chunk in source.chunks():
                now = self._clock.now()
                self.audio_seconds = max(self.audio_seconds, chunk.end)
                for channel in self._channels:
                    samples = chunk.samples[channel.index]
                    probs = channel.vad.push(samples)
                    self._handle(channel, channel.segmenter.push(samples, probs, now))
                if self._on_levels is not None:
                    self._on_levels(chunk.end, levels_dbfs(chunk.samples))
            for channel in self._channels:
                self._handle(channel, channel.segmenter.flush())
        finally:
            await self._commits.put(None)
            await emitter
            for task in list(self._partial_tasks):
                task.cancel()
        self._refine_attribution()
        return self._session.finish()

    def _refine_attribution(self) -> None:
        """The whole call heard: attribute it once more and tell the session what changed."""
        if self._attributor is None:
            return
        changes = [
            (index, found.speaker, found.confidence)
            for position, found in self._attributor.refine()
            if (index := self._attributed[position]) is not None
        ]
        self._session.reattribute(changes)

    def _handle(self, channel: _Channel, actions: list[Partial | Candidate | Commit | Cancel]) -> None:
        for action in actions:
            if isinstance(action, Partial):
                self._maybe_partial(channel, action)
            elif isinstance(action, Candidate):
                future = self._submit_final(channel, action) if self._options.speculative else None
                channel.candidates[action.segment] = (action, future)
            elif isinstance(action, Cancel):
                _, future = channel.candidates.pop(action.segment, (None, None))
                if future is not None:
                    future.cancel()
            elif isinstance(action, Commit):
                candidate, future = channel.candidates.pop(action.segment)
                if future is None:
                    future = self._submit_final(channel, candidate)
                channel.partial_generation += 1
                self._emitting.append(candidate.start)
                voice = None
                if self._attributor is not None:
                    voice = asyncio.ensure_future(asyncio.to_thread(voiceprint, candidate.audio))
                self._commits.put_nowait(_Committed(channel, candidate, future, voice))

    def _submit_final(self, channel: _Channel, candidate: Candidate) -> Future[Recognised | None]:
        return self._engines.worker.submit(
            candidate.audio,
            language=self._language,
            prompt=self._prompt(),
            beam_size=self._engines.beam_size,
            final=True,
            channel_key=f"{self._session.call}/{channel.index}",
        )

    def _prompt(self) -> str:
        if self._language is None:
            return ""
        return self._engines.analysis.asr_prompt(self._language, self._options.playbook)

    def _maybe_partial(self, channel: _Channel, partial: Partial) -> None:
        if self._language is None or self._engines.worker.busy:
            return
        generation = channel.partial_generation
        future = self._engines.worker.submit(
            partial.audio,
            language=self._language,
            prompt=self._prompt(),
            beam_size=1,
            final=False,
            channel_key=f"{self._session.call}/{channel.index}",
        )

        async def deliver() -> None:
            result = await asyncio.wrap_future(future)
            if result is not None and result.text and generation == channel.partial_generation:
                self._session.partial(Hypothesis(channel.speaker, result.text, partial.start))

        task = asyncio.create_task(deliver())
        self._partial_tasks.add(task)
        task.add_done_callback(self._partial_tasks.discard)

    async def _emit_commits(self) -> None:
        """Utterances leave in the order their speakers finished, whatever order decodes end in."""
        while (item := await self._commits.get()) is not None:
            channel, candidate = item.channel, item.candidate
            try:
                result = await asyncio.wrap_future(item.decode)
            except Exception:
                log.exception("an utterance could not be transcribed")
                continue
            finally:
                self._emitting.popleft()
            if result is None or not result.text:
                continue
            if self._language is None and result.language:
                self._language = result.language
                self._session.set_language(result.language)
            utterance = Utterance(
                speaker=channel.speaker,
                text=result.text,
                start=candidate.start,
                end=candidate.end,
                received_at=candidate.received_at,
                language=result.language,
            )
            if self._attributor is None:
                self._session.utterance(utterance)
                continue
            voice = await item.voice if item.voice is not None else None
            found = self._attributor.observe(result.text, self._session.language or "ja", voice)
            attributed = replace(
                utterance, speaker=found.speaker, speaker_source="attributed", speaker_confidence=found.confidence
            )
            self._attributed.append(self._session.utterance(attributed))


@dataclass(frozen=True, slots=True)
class _Committed:
    """An utterance whose end is confirmed: its decode, and its voiceprint when speech is attributed."""

    channel: _Channel
    candidate: Candidate
    decode: Future[Recognised | None]
    voice: asyncio.Future[Voiceprint | None] | None = None


def _attributor(analysis: AnalysisEngine, options: CallOptions) -> OnlineAttributor:
    book = load_playbook(options.playbook)
    cue = PlaybookTextCue(analysis, book) if isinstance(analysis, PlaybookEngine) else None
    return OnlineAttributor(book.speakers, cue)


def levels_dbfs(samples: np.ndarray) -> list[float]:
    """RMS level of each channel in dBFS (−100 for digital silence), for the panel's meters."""
    rms = np.sqrt(np.mean(np.square(samples, dtype=np.float64), axis=1))
    return [round(float(20 * np.log10(max(value, 1e-5))), 1) for value in rms]
