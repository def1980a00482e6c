"""The labeler: contract labels with evidence for one utterance, from the rule and learned layers.

Staff labels only on staff utterances, customer labels only on customer utterances. For speaker
``unknown`` both sets are considered, but only the rule layer may fire (conservative).
A rule hit always counts; the learned layer adds a label the rules missed when its probability reaches
the label's threshold, unless a veto of that label (negation, quotation, cushion …) matched. Last, a label
gives way to the playbook's ``excluded_by`` labels found on the same utterance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.analysis.learned import LearnedLayer
from companion.analysis.nlp import TextView
from companion.analysis.playbook import Learned
from companion.analysis.rules import RuleSet
from companion.model import ALL_LABELS, CUSTOMER_LABELS, MEMO_LABELS, STAFF_LABELS, Finding, Speaker


@dataclass(frozen=True, slots=True)
class Combination:
    """How the two layers combine (chosen by cross-validation on the dev split)."""

    use_rules: bool = True
    use_model: bool = True
    threshold: float = 0.5
    thresholds: dict[str, float] = field(default_factory=dict)
    vetoes_block_model: bool = True

    @classmethod
    def from_playbook(cls, learned: Learned, language: str, use_model: bool = True) -> Combination:
        return cls(
            use_model=use_model,
            threshold=learned.threshold_for(language),
            thresholds=dict(learned.thresholds),
        )

    def threshold_for(self, label: str) -> float:
        return self.thresholds.get(label, self.threshold)


def labels_for(speaker: Speaker | str) -> tuple[str, ...]:
    if speaker == Speaker.STAFF:
        return STAFF_LABELS
    if speaker == Speaker.CUSTOMER:
        return CUSTOMER_LABELS
    return ALL_LABELS


class Labeler:
    def __init__(self, rules: RuleSet, learned: LearnedLayer | None, combination: Combination) -> None:
        self.rules = rules
        self.learned = learned
        self.combination = combination

    def label(self, view: TextView, speaker: Speaker | str) -> tuple[Finding, ...]:
        allowed = labels_for(speaker)
        combo = self.combination
        findings: dict[str, Finding] = {}
        if combo.use_rules:
            for hit in self.rules.hits(view, allowed):
                findings[hit.label] = Finding(label=hit.label, evidence=hit.evidence, source="rule")
        if combo.use_model and self.learned is not None and speaker in (Speaker.STAFF, Speaker.CUSTOMER):
            role = str(speaker)
            for label, prob in self.learned.probabilities(view, role).items():
                if label in findings or prob < combo.threshold_for(label):
                    continue
                if combo.vetoes_block_model and self.rules.vetoed(view, label):
                    continue
                evidence = self.learned.explain(view, role, label)
                findings[label] = Finding(label=label, evidence=evidence, source="model")
        for label, by in self.rules.exclusions.items():
            if label in findings and any(other in findings for other in by):
                del findings[label]
        if speaker not in (Speaker.STAFF, Speaker.CUSTOMER) and any(label in STAFF_LABELS for label in findings):
            # Unknown speaker, staff phrasing found: the memo labels are the weakest evidence; drop them.
            for label in MEMO_LABELS:
                findings.pop(label, None)
        return tuple(findings[label] for label in ALL_LABELS if label in findings)
