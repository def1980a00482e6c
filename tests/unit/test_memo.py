"""The memo: exact quotes and normalised entities (dates relative to the call date)."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.analysis.memo import extract_entities, memo_entries, parse_number

TUESDAY = dt.date(2026, 11, 24)


def entities(text: str, language: str) -> list[dict[str, object]]:
    return [e.as_dict() for e in extract_entities(text, language, TUESDAY)]


def values(text: str, language: str, kind: str) -> list[object]:
    return [e["value"] for e in entities(text, language) if e["type"] == kind]


def test_quote_is_exact() -> None:
    text = "えーと　来週の火曜日までに、三万円を返金してほしいんですけどー"
    [entry] = memo_entries(3, text, ["request", "abuse"], "ja", TUESDAY)
    assert entry.quote == text
    assert entry.as_dict()["index"] == 3
    assert entry.as_dict()["kind"] == "request"
    assert memo_entries(0, text, ["abuse"], "ja", TUESDAY) == []
    both = memo_entries(1, text, ["fact", "request"], "ja", TUESDAY)
    assert [e.kind for e in both] == ["fact", "request"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("三万", "ja", 30000),
        ("三万五千", "ja", 35000),
        ("3万5000", "ja", 35000),
        ("十五", "ja", 15),
        ("二十", "ja", 20),
        ("1,200", "ja", 1200),
        ("两百", "zh", 200),
        ("五千", "zh", 5000),
        ("two hundred", "en", 200),
        ("fifteen", "en", 15),
        ("three thousand five hundred", "en", 3500),
    ],
)
def test_numbers(text: str, language: str, value: int) -> None:
    assert parse_number(text, language) == value


@pytest.mark.parametrize(
    ("text", "language", "amount", "currency"),
    [
        ("先月の十五日に三万円を払いました", "ja", 30000, "JPY"),
        ("5000円返してください", "ja", 5000, "JPY"),
        ("3万円", "ja", 30000, "JPY"),
        ("我花了五千元", "zh", 5000, "CNY"),
        ("賠我三百塊", "zh", 300, "CNY"),
        ("I paid $200 for it", "en", 200, "USD"),
        ("it cost two hundred dollars", "en", 200, "USD"),
    ],
)
def test_amounts(text: str, language: str, amount: int, currency: str) -> None:
    found = [e for e in entities(text, language) if e["type"] == "amount"]
    assert found and found[0]["value"] == amount and found[0]["currency"] == currency


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("来週の火曜日までに返金してほしい", "ja", "2026-12-01"),
        ("来週火曜に来てください", "ja", "2026-12-01"),
        ("先週の金曜日に購入しました", "ja", "2026-11-20"),
        ("明日の午前十時までに電話をください", "ja", "2026-11-25"),
        ("十月三日に購入しました", "ja", "2026-10-03"),
        ("先月の十五日に三万円を払いました", "ja", "2026-10-15"),
        ("请在下周二之前给我退款", "zh", "2026-12-01"),
        ("我是十月三号买的", "zh", "2026-10-03"),
        ("明天给我回电话", "zh", "2026-11-25"),
        ("I want a refund by next Tuesday", "en", "2026-12-01"),
        ("I bought it on October 3rd", "en", "2026-10-03"),
        ("call me tomorrow", "en", "2026-11-25"),
        ("it arrived on Friday", "en", "2026-11-27"),
    ],
)
def test_dates(text: str, language: str, date: str) -> None:
    assert values(text, language, "date")[:1] == [date]


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("明日の午前十時までに電話をください", "ja", "10:00"),
        ("夕方五時半ごろに伺いました", "ja", "17:30"),
        ("午後2時15分に来ました", "ja", "14:15"),
        ("请在明天上午十点之前给我回电话", "zh", "10:00"),
        ("下午三点半到的", "zh", "15:30"),
        ("Please call me before 10 am tomorrow", "en", "10:00"),
        ("I came at 5:30 pm", "en", "17:30"),
    ],
)
def test_times(text: str, language: str, time: str) -> None:
    assert values(text, language, "time")[:1] == [time]


def test_no_time_in_duration() -> None:
    assert values("一時間も待たされました", "ja", "time") == []
    assert values("快一点", "zh", "time") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("受付の田中さんに言われました", "ja", "田中"),
        ("山田様宛に送ってください", "ja", "山田"),
        ("10月3日の午後2時に山田という者が伺います", "ja", "山田"),
        ("是王医生给我开的药", "zh", "王"),
        ("I spoke to Mr Smith yesterday", "en", "Smith"),
        ("my name is John Brown", "en", "John Brown"),
    ],
)
def test_names(text: str, language: str, name: str) -> None:
    assert name in values(text, language, "name")


def test_not_names() -> None:
    assert values("お客様の声です", "ja", "name") == []
