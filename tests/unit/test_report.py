"""The incident report: the customer's words verbatim, in the call's language, in all three formats."""

from __future__ import annotations

import io

import pytest

from companion.reports.incident import build_report, to_docx, to_markdown, to_pdf

CALL = {
    "call": "c1",
    "language": "ja",
    "status": "ended",
    "created_at": "2026-11-24T10:00:00+00:00",
    "utterances": [
        {"index": 0, "speaker": "customer", "labels": ["fact"],
         "text": "予約した時間に行ったのに一時間も待たされました"},
        {"index": 1, "speaker": "staff", "text": "でも混んでいたので", "labels": ["excuse"]},
        {"index": 2, "speaker": "staff", "text": "大変申し訳ございません", "labels": ["apology"]},
        {"index": 3, "speaker": "customer", "text": "来週の火曜日までに返金してほしい", "labels": ["request"]},
        {"index": 4, "speaker": "staff", "text": "上司と相談して明日までにご連絡いたします", "labels": ["solution"]},
    ],
    "alerts": [{"label": "excuse", "index": 1, "text": "言い訳"}],
    "memo": [
        {"index": 0, "kind": "fact", "quote": "予約した時間に行ったのに一時間も待たされました"},
        {"index": 3, "kind": "request", "quote": "来週の火曜日までに返金してほしい"},
    ],
    "missed_steps": ["empathy", "confirm", "thanks"],
    "order_issues": ["closed_without_thanks"],
    "escalation": False,
}


def test_markdown_quotes_the_customer_verbatim_in_japanese() -> None:
    text = to_markdown(build_report(CALL, reporter="山田")).decode("utf-8")
    assert text.startswith("# 事故報告書")
    assert "「予約した時間に行ったのに一時間も待たされました」" in text
    assert "来週の火曜日までに返金してほしい" in text
    assert "山田" in text and "上司と相談して明日までにご連絡いたします" in text
    assert "共感" in text and "closed_without_thanks" in text
    assert "excuse: でも混んでいたので" in text


def test_docx_reads_back() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(to_docx(build_report(CALL))))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "「来週の火曜日までに返金してほしい」" in text


@pytest.mark.parametrize("language", ["ja", "zh", "en"])
def test_pdf_text_extracts_in_every_language(language: str) -> None:
    pypdf = pytest.importorskip("pypdf")
    call = dict(CALL, language=language)
    pdf = to_pdf(build_report(call))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "c1" in text
    if language == "ja":
        assert "事故報告書" in text and "返金してほしい" in text
