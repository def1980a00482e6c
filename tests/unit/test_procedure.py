"""The procedure tracker: pure, no spaCy. missed_steps / order_issues exactly as CONTRACT.md defines them."""

from __future__ import annotations

import pytest

from companion.analysis.playbook import load_playbook
from companion.analysis.procedure import ProcedureTracker, missed_steps, order_issues
from companion.model import Speaker

S, C = Speaker.STAFF, Speaker.CUSTOMER
STEPS = ("apology", "empathy", "confirm", "solution", "thanks")


def run(rows: list[tuple[Speaker, list[str]]], text: str = "") -> tuple[ProcedureTracker, list[object]]:
    tracker = ProcedureTracker(load_playbook(None), "ja")
    observations = [tracker.observe(i, speaker, labels, text) for i, (speaker, labels) in enumerate(rows)]
    return tracker, observations


def test_contract_example() -> None:
    tracker, _ = run([(C, ["fact"]), (S, ["apology"])])
    assert tracker.missed_steps() == ["empathy", "confirm", "solution", "thanks"]
    assert tracker.order_issues() == ["closed_without_thanks"]
    assert tracker.escalation is False


def test_full_procedure_in_order() -> None:
    rows = [
        (C, ["fact"]),
        (S, ["apology"]),
        (S, ["empathy"]),
        (S, ["confirm"]),
        (S, ["empathy"]),
        (S, ["solution"]),
        (S, ["thanks"]),
    ]
    tracker, _ = run(rows)
    assert tracker.missed_steps() == []
    assert tracker.order_issues() == []
    assert tracker.steps_done == list(STEPS)


@pytest.mark.parametrize(
    ("sequence", "expected"),
    [
        ([["solution"], ["apology"], ["thanks"]], ["solution_before_apology"]),
        ([["empathy"], ["apology"], ["solution"], ["thanks"]], ["empathy_before_apology"]),
        ([["thanks"], ["apology"]], ["thanks_before_apology", "closed_without_thanks"]),
        (
            [["solution"], ["confirm"], ["empathy"], ["apology"], ["thanks"]],
            [
                "empathy_before_apology",
                "confirm_before_apology",
                "solution_before_apology",
                "confirm_before_empathy",
                "solution_before_empathy",
                "solution_before_confirm",
            ],
        ),
        ([["apology", "solution"], ["thanks"]], []),  # same utterance: not the opposite order
        ([["apology"], ["thanks"], ["apology"]], ["closed_without_thanks"]),  # ended with another apology
        ([["apology"], ["thanks"], []], []),  # a later unlabelled utterance does not reopen the call
        ([[], []], []),  # no step at all: only missed steps
    ],
)
def test_order_issues(sequence: list[list[str]], expected: list[str]) -> None:
    assert order_issues(STEPS, sequence) == expected


def test_missed_steps_only_required() -> None:
    assert missed_steps(STEPS, ["apology", "empathy", "confirm"], ["apology"]) == ["empathy", "confirm"]


def test_customer_step_labels_do_not_count() -> None:
    tracker, _ = run([(C, ["apology"]), (S, ["thanks"])])
    assert "apology" in tracker.missed_steps()


def test_prompts_never_nag() -> None:
    rows = [(C, ["fact"]), (C, ["fact"]), (C, ["request"]), (S, []), (S, ["apology"]), (C, ["fact"])]
    _, observations = run(rows)
    prompts = [o.prompt.step if o.prompt else None for o in observations]  # type: ignore[attr-defined]
    assert prompts == ["apology", None, None, None, "empathy", None]


def test_no_prompt_before_anything_happened() -> None:
    _, observations = run([(S, [])])
    assert observations[0].prompt is None  # type: ignore[attr-defined]


def test_empathise_again_after_read_back() -> None:
    rows = [(C, ["fact"]), (S, ["apology"]), (S, ["empathy"]), (S, ["confirm"]), (S, ["empathy"]), (C, [])]
    _, observations = run(rows)
    steps = [o.prompt.step if o.prompt else None for o in observations]  # type: ignore[attr-defined]
    assert steps == ["apology", "empathy", "confirm", "empathy", "solution", None]
    again = observations[3].prompt  # type: ignore[attr-defined]
    assert again.text != observations[1].prompt.text  # type: ignore[attr-defined]


def test_alerts_one_per_caution_or_harassment_label() -> None:
    _, observations = run([(S, ["apology", "excuse", "blame"]), (C, ["fact", "abuse"])])
    assert [a.label for a in observations[0].alerts] == ["excuse", "blame"]  # type: ignore[attr-defined]
    assert [a.label for a in observations[1].alerts] == ["abuse"]  # type: ignore[attr-defined]
    assert all(a.text for a in observations[0].alerts)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("customer_labels", "escalate"),
    [
        ([["threat"]], True),
        ([["unreasonable_demand", "request"]], True),
        ([["abuse"]], False),
        ([["abuse"], ["fact"], ["abuse"]], True),
        ([["request"], ["request"], ["fact"]], False),
    ],
)
def test_escalation_policy(customer_labels: list[list[str]], escalate: bool) -> None:
    tracker, observations = run([(C, labels) for labels in customer_labels])
    assert tracker.escalation is escalate
    escalation_prompts = [o for o in observations if o.prompt and o.prompt.step == "escalate"]  # type: ignore[attr-defined]
    assert len(escalation_prompts) == (1 if escalate else 0)


def test_repeated_demands_across_turns() -> None:
    """Pitfall 17: the same demand over several customer turns is noticed and prompted once."""
    tracker = ProcedureTracker(load_playbook(None), "ja")
    tracker.observe(0, C, ["request"], "来週までに返金してほしい")
    tracker.observe(1, S, ["apology"], "申し訳ございません")
    tracker.observe(2, C, ["request"], "だから来週までに返金してほしいんです")
    third = tracker.observe(3, C, ["request"], "返金してほしいって言ってるでしょう")
    fourth = tracker.observe(4, C, ["request"], "来週までに全額返金してほしい")
    assert tracker.repeated_demands >= 2
    assert third.prompt is None or third.prompt.step != "confirm" or fourth.prompt is None
    other = ProcedureTracker(load_playbook(None), "ja")
    other.observe(0, C, ["request"], "来週までに返金してほしい")
    other.observe(1, C, ["request"], "説明書も送ってください")
    assert other.repeated_demands == 0
