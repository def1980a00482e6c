"""Keep a call's audio: every channel the pipeline receives, Opus in Ogg, written as it arrives.

The file grows as `<call>.ogg.part` (Ogg pages are self-delimiting, so a file cut short by a
crash still plays up to its last page) and becomes `<call>.ogg` at the end of the call by an
atomic rename. Encoding runs in a thread of its own so the event loop never waits for it.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, Any

import av
import numpy as np

from companion.audio.sources import AudioSource
from companion.model import SAMPLE_RATE, AudioChunk

log = logging.getLogger(__name__)

SUFFIX = ".ogg"
PART = ".part"
MEDIA_TYPE = "audio/ogg"
BITRATE_PER_CHANNEL = 12_000  # Opus at 16 kHz: wideband speech, about 75 KiB a minute a channel
# libopus effort: 5 of 10 costs about half of the default 10 for the same size on speech
OPUS_OPTIONS = {"application": "voip", "compression_level": "5"}
# Small I/O buffer and short Ogg pages: after kill -9 only the last second or so is missing
# from the file (measured: 14.5 s of 15.0 s fed were kept); the extra page headers cost about 1 %.
IO_BUFFER = 1024
OGG_OPTIONS = {"page_duration": "500000"}  # µs


def recording_path(folder: Path, call: str) -> Path:
    return folder / f"{call}{SUFFIX}"


class AudioRecorder:
    """Encodes (channels × frames) float32 blocks at 16 kHz to `<folder>/<call>.ogg`."""

    def __init__(self, folder: Path, call: str, channels: int, *, max_pending: int = 600) -> None:
        if channels not in (1, 2):
            raise ValueError("a recording has one or two channels")
        folder.mkdir(parents=True, exist_ok=True)
        self.call = call
        self.path = recording_path(folder, call)
        self.part = self.path.with_name(self.path.name + PART)
        self.channels = channels
        self.frames = 0
        self.failed: str | None = None
        self._layout = "mono" if channels == 1 else "stereo"
        self._queue: queue.Queue[np.ndarray | None] = queue.Queue(max_pending)
        self._file: IO[bytes] = self.part.open("wb", buffering=0)
        self._container: Any = av.open(
            self._file, mode="w", format="ogg", buffer_size=IO_BUFFER, options=dict(OGG_OPTIONS)
        )
        self._stream: Any = self._container.add_stream(
            "libopus", rate=SAMPLE_RATE, layout=self._layout, options=dict(OPUS_OPTIONS)
        )
        self._stream.bit_rate = BITRATE_PER_CHANNEL * channels
        self._finished = False
        self._thread = threading.Thread(target=self._run, name=f"companion-recorder-{call}", daemon=True)
        self._thread.start()

    @property
    def duration_s(self) -> float:
        return self.frames / SAMPLE_RATE

    def write(self, samples: np.ndarray) -> None:
        """Queue one block (not copied: the caller must not change it afterwards)."""
        if self._finished or self.failed is not None:
            return
        try:
            self._queue.put_nowait(samples)
        except queue.Full:  # the encoder fell far behind: wait rather than lose audio
            self._queue.put(samples)

    def finish(self) -> Path | None:
        """Encode what is queued, close the file and give it its final name. Blocking.

        Returns the recording, or None when nothing was recorded (the partial file is removed).
        Whatever was encoded before a failure is kept.
        """
        if self._finished:
            return self.path if self.path.is_file() else None
        self._finished = True
        self._queue.put(None)
        self._thread.join()
        try:
            self._container.close()
        except Exception as exc:  # the encoder's last packets; the pages before them are on disk
            log.warning("recording of call %s did not close cleanly: %s", self.call, exc)
        self._file.close()
        if self.frames == 0:
            self.part.unlink(missing_ok=True)
            return None
        os.replace(self.part, self.path)
        return self.path

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            if self.failed is not None:
                continue
            try:
                self._encode(block)
            except Exception as exc:
                self.failed = str(exc) or type(exc).__name__
                log.error("recording of call %s stopped: %s", self.call, self.failed)
        if self.failed is None:
            try:
                for packet in self._stream.encode(None):
                    self._container.mux(packet)
            except Exception as exc:
                log.warning("recording of call %s: last packets lost: %s", self.call, exc)

    def _encode(self, block: np.ndarray) -> None:
        samples = np.ascontiguousarray(block[: self.channels], dtype=np.float32)
        if samples.shape[1] == 0:
            return
        frame = av.AudioFrame.from_ndarray(samples, format="fltp", layout=self._layout)
        frame.sample_rate = SAMPLE_RATE
        frame.pts = self.frames
        self.frames += samples.shape[1]
        for packet in self._stream.encode(frame):
            self._container.mux(packet)


class RecordingSource:
    """An AudioSource that hands every chunk to a recorder on its way to the pipeline."""

    def __init__(self, inner: AudioSource, recorder: AudioRecorder) -> None:
        self._inner = inner
        self.recorder = recorder

    @property
    def channels(self) -> int:
        return self._inner.channels

    @property
    def duration(self) -> float | None:
        """The wrapped source's length when it knows it (a file does, a microphone does not)."""
        duration = getattr(self._inner, "duration", None)
        return float(duration) if duration is not None else None

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        async for chunk in self._inner.chunks():
            self.recorder.write(chunk.samples)
            yield chunk

    def stop(self) -> None:
        self._inner.stop()


def recover_parts(folder: Path) -> list[tuple[str, Path]]:
    """Recordings left as `.part` by a process that died: renamed to their final name.

    Returns (call, path) for each, for the caller to register with the store.
    """
    found: list[tuple[str, Path]] = []
    if not folder.is_dir():
        return found
    for part in sorted(folder.glob(f"*{SUFFIX}{PART}")):
        final = part.with_name(part.name[: -len(PART)])
        if part.stat().st_size == 0:
            part.unlink(missing_ok=True)
            continue
        os.replace(part, final)
        found.append((final.name[: -len(SUFFIX)], final))
    return found
