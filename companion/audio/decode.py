"""Any audio file → 16 kHz float32, one row per channel. The only module that imports PyAV."""

from __future__ import annotations

import logging
from pathlib import Path

import av
import numpy as np

from companion.audio.integrity import check_wav_complete
from companion.errors import BadAudioError
from companion.model import SAMPLE_RATE, Samples

log = logging.getLogger(__name__)

MAX_CHANNELS = 2


def decode_file(path: Path) -> Samples:
    """Decode WAV/FLAC/MP3/OGG/M4A (μ-law telephone audio included) to shape (channels, frames).

    Raises BadAudioError with one line for anything that is not decodable audio.
    """
    if not path.is_file():
        raise BadAudioError(f"audio file not found: {path}")
    if path.stat().st_size == 0:
        raise BadAudioError(f"audio file is empty: {path}")
    check_wav_complete(path)
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise BadAudioError(f"not a readable audio file: {path} ({_reason(exc)})") from None
    try:
        with container:
            if not container.streams.audio:
                raise BadAudioError(f"no audio stream in {path}")
            stream = container.streams.audio[0]
            channels = stream.codec_context.channels or 1
            if channels > MAX_CHANNELS:
                raise BadAudioError(
                    f"{path} has {channels} channels; mono or two-channel audio is supported"
                )
            layout = "mono" if channels == 1 else "stereo"
            resampler = av.AudioResampler(format="fltp", layout=layout, rate=SAMPLE_RATE)
            pieces: list[np.ndarray] = []
            for frame in container.decode(stream):
                frame.pts = None
                for out in resampler.resample(frame):
                    pieces.append(out.to_ndarray())
            for out in resampler.resample(None):
                pieces.append(out.to_ndarray())
    except BadAudioError:
        raise
    except (av.error.FFmpegError, ValueError, IndexError) as exc:
        raise BadAudioError(f"cannot decode {path} ({_reason(exc)})") from None
    if not pieces:
        raise BadAudioError(f"no audio samples in {path}")
    samples = np.concatenate(pieces, axis=1).astype(np.float32, copy=False)
    if samples.shape[1] < SAMPLE_RATE // 10:
        raise BadAudioError(f"{path} holds less than 0.1 s of audio")
    log.debug("decoded %s: %d channel(s), %.1f s", path.name, samples.shape[0], samples.shape[1] / SAMPLE_RATE)
    return np.ascontiguousarray(samples)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


class StreamResampler:
    """Resample a live stream (channels × frames float32 blocks) to 16 kHz without edge clicks."""

    def __init__(self, rate: int, channels: int) -> None:
        self._rate = rate
        self._layout = "mono" if channels == 1 else "stereo"
        self._channels = channels
        self._resampler = None if rate == SAMPLE_RATE else av.AudioResampler(
            format="fltp", layout=self._layout, rate=SAMPLE_RATE
        )
        self._pts = 0

    def push(self, block: np.ndarray) -> Samples:
        block = np.ascontiguousarray(block, dtype=np.float32)
        if self._resampler is None:
            return block
        frame = av.AudioFrame.from_ndarray(block, format="fltp", layout=self._layout)
        frame.sample_rate = self._rate
        frame.pts = self._pts
        self._pts += block.shape[1]
        outs = [out.to_ndarray() for out in self._resampler.resample(frame)]
        if not outs:
            return np.zeros((self._channels, 0), dtype=np.float32)
        return np.concatenate(outs, axis=1).astype(np.float32, copy=False)
