"""The speech model. The only module that imports faster_whisper.

All calls into the model (decoding and consuming the lazy segment generator) happen on the
caller's thread: the decode worker's. Nothing here is async.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from companion.errors import ModelError
from companion.model import LANGUAGES, SAMPLE_RATE, Samples

log = logging.getLogger(__name__)

PACK_GAP_S = 1.0
PACK_LIMIT_S = 28.0
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).lower())


def load_phantoms(path: Path | None = None) -> frozenset[str]:
    source = path or Path(__file__).with_name("phantoms.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(line) for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True, slots=True)
class Recognised:
    text: str
    language: str | None
    language_probability: float = 0.0


@dataclass(frozen=True, slots=True)
class ModelInfo:
    path: str
    device: str
    compute_type: str


def pick_device(device: str) -> str:
    if device != "auto":
        return device
    try:
        import ctranslate2

        return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    except Exception:  # pragma: no cover - depends on the machine
        return "cpu"


class WhisperEngine:
    """One loaded model, shared by every call. Not thread-safe: use it from one worker thread."""

    def __init__(self, model_dir: Path, device: str = "auto", compute_type: str = "auto", cpu_threads: int = 2):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from faster_whisper import WhisperModel

        chosen = pick_device(device)
        if compute_type == "auto":
            compute_type = "int8_float16" if chosen == "cuda" else "int8"
        try:
            self._model = WhisperModel(
                str(model_dir),
                device=chosen,
                compute_type=compute_type,
                cpu_threads=cpu_threads,
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ModelError(f"cannot load the speech model from {model_dir}: {first}") from None
        self.info = ModelInfo(path=str(model_dir), device=chosen, compute_type=compute_type)
        self._phantoms = load_phantoms()

    def warm_up(self) -> None:
        silence = np.zeros(SAMPLE_RATE, dtype=np.float32)
        self.transcribe(silence, "en", "", beam_size=1)

    def transcribe(
        self, audio: Samples, language: str | None, prompt: str, beam_size: int
    ) -> Recognised:
        segments, info = self._model.transcribe(
            audio,
            language=language,
            task="transcribe",
            beam_size=beam_size,
            temperature=0.0,
            condition_on_previous_text=False,
            initial_prompt=prompt or None,
            without_timestamps=True,
            vad_filter=False,
            no_speech_threshold=0.6,
            log_prob_threshold=-1.0,
            compression_ratio_threshold=2.4,
        )
        pieces = [s.text for s in segments if self._keep(s)]
        detected = language or _restrict_language(info)
        joiner = " " if detected == "en" else ""
        return Recognised(
            text=_join(pieces, joiner),
            language=detected,
            language_probability=float(getattr(info, "language_probability", 0.0)),
        )

    def transcribe_packed(
        self, audios: list[Samples], language: str, prompt: str, beam_size: int
    ) -> list[Recognised]:
        """Several utterances in one 30 s window: one encoder pass instead of many.

        Words are given back to the utterance their midpoint falls in.
        """
        gap = np.zeros(round(PACK_GAP_S * SAMPLE_RATE), dtype=np.float32)
        bounds: list[tuple[float, float]] = []
        pieces: list[Samples] = []
        cursor = 0.0
        for audio in audios:
            seconds = len(audio) / SAMPLE_RATE
            bounds.append((cursor, cursor + seconds))
            pieces += [audio, gap]
            cursor += seconds + PACK_GAP_S
        segments, _ = self._model.transcribe(
            np.concatenate(pieces),
            language=language,
            task="transcribe",
            beam_size=beam_size,
            temperature=0.0,
            condition_on_previous_text=False,
            initial_prompt=prompt or None,
            word_timestamps=True,
            vad_filter=False,
            no_speech_threshold=0.6,
            log_prob_threshold=-1.0,
            compression_ratio_threshold=2.4,
        )
        words: list[list[str]] = [[] for _ in audios]
        for segment in segments:
            if not self._keep(segment):
                continue
            for word in segment.words or []:
                middle = (word.start + word.end) / 2
                words[_nearest(bounds, middle)].append(word.word)
        # Whisper's words carry their own leading spaces where the language uses them.
        return [Recognised(text=self._clean("".join(w).strip()), language=language) for w in words]

    def _keep(self, segment: object) -> bool:
        text = getattr(segment, "text", "")
        if not _fold(text):
            return False
        if _fold(text) in self._phantoms:
            log.debug("dropped a phantom phrase")
            return False
        return not getattr(segment, "compression_ratio", 0.0) > 2.4

    def _clean(self, text: str) -> str:
        return "" if _fold(text) in self._phantoms else text


def _restrict_language(info: object) -> str:
    """Detected language, restricted to the ones the companion analyses."""
    probs = getattr(info, "all_language_probs", None) or []
    for code, _ in sorted(probs, key=lambda item: -item[1]):
        if code in LANGUAGES:
            return str(code)
    code = getattr(info, "language", "ja")
    return code if code in LANGUAGES else "ja"


def _join(pieces: list[str], joiner: str) -> str:
    return joiner.join(piece.strip() for piece in pieces if piece.strip()).strip()


def _nearest(bounds: list[tuple[float, float]], t: float) -> int:
    best, best_distance = 0, float("inf")
    for i, (start, end) in enumerate(bounds):
        distance = 0.0 if start <= t <= end else min(abs(t - start), abs(t - end))
        if distance < best_distance:
            best, best_distance = i, distance
    return best
