"""The decode worker: one thread owns the model; calls queue work for it.

Finals go before partials. A partial that is superseded by a newer one for the same channel
is dropped. Finals that pile up (a fast replay, several calls at once) are packed into one
30 s window, which costs one encoder pass instead of many.
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
from companion.transcription.whisper import PACK_GAP_S, PACK_LIMIT_S, Recognised

log = logging.getLogger(__name__)


class SpeechModel(Protocol):
    def transcribe(self, audio: Samples, language: str | None, prompt: str, beam_size: int) -> Recognised: ...

    def transcribe_packed(
        self, audios: list[Samples], language: str, prompt: str, beam_size: int
    ) -> list[Recognised]: ...


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
    def __init__(self, model: SpeechModel, pack: bool = True) -> None:
        self._model = model
        self._pack = pack
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

    def _take(self) -> list[_Job]:
        with self._cond:
            while True:
                self._finals = [job for job in self._finals if not job.future.cancelled()]
                if self._finals or self._partials or self._closed:
                    break
                self._cond.wait()
            if self._finals:
                first = self._finals.pop(0)
                batch = [first]
                if self._pack and first.language is not None:
                    total = first.seconds
                    for job in list(self._finals):
                        same = (job.language, job.prompt, job.beam_size) == (
                            first.language, first.prompt, first.beam_size,
                        )
                        if same and total + PACK_GAP_S + job.seconds <= PACK_LIMIT_S:
                            batch.append(job)
                            total += PACK_GAP_S + job.seconds
                            self._finals.remove(job)
                return batch
            if self._partials:
                key = min(self._partials, key=lambda k: self._partials[k].order)
                return [self._partials.pop(key)]
            return []

    def _run(self) -> None:
        while True:
            batch = self._take()
            if not batch:
                with self._cond:
                    if self._closed:
                        return
                continue
            live = [job for job in batch if job.future.set_running_or_notify_cancel()]
            if not live:
                continue
            try:
                if len(live) == 1:
                    job = live[0]
                    results = [self._model.transcribe(job.audio, job.language, job.prompt, job.beam_size)]
                else:
                    first = live[0]
                    assert first.language is not None
                    log.debug("packed decode of %d utterances", len(live))
                    results = self._model.transcribe_packed(
                        [job.audio for job in live], first.language, first.prompt, first.beam_size
                    )
            except Exception as exc:  # the model failed: fail these jobs, keep serving
                log.exception("decode failed")
                for job in live:
                    job.future.set_exception(exc)
                continue
            for job, result in zip(live, results, strict=True):
                job.future.set_result(result)
