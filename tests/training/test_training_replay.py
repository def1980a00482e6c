"""A real role-play recording replayed through the real pipeline as a training attempt, and bad uploads."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.training.conftest import path_of, serve

pytestmark = pytest.mark.model

MONO = path_of("ja_call_mono.wav")  # 16.8 s, four turns: customer, staff, customer, staff (537 KB)
STEREO = path_of("ja_call_stereo.wav")  # 1.07 MB: over the 1 MB limit of this module's service


@pytest.fixture(scope="module")
def client(settings: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    database = f"sqlite:///{tmp_path_factory.mktemp('replay-db') / 'companion.db'}"
    yield from serve(settings.model_copy(update={"database_url": database, "max_upload_mb": 1}))


def upload(client: TestClient, path: Path, name: str | None = None) -> Any:
    with path.open("rb") as handle:
        return client.post("/api/uploads", files={"file": (name or path.name, handle, "audio/wav")})


def test_an_oversized_upload_gets_a_clear_413(client: TestClient) -> None:
    # (wrong types and truncated files: tests/api/test_service.py)
    assert client.get("/api/training/limits").json()["max_upload_mb"] == 1
    uploads = Path(client.app.state.companion.settings.uploads_dir)  # type: ignore[attr-defined]
    before = set(uploads.iterdir())
    too_big = upload(client, STEREO)
    assert too_big.status_code == 413 and "1 MB" in too_big.json()["detail"]
    assert client.get("/api/health").status_code == 200
    assert set(uploads.iterdir()) == before  # nothing half-written is left behind


def test_bad_replay_requests(client: TestClient) -> None:
    file_id = upload(client, MONO).json()["file_id"]
    body = {"file_id": file_id, "trainee": "山田", "speed": 0}
    assert client.post("/api/training/replays", json=body | {"speed": 1.5}).status_code == 422
    assert client.post("/api/training/replays", json=body | {"file_id": "0" * 32}).status_code == 404
    assert client.post("/api/training/replays", json=body | {"scenario_id": "nope"}).status_code == 404
    assert client.post("/api/training/replays", json=body | {"trainee": ""}).status_code == 422
    # channels go to the pipeline as given: a two-speaker map does not fit a one-channel file
    mapped = client.post("/api/training/replays", json=body | {"channels": "staff,customer"})
    assert mapped.status_code == 422 and "channel" in mapped.json()["detail"]
    assert client.get("/api/training/replays/nope/progress").status_code == 404


def test_a_replayed_role_play_becomes_a_scored_attempt(client: TestClient) -> None:
    uploaded = upload(client, MONO).json()
    body = {"file_id": uploaded["file_id"], "trainee": "山田", "scenario_id": "ja-clinic-wait", "speed": 0}
    started = client.post("/api/training/replays", json=body)
    assert started.status_code == 201, started.text
    call, attempt = started.json()["call"], started.json()["attempt"]
    assert attempt["trainee"] == "山田" and attempt["scenario_id"] == "ja-clinic-wait"

    seen: list[dict] = []
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        progress = client.get(f"/api/training/replays/{call}/progress").json()
        seen.append(progress)
        if progress["stage"] == "done":
            break
        time.sleep(0.2)
    assert seen[-1]["stage"] == "done" and seen[-1]["fraction"] == 1.0
    assert seen[-1]["total_s"] == pytest.approx(uploaded["duration_s"], abs=0.05)
    processed = [p["processed_s"] for p in seen]
    assert processed == sorted(processed)  # never goes back
    assert all(p["total_s"] == seen[-1]["total_s"] for p in seen)
    assert any(0 < p["processed_s"] < p["total_s"] for p in seen[:-1])  # a bar that moves, not 0 then 100 %

    card = client.get(f"/api/training/attempts/{attempt['id']}").json()["card"]
    assert card is not None and card["scenario_id"] == "ja-clinic-wait"
    assert len(card["utterances"]) >= 3
    assert card["speakers"]["source"] == "mono" and card["interruptions"]["note"] == "mono_without_attribution"
    assert card["talk"]["measurable"] is False
    # one microphone, nobody attributed: what was said is still labelled (unknown counts on both sides)
    assert any("apology" in u["labels"] for u in card["utterances"])

    # the trainer says who spoke, one click per utterance, by the reference's timing
    reference = json.loads(path_of("ja_call_stereo.json").read_text(encoding="utf-8"))["utterances"]
    for utterance in card["utterances"]:
        middle = (utterance["start"] + utterance["end"]) / 2
        who = min(reference, key=lambda r: abs((r["start"] + r["end"]) / 2 - middle))["speaker"]
        response = client.post(
            f"/api/training/calls/{call}/speakers", json={"index": utterance["index"], "speaker": who}
        )
        assert response.status_code == 200, response.text
        card = response.json()
    assert card["speakers"]["source"] == "attributed" and card["interruptions"]["measurable"] is True
    assert card["talk"]["measurable"] and 0 < card["talk"]["staff_ratio"] < 1
    assert next(s for s in card["steps"] if s["step"] == "apology")["status"] == "done"
    assert card["first_apology"] is not None and 0 < card["first_apology"]["seconds"] < 8
    assert client.get(f"/api/training/attempts/{attempt['id']}").json()["score"] == card["score"]

    audio = client.get(f"/api/training/replays/{call}/audio")
    assert audio.status_code == 200 and audio.content == MONO.read_bytes()
    part = client.get(f"/api/training/replays/{call}/audio", headers={"Range": "bytes=0-99"})
    assert part.status_code == 206 and len(part.content) == 100
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["source"] == "training" and stored["status"] == "ended"


def test_a_one_microphone_role_play_with_automatic_attribution(client: TestClient) -> None:
    file_id = upload(client, MONO).json()["file_id"]
    body = {"file_id": file_id, "trainee": "木村", "speed": 0, "language": "ja", "channels": "auto"}
    started = client.post("/api/training/replays", json=body)
    assert started.status_code == 201, started.text
    call, attempt = started.json()["call"], started.json()["attempt"]["id"]
    deadline = time.monotonic() + 180
    while client.get(f"/api/training/replays/{call}/progress").json()["stage"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    card = client.get(f"/api/training/attempts/{attempt}").json()["card"]
    assert {u["speaker_source"] for u in card["utterances"]} == {"attributed"}
    assert {u["speaker"] for u in card["utterances"]} <= {"staff", "customer"}
    assert card["speakers"]["source"] == "attributed"
    assert card["interruptions"] == {
        "count": 0,
        "measurable": True,
        "basis": "attributed",
        "note": "one_channel_overlaps_hidden",
        "items": [],
    }
    assert card["talk"]["measurable"] is True
