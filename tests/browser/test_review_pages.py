"""The supervisors' pages in headless Chromium against a real service with two stored calls (real Whisper,
real SQLite, audio kept): find a call, read it, listen to it, annotate it, acknowledge its escalation,
edit and download its report, and watch the live board."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.browser.conftest import Service, snap

pytestmark = [pytest.mark.browser, pytest.mark.model]

RAW_KEY = re.compile(r"\b(?:report|step|status|lang|source|reason|order)_[a-z_]+\b")


def rows(page: Any) -> list[str]:
    return page.locator("#calls tbody tr").evaluate_all("trs => trs.map(tr => tr.dataset.call)")


def wait_list(page: Any) -> None:
    page.wait_for_function("document.body.dataset.loaded === location.search")


def open_call(page: Any, service: Service, call: str) -> None:
    page.goto(f"{service.url}/review/{call}")
    page.wait_for_selector("body[data-ready=yes]")


def test_list_filters_and_search_find_a_call_and_live_in_the_url(review_service: Service, page: Any) -> None:
    service = review_service
    page.goto(service.url + "/review?staff=" + "鈴木")  # a shared link opens with its filters in the form
    wait_list(page)
    assert rows(page) == [service.short] and page.locator("#staff").input_value() == "鈴木"
    page.goto(service.url + "/review")
    wait_list(page)
    assert set(rows(page)) == {service.short, service.demo}

    page.locator("#q").fill("壊れて")  # the short call's customer: 箱を開けたら壊れていました
    page.locator("#filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"q=%E5%A3%8A"))
    wait_list(page)
    assert rows(page) == [service.short]

    page.locator("#q").fill("")
    page.locator("#escalated").check()  # applies at once
    page.wait_for_url(re.compile(r"escalated=1"))
    wait_list(page)
    assert rows(page) == [service.demo]
    assert "unacked" in (page.locator(f"tr[data-call='{service.demo}']").get_attribute("class") or "")

    page.go_back()  # the previous filters come back with the previous list
    wait_list(page)
    assert page.locator("#q").input_value() == "壊れて" and not page.locator("#escalated").is_checked()
    assert rows(page) == [service.short]

    page.locator("#last7").click()
    wait_list(page)
    assert "since=" in page.url and rows(page) == [service.short]  # today's call, search still applied
    csv_link = page.locator("#export-csv").get_attribute("href") or ""
    assert "format=csv" in csv_link and "q=" in csv_link and "since=" in csv_link
    with page.expect_download() as download:
        page.locator("#export-csv").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert service.short in exported and service.demo not in exported

    page.locator("#until").fill("2001-01-01")
    page.locator("#until").dispatch_event("change")
    wait_list(page)
    assert rows(page) == [] and page.locator("#empty").is_visible()
    page.locator("#clear").click()
    wait_list(page)
    snap(page, "review-list")


def test_call_page_lanes_timeline_markers_and_audio_follow_the_transcript(review_service: Service, page: Any) -> None:
    service = review_service
    stored = service.get(f"/api/calls/{service.demo}")
    open_call(page, service, service.demo)
    speakers = [u["speaker"] for u in stored["utterances"]]
    assert page.locator("#transcript li.utt.staff").count() == speakers.count("staff") > 0
    assert page.locator("#transcript li.utt.customer").count() == speakers.count("customer") > 0
    assert page.locator("#transcript li.utt .chip").count() == sum(len(u["labels"]) for u in stored["utterances"])
    assert page.locator(".tl-row.alerts .marker").count() == len(stored["alerts"]) > 0
    assert page.locator(".tl-row.escalations .marker").count() == len(stored["escalations"]) == 1
    assert page.locator(".tl-row.labels .marker").count() > 0

    threat = next(a for a in stored["alerts"] if a["label"] == "threat")
    page.locator(f".tl-row.alerts .marker[data-index='{threat['index']}']").click()
    page.wait_for_function(
        "i => document.activeElement && document.activeElement.dataset.index === String(i)", arg=threat["index"]
    )
    page.wait_for_timeout(600)  # smooth scrolling
    focused = page.locator(f"#transcript li.utt[data-index='{threat['index']}']")
    in_view = "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"
    assert focused.evaluate(in_view)

    # The keyboard reaches every marker from one Tab stop: End goes to the last, Enter to its utterance.
    page.locator(".timeline .marker[tabindex='0']").focus()
    page.keyboard.press("End")
    latest = "Math.max(...[...document.querySelectorAll('.timeline .marker')].map((m) => parseFloat(m.style.left)))"
    assert page.evaluate(f"parseFloat(document.activeElement.style.left) === {latest}")
    last = page.evaluate("document.activeElement.dataset.index")
    page.keyboard.press("Enter")
    page.wait_for_function("i => document.activeElement.matches(`li.utt[data-index='${i}']`)", arg=last)

    # The audio was kept: clicking an utterance plays from its start, and the transcript follows.
    assert page.locator("body").get_attribute("data-audio") == "yes"
    target = stored["utterances"][8]
    page.locator(f"#transcript li.utt[data-index='{target['index']}'] .text").click()
    page.wait_for_function("() => !document.querySelector('#audio').paused")
    position = page.evaluate("document.querySelector('#audio').currentTime")
    assert target["start"] - 0.05 <= position < target["end"]
    page.locator(f"#transcript li.utt.playing[data-index='{target['index']}']").wait_for(timeout=3000)
    snap(page, "review-call")
    page.evaluate("document.querySelector('#audio').pause()")

    for language in ("zh", "en", "ja"):  # every text the page shows comes from i18n.json
        page.locator("#ui-lang").select_option(language)
        shown = page.locator("body").inner_text()
        assert not RAW_KEY.findall(shown), f"untranslated keys in {language}: {set(RAW_KEY.findall(shown))}"


def test_notes_tags_and_an_acknowledgement_survive_a_reload(review_service: Service, page: Any) -> None:
    service = review_service
    open_call(page, service, service.demo)
    page.locator("#supervisor").fill("鈴木")
    page.locator("#tag-input").fill("要フォロー")
    page.locator("#tag-form button").click()
    page.locator("#tags li[data-tag='要フォロー']").wait_for()
    page.locator("#note-text").fill("返金の判断は店長に確認済み")
    page.locator("#note-form button").click()
    page.locator("#notes li.note").wait_for()
    page.locator("#transcript li.utt[data-index='4'] .add-note").click()
    page.locator("#transcript form.note-form textarea").fill("ここで言い訳。研修で扱う")
    page.locator("#transcript form.note-form button[type=submit]").click()
    page.locator("#transcript li.utt[data-index='4'] .utt-notes li").wait_for()
    page.locator("#note-text").fill("書きかけ")  # a note written by mistake, then deleted
    page.locator("#note-form button").click()
    page.locator("#notes li.note", has_text="書きかけ").locator("button.danger").click()
    page.wait_for_function("document.querySelectorAll('#notes li.note').length === 2")

    escalation = page.locator("#escalations li.open")
    escalation.locator(".ack-note").fill("折り返し済み")
    escalation.locator("button.ack").click()
    page.locator("#escalations li.acked").wait_for()

    page.reload()
    page.wait_for_selector("body[data-ready=yes]")
    assert page.locator("#tags li[data-tag='要フォロー']").count() == 1
    assert page.locator("#notes li.note").count() == 2
    assert "ここで言い訳" in page.locator("#transcript li.utt[data-index='4'] .utt-notes").inner_text()
    assert "鈴木" in page.locator("#escalations li.acked").inner_text()
    assert page.locator(".tl-row.escalations .marker.acked").count() == 1

    page.goto(service.url + "/review?escalated=1")
    wait_list(page)
    row = page.locator(f"tr[data-call='{service.demo}']")
    assert "unacked" not in (row.get_attribute("class") or "")
    assert "要フォロー" in row.inner_text()
    page.goto(service.url + "/review?unacknowledged=1")
    wait_list(page)
    assert rows(page) == []


def test_an_edited_report_is_what_the_markdown_says(review_service: Service, page: Any) -> None:
    service = review_service
    open_call(page, service, service.short)
    page.locator("#supervisor").fill("鈴木")
    page.locator("#rf-follow_up_owner").wait_for()
    page.locator("#rf-follow_up_owner").fill("佐藤 花子")
    page.locator("#rf-remarks").fill("代わりの商品は本日発送")
    page.locator("#report-form button[type=submit]").click()
    page.locator(".field.edited[data-field=remarks]").wait_for()
    assert page.locator(".field.edited[data-field=reporter]").count() == 0  # untouched: still generated

    with page.expect_download() as download:
        page.locator(".export-report[data-format=md]").click()
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    memo = service.get(f"/api/calls/{service.short}")["memo"]
    assert "佐藤 花子" in markdown and "代わりの商品は本日発送" in markdown
    assert memo and all(m["quote"] in markdown for m in memo)  # the customer's words, verbatim
    page.locator("#report").scroll_into_view_if_needed()
    snap(page, "review-report")


def test_the_board_shows_an_escalation_within_a_second_and_opens_the_live_call(
    review_service: Service, page: Any
) -> None:
    service = review_service
    page.goto(service.url + "/board")
    page.wait_for_selector("body[data-board=connected]")
    call = service.post("/api/calls", {"source": "demo", "speed": 1, "staff": "佐藤"})["call"]
    try:
        card = page.locator(f"#live li[data-call='{call}']")
        card.wait_for(timeout=10_000)
        assert "escalated" not in (card.get_attribute("class") or "")
        raised = time.monotonic()
        service.post(f"/api/calls/{call}/escalate", {"reason": "harassment"})
        page.locator(f"#live li.escalated[data-call='{call}']").wait_for(timeout=1000)
        seen_after = time.monotonic() - raised
        assert page.locator(f"#notices .notice[data-call='{call}']").is_visible()
        assert not page.locator("#sound").is_checked()  # the chime is off unless turned on
        snap(page, "review-board")

        card.locator("a").click()  # the live call, followed as it goes
        page.wait_for_selector("body[data-ready=yes]")
        assert page.locator("#live-badge").is_visible()
        assert page.locator("#escalations li.open").count() == 1
        heard = page.locator("#transcript li.utt").count()
        page.locator(f"#transcript li.utt >> nth={heard}").wait_for(timeout=20_000)
    finally:
        httpx.post(f"{service.url}/api/calls/{call}/stop", timeout=5)
    assert seen_after < 1.0
    page.wait_for_function("document.querySelector('#live-badge').hidden", timeout=20_000)
    assert page.locator("[data-fact=status]").inner_text() != page.locator("#live-badge").inner_text()
