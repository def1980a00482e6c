import numpy as np

from companion.transcription.segmenter import Cancel, Candidate, Commit, Partial, Segmenter, SegmenterConfig

W = 512


def feed(segmenter: Segmenter, pattern: str, received_at: float = 0.0) -> list:
    """'#' a voiced window, '.' a silent one; the audio carries the window number for checks."""
    actions = []
    for i, mark in enumerate(pattern):
        audio = np.full(W, float(i), dtype=np.float32)
        actions += segmenter.push(audio, np.array([0.9 if mark == "#" else 0.05]), received_at + i)
    return actions


def kinds(actions: list) -> list[str]:
    return [type(a).__name__ for a in actions]


def config(**kw: object) -> SegmenterConfig:
    base = dict(min_silence_s=0.32, min_speech_s=0.1, short_speech_s=0.0, pre_roll_s=0.064, tail_pad_s=0.0,
                partials=False)
    base.update(kw)
    return SegmenterConfig(**base)  # type: ignore[arg-type]


def test_candidate_at_silence_onset_then_commit_after_min_silence() -> None:
    seg = Segmenter(config())
    actions = feed(seg, "...######" + "." * 10)
    assert kinds(actions) == ["Candidate", "Commit"]
    candidate = actions[0]
    assert isinstance(candidate, Candidate)
    # pre-roll of two windows before the first voiced one (window 3)
    assert candidate.start == 1 * W / 16000
    assert candidate.end == 9 * W / 16000
    assert candidate.received_at == 8  # the arrival time of the last voiced window
    assert candidate.audio[-1] == 8.0  # ends with the last voiced window, not the silence


def test_speech_resuming_cancels_the_speculative_decode() -> None:
    seg = Segmenter(config())
    actions = feed(seg, "######...######" + "." * 10)
    assert kinds(actions) == ["Candidate", "Cancel", "Candidate", "Commit"]
    assert actions[1] == Cancel(actions[0].segment)
    final = actions[2]
    assert isinstance(final, Candidate) and actions[3] == Commit(final.segment)
    assert final.start == 0.0 and final.end == 15 * W / 16000


def test_too_short_blips_are_not_utterances() -> None:
    seg = Segmenter(config(min_speech_s=0.2))
    assert feed(seg, "..##" + "." * 20) == []


def test_short_fragments_wait_for_a_longer_pause() -> None:
    seg = Segmenter(config(short_speech_s=0.5, short_silence_s=0.64))
    # 8 voiced windows = 0.256 s < 0.5 s: a 12-window pause (0.384 s) is not enough to end it
    actions = feed(seg, "########" + "." * 12 + "########" + "." * 25)
    assert kinds(actions) == ["Candidate", "Cancel", "Candidate", "Commit"]


def test_flush_ends_the_utterance_in_progress() -> None:
    seg = Segmenter(config())
    feed(seg, "..#####")
    actions = seg.flush()
    assert kinds(actions) == ["Candidate", "Commit"]
    assert seg.flush() == []


def test_long_turns_are_cut_at_the_quietest_recent_window() -> None:
    seg = Segmenter(config(max_utterance_s=1.0))
    probs = [0.9] * 20 + [0.55] + [0.9] * 20
    actions = []
    for i, p in enumerate(probs):
        actions += seg.push(np.zeros(W, dtype=np.float32), np.array([p]), float(i))
    assert "Commit" in kinds(actions)
    first = next(a for a in actions if isinstance(a, Candidate))
    assert first.end <= 1.0 + W / 16000
    assert seg.speaking


def test_partials_while_speaking() -> None:
    seg = Segmenter(config(partials=True, first_partial_s=0.2, partial_interval_s=0.3))
    actions = feed(seg, "#" * 40)
    partials = [a for a in actions if isinstance(a, Partial)]
    assert len(partials) >= 3
    assert all(len(p.audio) > 0 for p in partials)

