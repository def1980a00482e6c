"""The engine as the live pipeline uses it: labels with evidence, alerts, prompts, summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import companion.analysis
from companion.analysis.engine import PlaybookEngine
from companion.errors import UnknownLanguageError, UnknownPlaybookError
from companion.model import Speaker

S, C = Speaker.STAFF, Speaker.CUSTOMER

CALL = [
    (C, "予約した時間に行ったのに一時間も待たされました"),
    (S, "大変申し訳ございません"),
    (S, "でも、その日は混んでいたので仕方がなかったんです"),
    (C, "ふざけるな、土下座しろ"),
    (S, "ご心配になりますよね"),
    (S, "一時間お待たせしたということですね"),
    (S, "上司と相談し、明日までにご連絡いたします"),
    (S, "貴重なご意見をいただき、ありがとうございました"),
]


def test_japanese_call_end_to_end(engine: PlaybookEngine) -> None:
    call = engine.start_call("ja")
    results = [call.on_utterance(i, speaker, text) for i, (speaker, text) in enumerate(CALL)]
    assert results[0].labels == ["fact"]
    assert results[0].prompt is not None and results[0].prompt.step == "apology"
    assert "excuse" in results[2].labels
    assert [a.label for a in results[2].alerts] == ["excuse"]
    # the most serious sign speaks for the line (playbook `excluded_by`): one alert, and no memo request
    assert results[3].labels == ["unreasonable_demand"]
    assert {a.label for a in results[3].alerts} == {"unreasonable_demand"}
    assert results[3].prompt is not None and results[3].prompt.step == "escalate"
    evidence = {f.label: f.evidence for f in results[3].findings}
    assert evidence["unreasonable_demand"] == "土下座"
    prompts = [r.prompt for r in results if r.prompt is not None]
    assert len({(p.step, p.text) for p in prompts}) == len(prompts)  # never the same prompt twice
    summary = call.summary().as_dict("c1")
    assert summary["missed_steps"] == []
    assert summary["order_issues"] == []
    assert summary["escalation"] is True
    assert summary["memo"][0] == {"index": 0, "kind": "fact", "quote": CALL[0][1]}
    assert [m["index"] for m in summary["memo"]] == [0]  # type: ignore[index]


def test_unknown_speaker_is_conservative(engine: PlaybookEngine) -> None:
    call = engine.start_call("ja")
    assert call.on_utterance(0, Speaker.UNKNOWN, "大変申し訳ございません").labels == ["apology"]
    assert call.on_utterance(1, Speaker.UNKNOWN, "土下座しろ").labels == ["unreasonable_demand"]


def test_auto_language(engine: PlaybookEngine) -> None:
    call = engine.start_call("auto")
    call.on_utterance(0, S, "对不起，是我们的失误")
    assert call.language == "zh"


def test_bad_language_and_playbook(engine: PlaybookEngine) -> None:
    with pytest.raises(UnknownLanguageError):
        engine.start_call("fr")
    with pytest.raises(UnknownPlaybookError):
        engine.start_call("ja", "nosuch")


def test_asr_prompt(engine: PlaybookEngine) -> None:
    prompt = engine.asr_prompt("ja")
    assert "申し訳ございません" in prompt and "弊社" in prompt
    assert "refund" in engine.asr_prompt("en")


def test_no_cjk_phrase_in_python_code() -> None:
    """Rules and playbooks are data: no Japanese or Chinese text in the analysis modules."""
    folder = Path(companion.analysis.__file__).parent
    cjk = re.compile(r"[\u3041-\u30fa\u3400-\u9fff]{2,}")  # words, not punctuation
    offenders = []
    for path in folder.glob("*.py"):
        code = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#")
        )
        code = re.sub(r'"""[\s\S]*?"""', "", code)  # docstrings may cite examples
        if cjk.search(code):
            offenders.append(path.name)
    assert offenders == []
