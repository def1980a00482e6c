"""The incident report (事故報告書 / 投诉处理记录 / complaint report) from a stored call, as Markdown, DOCX or PDF.

The customer's words are quoted exactly as stored; nothing is paraphrased. Headings come from
`report_text.yaml` in the call's language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from companion.model import CAUTION_LABELS, STEP_LABELS

TEXT = Path(__file__).with_name("report_text.yaml")
FORMATS = {"md": "text/markdown; charset=utf-8",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "pdf": "application/pdf"}
PDF_FONTS = {"ja": "HeiseiKakuGo-W5", "zh": "STSong-Light", "en": "Helvetica"}


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


def build_report(call: dict[str, Any], reporter: str | None = None) -> Report:
    language = call.get("language") if call.get("language") in _text() else "ja"
    t = _text()[str(language)]
    utterances = {u["index"]: u for u in call.get("utterances", [])}
    memo = call.get("memo") or []
    quotes = [f"「{m['quote']}」" if language != "en" else f"\u201c{m['quote']}\u201d" for m in memo]
    facts = [m["quote"] for m in memo if m.get("kind") == "fact"]
    requests = [m["quote"] for m in memo if m.get("kind") == "request"]
    staff = [u for u in call.get("utterances", []) if u.get("speaker") == "staff"]
    proposed = [u["text"] for u in staff if "solution" in u.get("labels", [])]
    done = [s for s in STEP_LABELS if any(s in u.get("labels", []) for u in staff)]
    missed = call.get("missed_steps") or [s for s in STEP_LABELS if s not in done]
    cautions = [
        f"{label}: {utterances[a['index']]['text']}" if a.get("index") in utterances else label
        for a in call.get("alerts", [])
        if (label := a.get("label")) in CAUTION_LABELS
    ]
    none = [t["none"]]
    escalated = bool(call.get("escalation") or call.get("escalated"))
    report = Report(language=str(language), title=t["title"])
    report.fields = [
        (t["reporter"], reporter or call.get("staff") or t["reporter_unknown"]),
        (t["when"], str(call.get("created_at", ""))),
        (t["call"], str(call.get("call", ""))),
        (t["status"], str(call.get("status", ""))),
        (t["escalation"], t["escalation_yes"] if escalated else t["escalation_no"]),
    ]
    report.sections = [
        (t["customer_words"], quotes or none),
        (t["facts"], facts or none),
        (t["requests"], requests or none),
        (t["proposed"], proposed or none),
        (t["steps_done"], [t["steps"][s] for s in done] or none),
        (t["steps_missed"], [t["steps"][s] for s in missed] or none),
        (t["order_issues"], list(call.get("order_issues") or []) or none),
        (t["cautions"], cautions or none),
        (t["follow_up"], [t["follow_up_blank"]]),
    ]
    return report


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


def to_pdf(report: Report) -> bytes:
    """PDF with the standard CID fonts for Japanese and Chinese: nothing to download or embed."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = PDF_FONTS.get(report.language, "Helvetica")
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
