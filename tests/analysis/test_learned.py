"""The learned layer's own parts: its terms, its hand-rolled scoring, and saving and loading a trained layer."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from companion.analysis.engine import PlaybookEngine
from companion.analysis.learned import (
    Example,
    LearnedLayer,
    Settings,
    _Features,
    char_terms,
    fingerprint,
    load_examples,
    word_terms,
)
from companion.analysis.nlp import Pipelines

TEXTS = [
    "申し訳ございません、担当が  不在でして",
    "ＡＢＣ　全角\tタブ\n改行",
    "这个不太可能吧，你是不是搞错了",
    "We're SORRY -- these things  happen",
    "a",
    "",
]


def _examples(language: str, n: int) -> list[Example]:
    """A slice of the shipped examples with both roles and several labels (enough to train a small layer)."""
    examples = load_examples(language)
    return examples[:: max(1, len(examples) // n)]


@pytest.mark.parametrize("text", TEXTS)
def test_char_terms_are_scikit_learns_char_ngrams(text: str) -> None:
    reference = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=True).build_analyzer()
    assert sorted(char_terms(text, 1, 3)) == sorted(reference(text))


@pytest.mark.parametrize("text", TEXTS)
def test_word_terms_are_scikit_learns_word_uni_and_bigrams(text: str) -> None:
    reference = TfidfVectorizer(
        analyzer="word", token_pattern=r"\S+", ngram_range=(1, 2), lowercase=False
    ).build_analyzer()
    assert sorted(word_terms(text)) == sorted(reference(text))


def test_one_view_scores_like_its_row_of_the_training_matrix(pipelines: Pipelines) -> None:
    examples = _examples("ja", 300)
    views = [pipelines.analyse(e.text, "ja") for e in examples]
    features, matrix = _Features.fit(views, Settings())
    for row, view in enumerate(views[:60]):
        indices, values = features.vector(view)
        dense = np.zeros(features.size)
        dense[indices] = values
        assert np.allclose(dense, matrix[row].toarray()[0])


@pytest.fixture(scope="module")
def small_layer(pipelines: Pipelines) -> tuple[LearnedLayer, list[Example]]:
    examples = _examples("zh", 600)
    layer = LearnedLayer.train([pipelines.analyse(e.text, "zh") for e in examples], examples)
    return layer, examples


def test_a_saved_layer_loads_with_the_same_probabilities_and_evidence(
    tmp_path: Path, pipelines: Pipelines, small_layer: tuple[LearnedLayer, list[Example]]
) -> None:
    layer, examples = small_layer
    path = tmp_path / "learned_zh.npz"
    layer.save(path, "key-1")
    loaded = LearnedLayer.load(path, "key-1")
    assert loaded is not None
    assert loaded.settings == layer.settings
    for example in examples[:80]:
        view = pipelines.analyse(example.text, "zh")
        found = layer.probabilities(view, example.speaker)
        assert found and loaded.probabilities(view, example.speaker) == found
        best = max(found, key=found.__getitem__)
        assert loaded.explain(view, example.speaker, best) == layer.explain(view, example.speaker, best)
    assert not list(tmp_path.glob("*.partial")), "the temporary file is renamed into place"


def test_a_missing_stale_or_damaged_saved_layer_is_not_used(
    tmp_path: Path, small_layer: tuple[LearnedLayer, list[Example]], caplog: pytest.LogCaptureFixture
) -> None:
    layer, _ = small_layer
    path = tmp_path / "learned_zh.npz"
    assert LearnedLayer.load(path, "key-1") is None
    layer.save(path, "key-1")
    assert LearnedLayer.load(path, "key-2") is None
    path.write_bytes(path.read_bytes()[:5000])
    with caplog.at_level(logging.WARNING, logger="companion.analysis.learned"):
        assert LearnedLayer.load(path, "key-1") is None
    assert "training it again" in caplog.text


def test_the_fingerprint_tells_languages_and_settings_apart() -> None:
    assert fingerprint("ja") == fingerprint("ja")
    assert len({fingerprint("ja"), fingerprint("zh"), fingerprint("en"), fingerprint("ja", Settings(c=1.0))}) == 4


def test_an_engine_with_a_cache_trains_once_and_later_engines_load_it(
    tmp_path: Path, pipelines: Pipelines, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = PlaybookEngine(pipelines, cache_dir=tmp_path).learned("en")
    assert first is not None
    assert (tmp_path / "learned_en.npz").is_file()

    def refuse(*_: object, **__: object) -> LearnedLayer:
        raise AssertionError("trained again although a matching saved layer was there")

    monkeypatch.setattr(LearnedLayer, "train", refuse)
    second = PlaybookEngine(pipelines, cache_dir=tmp_path).learned("en")
    assert second is not None
    view = pipelines.analyse("well these things happen you know", "en")
    assert second.probabilities(view, "staff") == first.probabilities(view, "staff")


def test_an_unwritable_cache_still_gives_a_trained_layer(
    tmp_path: Path, pipelines: Pipelines, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="companion.analysis.engine"):
        layer = PlaybookEngine(pipelines, cache_dir=blocked / "cache").learned("en")
    assert layer is not None
    assert "could not save the learned layer" in caplog.text
