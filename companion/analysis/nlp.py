"""The one module that builds spaCy pipelines, and the ASR-text normalisation in front of them.

Japanese: ``spacy.blank("ja")`` with SudachiPy + SudachiDict-core, split mode C (norm and reading forms).
Chinese: OpenCC ``tw2sp`` then ``spacy.blank("zh")`` (character segmentation).
English: ``spacy.blank("en")``.

Pipelines are built lazily, once per language, and shared (``Pipelines`` is thread-safe to build).
Nothing is downloaded. The filler, confusion and contraction lists are data (``data/normalise.yaml``).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from companion.model import LANGUAGES

log = logging.getLogger(__name__)

_PUNCT = "、。，,.!?！？；;：:「」『』（）()…・~〜"
_LONG_AFTER_HIRAGANA = re.compile(r"(?<=[\u3041-\u3096])[ー〜~]+")
_SPACES = re.compile(r"\s+")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    norm: str
    reading: str
    start: int  # character offset in TextView.surface


@dataclass(frozen=True, slots=True)
class TextView:
    """One utterance as the rules see it.

    ``surface`` is the normalised text; ``reading`` (Japanese) the katakana readings of its tokens,
    concatenated; ``norm`` the normalised forms concatenated (Japanese) or space-separated (English).
    ``reading_spans`` and ``norm_spans`` map each token to its character range in those strings.
    """

    language: str
    original: str
    surface: str
    tokens: tuple[Token, ...]
    reading: str
    norm: str
    reading_spans: tuple[tuple[int, int], ...]
    norm_spans: tuple[tuple[int, int], ...]

    def view(self, name: str) -> str:
        if name == "reading":
            return self.reading
        if name == "norm":
            return self.norm
        return self.surface

    def surface_of(self, view: str, start: int, end: int) -> str:
        """The surface words behind a match in another view (for evidence)."""
        if view == "surface":
            return self.surface[start:end]
        spans = self.reading_spans if view == "reading" else self.norm_spans
        picked = [t for t, (a, b) in zip(self.tokens, spans, strict=True) if a < end and b > start]
        if not picked:
            return ""
        first, last = picked[0], picked[-1]
        return self.surface[first.start : last.start + len(last.text)]


@dataclass(frozen=True, slots=True)
class NormaliseRules:
    always: tuple[str, ...]
    isolated: tuple[str, ...]
    isolated_needs_punctuation: bool
    confusions: tuple[tuple[str, str], ...]
    contractions: dict[str, str]


@cache
def normalise_rules(language: str) -> NormaliseRules:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("companion.analysis").joinpath("data/normalise.yaml").read_text(encoding="utf-8")
    )
    section: dict[str, Any] = raw.get(language) or {}
    fillers: dict[str, Any] = section.get("fillers") or {}
    confusions: dict[str, str] = section.get("confusions") or {}
    return NormaliseRules(
        always=tuple(sorted(fillers.get("always") or [], key=len, reverse=True)),
        isolated=tuple(sorted(fillers.get("isolated") or [], key=len, reverse=True)),
        isolated_needs_punctuation=bool(fillers.get("isolated_needs_punctuation", False)),
        confusions=tuple(sorted(confusions.items(), key=lambda kv: len(kv[0]), reverse=True)),
        contractions=dict(section.get("contractions") or {}),
    )


@cache
def _filler_regexes(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    rules = normalise_rules(language)
    left = rf"(?:^|(?<=[\s{re.escape(_PUNCT)}]))"
    right_isolated = (
        rf"(?=[{re.escape(_PUNCT)}]|$)" if rules.isolated_needs_punctuation else rf"(?=[\s{re.escape(_PUNCT)}]|$)"
    )
    flags = re.IGNORECASE
    always = (
        re.compile(left + "(?:" + "|".join(map(re.escape, rules.always)) + r")(?![A-Za-z])[\s、,，]*", flags)
        if rules.always
        else None
    )
    isolated = (
        re.compile(left + "(?:" + "|".join(map(re.escape, rules.isolated)) + ")" + right_isolated + r"[、,，]?", flags)
        if rules.isolated
        else None
    )
    return always, isolated


def normalise(text: str, language: str) -> str:
    """ASR-text clean-up before tokenising: NFKC, fillers, long marks, spaces, confusions, apostrophes."""
    rules = normalise_rules(language)
    out = unicodedata.normalize("NFKC", text).strip()
    if language == "zh":
        out = _to_simplified(out)
    always, isolated = _filler_regexes(language)
    # Fillers go before the long marks: あのー is a filler, あの alone is a determiner.
    for _ in range(2):
        if always is not None:
            out = always.sub("", out)
        if isolated is not None:
            out = isolated.sub("", out)
    if language == "ja":
        out = _LONG_AFTER_HIRAGANA.sub("", out)
    for wrong, right in rules.confusions:
        out = out.replace(wrong, right)
    if language == "en":
        out = _SPACES.sub(" ", out.replace("\u2019", "'")).strip().lower()
        if rules.contractions:
            words = re.compile(r"\b(" + "|".join(map(re.escape, rules.contractions)) + r")\b")
            out = words.sub(lambda m: rules.contractions[m.group(1)], out)
    else:
        # ASR puts spaces anywhere, inside phrases too (申し訳 ございません): drop them.
        out = _SPACES.sub("", out)
        out = re.sub(r"[、,，]{2,}", "、", out)
        out = out.strip("、,， ")
    return out


@cache
def _opencc(config: str = "tw2sp") -> Any:
    import opencc

    return opencc.OpenCC(config)


def _to_simplified(text: str) -> str:
    """Traditional (Taiwan) text to Simplified with mainland wording; Simplified text is left alone.

    tw2sp also rewrites Taiwan *phrases*, and some are ordinary Simplified words too: run on Simplified
    text it turns 程序 (procedure) and 行程 (itinerary) into 进程 (a computing process).
    """
    if _opencc("t2s").convert(text) == text:
        return text
    return str(_opencc().convert(text))


def detect_language(text: str) -> str:
    """kana → ja; Han only → zh; else en."""
    if _KANA.search(text):
        return "ja"
    if _HAN.search(text):
        return "zh"
    return "en"


class Pipelines:
    """Lazily built spaCy pipelines, one per language, shared by every call."""

    def __init__(self) -> None:
        self._nlp: dict[str, Any] = {}
        self._lock = threading.Lock()

    def nlp(self, language: str) -> Any:
        nlp = self._nlp.get(language)
        if nlp is None:
            with self._lock:
                nlp = self._nlp.get(language)
                if nlp is None:
                    nlp = _build(language)
                    self._nlp[language] = nlp
        return nlp

    def analyse(self, text: str, language: str) -> TextView:
        surface = normalise(text, language)
        doc = self.nlp(language)(surface)
        tokens: list[Token] = []
        for tok in doc:
            if tok.is_space:
                continue
            if language == "ja":
                readings = tok.morph.get("Reading")
                reading = readings[0] if readings else tok.text
                norm = tok.norm_
            else:
                reading = tok.text
                norm = tok.norm_
            tokens.append(Token(text=tok.text, norm=norm, reading=reading, start=tok.idx))
        sep = " " if language == "en" else ""
        reading, reading_spans = _join([t.reading for t in tokens], "")
        norm, norm_spans = _join([t.norm for t in tokens], sep)
        return TextView(
            language=language,
            original=text,
            surface=surface,
            tokens=tuple(tokens),
            reading=reading,
            norm=norm,
            reading_spans=reading_spans,
            norm_spans=norm_spans,
        )


def _join(parts: list[str], sep: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, part in enumerate(parts):
        if i:
            pos += len(sep)
        spans.append((pos, pos + len(part)))
        pos += len(part)
    return sep.join(parts), tuple(spans)


def _build(language: str) -> Any:
    if language not in LANGUAGES:
        raise ValueError(f"no pipeline for language {language!r}")
    import spacy

    if language == "ja":
        nlp = spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": "C"}}})
    elif language == "zh":
        nlp = spacy.blank("zh")  # character segmentation: nothing to download
        _opencc()
        _opencc("t2s")
    else:
        nlp = spacy.blank("en")
    log.info("built the %s spaCy pipeline", language)
    return nlp
