"""The trainer's score card of one stored call: pure and deterministic.

Input: a call shaped as ``GET /api/calls/{call}`` (utterances with speaker, start, end, labels, evidence;
``escalations``; ``channels``) and its playbook. Step results follow CONTRACT.md (the procedure module's own
``missed_steps`` and ``order_issues``), escalation is decided by the playbook's policy replayed with the
procedure tracker, and every point lost is listed with its reason as a code plus numbers: the page and the
PDF put words on them in the reader's language. Weights come from the playbook's ``scoring`` section.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from companion.analysis.nlp import detect_language
from companion.analysis.playbook import Playbook, Scoring
from companion.analysis.procedure import (
    CLOSED_WITHOUT_THANKS,
    CUSTOMER_SIDE,
    STAFF_SIDE,
    ProcedureTracker,
    missed_steps,
    order_issues,
)
from companion.model import CAUTION_LABELS, HARASSMENT_LABELS, LANGUAGES, Speaker

COMPONENTS = ("steps", "first_apology", "cautions", "escalation", "talk_ratio", "interruptions")


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a scenario expects; None fields fall back to the playbook (required steps, escalation policy)."""

    expected_steps: tuple[str, ...] | None = None
    expect_escalation: bool | None = None
    scenario_id: str | None = None


@dataclass(frozen=True, slots=True)
class _Utt:
    index: int
    speaker: Speaker
    text: str
    start: float
    end: float
    labels: tuple[str, ...]
    evidence: Mapping[str, str]
    source: str

    @property
    def staff_side(self) -> bool:
        return self.speaker in STAFF_SIDE

    @property
    def customer_side(self) -> bool:
        return self.speaker in CUSTOMER_SIDE


def score_call(call: Mapping[str, Any], playbook: Playbook, expectation: Expectation | None = None) -> dict[str, Any]:
    """The score card (JSON-ready) of a stored call."""
    expect = expectation or Expectation()
    weights = playbook.scoring
    utts = _utterances(call)
    language = str(call.get("language") or "")
    if language not in LANGUAGES:  # a call started with language "auto"
        language = detect_language("\n".join(u.text for u in utts))
    two_channels = _two_channels(str(call.get("channels") or ""))
    basis = "two_channels" if two_channels else ("attributed" if utts and all(_known(u) for u in utts) else "none")

    steps, step_issues, step_loss = _steps(utts, playbook, expect, weights)
    apology, apology_loss = _first_apology(utts, weights)
    cautions, caution_loss = _cautions(utts, weights)
    harassment, escalation_loss = _harassment(call, utts, playbook, language, expect, weights)
    talk, talk_loss = _talk(utts, basis, weights)
    interruptions, interruption_loss = _interruptions(utts, basis, weights)

    components = [
        _component("steps", step_loss, weights.steps.max),
        _component("first_apology", apology_loss, weights.first_apology.max),
        _component("cautions", caution_loss, weights.cautions.max),
        _component("escalation", escalation_loss, weights.escalation.max),
        _component("talk_ratio", talk_loss, weights.talk_ratio.max),
        _component("interruptions", interruption_loss, weights.interruptions.max),
    ]
    lost = sum(float(c["points_lost"]) for c in components)
    return {
        "call": call.get("call"),
        "language": language,
        "playbook": call.get("playbook") or playbook.name,
        "scenario_id": expect.scenario_id,
        "score": _round(max(0.0, weights.start - lost)),
        "max_score": _round(weights.start),
        "scoring": scoring_weights(weights),
        "components": components,
        "steps": steps,
        "order_issues": step_issues,
        "first_apology": apology,
        "cautions": cautions,
        "harassment": harassment,
        "talk": talk,
        "interruptions": interruptions,
        "speakers": {
            "source": "channels" if two_channels else ("attributed" if basis == "attributed" else "mono"),
            "corrected": [u.index for u in utts if u.source == "trainer"],
        },
        "utterances": [
            {
                "index": u.index,
                "speaker": str(u.speaker),
                "text": u.text,
                "start": u.start,
                "end": u.end,
                "labels": list(u.labels),
                "speaker_source": u.source,
            }
            for u in utts
        ],
    }


def scoring_weights(scoring: Scoring) -> dict[str, Any]:
    """The numbers of the formula, for display next to the score (the handover phrases are not weights)."""
    return {
        "formula": "start_minus_capped_losses",
        "start": _round(scoring.start),
        "weights": {
            name: {key: value for key, value in part.items() if key != "handover"}
            for name, part in scoring.model_dump(exclude={"start"}).items()
        },
    }


# ----------------------------------------------------------------------------------------------- input


def _utterances(call: Mapping[str, Any]) -> list[_Utt]:
    out: list[_Utt] = []
    for raw in sorted(call.get("utterances") or [], key=lambda u: int(u.get("index", 0))):
        speaker = Speaker(raw.get("speaker") if raw.get("speaker") in tuple(Speaker) else Speaker.UNKNOWN)
        index = int(raw.get("index", len(out)))
        start = float(raw.get("start") or 0.0)
        end = max(start, float(raw.get("end") or start))
        if raw.get("speaker_source"):
            source = str(raw["speaker_source"])
        else:
            source = "unknown" if speaker == Speaker.UNKNOWN else "channel"
        out.append(
            _Utt(
                index=index,
                speaker=speaker,
                text=str(raw.get("text") or ""),
                start=start,
                end=end,
                labels=tuple(str(label) for label in raw.get("labels") or []),
                evidence={str(k): str(v) for k, v in (raw.get("evidence") or {}).items()},
                source=source,
            )
        )
    return out


def _two_channels(channels: str) -> bool:
    names = {name.strip() for name in channels.split(",") if name.strip()}
    return {Speaker.STAFF.value, Speaker.CUSTOMER.value} <= names


def _known(u: _Utt) -> bool:
    return u.speaker in (Speaker.STAFF, Speaker.CUSTOMER)


# ----------------------------------------------------------------------------------------------- components


def _steps(
    utts: Sequence[_Utt], playbook: Playbook, expect: Expectation, weights: Scoring
) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]]]:
    order = playbook.step_ids
    if expect.expected_steps is not None:
        expected = [s for s in order if s in expect.expected_steps]
    else:
        expected = [s.id for s in playbook.steps if s.required]
    staff = [u for u in utts if u.staff_side]
    first: dict[str, _Utt] = {}
    for u in staff:
        for label in u.labels:
            if label in order:
                first.setdefault(label, u)
    issues = order_issues(order, [[label for label in u.labels if label in order] for u in staff])
    missed = missed_steps(order, expected, first)
    early: dict[str, list[str]] = {}
    for issue in issues:
        if issue == CLOSED_WITHOUT_THANKS:
            early.setdefault("thanks", []).append(issue)
        else:
            early.setdefault(issue.split("_before_")[0], []).append(issue)

    rows: list[dict[str, Any]] = []
    for step in order:
        hit = first.get(step)
        if step in missed:
            status = "missed"
        elif hit is None:
            status = "not_required"
        elif early.get(step):
            status = "out_of_order"
        else:
            status = "done"
        rows.append(
            {
                "step": step,
                "status": status,
                "required": step in expected,
                "index": hit.index if hit else None,
                "at_s": hit.start if hit else None,
                "issues": early.get(step, []) if hit else [],
            }
        )

    w = weights.steps
    deductions = [{"reason": "missed_step", "step": step, "points": w.missed} for step in missed]
    for issue in issues:
        if issue != CLOSED_WITHOUT_THANKS:
            deductions.append({"reason": "out_of_order", "issue": issue, "points": w.out_of_order})
        elif "thanks" in expected and "thanks" in first:  # a thanks never said is already a missed step
            deductions.append({"reason": "closed_without_thanks", "issue": issue, "points": w.closed_without_thanks})
    return rows, issues, deductions


def _first_apology(utts: Sequence[_Utt], weights: Scoring) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    w = weights.first_apology
    if not utts:
        return None, []
    customer = next((u for u in utts if u.speaker == Speaker.CUSTOMER), utts[0])
    apology = next((u for u in utts if u.staff_side and "apology" in u.labels), None)
    if apology is None:
        return None, [{"reason": "no_apology", "points": w.missing}]
    seconds = _round(max(0.0, apology.start - customer.start))
    found = {"seconds": seconds, "index": apology.index, "at_s": apology.start, "customer_start_s": customer.start}
    late = seconds - w.within_s
    if late <= 0:
        return found, []
    return found, [
        {"reason": "late_apology", "seconds": seconds, "allowed_s": w.within_s, "points": _round(late * w.per_second)}
    ]


def _cautions(utts: Sequence[_Utt], weights: Scoring) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    found = [
        {"label": label, "index": u.index, "quote": u.text, "evidence": u.evidence.get(label, ""), "at_s": u.start}
        for u in utts
        if u.staff_side
        for label in u.labels
        if label in CAUTION_LABELS
    ]
    deductions = [
        {"reason": "caution", "label": c["label"], "index": c["index"], "points": weights.cautions.each} for c in found
    ]
    return found, deductions


def _harassment(
    call: Mapping[str, Any],
    utts: Sequence[_Utt],
    playbook: Playbook,
    language: str,
    expect: Expectation,
    weights: Scoring,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    signs = [
        {"label": label, "index": u.index, "quote": u.text, "at_s": u.start}
        for u in utts
        if u.customer_side
        for label in u.labels
        if label in HARASSMENT_LABELS
    ]
    tracker = ProcedureTracker(playbook, language if language in LANGUAGES else "ja")
    warranted_at: int | None = None
    for u in utts:
        tracker.observe(u.index, u.speaker, u.labels, u.text)
        if tracker.escalation and warranted_at is None:
            warranted_at = u.index
    should = expect.expect_escalation if expect.expect_escalation is not None else warranted_at is not None

    escalated_at: int | None = None
    by: str | None = None
    for raw in call.get("escalations") or []:
        index = raw.get("index")
        at = int(index) if isinstance(index, int) else -1
        if escalated_at is None or at < escalated_at:
            escalated_at, by = at, "event"
    handover = _handover_patterns(playbook, language)
    for u in utts:
        if u.staff_side and any(p.search(_normal(u.text)) for p in handover):
            if escalated_at is None or u.index < escalated_at:
                escalated_at, by = u.index, "words"
            break
    escalated = by is not None
    if should and escalated:
        verdict = "escalated"
    elif should:
        verdict = "missed"
    elif escalated:
        verdict = "unneeded"
    else:
        verdict = "not_needed"
    w = weights.escalation
    deductions: list[dict[str, Any]] = []
    if verdict == "missed":
        deductions.append({"reason": "missed_escalation", "index": warranted_at, "points": w.missed})
    elif verdict == "unneeded":
        deductions.append({"reason": "unneeded_escalation", "index": escalated_at, "points": w.unneeded})
    return {
        "signs": signs,
        "should_escalate": should,
        "basis": "scenario" if expect.expect_escalation is not None else "labels",
        "warranted_at_index": warranted_at,
        "escalated": escalated,
        "escalated_at_index": escalated_at if escalated_at is None or escalated_at >= 0 else None,
        "escalated_by": by,
        "verdict": verdict,
    }, deductions


def _talk(utts: Sequence[_Utt], basis: str, weights: Scoring) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    staff = sum(u.end - u.start for u in utts if u.speaker == Speaker.STAFF)
    customer = sum(u.end - u.start for u in utts if u.speaker == Speaker.CUSTOMER)
    unknown = sum(u.end - u.start for u in utts if u.speaker == Speaker.UNKNOWN)
    measurable = basis != "none" and staff + customer > 0
    ratio = staff / (staff + customer) if measurable else None
    talk = {
        "staff_s": _round(staff),
        "customer_s": _round(customer),
        "unknown_s": _round(unknown),
        "staff_ratio": None if ratio is None else round(ratio, 3),
        "measurable": measurable,
    }
    if ratio is None:
        return talk, []
    w = weights.talk_ratio
    if ratio > w.staff_max:
        return talk, [
            {
                "reason": "staff_talks_too_much",
                "ratio": round(ratio, 3),
                "limit": w.staff_max,
                "points": _round((ratio - w.staff_max) * 100 * w.per_percent),
            }
        ]
    if ratio < w.staff_min:
        return talk, [
            {
                "reason": "staff_talks_too_little",
                "ratio": round(ratio, 3),
                "limit": w.staff_min,
                "points": _round((w.staff_min - ratio) * 100 * w.per_percent),
            }
        ]
    return talk, []


def _interruptions(utts: Sequence[_Utt], basis: str, weights: Scoring) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    w = weights.interruptions
    note = {"two_channels": None, "attributed": "one_channel_overlaps_hidden"}.get(basis, "mono_without_attribution")
    if basis == "none":
        return {"count": 0, "measurable": False, "basis": basis, "note": note, "items": []}, []
    customer = [u for u in utts if u.speaker == Speaker.CUSTOMER]
    items: list[dict[str, Any]] = []
    for s in (u for u in utts if u.speaker == Speaker.STAFF):
        for c in customer:
            overlap = min(c.end, s.end) - s.start
            if c.start < s.start < c.end and overlap >= w.min_overlap_s:
                items.append(
                    {"index": s.index, "customer_index": c.index, "at_s": s.start, "overlap_s": _round(overlap)}
                )
                break
    deductions = [
        {
            "reason": "interruption",
            "index": i["index"],
            "customer_index": i["customer_index"],
            "overlap_s": i["overlap_s"],
            "points": w.each,
        }
        for i in items
    ]
    return {"count": len(items), "measurable": True, "basis": basis, "note": note, "items": items}, deductions


# ----------------------------------------------------------------------------------------------- helpers


def _component(name: str, deductions: list[dict[str, Any]], cap: float) -> dict[str, Any]:
    total = sum(float(d["points"]) for d in deductions)
    return {
        "id": name,
        "points_lost": _round(min(cap, total)),
        "max_loss": _round(cap),
        "capped": total > cap,
        "deductions": deductions,
    }


def _handover_patterns(playbook: Playbook, language: str) -> list[re.Pattern[str]]:
    table = playbook.scoring.escalation.handover
    languages = [language] if language in table else list(table)
    return [re.compile(p) for lang in languages for p in table.get(lang, [])]


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _round(value: float) -> float:
    return round(float(value), 2)
