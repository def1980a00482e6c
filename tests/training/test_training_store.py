"""The training store's speaker fix on its own: all or nothing, and never over a newer state of the call."""

from __future__ import annotations

from typing import Any

import pytest

from companion.errors import CallStateError, NotFoundError
from companion.storage.training import Reanalysis, TrainingStore
from tests.storage.conftest import db_url, store  # noqa: F401  (SQLite and PostgreSQL)
from tests.training.conftest import store_call

ANALYSIS = Reanalysis(
    labels={0: ["fact"], 1: ["apology"]},
    evidence={1: {"apology": "申し訳"}},
    summary={"call": "c", "missed_steps": ["empathy"], "order_issues": [], "memo": [], "escalation": False},
)


def test_a_fix_written_over_a_stale_read_is_refused(store: Any) -> None:  # noqa: F811
    store_call(
        store,
        "c",
        [("customer", "壊れていました", 0.0, 2.0, ["fact"]), ("customer", "申し訳ございません", 2.5, 4.0, [])],
    )
    training = TrainingStore(store)
    seen = store.get_call("c")["last_seq"]
    assert (
        training.apply_speaker_fix(
            "c", seen_seq=seen - 1, index=1, speaker="staff", previous="customer", analysis=ANALYSIS
        )
        is False
    )
    assert store.get_call("c")["utterances"][1]["speaker"] == "customer"  # nothing written

    assert (
        training.apply_speaker_fix("c", seen_seq=seen, index=1, speaker="staff", previous="customer", analysis=ANALYSIS)
        is True
    )
    after = store.get_call("c")
    assert after["last_seq"] == seen + 1 and after["utterances"][1]["speaker"] == "staff"
    assert after["utterances"][1]["labels"] == ["apology"] and after["utterances"][1]["evidence"] == {
        "apology": "申し訳"
    }
    assert after["summary"]["missed_steps"] == ["empathy"] and "call" not in after["summary"]
    assert after["steps_done"] == 1 and after["steps_missed"] == 1
    assert training.speaker_history("c")[-1] == ("speaker", 1, "staff", "trainer")
    # the same stale seq again: someone else's write came first
    assert (
        training.apply_speaker_fix("c", seen_seq=seen, index=0, speaker="staff", previous="customer", analysis=ANALYSIS)
        is False
    )


def test_a_fix_needs_an_ended_call(store: Any) -> None:  # noqa: F811
    store_call(store, "live", [("customer", "もしもし", 0.0, 1.0, [])], close=False)
    training = TrainingStore(store)
    with pytest.raises(CallStateError):
        training.apply_speaker_fix("live", seen_seq=1, index=0, speaker="staff", previous="customer", analysis=ANALYSIS)
    with pytest.raises(NotFoundError):
        training.apply_speaker_fix("nope", seen_seq=1, index=0, speaker="staff", previous="customer", analysis=ANALYSIS)
