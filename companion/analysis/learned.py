"""The learned layer: character n-gram TF-IDF + one logistic regression per label, per speaker role.

Trained (lazily, per language) from the labelled examples shipped in ``data/train_<lang>.jsonl`` (built from
the corpus's dev split and the seed sentences by ``companion.analysis.training``), then saved beside the
service's data (``save``/``load``, keyed by ``fingerprint``) so that later starts load it in a fraction of a
second instead of training again. Scoring is one sparse vector times a dense weight matrix. scikit-learn is
imported only when a model is trained.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import json
import logging
import os
import re
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
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


SAVE_FORMAT = "companion-learned-1"


def word_text(view: TextView) -> str:
    """Normalised word forms (Sudachi's for Japanese), so that inflected paraphrases share features."""
    return " ".join(t.norm.lower() for t in view.tokens if t.norm.strip())


def feature_text(view: TextView, use_reading: bool = True) -> str:
    if view.language == "ja" and use_reading:
        return view.surface + "\n" + view.reading
    return view.surface


# What a trained layer depends on besides its examples: the text normalisation, the feature and
# training code, and the libraries that cut the words and fit the model.
_FINGERPRINT_FILES = ("data/normalise.yaml", "nlp.py", "learned.py")
_FINGERPRINT_PACKAGES = ("sudachipy", "sudachidict-core", "opencc", "spacy", "scikit-learn", "numpy")


def _resource(name: str) -> bytes | None:
    resource = resources.files("companion.analysis").joinpath(name)
    return resource.read_bytes() if resource.is_file() else None


def load_examples(language: str) -> list[Example]:
    """The shipped training examples for a language (empty when there are none)."""
    raw = _resource(f"data/train_{language}.jsonl")
    if raw is None:
        return []
    return list(parse_examples(raw.decode("utf-8").splitlines()))


def fingerprint(language: str, settings: Settings | None = None) -> str:
    """A hash of everything the language's trained layer is made from: a saved layer is reused only when it matches."""
    digest = hashlib.sha256()
    for part in (SAVE_FORMAT, language, json.dumps(dataclasses.asdict(settings or Settings()), sort_keys=True)):
        digest.update(part.encode("utf-8") + b"\0")
    for name in (f"data/train_{language}.jsonl", *_FINGERPRINT_FILES):
        digest.update(name.encode("utf-8") + b"\0" + (_resource(name) or b"") + b"\0")
    for package in _FINGERPRINT_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}".encode() + b"\0")
    return digest.hexdigest()


def parse_examples(lines: Iterable[str]) -> Iterable[Example]:
    for line in lines:
        line = line.strip()
        if not line:
            continue
        row = json.loads(line)
        yield Example(speaker=str(row["speaker"]), text=str(row["text"]), labels=tuple(row.get("labels") or ()))


@dataclass(frozen=True, slots=True)
class _RoleModel:
    features: _Features
    labels: tuple[str, ...]
    weights: npt.NDArray[np.float64]  # features × labels
    bias: npt.NDArray[np.float64]  # labels


_WHITESPACE_RUN = re.compile(r"\s\s+")
_NON_SPACE = re.compile(r"\S+")


def char_terms(text: str, low: int, high: int) -> list[str]:
    """Character n-grams of the lower-cased text, whitespace runs collapsed (as scikit-learn's "char" analyzer)."""
    text = _WHITESPACE_RUN.sub(" ", text.lower())
    return [text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]


def word_terms(text: str) -> list[str]:
    """Word unigrams and bigrams of a space-separated text."""
    words = _NON_SPACE.findall(text)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@dataclass(frozen=True, slots=True)
class _Part:
    """One fitted TF-IDF block: its terms in column order, their idf, and which terms a view gives."""

    kind: str  # "char" (surface, + reading for Japanese) or "word" (normalised word forms)
    terms: tuple[str, ...]
    idf: npt.NDArray[np.float64]
    columns: dict[str, int]

    @classmethod
    def of(cls, kind: str, terms: Sequence[str], idf: npt.NDArray[np.float64]) -> _Part:
        terms = tuple(terms)
        return cls(kind, terms, idf, {term: i for i, term in enumerate(terms)})


def view_terms(kind: str, view: TextView, settings: Settings) -> list[str]:
    if kind == "char":
        return char_terms(feature_text(view, settings.use_reading), settings.ngram_min, settings.ngram_max)
    return word_terms(word_text(view))


def _part_kinds(settings: Settings) -> tuple[str, ...]:
    return ("char", "word") if settings.words else ("char",)


class _Features:
    """TF-IDF of char n-grams of the surface (+ reading) and, with ``words``, word uni/bigrams of normalised forms.

    Fitted with scikit-learn (on our own term functions), scored by hand: sklearn's transform validates its input
    through dataframe checks, and FeatureUnion goes through joblib, each costing more than the arithmetic for one
    short utterance. Scoring needs only the terms and their idf, which is also what is saved.
    """

    def __init__(self, settings: Settings, parts: Sequence[_Part]) -> None:
        self.settings = settings
        self.parts = tuple(parts)
        self.offsets = tuple(int(n) for n in np.cumsum([0] + [len(p.terms) for p in self.parts])[:-1])

    @classmethod
    def fit(cls, views: Sequence[TextView], settings: Settings) -> tuple[_Features, Any]:
        """The fitted features and the training matrix (one row per view)."""
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer

        parts: list[_Part] = []
        blocks = []
        for kind in _part_kinds(settings):
            vectorizer = TfidfVectorizer(
                analyzer=functools.partial(view_terms, kind, settings=settings), sublinear_tf=True, dtype=np.float64
            )
            blocks.append(vectorizer.fit_transform(list(views)))
            vocabulary: dict[str, int] = vectorizer.vocabulary_
            terms = sorted(vocabulary, key=vocabulary.__getitem__)
            parts.append(_Part.of(kind, terms, np.asarray(vectorizer.idf_, dtype=np.float64)))
        return cls(settings, parts), hstack(blocks, format="csr")

    @property
    def size(self) -> int:
        return sum(len(p.terms) for p in self.parts)

    def name(self, column: int) -> str:
        for part, offset in zip(reversed(self.parts), reversed(self.offsets), strict=True):
            if column >= offset:
                return part.terms[column - offset]
        raise IndexError(column)

    def vector(self, view: TextView) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """One view's TF-IDF vector as (column indices, values): the same numbers as the training matrix's row."""
        indices: list[int] = []
        values: list[float] = []
        for part, offset in zip(self.parts, self.offsets, strict=True):
            counts: dict[int, int] = {}
            for term in view_terms(part.kind, view, self.settings):
                column = part.columns.get(term)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            weighted = tf * part.idf[columns]
            weighted /= np.sqrt(np.dot(weighted, weighted))
            indices.extend((columns + offset).tolist())
            values.extend(weighted.tolist())
        return np.asarray(indices, dtype=np.intp), np.asarray(values, dtype=np.float64)


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
            features, matrix = _Features.fit([v for v, _ in picked], settings)
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
                    features=features,
                    labels=tuple(trained),
                    weights=np.stack(columns, axis=1),
                    bias=np.array(biases, dtype=np.float64),
                )
        log.info("trained the learned layer on %d examples in %.2f s", len(examples), time.perf_counter() - began)
        return cls(roles, settings)

    def save(self, path: Path, key: str) -> None:
        """Write the layer (arrays only, no pickle) atomically; ``key`` says what it was trained from."""
        arrays: dict[str, Any] = {
            "format": np.array(SAVE_FORMAT),
            "key": np.array(key),
            "settings": np.array(json.dumps(dataclasses.asdict(self.settings), sort_keys=True)),
            "roles": np.array(sorted(self._roles)),
        }
        for role, model in self._roles.items():
            arrays[f"{role}.labels"] = np.array(model.labels)
            arrays[f"{role}.weights"] = model.weights
            arrays[f"{role}.bias"] = model.bias
            for part in model.features.parts:
                arrays[f"{role}.{part.kind}.terms"] = np.array(part.terms, dtype=str)
                arrays[f"{role}.{part.kind}.idf"] = part.idf
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        with partial.open("wb") as handle:
            np.savez(handle, **arrays)
        os.replace(partial, path)

    @classmethod
    def load(cls, path: Path, key: str) -> LearnedLayer | None:
        """The layer saved at ``path`` if it was trained from ``key``; None when missing, stale or unreadable."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                if str(saved["format"]) != SAVE_FORMAT or str(saved["key"]) != key:
                    return None
                settings = Settings(**json.loads(str(saved["settings"])))
                roles: dict[str, _RoleModel] = {}
                for role in (str(r) for r in saved["roles"]):
                    parts = [
                        _Part.of(kind, saved[f"{role}.{kind}.terms"].tolist(), saved[f"{role}.{kind}.idf"])
                        for kind in _part_kinds(settings)
                    ]
                    roles[role] = _RoleModel(
                        features=_Features(settings, parts),
                        labels=tuple(str(label) for label in saved[f"{role}.labels"]),
                        weights=saved[f"{role}.weights"],
                        bias=saved[f"{role}.bias"],
                    )
        except FileNotFoundError:
            return None
        except (OSError, EOFError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
            log.warning("ignoring the saved learned layer %s (%s); training it again", path, type(exc).__name__)
            return None
        return cls(roles, settings)

    def probabilities(self, view: TextView, role: str) -> dict[str, float]:
        model = self._roles.get(role)
        if model is None:
            return {}
        indices, values = model.features.vector(view)
        scores = values @ model.weights[indices] + model.bias
        probs = 1.0 / (1.0 + np.exp(-scores))
        return {label: float(p) for label, p in zip(model.labels, probs, strict=True)}

    def explain(self, view: TextView, role: str, label: str) -> str:
        """The surface words behind the n-grams that pushed this label up most (evidence for a model finding)."""
        model = self._roles.get(role)
        if model is None or label not in model.labels:
            return ""
        column = model.labels.index(label)
        indices, values = model.features.vector(view)
        surface = view.surface.lower()
        scores = [0.0] * len(surface)
        for idx, value in zip(indices, values, strict=True):
            contribution = float(value) * float(model.weights[idx, column])
            gram = model.features.name(int(idx))
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
