"""Analysis benchmark: the shipped engine against the labelled corpus, and a plain keyword baseline.

    .venv/bin/python benchmarks/analysis_bench.py [--corpus corpus] [--split blind --split dev] [--json]

Prints, per split: per-label precision / recall / F1 per language, macro-F1, call-level exact match of
missed_steps and order_issues (gold derived from the gold labels with the contract's definitions),
escalation accuracy, and ms per utterance (p50 / p95) for Japanese — for the engine and for the baseline.
The learned layer is trained on seed sentences + the dev split, so dev numbers are in-sample: only the
blind split is an estimate.

With ``--bootstrap N`` (default 1000; 0 turns it off) the engine's per-label F1 and the macro-F1 also get a 95 %
interval from resampling whole calls with replacement within each language, and each label the share of
resamples in which its F1 reaches 0.75: with 25 examples of a label, one line more or less moves F1 by about
0.03, and these say how far a single number can be trusted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# Measure the tree this script sits in (a git worktree of an older commit, say), not whatever `companion` the
# virtualenv has installed in editable mode.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import load_playbook
from companion.analysis.procedure import missed_steps, order_issues
from companion.analysis.training import CorpusCall, Scores, allowed_for, read_split
from companion.model import CAUTION_LABELS, LANGUAGES, Speaker


def _merge(parts: list[Scores]) -> Scores:
    total = Scores()
    for part in parts:
        for src, dst in ((part.tp, total.tp), (part.fp, total.fp), (part.fn, total.fn)):
            for k, v in src.items():
                dst[k] = dst.get(k, 0) + v
    return total


@dataclass(slots=True)
class Result:
    scores: dict[str, Scores] = field(default_factory=lambda: {lang: Scores() for lang in LANGUAGES})
    missed_ok: int = 0
    order_ok: int = 0
    both_ok: int = 0
    escalation_ok: int = 0
    escalation_n: int = 0
    calls: int = 0
    ms_ja: list[float] = field(default_factory=list)
    per_call: list[tuple[str, Scores]] = field(default_factory=list)
    calls_by_language: dict[str, int] = field(default_factory=dict)

    def caution_alerts(self, language: str) -> dict[str, float]:
        """Staff-caution alerts a call: how many the engine raised, how many of them were wrong, how many gold has.
        What a staff member sees on the panel, and how often it would be wrong."""
        scores, n = self.scores[language], max(self.calls_by_language.get(language, 0), 1)
        tp = sum(scores.tp.get(label, 0) for label in CAUTION_LABELS)
        fp = sum(scores.fp.get(label, 0) for label in CAUTION_LABELS)
        fn = sum(scores.fn.get(label, 0) for label in CAUTION_LABELS)
        return {"raised": round((tp + fp) / n, 2), "wrong": round(fp / n, 2), "gold": round((tp + fn) / n, 2)}

    def macro(self) -> float:
        """Mean F1 over every (language, label) pair with gold support."""
        f1s = [s.prf(label)[2] for s in self.scores.values() for label in s.labels()]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def as_dict(self) -> dict[str, Any]:
        per: dict[str, Any] = {}
        for lang, s in self.scores.items():
            per[lang] = {
                label: dict(zip(("p", "r", "f1"), (round(v, 3) for v in s.prf(label)), strict=True))
                | {"n": s.support(label)}
                for label in s.labels()
            } | {"caution_alerts_per_call": self.caution_alerts(lang)}
        n = max(self.calls, 1)
        return {
            "macro_f1": round(self.macro(), 3),
            "min_label_f1": round(min((s.prf(lb)[2] for s in self.scores.values() for lb in s.labels()), default=0), 3),
            "per_language": per,
            "missed_steps_exact": round(self.missed_ok / n, 3),
            "order_issues_exact": round(self.order_ok / n, 3),
            "both_exact": round(self.both_ok / n, 3),
            "escalation_accuracy": round(self.escalation_ok / max(self.escalation_n, 1), 3),
            "calls": self.calls,
            "ja_ms_p50": round(statistics.median(self.ms_ja), 3) if self.ms_ja else None,
            "ja_ms_p95": round(_p95(self.ms_ja), 3) if self.ms_ja else None,
        }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def gold_procedure(call: CorpusCall, steps: tuple[str, ...], required: list[str]) -> tuple[list[str], list[str]]:
    staff = [list(line.labels) for line in call.lines if line.speaker in ("staff", "unknown")]
    performed = {label for labels in staff for label in labels}
    return missed_steps(steps, required, performed), order_issues(steps, staff)


def run_engine(engine: PlaybookEngine, calls: list[CorpusCall]) -> Result:
    book = load_playbook(None)
    required = [s.id for s in book.steps if s.required]
    result = Result()
    for call in calls:
        analyzer = engine.start_call(call.language)
        call_scores = Scores()
        for index, line in enumerate(call.lines):
            began = time.perf_counter()
            analysis = analyzer.on_utterance(index, Speaker(line.speaker), line.text)
            elapsed = (time.perf_counter() - began) * 1000
            if call.language == "ja":
                result.ms_ja.append(elapsed)
            result.scores[call.language].add(line.labels, analysis.labels, allowed_for(line.speaker))
            call_scores.add(line.labels, analysis.labels, allowed_for(line.speaker))
        result.per_call.append((call.language, call_scores))
        summary = analyzer.summary()
        _score_call(result, call, summary.missed_steps, summary.order_issues, summary.escalation, book, required)
    return result


def _score_call(
    result: Result, call: CorpusCall, missed: list[str], issues: list[str], escalation: bool, book: Any, req: list[str]
) -> None:
    gold_missed, gold_issues = gold_procedure(call, book.step_ids, req)
    result.calls += 1
    result.calls_by_language[call.language] = result.calls_by_language.get(call.language, 0) + 1
    result.missed_ok += missed == gold_missed
    result.order_ok += issues == gold_issues
    result.both_ok += missed == gold_missed and issues == gold_issues
    if call.escalation is not None:
        result.escalation_n += 1
        result.escalation_ok += escalation == call.escalation


def run_baseline(calls: list[CorpusCall]) -> Result:
    """Plain keyword substring matching, speaker-gated; escalation on any threat / unreasonable demand."""
    keywords: dict[str, dict[str, list[str]]] = yaml.safe_load(
        resources.files("companion.analysis").joinpath("data/baseline_keywords.yaml").read_text(encoding="utf-8")
    )
    book = load_playbook(None)
    required = [s.id for s in book.steps if s.required]
    result = Result()
    for call in calls:
        table = keywords.get(call.language, {})
        staff_labels: list[list[str]] = []
        harassment = False
        for line in call.lines:
            began = time.perf_counter()
            allowed = allowed_for(line.speaker)
            text = line.text.lower()
            predicted = [label for label in allowed if any(k.lower() in text for k in table.get(label, []))]
            elapsed = (time.perf_counter() - began) * 1000
            if call.language == "ja":
                result.ms_ja.append(elapsed)
            result.scores[call.language].add(line.labels, predicted, allowed)
            if line.speaker in ("staff", "unknown"):
                staff_labels.append(predicted)
            harassment = harassment or any(p in ("threat", "unreasonable_demand") for p in predicted)
        performed = {label for labels in staff_labels for label in labels}
        missed = missed_steps(book.step_ids, required, performed)
        issues = order_issues(book.step_ids, staff_labels)
        _score_call(result, call, missed, issues, harassment, book, required)
    return result


FLOOR = 0.75


@dataclass(slots=True)
class Interval:
    low: float
    high: float
    at_floor: float  # share of resamples with F1 >= FLOOR

    def as_dict(self) -> dict[str, float]:
        return {"ci95": [round(self.low, 3), round(self.high, 3)], f"share_at_least_{FLOOR}": round(self.at_floor, 3)}


def bootstrap(result: Result, draws: int, seed: int = 0) -> dict[str, Interval]:
    """95 % intervals for each (language, label) F1 and the macro-F1, resampling whole calls within each language.

    Keys are ``"<lang>/<label>"`` and ``"macro"``. A label absent from a resample (no gold, no prediction) is left out
    of that resample's macro, as in the point estimate.
    """
    rng = random.Random(seed)
    by_language: dict[str, list[Scores]] = {}
    for language, scores in result.per_call:
        by_language.setdefault(language, []).append(scores)
    wanted = [(lang, label) for lang, s in result.scores.items() for label in s.labels()]
    samples: dict[str, list[float]] = {f"{lang}/{label}": [] for lang, label in wanted} | {"macro": []}
    for _ in range(draws):
        merged = {lang: _merge([rng.choice(calls) for _ in calls]) for lang, calls in by_language.items()}
        f1s = []
        for lang, label in wanted:
            scores = merged.get(lang)
            if scores is None or not scores.support(label):
                continue
            f1 = scores.prf(label)[2]
            samples[f"{lang}/{label}"].append(f1)
            f1s.append(f1)
        if f1s:
            samples["macro"].append(sum(f1s) / len(f1s))
    out = {}
    for key, values in samples.items():
        if not values:
            continue
        values.sort()
        out[key] = Interval(
            values[round(0.025 * (len(values) - 1))],
            values[round(0.975 * (len(values) - 1))],
            sum(v >= FLOOR for v in values) / len(values),
        )
    return out


def print_result(title: str, result: Result, intervals: dict[str, Interval] | None = None) -> None:
    d = result.as_dict()
    print(f"\n### {title}")
    for lang in LANGUAGES:
        scores = result.scores[lang]
        if not scores.labels():
            continue
        alerts = result.caution_alerts(lang)
        print(
            f"  {lang}: macro-F1 {scores.macro_f1():.3f}   caution alerts a call: {alerts['raised']:.2f} raised, "
            f"{alerts['wrong']:.2f} of them wrong (gold {alerts['gold']:.2f})"
        )
        for label in scores.labels():
            p, r, f = scores.prf(label)
            line = f"    {label:20} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  n={scores.support(label)}"
            if intervals and f"{lang}/{label}" in intervals:
                ci = intervals[f"{lang}/{label}"]
                line += f"   95% [{ci.low:.2f}, {ci.high:.2f}]  F1>={FLOOR} in {ci.at_floor:.0%} of resamples"
            print(line)
    macro = f"  macro-F1 (all language×label pairs): {d['macro_f1']:.3f}"
    if intervals and "macro" in intervals:
        macro += f" (95% [{intervals['macro'].low:.3f}, {intervals['macro'].high:.3f}])"
    print(f"{macro}   lowest label F1: {d['min_label_f1']:.3f}")
    print(
        f"  calls: {d['calls']}   missed_steps exact: {d['missed_steps_exact']:.3f}   "
        f"order_issues exact: {d['order_issues_exact']:.3f}   both: {d['both_exact']:.3f}"
    )
    print(
        f"  escalation accuracy: {d['escalation_accuracy']:.3f}   "
        f"ja ms/utterance p50 {d['ja_ms_p50']} p95 {d['ja_ms_p95']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    parser.add_argument("--split", action="append", choices=["dev", "blind"])
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout instead of tables")
    parser.add_argument("--bootstrap", type=int, default=1000, help="resamples of whole calls for the 95%% intervals")
    args = parser.parse_args(argv)
    splits = args.split or ["dev", "blind"]
    engine = PlaybookEngine()
    began = time.perf_counter()
    engine.warm_up()
    warm = time.perf_counter() - began
    report: dict[str, Any] = {"engine_start_s": round(warm, 2)}
    for split in splits:
        calls = read_split(args.corpus / split)
        if not calls:
            print(f"no calls in {args.corpus / split}", file=sys.stderr)
            continue
        ours, base = run_engine(engine, calls), run_baseline(calls)
        intervals = bootstrap(ours, args.bootstrap) if args.bootstrap > 0 else {}
        report[split] = {"engine": ours.as_dict(), "keyword_baseline": base.as_dict()}
        if intervals:
            report[split]["engine_bootstrap"] = {key: ci.as_dict() for key, ci in intervals.items()}
        if not args.json:
            note = " (in-sample: the learned layer is trained on dev)" if split == "dev" else ""
            print_result(f"{split}: engine{note}", ours, intervals)
            print_result(f"{split}: keyword baseline", base)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"\nengine start (pipelines + training, 3 languages): {warm:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
