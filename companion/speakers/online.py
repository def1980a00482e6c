"""Attribution as utterances arrive: decide each new one at once, refine the whole call at the end."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.analysis.playbook import SpeakerCues
from companion.audio.voiceprint import Voiceprint
from companion.speakers.attribution import Attribution, attribute
from companion.speakers.text_cue import TextCue


@dataclass(slots=True)
class OnlineAttributor:
    """Keeps the call so far; `observe` re-runs the whole-call pass on it and answers for the newest utterance.

    The answer for utterance k uses everything up to k (the chain's filtered estimate); `refine` uses the
    whole call, so later voices and words can change an earlier decision.
    """

    cues: SpeakerCues
    cue: TextCue | None
    _text: list[float] = field(default_factory=list)
    _voices: list[Voiceprint | None] = field(default_factory=list)
    _given: list[Attribution] = field(default_factory=list)

    def observe(self, text: str, language: str, voice: Voiceprint | None) -> Attribution:
        self._text.append(self.cue.staff_log_odds(text, language) if self.cue is not None else 0.0)
        self._voices.append(voice)
        decided = attribute(self._text, self._voices, self.cues)[-1]
        self._given.append(decided)
        return decided

    def refine(self) -> list[tuple[int, Attribution]]:
        """The whole-call pass: (position in arrival order, new attribution) for each speaker that changes."""
        if not self._text:
            return []
        final = attribute(self._text, self._voices, self.cues)
        pairs = enumerate(zip(self._given, final, strict=True))
        changed = [(i, new) for i, (old, new) in pairs if new.speaker != old.speaker]
        self._given = final
        return changed
