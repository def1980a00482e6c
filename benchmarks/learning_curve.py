"""Learning curve of the learned layer alone: does it still gain from more labelled calls?

    .venv/bin/python benchmarks/learning_curve.py [--corpus corpus] [--held-from ja-d57 zh-d30 en-d26] [--no-bank]

Holds out the dev calls numbered from the given ids on (per language), trains the learned layer on the seed
sentences and the sentence bank (``--no-bank``: the seeds only) plus a random quarter, half, three quarters and
all of the other dev calls (three draws each but the last), and prints its macro-F1 on the held-out calls with no
rules (threshold 0.5). The held-out calls should be ones the model has not been tuned on; rules play no part, so
rules tuned on them do not flatter the numbers.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from companion.analysis.labeler import Combination, Labeler
from companion.analysis.learned import LearnedLayer
from companion.analysis.nlp import Pipelines, TextView
from companion.analysis.playbook import load_playbook
from companion.analysis.rules import RuleSet
from companion.analysis.training import (
    CorpusLine,
    Scores,
    allowed_for,
    call_examples,
    fixed_examples,
    read_split,
    seed_examples,
)
from companion.model import LANGUAGES, Speaker

CALL_ID = re.compile(r"^(ja|zh|en)-d(\d+)$")
FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def held_out(call: str, first: dict[str, int]) -> bool:
    match = CALL_ID.match(call)
    return bool(match) and match.group(1) in first and int(match.group(2)) >= first[match.group(1)]


def macro_f1(labeler: Labeler, lines: list[tuple[TextView, CorpusLine]]) -> float:
    scores = Scores()
    for view, line in lines:
        found = {f.label for f in labeler.label(view, Speaker(line.speaker))}
        scores.add(line.labels, found, allowed_for(line.speaker))
    return scores.macro_f1()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    parser.add_argument("--held-from", nargs="+", default=["ja-d57", "zh-d30", "en-d26"], metavar="CALL")
    parser.add_argument("--no-bank", action="store_true", help="start from the seed sentences only")
    args = parser.parse_args(argv)
    first: dict[str, int] = {}
    for call in args.held_from:
        match = CALL_ID.match(call)
        if not match:
            print(f"learning_curve: --held-from wants dev call ids such as ja-d57, not {call!r}", file=sys.stderr)
            return 2
        first[match.group(1)] = int(match.group(2))
    pipelines = Pipelines()
    dev = read_split(args.corpus / "dev")
    for language in LANGUAGES:
        pool = [c for c in dev if c.language == language and not held_out(c.call, first)]
        test = [c for c in dev if c.language == language and held_out(c.call, first)]
        if not pool or not test:
            continue
        views: dict[str, TextView] = {}
        start = seed_examples(language) if args.no_bank else fixed_examples(args.corpus, language)
        held = [(pipelines.analyse(line.text, language), line) for call in test for line in call.lines]
        rules = RuleSet(load_playbook(None), language)  # rules and vetoes stay off: only its exclusions apply
        for fraction in FRACTIONS:
            results = []
            for draw in range(3 if fraction < 1 else 1):
                picked = random.Random(draw).sample(pool, max(2, round(len(pool) * fraction)))
                examples = start + call_examples(picked)
                for e in examples:
                    if e.text not in views:
                        views[e.text] = pipelines.analyse(e.text, language)
                layer = LearnedLayer.train([views[e.text] for e in examples], examples)
                labeler = Labeler(rules, layer, Combination(use_rules=False, threshold=0.5, vetoes_block_model=False))
                results.append(macro_f1(labeler, held))
            print(
                f"{language}: {fraction:4.0%} of {len(pool)} dev calls → macro-F1 {sum(results) / len(results):.3f}"
                f" on {len(test)} held-out calls (learned layer alone)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
