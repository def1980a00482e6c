"""Scenarios, attempts, progress, comparison, speaker fixes and the PDF through the API, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.training.conftest import store_call

pytestmark = pytest.mark.model

FACT = "昨日届いた商品が、箱を開けたら壊れていました。"
APOLOGY = "大変申し訳ございません。"
REQUEST = "代わりの商品を早く送ってほしいです。"
EMPATHY = "お気持ちはよくわかります。確認させていただきます。"


def lost(card: dict, component: str) -> float:
    return next(c["points_lost"] for c in card["components"] if c["id"] == component)


def test_shipped_scenarios_in_three_languages_and_trainers_own(client: TestClient) -> None:
    shipped = client.get("/api/training/scenarios").json()["scenarios"]
    assert {s["language"] for s in shipped if s["builtin"]} == {"ja", "zh", "en"}
    assert all(s["situation"] and s["persona"] and s["expected_steps"] for s in shipped)
    assert [s["id"] for s in client.get("/api/training/scenarios?language=zh").json()["scenarios"]] == [
        "zh-hospital-billing"
    ]

    body = {
        "language": "ja",
        "title": "電話での料金の問い合わせ",
        "situation": "請求額が高い",
        "persona": "落ち着いた年配の方",
        "expected_steps": ["confirm", "apology"],
        "expect_escalation": None,
    }
    created = client.post("/api/training/scenarios", json=body)
    assert created.status_code == 201, created.text
    mine = created.json()
    assert mine["builtin"] is False and mine["expected_steps"] == ["apology", "confirm"]  # playbook order
    assert client.get(f"/api/training/scenarios/{mine['id']}").json()["title"] == body["title"]
    edited = client.put(f"/api/training/scenarios/{mine['id']}", json=body | {"title": "料金の問い合わせ"})
    assert edited.status_code == 200 and edited.json()["title"] == "料金の問い合わせ"
    assert mine["id"] in [s["id"] for s in client.get("/api/training/scenarios?language=ja").json()["scenarios"]]

    refused = client.put("/api/training/scenarios/ja-clinic-wait", json=body)
    assert refused.status_code == 409 and "shipped" in refused.json()["detail"]
    assert client.delete("/api/training/scenarios/ja-clinic-wait").status_code == 409
    bad = client.post("/api/training/scenarios", json=body | {"expected_steps": ["apology", "dance"]})
    assert bad.status_code == 422 and "dance" in bad.json()["detail"]
    assert client.post("/api/training/scenarios", json=body | {"language": "fr"}).status_code == 422
    assert client.get("/api/training/scenarios/nope").status_code == 404
    assert client.delete(f"/api/training/scenarios/{mine['id']}").json() == {"deleted": mine["id"]}
    assert client.get(f"/api/training/scenarios/{mine['id']}").status_code == 404


def test_attempts_grouped_compared_and_over_time(client: TestClient, calls: Any) -> None:
    weak = [
        ("customer", FACT, 0.5, 4.7, ["fact"]),
        ("staff", "でも規則ですので", 5.0, 7.0, ["excuse"]),
        ("customer", REQUEST, 8.2, 11.0, ["request"]),
        ("staff", APOLOGY, 30.0, 32.0, ["apology"]),
    ]
    good = [
        ("customer", FACT, 0.5, 4.7, ["fact"]),
        ("staff", APOLOGY, 5.6, 7.4, ["apology"]),
        ("customer", REQUEST, 8.2, 11.0, ["request"]),
        ("staff", EMPATHY, 12.0, 15.8, ["empathy", "confirm"]),
    ]
    store_call(calls, "weak1", weak)
    store_call(calls, "good1", good)
    store_call(calls, "other1", good)
    first = client.post(
        "/api/training/attempts", json={"call": "weak1", "trainee": "山田", "scenario_id": "ja-front-desk-parking"}
    )
    assert first.status_code == 201, first.text
    second = client.post(
        "/api/training/attempts", json={"call": "good1", "trainee": "山田", "scenario_id": "ja-front-desk-parking"}
    )
    client.post("/api/training/attempts", json={"call": "other1", "trainee": "佐藤", "scenario_id": "ja-clinic-wait"})
    a, b = first.json(), second.json()
    assert a["card"]["scenario_id"] == "ja-front-desk-parking" and a["scenario_title"]
    assert b["score"] == 100.0  # the three steps this scenario expects, in order, at once
    assert a["score"] < b["score"]

    listed = client.get("/api/training/attempts", params={"trainee": "山田"}).json()
    assert listed["total"] == 2 and [x["id"] for x in listed["attempts"]] == [b["id"], a["id"]]
    assert "card" not in listed["attempts"][0]

    trainees = {t["trainee"]: t for t in client.get("/api/training/trainees").json()["trainees"]}
    assert set(trainees) == {"山田", "佐藤"}
    [group] = trainees["山田"]["scenarios"]
    assert group["attempts"] == 2 and group["best_score"] == 100.0 and group["last_score"] == 100.0
    assert group["scenario_id"] == "ja-front-desk-parking" and group["scenario_title"]

    series = client.get("/api/training/progress", params={"trainee": "山田", "scenario_id": "ja-front-desk-parking"})
    points = series.json()["points"]
    assert [p["attempt"] for p in points] == [a["id"], b["id"]]
    assert points[0]["score"] == a["score"] and points[0]["lost"]["cautions"] == 4.0

    compared = client.get("/api/training/compare", params={"a": a["id"], "b": b["id"]}).json()
    assert compared["a"]["card"]["score"] == a["score"] and compared["b"]["card"]["score"] == b["score"]
    assert compared["delta"]["score"] == round(b["score"] - a["score"], 2)
    deltas = {d["id"]: d for d in compared["delta"]["components"]}
    assert deltas["cautions"] == {"id": "cautions", "a_lost": 4.0, "b_lost": 0.0, "delta": 4.0}
    assert sum(d["delta"] for d in deltas.values()) == pytest.approx(compared["delta"]["score"])
    steps = {s["step"]: (s["a"], s["b"]) for s in compared["delta"]["steps"]}
    assert steps["empathy"] == ("missed", "done")

    done = client.get("/api/training/replays/good1/progress").json()  # a stored call, not in the service's memory
    assert done == {
        "call": "good1",
        "status": "ended",
        "stage": "done",
        "processed_s": 15.8,
        "total_s": 15.8,
        "fraction": 1.0,
        "utterances": 4,
    }

    assert client.get("/api/training/compare", params={"a": a["id"], "b": "nope"}).status_code == 404
    assert client.post("/api/training/attempts", json={"call": "nope", "trainee": "x"}).status_code == 404
    bad_scenario = client.post("/api/training/attempts", json={"call": "good1", "trainee": "x", "scenario_id": "no"})
    assert bad_scenario.status_code == 404
    assert client.post("/api/training/attempts", json={"call": "good1", "trainee": "  "}).status_code == 422
    assert client.delete(f"/api/training/attempts/{a['id']}").json() == {"deleted": a["id"]}
    assert client.get(f"/api/training/attempts/{a['id']}").status_code == 404
    assert client.get("/api/calls/weak1").status_code == 200  # the call stays


def test_a_scenario_still_practised_is_kept_until_its_attempts_go(client: TestClient, calls: Any) -> None:
    """What the page's edit and delete rely on: the reasons it shows come from here, in `detail`."""
    store_call(calls, "inuse1", [("customer", FACT, 0.5, 4.7, ["fact"]), ("staff", APOLOGY, 5.6, 7.4, ["apology"])])
    body = {"language": "ja", "title": "使用中", "expected_steps": ["apology"], "playbook": "default"}
    mine = client.post("/api/training/scenarios", json=body).json()
    attempt = client.post(
        "/api/training/attempts", json={"call": "inuse1", "trainee": "森", "scenario_id": mine["id"]}
    ).json()

    edited = client.put(f"/api/training/scenarios/{mine['id']}", json=body | {"title": "使用中（改）"})
    assert edited.status_code == 200  # editing is fine: the attempt keeps its card, its title follows
    assert client.get(f"/api/training/attempts/{attempt['id']}").json()["scenario_title"] == "使用中（改）"
    refused = client.delete(f"/api/training/scenarios/{mine['id']}")
    assert refused.status_code == 409
    assert refused.json() == {"detail": f"scenario '{mine['id']}' has 1 attempt(s); delete them first"}
    assert client.get(f"/api/training/scenarios/{mine['id']}").status_code == 200

    assert client.delete(f"/api/training/attempts/{attempt['id']}").json() == {"deleted": attempt["id"]}
    assert client.delete(f"/api/training/attempts/{attempt['id']}").status_code == 404
    assert client.delete(f"/api/training/scenarios/{mine['id']}").json() == {"deleted": mine["id"]}
    gone = client.put(f"/api/training/scenarios/{mine['id']}", json=body)
    assert gone.status_code == 404 and gone.json() == {"detail": f"no scenario {mine['id']!r}"}
    assert client.delete(f"/api/training/scenarios/{mine['id']}").status_code == 404
    assert client.put(f"/api/training/scenarios/{mine['id']}", json=body | {"title": ""}).status_code == 422


def test_a_speaker_fix_rescores_the_call_and_its_attempts(client: TestClient, calls: Any) -> None:
    # a mono role-play mis-attributed the apology to the customer
    rows = [
        ("customer", FACT, 0.5, 4.7, ["fact"]),
        ("customer", APOLOGY, 5.6, 7.4, []),
        ("customer", REQUEST, 8.2, 11.0, ["request"]),
        ("staff", EMPATHY, 12.0, 15.8, ["empathy", "confirm"]),
    ]
    store_call(calls, "fix1", rows)
    attempt = client.post("/api/training/attempts", json={"call": "fix1", "trainee": "鈴木"}).json()
    before = attempt["card"]
    assert before["first_apology"] is None and lost(before, "first_apology") == 10

    fixed = client.post("/api/training/calls/fix1/speakers", json={"index": 1, "speaker": "staff"})
    assert fixed.status_code == 200, fixed.text
    card = fixed.json()
    assert card["first_apology"]["index"] == 1 and card["first_apology"]["seconds"] == pytest.approx(5.1)
    assert next(s for s in card["steps"] if s["step"] == "apology")["status"] == "done"
    assert card["speakers"]["corrected"] == [1] and card["utterances"][1]["speaker_source"] == "trainer"
    assert card["score"] > before["score"]

    stored = client.get("/api/calls/fix1").json()
    assert stored["utterances"][1]["speaker"] == "staff" and "apology" in stored["utterances"][1]["labels"]
    assert "apology" not in stored["summary"]["missed_steps"] and "apology" not in stored["missed_steps"]
    steps = {"apology", "empathy", "confirm", "solution", "thanks"}
    assert stored["steps_done"] == len({label for u in stored["utterances"] for label in u["labels"]} & steps)
    assert client.get(f"/api/training/attempts/{attempt['id']}").json()["score"] == card["score"]
    assert client.get("/api/training/calls/fix1/card").json()["score"] == card["score"]
    fixes = [e for e in calls.events_after("fix1") if e["type"] == "speaker"]
    assert [(e["index"], e["speaker"], e["previous"], e["speaker_source"]) for e in fixes] == [
        (1, "staff", "customer", "trainer")
    ]
    assert "apology" in fixes[0]["labels"] and fixes[0]["seq"] == stored["last_seq"]

    # and back: the apology is lost again (the other labels are now the analysis's own, not the constructed ones)
    back = client.post("/api/training/calls/fix1/speakers", json={"index": 1, "speaker": "customer"}).json()
    assert back["first_apology"] is None and back["score"] == card["score"] - 12 - 10 + 0
    assert next(s for s in back["steps"] if s["step"] == "apology")["status"] == "missed"

    assert client.post("/api/training/calls/fix1/speakers", json={"index": 9, "speaker": "staff"}).status_code == 422
    assert client.post("/api/training/calls/fix1/speakers", json={"index": 0, "speaker": "robot"}).status_code == 422
    assert client.post("/api/training/calls/nope/speakers", json={"index": 0, "speaker": "staff"}).status_code == 404


def test_live_calls_have_no_card_until_they_end(client: TestClient, calls: Any) -> None:
    store_call(calls, "live1", [("customer", FACT, 0.5, 4.7, ["fact"])], close=False)
    response = client.get("/api/training/calls/live1/card")
    assert response.status_code == 409 and "live" in response.json()["detail"]
    assert client.post("/api/training/calls/live1/speakers", json={"index": 0, "speaker": "staff"}).status_code == 409
    attempt = client.post("/api/training/attempts", json={"call": "live1", "trainee": "田中"}).json()
    assert attempt["card"] is None and attempt["status"] == "live"
    calls.close_call("live1", "interrupted")
    again = client.get(f"/api/training/attempts/{attempt['id']}").json()
    assert again["status"] == "interrupted" and again["card"]["call"] == "live1" and again["score"] is not None
    assert client.get("/api/training/calls/nope/card").status_code == 404


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ja", ["ロールプレイ評価カード", "高橋", "お詫び", "言い訳"]),
        ("zh", ["角色扮演评分卡", "高橋", "道歉", "找借口"]),
        ("en", ["Role-play score card", "高橋", "Apology", "excuse"]),
    ],
)
def test_score_card_pdf_reads_back(client: TestClient, calls: Any, lang: str, words: list[str]) -> None:
    pypdf = pytest.importorskip("pypdf")
    call = f"pdf-{lang}"
    store_call(
        calls,
        call,
        [
            ("customer", FACT, 0.5, 4.7, ["fact"]),
            ("staff", "申し訳ございません、でも規則ですので", 5.0, 8.0, ["apology", "excuse"]),
        ],
    )
    attempt = client.post(
        "/api/training/attempts", json={"call": call, "trainee": "高橋", "scenario_id": "ja-clinic-wait"}
    ).json()
    note = client.post(
        f"/api/calls/{call}/notes", json={"text": "まず気持ちを受け止めましょう", "author": "講師", "index": 1}
    )
    assert note.status_code == 201, note.text
    response = client.get(f"/api/training/attempts/{attempt['id']}/card.pdf", params={"lang": lang})
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    compact = "".join(text.split())
    for word in words:
        assert "".join(word.split()) in compact, word
    assert f"{attempt['score']:g}/100" in compact
    assert "申し訳ございません、でも規則ですので" in compact  # the quote, verbatim
    assert "まず気持ちを受け止めましょう" in compact  # the trainer's comment
    assert re.search(r"\d{4}-\d\d-\d\d\d\d:\d\d:\d\d", compact)  # the attempt's time as people read it
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d", compact)  # not raw ISO
    plain = client.get(f"/api/training/calls/{call}/card.pdf")
    assert plain.status_code == 200 and plain.content.startswith(b"%PDF")
    assert client.get(f"/api/training/calls/{call}/card.pdf", params={"lang": "fr"}).status_code == 422
