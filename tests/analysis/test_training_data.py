"""The learned layer's training files: seeds + sentence bank + dev, never blind, and the shipped ones up to date."""

from __future__ import annotations

import json
from pathlib import Path

from companion.analysis.training import DATA_DIR, build_training_files, seed_examples
from companion.model import LANGUAGES

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_training_file_is_seeds_then_bank_then_dev_and_never_blind(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    out.mkdir()
    _write(
        corpus / "dev" / "en.jsonl", [{"call": "en-d1", "speaker": "customer", "text": "it broke", "labels": ["fact"]}]
    )
    _write(corpus / "dev" / "calls.jsonl", [{"call": "en-d1", "language": "en", "escalation": False}])
    _write(corpus / "bank" / "en.jsonl", [{"speaker": "staff", "text": "nothing we could do", "labels": ["excuse"]}])
    _write(
        corpus / "bank" / "en-2.jsonl", [{"speaker": "staff", "text": "happens to everyone", "labels": ["dismissive"]}]
    )
    (corpus / "blind").mkdir()
    (corpus / "blind" / "en.jsonl").write_text("not json: the blind split must never be read\n", encoding="utf-8")

    counts = build_training_files(corpus, out)

    rows = [json.loads(line) for line in (out / "train_en.jsonl").read_text(encoding="utf-8").splitlines()]
    seeds = len(seed_examples("en"))
    assert counts["en"] == len(rows) == seeds + 3
    assert [r["text"] for r in rows[seeds:]] == ["nothing we could do", "happens to everyone", "it broke"]
    assert rows[-1] == {"speaker": "customer", "text": "it broke", "labels": ["fact"]}


def test_shipped_training_files_match_the_corpus(tmp_path: Path) -> None:
    """Fails when the corpus changed and `python -m companion.analysis.training build` was not run."""
    build_training_files(CORPUS, tmp_path)
    for language in LANGUAGES:
        built = (tmp_path / f"train_{language}.jsonl").read_text(encoding="utf-8")
        shipped = (DATA_DIR / f"train_{language}.jsonl").read_text(encoding="utf-8")
        assert built == shipped, f"train_{language}.jsonl is stale: rebuild it from the corpus"
