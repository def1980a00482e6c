"""The rule layer: playbook patterns compiled into matchers over the views of an utterance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.analysis.nlp import TextView
from companion.analysis.playbook import Playbook
from companion.model import ALL_LABELS


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    regex: re.Pattern[str]
    view: str
    unless_next: re.Pattern[str] | None
    unless_prev: re.Pattern[str] | None
    unless: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class RuleHit:
    label: str
    evidence: str


@dataclass(frozen=True, slots=True)
class LabelMatcher:
    label: str
    patterns: tuple[CompiledPattern, ...]
    vetoes: tuple[re.Pattern[str], ...]

    def vetoed(self, view: TextView) -> bool:
        return any(v.search(view.surface) for v in self.vetoes)

    def find(self, view: TextView) -> str | None:
        """Evidence for the first pattern that fires (exclusions applied), or None."""
        if self.vetoed(view):
            return None
        for pattern in self.patterns:
            text = view.view(pattern.view)
            if pattern.unless is not None and pattern.unless.search(view.surface):
                continue
            for match in pattern.regex.finditer(text):
                after = text[match.end() :]
                before = text[: match.start()]
                if pattern.unless_next is not None and pattern.unless_next.match(after):
                    continue
                if pattern.unless_prev is not None and pattern.unless_prev.search(before):
                    continue
                evidence = view.surface_of(pattern.view, match.start(), match.end()) or match.group(0)
                return evidence.strip("、,， ") or match.group(0)
        return None


def _compile(value: str | None, flags: int) -> re.Pattern[str] | None:
    return re.compile(value, flags) if value is not None else None


class RuleSet:
    """All label matchers of one playbook for one language."""

    def __init__(self, playbook: Playbook, language: str) -> None:
        flags = re.IGNORECASE if language == "en" else 0
        matchers: list[LabelMatcher] = []
        for label in ALL_LABELS:
            rules = playbook.labels.get(label)
            if rules is None:
                continue
            specs = rules.patterns.get(language, [])
            compiled = tuple(
                CompiledPattern(
                    regex=re.compile(s.re, flags),
                    view=s.view,
                    unless_next=_compile(s.unless_next, flags),
                    unless_prev=_compile(s.unless_prev, flags),
                    unless=_compile(s.unless, flags),
                )
                for s in specs
            )
            vetoes = tuple(re.compile(v, flags) for v in rules.unless.get(language, []))
            if compiled:
                matchers.append(LabelMatcher(label=label, patterns=compiled, vetoes=vetoes))
        self.language = language
        self.exclusions = {label: by for label, rules in playbook.labels.items() if (by := rules.excluded_in(language))}
        self.matchers = tuple(matchers)
        self._by_label = {m.label: m for m in matchers}

    def hits(self, view: TextView, labels: tuple[str, ...]) -> list[RuleHit]:
        out: list[RuleHit] = []
        for matcher in self.matchers:
            if matcher.label not in labels:
                continue
            evidence = matcher.find(view)
            if evidence is not None:
                out.append(RuleHit(matcher.label, evidence))
        return out

    def vetoed(self, view: TextView, label: str) -> bool:
        matcher = self._by_label.get(label)
        return matcher is not None and matcher.vetoed(view)
