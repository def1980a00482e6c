"""The learned layer: character n-gram TF-IDF + one logistic regression per label, per speaker role.

Trained at engine start (lazily, per language) from the labelled examples shipped in
``data/train_<lang>.jsonl`` (built from the corpus's dev split and the seed sentences by
``companion.analysis.training``). Scoring is one sparse vector times a dense weight matrix.
scikit-learn is imported only when a model is trained.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from companion.analysis.nlp import TextView
from companion.model import CUSTOMER_LABELS, STAFF_LABELS

log = logging.getLogger(__name__)

ROLE_LABELS: dict[str, tuple[str, ...]] = {"staff": STAFF_LABELS, "customer": CUSTOMER_LABELS}


@dataclass(frozen=True, slots=True)
class Example:
    speaker: str
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Settings:
    ngram_min: int = 1
    ngram_max: int = 3
    c: float = 4.0
    use_reading: bool = True
    words: bool = True


WORD_MARK = "\x00"


def word_text(view: TextView) -> str:
    """Normalised word forms (Sudachi's for Japanese), so that inflected paraphrases share features."""
    return " ".join(t.norm.lower() for t in view.tokens if t.norm.strip())


def feature_text(view: TextView, use_reading: bool = True) -> str:
    if view.language == "ja" and use_reading:
        return view.surface + "\n" + view.reading
    return view.surface


def load_examples(language: str) -> list[Example]:
    """The shipped training examples for a language (empty when there are none)."""
    name = f"data/train_{language}.jsonl"
    resource = resources.files("companion.analysis").joinpath(name)
    if not resource.is_file():
        return []
    return list(parse_examples(resource.read_text(encoding="utf-8").splitlines()))


def parse_examples(lines: Iterable[str]) -> Iterable[Example]:
    for line in lines:
        line = line.strip()
        if not line:
            continue
        row = json.loads(line)
        yield Example(speaker=str(row["speaker"]), text=str(row["text"]), labels=tuple(row.get("labels") or ()))


@dataclass(frozen=True, slots=True)
class _RoleModel:
    vectorizer: Any
    labels: tuple[str, ...]
    weights: npt.NDArray[np.float64]  # features × labels
    bias: npt.NDArray[np.float64]  # labels
    names: Any  # feature names, by column


def _vectorizer(settings: Settings) -> Any:
    """char n-grams of the surface (+ reading), and with ``words`` word uni/bigrams of normalised forms."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import FunctionTransformer

    def chars_of(views: Sequence[TextView]) -> list[str]:
        return [feature_text(v, settings.use_reading) for v in views]

    def words_of(views: Sequence[TextView]) -> list[str]:
        return [word_text(v) for v in views]

    char_part = TfidfVectorizer(
        analyzer="char",
        ngram_range=(settings.ngram_min, settings.ngram_max),
        sublinear_tf=True,
        lowercase=True,
        dtype=np.float64,
    )
    parts: list[tuple[str, Any]] = [
        ("chars", _Chain(FunctionTransformer(chars_of), char_part)),
    ]
    if settings.words:
        word_part = TfidfVectorizer(
            analyzer="word",
            token_pattern=r"\S+",
            ngram_range=(1, 2),
            sublinear_tf=True,
            lowercase=False,
            dtype=np.float64,
        )
        parts.append(("words", _Chain(FunctionTransformer(words_of), word_part)))
    return FeatureUnion(parts)


class _Chain:
    """A two-step transformer (sklearn's Pipeline would do, but it hides feature names of FunctionTransformer)."""

    def __init__(self, first: Any, second: Any) -> None:
        self.first = first
        self.second = second

    def fit(self, x: Any, y: Any = None) -> _Chain:
        self.second.fit(self.first.fit_transform(x))
        return self

    def fit_transform(self, x: Any, y: Any = None) -> Any:
        return self.second.fit_transform(self.first.fit_transform(x))

    def transform(self, x: Any) -> Any:
        return self.second.transform(self.first.transform(x))

    def get_feature_names_out(self, input_features: Any = None) -> Any:
        return self.second.get_feature_names_out()

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"first": self.first, "second": self.second}

    def set_params(self, **params: Any) -> _Chain:
        for key, value in params.items():
            setattr(self, key, value)
        return self


class LearnedLayer:
    def __init__(self, roles: dict[str, _RoleModel], settings: Settings) -> None:
        self._roles = roles
        self.settings = settings

    @classmethod
    def train(
        cls, views: Sequence[TextView], examples: Sequence[Example], settings: Settings | None = None
    ) -> LearnedLayer:
        from sklearn.linear_model import LogisticRegression

        settings = settings or Settings()
        began = time.perf_counter()
        roles: dict[str, _RoleModel] = {}
        for role, role_labels in ROLE_LABELS.items():
            picked = [(v, e) for v, e in zip(views, examples, strict=True) if e.speaker == role]
            if len(picked) < 4:
                continue
            vectorizer = _vectorizer(settings)
            matrix = vectorizer.fit_transform([v for v, _ in picked])
            trained: list[str] = []
            columns: list[npt.NDArray[np.float64]] = []
            biases: list[float] = []
            for label in role_labels:
                y = np.array([label in e.labels for _, e in picked], dtype=np.int8)
                positives = int(y.sum())
                if positives < 2 or positives == len(y):
                    continue
                clf = LogisticRegression(C=settings.c, class_weight="balanced", max_iter=2000, solver="liblinear")
                clf.fit(matrix, y)
                trained.append(label)
                columns.append(np.asarray(clf.coef_[0], dtype=np.float64))
                biases.append(float(clf.intercept_[0]))
            if trained:
                roles[role] = _RoleModel(
                    vectorizer=vectorizer,
                    labels=tuple(trained),
                    weights=np.stack(columns, axis=1),
                    bias=np.array(biases, dtype=np.float64),
                    names=vectorizer.get_feature_names_out(),
                )
        log.info("trained the learned layer on %d examples in %.2f s", len(examples), time.perf_counter() - began)
        return cls(roles, settings)

    def probabilities(self, view: TextView, role: str) -> dict[str, float]:
        model = self._roles.get(role)
        if model is None:
            return {}
        x = model.vectorizer.transform([view])
        scores = np.asarray(x @ model.weights).ravel() + model.bias
        probs = 1.0 / (1.0 + np.exp(-scores))
        return {label: float(p) for label, p in zip(model.labels, probs, strict=True)}

    def explain(self, view: TextView, role: str, label: str) -> str:
        """The surface words behind the n-grams that pushed this label up most (evidence for a model finding)."""
        model = self._roles.get(role)
        if model is None or label not in model.labels:
            return ""
        column = model.labels.index(label)
        x = model.vectorizer.transform([view])
        surface = view.surface.lower()
        scores = [0.0] * len(surface)
        for idx, value in zip(x.indices, x.data, strict=True):
            contribution = float(value) * float(model.weights[idx, column])
            gram = str(model.names[idx]).split("__", 1)[-1]
            if contribution <= 0 or not gram.strip():
                continue
            start = surface.find(gram)
            while start >= 0:
                for pos in range(start, start + len(gram)):
                    scores[pos] += contribution / len(gram)
                start = surface.find(gram, start + 1)
        if not any(scores):
            return ""
        best = max(range(len(scores)), key=scores.__getitem__)
        for token in view.tokens:
            if token.start <= best < token.start + len(token.text):
                tokens = [token] + [t for t in view.tokens if abs(t.start - token.start) <= 3 and scores[t.start] > 0]
                first, last = min(tokens, key=lambda t: t.start), max(tokens, key=lambda t: t.start)
                return view.surface[first.start : last.start + len(last.text)]
        return view.surface[best]
