"""The score card on constructed calls: every component, the formula and weights from the playbook's YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from companion.analysis.playbook import load_playbook, parse_playbook
from companion.errors import PlaybookError
from companion.training.scorecard import COMPONENTS, Expectation, score_call

BOOK = load_playbook(None)


def utt(index: int, speaker: str, start: float, end: float, labels: list[str], text: str = "", **extra: Any) -> dict:
    return {
        "index": index,
        "speaker": speaker,
        "text": text or f"u{index}",
        "start": start,
        "end": end,
        "labels": labels,
        "evidence": extra.pop("evidence", {}),
        **extra,
    }


def call(utterances: list[dict], channels: str = "staff,customer", **extra: Any) -> dict:
    return {
        "call": "c1",
        "language": "ja",
        "playbook": "default",
        "channels": channels,
        "utterances": utterances,
        "escalations": [],
        **extra,
    }


# A model call: customer speaks, staff apologises at once, every step in order, balanced talk.
GOOD = [
    utt(0, "customer", 0.0, 6.0, ["fact"]),
    utt(1, "staff", 6.5, 8.0, ["apology"]),
    utt(2, "staff", 8.2, 9.5, ["empathy"]),
    utt(3, "customer", 10.0, 15.0, ["request"]),
    utt(4, "staff", 15.5, 18.0, ["confirm"]),
    utt(5, "staff", 18.2, 20.0, ["solution"]),
    utt(6, "customer", 20.5, 22.0, []),
    utt(7, "staff", 22.5, 24.0, ["thanks"]),
]


def lost(card: dict, component: str) -> float:
    return next(c["points_lost"] for c in card["components"] if c["id"] == component)


def reasons(card: dict, component: str) -> list[str]:
    return [d["reason"] for c in card["components"] if c["id"] == component for d in c["deductions"]]


def test_a_model_call_scores_full_marks() -> None:
    card = score_call(call(GOOD), BOOK)
    assert card["score"] == 100 and card["max_score"] == 100
    assert [c["id"] for c in card["components"]] == list(COMPONENTS)
    assert all(c["points_lost"] == 0 and c["deductions"] == [] for c in card["components"])
    assert [s["status"] for s in card["steps"]] == ["done"] * 5
    assert card["first_apology"] == {"seconds": 6.5, "index": 1, "at_s": 6.5, "customer_start_s": 0.0}
    assert card["harassment"]["verdict"] == "not_needed"
    assert card["talk"]["measurable"] and card["talk"]["staff_ratio"] == pytest.approx(8.6 / 21.1, abs=1e-3)
    assert card["interruptions"] == {"count": 0, "measurable": True, "basis": "two_channels", "note": None, "items": []}
    assert card["speakers"] == {"source": "channels", "corrected": []}


def test_missed_and_out_of_order_steps_follow_the_contract() -> None:
    rows = [
        utt(0, "customer", 0.0, 4.0, ["fact"]),
        utt(1, "staff", 4.5, 6.0, ["solution"]),
        utt(2, "staff", 6.5, 8.0, ["apology"]),
        utt(3, "customer", 8.5, 12.0, []),
        utt(4, "staff", 12.5, 14.0, ["apology"]),
    ]
    card = score_call(call(rows), BOOK)
    status = {s["step"]: s["status"] for s in card["steps"]}
    assert status == {
        "apology": "done",
        "empathy": "missed",
        "confirm": "missed",
        "solution": "out_of_order",
        "thanks": "missed",
    }
    assert card["order_issues"] == ["solution_before_apology", "closed_without_thanks"]
    solution = next(s for s in card["steps"] if s["step"] == "solution")
    assert solution["issues"] == ["solution_before_apology"] and solution["index"] == 1 and solution["at_s"] == 4.5
    # 3 missed × 12 + 1 pair out of order × 5; closing without a thanks never said costs only the missed step
    assert lost(card, "steps") == 41
    assert reasons(card, "steps") == ["missed_step"] * 3 + ["out_of_order"]


def test_thanks_said_but_not_last_is_out_of_order() -> None:
    rows = [*GOOD, utt(8, "staff", 24.5, 26.0, ["apology"])]
    card = score_call(call(rows), BOOK)
    thanks = next(s for s in card["steps"] if s["step"] == "thanks")
    assert thanks["status"] == "out_of_order" and thanks["issues"] == ["closed_without_thanks"]
    assert lost(card, "steps") == 5


def test_a_scenario_expecting_three_steps_does_not_ask_for_the_others() -> None:
    rows = GOOD[:5]  # apology, empathy, confirm: no solution, no thanks
    card = score_call(call(rows), BOOK, Expectation(expected_steps=("apology", "empathy", "confirm")))
    status = {s["step"]: (s["status"], s["required"]) for s in card["steps"]}
    assert status["solution"] == ("not_required", False) and status["thanks"] == ("not_required", False)
    assert lost(card, "steps") == 0
    assert lost(score_call(call(rows), BOOK), "steps") == 24  # the playbook requires all five


def test_time_to_first_apology_from_the_customers_first_words() -> None:
    rows = [
        utt(0, "staff", 0.0, 2.0, []),
        utt(1, "customer", 3.0, 9.0, ["fact"]),
        utt(2, "staff", 25.0, 27.0, ["apology"]),
    ]
    card = score_call(call(rows), BOOK)
    assert card["first_apology"]["seconds"] == 22.0 and card["first_apology"]["customer_start_s"] == 3.0
    # 22 s − 10 s allowed = 12 s late × 0.5 = 6 points
    [deduction] = next(c["deductions"] for c in card["components"] if c["id"] == "first_apology")
    assert deduction == {"reason": "late_apology", "seconds": 22.0, "allowed_s": 10.0, "points": 6.0}


def test_no_apology_at_all() -> None:
    rows = [utt(0, "customer", 0.0, 3.0, ["fact"]), utt(1, "staff", 3.5, 5.0, ["empathy"])]
    card = score_call(call(rows), BOOK)
    assert card["first_apology"] is None
    assert lost(card, "first_apology") == 10 and reasons(card, "first_apology") == ["no_apology"]


def test_cautions_keep_their_quotes_and_are_capped() -> None:
    rows = [
        utt(0, "customer", 0.0, 3.0, ["fact"]),
        utt(
            1,
            "staff",
            3.5,
            6.0,
            ["apology", "excuse"],
            text="申し訳ございません、でも混んでいたので",
            evidence={"excuse": "でも"},
        ),
        *[utt(i, "staff", 6.0 + i, 6.5 + i, ["dismissive"], text="よくあることです") for i in range(2, 8)],
        utt(8, "customer", 20.0, 22.0, ["excuse"]),  # a customer label is not the staff's caution
    ]
    card = score_call(call(rows), BOOK)
    first = card["cautions"][0]
    assert first == {
        "label": "excuse",
        "index": 1,
        "quote": "申し訳ございません、でも混んでいたので",
        "evidence": "でも",
        "at_s": 3.5,
    }
    assert len(card["cautions"]) == 7
    component = next(c for c in card["components"] if c["id"] == "cautions")
    assert component["points_lost"] == 20 and component["capped"] and len(component["deductions"]) == 7


@pytest.mark.parametrize(
    ("customer_labels", "staff_text", "events", "verdict", "points"),
    [
        (["threat"], "", [], "missed", 15),
        (["threat"], "ただいま上司に代わりますので少々お待ちください", [], "escalated", 0),
        (["threat"], "", [{"index": 1, "by": "staff", "reason": ""}], "escalated", 0),
        (["abuse"], "", [], "not_needed", 0),  # one insult: the default policy waits for a second
        ([], "上司に代わります", [], "unneeded", 5),
        ([], "上司と相談してご連絡いたします", [], "not_needed", 0),  # a solution, not a hand-over
    ],
)
def test_escalation_when_warranted_and_not_otherwise(
    customer_labels: list[str], staff_text: str, events: list[dict], verdict: str, points: float
) -> None:
    rows = [
        utt(0, "customer", 0.0, 3.0, ["fact"]),
        utt(1, "customer", 3.5, 5.0, customer_labels, text="許さない"),
        utt(2, "staff", 5.5, 8.0, [], text=staff_text or "はい"),
    ]
    card = score_call(call(rows, escalations=events), BOOK)
    harassment = card["harassment"]
    assert harassment["verdict"] == verdict
    assert lost(card, "escalation") == points
    assert harassment["should_escalate"] == (verdict in ("missed", "escalated"))
    if customer_labels:
        assert harassment["signs"][0] == {"label": customer_labels[0], "index": 1, "quote": "許さない", "at_s": 3.5}
    if verdict == "missed":
        assert harassment["warranted_at_index"] == 1 and harassment["escalated_at_index"] is None


def test_a_scenario_can_say_escalation_is_expected() -> None:
    rows = [utt(0, "customer", 0.0, 3.0, ["fact"]), utt(1, "staff", 3.5, 5.0, ["apology"])]
    card = score_call(call(rows), BOOK, Expectation(expect_escalation=True, scenario_id="s1"))
    assert card["harassment"]["basis"] == "scenario" and card["harassment"]["verdict"] == "missed"
    assert card["scenario_id"] == "s1" and lost(card, "escalation") == 15


def test_talk_ratio_outside_the_band() -> None:
    rows = [utt(0, "customer", 0.0, 3.0, ["fact"]), utt(1, "staff", 3.0, 10.0, ["apology"])]  # staff 70 %
    card = score_call(call(rows), BOOK)
    assert card["talk"]["staff_ratio"] == 0.7
    [deduction] = next(c["deductions"] for c in card["components"] if c["id"] == "talk_ratio")
    assert deduction == {"reason": "staff_talks_too_much", "ratio": 0.7, "limit": 0.6, "points": 5.0}
    quiet = score_call(call([utt(0, "customer", 0.0, 19.0, ["fact"]), utt(1, "staff", 19.0, 20.0, ["apology"])]), BOOK)
    assert reasons(quiet, "talk_ratio") == ["staff_talks_too_little"] and lost(quiet, "talk_ratio") == 5.0


def test_interruptions_need_two_channels_or_known_speakers() -> None:
    rows = [
        utt(0, "customer", 0.0, 5.0, ["fact"]),
        utt(1, "staff", 3.0, 6.0, ["apology"]),  # starts 2 s before the customer stops: an interruption
        utt(2, "customer", 7.0, 10.0, []),
        utt(3, "staff", 9.8, 11.0, ["empathy"]),  # 0.2 s overlap: turn-taking
    ]
    card = score_call(call(rows), BOOK)
    assert card["interruptions"]["items"] == [{"index": 1, "customer_index": 0, "at_s": 3.0, "overlap_s": 2.0}]
    assert lost(card, "interruptions") == 3

    mono = [dict(u, speaker="unknown") for u in rows]
    unknown = score_call(call(mono, channels="unknown"), BOOK)
    assert unknown["interruptions"] == {
        "count": 0,
        "measurable": False,
        "basis": "none",
        "note": "mono_without_attribution",
        "items": [],
    }
    assert unknown["talk"]["measurable"] is False and unknown["speakers"]["source"] == "mono"
    assert lost(unknown, "interruptions") == 0 and lost(unknown, "talk_ratio") == 0

    attributed = [dict(u, speaker_source="attributed") for u in rows]
    card = score_call(call(attributed, channels="unknown"), BOOK)
    assert card["interruptions"]["basis"] == "attributed"
    assert card["interruptions"]["note"] == "one_channel_overlaps_hidden"
    assert card["speakers"]["source"] == "attributed"
    assert card["utterances"][1]["speaker_source"] == "attributed"


def test_trainer_fixes_are_marked() -> None:
    rows = [dict(u, speaker_source="trainer") if u["index"] == 3 else u for u in GOOD]
    card = score_call(call(rows), BOOK)
    assert card["speakers"]["corrected"] == [3] and card["utterances"][3]["speaker_source"] == "trainer"


def test_the_formula_and_weights_come_from_the_playbook(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "companion" / "playbooks" / "default.yaml").read_text(encoding="utf-8")
    custom = text.replace("  start: 100\n", "  start: 50\n").replace("    missed: 12 ", "    missed: 20 ")
    assert custom != text
    book = parse_playbook(custom, "custom.yaml")
    rows = [
        utt(0, "customer", 0.0, 3.0, ["fact"]),
        utt(1, "staff", 3.5, 5.0, ["apology"]),
        utt(2, "staff", 5.5, 7.0, ["thanks"]),
    ]
    card = score_call(call(rows), book)
    assert card["scoring"]["start"] == 50 and card["scoring"]["weights"]["steps"]["missed"] == 20
    assert card["scoring"]["formula"] == "start_minus_capped_losses"
    assert "handover" not in card["scoring"]["weights"]["escalation"]
    # three missed steps × 20 = 60, capped at the steps' max of 60; staff talk 3 s of 6 s: in the band
    assert lost(card, "steps") == 60 and card["score"] == 0
    assert score_call(call(rows), BOOK)["score"] == 100 - 36
    # every component's points add up to the score
    for c in (card, score_call(call(rows), BOOK)):
        assert c["score"] == max(0, c["max_score"] - sum(x["points_lost"] for x in c["components"]))


@pytest.mark.parametrize(
    ("old", "new", "key", "words"),
    [
        ("    each: 4\n", "    each: -4\n", "    each: -4", "greater than or equal to 0"),
        ("    within_s: 10\n", "    within_s: 10\n    typo_key: 1\n", "    typo_key", "Extra inputs"),
        ("    staff_max: 0.6\n", "    staff_max: 0.1\n", "  talk_ratio:", "staff_min < staff_max"),
        ("      zh: ['(?:请", "      zh: ['(?:请(", "      zh: ['(?:请(", "bad regular expression"),
        ("  start: 100\n", "  start: lots\n", "  start: lots", "valid number"),
    ],
)
def test_bad_scoring_yaml_names_file_and_line(tmp_path: Path, old: str, new: str, key: str, words: str) -> None:
    text = (Path(__file__).parents[2] / "companion" / "playbooks" / "default.yaml").read_text(encoding="utf-8")
    assert old in text
    bad = text.replace(old, new, 1)
    line = next(n for n, row in enumerate(bad.splitlines(), start=1) if row.startswith(key))
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook(str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert words in message and "scoring" in message and "\n" not in message
