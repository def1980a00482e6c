"""The supervisors' pages take every word from web/i18n.json (ja, zh, en) and load nothing from elsewhere.

Static checks over the pages and every module they import; the browser tests check the dynamic keys."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "web"
PAGES = ["review.html", "call.html", "board.html"]
KEYS = [
    re.compile(r'data-i18n(?:-placeholder|-label|-title)?="([a-z0-9_]+)"'),
    re.compile(r'\bt\("([a-z0-9_]+)"\)'),
    re.compile(r'\btf\("([a-z0-9_]+)"'),
]
CHOICE = re.compile(r'[?:]\s*"([a-z0-9_]+)"')  # t(cond ? "a" : "b")
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
LANGUAGE_PICKER = re.compile(r'<select id="ui-lang".*?</select>', re.S)
EXTERNAL = re.compile(
    r"""(?:src|href)\s*=\s*["'](?:https?:)?//|@import|url\(\s*["']?(?:https?:)?//|from\s+["']https?:"""
)


def page_files(pages: list[str] = PAGES) -> list[Path]:
    """The pages, their scripts and styles, and every module those scripts import."""
    found: list[Path] = []
    queue = [WEB / name for name in pages]
    while queue:
        path = queue.pop()
        if path in found:
            continue
        found.append(path)
        text = path.read_text(encoding="utf-8")
        for ref in re.findall(r'(?:src|href)="/static/([\w.-]+)"', text) + re.findall(r'from "\./([\w.-]+)"', text):
            queue.append(WEB / ref)
    return found


def chosen_keys(text: str) -> set[str]:
    """Keys picked by a condition inside t(...) or tf(...)."""
    keys: set[str] = set()
    for call in re.finditer(r"\btf?\(", text):
        depth, end = 1, call.end()
        while depth and end < len(text):
            depth += {"(": 1, ")": -1}.get(text[end], 0)
            end += 1
        keys.update(CHOICE.findall(text[call.end() : end]))
    return keys


def test_every_text_key_exists_in_japanese_chinese_and_english() -> None:
    texts = json.loads((WEB / "i18n.json").read_text(encoding="utf-8"))
    used: set[str] = set()
    for path in page_files():
        text = path.read_text(encoding="utf-8")
        used |= chosen_keys(text)
        for pattern in KEYS:
            used.update(pattern.findall(text))
    assert len(used) > 80, "the key patterns no longer match the pages"
    for language in ("ja", "zh", "en"):
        missing = sorted(
            key for key in used if not texts[language].get(key) or not isinstance(texts[language][key], str)
        )
        assert not missing, f"{language} lacks {missing}"
        for group in ("labels", "steps", "entities"):
            assert set(texts[language][group]) == set(texts["ja"][group]), f"{language}.{group}"


@pytest.mark.parametrize("name", [p.name for p in page_files()])
def test_no_phrase_is_written_in_the_code_and_nothing_is_fetched_from_elsewhere(name: str) -> None:
    text = (WEB / name).read_text(encoding="utf-8")
    assert not CJK.findall(LANGUAGE_PICKER.sub("", text)), f"{name} has Japanese or Chinese text outside i18n.json"
    assert not EXTERNAL.findall(text), f"{name} refers to something outside this service"
