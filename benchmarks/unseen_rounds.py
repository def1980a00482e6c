"""Rescore every earlier unseen dev round with the engine as it was before that round's rules were widened.

    .venv/bin/python benchmarks/unseen_rounds.py [--language ja] [--rounds 9-17] [--replace 'OLD=>NEW' ...]

Each round's dev calls were scored before any rule was written for them; that is the honest estimate of how the
engine does on words nobody wrote a rule for. This rebuilds each round's state from git (a worktree of the commit in
`data/unseen_rounds.yaml`, with that commit's rules and training file), scores the round's calls as they are in
today's corpus, and prints macro-F1 per round and per-label precision / recall / F1 pooled over the rounds.
`--replace` edits every worktree's playbook by exact string replacement before scoring (each OLD must occur once),
and `--extra-training` adds labelled lines to every round's training file, so that a rule, threshold or training-data
change can be compared on all rounds at once: run with and without it. Needs git and
the project's history; takes about 10 s a round.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.analysis.training import Scores, allowed_for  # noqa: E402
from companion.model import CAUTION_LABELS, LANGUAGES  # noqa: E402

# Runs inside the worktree's code: one JSON line per utterance with the gold and predicted labels.
CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
import companion
assert companion.__file__.startswith(sys.argv[1]), companion.__file__
from pathlib import Path
from companion.analysis.engine import PlaybookEngine
from companion.analysis.training import read_split
from companion.model import Speaker
wanted = set(sys.argv[3].split(","))
engine = PlaybookEngine()
for call in (c for c in read_split(Path(sys.argv[2])) if c.call in wanted):
    analyzer = engine.start_call(call.language)
    for i, line in enumerate(call.lines):
        found = analyzer.on_utterance(i, Speaker(line.speaker), line.text).labels
        row = {"language": call.language, "speaker": line.speaker, "gold": list(line.labels), "found": found}
        print(json.dumps(row))
"""


def call_ids(entry: dict[str, Any], languages: list[str]) -> list[str]:
    spans = [(lang, entry[lang]) for lang in languages if lang in entry]  # a round may have left a language out
    return [f"{lang}-d{n:02d}" for lang, (first, last) in spans for n in range(first, last + 1)]


def parse_rounds(spec: str | None) -> set[int] | None:
    if not spec:
        return None
    first, _, last = spec.partition("-")
    return set(range(int(first), int(last or first) + 1))


def score_round(
    entry: dict[str, Any],
    languages: list[str],
    replacements: list[tuple[str, str]],
    work: Path,
    extra_training: tuple[Path, ...] = (),
) -> list[dict[str, Any]]:
    tree = work / f"round-{entry['round']}"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), entry["commit"]],
        check=True,
        capture_output=True,
    )
    playbook = tree / "companion" / "playbooks" / "default.yaml"
    text = playbook.read_text(encoding="utf-8")
    for old, new in replacements:
        if text.count(old) != 1:
            raise SystemExit(
                f"round {entry['round']}: {old!r} occurs {text.count(old)} times in its playbook, not once"
            )
        text = text.replace(old, new)
    playbook.write_text(text, encoding="utf-8")
    for extra in extra_training:
        training = tree / "companion" / "analysis" / "data" / f"train_{extra.name[:2]}.jsonl"
        with training.open("a", encoding="utf-8") as handle:
            handle.write(extra.read_text(encoding="utf-8"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ORT_DISABLE_TELEMETRY": "1"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tree), str(ROOT / "corpus" / "dev"), ",".join(call_ids(entry, languages))],
        env=env,
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise SystemExit(f"round {entry['round']}: {done.stderr.strip().splitlines()[-1]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--rounds", help="e.g. 9-17 or 12")
    parser.add_argument("--replace", action="append", default=[], help="'OLD=>NEW' applied to every round's playbook")
    parser.add_argument(
        "--extra-training",
        action="append",
        type=Path,
        default=[],
        help="a file of labelled lines named <lang>[-N].jsonl, added to every round's training",
    )
    args = parser.parse_args(argv)
    for extra in args.extra_training:
        if extra.name[:2] not in LANGUAGES or not extra.is_file():
            parser.error(f"--extra-training {extra}: not a file named <lang>[-N].jsonl")
    languages = args.language or list(LANGUAGES)
    if any("=>" not in r for r in args.replace):
        parser.error("--replace takes 'OLD=>NEW'")
    replacements = [(old, new) for old, _, new in (r.partition("=>") for r in args.replace)]
    wanted = parse_rounds(args.rounds)
    rounds = yaml.safe_load((ROOT / "benchmarks" / "data" / "unseen_rounds.yaml").read_text(encoding="utf-8"))["rounds"]
    pooled: dict[str, Scores] = defaultdict(Scores)
    per_round: dict[str, list[float]] = defaultdict(list)
    try:
        with tempfile.TemporaryDirectory(prefix="unseen-rounds-") as tmp:
            for entry in rounds:
                if wanted is not None and entry["round"] not in wanted:
                    continue
                rows = score_round(entry, languages, replacements, Path(tmp), tuple(args.extra_training))
                scores: dict[str, Scores] = defaultdict(Scores)
                for row in rows:
                    for target in (scores[row["language"]], pooled[row["language"]]):
                        target.add(row["gold"], set(row["found"]), allowed_for(row["speaker"]))
                line = "  ".join(f"{lang} {scores[lang].macro_f1():.3f}" for lang in languages if lang in scores)
                for lang in languages:
                    if lang in scores:
                        per_round[lang].append(scores[lang].macro_f1())
                print(f"round {entry['round']:>2}: {line}", flush=True)
    finally:  # the worktrees' folders are gone with the temporary directory; forget them
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False)
    for lang in languages:
        if not per_round[lang]:
            continue
        mean = sum(per_round[lang]) / len(per_round[lang])
        print(f"\n{lang}: mean macro-F1 over {len(per_round[lang])} rounds {mean:.3f}; pooled per label:")
        for label in pooled[lang].labels():
            p, r, f = pooled[lang].prf(label)
            mark = "  (caution)" if label in CAUTION_LABELS else ""
            print(f"    {label:20} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  n={pooled[lang].support(label)}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
