"""Transcripts for `companion analyze`: the contract's JSON Lines in, the contract's per-call objects out.

``analyze_transcripts`` drives the very same ``CallAnalyzer`` the live pipeline uses: one code path.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from companion.analysis.base import AnalysisEngine
from companion.analysis.nlp import detect_language
from companion.errors import BadTranscriptError
from companion.model import Speaker

_SPEAKERS = tuple(s.value for s in Speaker)


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    call: str
    speaker: Speaker
    text: str
    line: int
    start: float | None = None
    end: float | None = None


@dataclass(frozen=True, slots=True)
class TranscriptCall:
    call: str
    lines: tuple[TranscriptLine, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def read_transcripts(path: str | Path) -> list[TranscriptCall]:
    """Parse a JSONL transcript ('-' reads stdin). Calls keep the order of their first line."""
    try:
        raw = sys.stdin.read() if str(path) == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadTranscriptError(f"transcript not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BadTranscriptError(f"cannot read the transcript {path}: {exc}") from None
    return parse_transcript(raw.splitlines())


def parse_transcript(lines: Sequence[str]) -> list[TranscriptCall]:
    calls: dict[str, list[TranscriptLine]] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        parsed = _parse_line(raw, number)
        calls.setdefault(parsed.call, []).append(parsed)
    return [TranscriptCall(call=call, lines=tuple(items)) for call, items in calls.items()]


def _parse_line(raw: str, number: int) -> TranscriptLine:
    try:
        row = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadTranscriptError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(row, dict):
        raise BadTranscriptError(f"line {number}: expected a JSON object")
    for key in ("call", "speaker", "text"):
        if key not in row:
            raise BadTranscriptError(f"line {number}: missing field {key!r}")
    call, speaker, text = row["call"], row["speaker"], row["text"]
    if not isinstance(call, str | int) or isinstance(call, bool) or str(call) == "":
        raise BadTranscriptError(f"line {number}: 'call' must be a non-empty string")
    if speaker not in _SPEAKERS:
        raise BadTranscriptError(f"line {number}: bad speaker {speaker!r}; use staff, customer or unknown")
    if not isinstance(text, str):
        raise BadTranscriptError(f"line {number}: 'text' must be a string")
    times: dict[str, float | None] = {}
    for key in ("start", "end"):
        value = row.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise BadTranscriptError(f"line {number}: {key!r} must be a number of seconds")
        times[key] = float(value) if value is not None else None
    return TranscriptLine(
        call=str(call), speaker=Speaker(speaker), text=text, line=number, start=times["start"], end=times["end"]
    )


def analyze_transcripts(
    engine: AnalysisEngine,
    calls: Sequence[TranscriptCall],
    language: str | None,
    playbook: str | None,
) -> list[dict[str, object]]:
    """The contract's `analyze` object for each call. language None or 'auto': detected per call."""
    out: list[dict[str, object]] = []
    for call in calls:
        call_language = language if language not in (None, "auto") else detect_language(call.text)
        assert call_language is not None
        analyzer = engine.start_call(call_language, playbook)
        for index, line in enumerate(call.lines):
            analyzer.on_utterance(index, line.speaker, line.text)
        out.append(analyzer.summary().as_dict(call.call))
    return out
