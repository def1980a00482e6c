"""Playbooks: validated models and the loader (bundled name or path to a YAML file).

Errors name the file and the line (from YAML node marks), e.g.
``PlaybookError("my.yaml:42: labels.apology.ja[3].re: bad regex ...")``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from companion.errors import PlaybookError, UnknownPlaybookError
from companion.model import ALL_LABELS, CUSTOMER_LABELS, LANGUAGES, STEP_LABELS

log = logging.getLogger(__name__)

View = Literal["surface", "reading", "norm"]
DEFAULT_PLAYBOOK = "default"


def check_known(values: Iterable[str], allowed: Collection[str], what: str, hint: str = "") -> None:
    """A validator's check that every name is one the project knows (labels, steps, languages)."""
    for value in values:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}{hint}")


LANGUAGE_HINT = f"; use {', '.join(LANGUAGES)}"


def _check_regex(value: str | None) -> str | None:
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"bad regular expression {value!r}: {exc}") from None
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatternSpec(_Strict):
    """One rule: a regular expression on a view of the utterance, with phrase-specific exclusions.

    ``unless_next`` is tried (with ``match``) on the text right after the hit, ``unless_prev`` (with ``search``)
    on the text before it, both in the same view; ``unless`` (``search``) on the whole normalised surface.
    """

    re: str
    view: View = "surface"
    unless_next: str | None = None
    unless_prev: str | None = None
    unless: str | None = None

    @field_validator("re", "unless_next", "unless_prev", "unless")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        return _check_regex(value)


class LabelRules(_Strict):
    """Patterns for one label, per language, and label-wide vetoes (regexes on the normalised surface)."""

    patterns: dict[str, list[PatternSpec]] = Field(default_factory=dict)
    unless: dict[str, list[str]] = Field(default_factory=dict)
    # labels that take this one's place on the same utterance (an overpromise is not counted as a solution),
    # in every language, and in one language only (annotators of one language may draw the line differently)
    excluded_by: list[str] = Field(default_factory=list)
    excluded_by_language: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        # `ja: [regex, {re: ..., unless_next: ...}]` directly under the label is the short form.
        if isinstance(data, dict) and not {"patterns", "unless", "excluded_by", "excluded_by_language"} & set(data):
            data = {"patterns": data}
        if isinstance(data, dict) and isinstance(data.get("patterns"), dict):
            data = dict(data)
            data["patterns"] = {
                lang: [{"re": p} if isinstance(p, str) else p for p in (items or [])]
                for lang, items in data["patterns"].items()
            }
        return data

    @field_validator("unless")
    @classmethod
    def _regexes(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for items in value.values():
            for item in items:
                _check_regex(item)
        return value

    @field_validator("excluded_by")
    @classmethod
    def _known_labels(cls, value: list[str]) -> list[str]:
        check_known(value, ALL_LABELS, "label")
        return value

    @field_validator("excluded_by_language")
    @classmethod
    def _known_languages_and_labels(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        check_known(value, LANGUAGES, "language", LANGUAGE_HINT)
        for labels in value.values():
            check_known(labels, ALL_LABELS, "label")
        return value

    def excluded_in(self, language: str) -> tuple[str, ...]:
        return tuple(self.excluded_by) + tuple(self.excluded_by_language.get(language, ()))


class Step(_Strict):
    id: str
    performer: Literal["staff"] = "staff"
    required: bool = True
    suggest: dict[str, str] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        check_known([value], STEP_LABELS, "step", f"; steps are {', '.join(STEP_LABELS)}")
        return value


class Escalation(_Strict):
    """When harassment signs warrant a supervisor."""

    any_of: list[str] = Field(default_factory=lambda: ["threat", "unreasonable_demand"])
    repeated: dict[str, int] = Field(default_factory=lambda: {"abuse": 2})
    repeated_demands: int = 0  # the same request noun this many times across customer turns (0 = ignore)

    @field_validator("any_of")
    @classmethod
    def _labels(cls, value: list[str]) -> list[str]:
        check_known(value, CUSTOMER_LABELS, "customer label")
        return value


class Prompts(_Strict):
    """Soft prompts besides the steps' own suggestions, per language."""

    empathy_again: dict[str, str] = Field(default_factory=dict)
    escalate: dict[str, str] = Field(default_factory=dict)
    repeated_demand: dict[str, str] = Field(default_factory=dict)


class Learned(_Strict):
    """The learned layer: on/off, and the probability a label needs when no rule fired."""

    enabled: bool = True
    threshold: float = 0.5
    thresholds: dict[str, float] = Field(default_factory=dict)  # per label, over `threshold`
    by_language: dict[str, float] = Field(default_factory=dict)  # per language, over `threshold`

    @field_validator("by_language")
    @classmethod
    def _languages(cls, value: dict[str, float]) -> dict[str, float]:
        check_known(value, LANGUAGES, "language", LANGUAGE_HINT)
        return value

    @field_validator("thresholds")
    @classmethod
    def _labels(cls, value: Any) -> Any:
        check_known(value, ALL_LABELS, "label")
        return value

    def threshold_for(self, language: str) -> float:
        return self.by_language.get(language, self.threshold)


class StepScoring(_Strict):
    missed: float = Field(default=12.0, ge=0)  # per expected step never performed
    out_of_order: float = Field(default=5.0, ge=0)  # per "<later>_before_<earlier>" pair
    closed_without_thanks: float = Field(default=5.0, ge=0)
    max: float = Field(default=60.0, ge=0)


class ApologyScoring(_Strict):
    within_s: float = Field(default=10.0, ge=0)  # seconds after the customer's first words that cost nothing
    per_second: float = Field(default=0.5, ge=0)  # then this many points per second later
    missing: float = Field(default=10.0, ge=0)  # no apology at all
    max: float = Field(default=10.0, ge=0)


class CautionScoring(_Strict):
    each: float = Field(default=4.0, ge=0)
    max: float = Field(default=20.0, ge=0)


class EscalationScoring(_Strict):
    missed: float = Field(default=15.0, ge=0)  # harassment warranted a supervisor and none was called
    unneeded: float = Field(default=5.0, ge=0)  # a supervisor was called without harassment signs
    max: float = Field(default=15.0, ge=0)
    # staff words that hand the call to a supervisor (regexes on the NFKC-normalised, lower-cased text)
    handover: dict[str, list[Regex]] = Field(default_factory=dict)

    @field_validator("handover")
    @classmethod
    def _languages(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        check_known(value, LANGUAGES, "language", LANGUAGE_HINT)
        return value


class TalkScoring(_Strict):
    # the band for the staff's share of speaking time: below it they are not engaging, above not listening
    staff_min: float = Field(default=0.15, ge=0)
    staff_max: float = Field(default=0.6, ge=0)
    per_percent: float = Field(default=0.5, ge=0)  # points per percentage point outside the band
    max: float = Field(default=10.0, ge=0)

    @model_validator(mode="after")
    def _band(self) -> TalkScoring:
        if not 0 <= self.staff_min < self.staff_max <= 1:
            raise ValueError("need 0 <= staff_min < staff_max <= 1")
        return self


class InterruptionScoring(_Strict):
    each: float = Field(default=3.0, ge=0)
    # staff speech that overlaps the customer's by less than this is turn-taking, not an interruption
    min_overlap_s: float = Field(default=0.3, ge=0)
    max: float = Field(default=12.0, ge=0)


class Scoring(_Strict):
    """The training score card: score = max(0, start - sum of each component's loss, capped at its max)."""

    start: float = Field(default=100.0, gt=0)
    steps: StepScoring = Field(default_factory=StepScoring)
    first_apology: ApologyScoring = Field(default_factory=ApologyScoring)
    cautions: CautionScoring = Field(default_factory=CautionScoring)
    escalation: EscalationScoring = Field(default_factory=EscalationScoring)
    talk_ratio: TalkScoring = Field(default_factory=TalkScoring)
    interruptions: InterruptionScoring = Field(default_factory=InterruptionScoring)


class SpeakerCue(_Strict):
    """A phrase that says who is talking: a regex on the normalised surface and its weight (log-odds)."""

    re: Regex
    weight: float = Field(default=1.0, gt=0)


class SpeakerCues(_Strict):
    """Who says what, for attributing the speech of a one-microphone recording (channel map `auto`).

    `staff` / `customer`: phrases per language; `labels`: the weight of each contract label found when the
    utterance is read as that label's speaker; `change`: how likely the next utterance is the other speaker.
    """

    staff: dict[str, list[SpeakerCue]] = Field(default_factory=dict)
    customer: dict[str, list[SpeakerCue]] = Field(default_factory=dict)
    labels: dict[str, float] = Field(default_factory=dict)
    change: float = Field(default=0.5, gt=0, lt=1)
    first_staff: float = Field(default=0.5, gt=0, lt=1)  # prior that the first speaker is the staff member
    text_limit: float = Field(default=4.0, gt=0)  # the most one utterance's words may count (log-odds)

    @field_validator("staff", "customer")
    @classmethod
    def _cue_languages(cls, value: dict[str, list[SpeakerCue]]) -> dict[str, list[SpeakerCue]]:
        check_known(value, LANGUAGES, "language", LANGUAGE_HINT)
        return value

    @field_validator("labels")
    @classmethod
    def _cue_labels(cls, value: dict[str, float]) -> dict[str, float]:
        check_known(value, ALL_LABELS, "label")
        return value


class Playbook(_Strict):
    name: str
    description: str = ""
    languages: list[str] = Field(default_factory=lambda: list(LANGUAGES))
    steps: list[Step]
    labels: dict[str, LabelRules] = Field(default_factory=dict)
    alerts: dict[str, dict[str, str]] = Field(default_factory=dict)
    prompts: Prompts = Field(default_factory=Prompts)
    escalation: Escalation = Field(default_factory=Escalation)
    learned: Learned = Field(default_factory=Learned)
    asr_prompt: dict[str, list[str]] = Field(default_factory=dict)
    scoring: Scoring = Field(default_factory=Scoring)
    speakers: SpeakerCues = Field(default_factory=SpeakerCues)
    source: str = ""

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        check_known(value, LANGUAGES, "language", LANGUAGE_HINT)
        return value

    @field_validator("labels", "alerts")
    @classmethod
    def _label_keys(cls, value: dict[str, Any]) -> dict[str, Any]:
        check_known(value, ALL_LABELS, "label")
        return value

    @field_validator("steps")
    @classmethod
    def _unique_steps(cls, value: list[Step]) -> list[Step]:
        ids = [s.id for s in value]
        if len(set(ids)) != len(ids):
            raise ValueError("a step appears twice")
        return value

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)


# ----------------------------------------------------------------------------------------------------------
# loading


def bundled_playbooks() -> list[str]:
    folder = resources.files("companion.playbooks")
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


def resolve_playbook(playbook: str | None) -> Path | str:
    """A bundled name → its resource text key; a path → Path. Unknown → UnknownPlaybookError."""
    name = playbook or DEFAULT_PLAYBOOK
    if name in bundled_playbooks():
        return name
    path = Path(name).expanduser()
    if path.suffix in (".yaml", ".yml") or "/" in name or path.exists():
        if not path.is_file():
            raise UnknownPlaybookError(f"playbook file not found: {name}")
        return path.resolve()
    raise UnknownPlaybookError(
        f"unknown playbook {name!r}; use one of {', '.join(bundled_playbooks())} or a path to a YAML file"
    )


def load_playbook(playbook: str | None = None) -> Playbook:
    """Load and validate a playbook (cached per resolved name or path and modification time)."""
    where = resolve_playbook(playbook)
    if isinstance(where, Path):
        return _load_file(str(where), where.stat().st_mtime_ns)
    return _load_bundled(where)


@cache
def _load_bundled(name: str) -> Playbook:
    text = resources.files("companion.playbooks").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return parse_playbook(text, f"{name}.yaml")


@cache
def _load_file(path: str, mtime_ns: int) -> Playbook:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlaybookError(f"{path}: cannot read the playbook: {exc}") from None
    return parse_playbook(text, path)


def parse_playbook(text: str, filename: str) -> Playbook:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise PlaybookError(f"{filename}:{line}: invalid YAML: {exc.problem or exc}") from None
    if node is None:
        raise PlaybookError(f"{filename}:1: the playbook is empty")
    lines: dict[tuple[str | int, ...], int] = {}
    _index_lines(node, (), lines)
    duplicate = _first_duplicate_key(node)
    if duplicate is not None:
        key, at, first_at = duplicate
        # YAML keeps only the last of two equal keys: the first block of rules would vanish without a word.
        raise PlaybookError(f"{filename}:{at}: {key!r} appears twice in the same mapping (first on line {first_at})")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise PlaybookError(f"{filename}:1: a playbook must be a mapping")
    data.setdefault("source", filename)
    try:
        return Playbook.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(part for part in first["loc"] if not (isinstance(part, str) and part.startswith("function-")))
        line = _line_for(loc, lines, str(first["msg"]))
        where = ".".join(str(p) for p in loc) or "(top)"
        raise PlaybookError(f"{filename}:{line}: {where}: {first['msg']}") from None


def _first_duplicate_key(node: yaml.Node) -> tuple[str, int, int] | None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            if name in seen:
                return name, key.start_mark.line + 1, seen[name]
            seen[name] = key.start_mark.line + 1
            found = _first_duplicate_key(value)
            if found is not None:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _first_duplicate_key(item)
            if found is not None:
                return found
    return None


def _index_lines(node: yaml.Node, path: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            lines[(*path, name)] = key.start_mark.line + 1
            _index_lines(value, (*path, name), lines)
            lines[(*path, name)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, (*path, i), lines)


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[str | int, ...], int], message: str = "") -> int:
    """The line of the deepest known node on the error's path (or of a key the message quotes)."""
    path = tuple(loc)
    # pydantic inserts the shorthand's "patterns" level and the "re" key of a string pattern.
    candidates = [
        path,
        tuple(p for p in path if p != "patterns"),
        tuple(p for p in path if p not in ("patterns", "re")),
    ]
    best: tuple[str | int, ...] = ()
    for candidate in candidates:
        for n in range(len(candidate), -1, -1):
            if candidate[:n] in lines:
                if n > len(best):
                    best = candidate[:n]
                break
    for key in [k for k in lines if len(k) == len(best) + 1 and k[: len(best)] == best]:
        if f"'{key[-1]}'" in message:
            return lines[key]
    return lines.get(best, 1)
