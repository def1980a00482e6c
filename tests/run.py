"""The test command behind `./run test`: bring up the real services the suite needs, then pytest.

PulseAudio is started here (a null sink to play into and capture from); PostgreSQL is the
machine's own. Under CI=true anything missing fails the run instead of skipping tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PULSE_DIR = Path("/tmp") / f"companion-pulse-{os.getuid()}"
SINK = "companion_test"


def start_pulseaudio() -> bool:
    if not shutil.which("pulseaudio"):
        print("tests: pulseaudio is not installed", file=sys.stderr)
        return False
    PULSE_DIR.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(PULSE_DIR)}
    os.environ["XDG_RUNTIME_DIR"] = str(PULSE_DIR)
    if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        subprocess.run(
            ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
             "--load=module-native-protocol-unix", f"--load=module-null-sink sink_name={SINK}"],
            env=env, capture_output=True,
        )
        for _ in range(50):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
    sinks = subprocess.run(["pactl", "list", "short", "sinks"], env=env, capture_output=True, text=True).stdout
    if SINK not in sinks:
        subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={SINK}"], env=env, capture_output=True)
    os.environ["COMPANION_TEST_PULSE_SINK"] = SINK
    os.environ["PULSE_SOURCE"] = f"{SINK}.monitor"
    return subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0


def ensure_postgres() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        pass
    versions = sorted(Path("/etc/postgresql").glob("*")) if Path("/etc/postgresql").is_dir() else []
    if versions and shutil.which("pg_ctlcluster"):
        subprocess.run(
            ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1].name, "main", "start"], capture_output=True
        )
        time.sleep(2)
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=2):
            return True
    except OSError:
        print("tests: PostgreSQL is not reachable on 127.0.0.1:5432", file=sys.stderr)
        return False


def main(argv: list[str]) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    pulse = start_pulseaudio()
    postgres = ensure_postgres()
    if os.environ.get("CI") == "true" and not (pulse and postgres):
        print("tests: CI needs PulseAudio and PostgreSQL running", file=sys.stderr)
        return 1
    args = argv or ["-m", "not slow"]
    code = subprocess.call([sys.executable, "-m", "pytest", *args], cwd=ROOT)
    return 1 if code == 5 else code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
