"""The trainers' page in headless Chromium (Debian's) against a real service: real uploads, real replays of
short Japanese role-plays at speed 0 through Whisper and the analysis, real score cards."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
import pytest

from tests.api.test_crash import free_port, start
from tests.conftest import DATA, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.model]
ARTIFACTS = ROOT / "artifacts"
STEREO = DATA / "ja_call_stereo.wav"  # customer fact, staff apology, customer request, staff empathy
MONO = DATA / "ja_call_mono.wav"  # the same call on one channel
UPLOAD_LIMIT_MB = 2


@dataclass(frozen=True)
class Service:
    url: str

    def get(self, path: str, **params: Any) -> Any:
        response = httpx.get(self.url + path, params=params, timeout=10)
        response.raise_for_status()
        return response.json()

    def post(self, path: str, body: dict[str, Any]) -> Any:
        response = httpx.post(self.url + path, json=body, timeout=10)
        response.raise_for_status()
        return response.json()

    def create_scenario(self, title: str, expected_steps: list[str] | None = None) -> dict[str, Any]:
        """A trainer's own scenario, made through the API."""
        body = {
            "language": "ja",
            "title": title,
            "situation": "注文した品が届かない。",
            "persona": "丁寧だが急いでいる。",
            "expected_steps": expected_steps or ["apology", "empathy"],
        }
        created: dict[str, Any] = self.post("/api/training/scenarios", body)
        return created

    def replay(self, clip: Path, trainee: str, channels: str | None = None) -> dict[str, Any]:
        """An attempt made through the API (upload, replay at speed 0), once its score card is out."""
        with clip.open("rb") as audio:
            upload = httpx.post(f"{self.url}/api/uploads", files={"file": (clip.name, audio, "audio/wav")}, timeout=30)
        upload.raise_for_status()
        body = {
            "file_id": upload.json()["file_id"],
            "trainee": trainee,
            "speed": 0,
            "channels": channels,
            "scenario_id": "ja-clinic-wait",
        }
        started = httpx.post(f"{self.url}/api/training/replays", json=body, timeout=10)
        started.raise_for_status()
        attempt_id = started.json()["attempt"]["id"]
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            attempt: dict[str, Any] = self.get(f"/api/training/attempts/{attempt_id}")
            if attempt["card"] is not None:
                return attempt
            time.sleep(0.3)
        raise AssertionError(f"attempt {attempt_id} got no score card")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Iterator[Service]:
    folder = tmp_path_factory.mktemp("training-service")
    (folder / "models").symlink_to((data_dir / "models").resolve(), target_is_directory=True)
    port = free_port()
    with mock.patch.dict(os.environ, {"COMPANION_MAX_UPLOAD_MB": str(UPLOAD_LIMIT_MB)}):
        process = start(folder, port)
    try:
        yield Service(f"http://127.0.0.1:{port}")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh Japanese page that fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert not errors, f"script errors on the page: {errors}"


def open_training(page: Any, service: Service, hash_: str = "") -> None:
    page.goto(f"{service.url}/training{hash_}")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


def test_an_upload_through_the_page_shows_its_progress_and_reaches_a_score_card(page: Any, service: Service) -> None:
    open_training(page, service)
    # A slow uplink, so the upload takes a couple of seconds and its bar moves through partial values.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 400 * 1024},
    )
    page.evaluate("""() => {
      window.seenUpload = [];
      new MutationObserver(() => window.seenUpload.push(Number(document.querySelector('#upload-progress').value)))
        .observe(document.querySelector('#upload-progress'), { attributes: true });
    }""")
    page.locator("#file").set_input_files(str(STEREO))
    page.locator("#trainee").fill("佐藤")
    page.locator("#scenario").select_option("ja-clinic-wait")
    page.locator("#start").click()
    page.wait_for_selector("#card .score .big", state="attached", timeout=90_000)
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )

    seen = page.evaluate("window.seenUpload")
    assert any(0 < value < 1 for value in seen), f"no partial upload progress was shown: {seen}"
    assert seen[-1] == 1
    assert page.locator("#process-progress").get_attribute("data-value") == "1"
    attempt_id = page.url.rsplit("#attempt/", 1)[1]
    attempt = service.get(f"/api/training/attempts/{attempt_id}")
    assert attempt["trainee"] == "佐藤" and attempt["scenario_id"] == "ja-clinic-wait"
    card = attempt["card"]
    assert page.locator("#score-value").inner_text() == _num(card["score"])
    assert page.locator("#card .formula-text").inner_text().startswith("得点 = 100")
    assert page.locator("#card table.components tbody tr").count() == len(card["components"]) == 6
    assert "未実施 1 つ −12" in page.locator("#card tr[data-component=steps] td.weights").inner_text()
    for step in card["steps"]:
        assert page.locator(f"#card li[data-step={step['step']}]").get_attribute("data-status") == step["status"]
    assert card["first_apology"] is not None
    assert _num(card["first_apology"]["seconds"]) in page.locator("#first-apology").inner_text()
    # the replayed panel at the end of the call: what the staff member saw, then the summary
    assert page.locator("#replay-transcript li").count() == len(card["utterances"])
    assert page.locator("#replay-steps li[data-step=apology].done").count() == 1
    pdf = httpx.get(service.url + (page.locator("#card-pdf").get_attribute("href") or ""), timeout=30)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    page.screenshot(path=str(ARTIFACTS / "training-score-card.png"), full_page=True)


def test_a_wrong_file_is_refused_with_the_services_words_and_the_page_stays_usable(
    page: Any, service: Service, tmp_path: Path
) -> None:
    open_training(page, service)
    page.locator("#trainee").fill("高橋")
    truncated = tmp_path / "cut.wav"
    truncated.write_bytes(STEREO.read_bytes()[:30])  # the header breaks off
    oversized = tmp_path / "long.wav"
    with wave.open(str(oversized), "wb") as out:  # valid audio, larger than the service takes
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(b"\x00\x00" * 16_000 * 70)
    cases = [
        ({"name": "notes.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n"}, "unsupported file type '.pdf'"),
        (str(truncated), "cut.wav is not readable audio"),
    ]
    # dropped on the drop zone, as a trainer drags a file from the desktop
    page.locator("#drop").evaluate(
        """(zone) => {
          const dropped = new DataTransfer();
          dropped.items.add(new File(["not audio"], "dropped.txt", { type: "text/plain" }));
          zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dropped, bubbles: true, cancelable: true }));
        }"""
    )
    assert page.locator("#file-name").inner_text().startswith("dropped.txt")
    page.locator("#start").click()
    page.wait_for_selector("#error:not([hidden])", timeout=30_000)
    assert "unsupported file type '.txt'" in page.locator("#error").inner_text()
    for chosen, expected in cases:  # the service's own words (its 415 detail)
        page.locator("#file").set_input_files(chosen)
        page.locator("#start").click()
        page.wait_for_selector("#error:not([hidden])", timeout=30_000)
        assert expected in page.locator("#error").inner_text()
        assert page.locator("#start").is_enabled()
        assert page.locator("body").get_attribute("data-showing") == "new"

    # Too large: refused before a byte is sent, with the service's limit in the message.
    assert page.locator("#max-size").inner_text() == f"最大 {UPLOAD_LIMIT_MB} MB"
    page.locator("#file").set_input_files(str(oversized))
    assert f"long.wav は大きすぎます（最大 {UPLOAD_LIMIT_MB} MB）" in page.locator("#error").inner_text()
    assert page.locator("#file-name").inner_text() == ""
    # and were it sent anyway, the upload reports the service's 413 (or the cut connection) in words
    sent_anyway = page.evaluate(
        """async (size) => {
          const { uploadWithProgress } = await import("/static/training-upload.js");
          try { await uploadWithProgress(new File([new Uint8Array(size)], "long.wav"), () => {}); return "accepted"; }
          catch (err) { return err.message; }
        }""",
        oversized.stat().st_size,
    )
    assert f"larger than {UPLOAD_LIMIT_MB} MB" in sent_anyway or "ファイルが大きすぎる" in sent_anyway, sent_anyway
    page.screenshot(path=str(ARTIFACTS / "training-upload-error.png"))
    assert httpx.get(f"{service.url}/api/health", timeout=5).status_code == 200

    # Still usable: a one-microphone recording, speakers attributed, reaches its score card.
    page.locator("#file").set_input_files(str(MONO))
    page.locator("input[name=channels][value=auto]").check()
    page.locator("#start").click()
    page.wait_for_selector("#card .score .big", state="attached", timeout=90_000)
    assert page.locator("#error").is_hidden()
    assert page.locator("#trainer-transcript li").count() >= 2
    assert page.locator("#trainer-transcript li[data-speaker=staff]").count() >= 1


def test_a_speaker_fix_re_scores_the_card_at_once(page: Any, service: Service) -> None:
    attempt = service.replay(STEREO, "鈴木")
    open_training(page, service, f"#attempt/{attempt['id']}")
    page.wait_for_selector("#card .score .big", state="attached", timeout=30_000)
    before = page.locator("#score-value").inner_text()
    apology = next(u for u in attempt["card"]["utterances"] if "apology" in u["labels"] and u["speaker"] == "staff")
    assert page.locator("#card li[data-step=apology]").get_attribute("data-status") == "done"

    # The apology was the staff member's; say it was the customer's: the apology step is gone from the card.
    line = page.locator(f"#trainer-transcript li[data-index='{apology['index']}']")
    line.locator("button.fix-speaker[data-to=customer]").click()
    page.wait_for_selector("body[data-fixes='1']", timeout=30_000)
    after = page.locator("#score-value").inner_text()
    stored = service.get(f"/api/training/attempts/{attempt['id']}")
    assert after == _num(stored["score"]) != before
    assert float(after) < float(before)
    assert page.locator("#card li[data-step=apology]").get_attribute("data-status") == "missed"
    fixed = page.locator(f"#trainer-transcript li[data-index='{apology['index']}']")
    assert fixed.get_attribute("data-speaker") == "customer" and fixed.get_attribute("data-source") == "trainer"
    assert "1" in page.locator("#card .speakers-source").inner_text()

    # A comment on that line, kept with the call.
    page.locator("#trainer").fill("講師A")
    page.locator("#trainer").dispatch_event("change")
    fixed.locator("button.comment").click()
    fixed.locator("textarea").fill("お詫びはスタッフが先に言いましょう")
    fixed.locator("form button[type=submit]").click()
    page.locator(f"#trainer-transcript li[data-index='{apology['index']}'] .comments li").wait_for(timeout=10_000)
    notes = service.get(f"/api/calls/{attempt['call']}/notes")["notes"]
    assert [(n["index"], n["author"], n["text"]) for n in notes] == [
        (apology["index"], "講師A", "お詫びはスタッフが先に言いましょう")
    ]
    page.screenshot(path=str(ARTIFACTS / "training-speaker-fix.png"), full_page=True)


def test_two_attempts_side_by_side_show_both_scores_and_the_delta(page: Any, service: Service) -> None:
    first = service.replay(STEREO, "田中", channels="customer,staff")  # the speakers the wrong way round
    second = service.replay(STEREO, "田中")
    assert first["score"] != second["score"], "the two attempts should score differently"
    open_training(page, service, "#attempts")
    group = page.locator("table.groups tbody tr[data-trainee=田中]")  # attempts grouped by trainee and scenario
    group.wait_for(timeout=10_000)
    cells = group.locator("td").all_inner_texts()
    assert cells[1:] == ["2", _num(max(first["score"], second["score"])), _num(second["score"])]
    page.locator("#filter-trainee").select_option("田中")
    page.wait_for_selector("#progress svg circle", timeout=10_000)
    assert page.locator("#progress svg circle").count() == 2  # progress over time, oldest first
    scores = page.locator("#progress svg circle").evaluate_all("dots => dots.map(d => Number(d.dataset.score))")
    assert scores == [first["score"], second["score"]]
    for attempt in (second, first):  # ticking order does not matter: A is the earlier attempt
        page.locator(f"#attempts-body input.pick[data-attempt='{attempt['id']}']").check()
    page.locator("#compare").click()
    page.wait_for_selector("#score-delta", timeout=10_000)
    assert page.locator("table.compare td.big[data-side=a]").inner_text() == _num(first["score"])
    assert page.locator("table.compare td.big[data-side=b]").inner_text() == _num(second["score"])
    delta = second["score"] - first["score"]
    shown = page.locator("#score-delta").inner_text()
    assert shown == ("+" if delta > 0 else "−") + _num(abs(delta))
    assert "better" in (page.locator("#score-delta").get_attribute("class") or "")
    page.screenshot(path=str(ARTIFACTS / "training-compare.png"), full_page=True)


def test_the_scrubber_moves_the_panel_back_in_time(page: Any, service: Service) -> None:
    attempt = service.replay(STEREO, "伊藤")
    utterances = attempt["card"]["utterances"]
    assert [u["speaker"] for u in utterances[:2]] == ["customer", "staff"]
    open_training(page, service, f"#attempt/{attempt['id']}")
    page.wait_for_selector("#card .score .big", state="attached", timeout=30_000)
    assert page.locator("#replay-transcript li").count() == len(utterances)

    # Just after the customer's first words: one line, the memo has them, no apology yet, no summary marks.
    seek(page, utterances[0]["end"] + 0.01)
    assert page.locator("#replay-transcript li").count() == 1
    assert page.locator("#replay-memo li").count() == 1
    assert page.locator("#replay-steps li.done").count() == 0
    assert page.locator("#replay-steps li.next[data-step=apology]").count() == 1
    assert page.locator("#replay-steps li.missed").count() == 0
    page.screenshot(path=str(ARTIFACTS / "training-scrubbed.png"))

    # After the staff's apology: two lines, the apology done, empathy is next.
    seek(page, utterances[1]["end"] + 0.01)
    assert page.locator("#replay-transcript li").count() == 2
    assert page.locator("#replay-steps li.done[data-step=apology]").count() == 1
    assert page.locator("#replay-steps li.next[data-step=empathy]").count() == 1
    # the README's picture: refreshed only when asked, so a test run leaves the checkout clean
    shot = (
        ROOT / "docs" / "training.png"
        if os.environ.get("UPDATE_DOCS_SCREENSHOTS")
        else ARTIFACTS / "training-replay.png"
    )
    page.screenshot(path=str(shot), full_page=True, clip={"x": 0, "y": 0, "width": 1280, "height": 1450})

    # Back to the end: every line and the summary's misses again.
    page.locator("#to-end").click()
    assert page.locator("#replay-transcript li").count() == len(utterances)
    summary = service.get(f"/api/calls/{attempt['call']}")  # the panel's misses are the call summary's
    assert page.locator("#replay-steps li.missed").count() == len(summary["missed_steps"]) > 0


def seek(page: Any, seconds: float) -> None:
    """What dragging the scrubber does: a new value and an input event; then wait for the panel to follow."""
    value = page.locator("#scrubber").evaluate(
        "(range, t) => { range.value = String(t); range.dispatchEvent(new Event('input', { bubbles: true }));"
        " return range.value; }",
        seconds,
    )
    page.wait_for_function("v => document.body.dataset.replayAt === v", arg=value, timeout=5_000)


def _num(value: float) -> str:
    """As the page prints numbers: one decimal at most, no trailing zero."""
    rounded = round(value * 10) / 10
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def test_a_scenario_created_in_the_library_can_be_practised(page: Any, service: Service) -> None:
    open_training(page, service, "#scenarios")
    shipped = service.get("/api/training/scenarios")["scenarios"]
    assert page.locator("#scenario-list li").count() == len(shipped) > 0
    page.locator("#new-scenario summary").click()
    form = page.locator("#scenario-form")
    form.locator("input[name=title]").fill("配送の遅れ（研修用）")
    form.locator("textarea[name=situation]").fill("注文した品が三日遅れて届いた。")
    form.locator("textarea[name=persona]").fill("落ち着いているが、次回の保証を求める。")
    form.locator("input[name=expected][value=solution]").check()
    form.locator("select[name=expect_escalation]").select_option("false")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#scenario-detail h3:has-text('配送の遅れ（研修用）')", timeout=10_000)
    created = next(
        s for s in service.get("/api/training/scenarios")["scenarios"] if s["title"] == "配送の遅れ（研修用）"
    )
    assert created["expected_steps"] == ["apology", "empathy", "confirm", "solution"]
    assert created["expect_escalation"] is False and not created["builtin"]
    assert page.locator("#scenario-detail ol.steps li").count() == 4
    page.screenshot(path=str(ARTIFACTS / "training-scenarios.png"), full_page=True)
    page.locator("#scenario-detail button.primary").click()  # practise it: the upload form, scenario chosen
    page.wait_for_selector("#view-new:not([hidden])")
    assert page.locator("#scenario").input_value() == created["id"]


def test_play_plays_the_recording_and_the_panel_follows_it(page: Any, service: Service) -> None:
    attempt = service.replay(STEREO, "渡辺")
    utterances = attempt["card"]["utterances"]
    open_training(page, service, f"#attempt/{attempt['id']}")
    page.wait_for_selector("#card .score .big", state="attached", timeout=30_000)
    total = float(page.locator("#scrubber").get_attribute("max") or 0)
    assert page.evaluate(STATE)["at"] == total  # the replay has finished: the panel shows the call's end

    # ▶ after the end starts the recording over; once it is past the customer's first words, the panel is
    # the panel of that second: the first line only, the apology still to come, the scrubber and clock with it
    page.locator("#play").click()
    first, apology = utterances[0]["end"], utterances[1]["end"]
    page.wait_for_function("t => Number(document.body.dataset.replayAt) < t", arg=first, timeout=5_000)
    page.wait_for_function("t => Number(document.body.dataset.replayAt) > t", arg=first, timeout=first * 1000 + 10_000)
    playing = page.evaluate(STATE)
    assert not playing["paused"] and playing["play"] == "❚❚"
    assert first < playing["at"] < apology and playing["at"] <= playing["audio"] < playing["at"] + 0.6
    assert playing["lines"] == 1 and playing["next"] == "apology" and playing["done"] == []
    assert playing["scrub"] == pytest.approx(playing["at"], abs=0.01)
    assert playing["time"] == f"{_clock(playing['at'])} / {_clock(total)}"

    # it goes on: past the staff's apology, two lines and the apology done
    page.wait_for_function("t => Number(document.body.dataset.replayAt) > t", arg=apology, timeout=10_000)
    later = page.evaluate(STATE)
    assert later["lines"] == len([u for u in utterances if u["end"] <= later["at"]]) >= 2
    assert "apology" in later["done"] and later["scrub"] > playing["scrub"]

    # ❚❚ holds the panel where it is; ▶ goes on from there, not from the start
    page.locator("#play").click()
    page.wait_for_function(
        "() => document.querySelector('#replay-audio').paused && document.querySelector('#play').textContent === '▶'"
    )
    held = page.evaluate(STATE)
    time.sleep(0.6)
    assert page.evaluate(STATE)["at"] == held["at"]
    page.locator("#play").click()
    page.wait_for_function("t => Number(document.body.dataset.replayAt) > t + 0.2", arg=held["at"], timeout=5_000)
    assert page.evaluate(STATE)["audio"] >= held["at"]

    # to the end (four times as fast, to spare the wait): the panel is the call's end again, summary included
    page.evaluate("() => { document.querySelector('#replay-audio').playbackRate = 4; }")
    page.wait_for_function("() => document.querySelector('#replay-audio').ended", timeout=15_000)
    page.wait_for_function("t => Number(document.body.dataset.replayAt) === t", arg=total, timeout=5_000)
    ended = page.evaluate(STATE)
    summary = service.get(f"/api/calls/{attempt['call']}")
    assert ended["lines"] == len(utterances) and ended["play"] == "▶"
    assert ended["missed"] == len(summary["missed_steps"]) > 0


LINES = """node => {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size;
}"""  # how many lines a text takes on screen

STATE = """() => {
  const audio = document.querySelector('#replay-audio');
  return { audio: audio.currentTime, paused: audio.paused, at: Number(document.body.dataset.replayAt),
    scrub: Number(document.querySelector('#scrubber').value), time: document.querySelector('#scrub-time').textContent,
    play: document.querySelector('#play').textContent,
    lines: document.querySelectorAll('#replay-transcript li').length,
    next: document.querySelector('#replay-steps li.next')?.dataset.step ?? null,
    done: [...document.querySelectorAll('#replay-steps li.done')].map((li) => li.dataset.step),
    missed: document.querySelectorAll('#replay-steps li.missed').length };
}"""


def _clock(seconds: float) -> str:
    """As the page's clock prints a position: mm:ss, seconds cut, not rounded."""
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def test_a_trainers_scenario_is_edited_in_place(page: Any, service: Service) -> None:
    mine = service.create_scenario("返品の相談（編集前）", expected_steps=["apology", "confirm"])
    open_training(page, service, f"#scenarios/{mine['id']}")
    page.wait_for_selector("#scenario-detail h3:has-text('返品の相談（編集前）')")
    page.locator("#scenario-detail button.edit").click()
    form = page.locator("#scenario-detail form.scenario-form")
    # the form holds the scenario as it is
    assert form.locator("input[name=title]").input_value() == "返品の相談（編集前）"
    assert form.locator("textarea[name=situation]").input_value() == mine["situation"]
    checked = form.locator("input[name=expected]:checked").evaluate_all("boxes => boxes.map(b => b.value)")
    assert checked == ["apology", "confirm"]
    assert form.locator("select[name=expect_escalation]").input_value() == ""

    # cancel: nothing changed, the scenario shows again
    form.locator("input[name=title]").fill("捨てられる題")
    form.locator("button.cancel").click()
    page.wait_for_selector("#scenario-detail h3:has-text('返品の相談（編集前）')")
    assert service.get(f"/api/training/scenarios/{mine['id']}")["title"] == "返品の相談（編集前）"

    page.locator("#scenario-detail button.edit").click()
    form.locator("input[name=title]").fill("返品の相談")
    form.locator("textarea[name=situation]").fill("届いた靴のサイズが違っていた。")
    form.locator("textarea[name=persona]").fill("急いでいて、少し苛立っている。")
    form.locator("input[name=expected][value=confirm]").uncheck()
    form.locator("input[name=expected][value=solution]").check()
    form.locator("input[name=expected][value=thanks]").check()
    form.locator("select[name=expect_escalation]").select_option("false")
    page.screenshot(path=str(ARTIFACTS / "training-scenario-edit.png"), full_page=True)
    # another interface language while editing: the words change, the edits stay
    page.locator("#ui-lang").select_option("zh")
    assert page.locator("#scenario-detail h3").inner_text() == "编辑情景"
    assert form.locator("button[type=submit]").inner_text() == "保存"
    assert form.locator("select[name=expect_escalation] option[value=false]").inner_text() == "不需要交给主管"
    assert form.locator("input[name=title]").input_value() == "返品の相談"
    page.locator("#ui-lang").select_option("ja")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("#scenario-detail h3:has-text('返品の相談')")
    saved = service.get(f"/api/training/scenarios/{mine['id']}")
    assert (saved["title"], saved["situation"], saved["persona"]) == (
        "返品の相談",
        "届いた靴のサイズが違っていた。",
        "急いでいて、少し苛立っている。",
    )
    assert saved["expected_steps"] == ["apology", "solution", "thanks"] and saved["expect_escalation"] is False
    assert saved["playbook"] == mine["playbook"] and saved["updated_at"] != mine["updated_at"]
    steps = page.locator("#scenario-detail ol.steps li").evaluate_all("items => items.map(li => li.dataset.step)")
    assert steps == ["apology", "solution", "thanks"]
    assert "届いた靴のサイズが違っていた。" in page.locator("#scenario-detail dl").inner_text()
    assert page.locator(f"#scenario-list li[data-scenario='{mine['id']}'] a").inner_text() == "返品の相談"
    assert page.locator(f"#scenario option[value='{mine['id']}']").inner_text() == "返品の相談"  # the upload form's
    page.screenshot(path=str(ARTIFACTS / "training-scenario-edited.png"), full_page=True)

    # the service refuses (here: someone deleted it meanwhile): its reason in one line, the edits kept
    page.locator("#scenario-detail button.edit").click()
    form.locator("input[name=title]").fill("返品の相談（再編集）")
    httpx.delete(f"{service.url}/api/training/scenarios/{mine['id']}", timeout=10).raise_for_status()
    form.locator("button[type=submit]").click()
    error = form.locator(".form-error")
    error.wait_for(timeout=5_000)
    assert error.inner_text() == f"保存できませんでした：no scenario '{mine['id']}'" and error.evaluate(LINES) == 1
    assert form.locator("input[name=title]").input_value() == "返品の相談（再編集）"
    assert page.locator("#error").is_hidden()


def test_a_trainers_scenario_is_deleted_after_an_in_page_confirmation(page: Any, service: Service) -> None:
    mine = service.create_scenario("電話の折り返し忘れ")
    used = service.create_scenario("使用中のシナリオ")
    practised = service.replay(STEREO, "中村")
    service.post("/api/training/attempts", {"call": practised["call"], "trainee": "中村", "scenario_id": used["id"]})
    page.on("dialog", lambda dialog: pytest.fail(f"a browser dialog was opened: {dialog.message}"))
    open_training(page, service, f"#scenarios/{mine['id']}")
    page.wait_for_selector("#scenario-detail h3:has-text('電話の折り返し忘れ')")

    # asked in the page; cancelled, nothing is deleted and the button is back
    page.locator("#scenario-detail button.delete").click()
    confirm = page.locator("#scenario-detail .confirm")
    assert confirm.locator(".question").inner_text() == "このシナリオを削除しますか？"
    assert confirm.locator("button.confirm-no").evaluate("b => b === document.activeElement")  # Enter does not delete
    confirm.locator("button.confirm-no").click()
    assert confirm.count() == 0 and page.locator("#scenario-detail button.delete").is_visible()
    page.locator("#scenario-detail button.delete").click()
    page.keyboard.press("Escape")
    assert confirm.count() == 0
    assert service.get(f"/api/training/scenarios/{mine['id']}")["title"] == "電話の折り返し忘れ"

    page.locator("#scenario-detail button.delete").click()
    confirm.locator("button.confirm-yes").click()
    page.wait_for_selector(f"#scenario-list li[data-scenario='{mine['id']}']", state="detached", timeout=5_000)
    assert httpx.get(f"{service.url}/api/training/scenarios/{mine['id']}", timeout=10).status_code == 404
    assert page.url.endswith("#scenarios")
    assert page.locator("#scenario-detail").inner_text() == "左の一覧からシナリオを選んでください"
    assert page.locator(f"#scenario option[value='{mine['id']}']").count() == 0
    assert page.locator("#error").is_hidden()

    # one still practised is refused by the service: its reason in one line beside the question, nothing lost
    page.locator(f"#scenario-list li[data-scenario='{used['id']}'] a").click()
    page.wait_for_selector("#scenario-detail h3:has-text('使用中のシナリオ')")
    page.locator("#scenario-detail button.delete").click()
    confirm.locator("button.confirm-yes").click()
    refusal = confirm.locator(".error")
    refusal.wait_for(timeout=5_000)
    assert refusal.inner_text() == f"削除できませんでした：scenario '{used['id']}' has 1 attempt(s); delete them first"
    assert refusal.evaluate(LINES) == 1
    assert page.locator(f"#scenario-list li[data-scenario='{used['id']}']").count() == 1
    page.screenshot(path=str(ARTIFACTS / "training-scenario-refused.png"), full_page=True)
    confirm.locator("button.confirm-no").click()
    assert page.locator("#scenario-detail button.delete").is_visible()


def test_shipped_scenarios_are_read_only_on_the_page_and_in_the_service(page: Any, service: Service) -> None:
    shipped = [s for s in service.get("/api/training/scenarios")["scenarios"] if s["builtin"]]
    assert len(shipped) == 5
    open_training(page, service, "#scenarios")
    for scenario in shipped:
        page.locator(f"#scenario-list li[data-scenario='{scenario['id']}'] a").click()
        page.wait_for_function(
            "id => document.querySelector('#scenario-detail').dataset.scenario === id", arg=scenario["id"]
        )
        detail = page.locator("#scenario-detail")
        assert detail.locator("h3").inner_text() == scenario["title"]
        assert detail.locator("button.edit, button.delete, form").count() == 0
        assert detail.locator("button.practise").is_visible()
        assert detail.locator(".read-only").inner_text() == "標準のシナリオは練習に使えますが、編集や削除はできません"
    # and were the requests sent anyway, the service refuses them
    body = {key: shipped[0][key] for key in ("language", "title", "situation", "persona", "expected_steps")}
    edited = httpx.put(f"{service.url}/api/training/scenarios/{shipped[0]['id']}", json=body, timeout=10)
    deleted = httpx.delete(f"{service.url}/api/training/scenarios/{shipped[0]['id']}", timeout=10)
    assert edited.status_code == deleted.status_code == 409 and "shipped" in deleted.json()["detail"]


def test_an_attempt_is_deleted_and_the_list_chart_and_comparison_follow(page: Any, service: Service) -> None:
    first = service.replay(STEREO, "小林")
    second = service.post("/api/training/attempts", {"call": first["call"], "trainee": "小林", "scenario_id": None})
    page.on("dialog", lambda dialog: pytest.fail(f"a browser dialog was opened: {dialog.message}"))
    open_training(page, service, "#attempts")
    page.wait_for_selector("#attempts-body tr")
    page.locator("#filter-trainee").select_option("小林")
    page.wait_for_function("() => document.querySelectorAll('#progress svg circle').length === 2")
    for attempt in (first, second):
        page.locator(f"#attempts-body input.pick[data-attempt='{attempt['id']}']").check()
    assert page.locator("#compare").is_enabled()

    row = page.locator(f"#attempts-body tr[data-attempt='{first['id']}']")
    row.locator("button.delete-attempt").click()
    confirm = page.locator(f"#attempts-body tr.confirm-row[data-confirms='{first['id']}'] .confirm")
    assert confirm.locator(".question").inner_text().startswith("この練習の記録を削除しますか？")
    page.screenshot(path=str(ARTIFACTS / "training-attempt-confirm.png"))
    confirm.locator("button.confirm-no").click()  # cancelled: still there
    assert confirm.count() == 0 and row.locator("button.delete-attempt").is_enabled()
    assert page.locator("#attempts-body tr").count() == 2

    row.locator("button.delete-attempt").click()
    confirm.locator("button.confirm-yes").click()
    page.wait_for_selector(f"#attempts-body tr[data-attempt='{first['id']}']", state="detached", timeout=5_000)
    assert httpx.get(f"{service.url}/api/training/attempts/{first['id']}", timeout=10).status_code == 404
    assert httpx.get(f"{service.url}/api/calls/{first['call']}", timeout=10).status_code == 200  # the call stays
    # the list, its count, the filter's count, the chart and the comparison's choice follow
    assert page.locator("#attempts-body tr").count() == 1
    assert page.locator("#attempts-total").inner_text() == "1 件"
    assert page.locator("#filter-trainee").input_value() == "小林"
    assert page.locator("#filter-trainee option[value=小林]").inner_text() == "小林 (1)"
    page.wait_for_function("() => document.querySelectorAll('#progress svg circle').length === 1")
    assert page.locator(f"#attempts-body input.pick[data-attempt='{second['id']}']").is_checked()
    assert page.locator("#compare").is_disabled()
    assert page.locator("#error").is_hidden()
    page.screenshot(path=str(ARTIFACTS / "training-attempt-deleted.png"), full_page=True)

    # the last one: the trainee leaves the filter and the groups
    last = page.locator(f"#attempts-body tr[data-attempt='{second['id']}']")
    last.locator("button.delete-attempt").click()
    page.locator(f"#attempts-body tr[data-confirms='{second['id']}'] button.confirm-yes").click()
    page.wait_for_selector("#filter-trainee option[value=小林]", state="detached", timeout=5_000)
    assert page.locator("#filter-trainee").input_value() == ""
    assert page.locator("table.groups tbody tr[data-trainee=小林]").count() == 0
    page.locator(f"#attempts-body input.pick[data-attempt='{second['id']}']").wait_for(state="detached")
    assert page.locator("#compare").is_disabled()
