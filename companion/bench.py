"""`companion bench`: latency, partial delay, real-time factor, accuracy, memory and start-up, printed.

Replays a two-channel call that has a reference (`<audio>.json` beside it, or the demo call):
at real-time pace (latency as the contract defines it), at speed 0 (real-time factor), and
several calls at once. Numbers are printed, never asserted.
"""

from __future__ import annotations

import asyncio
import json
import platform
import re
import resource
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from companion.clock import SystemClock
from companion.config import Settings
from companion.events import NumberedEvent
from companion.replay import PreparedAudio, prepare_audio, replay
from companion.services import Runtime, build_runtime

DEMO = Path(__file__).resolve().parent / "demo" / "demo_call.flac"
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


@dataclass(slots=True)
class Run:
    events: list[NumberedEvent]
    began: float
    elapsed: float
    latencies: list[float]


def load_reference(audio: Path) -> list[dict[str, Any]]:
    path = audio.with_suffix(".json")
    data = json.loads(path.read_text(encoding="utf-8"))
    utterances = data["utterances"] if isinstance(data, dict) else data
    return [u for u in utterances if u.get("text")]


def normalise(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(reference: list[dict[str, Any]], events: list[NumberedEvent]) -> float:
    edits = chars = 0
    for speaker in {str(u["speaker"]) for u in reference}:
        ref = normalise("".join(u["text"] for u in reference if u["speaker"] == speaker))
        hyp = normalise(
            "".join(
                str(e.as_dict()["text"]) for e in events if e.type == "utterance" and e.as_dict()["speaker"] == speaker
            )
        )
        edits += edit_distance(ref, hyp)
        chars += len(ref)
    return edits / max(chars, 1)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


async def _one(runtime: Runtime, settings: Settings, audio: PreparedAudio, speed: float, call: str) -> Run:
    events: list[NumberedEvent] = []
    clock = SystemClock()
    began = clock.now()
    session, _ = await replay(
        runtime.engines,
        settings,
        audio,
        call=call,
        clock=clock,
        publish=events.append,
        speed=speed,
        language="ja",
        playbook=None,
    )
    return Run(events, began, clock.now() - began, session.latencies)


def first_partial_delays(run: Run, reference: list[dict[str, Any]], speed: float) -> list[float]:
    """For each reference utterance: from its speech start to the first partial or final of that speaker."""
    delays = []
    for utterance in reference:
        spoken = run.began + float(utterance["start"]) / speed
        for event in run.events:
            body = event.as_dict()
            if (
                event.type in ("partial", "utterance")
                and body["speaker"] == utterance["speaker"]
                and (event.emitted_at >= spoken)
            ):
                delays.append(event.emitted_at - spoken)
                break
    return delays


def run_bench(settings: Settings, *, audio: Path | None, calls: int, quick: bool, out: IO[str], repeat: int = 1) -> int:
    path = audio or DEMO
    reference = load_reference(path)
    began = time.monotonic()
    runtime = build_runtime(settings)
    ready = time.monotonic() - began
    prepared = prepare_audio(path, None)
    rows: list[tuple[str, str]] = [
        ("date", date.today().isoformat()),
        ("machine", f"{platform.machine()}, {_cpus()} cores, Python {platform.python_version()}"),
        ("model", f"{runtime.model.path} ({runtime.model.device}, {runtime.model.compute_type})"),
        ("audio", f"{path.name}, {prepared.duration:.1f} s, {len(reference)} reference utterances"),
        ("ready (model + analysis + warm-up)", f"{ready:.2f} s"),
    ]
    try:
        fast = asyncio.run(_one(runtime, settings, prepared, 0, "bench-fast"))
        rows += [
            ("real-time factor at speed 0", f"{fast.elapsed / prepared.duration:.3f}"),
            ("CER at speed 0", f"{cer(reference, fast.events):.3f}"),
        ]
        if not quick:
            # real-time runs differ by a few tenths of a second at p95: repeat them and show the spread
            lives = [asyncio.run(_one(runtime, settings, prepared, 1, f"bench-live-{i}")) for i in range(repeat)]
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            latencies = [value for live in lives for value in live.latencies]
            partials = [first_partial_delays(live, reference, 1) for live in lives]
            partial = [value for delays in partials for value in delays]
            rows += [
                (
                    f"latency_s p50 / p95 / max (1 call, 1×, {repeat} run(s) pooled)",
                    f"{percentile(latencies, 0.5):.2f} / {percentile(latencies, 0.95):.2f} / {max(latencies):.2f}",
                ),
                (
                    "speech start → first partial p50 / p95",
                    f"{percentile(partial, 0.5):.2f} / {percentile(partial, 0.95):.2f} s",
                ),
                ("CER at 1×", f"{cer(reference, lives[0].events):.3f}"),
                ("peak RSS after one call", f"{rss:.0f} MB"),
            ]
            if repeat > 1:
                rows += [
                    (
                        "latency_s p95 of each run",
                        " ".join(f"{percentile(live.latencies, 0.95):.2f}" for live in lives),
                    ),
                    ("first partial p95 of each run", " ".join(f"{percentile(d, 0.95):.2f}" for d in partials)),
                ]

            async def many() -> list[Run]:
                return await asyncio.gather(*(_one(runtime, settings, prepared, 1, f"bench-{i}") for i in range(calls)))

            runs = asyncio.run(many())
            latencies = [value for run in runs for value in run.latencies]
            rows.append(
                (
                    f"latency_s p50 / p95 / max ({calls} calls at once, 1×)",
                    f"{percentile(latencies, 0.5):.2f} / {percentile(latencies, 0.95):.2f} / {max(latencies):.2f}",
                )
            )
    finally:
        runtime.close()
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        out.write(f"{name.ljust(width)}  {value}\n")
    return 0


def _cpus() -> int:
    import os

    return os.cpu_count() or 1
