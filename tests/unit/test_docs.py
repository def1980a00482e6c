"""The README tells the truth: every setting, command, label and event type it names exists, and back."""

from __future__ import annotations

import re
from pathlib import Path

from companion.cli import build_parser
from companion.config import Settings
from companion.model import ALL_LABELS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme_and_back() -> None:
    documented = set(re.findall(r"`COMPANION_([A-Z_]+)`", README)) - {"SETTINGS_FILE", "VENV", "TEST_POSTGRES_URL"}
    fields = {name.upper() for name in Settings.model_fields}
    assert fields <= documented, f"settings missing from the README: {fields - documented}"
    assert documented <= fields, f"README names settings that do not exist: {documented - fields}"


def test_every_command_is_in_the_readme() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert f"`companion {name}" in README, name
        for action in command._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"{name} {flag}"


def test_labels_named_in_the_readme_exist() -> None:
    for label in re.findall(r"label `([a-z_]+)`", README):
        assert label in ALL_LABELS
