"""`--channels auto`: a one-microphone recording through the real pipeline and the real Whisper model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.conftest import DATA

pytestmark = pytest.mark.model

JA_MONO = DATA / "ja_call_mono.wav"
REFERENCE = json.loads((DATA / "ja_call_stereo.json").read_text(encoding="utf-8"))["utterances"]
DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo" / "demo_call.flac"


def companion(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], capture_output=True, text=True, timeout=240, env=env
    )


def replay_json(path: Path, data_dir: Path, *extra: str) -> list[dict[str, object]]:
    result = companion("replay", str(path), "--speed", "0", "--json", *extra, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def reference_speaker(reference: list[dict[str, object]], start: float, end: float) -> str:
    def overlap(u: dict[str, object]) -> float:
        return min(end, float(u["end"])) - max(start, float(u["start"]))  # type: ignore[arg-type]

    return str(max(reference, key=overlap)["speaker"])


def final_speakers(events: list[dict[str, object]]) -> dict[int, str]:
    speakers = {int(e["index"]): str(e["speaker"]) for e in events if e["type"] == "utterance"}  # type: ignore[call-overload]
    speakers.update({int(e["index"]): str(e["speaker"]) for e in events if e["type"] == "speaker"})  # type: ignore[call-overload]
    return speakers


def test_auto_attributes_the_mono_call(data_dir: Path) -> None:
    events = replay_json(JA_MONO, data_dir, "--channels", "auto", "--language", "ja")
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    utterances = [e for e in events if e["type"] == "utterance"]
    assert len(utterances) == 4
    for u in utterances:
        assert u["speaker"] in ("staff", "customer")
        assert u["speaker_source"] == "attributed"
        assert 0.5 <= float(u["speaker_confidence"]) <= 1.0  # type: ignore[arg-type]
    online = [u["speaker"] == reference_speaker(REFERENCE, u["start"], u["end"]) for u in utterances]  # type: ignore[arg-type]
    assert sum(online) >= 3  # measured: 4 of 4 as they arrive
    final = final_speakers(events)
    right = [final[int(u["index"])] == reference_speaker(REFERENCE, u["start"], u["end"]) for u in utterances]  # type: ignore[arg-type, call-overload]
    assert all(right)  # measured: 4 of 4 after the end-of-call pass
    apology = next(u for u in utterances if "申し訳" in str(u["text"]))
    assert final[int(apology["index"])] == "staff"  # type: ignore[call-overload]
    summary = events[-1]
    assert summary["type"] == "summary"
    assert [m["kind"] for m in summary["memo"]] == ["fact", "request"]  # type: ignore[union-attr, index]


def test_auto_on_a_stereo_call_keeps_the_channel_map(data_dir: Path, stereo_en: Path) -> None:
    events = replay_json(stereo_en, data_dir, "--channels", "auto", "--language", "en")
    utterances = [e for e in events if e["type"] == "utterance"]
    assert sorted(u["speaker"] for u in utterances) == ["customer", "staff"]
    assert "wizard" in next(str(u["text"]).lower() for u in utterances if u["speaker"] == "staff")
    assert all("speaker_source" not in u for u in utterances)
    assert not [e for e in events if e["type"] == "speaker"]


def test_without_auto_mono_stays_unknown(data_dir: Path) -> None:
    events = replay_json(JA_MONO, data_dir, "--language", "ja")
    utterances = [e for e in events if e["type"] == "utterance"]
    assert utterances and {u["speaker"] for u in utterances} == {"unknown"}
    assert all("speaker_source" not in u for u in utterances)


@pytest.mark.parametrize("bad", ["automatic", "auto,staff", "staff,customer"])
def test_a_bad_channel_map_is_one_clear_line(data_dir: Path, bad: str) -> None:
    result = companion("replay", str(JA_MONO), "--json", "--channels", bad, data_dir=data_dir)
    assert result.returncode != 0 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "channel map" in lines[0]


@pytest.mark.slow
def test_auto_on_the_demo_call_mixed_down(data_dir: Path, tmp_path: Path) -> None:
    stereo = soundfile.read(DEMO, dtype="float32")[0]
    mono = tmp_path / "demo_mono.wav"
    soundfile.write(mono, np.clip(stereo.sum(axis=1), -1, 1), 16000)
    reference = json.loads(DEMO.with_suffix(".json").read_text(encoding="utf-8"))["utterances"]
    events = replay_json(mono, data_dir, "--channels", "auto", "--language", "ja")
    utterances = [e for e in events if e["type"] == "utterance"]
    final = final_speakers(events)
    right = [final[int(u["index"])] == reference_speaker(reference, u["start"], u["end"]) for u in utterances]  # type: ignore[arg-type, call-overload]
    assert sum(right) / len(right) >= 0.9  # measured 13 of 13
    assert not events[-1]["missed_steps"]
