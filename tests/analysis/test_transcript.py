"""`analyze` input and output: the contract's JSONL, bad lines named by number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.analysis.transcript import analyze_transcripts, read_transcripts
from companion.errors import BadTranscriptError

CONTRACT_EXAMPLE = [
    {"call": "c1", "speaker": "customer", "text": "予約した時間に行ったのに一時間も待たされました"},
    {"call": "c1", "speaker": "staff", "text": "大変申し訳ございません"},
]


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_contract_example(tmp_path: Path, engine: PlaybookEngine) -> None:
    path = _write(tmp_path, [json.dumps(row, ensure_ascii=False) for row in CONTRACT_EXAMPLE])
    [result] = analyze_transcripts(engine, read_transcripts(path), "ja", None)
    assert result == {
        "call": "c1",
        "utterances": [{"index": 0, "labels": ["fact"]}, {"index": 1, "labels": ["apology"]}],
        "missed_steps": ["empathy", "confirm", "solution", "thanks"],
        "order_issues": ["closed_without_thanks"],
        "memo": [{"index": 0, "kind": "fact", "quote": "予約した時間に行ったのに一時間も待たされました"}],
        "escalation": False,
    }


def test_calls_grouped_and_language_detected(tmp_path: Path, engine: PlaybookEngine) -> None:
    rows = [
        {"call": "a", "speaker": "customer", "text": "I want a refund by next Tuesday"},
        {"call": "b", "speaker": "staff", "text": "对不起，是我们的失误"},
        {"call": "a", "speaker": "staff", "text": "I'm so sorry about that", "start": 1.0, "end": 2.5},
    ]
    path = _write(tmp_path, [json.dumps(row, ensure_ascii=False) for row in rows])
    results = analyze_transcripts(engine, read_transcripts(path), None, None)
    assert [r["call"] for r in results] == ["a", "b"]
    assert results[0]["utterances"] == [{"index": 0, "labels": ["request"]}, {"index": 1, "labels": ["apology"]}]
    assert results[1]["utterances"] == [{"index": 0, "labels": ["apology"]}]


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ('{"call": "c1", "speaker": "staff", "text": "ok"', "not valid JSON"),
        ('{"call": "c1", "speaker": "staff"}', "missing field 'text'"),
        ('{"speaker": "staff", "text": "x"}', "missing field 'call'"),
        ('{"call": "c1", "speaker": "agent", "text": "x"}', "bad speaker 'agent'"),
        ('{"call": "c1", "speaker": "staff", "text": 5}', "'text' must be a string"),
        ('{"call": "c1", "speaker": "staff", "text": "x", "start": "soon"}', "'start' must be a number"),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_line_is_named(tmp_path: Path, bad: str, words: str) -> None:
    good = json.dumps(CONTRACT_EXAMPLE[0], ensure_ascii=False)
    path = _write(tmp_path, [good, "", good, good, good, good, bad, good])
    with pytest.raises(BadTranscriptError) as caught:
        read_transcripts(path)
    assert str(caught.value).startswith("line 7: ")
    assert words in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadTranscriptError, match="not found"):
        read_transcripts(tmp_path / "none.jsonl")
