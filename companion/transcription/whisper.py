"""The speech model. The only module that imports faster_whisper.

All calls into the model (decoding and consuming the lazy segment generator) happen on the
caller's thread: the decode worker's. Nothing here is async.
"""

from __future__ import annotations

import logging
import math
import os
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from companion.errors import ModelError
from companion.model import LANGUAGES, SAMPLE_RATE, Samples

log = logging.getLogger(__name__)

COMPACT_LIMIT_S = 28.0
FULL_WINDOW_FRAMES = 3000  # Whisper's 30 s encoder window, 100 mel frames a second
COMPACT_MARGIN_FRAMES = 100
MAX_NEW_TOKENS = 224
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text).lower())


def load_phantoms(path: Path | None = None) -> frozenset[str]:
    source = path or Path(__file__).with_name("phantoms.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(line) for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True, slots=True)
class Recognised:
    """A decode's text; `voice` is the encoder output mean-pooled over the speech (compact decodes on CPU)."""

    text: str
    language: str | None
    language_probability: float = 0.0
    voice: Samples | None = field(default=None, compare=False, repr=False)


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
        self._tokenizers: dict[str, object] = {}

    def warm_up(self) -> None:
        silence = np.zeros(SAMPLE_RATE, dtype=np.float32)
        self.transcribe(silence, "en", "", beam_size=1)

    def transcribe(
        self, audio: Samples, language: str | None, prompt: str, beam_size: int
    ) -> Recognised:
        if language is not None and len(audio) / SAMPLE_RATE <= COMPACT_LIMIT_S:
            return self._transcribe_compact(audio, language, prompt, beam_size)
        return self._transcribe_full(audio, language, prompt, beam_size)

    def _transcribe_compact(self, audio: Samples, language: str, prompt: str, beam_size: int) -> Recognised:
        """One utterance through an encoder window cut to its length instead of 30 s.

        The encoder is most of a decode's cost and scales with its window: on this CPU a 5 s
        utterance decodes in about 0.45 s instead of 1.0 s, with the same accuracy on our
        Japanese test calls (benchmarks/README). faster-whisper always pads to 30 s, so this
        path drives CTranslate2 directly with the same prompt layout faster-whisper builds.
        """
        import ctranslate2
        from faster_whisper.tokenizer import Tokenizer

        tokenizer = self._tokenizers.get(language)
        if tokenizer is None:
            tokenizer = Tokenizer(self._model.hf_tokenizer, True, task="transcribe", language=language)
            self._tokenizers[language] = tokenizer
        assert isinstance(tokenizer, Tokenizer)
        features = self._model.feature_extractor(audio)
        content = features.shape[-1]
        frames = min(FULL_WINDOW_FRAMES, math.ceil((content + COMPACT_MARGIN_FRAMES) / 100) * 100)
        window = np.zeros((1, features.shape[0], frames), dtype=np.float32)
        window[0, :, : min(content, frames)] = features[:, :frames]
        encoded = self._model.model.encode(ctranslate2.StorageView.from_array(window), to_cpu=False)
        voice = _pooled(encoded, content)
        prefix: list[int] = []
        if prompt:
            prefix = [tokenizer.sot_prev, *tokenizer.encode(" " + prompt.strip())[-(MAX_NEW_TOKENS - 1) :]]
        tokens = [*prefix, *tokenizer.sot_sequence, tokenizer.no_timestamps]
        result = self._model.model.generate(
            encoded,
            [tokens],
            beam_size=beam_size,
            max_length=MAX_NEW_TOKENS,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=[-1],
        )[0]
        text = tokenizer.decode(result.sequences_ids[0]).strip()
        score = float(result.scores[0]) if result.scores else 0.0
        if result.no_speech_prob > 0.6 and score < -1.0:
            return Recognised(text="", language=language)
        if _compression_ratio(text) > 2.4 or _fold(text) in self._phantoms or not _fold(text):
            return Recognised(text="", language=language)
        return Recognised(text=text, language=language, language_probability=1.0, voice=voice)

    def _transcribe_full(
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

    def _keep(self, segment: object) -> bool:
        text = getattr(segment, "text", "")
        if not _fold(text):
            return False
        if _fold(text) in self._phantoms:
            log.debug("dropped a phantom phrase")
            return False
        return not getattr(segment, "compression_ratio", 0.0) > 2.4


def _pooled(encoded: object, content_frames: int) -> Samples | None:
    """The encoder states over the utterance's own frames (the encoder halves the mel rate), averaged.

    Speaker attribution of mono recordings reads it as one of its voice features; it costs a mean over a
    few hundred 512-wide rows. On a GPU the states stay on the device and nothing is returned.
    """
    try:
        states = np.asarray(encoded, dtype=np.float32)
    except (TypeError, ValueError, RuntimeError):
        return None
    if states.ndim != 3 or states.shape[1] == 0:
        return None
    frames = max(1, min(states.shape[1], content_frames // 2))
    return np.ascontiguousarray(states[0, :frames].mean(axis=0))


def _compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


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
