"""`companion` as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def companion(*args: str, data_dir: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args], capture_output=True, text=True, timeout=timeout, env=env
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.model
def test_replay_json_prints_only_events_with_speakers(data_dir: Path, stereo_en: Path) -> None:
    result = companion("replay", str(stereo_en), "--speed", "0", "--language", "en", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert len({e["call"] for e in events}) == 1
    utterances = [e for e in events if e["type"] == "utterance"]
    assert sorted(u["speaker"] for u in utterances) == ["customer", "staff"]
    for u in utterances:
        assert set(u) >= {"index", "speaker", "text", "start", "end", "labels", "latency_s"}
    assert events[-1]["type"] == "summary"
    assert set(events[-1]) >= {"utterances", "missed_steps", "order_issues", "memo", "escalation"}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--language", "fr"], "unknown language 'fr'"),
        (["--channels", "staff"], "channel map"),
        (["--channels", "boss,customer"], "unknown speaker 'boss'"),
        (["--speed", "-1"], "speed"),
        (["--playbook", "no-such-playbook"], "playbook"),
    ],
)
def test_replay_bad_options(data_dir: Path, stereo_en: Path, args: list[str], expected: str) -> None:
    line = one_line_error(companion("replay", str(stereo_en), "--json", *args, data_dir=data_dir))
    assert expected in line


@pytest.mark.parametrize("kind", ["text", "empty", "missing"])
def test_replay_bad_audio(data_dir: Path, bad_files: dict[str, Path], kind: str) -> None:
    line = one_line_error(companion("replay", str(bad_files[kind]), "--json", data_dir=data_dir))
    assert str(bad_files[kind].name) in line


def test_missing_model_directory_says_how_to_fix(data_dir: Path, stereo_en: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "no-model"
    result = subprocess.run(
        [sys.executable, "-m", "companion.cli", "models"],
        capture_output=True, text=True, env={**os.environ, "COMPANION_MODEL_DIR": str(env_dir)},
    )
    line = one_line_error(result)
    assert "COMPANION_MODEL_DIR" in line


def test_analyze_names_the_bad_line(data_dir: Path, tmp_path: Path) -> None:
    transcript = tmp_path / "t.jsonl"
    transcript.write_text(
        '{"call": "c1", "speaker": "customer", "text": "一時間も待たされました"}\n{"call": "c1", "speaker": \n',
        encoding="utf-8",
    )
    line = one_line_error(companion("analyze", str(transcript), data_dir=data_dir))
    assert "line 2" in line


def test_analyze_prints_one_object_per_call(data_dir: Path, tmp_path: Path) -> None:
    transcript = tmp_path / "t.jsonl"
    lines = [
        {"call": "c1", "speaker": "customer", "text": "予約した時間に行ったのに一時間も待たされました"},
        {"call": "c1", "speaker": "staff", "text": "大変申し訳ございません"},
        {"call": "c2", "speaker": "staff", "text": "I'm so sorry about that"},
    ]
    transcript.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    result = companion("analyze", str(transcript), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["call"] for o in out] == ["c1", "c2"]
    assert out[0]["utterances"][1]["labels"] == ["apology"]
    assert "apology" not in out[0]["missed_steps"]


def test_devices_lists_or_says_none(data_dir: Path) -> None:
    result = companion("devices", data_dir=data_dir)
    assert result.returncode in (0, 2)
    assert "Traceback" not in result.stderr
