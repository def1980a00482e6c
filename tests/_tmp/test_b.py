"""A real audio server: PulseAudio plays a clip into a null sink; the device source captures it."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from companion.audio.device import DeviceSource
from companion.call import CallSession
from companion.clock import SystemClock
from companion.model import Speaker
from companion.pipeline import CallPipeline
from companion.replay import call_options
from tests.conftest import require

pytestmark = [pytest.mark.model, pytest.mark.audio_server]


def pulse_ready() -> bool:
    return bool(shutil.which("pactl")) and subprocess.run(["pactl", "info"], capture_output=True).returncode == 0


def test_device_capture_is_transcribed(runtime, settings, jfk: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require(pulse_ready() and bool(os.environ.get("COMPANION_TEST_PULSE_SINK")), "a PulseAudio server")
    sink = os.environ["COMPANION_TEST_PULSE_SINK"]
    clip = tmp_path / "clip.wav"
    subprocess.run(["sox", str(jfk), "-r", "44100", "-c", "1", str(clip)], check=True)
    events = []

    async def scenario() -> None:
        source = DeviceSource("pulse", 1)
        clock = SystemClock()
        session = CallSession("cap", runtime.engines.analysis, clock, events.append, language="en")
        pipeline = CallPipeline(
            runtime.engines, session, clock, call_options(settings, (Speaker.UNKNOWN,), "en", None, 1.0)
        )

        async def play() -> None:
            await asyncio.sleep(0.5)
            player = await asyncio.create_subprocess_exec("paplay", f"--device={sink}", str(clip))
            await player.wait()
            await asyncio.sleep(1.5)
            source.stop()

        player = asyncio.create_task(play())
        await asyncio.wait_for(pipeline.run(source), 60)
        await player

    asyncio.run(scenario())
    text = " ".join(e.as_dict()["text"] for e in events if e.type == "utterance").lower()
    assert "country" in text and "americans" in text


@pytest.fixture(scope="module")
def runtime(settings):  # type: ignore[no-untyped-def]
    from companion.analysis.base import SilentEngine
    from companion.services import build_runtime
    rt = build_runtime(settings, analysis=SilentEngine())
    yield rt
    rt.close()
