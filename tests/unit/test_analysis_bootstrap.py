"""benchmarks/analysis_bench.py: call-level bootstrap intervals around per-label F1, and caution alerts a call."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from companion.analysis.training import Scores

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "analysis_bench.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("analysis_bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _call(gold: list[list[str]], predicted: list[list[str]]) -> Scores:
    scores = Scores()
    for g, p in zip(gold, predicted, strict=True):
        scores.add(g, p, ("argue", "apology"))
    return scores


def _result(bench: ModuleType, calls: list[Scores]) -> object:
    result = bench.Result()
    result.per_call.extend(("zh", call) for call in calls)
    result.scores["zh"] = bench._merge(calls)
    return result


def test_perfect_calls_give_a_point_interval() -> None:
    bench = _module()
    calls = [_call([["argue"], ["apology"]], [["argue"], ["apology"]]) for _ in range(5)]
    intervals = bench.bootstrap(_result(bench, calls), 200)
    assert (intervals["zh/argue"].low, intervals["zh/argue"].high) == (1.0, 1.0)
    assert intervals["zh/argue"].at_floor == 1.0
    assert intervals["macro"].low == 1.0


def test_mixed_calls_give_an_interval_around_the_point_estimate() -> None:
    bench = _module()
    good = [_call([["argue"], []], [["argue"], []]) for _ in range(6)]
    bad = [_call([["argue"], []], [[], ["argue"]]) for _ in range(4)]  # one miss and one false alarm each
    result = _result(bench, good + bad)
    point = result.scores["zh"].prf("argue")[2]
    assert point == 0.6
    ci = bench.bootstrap(result, 500, seed=1)["zh/argue"]
    assert ci.low < point < ci.high
    assert 0.0 < ci.at_floor < 0.5  # 0.75 needs a resample with at most one bad call in ten or so
    again = bench.bootstrap(result, 500, seed=1)["zh/argue"]
    assert (again.low, again.high, again.at_floor) == (ci.low, ci.high, ci.at_floor)  # seeded: reproducible


def test_labels_without_gold_are_left_out() -> None:
    bench = _module()
    calls = [_call([["argue"]], [["argue", "apology"]])]  # apology only ever predicted, never gold
    intervals = bench.bootstrap(_result(bench, calls), 50)
    assert "zh/apology" not in intervals
    assert "zh/argue" in intervals


def test_caution_alerts_per_call_count_raised_wrong_and_gold() -> None:
    bench = _module()
    result = bench.Result()
    result.calls_by_language["ja"] = 2
    result.scores["ja"].add(["argue"], ["argue"], ("argue", "excuse", "apology"))  # right alert
    result.scores["ja"].add([], ["excuse", "apology"], ("argue", "excuse", "apology"))  # wrong alert; a step ignored
    result.scores["ja"].add(["excuse"], [], ("argue", "excuse", "apology"))  # missed caution
    assert result.caution_alerts("ja") == {"raised": 1.0, "wrong": 0.5, "gold": 1.0}
