"""The incident report: the customer's words verbatim, in the call's language, in all three formats."""

from __future__ import annotations

import io
from datetime import UTC
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from companion.config import Settings
from companion.reports.incident import build_report, to_docx, to_markdown, to_pdf

CALL = {
    "call": "c1",
    "language": "ja",
    "status": "ended",
    "created_at": "2026-11-24T10:00:00+00:00",
    "utterances": [
        {
            "index": 0,
            "speaker": "customer",
            "labels": ["fact"],
            "text": "予約した時間に行ったのに一時間も待たされました",
        },
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
    assert "共感" in text and "感謝で締めくくらずに終話" in text and "closed_without_thanks" not in text
    assert "言い訳: でも混んでいたので" in text


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


TOKYO = ZoneInfo("Asia/Tokyo")

HARASSING = dict(
    CALL,
    utterances=[
        *CALL["utterances"],
        {"index": 5, "speaker": "customer", "text": "ネットに書き込むぞ", "labels": ["threat"], "start": 75.5},
    ],
    alerts=[*CALL["alerts"], {"label": "threat", "index": 5, "text": "脅し"}],
    escalations=[
        {"seq": 9, "by": "staff", "reason": "", "index": 5, "raised_at": "2026-11-24T10:01:16+00:00",
         "acknowledged": {"by": "鈴木", "note": "", "at": "2026-11-24T10:05:00+00:00"}},
        {"seq": 12, "by": "supervisor", "reason": "threat", "index": 5, "raised_at": None, "acknowledged": None},
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "sign", "escalated", "open_"),
    [
        ("ja", "[01:15] 脅し：「ネットに書き込むぞ」", "要請者：担当者", "未確認"),
        ("zh", "[01:15] 威胁：「ネットに書き込むぞ」", "发起人：客服人员", "未确认"),
        ("en", "[01:15] threat: \u201cネットに書き込むぞ\u201d", "raised by: staff member", "not acknowledged"),
    ],
)
def test_harassment_signs_and_escalations_in_every_language(
    language: str, sign: str, escalated: str, open_: str
) -> None:
    report = build_report(dict(HARASSING, language=language), tz=UTC)
    sections = dict(report.sections)
    headings = [heading for heading, _ in report.sections]
    signs, escalations = sections[headings[-3]], sections[headings[-2]]  # before the follow-up
    assert signs == [sign]
    assert escalated in escalations[0] and "2026-11-24 10:01:16 UTC" in escalations[0]
    assert "鈴木" in escalations[0] and "2026-11-24 10:05:00 UTC" in escalations[0]
    assert escalations[1].endswith(open_)
    none = build_report(dict(CALL, language=language))
    assert dict(none.sections)[headings[-3]] == dict(none.sections)[headings[-2]]  # both "none"


def test_an_english_report_with_japanese_words_gets_a_font_that_shows_them() -> None:
    pypdf = pytest.importorskip("pypdf")
    from companion.reports.incident import pdf_font

    english = {
        "call": "e1",
        "language": "en",
        "status": "ended",
        "created_at": "2026-11-24T10:00:00+00:00",
        "utterances": [
            {"index": 0, "speaker": "customer", "text": "I waited an hour", "labels": ["fact"]},
            {"index": 1, "speaker": "staff", "text": "I am so sorry", "labels": ["apology"]},
        ],
        "memo": [{"index": 0, "kind": "fact", "quote": "I waited an hour"}],
        "missed_steps": ["empathy", "confirm", "solution", "thanks"],
    }
    plain = build_report(english, reporter="Sam Lee")
    assert pdf_font(plain) == "Helvetica"
    named = build_report(english, reporter="山田花子")
    assert pdf_font(named) == "HeiseiKakuGo-W5"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(to_pdf(named))).pages)
    assert "山田花子" in text and "Complaint report" in text and "I waited an hour" in text


def test_times_are_shown_in_the_configured_zone() -> None:
    report = build_report(dict(HARASSING, language="ja", created_at="2026-11-24T10:00:00+00:00"), tz=TOKYO)
    fields = dict(report.fields)
    assert "2026-11-24 19:00:00 JST" in fields.values()
    escalations = dict(report.sections)[[h for h, _ in report.sections][-2]]
    assert "2026-11-24 19:01:16 JST" in escalations[0]


def test_an_unknown_time_zone_setting_is_refused_with_one_line() -> None:
    with pytest.raises(ValidationError, match="unknown time zone 'Mars/Olympus'"):
        Settings(timezone="Mars/Olympus")
    assert Settings(timezone="Asia/Tokyo").tzinfo == TOKYO


@pytest.mark.parametrize("language", ["ja", "zh", "en"])
def test_order_issues_and_cautions_are_written_in_the_report_language(language: str) -> None:
    call = dict(CALL, language=language, order_issues=["solution_before_apology", "closed_without_thanks"])
    text = to_markdown(build_report(call)).decode("utf-8")
    assert "_before_" not in text and "closed_without_thanks" not in text
    if language == "ja":
        assert "「解決策の提示」が「お詫び」より先" in text and "感謝で締めくくらずに終話" in text
        assert "言い訳: でも混んでいたので" in text
    if language == "en":
        assert "Solution came before Apology" in text
