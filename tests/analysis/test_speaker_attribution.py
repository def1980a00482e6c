"""Speaker attribution of mono recordings: real voices (the committed test calls), real spaCy and playbook cues.

The voiceprints are computed from the mono mixdowns at the reference times; the Whisper model is not
needed here (tests/pipeline/test_attribution_replay.py runs the whole pipeline).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import load_playbook, parse_playbook
from companion.audio.decode import decode_file
from companion.audio.voiceprint import Voiceprint, voiceprint
from companion.call import CallSession
from companion.clock import ManualClock
from companion.errors import PlaybookError
from companion.events import NumberedEvent
from companion.model import SAMPLE_RATE, Speaker, Utterance
from companion.speakers.attribution import attribute, attribute_call
from companion.speakers.online import OnlineAttributor
from companion.speakers.text_cue import PlaybookTextCue

ROOT = Path(__file__).resolve().parents[2]
JA_CALL = ROOT / "tests" / "data" / "ja_call_stereo.wav"
DEMO = ROOT / "companion" / "demo" / "demo_call.flac"


def mono_turns(stereo_path: Path) -> tuple[list[dict[str, object]], list[Voiceprint | None]]:
    """The reference utterances and their voiceprints, cut from the two channels summed to one."""
    mono = decode_file(stereo_path).sum(axis=0)
    reference = json.loads(stereo_path.with_suffix(".json").read_text(encoding="utf-8"))["utterances"]
    voices = []
    for u in reference:
        cut = mono[max(0, int((u["start"] - 0.2) * SAMPLE_RATE)) : int(u["end"] * SAMPLE_RATE)]
        voices.append(voiceprint(np.concatenate([cut, np.zeros(4000, dtype=np.float32)])))
    return reference, voices


def accuracy(found: list[Speaker], reference: list[dict[str, object]]) -> float:
    return sum(f == Speaker(str(u["speaker"])) for f, u in zip(found, reference, strict=True)) / len(reference)


@pytest.fixture(scope="module")
def cue(engine: PlaybookEngine) -> PlaybookTextCue:
    return PlaybookTextCue(engine)


def test_voiceprint_hears_a_female_voice_higher_than_a_male_one() -> None:
    staff = voiceprint(decode_file(ROOT / "tests/data/ja_staff_apology.wav")[0])  # jf_alpha
    customer = voiceprint(decode_file(ROOT / "tests/data/ja_customer_fact.wav")[0])  # jm_kumo
    assert staff is not None and customer is not None
    assert staff.pitch is not None and customer.pitch is not None
    assert 2 ** staff.pitch[1] > 160 > 2 ** customer.pitch[1] > 60  # median F0 in Hz
    assert staff.cepstral.shape == (38,)


def test_voiceprint_of_silence_or_a_click_is_none() -> None:
    assert voiceprint(np.zeros(SAMPLE_RATE, dtype=np.float32)) is None
    assert voiceprint(np.ones(300, dtype=np.float32)) is None


def test_voice_only_separates_the_two_voices_of_the_mono_call() -> None:
    reference, voices = mono_turns(JA_CALL)
    found = [a.speaker for a in attribute([0.0] * len(voices), voices, load_playbook().speakers, method="voice")]
    # Voices alone cannot say which one is staff: the split must be right under one of the two namings.
    assert max(accuracy(found, reference), 1 - accuracy(found, reference)) == 1.0


def test_one_utterance_fixed_by_hand_names_the_whole_voice() -> None:
    reference, voices = mono_turns(DEMO)
    pinned = {0: Speaker(reference[0]["speaker"])}  # a trainer fixes the first utterance
    found = attribute([0.0] * len(voices), voices, load_playbook().speakers, method="voice", pinned=pinned)
    assert accuracy([a.speaker for a in found], reference) == 1.0
    assert found[0].confidence > 0.99


def test_text_only_on_the_demo_lines(cue: PlaybookTextCue) -> None:
    reference, voices = mono_turns(DEMO)
    book = load_playbook()
    utterances = [Utterance(Speaker.UNKNOWN, str(u["text"]), 0.0, 0.0, 0.0) for u in reference]
    found = attribute_call(utterances, voices, book, "ja", cue, method="text")
    assert accuracy([a.speaker for a in found], reference) >= 0.85  # measured 13/13
    assert all(a.voice == 0.0 for a in found)


def test_words_say_staff_or_customer(cue: PlaybookTextCue) -> None:
    assert cue.staff_log_odds("大変申し訳ございません。確認いたします。", "ja") > 1.0
    assert cue.staff_log_odds("昨日届いた荷物が壊れていたんですけど、どうなってるんですか", "ja") < -1.0
    assert cue.staff_log_odds("はい", "ja") == 0.0
    assert cue.staff_log_odds("Thank you for calling, how can I help?", "en") > 1.0
    assert cue.staff_log_odds("Why did your courier leave my parcel outside?", "en") < -1.0


def test_combined_on_the_mono_demo_call(cue: PlaybookTextCue) -> None:
    reference, voices = mono_turns(DEMO)
    utterances = [Utterance(Speaker.UNKNOWN, str(u["text"]), 0.0, 0.0, 0.0) for u in reference]
    found = attribute_call(utterances, voices, load_playbook(), "ja", cue)
    assert accuracy([a.speaker for a in found], reference) == 1.0
    assert all(0.5 <= a.confidence <= 1.0 for a in found)


class _Scripted:
    """Our own TextCue interface, answering from a table (the words' part is tested above)."""

    def __init__(self, odds: dict[str, float]) -> None:
        self.odds = odds

    def staff_log_odds(self, text: str, language: str) -> float:
        return self.odds.get(text, 0.0)


def test_online_guess_is_refined_once_the_voices_are_known() -> None:
    reference, voices = mono_turns(JA_CALL)  # the customer speaks first
    texts = [f"u{i}" for i in range(len(reference))]
    # The first utterance's words say nothing; the later ones are clear.
    cue = _Scripted({"u1": 3.0, "u2": -3.0, "u3": 3.0})
    online = OnlineAttributor(load_playbook().speakers, cue)
    first = online.observe(texts[0], "ja", voices[0])
    assert first.speaker == Speaker.STAFF and first.confidence < 0.7  # a call is usually answered by staff
    for text, voice in zip(texts[1:], voices[1:], strict=True):
        online.observe(text, "ja", voice)
    changes = online.refine()
    assert [(i, a.speaker) for i, a in changes] == [(0, Speaker.CUSTOMER)]
    assert online.refine() == []


def test_session_reattribution_emits_speaker_events_and_a_summary_for_the_new_speakers(
    engine: PlaybookEngine,
) -> None:
    events: list[NumberedEvent] = []
    session = CallSession("c", engine, ManualClock(), events.append, language="ja")
    lines = [
        (Speaker.STAFF, "予約した時間に行ったのに、一時間も待たされました。"),
        (Speaker.STAFF, "大変申し訳ございません。"),
    ]
    for speaker, text in lines:
        session.utterance(Utterance(speaker, text, 0.0, 1.0, 0.0, speaker_source="attributed", speaker_confidence=0.6))
    first = next(e.as_dict() for e in events if e.type == "utterance")
    assert first["speaker_source"] == "attributed" and first["speaker_confidence"] == 0.6
    session.reattribute([(0, Speaker.CUSTOMER, 0.9), (1, Speaker.STAFF, 0.8)])  # the second is unchanged
    changed = [e.as_dict() for e in events if e.type == "speaker"]
    assert changed == [
        {
            "type": "speaker",
            "call": "c",
            "seq": changed[0]["seq"],
            "index": 0,
            "speaker": "customer",
            "previous": "staff",
            "speaker_source": "attributed",
            "speaker_confidence": 0.9,
            "labels": ["fact"],
        }
    ]
    summary = session.finish()
    assert summary["memo"] and summary["memo"][0]["kind"] == "fact"  # type: ignore[index]
    assert [e.seq for e in events] == list(range(1, len(events) + 1))


def test_a_bad_cue_in_a_playbook_names_its_line() -> None:
    text = "name: x\nsteps: [{id: apology}]\nspeakers:\n  staff:\n    ja:\n      - {re: '(unclosed', weight: 1}\n"
    with pytest.raises(PlaybookError, match=r"x\.yaml:\d+: speakers\.staff\.ja"):
        parse_playbook(text, "x.yaml")
