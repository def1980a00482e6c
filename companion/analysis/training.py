"""Training data and measurement for the learned layer (build time; the engine never imports this).

- ``build_training_files(corpus_dir)``: writes ``data/train_<lang>.jsonl`` = the seed sentences
  (``data/seed_<lang>.jsonl``) + the corpus's sentence bank (``bank/``) + its **dev** split. The blind split is
  never read here.
- ``cross_validate(corpus_dir, language)``: grouped k-fold over the dev calls, comparing rules only,
  model only and rules + model at several thresholds; what ``python -m companion.analysis.training cv`` prints.
- ``score`` / ``Scores``: per-label precision, recall, F1 (shared with benchmarks/analysis_bench.py).
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from companion.analysis.labeler import Combination, Labeler
from companion.analysis.learned import Example, LearnedLayer, Settings, parse_examples
from companion.analysis.nlp import Pipelines, TextView
from companion.analysis.playbook import load_playbook
from companion.analysis.rules import RuleSet
from companion.model import ALL_LABELS, CUSTOMER_LABELS, LANGUAGES, STAFF_LABELS, Speaker

log = logging.getLogger(__name__)

DATA_DIR = Path(str(resources.files("companion.analysis").joinpath("data")))


@dataclass(frozen=True, slots=True)
class CorpusLine:
    call: str
    speaker: str
    text: str
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusCall:
    call: str
    language: str
    lines: tuple[CorpusLine, ...]
    escalation: bool | None = None


def read_split(split_dir: Path) -> list[CorpusCall]:
    """Calls of one split (``{ja,zh,en}.jsonl`` and ``{lang}-*.jsonl`` parts + ``calls.jsonl``), in file order."""
    meta: dict[str, dict[str, object]] = {}
    calls_file = split_dir / "calls.jsonl"
    if calls_file.is_file():
        for raw in calls_file.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                meta[str(row["call"])] = row
    out: list[CorpusCall] = []
    for language in LANGUAGES:
        paths = sorted(split_dir.glob(f"{language}.jsonl")) + sorted(split_dir.glob(f"{language}-*.jsonl"))
        if not paths:
            continue
        grouped: dict[str, list[CorpusLine]] = {}
        lines_text = [raw for path in paths for raw in path.read_text(encoding="utf-8").splitlines()]
        for raw in lines_text:
            if not raw.strip():
                continue
            row = json.loads(raw)
            line = CorpusLine(str(row["call"]), str(row["speaker"]), str(row["text"]), tuple(row.get("labels") or ()))
            grouped.setdefault(line.call, []).append(line)
        for call, lines in grouped.items():
            info = meta.get(call, {})
            escalation = info.get("escalation")
            out.append(
                CorpusCall(
                    call=call,
                    language=str(info.get("language", language)),
                    lines=tuple(lines),
                    escalation=bool(escalation) if escalation is not None else None,
                )
            )
    return out


def seed_examples(language: str) -> list[Example]:
    path = DATA_DIR / f"seed_{language}.jsonl"
    if not path.is_file():
        return []
    return list(parse_examples(path.read_text(encoding="utf-8").splitlines()))


def bank_examples(corpus_dir: Path, language: str) -> list[Example]:
    """The corpus's sentence bank (``bank/<lang>.jsonl`` and parts ``bank/<lang>-N.jsonl``): single labelled staff
    lines, for training only."""
    bank = corpus_dir / "bank"
    paths = sorted(bank.glob(f"{language}.jsonl")) + sorted(bank.glob(f"{language}-*.jsonl"))
    return [e for path in paths for e in parse_examples(path.read_text(encoding="utf-8").splitlines())]


def fixed_examples(corpus_dir: Path, language: str) -> list[Example]:
    """What every training run starts from, before dev calls: the seed sentences and the sentence bank."""
    return seed_examples(language) + bank_examples(corpus_dir, language)


def call_examples(calls: Iterable[CorpusCall]) -> list[Example]:
    return [Example(line.speaker, line.text, line.labels) for call in calls for line in call.lines]


def build_training_files(corpus_dir: Path, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """seed + sentence bank + dev split → data/train_<lang>.jsonl. Returns the number of examples per language."""
    dev = read_split(corpus_dir / "dev")
    counts: dict[str, int] = {}
    for language in LANGUAGES:
        examples = fixed_examples(corpus_dir, language) + call_examples(c for c in dev if c.language == language)
        path = out_dir / f"train_{language}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for e in examples:
                row = {"speaker": e.speaker, "text": e.text, "labels": list(e.labels)}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts[language] = len(examples)
    return counts


# ---------------------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Scores:
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)

    def add(self, gold: Iterable[str], predicted: Iterable[str], allowed: Iterable[str] = ALL_LABELS) -> None:
        g, p = set(gold), set(predicted)
        for label in allowed:
            if label in g and label in p:
                self.tp[label] = self.tp.get(label, 0) + 1
            elif label in p:
                self.fp[label] = self.fp.get(label, 0) + 1
            elif label in g:
                self.fn[label] = self.fn.get(label, 0) + 1

    def support(self, label: str) -> int:
        return self.tp.get(label, 0) + self.fn.get(label, 0)

    def prf(self, label: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp.get(label, 0), self.fp.get(label, 0), self.fn.get(label, 0)
        precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def labels(self) -> list[str]:
        return [label for label in ALL_LABELS if self.support(label) > 0]

    def macro_f1(self) -> float:
        labels = self.labels()
        return sum(self.prf(label)[2] for label in labels) / len(labels) if labels else 0.0


def allowed_for(speaker: str) -> tuple[str, ...]:
    if speaker == "staff":
        return STAFF_LABELS
    if speaker == "customer":
        return CUSTOMER_LABELS
    return ALL_LABELS


# ---------------------------------------------------------------------------------------------- CV


def _folds(calls: Sequence[CorpusCall], k: int) -> list[list[CorpusCall]]:
    folds: list[list[CorpusCall]] = [[] for _ in range(k)]
    for i, call in enumerate(sorted(calls, key=lambda c: c.call)):
        folds[i % k].append(call)
    return folds


def combinations(language: str = "ja") -> dict[str, Combination]:
    out = {
        "rules": Combination(use_model=False),
        "model@0.5": Combination(use_rules=False, threshold=0.5, vetoes_block_model=False),
    }
    for t in (0.4, 0.5, 0.6, 0.7, 0.8):
        out[f"rules+model@{t}"] = Combination(threshold=t)
    out["rules+model@0.6 no-veto"] = Combination(threshold=0.6, vetoes_block_model=False)
    shipped = load_playbook(None).learned
    out["playbook"] = Combination.from_playbook(shipped, language)
    return out


def cross_validate(
    corpus_dir: Path,
    language: str,
    k: int = 5,
    settings: Settings | None = None,
    pipelines: Pipelines | None = None,
    include_seeds: bool = True,
    mistakes: list[tuple[str, str, CorpusLine, set[str]]] | None = None,
) -> dict[str, Scores]:
    """k-fold CV on dev, folds grouped by call. ``mistakes`` collects (combination, call, line, predicted)
    for every line a combination got wrong."""
    pipelines = pipelines or Pipelines()
    book = load_playbook(None)
    rules = RuleSet(book, language)
    dev = [c for c in read_split(corpus_dir / "dev") if c.language == language]
    seeds = fixed_examples(corpus_dir, language) if include_seeds else []
    seed_views = [pipelines.analyse(e.text, language) for e in seeds]
    view_cache: dict[str, TextView] = {}

    def view(text: str) -> TextView:
        if text not in view_cache:
            view_cache[text] = pipelines.analyse(text, language)
        return view_cache[text]

    results = {name: Scores() for name in combinations(language)}
    for fold in _folds(dev, k):
        held = {c.call for c in fold}
        train = call_examples(c for c in dev if c.call not in held)
        layer = LearnedLayer.train(seed_views + [view(e.text) for e in train], seeds + train, settings)
        for name, combo in combinations(language).items():
            labeler = Labeler(rules, layer, combo)
            for call in fold:
                for line in call.lines:
                    found = {f.label for f in labeler.label(view(line.text), Speaker(line.speaker))}
                    results[name].add(line.labels, found, allowed_for(line.speaker))
                    if mistakes is not None and found != set(line.labels):
                        mistakes.append((name, call.call, line, found))
    return results


def print_scores(title: str, scores: Scores) -> None:
    print(f"{title}: macro-F1 {scores.macro_f1():.3f}")
    for label in scores.labels():
        p, r, f = scores.prf(label)
        print(f"    {label:20} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (n={scores.support(label)})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m companion.analysis.training")
    parser.add_argument("command", choices=["build", "cv", "errors"])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--ngram-max", type=int, default=3)
    parser.add_argument("--c", type=float, default=4.0)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--no-seeds", action="store_true", help="train the folds on dev only (no seeds, no bank)")
    parser.add_argument("--combination", default="rules", help="errors: whose mistakes to list")
    args = parser.parse_args(argv)
    if args.command == "build":
        for language, n in build_training_files(args.corpus).items():
            print(f"train_{language}.jsonl: {n} examples")
        return 0
    settings = Settings(ngram_max=args.ngram_max, c=args.c)
    pipelines = Pipelines()
    for language in args.language or list(LANGUAGES):
        mistakes: list[tuple[str, str, CorpusLine, set[str]]] = []
        results = cross_validate(args.corpus, language, args.folds, settings, pipelines, not args.no_seeds, mistakes)
        if args.command == "errors":
            for name, call, line, found in mistakes:
                if name == args.combination:
                    missing, extra = set(line.labels) - found, found - set(line.labels)
                    lost, added = ",".join(sorted(missing)), ",".join(sorted(extra))
                    print(f"{call} {line.speaker:8} -{lost:24} +{added:20} {line.text}")
            continue
        print(f"== {language} ({args.folds}-fold CV on dev, grouped by call)")
        for name, scores in results.items():
            if args.verbose:
                print_scores(name, scores)
            else:
                worst = min((scores.prf(label)[2], label) for label in scores.labels()) if scores.labels() else (0, "")
                print(f"  {name:26} macro-F1 {scores.macro_f1():.3f}  worst {worst[1]} {worst[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
