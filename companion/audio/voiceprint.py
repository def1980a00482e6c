"""What a voice sounds like, from one utterance's audio: numbers for telling two speakers apart.

Pure numpy, no model: cepstral statistics (the shape of the vocal tract) and pitch statistics
(the voice's register), computed over the utterance's voiced frames only. The speech model's
own encoder states, mean-pooled, can be added by the caller (`with_encoder`); see
`companion/speakers/` for how they are compared and `benchmarks/attribution_bench.py` for
which of them earns its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

import numpy as np
import numpy.typing as npt

from companion.model import SAMPLE_RATE, Samples

FRAME = 400  # 25 ms
HOP = 160  # 10 ms
FFT = 512
MELS = 40
CEPSTRA = 20  # c0 (loudness) is dropped: it says how close the microphone was, not who spoke
PITCH_FRAME = 640  # 40 ms: two periods of a 50 Hz voice
PITCH_HOP = 320
PITCH_MIN_HZ = 60.0
PITCH_MAX_HZ = 420.0
VOICED_CORRELATION = 0.45
MIN_FRAMES = 5

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Voiceprint:
    """One utterance's voice. `cepstral`: MFCC 1–19 means and deviations; `pitch`: log2 F0 p10/p50/p90."""

    cepstral: Vector
    pitch: Vector | None
    encoder: Vector | None = field(default=None)
    seconds: float = 0.0

    def with_encoder(self, encoder: Vector | None) -> Voiceprint:
        return replace(self, encoder=None if encoder is None else np.asarray(encoder, dtype=np.float32))


def voiceprint(audio: Samples) -> Voiceprint | None:
    """The voice features of one utterance (16 kHz mono float32), or None when it is too short or silent."""
    audio = np.asarray(audio, dtype=np.float32)
    if audio.ndim != 1 or len(audio) < FRAME + HOP * MIN_FRAMES:
        return None
    frames = _frames(audio, FRAME, HOP)
    energy = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    if not energy.any():
        return None
    loud = energy >= max(energy.max() * 10 ** (-30 / 20), 1e-4)  # within 30 dB of the loudest frame
    if loud.sum() < MIN_FRAMES:
        return None
    cepstra = _mfcc(frames[loud])
    cepstral = np.concatenate([cepstra.mean(axis=0), cepstra.std(axis=0)]).astype(np.float32)
    return Voiceprint(cepstral=cepstral, pitch=_pitch(audio, loud), seconds=len(audio) / SAMPLE_RATE)


def _frames(audio: Samples, size: int, hop: int) -> npt.NDArray[np.float32]:
    count = 1 + (len(audio) - size) // hop
    index = np.arange(size)[None, :] + hop * np.arange(count)[:, None]
    framed: npt.NDArray[np.float32] = audio[index]
    return framed


def _mfcc(frames: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    frames64 = frames.astype(np.float64)  # numpy's FFT is faster on float64 than on float32 here
    emphasised = np.concatenate([frames64[:, :1], frames64[:, 1:] - 0.97 * frames64[:, :-1]], axis=1)
    spectrum = np.abs(np.fft.rfft(emphasised * _hann(FRAME), n=FFT)) ** 2
    mel = np.log(spectrum @ _mel_bank().T + 1e-10)
    cepstra = mel @ _dct().T
    return cepstra[:, 1:]


def _pitch(audio: Samples, loud: npt.NDArray[np.bool_]) -> Vector | None:
    """F0 by normalised autocorrelation on 40 ms frames every 20 ms, over the loud frames only;
    p10, p50 and p90 of log2 F0 over the voiced ones."""
    frames = _frames(audio, PITCH_FRAME, PITCH_HOP)
    starts = np.arange(len(frames)) * PITCH_HOP // HOP  # the cepstral frame each pitch frame starts at
    frames = frames[loud[np.minimum(starts, len(loud) - 1)]].astype(np.float64)
    if len(frames) < MIN_FRAMES:
        return None
    frames = frames - frames.mean(axis=1, keepdims=True)
    spectrum = np.fft.rfft(frames, n=2 * PITCH_FRAME)
    correlation = np.fft.irfft(np.abs(spectrum) ** 2)[:, :PITCH_FRAME]
    zero = correlation[:, :1]
    low, high = int(SAMPLE_RATE / PITCH_MAX_HZ), int(SAMPLE_RATE / PITCH_MIN_HZ)
    # Normalise by the overlap that shrinks with the lag, so long periods are not penalised.
    overlap = (PITCH_FRAME - np.arange(low, high)) / PITCH_FRAME
    normalised = correlation[:, low:high] / np.maximum(zero, 1e-12) / overlap
    lag = np.argmax(normalised, axis=1)
    peak = normalised[np.arange(len(lag)), lag]
    voiced = (peak >= VOICED_CORRELATION) & (zero[:, 0] > 1e-6 * PITCH_FRAME)
    if voiced.sum() < MIN_FRAMES:
        return None
    f0 = np.log2(SAMPLE_RATE / (lag[voiced] + low))
    spread: Vector = np.percentile(f0, [10, 50, 90]).astype(np.float32)
    return spread


@cache
def _hann(size: int) -> npt.NDArray[np.float64]:
    return np.hanning(size)


@cache
def _mel_bank() -> npt.NDArray[np.float64]:
    def to_mel(hz: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        return 2595.0 * np.log10(1.0 + hz / 700.0)

    edges_mel = np.linspace(to_mel(np.array(60.0)), to_mel(np.array(7600.0)), MELS + 2)
    edges = 700.0 * (10 ** (edges_mel / 2595.0) - 1.0)
    bins = np.fft.rfftfreq(FFT, 1 / SAMPLE_RATE)
    bank = np.zeros((MELS, len(bins)))
    for i in range(MELS):
        left, centre, right = edges[i], edges[i + 1], edges[i + 2]
        rising = (bins - left) / (centre - left)
        falling = (right - bins) / (right - centre)
        bank[i] = np.clip(np.minimum(rising, falling), 0.0, None)
    return bank


@cache
def _dct() -> npt.NDArray[np.float64]:
    n = np.arange(MELS)
    k = np.arange(CEPSTRA)[:, None]
    basis: npt.NDArray[np.float64] = np.cos(np.pi * k * (2 * n + 1) / (2 * MELS)) * np.sqrt(2.0 / MELS)
    return basis
