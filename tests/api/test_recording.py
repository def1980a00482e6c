"""Audio kept with `record_audio` on: a real replay through the service (speed 0, real model),
the recording decoded back with PyAV, served with Range; a call stopped early keeps what it heard;
acknowledging an escalation reaches the live board."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from companion.audio.decode import decode_file
from companion.replay import prepare_audio

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def service_dir(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("recording-service")
    (folder / "models").symlink_to((data_dir / "models").resolve(), target_is_directory=True)
    return folder


@pytest.fixture(scope="module")
def client(service_dir: Path) -> Iterator[TestClient]:
    from companion.config import Settings
    from companion.server.app import create_app

    settings = Settings(data_dir=service_dir, language="en", record_audio=True)
    with TestClient(create_app(settings)) as client:
        for _ in range(600):
            if client.get("/api/health").status_code == 200:
                break
            time.sleep(0.1)
        assert client.get("/api/health").status_code == 200
        yield client


def start(client: TestClient, path: Path, **options: Any) -> str:
    with path.open("rb") as handle:
        file_id = client.post("/api/uploads", files={"file": (path.name, handle, "audio/wav")}).json()["file_id"]
    body = {"source": "upload", "file_id": file_id, "language": "en", **options}
    response = client.post("/api/calls", json=body)
    assert response.status_code == 200, response.text
    return str(response.json()["call"])


def follow_to_the_end(client: TestClient, call: str) -> list[dict[str, Any]]:
    events = []
    with client.websocket_connect(f"/ws/calls/{call}") as ws:
        while True:
            try:
                events.append(json.loads(ws.receive_text()))
            except Exception:
                return events


def test_a_replayed_call_is_recorded_whole_and_served_by_range(
    client: TestClient, service_dir: Path, stereo_en: Path
) -> None:
    call = start(client, stereo_en, speed=0, staff="Alice")
    assert follow_to_the_end(client, call)[-1]["type"] == "summary"
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["staff"] == "Alice" and stored["audio"] is not None
    path = service_dir / "recordings" / f"{call}.ogg"
    assert path.is_file() and not path.with_name(path.name + ".part").exists()
    assert stored["audio"]["bytes"] == path.stat().st_size

    fed = prepare_audio(stereo_en, None).samples
    kept = decode_file(path)
    assert kept.shape[0] == fed.shape[0] == 2
    assert abs(kept.shape[1] - fed.shape[1]) / 16_000 < 0.05  # the whole call, to the last chunk
    seconds = fed.shape[1] / 16_000
    assert path.stat().st_size / seconds * 60 < 250_000  # compressed: well under 250 kB a minute

    data = path.read_bytes()
    part = client.get(stored["audio"]["url"], headers={"Range": "bytes=0-999"})
    assert part.status_code == 206 and part.content == data[:1000] and part.content.startswith(b"OggS")
    assert client.get("/api/calls", params={"staff": "Alice"}).json()["calls"][0]["has_audio"] is True


def test_a_call_stopped_early_keeps_what_it_heard(client: TestClient, service_dir: Path, jfk: Path) -> None:
    call = start(client, jfk, speed=1)
    time.sleep(2.0)
    assert client.post(f"/api/calls/{call}/stop").status_code == 200
    follow_to_the_end(client, call)
    stored = client.get(f"/api/calls/{call}").json()
    assert stored["audio"] is not None
    heard = decode_file(service_dir / "recordings" / f"{call}.ogg").shape[1] / 16_000
    assert 1.0 < heard < 6.0  # about the two seconds fed before the stop, not the 11 s file


def test_acknowledging_an_escalation_reaches_the_board(client: TestClient, stereo_en: Path) -> None:
    call = start(client, stereo_en, speed=2)
    assert client.post(f"/api/calls/{call}/escalate", json={"reason": "threat"}).status_code == 200
    follow_to_the_end(client, call)
    seq = client.get(f"/api/calls/{call}/escalations").json()["escalations"][0]["seq"]
    with client.websocket_connect("/ws/board") as board:
        acked = client.post(f"/api/calls/{call}/escalations/{seq}/ack", json={"by": "鈴木"})
        assert acked.status_code == 200
        notice = board.receive_json()
        while notice["type"] != "escalation_ack":
            notice = board.receive_json()
    assert (notice["call"], notice["seq"], notice["by"]) == (call, seq, "鈴木")
    assert client.get(f"/api/calls/{call}").json()["unacked_escalations"] == 0


def test_a_board_page_that_goes_away_is_let_go(client: TestClient) -> None:
    """The board handler notices a closed page at once (it used to wait for the next notice forever,
    which also kept the service from shutting down)."""
    board = client.app.state.companion.manager.board  # type: ignore[attr-defined]
    before = len(board._viewers)
    with client.websocket_connect("/ws/board"):
        deadline = time.monotonic() + 5
        while len(board._viewers) == before and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(board._viewers) == before + 1
    deadline = time.monotonic() + 5
    while len(board._viewers) > before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(board._viewers) == before
