"""The live page in headless Chromium (Debian's), against the real service replaying the demo call."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.api.test_crash import free_port, start
from tests.browser.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.model]


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


def test_the_panel_follows_the_demo_call(service: str, browser: Any) -> None:
    """What a staff member sees: lanes, steps ticking, a caution, the escalation banner, the memo, and
    a dropped socket resumed without gaps or duplicates."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="ja-JP")
    try:
        page = context.new_page()
        page.goto(service + "/")
        page.wait_for_selector("#status[data-state=ready]", timeout=30_000)
        page.locator("#speed").select_option("2")
        page.locator("#demo").click()
        page.locator("#transcript li.customer").first.wait_for(timeout=60_000)
        page.locator("#cautions li[data-label=excuse]").wait_for(timeout=60_000)
        assert "言い訳" in page.locator("#cautions li[data-label=excuse]").inner_text()
        assert page.locator("#cautions li[data-label=excuse] q mark").count() == 1  # the triggering words
        page.locator("#steps li[data-step=apology].done").wait_for(timeout=60_000)
        assert page.locator("#prompt").inner_text().strip()

        assert page.locator("#banner").is_hidden()  # no harassment sign yet
        page.evaluate("socket.close()")  # the connection drops mid-call; the panel must resume
        page.locator("#banner").wait_for(state="visible", timeout=90_000)
        assert page.locator("#cautions li.harass").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "panel-mid-call.png"))
        answers = iter(["会曜日", "火曜日"])
        page.on("dialog", lambda dialog: dialog.accept(next(answers)))
        first_memo = page.locator("#memo li").first
        first_memo.locator("button.fix").click()
        page.locator("#transcript .correction").first.wait_for(timeout=10_000)
        assert "会曜日 → 火曜日" in page.locator("#transcript .correction").first.inner_text()
        page.locator("#memo li").last.locator("button.pin").click()
        assert page.locator("#memo li").first.get_attribute("class") == "pinned"
        page.locator("#escalate").click()
        page.wait_for_function("document.querySelector('#escalate').disabled", timeout=10_000)
        page.wait_for_function("document.querySelector('#status').textContent.includes('通話終了')", timeout=90_000)
        page.screenshot(path=str(ARTIFACTS / "panel-ended.png"))
        indices = [int(i) for i in page.locator("#transcript li").evaluate_all("els => els.map(e => e.dataset.index)")]
        staff = page.locator("#transcript li.staff").all_inner_texts()
        memo = page.locator("#memo li").all_inner_texts()

        # The supervisor finds the call by what was said and opens it.
        page.goto(service + "/review")
        page.locator("#q").fill("申し訳")
        page.locator("#filters button[type=submit]").click()
        page.locator("#calls tbody tr.escalated").first.click()
        page.wait_for_selector("body[data-ready=yes]", timeout=10_000)
        review_lines = page.locator("#transcript li.utt").count()
        review_url = page.url
        page.screenshot(path=str(ARTIFACTS / "review.png"))
    finally:
        context.close()
    assert review_lines == len(indices)
    assert "/review/" in review_url
    assert indices == list(range(len(indices))), "a gap or a duplicate after the socket was resumed"
    assert any("申し訳" in line for line in staff)
    assert memo and any("返金" in line or "変金" in line or "時" in line for line in memo)
