"""CallSession: one call's state. Owns `seq` and the utterance index; turns analysis into events."""

from __future__ import annotations

import logging
from collections.abc import Callable

from companion.analysis.base import AnalysisEngine, CallAnalyzer
from companion.clock import Clock
from companion.events import (
    AlertEvent,
    CorrectionEvent,
    EscalationEvent,
    Event,
    NumberedEvent,
    PartialEvent,
    PromptEvent,
    SpeakerEvent,
    SummaryEvent,
    UtteranceEvent,
)
from companion.model import Hypothesis, Speaker, Utterance

log = logging.getLogger(__name__)

Publish = Callable[[NumberedEvent], None]


class CallSession:
    def __init__(
        self,
        call: str,
        engine: AnalysisEngine,
        clock: Clock,
        publish: Publish,
        *,
        language: str | None,
        playbook: str | None = None,
    ) -> None:
        self.call = call
        self._engine = engine
        self._clock = clock
        self._publish = publish
        self._playbook = playbook
        self._analyzer: CallAnalyzer | None = None
        self.language = language
        self._seq = 0
        self._index = 0
        self._latencies: list[float] = []
        self._said: list[tuple[Speaker, str]] = []  # each utterance's speaker and text, by index
        self.summary: dict[str, object] | None = None
        if language is not None:
            self._analyzer = engine.start_call(language, playbook)

    @property
    def latencies(self) -> list[float]:
        return list(self._latencies)

    @property
    def utterance_count(self) -> int:
        return self._index

    def set_language(self, language: str) -> None:
        if self._analyzer is None:
            self.language = language
            self._analyzer = self._engine.start_call(language, self._playbook)

    def partial(self, hypothesis: Hypothesis) -> None:
        if self.summary is None and hypothesis.text:
            self._emit(PartialEvent(speaker=hypothesis.speaker, text=hypothesis.text))

    def utterance(self, utterance: Utterance) -> int | None:
        """Label, number and emit one utterance; its index (None when it was not emitted)."""
        if self.summary is not None or not utterance.text.strip():
            return None
        if self._analyzer is None:
            self.set_language(utterance.language or "ja")
        assert self._analyzer is not None
        index = self._index
        self._index += 1
        analysis = self._analyzer.on_utterance(index, utterance.speaker, utterance.text)
        self._said.append((utterance.speaker, utterance.text))
        evidence = tuple((f.label, f.evidence) for f in analysis.findings if f.evidence)
        latency = self._clock.now() - utterance.received_at
        self._latencies.append(latency)
        self._emit(
            UtteranceEvent(
                index=index,
                speaker=utterance.speaker,
                text=utterance.text,
                start=utterance.start,
                end=utterance.end,
                labels=tuple(analysis.labels),
                latency_s=latency,
                evidence=evidence,
                speaker_source=utterance.speaker_source,
                speaker_confidence=utterance.speaker_confidence,
            )
        )
        for alert in analysis.alerts:
            self._emit(AlertEvent(label=alert.label, index=index, text=alert.text))
        if analysis.prompt is not None:
            self._emit(PromptEvent(step=analysis.prompt.step, text=analysis.prompt.text))
        return index

    def reattribute(self, changes: list[tuple[int, Speaker, float]], source: str = "attributed") -> None:
        """Give utterances new speakers before the summary: one `speaker` event each, labels recomputed.

        The analysis is run again over the whole call with the new speakers, so the summary (steps,
        memo, escalation) reads the call as it is now attributed; prompts and alerts already sent stay.
        """
        if self.summary is not None:
            raise ValueError("the call has ended")
        changed = {
            index: (speaker, confidence)
            for index, speaker, confidence in changes
            if 0 <= index < len(self._said) and self._said[index][0] != speaker
        }
        if not changed:
            return
        previous = {index: self._said[index][0] for index in changed}
        for index, (speaker, _) in changed.items():
            self._said[index] = (speaker, self._said[index][1])
        assert self._analyzer is not None
        analyzer = self._engine.start_call(self._analyzer.language, self._playbook)
        labels = {i: analyzer.on_utterance(i, speaker, text).labels for i, (speaker, text) in enumerate(self._said)}
        self._analyzer = analyzer
        for index, (speaker, confidence) in sorted(changed.items()):
            self._emit(
                SpeakerEvent(
                    index=index,
                    speaker=speaker,
                    previous=previous[index],
                    source=source,
                    confidence=confidence,
                    labels=tuple(labels[index]),
                )
            )

    def escalate(self, by: str, reason: str) -> None:
        """Record that someone asked for a supervisor, tied to the latest utterance."""
        if self.summary is None:
            self._emit(EscalationEvent(by=by, reason=reason, index=self._index - 1 if self._index else None))

    def correct(self, index: int, original: str, corrected: str) -> None:
        """Record a correction beside the utterance; the transcript itself is never rewritten."""
        if not 0 <= index < self._index:
            raise ValueError(f"no utterance {index} in this call")
        self._emit(CorrectionEvent(index=index, original=original, corrected=corrected))

    def finish(self) -> dict[str, object]:
        """Emit the one summary event; later calls return the same summary."""
        if self.summary is None:
            if self._analyzer is None:
                self.set_language(self.language or "ja")
            assert self._analyzer is not None
            self.summary = self._analyzer.summary().as_dict(self.call)
            self._emit(SummaryEvent(summary=self.summary))
        return self.summary

    def _emit(self, event: Event) -> None:
        self._seq += 1
        self._publish(NumberedEvent(call=self.call, seq=self._seq, event=event, emitted_at=self._clock.now()))
