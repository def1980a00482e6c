"""Playbook loading and validation: errors name the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import bundled_playbooks, load_playbook
from companion.errors import PlaybookError, UnknownPlaybookError
from companion.model import Speaker

GOOD = """\
name: tiny
steps:
  - id: apology
    suggest: {en: Say sorry}
  - id: thanks
    suggest: {en: Say thanks}
labels:
  apology:
    en: ['\\bsorry\\b']
  thanks:
    en: ['\\bthanks\\b']
asr_prompt:
  en: [sorry, thanks]
"""


def test_default_is_bundled() -> None:
    assert "default" in bundled_playbooks()
    book = load_playbook(None)
    assert book.step_ids == ("apology", "empathy", "confirm", "solution", "thanks")
    assert set(book.languages) == {"ja", "zh", "en"}


def test_custom_playbook_file(tmp_path: Path, rules_engine: PlaybookEngine) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD, encoding="utf-8")
    call = rules_engine.start_call("en", str(path))
    assert call.on_utterance(0, Speaker.STAFF, "so sorry").labels == ["apology"]
    call.on_utterance(1, Speaker.STAFF, "thanks")
    summary = call.summary()
    assert summary.missed_steps == []
    assert summary.order_issues == []
    assert rules_engine.asr_prompt("en", str(path)) == "sorry thanks"


def test_unknown_playbook() -> None:
    with pytest.raises(UnknownPlaybookError, match="unknown playbook 'nosuch'"):
        load_playbook("nosuch")
    with pytest.raises(UnknownPlaybookError, match="not found"):
        load_playbook("/nonexistent/book.yaml")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (GOOD.replace("['\\bsorry\\b']", "['(unclosed']"), 9, "bad regular expression"),
        (GOOD.replace("  - id: thanks", "  - id: farewell"), 5, "unknown step"),
        (GOOD.replace("  thanks:\n    en:", "  thankz:\n    en:"), 10, "unknown label"),
        (
            GOOD.replace("name: tiny\n", "name: tiny\nescalation:\n  any_of: [fact, shouting]\n"),
            3,
            "unknown customer label",
        ),
        (GOOD.replace("steps:", "steps: [\n"), 4, "invalid YAML"),
        (GOOD.replace("name: tiny\n", ""), 1, "name"),
        (GOOD.replace("  thanks:\n    en:", "  apology:\n    en:"), 10, "'apology' appears twice in the same mapping"),
        (
            GOOD.replace("  thanks:\n    en:", "  thanks:\n    excluded_by_language: {fr: [apology]}\n    en:"),
            11,
            "language",
        ),
        (
            GOOD.replace("  thanks:\n    en:", "  thanks:\n    excluded_by_language: {en: [sorrow]}\n    en:"),
            11,
            "unknown label",
        ),
        (GOOD.replace("name: tiny\n", "name: tiny\nlearned:\n  thresholds: {excuze: 0.5}\n"), 3, "unknown label"),
    ],
)
def test_invalid_playbook_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as caught:
        load_playbook(str(path))
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert words in message
    assert "\n" not in message


def test_a_label_gives_way_in_one_language_only(tmp_path: Path, rules_engine: PlaybookEngine) -> None:
    text = GOOD.replace(
        "  thanks:\n    en:", "  thanks:\n    excluded_by_language: {en: [apology]}\n    patterns:\n      en:"
    )
    path = tmp_path / "tiny.yaml"
    path.write_text(text, encoding="utf-8")
    call = rules_engine.start_call("en", str(path))
    assert call.on_utterance(0, Speaker.STAFF, "sorry and thanks").labels == ["apology"]
    book = load_playbook(str(path))
    assert book.labels["thanks"].excluded_in("en") == ("apology",)
    assert book.labels["thanks"].excluded_in("ja") == ()
