"""The analysis interface the call session relies on, and an engine that finds nothing.

The real engine (playbook rules + learned layer + procedure tracker) implements the same
protocols; the pipeline never knows which one it has.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from companion.model import CallSummary, Speaker, UtteranceAnalysis


class CallAnalyzer(Protocol):
    """Per-call analysis state: labels each utterance as it arrives, keeps the procedure."""

    @property
    def language(self) -> str: ...

    def on_utterance(self, index: int, speaker: Speaker, text: str) -> UtteranceAnalysis: ...

    def summary(self) -> CallSummary: ...


class AnalysisEngine(Protocol):
    """Long-lived, shared by all calls: loaded pipelines and playbooks."""

    def start_call(
        self, language: str, playbook: str | None = None, call_date: dt.date | None = None
    ) -> CallAnalyzer: ...

    def asr_prompt(self, language: str, playbook: str | None = None) -> str:
        """Words to prime recognition with (Whisper `initial_prompt`), from the playbook."""
        ...

    def warm_up(self, languages: tuple[str, ...], playbook: str | None = None) -> None:
        """Load (or build) now what the first call in these languages would otherwise wait for."""
        ...


class _SilentCall:
    def __init__(self, language: str) -> None:
        self._language = language
        self._count = 0

    @property
    def language(self) -> str:
        return self._language

    def on_utterance(self, index: int, speaker: Speaker, text: str) -> UtteranceAnalysis:
        self._count = max(self._count, index + 1)
        return UtteranceAnalysis()

    def summary(self) -> CallSummary:
        return CallSummary(utterances=[{"index": i, "labels": []} for i in range(self._count)])


class SilentEngine:
    """Labels nothing, prompts nothing. For transcription-only runs and tests of the shell."""

    def start_call(self, language: str, playbook: str | None = None, call_date: dt.date | None = None) -> CallAnalyzer:
        return _SilentCall(language)

    def asr_prompt(self, language: str, playbook: str | None = None) -> str:
        return ""

    def warm_up(self, languages: tuple[str, ...], playbook: str | None = None) -> None:
        return None
