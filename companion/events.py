"""The contract's events. Their JSON shape is defined here and nowhere else.

`seq` is not part of these values: the call session numbers events as it publishes them
(`numbered`), so that numbering happens in exactly one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from companion.model import Speaker


@dataclass(frozen=True, slots=True)
class PartialEvent:
    speaker: Speaker
    text: str
    type: str = field(default="partial", init=False)

    def payload(self) -> dict[str, Any]:
        return {"speaker": str(self.speaker), "text": self.text}


@dataclass(frozen=True, slots=True)
class UtteranceEvent:
    index: int
    speaker: Speaker
    text: str
    start: float
    end: float
    labels: tuple[str, ...]
    latency_s: float
    evidence: tuple[tuple[str, str], ...] = ()
    speaker_source: str | None = None  # extension: "attributed" for speech attributed in a mono recording
    speaker_confidence: float | None = None
    type: str = field(default="utterance", init=False)

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "speaker": str(self.speaker),
            "text": self.text,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "labels": list(self.labels),
            "latency_s": round(self.latency_s, 4),
        }
        if self.evidence:
            out["evidence"] = {label: words for label, words in self.evidence}
        if self.speaker_source is not None:
            out["speaker_source"] = self.speaker_source
            out["speaker_confidence"] = round(self.speaker_confidence or 0.0, 3)
        return out


@dataclass(frozen=True, slots=True)
class PromptEvent:
    step: str
    text: str
    type: str = field(default="prompt", init=False)

    def payload(self) -> dict[str, Any]:
        return {"step": self.step, "text": self.text}


@dataclass(frozen=True, slots=True)
class AlertEvent:
    label: str
    index: int
    text: str
    type: str = field(default="alert", init=False)

    def payload(self) -> dict[str, Any]:
        return {"label": self.label, "index": self.index, "text": self.text}


@dataclass(frozen=True, slots=True)
class SummaryEvent:
    summary: dict[str, Any]
    type: str = field(default="summary", init=False)

    def payload(self) -> dict[str, Any]:
        return {key: value for key, value in self.summary.items() if key != "call"}


@dataclass(frozen=True, slots=True)
class EscalationEvent:
    """The staff member asked a supervisor to take over (an extension of the contract's events)."""

    by: str
    reason: str
    index: int | None = None
    type: str = field(default="escalation", init=False)

    def payload(self) -> dict[str, Any]:
        return {"by": self.by, "reason": self.reason, "index": self.index}


@dataclass(frozen=True, slots=True)
class CorrectionEvent:
    """A staff member's correction of a mis-heard word, kept beside the original text (an extension)."""

    index: int
    original: str
    corrected: str
    type: str = field(default="correction", init=False)

    def payload(self) -> dict[str, Any]:
        return {"index": self.index, "original": self.original, "corrected": self.corrected}


@dataclass(frozen=True, slots=True)
class SpeakerEvent:
    """An utterance's speaker changed after it was emitted (an extension): the end-of-call refinement of a
    mono recording's attribution, or a person's fix. `labels` are the utterance's labels for the new speaker."""

    index: int
    speaker: Speaker
    previous: Speaker
    source: str
    confidence: float
    labels: tuple[str, ...]
    type: str = field(default="speaker", init=False)

    def payload(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "speaker": str(self.speaker),
            "previous": str(self.previous),
            "speaker_source": self.source,
            "speaker_confidence": round(self.confidence, 3),
            "labels": list(self.labels),
        }


Event = (
    SpeakerEvent
    | CorrectionEvent
    | EscalationEvent
    | PartialEvent
    | UtteranceEvent
    | PromptEvent
    | AlertEvent
    | SummaryEvent
)


@dataclass(frozen=True, slots=True)
class NumberedEvent:
    """An event as it leaves the session: with its call id and sequence number."""

    call: str
    seq: int
    event: Event
    emitted_at: float

    @property
    def type(self) -> str:
        return self.event.type

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.event.type, "call": self.call, "seq": self.seq}
        out.update(self.event.payload())
        return out

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, separators=(",", ":"))
