"""Audio sources: a file paced by the injected clock, and the protocol every source follows."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Protocol

from companion.clock import Clock
from companion.model import SAMPLE_RATE, AudioChunk, Samples

CHUNK_S = 0.1


class AudioSource(Protocol):
    @property
    def channels(self) -> int: ...

    def chunks(self) -> AsyncIterator[AudioChunk]: ...

    def stop(self) -> None: ...


class FileSource:
    """Feeds decoded audio at `speed` × real time (0 = as fast as the pipeline takes it)."""

    def __init__(self, samples: Samples, clock: Clock, speed: float = 1.0, chunk_s: float = CHUNK_S) -> None:
        if speed < 0:
            raise ValueError("speed must be 0 or more")
        self._samples = samples
        self._clock = clock
        self._speed = speed
        self._chunk = max(1, round(chunk_s * SAMPLE_RATE))
        self._stopped = False

    @property
    def channels(self) -> int:
        return int(self._samples.shape[0])

    @property
    def duration(self) -> float:
        return float(self._samples.shape[1] / SAMPLE_RATE)

    def stop(self) -> None:
        self._stopped = True

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        began = self._clock.now()
        total = self._samples.shape[1]
        for offset in range(0, total, self._chunk):
            if self._stopped:
                return
            block = self._samples[:, offset : offset + self._chunk]
            chunk = AudioChunk(samples=block, start=offset / SAMPLE_RATE)
            if self._speed > 0:
                await self._clock.sleep_until(began + chunk.end / self._speed)
            else:
                await asyncio.sleep(0)
            yield chunk
