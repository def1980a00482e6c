"""benchmarks/label_agreement.py: per-label F1 and Cohen's kappa between gold and an independent re-labelling."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "label_agreement.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("label_agreement", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = [
    {"speaker": "staff", "labels": ["argue"]},
    {"speaker": "staff", "labels": ["argue"]},
    {"speaker": "staff", "labels": []},
    {"speaker": "staff", "labels": []},
    {"speaker": "customer", "labels": ["fact"]},
]


def test_kappa_and_f1_count_only_the_lines_a_label_is_allowed_on() -> None:
    other = {0: ["argue"], 1: [], 2: ["argue"], 3: [], 4: ["fact"]}
    table = {row[0]: row[1:] for row in _module().agreement(GOLD, other)}
    gold_n, other_n, both, f1, kappa = table["argue"]
    assert (gold_n, other_n, both) == (2, 2, 1)
    assert f1 == pytest.approx(0.5)
    assert kappa == pytest.approx(0.0)  # 2 of 4 staff lines agree, as chance would
    assert table["fact"][3:] == (1.0, 1.0)


def test_a_relabelling_that_skips_lines_is_refused(tmp_path: Path) -> None:
    gold, other = tmp_path / "gold.jsonl", tmp_path / "other.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    other.write_text(json.dumps({"i": 0, "labels": []}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="expected indices 0–4"):
        _module().main([str(gold), str(other)])
