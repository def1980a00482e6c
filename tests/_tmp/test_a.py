"""The real Whisper model on real recordings, through the same pipeline the service runs."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import numpy as np
import pytest
import soundfile

from companion.clock import SystemClock
from companion.events import NumberedEvent
from companion.replay import prepare_audio, replay

pytestmark = pytest.mark.model


def run(runtime, settings, path: Path, language: str | None, speed: float = 0, channels: str | None = None):  # type: ignore[no-untyped-def]
    events: list[NumberedEvent] = []
    audio = prepare_audio(path, channels)
    session, _ = asyncio.run(
        replay(runtime.engines, settings, audio, call="t", clock=SystemClock(), publish=events.append,
               speed=speed, language=language, playbook=None)
    )
    return [e.as_dict() for e in events], session


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def test_two_channels_give_each_speaker_their_own_words(runtime, settings, stereo_en: Path) -> None:  # type: ignore[no-untyped-def]
    events, _ = run(runtime, settings, stereo_en, "en")
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    utterances = [e for e in events if e["type"] == "utterance"]
    by_speaker = {u["speaker"]: u["text"] for u in utterances}
    assert set(by_speaker) == {"staff", "customer"}
    assert {"confused", "complaint", "wizard", "curtain"} <= words(by_speaker["staff"])
    assert {"horizon", "extremely", "distant"} <= words(by_speaker["customer"])
    assert events[-1]["type"] == "summary"
    for u in utterances:
        assert 0 <= u["start"] < u["end"] <= 5.0
        assert u["latency_s"] >= 0


def test_swapped_channel_map_swaps_speakers(runtime, settings, stereo_en: Path) -> None:  # type: ignore[no-untyped-def]
    events, _ = run(runtime, settings, stereo_en, "en", channels="customer,staff")
    by_speaker = {e["speaker"]: e["text"] for e in events if e["type"] == "utterance"}
    assert "wizard" in by_speaker["customer"].lower()


def test_mono_speech_is_attributed_to_unknown_and_language_detected(runtime, settings, jfk: Path) -> None:  # type: ignore[no-untyped-def]
    events, session = run(runtime, settings, jfk, None)
    utterances = [e for e in events if e["type"] == "utterance"]
    assert utterances and {u["speaker"] for u in utterances} == {"unknown"}
    text = " ".join(u["text"] for u in utterances)
    assert {"fellow", "americans", "country"} <= words(text)
    assert session.language == "en"


def test_silence_and_noise_produce_no_text(runtime, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(7)
    quiet = np.concatenate([np.zeros(16000 * 4), rng.normal(0, 0.003, 16000 * 4)]).astype(np.float32)
    path = tmp_path / "room.wav"
    soundfile.write(path, quiet, 16000)
    events, _ = run(runtime, settings, path, "ja")
    assert [e["type"] for e in events] == ["summary"]


def test_real_time_pace_emits_partials_before_the_final(runtime, settings, stereo_en: Path) -> None:  # type: ignore[no-untyped-def]
    events, session = run(runtime, settings, stereo_en, "en", speed=1)
    types = [e["type"] for e in events]
    assert "partial" in types
    first_partial = types.index("partial")
    assert first_partial < max(i for i, t in enumerate(types) if t == "utterance")
    assert all(latency < 5 for latency in session.latencies)


@pytest.fixture(scope="module")
def runtime(settings):  # type: ignore[no-untyped-def]
    from companion.analysis.base import SilentEngine
    from companion.services import build_runtime
    rt = build_runtime(settings, analysis=SilentEngine())
    yield rt
    rt.close()
