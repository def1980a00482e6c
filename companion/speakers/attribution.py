"""Who said each utterance of a one-microphone call: words and voices combined. Pure and deterministic.

The call is a chain of utterances, each either the staff member's or the customer's (a two-state
hidden Markov chain: the next utterance is the other person's with the playbook's `change`
probability). Each utterance brings log-odds for staff from its words (`text_cue`) and from its
voice: the voices are split in two, the words name the halves (the half whose words sound more
like staff is staff), and a few rounds of expectation-maximisation let words and voices correct
each other. `attribute` is the whole-call pass; `OnlineAttributor` runs it on the call so far to
decide each new utterance as it arrives, and once more at the end to refine.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from companion.analysis.playbook import Playbook, SpeakerCues
from companion.audio.voiceprint import Voiceprint
from companion.model import Speaker
from companion.speakers.text_cue import TextCue
from companion.speakers.voices import MIN_VOICES, feature_rows, two_way_split, voice_log_odds

Method = Literal["combined", "text", "voice"]
VOICE_GROUPS: tuple[str, ...] = ("pitch", "cepstral")
ROUNDS = 6
PINNED = 30.0  # log-odds of an utterance a person has attributed by hand

Vector = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One utterance's speaker, the probability of that choice (0.5–1), and the evidence behind it."""

    speaker: Speaker
    confidence: float
    text: float = 0.0  # log-odds for staff from the words
    voice: float = 0.0  # log-odds for staff from the voice


class Spoken(Protocol):
    """What attribution needs to know of an utterance (model.Utterance has it)."""

    @property
    def text(self) -> str: ...


def attribute(
    text: Sequence[float],
    voices: Sequence[Voiceprint | None],
    cues: SpeakerCues,
    *,
    pinned: Mapping[int, Speaker] | None = None,
    method: Method = "combined",
    voice_groups: Sequence[str] = VOICE_GROUPS,
) -> list[Attribution]:
    """Attribute every utterance from its words' log-odds and its voiceprint (None: no usable audio)."""
    n = len(text)
    if len(voices) != n:
        raise ValueError(f"{n} utterances but {len(voices)} voiceprints")
    if n == 0:
        return []
    words = np.zeros(n) if method == "voice" else np.asarray(text, dtype=np.float64)
    for index, speaker in (pinned or {}).items():
        if 0 <= index < n and speaker in (Speaker.STAFF, Speaker.CUSTOMER):
            words[index] = PINNED if speaker == Speaker.STAFF else -PINNED
    rows = feature_rows(voices, voice_groups) if method != "text" else None
    voice = np.zeros(n)
    staff = _chain(words, cues)
    if rows is not None and len(rows.present) >= MIN_VOICES and rows.groups:
        first = two_way_split(rows.x)
        present = np.asarray(rows.present)
        staff_side = _name_halves(first, words[present], present, cues)
        staff[present] = np.where(first == staff_side, 0.9, 0.1)
        for _ in range(ROUNDS):
            voice[:] = 0.0
            voice[present] = voice_log_odds(rows, staff[present])
            updated = _chain(words + voice, cues)
            if np.allclose(updated, staff, atol=1e-4):
                break
            staff = updated
    return [
        Attribution(
            speaker=Speaker.STAFF if p >= 0.5 else Speaker.CUSTOMER,
            confidence=round(float(max(p, 1.0 - p)), 4),
            text=round(float(words[i]), 3),
            voice=round(float(voice[i]), 3),
        )
        for i, p in enumerate(staff)
    ]


def attribute_call(
    utterances: Sequence[Spoken],
    voices: Sequence[Voiceprint | None],
    playbook: Playbook,
    language: str,
    cue: TextCue | None,
    *,
    pinned: Mapping[int, Speaker] | None = None,
    method: Method = "combined",
) -> list[Attribution]:
    """The whole-call pass, from scratch: e.g. again after a trainer pinned some utterances by hand."""
    text = [cue.staff_log_odds(u.text, language) if cue is not None else 0.0 for u in utterances]
    return attribute(text, voices, playbook.speakers, pinned=pinned, method=method)


def _name_halves(first: npt.NDArray[np.bool_], words: Vector, present: npt.NDArray[np.int_], cues: SpeakerCues) -> bool:
    """True when the first voice cluster is the staff member: its words sound more like staff.

    With no word evidence either way, the cluster of the call's first voice is staff with the
    playbook's `first_staff` prior (a call is usually answered by staff).
    """
    lead = np.zeros(len(first))
    if present[0] == 0:
        lead[0] = _logit(cues.first_staff)
    evidence = words + lead
    return bool(evidence[first].sum() >= evidence[~first].sum())


def _chain(emissions: Vector, cues: SpeakerCues) -> Vector:
    """P(staff) of every utterance given all emissions (log-odds), by forward-backward over two states."""
    n = len(emissions)
    stay = np.log(1.0 - cues.change)
    switch = np.log(cues.change)
    transition = np.array([[stay, switch], [switch, stay]])  # [from][to], state 0 = staff
    emit = np.stack([emissions / 2.0, -emissions / 2.0], axis=1)  # log-likelihoods up to a shared constant
    prior = np.array([np.log(cues.first_staff), np.log(1.0 - cues.first_staff)])
    forward = np.zeros((n, 2))
    forward[0] = prior + emit[0]
    for i in range(1, n):
        forward[i] = _logsumexp(forward[i - 1][:, None] + transition, axis=0) + emit[i]
    backward = np.zeros((n, 2))
    for i in range(n - 2, -1, -1):
        backward[i] = _logsumexp(transition + (emit[i + 1] + backward[i + 1])[None, :], axis=1)
    posterior = forward + backward
    staff: Vector = 1.0 / (1.0 + np.exp(posterior[:, 1] - posterior[:, 0]))
    return staff


def _logsumexp(values: Vector, axis: int) -> Vector:
    top = values.max(axis=axis, keepdims=True)
    return (top + np.log(np.exp(values - top).sum(axis=axis, keepdims=True))).squeeze(axis)  # type: ignore[no-any-return]


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))
