"""The decode worker: one thread owns the model; calls queue work for it.

Finals go before partials, first come first served (a final with others queued behind it is
decoded with a narrower beam). A partial that is superseded by a newer
one for the same channel is dropped, and none is queued while the worker is busy (`busy`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Protocol

from companion.model import SAMPLE_RATE, Samples
from companion.transcription.whisper import Recognised

log = logging.getLogger(__name__)

BACKLOG_BEAM = 2


class SpeechModel(Protocol):
    def transcribe(self, audio: Samples, language: str | None, prompt: str, beam_size: int) -> Recognised: ...


@dataclass(slots=True, eq=False)  # jobs are compared by identity (they hold arrays)
class _Job:
    audio: Samples
    language: str | None
    prompt: str
    beam_size: int
    final: bool
    channel_key: str
    future: Future[Recognised | None] = field(default_factory=Future)
    order: int = 0

    @property
    def seconds(self) -> float:
        return len(self.audio) / SAMPLE_RATE


class DecodeWorker:
    def __init__(self, model: SpeechModel) -> None:
        self._model = model
        self._running = False
        self._finals: list[_Job] = []
        self._partials: dict[str, _Job] = {}
        self._cond = threading.Condition()
        self._counter = itertools.count()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="decode-worker", daemon=True)
        self._thread.start()

    def submit(
        self,
        audio: Samples,
        *,
        language: str | None,
        prompt: str,
        beam_size: int,
        final: bool,
        channel_key: str,
    ) -> Future[Recognised | None]:
        job = _Job(audio, language, prompt, beam_size, final, channel_key, order=next(self._counter))
        with self._cond:
            if self._closed:
                job.future.set_result(None)
                return job.future
            if final:
                self._finals.append(job)
            else:
                old = self._partials.pop(channel_key, None)
                if old is not None:
                    old.future.set_result(None)
                self._partials[channel_key] = job
            self._cond.notify()
        return job.future

    async def decode(self, audio: Samples, **kwargs: object) -> Recognised | None:
        future = self.submit(audio, **kwargs)  # type: ignore[arg-type]
        return await asyncio.wrap_future(future)

    def pending_finals(self) -> int:
        with self._cond:
            return len(self._finals)

    @property
    def busy(self) -> bool:
        """Decoding, or with finals waiting: a partial asked for now would only arrive stale."""
        with self._cond:
            return self._running or bool(self._finals)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            leftover = self._finals + list(self._partials.values())
            self._finals, self._partials = [], {}
            self._cond.notify_all()
        for job in leftover:
            if job.future.set_running_or_notify_cancel():
                job.future.set_result(None)
        self._thread.join(timeout=30)

    def _take(self) -> _Job | None:
        with self._cond:
            while True:
                self._finals = [job for job in self._finals if not job.future.cancelled()]
                if self._finals or self._partials or self._closed:
                    break
                self._cond.wait()
            if self._finals:
                job = self._finals.pop(0)
                if self._finals:  # a backlog: a narrower beam gets everyone their text sooner
                    job.beam_size = min(job.beam_size, BACKLOG_BEAM)
                return job
            if self._partials:
                key = min(self._partials, key=lambda k: self._partials[k].order)
                return self._partials.pop(key)
            return None

    def _run(self) -> None:
        while True:
            job = self._take()
            if job is None:
                with self._cond:
                    if self._closed:
                        return
                continue
            if not job.future.set_running_or_notify_cancel():
                continue
            with self._cond:
                self._running = True
            try:
                result = self._model.transcribe(job.audio, job.language, job.prompt, job.beam_size)
            except Exception as exc:  # the model failed: fail this job, keep serving
                log.exception("decode failed")
                job.future.set_exception(exc)
            else:
                job.future.set_result(result)
            finally:
                with self._cond:
                    self._running = False
