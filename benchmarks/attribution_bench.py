"""Speaker attribution benchmark: two-speaker recordings mixed down to mono, through the real pipeline.

    .venv/bin/python benchmarks/attribution_bench.py [--only NAME] [--corpus]

For each call: its two channels are summed to one, replayed at speed 0 with `--channels auto`, and
every utterance the pipeline found is matched to the reference speaker (the reference utterance it
overlaps most; for the English clip, the channel that carried most of its energy). Then, on the very
same utterances, the whole-call pass is run with the words only, the voice only and both, and the
voice alone with each feature group (pitch, cepstra, the speech model's mean-pooled encoder states).
Accuracy is per utterance and weighted by duration. Voice alone cannot know which voice is staff,
so it is also given as clustering accuracy (the better of the two namings). Numbers are printed,
never asserted. `--corpus` adds words-only accuracy on the text corpus's dev split (no audio).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from companion.analysis.engine import PlaybookEngine
from companion.analysis.playbook import load_playbook
from companion.audio.decode import decode_file
from companion.audio.voiceprint import Voiceprint, voiceprint
from companion.clock import SystemClock
from companion.config import Settings
from companion.events import NumberedEvent
from companion.model import SAMPLE_RATE, Speaker
from companion.replay import PreparedAudio, replay
from companion.services import build_runtime
from companion.speakers.attribution import Method, attribute
from companion.speakers.text_cue import PlaybookTextCue

ROOT = Path(__file__).resolve().parents[1]
PAD_S = (0.2, 0.25)  # the segmenter's pre-roll and tail pad around an utterance


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    audio: Path
    language: str
    note: str
    turns: bool = False  # English clip: play the right channel after the left instead of over it


CALLS = (
    Call("ja_call", ROOT / "tests/data/ja_call_stereo.wav", "ja", "synthetic (Kokoro), female staff / male customer"),
    Call("demo", ROOT / "companion/demo/demo_call.flac", "ja", "synthetic (Kokoro), female staff / male customer"),
    Call(
        "demo_two_female",
        ROOT / "benchmarks/data/demo_call_two_female.flac",
        "ja",
        "synthetic (Kokoro), the demo's lines with two female voices",
    ),
    Call(
        "en_real_overlap",
        ROOT / "tests/data/stereo_two_speakers_en.wav",
        "en",
        "real speech, two men talking over each other, summed as recorded",
    ),
    Call(
        "en_real_turns",
        ROOT / "tests/data/stereo_two_speakers_en.wav",
        "en",
        "real speech, the right speaker placed after the left",
        turns=True,
    ),
)


@dataclass(slots=True)
class Heard:
    text: str
    start: float
    end: float
    truth: Speaker
    online: Speaker
    final: Speaker
    voice: Voiceprint | None
    encoder: np.ndarray | None
    print_ms: float


def mono_of(call: Call) -> tuple[np.ndarray, np.ndarray]:
    """The mono mix, and per sample which channel carries the reference speech (0 staff, 1 customer)."""
    stereo = decode_file(call.audio)
    if call.turns:
        gap = np.zeros((2, SAMPLE_RATE), dtype=np.float32)
        left = np.concatenate([stereo[:1], np.zeros_like(stereo[:1])])
        right = np.concatenate([np.zeros_like(stereo[1:]), stereo[1:]])
        stereo = np.concatenate([left, gap, right], axis=1)
    return np.clip(stereo.sum(axis=0), -1.0, 1.0).astype(np.float32), stereo


def truth_for(call: Call, stereo: np.ndarray, start: float, end: float) -> Speaker:
    reference = call.audio.with_suffix(".json")
    if reference.is_file():
        utterances = json.loads(reference.read_text(encoding="utf-8"))["utterances"]
        best = max(utterances, key=lambda u: min(end, u["end"]) - max(start, u["start"]))
        return Speaker(best["speaker"])
    span = stereo[:, int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)]
    energy = np.square(span, dtype=np.float64).sum(axis=1)
    return Speaker.STAFF if energy[0] >= energy[1] else Speaker.CUSTOMER


def run_call(call: Call, runtime: Any, settings: Settings) -> list[Heard]:
    mono, stereo = mono_of(call)
    events: list[NumberedEvent] = []
    audio = PreparedAudio(mono[None, :], (Speaker.UNKNOWN,), attribute=True)
    asyncio.run(
        replay(
            runtime.engines,
            settings,
            audio,
            call=call.name,
            clock=SystemClock(),
            publish=events.append,
            speed=0,
            language=call.language,
            playbook=None,
        )
    )
    bodies = [e.as_dict() for e in events]
    final = {b["index"]: Speaker(b["speaker"]) for b in bodies if b["type"] == "speaker"}
    heard = []
    for body in (b for b in bodies if b["type"] == "utterance"):
        start, end = float(body["start"]), float(body["end"])
        cut = mono[max(0, int((start - PAD_S[0]) * SAMPLE_RATE)) : int(end * SAMPLE_RATE)]
        cut = np.concatenate([cut, np.zeros(int(PAD_S[1] * SAMPLE_RATE), dtype=np.float32)])
        decoded = runtime.engines.worker.submit(
            cut, language=call.language, prompt="", beam_size=1, final=True, channel_key="bench"
        ).result()
        began = time.perf_counter()
        voice = voiceprint(cut)
        print_ms = (time.perf_counter() - began) * 1000
        heard.append(
            Heard(
                text=str(body["text"]),
                start=start,
                end=end,
                truth=truth_for(call, stereo, start, end),
                online=Speaker(body["speaker"]),
                final=final.get(body["index"], Speaker(body["speaker"])),
                voice=voice,
                encoder=None if decoded is None else decoded.voice,
                print_ms=print_ms,
            )
        )
    return heard


def accuracy(found: list[Speaker], heard: list[Heard], either_naming: bool = False) -> tuple[float, float]:
    right = np.array([f == h.truth for f, h in zip(found, heard, strict=True)])
    weights = np.array([h.end - h.start for h in heard])
    plain, weighted = float(right.mean()), float((right * weights).sum() / weights.sum())
    if either_naming:
        return max(plain, 1 - plain), max(weighted, 1 - weighted)
    return plain, weighted


def with_encoder(heard: list[Heard]) -> list[Voiceprint | None]:
    out: list[Voiceprint | None] = []
    for h in heard:
        out.append(None if h.voice is None or h.encoder is None else h.voice.with_encoder(h.encoder))
    return out


def report_call(call: Call, heard: list[Heard], cue: PlaybookTextCue, out: list[str]) -> dict[str, float]:
    cues = load_playbook().speakers
    began = time.perf_counter()
    text = [cue.staff_log_odds(h.text, call.language) for h in heard]
    text_ms = (time.perf_counter() - began) * 1000 / max(len(heard), 1)
    voices = [h.voice for h in heard]
    seconds = sum(h.end - h.start for h in heard)
    out.append(f"\n{call.name}: {call.note}; {len(heard)} utterances, {seconds:.1f} s of speech")

    def row(label: str, found: list[Speaker], either: bool = False) -> None:
        plain, weighted = accuracy(found, heard, either)
        out.append(f"  {label:<44} {plain:6.3f}   {weighted:6.3f}")

    out.append(f"  {'method':<44} {'utt':>6}   {'by dur':>6}")
    row("pipeline, online (as each utterance arrived)", [h.online for h in heard])
    row("pipeline, after the end-of-call pass", [h.final for h in heard])
    methods: list[Method] = ["text", "voice", "combined"]
    for method in methods:
        found = [a.speaker for a in attribute(text, voices, cues, method=method)]
        row(f"{method} (whole-call pass)", found)
        if method == "voice":
            row("voice, clustering (better naming)", found, either=True)
    encoded = with_encoder(heard)
    for groups in (("pitch",), ("cepstral",), ("encoder",), ("pitch", "cepstral", "encoder")):
        features = encoded if "encoder" in groups else voices
        found = [a.speaker for a in attribute(text, features, cues, method="voice", voice_groups=groups)]
        row(f"voice clustering, {'+'.join(groups)}", found, either=True)
        found = [a.speaker for a in attribute(text, features, cues, method="combined", voice_groups=groups)]
        row(f"combined, {'+'.join(groups)}", found)
    began = time.perf_counter()
    for k in range(1, len(heard) + 1):
        attribute(text[:k], voices[:k], cues)
    chain_ms = (time.perf_counter() - began) * 1000 / max(len(heard), 1)
    print_ms = float(np.mean([h.print_ms for h in heard])) if heard else 0.0
    out.append(
        f"  ms per utterance: voiceprint {print_ms:.1f}, words {text_ms:.1f}, whole-call pass on the call "
        f"so far {chain_ms:.2f}"
    )
    return {"seconds": seconds}


def corpus_words(engine: PlaybookEngine, out: list[str]) -> None:
    """Words only, per call of the corpus's dev split (in-sample: the cue weights were set on it)."""
    cues = load_playbook().speakers
    cue = PlaybookTextCue(engine)
    folder = ROOT / "corpus" / "dev"
    languages = {
        json.loads(line)["call"]: json.loads(line)["language"]
        for line in (folder / "calls.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    calls: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                calls.setdefault(item["call"], []).append(item)
    totals: dict[str, list[int]] = {}
    for call, items in calls.items():
        language = languages.get(call, "ja")
        text = [cue.staff_log_odds(u["text"], language) for u in items]
        found = attribute(text, [None] * len(items), cues, method="text")
        right = sum(a.speaker == Speaker(u["speaker"]) for a, u in zip(found, items, strict=True))
        total = totals.setdefault(language, [0, 0])
        total[0] += right
        total[1] += len(items)
    out.append("\ncorpus/dev, words only (whole-call pass, no audio; in-sample: cue weights were set on it)")
    for language, (right, n) in sorted(totals.items()):
        out.append(f"  {language}: {right}/{n} = {right / n:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", choices=[c.name for c in CALLS])
    parser.add_argument("--corpus", action="store_true", help="also words-only accuracy on corpus/dev")
    parser.add_argument("--data-dir", type=Path, default=None, help="COMPANION_DATA_DIR (the assembled model)")
    args = parser.parse_args(argv)
    settings = Settings(data_dir=args.data_dir) if args.data_dir else Settings()
    engine = PlaybookEngine()
    runtime = build_runtime(settings, analysis=engine)
    cue = PlaybookTextCue(engine)
    out = [
        f"date {date.today().isoformat()}; {platform.machine()}, Python {platform.python_version()}; "
        f"model {runtime.model.path} ({runtime.model.compute_type})"
    ]
    try:
        for call in CALLS:
            if args.only and call.name not in args.only:
                continue
            report_call(call, run_call(call, runtime, settings), cue, out)
    finally:
        runtime.close()
    if args.corpus:
        corpus_words(engine, out)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
