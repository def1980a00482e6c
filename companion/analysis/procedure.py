"""The procedure tracker: pure and deterministic.

Fed the labels of each utterance in order, it keeps the steps done, decides the one prompt to show
(at most one outstanding, never repeated unless the situation changed), raises one alert per caution or
harassment finding, notices repeated demands and decides escalation. ``missed_steps`` and
``order_issues`` follow CONTRACT.md exactly (see ``missed_steps`` and ``order_issues`` below).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from companion.analysis.playbook import Playbook
from companion.model import CAUTION_LABELS, HARASSMENT_LABELS, AlertAdvice, PromptAdvice, Speaker

CLOSED_WITHOUT_THANKS = "closed_without_thanks"
STAFF_SIDE = (Speaker.STAFF, Speaker.UNKNOWN)
CUSTOMER_SIDE = (Speaker.CUSTOMER, Speaker.UNKNOWN)
_DEMAND_SIMILARITY = 0.3


def missed_steps(steps: Sequence[str], required: Iterable[str], performed: Iterable[str]) -> list[str]:
    """The playbook's required steps never performed by staff, in playbook order."""
    done, needed = set(performed), set(required)
    return [s for s in steps if s in needed and s not in done]


def order_issues(steps: Sequence[str], staff_step_labels: Sequence[Sequence[str]]) -> list[str]:
    """Order issues from the staff's step-labelled utterances, in spoken order.

    For every pair of performed steps whose first occurrences came in the opposite order to the playbook's:
    ``"<later>_before_<earlier>"``; plus ``closed_without_thanks`` when the last step-labelled utterance does
    not carry ``thanks`` (only when the playbook has a ``thanks`` step and some step was performed).
    """
    first: dict[str, int] = {}
    last_with_step: Sequence[str] | None = None
    for position, labels in enumerate(staff_step_labels):
        hit = [label for label in labels if label in steps]
        if hit:
            last_with_step = hit
        for label in hit:
            first.setdefault(label, position)
    issues: list[str] = []
    for i, earlier in enumerate(steps):
        for later in steps[i + 1 :]:
            if earlier in first and later in first and first[later] < first[earlier]:
                issues.append(f"{later}_before_{earlier}")
    if "thanks" in steps and last_with_step is not None and "thanks" not in last_with_step:
        issues.append(CLOSED_WITHOUT_THANKS)
    return issues


@dataclass(frozen=True, slots=True)
class Observation:
    alerts: tuple[AlertAdvice, ...] = ()
    prompt: PromptAdvice | None = None


def _bigrams(text: str) -> frozenset[str]:
    compact = "".join(ch for ch in text.lower() if ch.isalnum())
    return frozenset(compact[i : i + 2] for i in range(len(compact) - 1))


@dataclass(slots=True)
class ProcedureTracker:
    playbook: Playbook
    language: str
    _step_labels: list[list[str]] = field(default_factory=list)
    _done: list[str] = field(default_factory=list)
    _last_prompt: tuple[str, str] | None = None
    _counts: dict[str, int] = field(default_factory=dict)
    _demands: list[frozenset[str]] = field(default_factory=list)
    _repeated_demands: int = 0
    _confirm_at: int | None = None
    _empathy_after_confirm: bool = False
    _empathy_again_prompted: bool = False
    _escalated: bool = False
    _escalate_prompted: bool = False
    _repeat_prompted: bool = False
    _customer_spoke: bool = False

    # ---------------------------------------------------------------- per utterance

    def observe(self, index: int, speaker: Speaker, labels: Sequence[str], text: str = "") -> Observation:
        steps = self.playbook.step_ids
        repeated_now = False
        if speaker in STAFF_SIDE:
            step_hits = [label for label in labels if label in steps]
            self._step_labels.append(step_hits)
            for label in step_hits:
                if label not in self._done:
                    self._done.append(label)
            if "confirm" in step_hits and self._confirm_at is None:
                self._confirm_at = index
            if "empathy" in step_hits and self._confirm_at is not None and index > self._confirm_at:
                self._empathy_after_confirm = True
        if speaker in CUSTOMER_SIDE:
            if speaker == Speaker.CUSTOMER:
                self._customer_spoke = True
            for label in labels:
                if label in HARASSMENT_LABELS:
                    self._counts[label] = self._counts.get(label, 0) + 1
            if "request" in labels and text:
                grams = _bigrams(text)
                if any(_similar(grams, earlier) for earlier in self._demands):
                    self._repeated_demands += 1
                    repeated_now = True
                self._demands.append(grams)
        self._escalated = self._escalated or self._warrants_escalation()
        alerts = tuple(
            AlertAdvice(label=label, text=self._alert_text(label))
            for label in labels
            if label in CAUTION_LABELS + HARASSMENT_LABELS
        )
        return Observation(alerts=alerts, prompt=self._next_prompt(speaker, repeated_now))

    def _warrants_escalation(self) -> bool:
        policy = self.playbook.escalation
        if any(self._counts.get(label, 0) > 0 for label in policy.any_of):
            return True
        if any(self._counts.get(label, 0) >= n for label, n in policy.repeated.items()):
            return True
        return policy.repeated_demands > 0 and self._repeated_demands >= policy.repeated_demands

    def _alert_text(self, label: str) -> str:
        texts = self.playbook.alerts.get(label, {})
        return texts.get(self.language) or texts.get("en") or label

    def _text(self, texts: dict[str, str]) -> str:
        return texts.get(self.language) or texts.get("en") or ""

    def _next_prompt(self, speaker: Speaker, repeated_now: bool) -> PromptAdvice | None:
        wanted = self._wanted_prompt(speaker, repeated_now)
        if wanted is None or wanted == self._last_prompt:
            return None
        self._last_prompt = wanted
        return PromptAdvice(step=wanted[0], text=wanted[1])

    def _wanted_prompt(self, speaker: Speaker, repeated_now: bool) -> tuple[str, str] | None:
        prompts = self.playbook.prompts
        if self._escalated and not self._escalate_prompted and self._text(prompts.escalate):
            self._escalate_prompted = True
            return ("escalate", self._text(prompts.escalate))
        if repeated_now and not self._repeat_prompted and self._text(prompts.repeated_demand):
            self._repeat_prompted = True
            return ("confirm", self._text(prompts.repeated_demand))
        if (
            self._confirm_at is not None
            and "empathy" in self._done
            and not self._empathy_after_confirm
            and not self._empathy_again_prompted
            and "solution" not in self._done
            and self._text(prompts.empathy_again)
        ):
            self._empathy_again_prompted = True
            return ("empathy", self._text(prompts.empathy_again))
        if not self._customer_spoke and not self._done:
            return None  # nothing to respond to yet
        step = self.next_step
        if step is None:
            return None
        found = self.playbook.step(step)
        text = self._text(found.suggest) if found is not None else ""
        return (step, text) if text else None

    # ---------------------------------------------------------------- state

    @property
    def steps_done(self) -> list[str]:
        return [s for s in self.playbook.step_ids if s in self._done]

    @property
    def next_step(self) -> str | None:
        """The first step of the playbook not yet performed (None once all are, or the call was closed)."""
        if "thanks" in self._done:
            return None
        return next((s for s in self.playbook.step_ids if s not in self._done), None)

    @property
    def escalation(self) -> bool:
        return self._escalated

    @property
    def repeated_demands(self) -> int:
        return self._repeated_demands

    def missed_steps(self) -> list[str]:
        steps = self.playbook.step_ids
        required = [s.id for s in self.playbook.steps if s.required]
        return missed_steps(steps, required, self._done)

    def order_issues(self) -> list[str]:
        return order_issues(self.playbook.step_ids, self._step_labels)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= _DEMAND_SIMILARITY
