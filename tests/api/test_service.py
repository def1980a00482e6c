"""The service over HTTP and websockets, with the real model loaded in its lifespan."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client(settings) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    from companion.server.app import create_app

    with TestClient(create_app(settings)) as client:
        for _ in range(300):
            if client.get("/api/health").status_code == 200:
                break
            time.sleep(0.1)
        yield client


def upload(client: TestClient, path: Path) -> str:
    with path.open("rb") as handle:
        return str(client.post("/api/uploads", files={"file": ("c.wav", handle, "audio/wav")}).json()["file_id"])


def start_replay(client: TestClient, path: Path, speed: float) -> str:
    body = {"source": "upload", "file_id": upload(client, path), "speed": speed, "language": "en"}
    return str(client.post("/api/calls", json=body).json()["call"])


def read_all(client: TestClient, call: str, after: int = 0) -> list[dict]:
    events = []
    with client.websocket_connect(f"/ws/calls/{call}?after={after}") as ws:
        while True:
            try:
                events.append(json.loads(ws.receive_text()))
            except Exception:
                return events


def test_health_reports_the_model(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["compute_type"]


def test_upload_replay_and_follow_with_resume(client: TestClient, stereo_en: Path) -> None:
    with stereo_en.open("rb") as handle:
        uploaded = client.post("/api/uploads", files={"file": ("call.wav", handle, "audio/wav")})
    assert uploaded.status_code == 200
    file_id = uploaded.json()["file_id"]
    started = client.post("/api/calls", json={"source": "upload", "file_id": file_id, "speed": 0, "language": "en"})
    assert started.status_code == 200
    call = started.json()["call"]
    events = read_all(client, call)
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert events[-1]["type"] == "summary"
    resumed = read_all(client, call, after=1)
    assert [e["seq"] for e in resumed] == list(range(2, len(events) + 1))
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["status"] == "ended"
    assert sorted(u["speaker"] for u in stored["utterances"]) == ["customer", "staff"]


DATA = Path(__file__).resolve().parents[1] / "data"
FLAC = (DATA / "jfk_en.flac").read_bytes()
WAV = (DATA / "ja_customer_fact.wav").read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("notes.wav", b"not audio at all", 415),
        ("empty.wav", b"", 415),
        ("notes.txt", b"hello", 415),
        ("cut.flac", FLAC[: len(FLAC) // 2], 415),  # truncated mid-stream
        ("cut.wav", WAV[:30], 415),  # truncated inside the header
        ("half.wav", WAV[: len(WAV) // 2], 415),  # header intact, half of the audio missing
    ],
)
def test_bad_uploads_are_refused_and_the_service_keeps_serving(
    client: TestClient, name: str, content: bytes, status: int
) -> None:
    response = client.post("/api/uploads", files={"file": (name, content, "application/octet-stream")})
    assert response.status_code == status
    assert isinstance(response.json()["detail"], str)
    if name == "half.wav":
        assert response.json()["detail"].startswith("half.wav is truncated: its header promises")
    assert client.get("/api/health").status_code == 200


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"source": "upload", "file_id": "0" * 32}, 404),
        ({"source": "upload", "file_id": "../../etc/passwd"}, 422),
        ({"source": "demo", "language": "fr"}, 422),
        ({"source": "radio"}, 422),
        ({"source": "demo", "playbook": "no-such-playbook"}, 422),
        ({"source": "device", "device": "no such microphone"}, 409),
    ],
)
def test_bad_call_requests_get_a_clear_4xx(client: TestClient, body: dict, status: int) -> None:
    response = client.post("/api/calls", json=body)
    assert response.status_code == status, response.text
    assert isinstance(response.json()["detail"], str)


def test_unknown_calls(client: TestClient) -> None:
    assert client.get("/api/calls/nope").status_code == 404
    assert client.post("/api/calls/nope/stop").status_code == 404
    assert read_all(client, "nope") == []


def test_panel_and_openapi_are_served(client: TestClient) -> None:
    assert "companion" in client.get("/").text
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/health", "/api/uploads", "/api/calls", "/api/calls/{call}", "/api/calls/{call}/stop"):
        assert path in paths


def test_staff_escalation_reaches_the_supervisor_board(client: TestClient, stereo_en: Path) -> None:
    file_id = upload(client, stereo_en)
    with client.websocket_connect("/ws/board") as board:
        call = client.post(
            "/api/calls", json={"source": "upload", "file_id": file_id, "speed": 1, "language": "en"}
        ).json()["call"]
        notices = [board.receive_json()]
        while notices[-1].get("call") != call:
            notices.append(board.receive_json())
        assert notices[-1]["type"] in ("call_started", "call_live")
        with client.websocket_connect(f"/ws/calls/{call}/levels") as levels:
            reading = levels.receive_json()
        assert len(reading["levels"]) == 2 and all(-100 <= db <= 0 for db in reading["levels"])
        answer = client.post(f"/api/calls/{call}/escalate", json={"reason": "threat"})
        assert answer.status_code == 200
        notice = board.receive_json()
        while notice["type"] != "escalation":
            notice = board.receive_json()
        assert notice["call"] == call and notice["by"] == "staff" and notice["reason"] == "threat"
    events = read_all(client, call)
    assert "escalation" in [e["type"] for e in events]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert client.post(f"/api/calls/{call}/escalate", json={}).status_code == 409


def test_ended_calls_are_stored_listed_searched_and_replayed(client: TestClient, stereo_en: Path) -> None:
    call = start_replay(client, stereo_en, speed=0)
    live_events = read_all(client, call)
    listed = client.get("/api/calls", params={"q": "horizon"}).json()
    assert call in [row["call"] for row in listed["calls"]]
    assert all("audio_path" not in row for row in listed["calls"])
    assert client.get("/api/calls", params={"q": "no such words anywhere"}).json()["total"] == 0
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["status"] == "ended"
    assert [u["text"] for u in stored["utterances"]] == [e["text"] for e in live_events if e["type"] == "utterance"]
    assert client.get("/api/calls", params={"since": "not a date"}).status_code == 422


def test_incident_report_of_a_stored_call(client: TestClient, stereo_en: Path) -> None:
    call = start_replay(client, stereo_en, speed=0)
    read_all(client, call)
    markdown = client.get(f"/api/calls/{call}/report", params={"format": "md"})
    assert markdown.status_code == 200 and markdown.text.startswith("# Complaint report")
    pdf = client.get(f"/api/calls/{call}/report", params={"format": "pdf"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    docx = client.get(f"/api/calls/{call}/report", params={"format": "docx"})
    assert docx.status_code == 200 and docx.content[:2] == b"PK"
    assert client.get(f"/api/calls/{call}/report", params={"format": "odt"}).status_code == 422
    assert client.get("/api/calls/nope/report").status_code == 404


def test_corrections_sit_beside_the_original_and_playbooks_are_listed(client: TestClient, stereo_en: Path) -> None:
    assert "default" in client.get("/api/playbooks").json()["playbooks"]
    call = start_replay(client, stereo_en, speed=1)
    with client.websocket_connect(f"/ws/calls/{call}") as ws:
        first = json.loads(ws.receive_text())
        while first["type"] != "utterance":
            first = json.loads(ws.receive_text())
    bad = client.post(f"/api/calls/{call}/corrections", json={"index": 99, "original": "a", "corrected": "b"})
    assert bad.status_code == 404
    url = f"/api/calls/{call}/corrections"
    fixed = client.post(url, json={"index": 0, "original": "horizon", "corrected": "Horizon"})
    assert fixed.status_code == 200
    events = read_all(client, call)
    correction = next(e for e in events if e["type"] == "correction")
    assert correction["index"] == 0 and correction["corrected"] == "Horizon"
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["utterances"][0]["text"] == first["text"]  # the original is never rewritten
    assert client.post(url, json={"index": 0, "original": "", "corrected": "x"}).status_code == 422
