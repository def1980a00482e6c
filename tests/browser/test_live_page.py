"""The live page in headless Chromium (Debian's), against the real service replaying the demo call."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.api.test_crash import free_port, start
from tests.conftest import ROOT, require

pytestmark = [pytest.mark.browser, pytest.mark.model]
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def service(tmp_path: Path, data_dir: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "service"
    folder.mkdir()
    (folder / "models").symlink_to((data_dir / "models").resolve(), target_is_directory=True)
    port = free_port()
    process = start(folder, port)
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()


def test_the_demo_call_streams_into_the_page_in_lanes(service: str) -> None:
    require(os.path.exists(CHROMIUM), "Debian's chromium")
    playwright = pytest.importorskip("playwright.sync_api")
    artifacts = ROOT / "artifacts"
    artifacts.mkdir(exist_ok=True)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 900, "height": 1000})
        page.goto(service + "/")
        page.get_by_text("ready").wait_for(timeout=30_000)
        page.locator("#speed").select_option("2")
        page.locator("#demo").click()
        page.locator("#transcript li.customer").first.wait_for(timeout=60_000)
        page.locator("#transcript li.staff").nth(2).wait_for(timeout=60_000)
        page.screenshot(path=str(artifacts / "live-page.png"))
        staff = page.locator("#transcript li.staff").all_inner_texts()
        customer = page.locator("#transcript li.customer").all_inner_texts()
        browser.close()
    assert any("申し訳" in line for line in staff), staff
    assert customer and all("staff" not in line.split("\n")[0] for line in customer)
    shutil.rmtree(artifacts / "tmp", ignore_errors=True)
