"""`companion bench` on a short two-channel clip: it prints its measures, and the CER it reports is real."""

from __future__ import annotations

import io
from pathlib import Path

from companion.bench import cer, edit_distance, run_bench
from companion.config import Settings
from tests.conftest import DATA


def test_quick_bench_prints_its_measures(settings: Settings) -> None:
    out = io.StringIO()
    assert run_bench(settings, audio=DATA / "ja_call_stereo.wav", calls=1, quick=True, out=out) == 0
    rows = dict(line.split("  ", 1) for line in out.getvalue().splitlines())
    rows = {name.strip(): value.strip() for name, value in rows.items()}
    assert rows["audio"].startswith("ja_call_stereo.wav")
    assert 0 < float(rows["real-time factor at speed 0"]) < 1
    assert float(rows["CER at speed 0"]) < 0.25  # synthetic clean speech: Whisper base gets most of it


def test_edit_distance_and_cer_count_characters() -> None:
    assert edit_distance("返金して", "返金した") == 1
    assert edit_distance("", "abc") == 3
    assert cer([{"speaker": "staff", "text": "ありがとう"}], []) == 1.0


def test_reference_is_read_next_to_the_audio(tmp_path: Path) -> None:
    from companion.bench import load_reference

    (tmp_path / "a.json").write_text('[{"text": "x"}, {"text": ""}]', encoding="utf-8")
    assert load_reference(tmp_path / "a.flac") == [{"text": "x"}]
