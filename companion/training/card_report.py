"""The score card as a document for the trainee: the incident report's renderers, the card's wording.

Every sentence comes from ``card_text.yaml`` in the reader's language; quotes are the transcript verbatim.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from companion.model import LANGUAGES
from companion.reports.incident import Report, stamp

TEXT = Path(__file__).with_name("card_text.yaml")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")


@cache
def card_text() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(TEXT.read_text(encoding="utf-8"))
    return loaded


def build_card_report(
    card: dict[str, Any],
    language: str | None = None,
    attempt: dict[str, Any] | None = None,
    notes: list[dict[str, Any]] | None = None,
    tz: tzinfo | None = None,
) -> Report:
    """The card in the reader's `language` (default: the call's); `notes` are trainers' comments on the call.

    Times are shown in `tz` (None: the machine's local zone)."""
    lang = language if language in LANGUAGES else (card.get("language") if card.get("language") in LANGUAGES else "ja")
    t = card_text()[str(lang)]
    report = Report(language=str(lang), title=t["title"])
    if attempt is not None:
        report.fields.append((t["trainee"], str(attempt.get("trainee") or "")))
        scenario = attempt.get("scenario_title") or attempt.get("scenario_id")
        report.fields.append((t["scenario"], str(scenario) if scenario else t["none"]))
        report.fields.append((t["when"], stamp(attempt.get("created_at"), t["none"], tz)))
    report.fields.append((t["call"], str(card.get("call") or "")))
    report.fields.append((t["playbook"], str(card.get("playbook") or "")))
    report.fields.append((t["score"], f"{_num(card['score'])} / {_num(card['max_score'])}"))

    scoring = card["scoring"]
    report.sections.append((t["weights"], [t["formula"].format(start=_num(scoring["start"])), *_weights(t, scoring)]))
    for component in card["components"]:
        heading = t["component_line"].format(
            name=t["components"][component["id"]], lost=_num(component["points_lost"]), max=_num(component["max_loss"])
        )
        items = [_deduction(t, d) for d in component["deductions"]] or [t["no_deduction"]]
        report.sections.append((heading, items))

    report.sections.append(
        (
            t["steps_heading"],
            [f"{t['steps'].get(s['step'], s['step'])}: {t['status'][s['status']]}" for s in card["steps"]],
        )
    )
    apology = card.get("first_apology")
    cautions = [f"{t['labels'].get(c['label'], c['label'])} — " + _quote(t, c) for c in card.get("cautions") or []]
    report.sections.append(
        (
            t["cautions_heading"],
            [
                t["first_apology"].format(seconds=_num(apology["seconds"])) if apology else t["first_apology_none"],
                *(cautions or [t["none"]]),
            ],
        )
    )
    harassment = card["harassment"]
    signs = [f"{t['labels'].get(s['label'], s['label'])} — " + _quote(t, s) for s in harassment["signs"]]
    report.sections.append((t["harassment_heading"], [t["verdicts"][harassment["verdict"]], *signs]))
    talk = card["talk"]
    report.sections.append(
        (
            t["talk_heading"],
            [
                t["talk_line"].format(
                    staff=_num(talk["staff_s"]),
                    customer=_num(talk["customer_s"]),
                    ratio=_num(100 * talk["staff_ratio"]),
                )
                if talk["measurable"]
                else t["talk_unmeasurable"]
            ],
        )
    )
    interruptions = card["interruptions"]
    lines = [t["interruptions_line"].format(count=interruptions["count"])] if interruptions["measurable"] else []
    if interruptions.get("note"):
        lines.append(t["notes"][interruptions["note"]])
    report.sections.append((t["interruptions_heading"], lines))
    corrected = card["speakers"]["corrected"]
    report.sections.append(
        (
            t["speakers_heading"],
            [t["corrected"].format(indices=", ".join(str(i) for i in corrected)) if corrected else t["none"]],
        )
    )
    if notes:
        report.sections.append((t["comments_heading"], [_comment(t, note) for note in notes]))
    report.language = _font_language(report, str(lang), str(card.get("language") or ""))
    return report


def _font_language(report: Report, reader: str, call: str) -> str:
    """The PDF font must show the reader's headings and the call's words verbatim: the Chinese CID font
    covers kana too, the Japanese one covers Latin; Helvetica only when there is nothing else."""
    text = report.title + "".join(a + b for a, b in report.fields) + "".join(h + "".join(i) for h, i in report.sections)
    if "zh" in (reader, call):
        return "zh"
    if reader == "ja" or call == "ja" or _CJK.search(text):
        return "ja"
    return "en"


def _weights(t: dict[str, Any], scoring: dict[str, Any]) -> list[str]:
    names = t["weight_names"]
    return [
        f"{t['components'].get(part, part)}: "
        + ", ".join(f"{names.get(key, key)} {_num(value)}" for key, value in values.items())
        for part, values in scoring["weights"].items()
    ]


def _deduction(t: dict[str, Any], d: dict[str, Any]) -> str:
    params: dict[str, Any] = {key: _num(value) if isinstance(value, float) else value for key, value in d.items()}
    if "step" in d:
        params["step"] = t["steps"].get(d["step"], d["step"])
    if d["reason"] == "out_of_order":
        later, _, earlier = str(d["issue"]).partition("_before_")
        params["later"], params["earlier"] = t["steps"].get(later, later), t["steps"].get(earlier, earlier)
    if "label" in d:
        params["label"] = t["labels"].get(d["label"], d["label"])
    if "ratio" in d:
        params["ratio"], params["limit"] = _num(100 * d["ratio"]), _num(100 * d["limit"])
    reason: str = t["reasons"][d["reason"]].format(**params)
    return f"−{_num(d['points'])}  {reason}"


def _comment(t: dict[str, Any], note: dict[str, Any]) -> str:
    if note.get("index") is None:
        return str(t["comment"].format(author=note.get("author", ""), text=note.get("text", "")))
    return str(t["comment_on"].format(index=note["index"], author=note.get("author", ""), text=note.get("text", "")))


def _quote(t: dict[str, Any], item: dict[str, Any]) -> str:
    return str(t["quote"].format(index=item["index"], at=_num(item["at_s"]), quote=item["quote"]))


def _num(value: float | int) -> str:
    """1.0 → "1", 2.5 → "2.5", 0.15 → "0.15": numbers as people write them."""
    return f"{round(float(value), 2):g}"
