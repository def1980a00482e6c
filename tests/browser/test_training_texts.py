"""The training page takes every word from web/i18n.json (ja, zh, en) and loads nothing from elsewhere.

Static checks over training.html and every module it imports; the browser tests exercise the page itself."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_web_texts import CJK, EXTERNAL, WEB
from tests.browser.test_web_texts import page_files as pages_and_imports

STATIC_KEYS = [
    re.compile(r'data-tr(?:-placeholder|-label|-title)?="([a-z0-9_.]+)"'),
    re.compile(r'\btr\("([a-z0-9_.]+)"'),
]
DYNAMIC_GROUP = re.compile(r"\btr\(`([a-z0-9_.]+)\.\$\{")  # tr(`status.${s.status}`): a whole group
BAR_KEYS = re.compile(r'showBar\("\w+", [^,]+, \[(.*?)\]')  # showBar("process", f, ["key", `group.${x}`])
FLAT_KEYS = [re.compile(r'data-i18n="([a-z0-9_]+)"'), re.compile(r'\bt\("([a-z0-9_]+)"\)')]
LANGUAGE_PICKERS = re.compile(r'<select (?:id="ui-lang"|name="language").*?</select>', re.S)
# what the score card can say: every code the backend may send has words in every language
GROUPS = {
    "component": {"steps", "first_apology", "cautions", "escalation", "talk_ratio", "interruptions"},
    "status": {"done", "missed", "out_of_order", "not_required"},
    "verdict": {"escalated", "missed", "unneeded", "not_needed"},
    "stage": {"transcribing", "finishing", "done"},
    "attempt_status": {"live", "ended", "interrupted"},
    "speakers": {"channels", "attributed", "mono"},
    "note": {"mono_without_attribution", "one_channel_overlaps_hidden"},
    "reason": {
        "missed_step",
        "out_of_order",
        "closed_without_thanks",
        "no_apology",
        "late_apology",
        "caution",
        "missed_escalation",
        "unneeded_escalation",
        "staff_talks_too_much",
        "staff_talks_too_little",
        "interruption",
    },
}


def page_files() -> list[Path]:
    return pages_and_imports(["training.html"])


def lookup(texts: dict[str, Any], path: str) -> Any:
    node: Any = texts
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def leaves(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return {prefix}
    return set().union(
        *(
            leaves(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
            for key, value in node.items()
        )
    )


def test_every_training_text_exists_in_japanese_chinese_and_english() -> None:
    texts = json.loads((WEB / "i18n.json").read_text(encoding="utf-8"))
    files = [p for p in page_files() if p.name.startswith("training")]
    assert {p.name for p in files} >= {"training.html", "training.js", "training-card.js", "training-replay.js"}
    used: set[str] = set()
    groups: set[str] = set()
    flat: set[str] = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in STATIC_KEYS:
            used.update(pattern.findall(text))
        groups.update(DYNAMIC_GROUP.findall(text))
        for keys in BAR_KEYS.findall(text):
            used.update(re.findall(r'"([a-z0-9_.]+)"', keys))
            groups.update(re.findall(r"`([a-z0-9_.]+)\.\$\{", keys))
        for pattern in FLAT_KEYS:
            flat.update(pattern.findall(text))
    assert len(used) > 60 and groups >= set(GROUPS), "the key patterns no longer match the page"
    block = {language: texts[language]["training"] for language in ("ja", "zh", "en")}
    assert leaves(block["zh"]) == leaves(block["ja"]) == leaves(block["en"])
    for language, training in block.items():
        missing = sorted(key for key in used if not isinstance(lookup(training, key), str))
        assert not missing, f"{language} lacks {missing}"
        for group, codes in GROUPS.items():
            assert codes <= set(training[group]), f"{language}.training.{group} lacks {codes - set(training[group])}"
        assert not [key for key in flat if not isinstance(texts[language].get(key), str)], f"{language} flat keys"


@pytest.mark.parametrize("name", [p.name for p in page_files()])
def test_no_phrase_is_written_in_the_code_and_nothing_is_fetched_from_elsewhere(name: str) -> None:
    text = (WEB / name).read_text(encoding="utf-8")
    assert not CJK.findall(LANGUAGE_PICKERS.sub("", text)), f"{name} has Japanese or Chinese text outside i18n.json"
    assert not EXTERNAL.findall(text), f"{name} refers to something outside this service"
