"""The commit policy: where one person's utterance starts and ends. Pure and deterministic.

It reads the VAD's speech probability for each 32 ms window of one channel and says when to
show a partial hypothesis, when silence has begun (so the final decode can start at once,
speculatively), when that guess is confirmed, and when speech resumed and it must be dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from companion.model import SAMPLE_RATE, Samples


@dataclass(frozen=True, slots=True)
class SegmenterConfig:
    threshold: float = 0.5
    neg_threshold: float | None = None
    min_silence_s: float = 0.4
    # A fragment shorter than this is usually mid-phrase (and badly recognised alone):
    # wait for a longer pause before ending it.
    short_speech_s: float = 1.0
    short_silence_s: float = 0.8
    min_speech_s: float = 0.25
    max_utterance_s: float = 15.0
    pre_roll_s: float = 0.2
    tail_pad_s: float = 0.25
    first_partial_s: float = 0.6
    partial_interval_s: float = 1.0
    partials: bool = True

    @property
    def off_threshold(self) -> float:
        return self.neg_threshold if self.neg_threshold is not None else max(self.threshold - 0.15, 0.01)


@dataclass(frozen=True, slots=True)
class Partial:
    audio: Samples
    start: float


@dataclass(frozen=True, slots=True)
class Candidate:
    """Silence has begun: decode this now; it becomes the utterance unless speech resumes."""

    segment: int
    audio: Samples
    start: float
    end: float
    received_at: float


@dataclass(frozen=True, slots=True)
class Commit:
    segment: int


@dataclass(frozen=True, slots=True)
class Cancel:
    segment: int


Action = Partial | Candidate | Commit | Cancel


@dataclass(slots=True)
class _Speech:
    start_sample: int
    audio: list[Samples] = field(default_factory=list)
    probs: list[float] = field(default_factory=list)
    voiced_end_sample: int = 0
    voiced_received_at: float = 0.0
    silent_windows: int = 0
    next_partial_s: float = 0.0
    candidate: int | None = None


class Segmenter:
    """Feed it (window audio, probability, arrival time) in order; it returns actions."""

    def __init__(self, config: SegmenterConfig, window: int = 512) -> None:
        self._config = config
        self._window = window
        self._position = 0  # samples consumed on this channel's timeline
        self._pre_roll: list[Samples] = []
        self._pre_roll_windows = max(1, round(config.pre_roll_s * SAMPLE_RATE / window))
        self._min_silence_windows = max(1, round(config.min_silence_s * SAMPLE_RATE / window))
        self._short_silence_windows = max(
            self._min_silence_windows, round(config.short_silence_s * SAMPLE_RATE / window)
        )
        self._speech: _Speech | None = None
        self._next_segment = 0

    @property
    def speaking(self) -> bool:
        return self._speech is not None

    @property
    def settled_s(self) -> float:
        """Audio before this point can no longer join a segment: the start of the speech in progress, or
        (in silence) the position less the pre-roll a new segment would take along."""
        if self._speech is not None:
            return self._speech.start_sample / SAMPLE_RATE
        return max(0.0, (self._position - len(self._pre_roll) * self._window) / SAMPLE_RATE)

    def push(self, audio: Samples, probs: np.ndarray, received_at: float) -> list[Action]:
        actions: list[Action] = []
        for i, prob in enumerate(probs):
            window = audio[i * self._window : (i + 1) * self._window]
            actions.extend(self._step(window, float(prob), received_at))
            self._position += self._window
        return actions

    def flush(self) -> list[Action]:
        """End of stream: whatever is being said becomes an utterance."""
        speech = self._speech
        if speech is None:
            return []
        actions: list[Action] = []
        if speech.candidate is None:
            candidate = self._candidate(speech)
            if candidate is None:
                self._speech = None
                return []
            actions.append(candidate)
        assert speech.candidate is not None
        actions.append(Commit(speech.candidate))
        self._speech = None
        return actions

    def _step(self, window: Samples, prob: float, received_at: float) -> list[Action]:
        config = self._config
        speech = self._speech
        if speech is None:
            if prob >= config.threshold:
                start = self._position - len(self._pre_roll) * self._window
                speech = _Speech(start_sample=start, audio=[*self._pre_roll])
                speech.next_partial_s = config.first_partial_s
                self._speech = speech
                self._pre_roll = []
                return self._voiced(speech, window, prob, received_at)
            self._pre_roll.append(window)
            if len(self._pre_roll) > self._pre_roll_windows:
                self._pre_roll.pop(0)
            return []

        if prob >= config.off_threshold and not (speech.silent_windows and prob < config.threshold):
            actions: list[Action] = []
            if speech.candidate is not None:
                actions.append(Cancel(speech.candidate))
                speech.candidate = None
            return actions + self._voiced(speech, window, prob, received_at)

        speech.audio.append(window)
        speech.probs.append(prob)
        speech.silent_windows += 1
        actions = []
        if speech.silent_windows == 1:
            candidate = self._candidate(speech)
            if candidate is None:
                self._reset_to_silence()
                return []
            actions.append(candidate)
        voiced_s = (speech.voiced_end_sample - speech.start_sample) / SAMPLE_RATE
        needed = self._short_silence_windows if voiced_s < config.short_speech_s else self._min_silence_windows
        if speech.silent_windows >= needed and speech.candidate is not None:
            actions.append(Commit(speech.candidate))
            self._reset_to_silence()
        return actions

    def _voiced(self, speech: _Speech, window: Samples, prob: float, received_at: float) -> list[Action]:
        speech.audio.append(window)
        speech.probs.append(prob)
        speech.silent_windows = 0
        speech.voiced_end_sample = self._position + self._window
        speech.voiced_received_at = received_at
        length_s = (speech.voiced_end_sample - speech.start_sample) / SAMPLE_RATE
        if length_s >= self._config.max_utterance_s:
            return self._cut(speech)
        if self._config.partials and length_s >= speech.next_partial_s:
            speech.next_partial_s = length_s + self._config.partial_interval_s
            return [Partial(np.concatenate(speech.audio), speech.start_sample / SAMPLE_RATE)]
        return []

    def _cut(self, speech: _Speech) -> list[Action]:
        """A very long turn: cut at the quietest recent window and carry on from there."""
        lookback = min(len(speech.probs) - 1, round(3.0 * SAMPLE_RATE / self._window))
        tail = speech.probs[-lookback:] if lookback > 0 else speech.probs
        cut_at = len(speech.probs) - len(tail) + int(np.argmin(tail)) + 1
        head_audio, rest_audio = speech.audio[:cut_at], speech.audio[cut_at:]
        head = _Speech(
            start_sample=speech.start_sample,
            audio=head_audio,
            probs=speech.probs[:cut_at],
            voiced_end_sample=speech.start_sample + cut_at * self._window,
            voiced_received_at=speech.voiced_received_at,
        )
        candidate = self._candidate(head)
        actions: list[Action] = []
        if candidate is not None:
            actions += [candidate, Commit(candidate.segment)]
        rest = _Speech(
            start_sample=head.voiced_end_sample,
            audio=rest_audio,
            probs=speech.probs[cut_at:],
            voiced_end_sample=speech.voiced_end_sample,
            voiced_received_at=speech.voiced_received_at,
        )
        rest.next_partial_s = (rest.voiced_end_sample - rest.start_sample) / SAMPLE_RATE + self._config.first_partial_s
        self._speech = rest
        return actions

    def _candidate(self, speech: _Speech) -> Candidate | None:
        voiced_windows = (speech.voiced_end_sample - speech.start_sample) // self._window
        voiced_s = sum(1 for p in speech.probs[:voiced_windows] if p >= self._config.threshold) * (
            self._window / SAMPLE_RATE
        )
        if voiced_s < self._config.min_speech_s:
            return None
        audio = np.concatenate(speech.audio[:voiced_windows])
        pad = np.zeros(round(self._config.tail_pad_s * SAMPLE_RATE), dtype=np.float32)
        segment = self._next_segment
        self._next_segment += 1
        speech.candidate = segment
        return Candidate(
            segment=segment,
            audio=np.concatenate([audio, pad]),
            start=speech.start_sample / SAMPLE_RATE,
            end=speech.voiced_end_sample / SAMPLE_RATE,
            received_at=speech.voiced_received_at,
        )

    def _reset_to_silence(self) -> None:
        speech = self._speech
        self._speech = None
        if speech is not None:
            self._pre_roll = speech.audio[-self._pre_roll_windows :]
