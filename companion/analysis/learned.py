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


def _vectorizer(settings: Settings) -> _Features:
    return _Features(settings)


class _Features:
    """char n-grams of the surface (+ reading) and, with ``words``, word uni/bigrams of normalised forms.

    A hand-rolled union: sklearn's FeatureUnion goes through joblib on every transform, which was two thirds
    of the time of labelling one utterance.
    """

    def __init__(self, settings: Settings) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.settings = settings
        self._analyzers: dict[Any, Any] = {}
        self.chars = TfidfVectorizer(
            analyzer="char",
            ngram_range=(settings.ngram_min, settings.ngram_max),
            sublinear_tf=True,
            lowercase=True,
            dtype=np.float64,
        )
        self.words = (
            TfidfVectorizer(
                analyzer="word",
                token_pattern=r"\S+",
                ngram_range=(1, 2),
                sublinear_tf=True,
                lowercase=False,
                dtype=np.float64,
            )
            if settings.words
            else None
        )

    def _char_texts(self, views: Sequence[TextView]) -> list[str]:
        return [feature_text(v, self.settings.use_reading) for v in views]

    def fit_transform(self, views: Sequence[TextView]) -> Any:
        from scipy.sparse import hstack

        parts = [self.chars.fit_transform(self._char_texts(views))]
        if self.words is not None:
            parts.append(self.words.fit_transform([word_text(v) for v in views]))
        return hstack(parts, format="csr")

    def transform(self, views: Sequence[TextView]) -> Any:
        from scipy.sparse import hstack

        parts = [self.chars.transform(self._char_texts(views))]
        if self.words is not None:
            parts.append(self.words.transform([word_text(v) for v in views]))
        return hstack(parts, format="csr")

    def _analyzer(self, vectorizer: Any) -> Any:
        if vectorizer not in self._analyzers:
            self._analyzers[vectorizer] = vectorizer.build_analyzer()
        return self._analyzers[vectorizer]

    def vector(self, view: TextView) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """One view's TF-IDF vector as (column indices, values), the same numbers as ``transform``.

        Computed directly from the fitted vocabularies: sklearn's transform validates its input through
        dataframe checks that cost more than the arithmetic for a single short utterance.
        """
        parts = [(self.chars, feature_text(view, self.settings.use_reading), 0)]
        if self.words is not None:
            parts.append((self.words, word_text(view), len(self.chars.vocabulary_)))
        indices: list[int] = []
        values: list[float] = []
        for vectorizer, text, offset in parts:
            counts: dict[int, int] = {}
            vocabulary = vectorizer.vocabulary_
            for term in self._analyzer(vectorizer)(text):
                column = vocabulary.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            weighted = tf * vectorizer.idf_[columns]
            weighted /= np.sqrt(np.dot(weighted, weighted))
            indices.extend((columns + offset).tolist())
            values.extend(weighted.tolist())
        return np.asarray(indices, dtype=np.intp), np.asarray(values, dtype=np.float64)

    def get_feature_names_out(self) -> Any:
        names = list(self.chars.get_feature_names_out())
        if self.words is not None:
            names += [f"words__{n}" for n in self.words.get_feature_names_out()]
        return np.array(names, dtype=object)


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
        indices, values = model.vectorizer.vector(view)
        scores = values @ model.weights[indices] + model.bias
        probs = 1.0 / (1.0 + np.exp(-scores))
        return {label: float(p) for label, p in zip(model.labels, probs, strict=True)}

    def explain(self, view: TextView, role: str, label: str) -> str:
        """The surface words behind the n-grams that pushed this label up most (evidence for a model finding)."""
        model = self._roles.get(role)
        if model is None or label not in model.labels:
            return ""
        column = model.labels.index(label)
        indices, values = model.vectorizer.vector(view)
        surface = view.surface.lower()
        scores = [0.0] * len(surface)
        for idx, value in zip(indices, values, strict=True):
            contribution = float(value) * float(model.weights[idx, column])
            gram = str(model.names[idx]).removeprefix("words__")
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
