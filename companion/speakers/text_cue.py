"""What the words say about who is speaking: log-odds that an utterance is the staff member's.

Two kinds of evidence, both from the playbook: its `speakers` cues (keigo and service phrasing
against complaint phrasing) and the contract labels the analysis finds when the utterance is read
as each side (a step or a caution read as staff; a fact, request or harassment sign read as customer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import Playbook, SpeakerCue, load_playbook
from companion.model import CUSTOMER_LABELS, STAFF_LABELS, Speaker


class TextCue(Protocol):
    def staff_log_odds(self, text: str, language: str) -> float:
        """Positive: sounds like staff; negative: like the customer; 0: the words say nothing."""
        ...


@dataclass(frozen=True, slots=True)
class _Compiled:
    staff: tuple[tuple[re.Pattern[str], float], ...]
    customer: tuple[tuple[re.Pattern[str], float], ...]


class PlaybookTextCue:
    """The playbook's speaker cues and labels, through the analysis engine's own pipelines and labeler."""

    def __init__(self, engine: PlaybookEngine, playbook: str | Playbook | None = None) -> None:
        self._engine = engine
        self._book = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
        self._compiled: dict[str, _Compiled] = {}

    def staff_log_odds(self, text: str, language: str) -> float:
        cues = self._book.speakers
        view = self._engine.pipelines.analyse(text, language)
        compiled = self._patterns(language)
        score = sum(weight for pattern, weight in compiled.staff if pattern.search(view.surface))
        score -= sum(weight for pattern, weight in compiled.customer if pattern.search(view.surface))
        labeler = self._engine.labeler(language, self._book)
        as_staff = {f.label for f in labeler.label(view, Speaker.STAFF)}
        as_customer = {f.label for f in labeler.label(view, Speaker.CUSTOMER)}
        score += sum(cues.labels.get(label, 0.0) for label in as_staff if label in STAFF_LABELS)
        score -= sum(cues.labels.get(label, 0.0) for label in as_customer if label in CUSTOMER_LABELS)
        return max(-cues.text_limit, min(cues.text_limit, score))

    def _patterns(self, language: str) -> _Compiled:
        found = self._compiled.get(language)
        if found is None:
            cues = self._book.speakers
            found = _Compiled(_compile(cues.staff.get(language, [])), _compile(cues.customer.get(language, [])))
            self._compiled[language] = found
        return found


def _compile(cues: list[SpeakerCue]) -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(cue.re), cue.weight) for cue in cues)
