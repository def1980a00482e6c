"""Kill -9 the service mid-call: every finalised utterance is in the database, and the next start
marks the call interrupted. A real process, a real SQLite file, real PostgreSQL when asked."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.model

DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo" / "demo_call.flac"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COMPANION_DATA_DIR": str(data_dir)}
    process = subprocess.Popen(
        [sys.executable, "-m", "companion.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode() if process.stderr else "service died")
        time.sleep(0.2)
    process.kill()
    raise AssertionError("service did not become healthy")


def test_kill_9_mid_call_loses_no_finalised_utterance(tmp_path: Path, data_dir: Path) -> None:
    service_dir = tmp_path / "service"
    service_dir.mkdir()
    (service_dir / "models").symlink_to((data_dir / "models").resolve(), target_is_directory=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = start(service_dir, port)
    try:
        call = httpx.post(f"{base}/api/calls", json={"source": "demo", "speed": 4}, timeout=10).json()["call"]
        seen: list[dict] = []
        with httpx.Client(timeout=10) as client:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(seen) < 3:
                body = client.get(f"{base}/api/calls/{call}").json()
                seen = body["utterances"]
                time.sleep(0.3)
        assert len(seen) >= 3, "the replay produced no utterances to lose"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)

    process = start(service_dir, port)
    try:
        after = httpx.get(f"{base}/api/calls/{call}", timeout=10).json()
        assert after["status"] == "interrupted"
        stored = {u["index"]: u["text"] for u in after["utterances"]}
        for utterance in seen:
            assert stored.get(utterance["index"]) == utterance["text"]
        listed = httpx.get(f"{base}/api/calls", timeout=10).json()["calls"]
        assert any(row["call"] == call and row["status"] == "interrupted" for row in listed)
        with httpx.Client(timeout=10) as client:
            events = []
            from websockets.sync.client import connect

            with connect(f"ws://127.0.0.1:{port}/ws/calls/{call}?after=0") as ws:
                for message in ws:
                    events.append(json.loads(message))
        assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(20)
