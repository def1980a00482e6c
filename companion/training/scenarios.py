"""The scenario library: shipped role-plays (data files beside this module) and their validation.

A scenario says what the trainee faces (situation, customer persona), in which language, which of the
playbook's steps are expected and whether the persona's behaviour calls for a supervisor. Trainers' own
scenarios are stored in the database (storage/training.py) and validated by the same model.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from companion.analysis.playbook import LANGUAGE_HINT, check_known, load_playbook
from companion.errors import CompanionError
from companion.model import LANGUAGES


class ScenarioError(CompanionError):
    """A scenario is invalid (unknown step, language or playbook...)."""

    http_status = 422


class ScenarioSpec(BaseModel):
    """What a trainer writes; the id and dates are the library's."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    language: str
    title: str = Field(min_length=1, max_length=200)
    situation: str = Field(default="", max_length=5000)
    persona: str = Field(default="", max_length=5000)
    expected_steps: list[str] = Field(min_length=1)
    expect_escalation: bool | None = None
    playbook: str = Field(default="default", min_length=1, max_length=64)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        check_known([value], LANGUAGES, "language", LANGUAGE_HINT)
        return value

    @model_validator(mode="after")
    def _steps_of_the_playbook(self) -> ScenarioSpec:
        try:
            book = load_playbook(self.playbook)
        except CompanionError as exc:
            raise ValueError(str(exc)) from None
        unknown = [s for s in self.expected_steps if s not in book.step_ids]
        if unknown:
            raise ValueError(f"step {unknown[0]!r} is not in playbook {book.name!r} ({', '.join(book.step_ids)})")
        self.expected_steps = [s for s in book.step_ids if s in self.expected_steps]  # playbook order, once each
        return self


def validate_scenario(data: Any, where: str = "scenario") -> dict[str, Any]:
    """A validated scenario body as a dict, or ScenarioError naming the field."""
    try:
        return ScenarioSpec.model_validate(data).model_dump()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise ScenarioError(f"{where}: {field}: {first['msg']}") from None


@cache
def builtin_scenarios() -> tuple[dict[str, Any], ...]:
    """The shipped scenarios, sorted by language then id."""
    folder = resources.files("companion.training").joinpath("scenarios")
    out: list[dict[str, Any]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "id" not in data:
            raise ScenarioError(f"{entry.name}: a scenario is a mapping with an id")
        scenario_id = str(data.pop("id"))
        body = validate_scenario(data, entry.name)
        out.append({"id": scenario_id, "builtin": True, **body, "created_at": None, "updated_at": None})
    order = {lang: n for n, lang in enumerate(LANGUAGES)}
    return tuple(sorted(out, key=lambda s: (order[s["language"]], s["id"])))


def builtin_scenario(scenario_id: str) -> dict[str, Any] | None:
    return next((dict(s) for s in builtin_scenarios() if s["id"] == scenario_id), None)
