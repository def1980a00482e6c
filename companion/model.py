"""Value types that flow through the pipeline. Imports nothing of ours."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000

Samples = npt.NDArray[np.float32]


class Speaker(StrEnum):
    STAFF = "staff"
    CUSTOMER = "customer"
    UNKNOWN = "unknown"


STEP_LABELS: tuple[str, ...] = ("apology", "empathy", "confirm", "solution", "thanks")
CAUTION_LABELS: tuple[str, ...] = ("excuse", "blame", "dismissive", "argue", "overpromise", "dont_know")
MEMO_LABELS: tuple[str, ...] = ("fact", "request")
HARASSMENT_LABELS: tuple[str, ...] = ("abuse", "threat", "unreasonable_demand")
STAFF_LABELS: tuple[str, ...] = STEP_LABELS + CAUTION_LABELS
CUSTOMER_LABELS: tuple[str, ...] = MEMO_LABELS + HARASSMENT_LABELS
ALL_LABELS: tuple[str, ...] = STAFF_LABELS + CUSTOMER_LABELS
LANGUAGES: tuple[str, ...] = ("ja", "zh", "en")


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """Audio at 16 kHz float32 in [-1, 1], one row per channel (shape: channels × samples).

    `start` is the position of the first sample on the call's audio timeline, in seconds.
    """

    samples: npt.NDArray[np.float32]
    start: float

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def frames(self) -> int:
        return int(self.samples.shape[1])

    @property
    def seconds(self) -> float:
        return self.frames / SAMPLE_RATE

    @property
    def end(self) -> float:
        return self.start + self.seconds


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """An unstable, interim transcription of speech still in progress."""

    speaker: Speaker
    text: str
    start: float


@dataclass(frozen=True, slots=True)
class Utterance:
    """A finished stretch of one speaker's speech.

    `received_at` is the clock time at which the pipeline received its last audio sample;
    `latency_s` of the contract is measured from it.
    """

    speaker: Speaker
    text: str
    start: float
    end: float
    received_at: float
    language: str | None = None
    speaker_source: str | None = None  # "attributed" when `speaker` was worked out from a mono recording
    speaker_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One label on an utterance, with the words that triggered it."""

    label: str
    evidence: str = ""
    source: str = "rule"  # "rule" or "model"


@dataclass(frozen=True, slots=True)
class PromptAdvice:
    step: str
    text: str


@dataclass(frozen=True, slots=True)
class AlertAdvice:
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class UtteranceAnalysis:
    """What the analysis says about one utterance, and what the panel should be told now."""

    findings: tuple[Finding, ...] = ()
    alerts: tuple[AlertAdvice, ...] = ()
    prompt: PromptAdvice | None = None

    @property
    def labels(self) -> list[str]:
        seen: list[str] = []
        for finding in self.findings:
            if finding.label not in seen:
                seen.append(finding.label)
        return seen


@dataclass(slots=True)
class CallSummary:
    """The `analyze` output for one call, without the call id."""

    utterances: list[dict[str, object]] = field(default_factory=list)
    missed_steps: list[str] = field(default_factory=list)
    order_issues: list[str] = field(default_factory=list)
    memo: list[dict[str, object]] = field(default_factory=list)
    escalation: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def as_dict(self, call: str) -> dict[str, object]:
        out: dict[str, object] = {
            "call": call,
            "utterances": self.utterances,
            "missed_steps": self.missed_steps,
            "order_issues": self.order_issues,
            "memo": self.memo,
            "escalation": self.escalation,
        }
        out.update(self.extra)
        return out
