"""The supervisors' API over HTTP on SQLite and PostgreSQL: list filters, one call, notes, tags,
escalation acknowledgements, the editable report and its exports, call exports, audio with Range,
recordings recovered and expired at start.

The speech model is not needed here: `build_runtime` (ours) is replaced by one that fails, so the
service runs its store and review routes only (as it does when the model is missing). Calls are
stored through the real store first.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from fastapi.testclient import TestClient

from companion.audio.decode import decode_file
from companion.audio.recorder import AudioRecorder
from companion.config import Settings
from companion.errors import ModelError
from companion.storage import CallStore, open_store_url
from tests.storage.conftest import db_url, pg_url  # noqa: F401  (the same two databases as the storage tests)
from tests.storage.test_review import escalated_call
from tests.storage.test_store import T0, full_call, open_call, store_call, utt


def _no_model(*_args: Any, **_kwargs: Any) -> Any:
    raise ModelError("no speech model in the review API tests")


@pytest.fixture
def settings_for(tmp_path: Path, db_url: str) -> Settings:  # noqa: F811
    return Settings(data_dir=tmp_path / "data", database_url=db_url, retention_days=30)


@pytest.fixture
def store(settings_for: Settings) -> Iterator[CallStore]:
    s = open_store_url(settings_for.effective_database_url)
    yield s
    s.close()


def make_client(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    from companion.server import app as app_module

    monkeypatch.setattr(app_module, "build_runtime", _no_model)
    return TestClient(app_module.create_app(settings))


@pytest.fixture
def client(settings_for: Settings, store: CallStore, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    with make_client(settings_for, monkeypatch) as c:
        yield c


def seed(store: CallStore) -> None:
    """e1: Japanese, staff 佐藤, two escalations; zh1: Chinese, interrupted; q1: quiet, a day later."""
    escalated_call(store, "e1", staff="佐藤")
    open_call(store, "zh1", started_at=T0 + timedelta(hours=1), language="zh", staff="王")
    store.append(
        {"type": "utterance", "call": "zh1", "seq": 1, "index": 0, "speaker": "customer", "text": "我要退款",
         "start": 0.0, "end": 1.0, "labels": ["request"], "latency_s": 0.3}
    )  # fmt: skip
    store.close_call("zh1", "interrupted")
    store_call(store, "q1", ["=SUM(A1) 返金してほしい"], started_at=T0 + timedelta(days=1))


def detail(client: TestClient, call: str) -> dict[str, Any]:
    response = client.get(f"/api/calls/{call}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


# ------------------------------------------------------------------------------------------------
# list and one call


def test_list_rows_and_filters(client: TestClient, store: CallStore) -> None:
    seed(store)
    store.set_tags("e1", ["研修"])

    def ids(**params: Any) -> list[str]:
        response = client.get("/api/calls", params=params)
        assert response.status_code == 200, response.text
        return [row["call"] for row in response.json()["calls"]]

    assert ids() == ["q1", "zh1", "e1"]
    row = client.get("/api/calls", params={"staff": "佐藤"}).json()["calls"][0]
    assert (row["call"], row["escalations"], row["unacked_escalations"], row["tags"]) == ("e1", 2, 2, ["研修"])
    assert row["has_audio"] is False and "audio_path" not in row
    assert row["missed_steps"] == ["empathy", "confirm", "solution", "thanks"] and row["steps_missed"] == 4
    assert client.get("/api/calls", params={"language": "zh"}).json()["calls"][0]["missed_steps"] is None
    assert client.get("/api/staff").json() == {"staff": [{"staff": "佐藤", "calls": 1}, {"staff": "王", "calls": 1}]}
    assert ids(language="zh") == ["zh1"]
    assert ids(status="interrupted") == ["zh1"]
    assert ids(unacknowledged="true") == ["e1"]
    assert ids(unacknowledged="false") == ["q1", "zh1"]
    assert ids(tag="研修") == ["e1"]
    assert ids(tag=["研修", "other"]) == []
    assert ids(q="返金", since="2025-03-02") == ["q1"]
    assert ids(until="2025-03-01T09:30:00Z") == ["e1"]


@pytest.mark.parametrize(
    "params",
    [{"since": "yesterday"}, {"status": "paused"}, {"language": "fr"}, {"tag": "x" * 41}, {"limit": 0},
     {"unacknowledged": "maybe"}],
    ids=["since", "status", "language", "tag", "limit", "unacknowledged"],
)  # fmt: skip
def test_bad_list_queries_are_422(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/api/calls", params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str) and "\n" not in response.json()["detail"]


def test_one_call_carries_notes_tags_escalations_and_audio(client: TestClient, store: CallStore) -> None:
    seed(store)
    body = detail(client, "e1")
    assert [e["seq"] for e in body["escalations"]] == [8, 10]
    assert body["escalations"][1]["reason"] == "threat" and body["escalations"][1]["acknowledged"] is None
    assert (body["notes"], body["tags"], body["audio"], body["report_edited"]) == ([], [], None, False)
    assert body["corrections"] == [] and body["escalations"][0]["raised_at"]
    assert body["memo"][0]["quote"] == "予約した時間に行ったのに一時間も待たされました"
    assert body["utterances"][2]["evidence"] == {"excuse": "規則ですので"}
    assert "audio_path" not in body
    assert client.get("/api/calls/nope").status_code == 404


# ------------------------------------------------------------------------------------------------
# notes, tags, acknowledgements


def test_notes_over_http(client: TestClient, store: CallStore) -> None:
    seed(store)
    made = client.post("/api/calls/e1/notes", json={"text": "ここで謝罪", "author": "田中", "index": 2})
    assert made.status_code == 201, made.text
    note = made.json()
    assert (note["index"], note["author"], note["call"]) == (2, "田中", "e1")
    client.post("/api/calls/e1/notes", json={"text": "全体として良い", "author": "Li"})
    listed = client.get("/api/calls/e1/notes").json()["notes"]
    assert [n["text"] for n in listed] == ["ここで謝罪", "全体として良い"]
    assert [n["index"] for n in detail(client, "e1")["notes"]] == [2, None]

    assert client.delete(f"/api/calls/e1/notes/{note['id']}").json() == {"deleted": note["id"]}
    assert client.delete(f"/api/calls/e1/notes/{note['id']}").status_code == 404
    assert len(client.get("/api/calls/e1/notes").json()["notes"]) == 1

    for body, status in [
        ({"text": "x", "author": "田中", "index": 99}, 422),  # no such utterance
        ({"text": "", "author": "田中"}, 422),
        ({"text": "x"}, 422),
        ({"text": "x", "author": "田中", "index": -1}, 422),
        ({"text": "x", "author": "田中", "colour": "red"}, 422),
    ]:
        response = client.post("/api/calls/e1/notes", json=body)
        assert response.status_code == status, (body, response.text)
        assert isinstance(response.json()["detail"], str)
    assert client.post("/api/calls/nope/notes", json={"text": "x", "author": "田中"}).status_code == 404
    assert client.get("/api/calls/nope/notes").status_code == 404
    assert len(client.get("/api/calls/e1/notes").json()["notes"]) == 1  # nothing half-written


def test_tags_over_http(client: TestClient, store: CallStore) -> None:
    seed(store)
    saved = client.put("/api/calls/e1/tags", json={"tags": ["要フォロー", " 研修", "研修"]})
    assert saved.status_code == 200 and saved.json() == {"call": "e1", "tags": ["研修", "要フォロー"]}
    client.put("/api/calls/q1/tags", json={"tags": ["研修"]})
    assert client.get("/api/calls/e1/tags").json()["tags"] == ["研修", "要フォロー"]
    assert client.get("/api/tags").json()["tags"][0] == {"tag": "研修", "calls": 2}
    assert detail(client, "q1")["tags"] == ["研修"]
    for body in ({"tags": ["x" * 41]}, {"tags": "研修"}, {"tags": [""]}, {"tags": [f"t{i}" for i in range(21)]}, {}):
        assert client.put("/api/calls/e1/tags", json=body).status_code == 422, body
    assert client.get("/api/calls/e1/tags").json()["tags"] == ["研修", "要フォロー"]
    assert client.put("/api/calls/nope/tags", json={"tags": ["a"]}).status_code == 404


def test_acknowledging_escalations_over_http(client: TestClient, store: CallStore) -> None:
    seed(store)
    acked = client.post("/api/calls/e1/escalations/10/ack", json={"by": "鈴木", "note": "折り返し済み"})
    assert acked.status_code == 200, acked.text
    assert acked.json()["acknowledged"]["by"] == "鈴木" and acked.json()["reason"] == "threat"
    again = client.post("/api/calls/e1/escalations/10/ack", json={"by": "佐藤"})
    assert again.status_code == 409 and "鈴木" in again.json()["detail"]
    assert client.post("/api/calls/e1/escalations/5/ack", json={"by": "佐藤"}).status_code == 404
    assert client.post("/api/calls/e1/escalations/8/ack", json={}).status_code == 422
    assert client.post("/api/calls/e1/escalations/8/ack", json={"by": ""}).status_code == 422
    listed = client.get("/api/calls/e1/escalations").json()["escalations"]
    assert [e["acknowledged"] is not None for e in listed] == [False, True]
    assert client.get("/api/calls", params={"unacknowledged": True}).json()["calls"][0]["unacked_escalations"] == 1
    client.post("/api/calls/e1/escalations/8/ack", json={"by": "鈴木"})
    assert client.get("/api/calls", params={"unacknowledged": True}).json()["total"] == 0


# ------------------------------------------------------------------------------------------------
# the editable report


def test_report_fields_edit_and_every_export_uses_them(client: TestClient, store: CallStore) -> None:
    import docx
    import pypdf

    seed(store)
    generated = client.get("/api/calls/e1/report/fields").json()
    assert generated["edited"] == [] and generated["language"] == "ja"
    fields = generated["fields"]
    assert fields == generated["generated"]
    assert (fields["reporter"], fields["quotes"], fields["steps_done"]) == ("佐藤", [0, 1], ["apology"])
    assert fields["facts"] == ["予約した時間に行ったのに一時間も待たされました"]

    edit = {
        "fields": {
            "reporter": "山田花子",
            "quotes": [1],  # keep only the request, verbatim
            "facts": ["予約時刻から一時間の待ち"],
            "steps_done": ["apology", "confirm"],
            "steps_missed": ["empathy", "solution", "thanks"],
            "follow_up_owner": "鈴木",
            "follow_up_date": "2025-03-08",
            "remarks": "返金は上長判断",
        },
        "by": "鈴木",
    }
    saved = client.put("/api/calls/e1/report/fields", json=edit)
    assert saved.status_code == 200, saved.text
    answer = saved.json()
    assert answer["fields"]["reporter"] == "山田花子" and answer["generated"]["reporter"] == "佐藤"
    assert sorted(answer["edited"]) == sorted(edit["fields"]) and answer["updated_by"] == "鈴木"
    assert answer["fields"]["requests"] == ["返金してほしいです"]  # not edited: generated
    assert detail(client, "e1")["report_edited"] is True

    markdown = client.get("/api/calls/e1/report", params={"format": "md"}).text
    expected_lines = ["山田花子", "「返金してほしいです」", "予約時刻から一時間の待ち", "確認（復唱）", "鈴木"]
    for expected in [*expected_lines, "2025-03-08", "返金は上長判断"]:
        assert expected in markdown, expected
    assert "「予約した時間に行ったのに一時間も待たされました」" not in markdown  # quote dropped by the supervisor
    pdf = client.get("/api/calls/e1/report", params={"format": "pdf"}).content
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "山田花子" in pdf_text and "返金は上長判断" in pdf_text
    document = docx.Document(io.BytesIO(client.get("/api/calls/e1/report", params={"format": "docx"}).content))
    docx_text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "山田花子" in docx_text and "予約時刻から一時間の待ち" in docx_text
    assert "山田花子" not in client.get("/api/calls/e1/report", params={"reporter": "A. N. Other"}).text

    # a second save replaces the first: what is left out is generated again
    again = client.put("/api/calls/e1/report/fields", json={"fields": {"follow_up_owner": "高橋"}}).json()
    assert again["edited"] == ["follow_up_owner"] and again["fields"]["reporter"] == "佐藤"
    reset = client.delete("/api/calls/e1/report/fields").json()
    assert reset["edited"] == [] and reset["fields"] == reset["generated"]
    assert detail(client, "e1")["report_edited"] is False


def test_report_quotes_harassment_signs_and_escalations_word_for_word(client: TestClient, store: CallStore) -> None:
    import docx
    import pypdf

    seed(store)
    threat = "SNSに書き込んでやるからな、覚えておけ"
    store.append(utt("e1", 11, 4, "customer", threat, ["threat", "abuse"]))
    store.append({"type": "alert", "call": "e1", "seq": 12, "label": "threat", "index": 4, "text": "脅しの兆候"})
    client.post("/api/calls/e1/escalations/10/ack", json={"by": "鈴木"})

    markdown = client.get("/api/calls/e1/report").text
    section = markdown.split("## カスタマーハラスメントの兆候")[1].split("##")[0]
    assert f"[00:12] 脅し：「{threat}」" in section and f"[00:12] 暴言：「{threat}」" in section
    assert section.count(threat) == 2  # once per sign, the alert and the label not doubled
    escalations = markdown.split("## 上司への引き継ぎ要請の記録")[1].split("##")[0]
    lines = [line for line in escalations.splitlines() if line.startswith("- ")]
    assert len(lines) == 2
    assert "要請者：担当者" in lines[0] and lines[0].endswith("未確認")
    assert "理由：threat" in lines[1] and "確認済み：鈴木（" in lines[1] and "UTC" in lines[1]

    pdf = client.get("/api/calls/e1/report", params={"format": "pdf"}).content
    pdf_text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "カスタマーハラスメントの兆候" in pdf_text and "SNSに書き込んでやるからな" in pdf_text
    document = docx.Document(io.BytesIO(client.get("/api/calls/e1/report", params={"format": "docx"}).content))
    paragraphs = [p.text for p in document.paragraphs]
    assert f"[00:12] 脅し：「{threat}」" in paragraphs and any("確認済み：鈴木" in p for p in paragraphs)


@pytest.mark.parametrize(
    "fields",
    [
        {"colour": "red"},
        {"quotes": [2]},  # a staff utterance is not a customer quote
        {"steps_done": ["dance"]},
        {"steps_done": ["apology", "empathy"], "steps_missed": ["empathy"]},
        {"follow_up_date": "next week"},
        {"occurred_at": "the other day"},
        {"reporter": "x" * 101},
        {"facts": "not a list"},
    ],
    ids=["unknown", "quote", "step", "both", "date", "time", "long", "type"],
)
def test_bad_report_edits_are_422_and_change_nothing(
    client: TestClient, store: CallStore, fields: dict[str, Any]
) -> None:
    seed(store)
    client.put("/api/calls/e1/report/fields", json={"fields": {"reporter": "山田"}})
    response = client.put("/api/calls/e1/report/fields", json={"fields": fields})
    assert response.status_code == 422, response.text
    assert isinstance(response.json()["detail"], str)
    assert client.get("/api/calls/e1/report/fields").json()["fields"]["reporter"] == "山田"


def test_report_of_unknown_calls(client: TestClient) -> None:
    assert client.get("/api/calls/nope/report/fields").status_code == 404
    assert client.put("/api/calls/nope/report/fields", json={"fields": {}}).status_code == 404
    assert client.get("/api/calls/nope/report").status_code == 404
    assert client.get("/api/calls/nope/report", params={"format": "odt"}).status_code == 422


# ------------------------------------------------------------------------------------------------
# exports


def test_csv_export_reads_back_with_the_filters_applied(client: TestClient, store: CallStore) -> None:
    seed(store)
    store.set_tags("e1", ["研修", "要フォロー"])
    response = client.get("/api/calls/export", params={"format": "csv"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith('attachment; filename="calls-')
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for UTF-8
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["call"] for r in rows] == ["q1", "zh1", "e1"]
    e1 = rows[2]
    assert (e1["staff"], e1["tags"], e1["escalations"], e1["unacked_escalations"]) == (
        "佐藤",
        "研修;要フォロー",
        "2",
        "2",
    )
    assert rows[1]["steps_missed"] == "" and rows[1]["language"] == "zh"
    assert e1["missed_steps"] == "empathy;confirm;solution;thanks" and rows[1]["missed_steps"] == ""
    only = client.get("/api/calls/export", params={"format": "csv", "staff": "王"}).content.decode("utf-8-sig")
    assert [r["call"] for r in csv.DictReader(io.StringIO(only))] == ["zh1"]
    header = client.get("/api/calls/export", params={"format": "csv", "q": "no such words"}).content
    assert header.decode("utf-8-sig").strip().startswith("call,created_at")


def test_json_export_is_an_array_of_full_calls(client: TestClient, store: CallStore) -> None:
    seed(store)
    client.post("/api/calls/e1/notes", json={"text": "メモ", "author": "田中"})
    response = client.get("/api/calls/export", params={"format": "json", "escalated": True})
    assert response.status_code == 200 and response.headers["x-total-count"] == "1"
    calls = json.loads(response.content)
    assert [c["call"] for c in calls] == ["e1"]
    assert calls[0] == detail(client, "e1")
    assert calls[0]["notes"][0]["text"] == "メモ" and calls[0]["utterances"][0]["text"].startswith("予約した")
    assert json.loads(client.get("/api/calls/export", params={"format": "json", "tag": "none"}).content) == []
    assert client.get("/api/calls/export", params={"format": "xml"}).status_code == 422
    assert client.get("/api/calls/export", params={"since": "soon"}).status_code == 422


def test_csv_cells_never_start_a_formula(client: TestClient, store: CallStore) -> None:
    seed(store)
    store.set_tags("q1", ["=HYPERLINK(1)"])
    rows = list(csv.DictReader(io.StringIO(client.get("/api/calls/export").content.decode("utf-8-sig"))))
    assert rows[0]["tags"] == "'=HYPERLINK(1)"


# ------------------------------------------------------------------------------------------------
# audio


def record(folder: Path, call: str, seconds: float = 3.0) -> Path:
    """A real Opus/Ogg recording of a two-tone stereo signal, through the service's recorder."""
    t = np.arange(int(seconds * 16_000)) / 16_000
    samples = np.stack([0.3 * np.sin(2 * np.pi * 440 * t), 0.3 * np.sin(2 * np.pi * 660 * t)]).astype(np.float32)
    recorder = AudioRecorder(folder, call, channels=2)
    for start in range(0, samples.shape[1], 1600):
        recorder.write(samples[:, start : start + 1600])
    path = recorder.finish()
    assert path is not None
    return path


def test_audio_whole_and_by_range(client: TestClient, store: CallStore, settings_for: Settings) -> None:
    seed(store)
    path = record(settings_for.recordings_dir, "e1")
    store.set_audio("e1", path)
    data = path.read_bytes()
    assert detail(client, "e1")["audio"] == {
        "url": "/api/calls/e1/audio",
        "media_type": "audio/ogg",
        "bytes": len(data),
    }
    assert client.get("/api/calls").json()["calls"][2]["has_audio"] is True

    whole = client.get("/api/calls/e1/audio")
    assert whole.status_code == 200 and whole.content == data
    assert whole.headers["accept-ranges"] == "bytes" and whole.headers["content-type"] == "audio/ogg"
    part = client.get("/api/calls/e1/audio", headers={"Range": "bytes=100-1099"})
    assert part.status_code == 206
    assert part.content == data[100:1100]
    assert part.headers["content-range"] == f"bytes 100-1099/{len(data)}"
    tail = client.get("/api/calls/e1/audio", headers={"Range": "bytes=-500"})
    assert tail.status_code == 206 and tail.content == data[-500:]
    beyond = client.get("/api/calls/e1/audio", headers={"Range": f"bytes={len(data) + 10}-"})
    assert beyond.status_code == 416

    for call in ("q1", "nope"):
        missing = client.get(f"/api/calls/{call}/audio")
        assert missing.status_code == 404 and isinstance(missing.json()["detail"], str)
    path.unlink()
    assert client.get("/api/calls/e1/audio").status_code == 404
    assert detail(client, "e1")["audio"] is None


def test_start_expires_old_recordings_and_recovers_cut_ones(
    settings_for: Settings, store: CallStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = settings_for.recordings_dir
    now = datetime.now(UTC)
    open_call(store, "old", started_at=now - timedelta(days=31))
    open_call(store, "recent", started_at=now - timedelta(days=29))
    open_call(store, "crashed", started_at=now - timedelta(hours=1))
    for call in ("old", "recent"):
        store.set_audio(call, record(folder, call, seconds=1.0))
    # what a killed service leaves: a recording still named .part, its end never written
    cut = record(folder, "crashed", seconds=4.0)
    data = cut.read_bytes()
    cut.unlink()
    (folder / "crashed.ogg.part").write_bytes(data[: len(data) * 2 // 3])
    (folder / "stranger.ogg.part").write_bytes(data)  # no such call: left alone

    with make_client(settings_for, monkeypatch) as client:
        assert client.get("/api/calls/old").json()["audio"] is None
        assert client.get("/api/calls/recent").json()["audio"] is not None
        crashed = client.get("/api/calls/crashed").json()["audio"]
        assert crashed is not None
        kept = client.get(crashed["url"]).content
    assert not (folder / "old.ogg").exists() and (folder / "recent.ogg").exists()
    assert (folder / "stranger.ogg").exists()  # renamed, but attached to nothing
    recovered = folder / "recovered.ogg"
    recovered.write_bytes(kept)
    assert 1.5 < decode_file(recovered).shape[1] / 16_000 < 4.0  # what was written before the "crash" plays


def test_retention_zero_keeps_recordings(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    settings = Settings(data_dir=tmp_path / "data", database_url=db_url, retention_days=0)
    store = open_store_url(db_url)
    try:
        open_call(store, "ancient", started_at=datetime.now(UTC) - timedelta(days=3650))
        store.set_audio("ancient", record(settings.recordings_dir, "ancient", seconds=0.5))
        with make_client(settings, monkeypatch) as client:
            assert client.get("/api/calls/ancient").json()["audio"] is not None
    finally:
        store.close()


def test_negative_retention_is_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Settings(retention_days=-1)


# ------------------------------------------------------------------------------------------------
# the schema


def test_every_review_route_is_in_the_openapi_schema_with_a_model(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    expected = {
        "/api/calls": ["get"],
        "/api/calls/export": ["get"],
        "/api/tags": ["get"],
        "/api/calls/{call}": ["get"],
        "/api/calls/{call}/notes": ["get", "post"],
        "/api/calls/{call}/notes/{note_id}": ["delete"],
        "/api/calls/{call}/tags": ["get", "put"],
        "/api/calls/{call}/escalations": ["get"],
        "/api/calls/{call}/escalations/{seq}/ack": ["post"],
        "/api/calls/{call}/report/fields": ["get", "put", "delete"],
        "/api/calls/{call}/report": ["get"],
        "/api/calls/{call}/audio": ["get"],
    }
    for path, methods in expected.items():
        for method in methods:
            operation = paths[path][method]
            ok = operation["responses"].get("200") or operation["responses"].get("201")
            assert ok and ok.get("content"), (path, method)
    schemas = schema["components"]["schemas"]
    for name in ("CallList", "CallDetail", "Note", "Escalation", "ReportFieldsAnswer", "ReportFieldEdits"):
        assert name in schemas
    assert "staff" in schemas["StartCall"]["properties"]


def test_a_full_call_validates_before_the_summary(client: TestClient, store: CallStore) -> None:
    open_call(store, "half", started_at=T0)
    for item in full_call("half")[:4]:
        store.append(item)
    body = detail(client, "half")
    assert body["summary"] is None and body["status"] == "live" and body["memo"]
