"""What the browser tests share: Debian's Chromium through Playwright, and a real service with stored calls."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest

from tests.api.test_crash import free_port, start
from tests.conftest import DATA, ROOT, require

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]
ARTIFACTS = ROOT / "artifacts"
DOCS = ROOT / "docs"


def snap(page: Any, name: str) -> None:
    """A screenshot in artifacts/; with UPDATE_DOCS_SCREENSHOTS=1 it also becomes docs/<name>.png."""
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    if os.environ.get("UPDATE_DOCS_SCREENSHOTS"):
        page.screenshot(path=str(DOCS / f"{name}.png"))


@dataclass(frozen=True)
class Service:
    url: str
    short: str  # ja_call_stereo.wav: four turns, no caution, no escalation
    demo: str  # the demo call: an excuse, a threat, and an escalation raised by staff mid-call

    def get(self, path: str, **params: Any) -> Any:
        response = httpx.get(self.url + path, params=params, timeout=10)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        response = httpx.post(self.url + path, json=body or {}, timeout=10)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="module")
def review_service(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Iterator[Service]:
    """A service keeping audio, with two stored calls replayed at speed 0 (one escalated by staff mid-call)."""
    folder = tmp_path_factory.mktemp("review-service")
    (folder / "models").symlink_to((data_dir / "models").resolve(), target_is_directory=True)
    port = free_port()
    with mock.patch.dict(os.environ, {"COMPANION_RECORD_AUDIO": "true"}):
        process = start(folder, port)
    base = f"http://127.0.0.1:{port}"
    try:
        with (DATA / "ja_call_stereo.wav").open("rb") as clip:
            upload = httpx.post(f"{base}/api/uploads", files={"file": ("call.wav", clip, "audio/wav")}, timeout=30)
        upload.raise_for_status()
        clip_call = {"source": "upload", "file_id": upload.json()["file_id"], "speed": 0, "staff": "鈴木"}
        short = httpx.post(f"{base}/api/calls", json=clip_call, timeout=10).json()["call"]
        demo_call = {"source": "demo", "speed": 0, "staff": "山田"}
        demo = httpx.post(f"{base}/api/calls", json=demo_call, timeout=10).json()["call"]
        service = Service(base, short, demo)
        _escalate_mid_call(service)
        for call in (short, demo):
            _wait_until_stored(service, call)
        yield service
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()


def _escalate_mid_call(service: Service) -> None:
    """Staff press the button once a few utterances are in, as they would after the customer's threat."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(service.get(f"/api/calls/{service.demo}")["utterances"]) >= 4:
            service.post(f"/api/calls/{service.demo}/escalate", {"reason": "harassment"})
            return
        time.sleep(0.1)
    raise AssertionError("the demo call produced no utterances to escalate after")


def _wait_until_stored(service: Service, call: str) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if service.get(f"/api/calls/{call}")["status"] != "live":
            return
        time.sleep(0.3)
    raise AssertionError(f"call {call} did not end")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(os.path.exists(CHROMIUM), "Debian's chromium")
    playwright = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh Japanese page at 1280×800 that fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="ja-JP", accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"script errors on the page: {errors}"
