"""The incident report (事故報告書 / 投诉处理记录 / complaint report) from a stored call, as Markdown, DOCX or PDF.

The customer's words are quoted exactly as stored; nothing is paraphrased. Headings come from
`report_text.yaml` in the call's language.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from companion.model import CAUTION_LABELS, HARASSMENT_LABELS, STEP_LABELS

TEXT = Path(__file__).with_name("report_text.yaml")
FORMATS = {
    "md": "text/markdown; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
PDF_FONTS = {"ja": "HeiseiKakuGo-W5", "zh": "STSong-Light", "en": "Helvetica"}
# kana, CJK ideographs and full-width forms: text Helvetica cannot show
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@cache
def _text() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load(TEXT.read_text(encoding="utf-8"))
    return loaded


@dataclass(slots=True)
class Report:
    """The report's content, language-neutral; rendered by to_markdown / to_docx / to_pdf."""

    language: str
    title: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)


# The fields a supervisor may edit before export; every renderer takes its values from these.
EDITABLE_FIELDS = (
    "reporter",
    "occurred_at",
    "quotes",
    "facts",
    "requests",
    "proposed",
    "steps_done",
    "steps_missed",
    "follow_up_owner",
    "follow_up_date",
    "remarks",
)


def generated_fields(call: dict[str, Any]) -> dict[str, Any]:
    """The report fields as the call alone gives them (before any supervisor edit)."""
    memo = call.get("memo") or []
    staff = [u for u in call.get("utterances", []) if u.get("speaker") == "staff"]
    done = [s for s in STEP_LABELS if any(s in u.get("labels", []) for u in staff)]
    missed = [s for s in (call.get("missed_steps") or [s for s in STEP_LABELS if s not in done]) if s not in done]
    return {
        "reporter": call.get("staff") or "",
        "occurred_at": str(call.get("created_at") or ""),
        "quotes": list(dict.fromkeys(int(m["index"]) for m in memo)),
        "facts": [m["quote"] for m in memo if m.get("kind") == "fact"],
        "requests": [m["quote"] for m in memo if m.get("kind") == "request"],
        "proposed": [u["text"] for u in staff if "solution" in u.get("labels", [])],
        "steps_done": done,
        "steps_missed": missed,
        "follow_up_owner": "",
        "follow_up_date": None,
        "remarks": "",
    }


def check_edits(call: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """The overrides that are meaningful for this call (None values dropped); ValueError names the problem.

    Types and lengths are the API model's job; this checks what needs the call: quotes are the
    memo's utterances (the customer's words are chosen, never rewritten), steps are the playbook's
    five, a step is not both done and missed, the time is an ISO date or time.
    """
    unknown = sorted(set(edits) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValueError(f"unknown report field(s): {', '.join(unknown)}")
    kept = {name: value for name, value in edits.items() if value is not None}
    memo_indices = {int(m["index"]) for m in call.get("memo") or []}
    for index in kept.get("quotes", []):
        if index not in memo_indices:
            raise ValueError(f"quotes: utterance {index} is not one of the customer's memo quotes")
    for name in ("steps_done", "steps_missed"):
        for step in kept.get(name, []):
            if step not in STEP_LABELS:
                raise ValueError(f"{name}: unknown step {step!r}; use {', '.join(STEP_LABELS)}")
    merged = {**generated_fields(call), **kept}
    both = set(merged["steps_done"]) & set(merged["steps_missed"])
    if both:
        raise ValueError(f"a step cannot be both done and missed: {', '.join(sorted(both))}")
    if "occurred_at" in kept:
        text = str(kept["occurred_at"]).strip()
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"occurred_at: not an ISO date or time: {text!r}") from None
        kept["occurred_at"] = text
    if kept.get("follow_up_date") is not None:
        kept["follow_up_date"] = date.fromisoformat(str(kept["follow_up_date"])).isoformat()
    return kept


def effective_fields(call: dict[str, Any], edits: dict[str, Any] | None) -> dict[str, Any]:
    """Generated fields with the supervisor's overrides on top."""
    fields = generated_fields(call)
    fields.update({name: value for name, value in (edits or {}).items() if name in fields and value is not None})
    return fields


def build_report(
    call: dict[str, Any],
    reporter: str | None = None,
    fields: dict[str, Any] | None = None,
    tz: tzinfo | None = None,
) -> Report:
    """The report of `call`; `fields` are the (possibly edited) report fields, `reporter` wins over them.

    Times are shown in `tz` (None: the machine's local zone); the store keeps them in UTC.
    """
    language = call.get("language") if call.get("language") in _text() else "ja"
    t = _text()[str(language)]
    values = fields if fields is not None else generated_fields(call)
    utterances = {u["index"]: u for u in call.get("utterances", [])}
    quoted = {int(m["index"]): m["quote"] for m in reversed(call.get("memo") or [])}
    quotes = [
        f"「{quoted[i]}」" if language != "en" else f"\u201c{quoted[i]}\u201d" for i in values["quotes"] if i in quoted
    ]
    cautions = [
        f"{t['caution_names'].get(label, label)}: {utterances[a['index']]['text']}"
        if a.get("index") in utterances
        else t["caution_names"].get(label, label)
        for a in call.get("alerts", [])
        if (label := a.get("label")) in CAUTION_LABELS
    ]
    none = [t["none"]]
    escalated = bool(call.get("escalation") or call.get("escalated"))
    owner, when = values.get("follow_up_owner") or "", values.get("follow_up_date") or ""
    follow_up = t["follow_up_filled"].format(owner=owner or t["blank"], date=when or t["blank"])
    report = Report(language=str(language), title=t["title"])
    report.fields = [
        (t["reporter"], reporter or values["reporter"] or t["reporter_unknown"]),
        (t["when"], stamp(values["occurred_at"], t["blank"], tz)),
        (t["call"], str(call.get("call", ""))),
        (t["status"], str(call.get("status", ""))),
        (t["escalation"], t["escalation_yes"] if escalated else t["escalation_no"]),
    ]
    report.sections = [
        (t["customer_words"], quotes or none),
        (t["facts"], list(values["facts"]) or none),
        (t["requests"], list(values["requests"]) or none),
        (t["proposed"], list(values["proposed"]) or none),
        (t["steps_done"], [t["steps"][s] for s in values["steps_done"]] or none),
        (t["steps_missed"], [t["steps"][s] for s in values["steps_missed"]] or none),
        (t["order_issues"], [_order_issue(t, issue) for issue in call.get("order_issues") or []] or none),
        (t["cautions"], cautions or none),
        (t["harassment"], harassment_lines(call, t) or none),
        (t["escalations"], escalation_lines(call, t, tz) or none),
        (t["follow_up"], [follow_up if owner or when else t["follow_up_blank"]]),
    ]
    if values.get("remarks"):
        report.sections.append((t["remarks"], str(values["remarks"]).splitlines()))
    return report


def harassment_lines(call: dict[str, Any], t: dict[str, Any]) -> list[str]:
    """Each harassment sign with the customer's utterance word for word and its time in the call.

    From the final labels and from the alerts raised live (a sign is listed once per utterance).
    """
    utterances = {u["index"]: u for u in call.get("utterances", [])}
    found: set[tuple[int, str]] = {
        (u["index"], label) for u in utterances.values() for label in u.get("labels", []) if label in HARASSMENT_LABELS
    }
    found |= {
        (a["index"], a["label"])
        for a in call.get("alerts", [])
        if a.get("label") in HARASSMENT_LABELS and a.get("index") in utterances
    }
    return [
        t["harassment_item"].format(
            time=_clock(float(utterances[index].get("start") or 0.0)),
            label=t["harassment_signs"][label],
            text=utterances[index]["text"],
        )
        for index, label in sorted(found, key=lambda item: (item[0], HARASSMENT_LABELS.index(item[1])))
    ]


def _order_issue(t: dict[str, Any], issue: str) -> str:
    """`solution_before_apology` / `closed_without_thanks` (the contract's codes) in the report's words."""
    if issue == "closed_without_thanks":
        return str(t["closed_without_thanks"])
    later, _, earlier = issue.partition("_before_")
    if later in t["steps"] and earlier in t["steps"]:
        return str(t["order_item"].format(later=t["steps"][later], earlier=t["steps"][earlier]))
    return issue


def escalation_lines(call: dict[str, Any], t: dict[str, Any], tz: tzinfo | None = None) -> list[str]:
    """Who asked for a supervisor, when and why, and who acknowledged it."""
    lines = []
    for item in call.get("escalations") or []:
        ack = item.get("acknowledged")
        lines.append(
            t["escalation_item"].format(
                when=stamp(item.get("raised_at"), t["blank"], tz),
                by=t["escalation_by"].get(item.get("by"), item.get("by") or t["blank"]),
                reason=item.get("reason") or t["none"],
                ack=t["ack_yes"].format(by=ack["by"], at=stamp(ack.get("at"), t["blank"], tz)) if ack else t["ack_no"],
            )
        )
    return lines


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def stamp(value: Any, blank: str, tz: tzinfo | None = None) -> str:
    """An ISO time as `YYYY-MM-DD HH:MM:SS JST` in `tz` (None: local); a time without a zone is taken as UTC."""
    if not value:
        return blank
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC) if len(str(value)) > 10 else moment
    if moment.tzinfo is None:
        return str(value)
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def to_markdown(report: Report) -> bytes:
    lines = [f"# {report.title}", ""]
    lines += [f"- **{name}**: {value}" for name, value in report.fields]
    for heading, items in report.sections:
        lines += ["", f"## {heading}", ""] + [f"- {item}" for item in items]
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_docx(report: Report) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(report.title, level=0)
    table = document.add_table(rows=0, cols=2)
    for name, value in report.fields:
        row = table.add_row().cells
        row[0].text, row[1].text = name, value
    for heading, items in report.sections:
        document.add_heading(heading, level=1)
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_font(report: Report) -> str:
    """The CID font of the report's language; for any other language Helvetica, unless the text holds
    Japanese or Chinese (a Japanese staff name in an English report): then the Japanese CID font,
    which also has Latin letters and the kanji of names."""
    font = PDF_FONTS.get(report.language)
    if font is not None and font != PDF_FONTS["en"]:
        return font
    texts = [report.title, *(a + b for a, b in report.fields), *(h + "".join(items) for h, items in report.sections)]
    return PDF_FONTS["ja"] if any(_CJK.search(text) for text in texts) else PDF_FONTS["en"]


def to_pdf(report: Report) -> bytes:
    """PDF with the standard CID fonts for Japanese and Chinese: nothing to download or embed."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = pdf_font(report)
    if font != "Helvetica":
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")
    heading = ParagraphStyle("heading", parent=body, fontSize=13, leading=20, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontSize=17, leading=24)
    story: list[Any] = [Paragraph(escape(report.title), title), Spacer(1, 6)]
    story += [Paragraph(f"{escape(name)}: {escape(value)}", body) for name, value in report.fields]
    for section, items in report.sections:
        story.append(Paragraph(escape(section), heading))
        story += [Paragraph("• " + escape(item), body) for item in items]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=report.title).build(story)
    return out.getvalue()


RENDERERS = {"md": to_markdown, "docx": to_docx, "pdf": to_pdf}
