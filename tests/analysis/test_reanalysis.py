"""Re-analysis after a speaker fix dates the memo from the day of the call, not from today."""

from __future__ import annotations

import asyncio

from companion.analysis.engine import PlaybookEngine
from companion.training.service import reanalyse


def test_relative_dates_are_anchored_on_the_call_date(engine: PlaybookEngine) -> None:
    call = {
        "call": "c1",
        "language": "ja",
        "created_at": "2026-01-05T10:00:00+09:00",
        "utterances": [
            {"index": 0, "speaker": "staff", "text": "大変申し訳ございません"},
            {"index": 1, "speaker": "unknown", "text": "明日までに返金してください"},
        ],
    }
    result = asyncio.run(reanalyse(engine, call, {0: "staff", 1: "customer"}))
    assert result.labels[1] == ["request"]
    (memo,) = result.summary["memo"]
    dates = [e["value"] for e in memo["entities"] if e["type"] == "date"]
    assert dates == ["2026-01-06"]
