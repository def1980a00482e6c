"""The spaCy pipelines and the ASR-text normalisation (pitfalls 2–4, 24 and 28–32)."""

from __future__ import annotations

import socket
import sys

import pytest

from companion.analysis.nlp import Pipelines, detect_language, normalise


@pytest.mark.parametrize(
    ("language", "raw", "expected"),
    [
        ("ja", "えーと　あのー 申し訳ございませーん", "申し訳ございません"),
        ("ja", "払えーよ", "払えよ"),  # 3: えー inside a word is not a filler
        ("ja", "あの店で買いました", "あの店で買いました"),  # 3: あの alone is a determiner
        ("ja", "ルールですので", "ルールですので"),  # 2: long marks kept in katakana
        ("ja", "大変　申し訳　ございません", "大変申し訳ございません"),  # 4: full-width spaces
        ("ja", "終わびいたします", "お詫びいたします"),
        ("zh", "嗯 那个 我要退款", "我要退款"),
        ("zh", "那个医生不好", "那个医生不好"),
        ("zh", "额 额外的费用谁出", "额外的费用谁出"),  # 额 the filler goes, 额外 stays
        ("zh", "我的额度不够", "我的额度不够"),
        ("zh", "對不起，網路", "对不起,网络"),  # 18: tw2sp
        ("zh", "我们按程序来,行程改了", "我们按程序来,行程改了"),  # Simplified text keeps its words (not 进程)
        ("zh", "今次我哋做得唔好", "今次我们做得不好"),  # Cantonese "did badly", not "don't"
        ("zh", "妳唔好再拖", "你不要再拖"),  # 妳 is 你; 唔好 alone is "don't"
        ("en", "um im sorry but i dont know", "i'm sorry but i don't know"),  # 24
        ("en", "I feel ill and its broken", "i feel ill and its broken"),  # ill / its stay
        ("en", "I'd like an umbrella", "i'd like an umbrella"),
    ],
)
def test_normalise(language: str, raw: str, expected: str) -> None:
    assert normalise(raw, language) == expected


def test_readings_and_norms(pipelines: Pipelines) -> None:
    view = pipelines.analyse("もうしわけございません", "ja")
    assert "モウシワケ" in view.reading
    assert "御座る" in view.norm
    assert view.surface_of("reading", 0, 5) == "申し訳"


def test_detect_language() -> None:
    assert detect_language("申し訳ございません") == "ja"
    assert detect_language("对不起") == "zh"
    assert detect_language("I'm sorry") == "en"


def test_pipelines_build_offline_without_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """28, 31: nothing is downloaded — building every pipeline works with the network cut off."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    fresh = Pipelines()
    for language in ("ja", "zh", "en"):
        nlp = fresh.nlp(language)
        assert nlp.pipe_names == []  # blank pipelines: no trained model, nothing fetched
    assert fresh.nlp("zh").tokenizer.segmenter == "char"  # 31: not pkuseg


def test_sudachi_split_mode_c(pipelines: Pipelines) -> None:
    """29: SudachiPy + SudachiDict-core from PyPI, split mode C."""
    tokens = [t.text for t in pipelines.nlp("ja")("国家公務員")]
    assert tokens == ["国家公務員"]


def test_no_jieba(pipelines: Pipelines) -> None:
    """32: jieba is never imported (char segmentation after tw2sp)."""
    pipelines.analyse("我要退款", "zh")
    assert "jieba" not in sys.modules


def test_fillers_are_a_word_list_not_pos(pipelines: Pipelines) -> None:
    """30: fillers come from data/normalise.yaml, not from a tagger's UPOS."""
    assert pipelines.analyse("えーと、返金してほしい", "ja").surface == "返金してほしい"
