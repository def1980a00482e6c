"""Builds the long-lived parts from settings: model, decode worker, VAD, analysis. Used by cli and server."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

from companion.analysis.base import AnalysisEngine
from companion.audio.vad import SileroSession
from companion.config import Settings
from companion.errors import UnknownLanguageError
from companion.model import LANGUAGES
from companion.pipeline import Engines
from companion.transcription.model_store import resolve_model_dir
from companion.transcription.whisper import ModelInfo, WhisperEngine
from companion.transcription.worker import DecodeWorker

log = logging.getLogger(__name__)


def quiet_offline_environment() -> None:
    """No hub downloads, no telemetry: set before onnxruntime or huggingface_hub are imported."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def check_language(language: str | None) -> str | None:
    """'auto' (or None) → None; otherwise one of ja, zh, en."""
    if language is None or language == "auto":
        return None
    if language not in LANGUAGES:
        raise UnknownLanguageError(f"unknown language {language!r}; use ja, zh, en or auto")
    return language


def build_analysis(settings: Settings) -> AnalysisEngine:
    from companion.analysis.engine import PlaybookEngine

    return PlaybookEngine(cache_dir=settings.cache_dir)


@dataclass(slots=True)
class Runtime:
    engines: Engines
    model: ModelInfo
    startup_s: float

    def close(self) -> None:
        self.engines.worker.close()


def build_runtime(settings: Settings, analysis: AnalysisEngine | None = None, warm_up: bool = True) -> Runtime:
    quiet_offline_environment()
    began = time.monotonic()
    model_dir = resolve_model_dir(settings.model_dir, settings.models_dir)
    speech = WhisperEngine(model_dir, settings.device, settings.compute_type, settings.cpu_threads)
    if warm_up:
        speech.warm_up()
    engine = analysis if analysis is not None else build_analysis(settings)
    if warm_up and settings.language != "auto":
        engine.warm_up(languages=(settings.language,), playbook=settings.playbook)
    engines = Engines(
        worker=DecodeWorker(speech),
        vad=SileroSession(),
        analysis=engine,
        beam_size=settings.beam_size,
    )
    elapsed = time.monotonic() - began
    log.info("speech model ready in %.1f s (%s, %s)", elapsed, speech.info.device, speech.info.compute_type)
    return Runtime(engines=engines, model=speech.info, startup_s=elapsed)
