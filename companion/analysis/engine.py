"""PlaybookEngine: the real AnalysisEngine (playbook rules + learned layer + procedure tracker + memo).

One engine is long-lived and shared by all calls: it holds the spaCy pipelines, the loaded playbooks and
the trained learned layers (each built lazily, once). ``start_call`` gives a per-call ``PlaybookCall``.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from pathlib import Path

from companion.analysis.base import CallAnalyzer
from companion.analysis.labeler import Combination, Labeler
from companion.analysis.learned import LearnedLayer, fingerprint, load_examples
from companion.analysis.memo import MemoEntry, memo_entries
from companion.analysis.nlp import Pipelines, detect_language
from companion.analysis.playbook import Playbook, load_playbook
from companion.analysis.procedure import ProcedureTracker
from companion.analysis.rules import RuleSet
from companion.errors import UnknownLanguageError
from companion.model import LANGUAGES, CallSummary, Finding, Speaker, UtteranceAnalysis

log = logging.getLogger(__name__)

AUTO = "auto"

__all__ = ["AUTO", "PlaybookCall", "PlaybookEngine", "detect_language"]


class PlaybookEngine:
    """The analysis engine. ``call_date`` anchors relative dates in the memo (default: today).

    With ``cache_dir``, a trained learned layer is saved there and loaded on later starts while what it was
    trained from is unchanged (``learned.fingerprint``); without it, each engine trains its own.
    """

    def __init__(
        self,
        pipelines: Pipelines | None = None,
        *,
        call_date: dt.date | None = None,
        learned: bool = True,
        cache_dir: Path | None = None,
    ) -> None:
        self.pipelines = pipelines or Pipelines()
        self.call_date = call_date
        self.cache_dir = cache_dir
        self._learned_enabled = learned
        self._learned: dict[str, LearnedLayer | None] = {}
        self._labelers: dict[tuple[str, str], Labeler] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ AnalysisEngine

    def start_call(self, language: str, playbook: str | None = None, call_date: dt.date | None = None) -> PlaybookCall:
        book = load_playbook(playbook)
        if language != AUTO:
            _check_language(language)
        return PlaybookCall(self, book, language, call_date or self.call_date or dt.date.today())

    def asr_prompt(self, language: str, playbook: str | None = None) -> str:
        book = load_playbook(playbook)
        words = book.asr_prompt.get(language, [])
        return (" " if language == "en" else "").join(words)

    # ------------------------------------------------------------------ shared parts

    def labeler(self, language: str, book: Playbook) -> Labeler:
        key = (language, book.source or book.name)
        found = self._labelers.get(key)
        if found is not None:
            return found
        learned = self.learned(language) if self._learned_enabled and book.learned.enabled else None
        with self._lock:
            found = self._labelers.get(key)
            if found is None:
                combination = Combination.from_playbook(book.learned, language, use_model=learned is not None)
                found = Labeler(RuleSet(book, language), learned, combination)
                self._labelers[key] = found
        return found

    def learned(self, language: str) -> LearnedLayer | None:
        if language in self._learned:
            return self._learned[language]
        with self._lock:
            if language not in self._learned:
                self._learned[language] = self._train(language)
        return self._learned[language]

    def _train(self, language: str) -> LearnedLayer | None:
        began = time.perf_counter()
        saved = self.cache_dir / f"learned_{language}.npz" if self.cache_dir is not None else None
        key = fingerprint(language)
        if saved is not None:
            layer = LearnedLayer.load(saved, key)
            if layer is not None:
                log.info("learned layer for %s loaded in %.2f s", language, time.perf_counter() - began)
                return layer
        examples = load_examples(language)
        if not examples:
            log.info("no training examples for %s: rules only", language)
            return None
        views = [self.pipelines.analyse(e.text, language) for e in examples]
        layer = LearnedLayer.train(views, examples)
        log.info("learned layer for %s trained in %.2f s", language, time.perf_counter() - began)
        if saved is not None:
            try:
                layer.save(saved, key)
            except OSError as exc:
                log.warning("could not save the learned layer for %s in %s (%s)", language, saved.parent, exc)
        return layer

    def warm_up(self, languages: tuple[str, ...] = LANGUAGES, playbook: str | None = None) -> None:
        """Build pipelines and train the learned layers now rather than on the first call."""
        book = load_playbook(playbook)
        for language in languages:
            self.labeler(language, book).label(self.pipelines.analyse(".", language), Speaker.UNKNOWN)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UnknownLanguageError(f"unknown language {language!r}; use ja, zh, en or auto")


class PlaybookCall:
    """Per-call analysis state (implements base.CallAnalyzer)."""

    def __init__(self, engine: PlaybookEngine, book: Playbook, language: str, call_date: dt.date) -> None:
        self._engine = engine
        self._book = book
        self._language = language
        self._call_date = call_date
        self._labeler: Labeler | None = None
        self._tracker: ProcedureTracker | None = None
        self._utterances: list[dict[str, object]] = []
        self._findings: list[tuple[Finding, ...]] = []
        self._memo: list[MemoEntry] = []
        if language != AUTO:
            self._bind(language)

    def _bind(self, language: str) -> None:
        self._language = language
        self._labeler = self._engine.labeler(language, self._book)
        self._tracker = ProcedureTracker(self._book, language)

    @property
    def language(self) -> str:
        return self._language

    @property
    def tracker(self) -> ProcedureTracker | None:
        return self._tracker

    def on_utterance(self, index: int, speaker: Speaker | str, text: str) -> UtteranceAnalysis:
        speaker = Speaker(speaker)
        if self._labeler is None:
            self._bind(detect_language(text))
        assert self._labeler is not None and self._tracker is not None
        view = self._engine.pipelines.analyse(text, self._language)
        findings = self._labeler.label(view, speaker)
        labels = _unique(f.label for f in findings)
        observation = self._tracker.observe(index, speaker, labels, text)
        if speaker in (Speaker.CUSTOMER, Speaker.UNKNOWN):
            self._memo.extend(memo_entries(index, text, labels, self._language, self._call_date))
        self._utterances.append({"index": index, "labels": labels})
        self._findings.append(findings)
        return UtteranceAnalysis(findings=findings, alerts=observation.alerts, prompt=observation.prompt)

    def summary(self) -> CallSummary:
        tracker = self._tracker or ProcedureTracker(self._book, self._language)
        return CallSummary(
            utterances=[dict(u) for u in self._utterances],
            missed_steps=tracker.missed_steps(),
            order_issues=tracker.order_issues(),
            memo=[entry.as_dict() for entry in self._memo],
            escalation=tracker.escalation,
        )


def _unique(labels: object) -> list[str]:
    out: list[str] = []
    for label in labels:  # type: ignore[attr-defined]
        if label not in out:
            out.append(label)
    return out


_: type[CallAnalyzer] = PlaybookCall
