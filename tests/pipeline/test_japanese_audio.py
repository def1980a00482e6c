"""Japanese speech (synthesised offline, tests/data/README.md) through the real model and pipeline."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from companion.bench import edit_distance, normalise
from companion.clock import SystemClock
from companion.events import NumberedEvent
from companion.replay import prepare_audio, replay
from tests.conftest import DATA

pytestmark = pytest.mark.model
REFERENCES = json.loads((DATA / "references.json").read_text(encoding="utf-8"))
KANJI_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def events_for(runtime, settings, path: Path, channels: str | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    events: list[NumberedEvent] = []
    asyncio.run(replay(runtime.engines, settings, prepare_audio(path, channels), call="ja", clock=SystemClock(),
                       publish=events.append, speed=0, language="ja", playbook=None))
    return [e.as_dict() for e in events]


def cer(reference: str, hypothesis: str) -> float:
    ref = normalise(reference).translate(KANJI_DIGITS)
    hyp = normalise(hypothesis).translate(KANJI_DIGITS)
    return edit_distance(ref, hyp) / len(ref)


@pytest.mark.parametrize("name", ["ja_staff_apology", "ja_customer_fact", "ja_customer_request", "ja_staff_solution"])
def test_japanese_clips_are_recognised(runtime, settings, name: str) -> None:  # type: ignore[no-untyped-def]
    events = events_for(runtime, settings, DATA / f"{name}.wav")
    text = "".join(e["text"] for e in events if e["type"] == "utterance")
    reference = REFERENCES[name]["utterances"][0]["text"]
    assert cer(reference, text) <= 0.25, (reference, text)


def test_telephone_audio_8khz_mu_law(runtime, settings) -> None:  # type: ignore[no-untyped-def]
    events = events_for(runtime, settings, DATA / "ja_customer_fact_tel.wav")
    text = "".join(e["text"] for e in events if e["type"] == "utterance")
    assert cer(REFERENCES["ja_customer_fact"]["utterances"][0]["text"], text) <= 0.35, text


def test_two_channel_call_attributes_every_utterance(runtime, settings) -> None:  # type: ignore[no-untyped-def]
    events = events_for(runtime, settings, DATA / "ja_call_stereo.wav")
    utterances = [e for e in events if e["type"] == "utterance"]
    reference = REFERENCES["ja_call_stereo"]["utterances"]
    assert len(utterances) == len(reference)
    for said, heard in zip(reference, sorted(utterances, key=lambda u: u["start"]), strict=True):
        assert heard["speaker"] == said["speaker"]
        assert abs(heard["start"] - said["start"]) < 0.5 and abs(heard["end"] - said["end"]) < 0.5
        assert cer(said["text"], heard["text"]) <= 0.45, (said["text"], heard["text"])  # kana/kanji spelling counts
    heard_all = "".join(u["text"] for u in sorted(utterances, key=lambda u: u["start"]))
    whole = cer("".join(r["text"] for r in reference), heard_all)
    assert whole <= 0.25
    labels = {label for u in utterances for label in u["labels"]}
    assert {"apology", "fact"} <= labels
    summary = events[-1]
    assert summary["type"] == "summary" and summary["memo"]
    assert all(m["quote"] in {u["text"] for u in utterances} for m in summary["memo"])


def test_mono_mix_of_the_call_is_unknown_speaker(runtime, settings) -> None:  # type: ignore[no-untyped-def]
    events = events_for(runtime, settings, DATA / "ja_call_mono.wav")
    speakers = {e["speaker"] for e in events if e["type"] == "utterance"}
    assert speakers == {"unknown"}
