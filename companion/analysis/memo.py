"""The memo: the customer's `fact` and `request` utterances quoted exactly, with entities normalised.

Entities: dates (ISO, relative to the call date), times (HH:MM), amounts ({"value", "currency"}) and names.
The word lists (numerals, weekdays, currencies, honorifics) are data: ``data/entities.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

MEMO_KINDS = ("fact", "request")


@dataclass(frozen=True, slots=True)
class Entity:
    type: str  # date, time, amount, name
    text: str
    value: object
    currency: str | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"type": self.type, "text": self.text, "value": self.value}
        if self.currency is not None:
            out["currency"] = self.currency
        return out


@dataclass(frozen=True, slots=True)
class MemoEntry:
    index: int
    kind: str
    quote: str
    entities: tuple[Entity, ...] = ()

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"index": self.index, "kind": self.kind, "quote": self.quote}
        if self.entities:
            out["entities"] = [e.as_dict() for e in self.entities]
        return out


def memo_entries(
    index: int, text: str, labels: list[str] | tuple[str, ...], language: str, call_date: dt.date
) -> list[MemoEntry]:
    """One entry per memo kind the utterance carries; the quote is the text exactly as transcribed."""
    kinds = [k for k in MEMO_KINDS if k in labels]
    if not kinds:
        return []
    entities = tuple(extract_entities(text, language, call_date))
    return [MemoEntry(index=index, kind=kind, quote=text, entities=entities) for kind in kinds]


@cache
def _data(language: str) -> dict[str, Any]:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("companion.analysis").joinpath("data/entities.yaml").read_text(encoding="utf-8")
    )
    return dict(raw.get(language) or {})


def _alt(words: Any) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))


# ------------------------------------------------------------------------------------------ numbers


def parse_number(text: str, language: str) -> int | None:
    """Arabic digits, CJK numerals (三万五千, 十五, 两百) or English number words (two hundred)."""
    text = unicodedata.normalize("NFKC", text).replace(",", "").strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return int(float(text))
    data = _data(language).get("numerals") or {}
    if language == "en":
        return _parse_words(text, data)
    return _parse_cjk(text, data)


def _parse_cjk(text: str, data: dict[str, Any]) -> int | None:
    digits: dict[str, int] = data.get("digits") or {}
    units: dict[str, int] = data.get("units") or {}
    big: dict[str, int] = data.get("big_units") or {}
    total = section = 0
    number: int | None = None
    pending_digits = ""
    for ch in text:
        if ch.isdigit():
            pending_digits += ch
            continue
        if pending_digits:
            number = int(pending_digits)
            pending_digits = ""
        if ch in digits:
            number = digits[ch] if number is None else number * 10 + digits[ch]
        elif ch in units:
            section += (number if number is not None else 1) * units[ch]
            number = None
        elif ch in big:
            section += number or 0
            total += (section or 1) * big[ch]
            section, number = 0, None
        else:
            return None
    if pending_digits:
        number = int(pending_digits)
    return total + section + (number or 0)


def _parse_words(text: str, data: dict[str, Any]) -> int | None:
    words: dict[str, int] = data.get("words") or {}
    units: dict[str, int] = data.get("word_units") or {}
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", ""):
            continue
        if word.isdigit():
            current += int(word)
        elif word in words:
            current += words[word]
        elif word in units:
            if units[word] >= 1000:
                total += (current or 1) * units[word]
                current = 0
            else:
                current = (current or 1) * units[word]
        else:
            return None
        seen = True
    return total + current if seen else None


# ------------------------------------------------------------------------------------------ extraction


def extract_entities(text: str, language: str, call_date: dt.date | None = None) -> list[Entity]:
    call_date = call_date or dt.date.today()
    norm = unicodedata.normalize("NFKC", text)
    if language == "zh":
        from companion.analysis.nlp import normalise

        norm = normalise(norm, "zh")  # traditional → simplified, so one word list serves both
    if language == "en":
        found = _amounts_en(norm) + _dates_en(norm, call_date) + _times_en(norm) + _names_en(norm)
    else:
        found = _amounts_cjk(norm, language) + _dates_cjk(norm, language, call_date)
        found += _times_cjk(norm, language) + _names_cjk(norm, language)
    return found


def _num_class(language: str) -> str:
    data = _data(language).get("numerals") or {}
    chars = "".join(list(data.get("digits") or {}) + list(data.get("units") or {}) + list(data.get("big_units") or {}))
    return rf"[0-9,.{re.escape(chars)}]+"


def _amounts_cjk(text: str, language: str) -> list[Entity]:
    data = _data(language)
    currencies: dict[str, str] = data.get("currencies") or {}
    multipliers: dict[str, int] = data.get("currency_multipliers") or {}
    prefixes: dict[str, str] = data.get("currency_prefixes") or {}
    num = _num_class(language)
    out: list[Entity] = []
    for m in re.finditer(rf"(?P<num>{num})\s*(?P<unit>{_alt(currencies)})", text):
        value = parse_number(m.group("num"), language)
        if value is not None:
            value *= multipliers.get(m.group("unit"), 1)
            out.append(Entity("amount", m.group(0), value, currencies[m.group("unit")]))
    if prefixes:
        for m in re.finditer(rf"(?P<cur>{_alt(prefixes)})\s*(?P<num>[0-9][0-9,.]*)", text):
            value = parse_number(m.group("num"), language)
            if value is not None:
                out.append(Entity("amount", m.group(0), value, prefixes[m.group("cur")]))
    return out


def _shift_month(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    return day.replace(year=year, month=month % 12 + 1, day=1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _next_weekday(call_date: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - call_date.weekday()) % 7 or 7
    return call_date + dt.timedelta(days=ahead)


def _dates_cjk(text: str, language: str, call_date: dt.date) -> list[Entity]:
    data = _data(language)
    num = _num_class(language)
    relative: dict[str, int] = data.get("relative_days") or {}
    weeks: dict[str, int] = data.get("week_words") or {}
    months: dict[str, int] = data.get("month_words") or {}
    weekdays: dict[str, int] = data.get("weekdays") or {}
    joiner = str(data.get("joiner", ""))
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: dt.date | None) -> None:
        if value is not None and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            out.append(Entity("date", m.group(0), value.isoformat()))

    month_marker, day_marker = str(data.get("month_marker", "")), str(data.get("day_marker", ""))
    if months:
        pattern = rf"(?P<rel>{_alt(months)}){joiner}(?P<d>{num}){day_marker}"
        for m in re.finditer(pattern, text):
            day = parse_number(m.group("d"), language)
            base = _shift_month(call_date, months[m.group("rel")])
            add(m, _safe_date(base.year, base.month, day) if day else None)
    for m in re.finditer(rf"(?P<m>{num}){month_marker}(?P<d>{num}){day_marker}", text):
        month, day = parse_number(m.group("m"), language), parse_number(m.group("d"), language)
        if month and day:
            add(m, _safe_date(call_date.year, month, day))
    if weekdays:
        suffix = str(data.get("weekday_suffix", ""))
        week_alt = _alt(weeks) if weeks else "(?!)"
        for m in re.finditer(rf"(?:(?P<week>{week_alt}){joiner})?(?P<wd>{_alt(weekdays)}){suffix}", text):
            wd = weekdays[m.group("wd")]
            if m.group("week"):
                monday = call_date - dt.timedelta(days=call_date.weekday())
                add(m, monday + dt.timedelta(weeks=weeks[m.group("week")], days=wd))
            else:
                add(m, _next_weekday(call_date, wd))
    if relative:
        for m in re.finditer(_alt(relative), text):
            add(m, call_date + dt.timedelta(days=relative[m.group(0)]))
    return out


def _times_cjk(text: str, language: str) -> list[Entity]:
    data = _data(language)
    num = _num_class(language)
    am, pm = data.get("am") or [], data.get("pm") or []
    hour_m, minute_m, half = data.get("hour_marker", ""), data.get("minute_marker", ""), data.get("half_hour", "")
    pattern = (
        rf"(?P<ap>{_alt(list(am) + list(pm))})?(?P<h>{num}){hour_m}"
        rf"(?:(?P<half>{re.escape(str(half))})|(?P<min>{num}){minute_m})?"
    )
    out: list[Entity] = []
    for m in re.finditer(pattern, text):
        hour = parse_number(m.group("h"), language)
        if hour is None or hour > 24:
            continue
        minute = 30 if m.group("half") else (parse_number(m.group("min"), language) or 0) if m.group("min") else 0
        if m.group("ap") in pm and hour < 12:
            hour += 12
        out.append(Entity("time", m.group(0), f"{hour:02d}:{minute:02d}"))
    return out


def _names_cjk(text: str, language: str) -> list[Entity]:
    data = _data(language)
    not_names = set(data.get("not_names") or [])
    out: list[Entity] = []
    suffixes = data.get("name_suffixes") or []
    if suffixes:
        name_regex = str(data.get("name_before_suffix", "(?P<name>.{1,4})"))
        for m in re.finditer(rf"{name_regex}(?P<suffix>{_alt(suffixes)})", text):
            name = m.group("name")
            if name not in not_names and not any(name.endswith(n) for n in not_names):
                out.append(Entity("name", m.group(0), name))
    for pattern in data.get("name_patterns") or []:
        for m in re.finditer(pattern, text):
            if m.group("name") not in not_names:
                out.append(Entity("name", m.group(0), m.group("name")))
    return out


def _amounts_en(text: str) -> list[Entity]:
    data = _data("en")
    currencies: dict[str, str] = data.get("currencies") or {}
    prefixes: dict[str, str] = data.get("currency_prefixes") or {}
    numerals = data.get("numerals") or {}
    words = list(numerals.get("words") or {}) + list(numerals.get("word_units") or {})
    number = rf"(?:\d[\d,]*(?:\.\d+)?|(?:(?:{_alt(words)}|and)[\s-]*)+)"
    out: list[Entity] = []
    for m in re.finditer(rf"(?P<cur>{_alt(prefixes)})\s?(?P<num>\d[\d,]*(?:\.\d+)?)", text):
        value = parse_number(m.group("num"), "en")
        if value is not None:
            out.append(Entity("amount", m.group(0), value, prefixes[m.group("cur")]))
    for m in re.finditer(rf"\b(?P<num>{number})\s*(?P<unit>{_alt(currencies)})\b", text, re.IGNORECASE):
        value = parse_number(m.group("num").strip(), "en")
        if value is not None:
            out.append(Entity("amount", m.group(0).strip(), value, currencies[m.group("unit").lower()]))
    return out


def _dates_en(text: str, call_date: dt.date) -> list[Entity]:
    data = _data("en")
    weekdays: dict[str, int] = data.get("weekdays") or {}
    weeks: dict[str, int] = data.get("week_words") or {}
    months: dict[str, int] = data.get("months") or {}
    relative: dict[str, int] = data.get("relative_days") or {}
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    flags = re.IGNORECASE

    def add(m: re.Match[str], value: dt.date | None) -> None:
        if value is not None and not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            out.append(Entity("date", m.group(0), value.isoformat()))

    ordinal = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    for m in re.finditer(rf"\b(?P<m>{_alt(months)})\.?\s+{ordinal}\b", text, flags):
        add(m, _safe_date(call_date.year, months[m.group("m").lower()], int(m.group("d"))))
    for m in re.finditer(rf"\b{ordinal}\s+(?:of\s+)?(?P<m>{_alt(months)})\b", text, flags):
        add(m, _safe_date(call_date.year, months[m.group("m").lower()], int(m.group("d"))))
    for m in re.finditer(rf"\b(?:(?P<week>{_alt(weeks)})\s+)?(?P<wd>{_alt(weekdays)})\b", text, flags):
        wd = weekdays[m.group("wd").lower()]
        week = m.group("week")
        if week:
            monday = call_date - dt.timedelta(days=call_date.weekday())
            add(m, monday + dt.timedelta(weeks=weeks[week.lower()], days=wd))
        else:
            add(m, _next_weekday(call_date, wd))
    for m in re.finditer(rf"\b(?:{_alt(relative)})\b", text, flags):
        add(m, call_date + dt.timedelta(days=relative[m.group(0).lower()]))
    return out


def _times_en(text: str) -> list[Entity]:
    data = _data("en")
    am, pm = data.get("am") or [], data.get("pm") or []
    out: list[Entity] = []
    pattern = rf"\b(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s*(?P<ap>{_alt(list(am) + list(pm))})(?![a-z])"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        if hour > 12:
            continue
        is_pm = m.group("ap").lower() in [p.lower() for p in pm]
        if is_pm and hour < 12:
            hour += 12
        if not is_pm and hour == 12:
            hour = 0
        out.append(Entity("time", m.group(0), f"{hour:02d}:{minute:02d}"))
    return out


def _names_en(text: str) -> list[Entity]:
    data = _data("en")
    prefixes = data.get("name_prefixes") or []
    not_names = set(data.get("not_names") or [])
    out: list[Entity] = []
    for m in re.finditer(rf"\b(?:{_alt(prefixes)})\.?\s+(?P<name>[A-Z][a-z]+)", text, re.IGNORECASE):
        if m.group("name")[0].isupper():
            out.append(Entity("name", m.group(0), m.group("name")))
    for pattern in data.get("name_patterns") or []:
        for m in re.finditer(pattern, text):
            if m.group("name").split()[0] not in not_names:
                out.append(Entity("name", m.group(0), m.group("name")))
    return out
