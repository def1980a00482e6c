"""How far two careful labellers agree: a corpus file's gold labels against an independent re-labelling.

    .venv/bin/python benchmarks/label_agreement.py corpus/dev/zh-22.jsonl corpus/agreement/zh-22.relabelled.jsonl

The re-labelling has one JSON object per utterance of the gold file, in order: {"i": index, "labels": [...]}, made
by someone who saw the text (and the call around it) but not the gold labels. Prints, per label, how many lines each
side gave it, F1 of one side against the other (symmetric) and Cohen's kappa over the lines the label is allowed on,
then the macro-F1 over the gold file's labels — the ceiling to read the engine's scores against.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.analysis.training import allowed_for  # noqa: E402


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("labels", []), list):
            raise SystemExit(f"{path}:{number}: expected an object with a 'labels' list")
        rows.append(row)
    return rows


Row = tuple[str, int, int, int, float, float]


def agreement(gold: list[dict[str, Any]], other: dict[int, list[str]]) -> list[Row]:
    """(label, gold count, other count, both, F1, kappa) for every label either side used."""
    used = {str(lb) for row in gold for lb in row["labels"]} | {lb for labels in other.values() for lb in labels}
    table = []
    for label in sorted(used):
        both = gold_only = other_only = neither = 0
        for i, row in enumerate(gold):
            if label not in allowed_for(str(row["speaker"])):
                continue
            g, o = label in row["labels"], label in other.get(i, [])
            both += g and o
            gold_only += g and not o
            other_only += o and not g
            neither += not g and not o
        n = both + gold_only + other_only + neither
        if not n:
            continue
        f1 = 2 * both / (2 * both + gold_only + other_only) if both + gold_only + other_only else 1.0
        observed = (both + neither) / n
        expected = ((both + gold_only) * (both + other_only) + (other_only + neither) * (gold_only + neither)) / n**2
        kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
        table.append((label, both + gold_only, both + other_only, both, f1, kappa))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("relabelled", type=Path)
    args = parser.parse_args(argv)
    gold = read_rows(args.gold)
    other = {int(str(row["i"])): [str(lb) for lb in row["labels"]] for row in read_rows(args.relabelled)}
    if sorted(other) != list(range(len(gold))):
        raise SystemExit(f"{args.relabelled}: expected indices 0–{len(gold) - 1}, one per line of {args.gold}")
    table = agreement(gold, other)
    f1s = []
    for label, gold_n, other_n, both, f1, kappa in table:
        print(f"{label:20} gold {gold_n:3d}  other {other_n:3d}  both {both:3d}  F1 {f1:.2f}  kappa {kappa:.2f}")
        if gold_n:
            f1s.append(f1)
    print(f"macro-F1 over the gold file's labels: {sum(f1s) / max(len(f1s), 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
