"""CallStore and StoreWriter on SQLite and PostgreSQL: the same tests, both databases."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from companion.events import NumberedEvent, PartialEvent, UtteranceEvent
from companion.model import Speaker
from companion.storage import CallStore, StorageError, StoreWriter, WriterClosedError, open_store, open_store_url
from companion.storage.search import sqlite_has_trigram

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def utt(call: str, seq: int, index: int, speaker: str, text: str, labels: list[str], **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "utterance",
        "call": call,
        "seq": seq,
        "index": index,
        "speaker": speaker,
        "text": text,
        "start": float(index * 3),
        "end": float(index * 3 + 2.5),
        "labels": labels,
        "latency_s": 0.42,
    }
    out.update(extra)
    return out


def open_call(store: CallStore, call: str, started_at: datetime | None = None, **meta: Any) -> None:
    options: dict[str, Any] = {
        "source": "upload",
        "language": "ja",
        "playbook": "default",
        "channels": "staff,customer",
    }
    options.update(meta)
    store.open_call(call, started_at=started_at, **options)


def full_call(call: str = "c1") -> list[dict[str, Any]]:
    """A finished call as the session emits it: partial, utterances, alert, prompt, escalation, summary."""
    return [
        {"type": "partial", "call": call, "seq": 1, "speaker": "customer", "text": "予約した"},
        utt(call, 2, 0, "customer", "予約した時間に行ったのに一時間も待たされました", ["fact"]),
        utt(call, 3, 1, "customer", "返金してほしいです", ["request"]),
        utt(call, 4, 2, "staff", "でもそれは規則ですので", ["excuse"], evidence={"excuse": "規則ですので"}),
        {"type": "alert", "call": call, "seq": 5, "label": "excuse", "index": 2, "text": "言い訳に聞こえます"},
        {"type": "prompt", "call": call, "seq": 6, "step": "apology", "text": "まずお詫びを"},
        utt(call, 7, 3, "staff", "大変申し訳ございません", ["apology"]),
        {"type": "escalation", "call": call, "seq": 8, "by": "staff", "reason": "", "index": 3},
        {
            "type": "summary",
            "call": call,
            "seq": 9,
            "utterances": [
                {"index": 0, "labels": ["fact"]},
                {"index": 1, "labels": ["request"]},
                {"index": 2, "labels": ["excuse"]},
                {"index": 3, "labels": ["apology"]},
            ],
            "missed_steps": ["empathy", "confirm", "solution", "thanks"],
            "order_issues": ["closed_without_thanks"],
            "memo": [
                {"index": 0, "kind": "fact", "quote": "予約した時間に行ったのに一時間も待たされました"},
                {"index": 1, "kind": "request", "quote": "返金してほしいです"},
            ],
            "escalation": False,
        },
    ]


def store_call(
    store: CallStore, call: str, texts: list[str], *, started_at: datetime, escalation: bool = False
) -> None:
    """A small ended call whose customer says `texts`."""
    open_call(store, call, started_at=started_at)
    seq = 0
    for index, sentence in enumerate(texts):
        seq += 1
        store.append(utt(call, seq, index, "customer", sentence, ["fact"]))
    summary = {
        "type": "summary",
        "call": call,
        "seq": seq + 1,
        "utterances": [{"index": i, "labels": ["fact"]} for i in range(len(texts))],
        "missed_steps": ["apology"],
        "order_issues": [],
        "memo": [],
        "escalation": escalation,
    }
    store.append(summary)


# ------------------------------------------------------------------------------------------------
# round trip


def test_round_trip_events_utterances_and_summary(store: CallStore) -> None:
    open_call(store, "c1", started_at=T0, staff="佐藤")
    emitted = full_call("c1")
    for item in emitted:
        store.append(item)

    assert store.events_after("c1", 0) == emitted
    call = store.get_call("c1")
    assert call is not None
    assert call["call"] == "c1"
    assert call["status"] == "ended"
    assert call["created_at"] == T0.isoformat()
    assert call["ended_at"] is not None
    assert (call["language"], call["playbook"], call["source"], call["staff"]) == ("ja", "default", "upload", "佐藤")
    assert call["channels"] == "staff,customer"
    assert [u["index"] for u in call["utterances"]] == [0, 1, 2, 3]
    first = call["utterances"][0]
    assert {k: first[k] for k in ("index", "speaker", "text", "start", "end", "labels")} == {
        "index": 0,
        "speaker": "customer",
        "text": "予約した時間に行ったのに一時間も待たされました",
        "start": 0.0,
        "end": 2.5,
        "labels": ["fact"],
    }
    assert call["utterances"][2]["evidence"] == {"excuse": "規則ですので"}
    summary = emitted[-1]
    for key in ("missed_steps", "order_issues", "memo", "escalation"):
        assert call[key] == summary[key], key
    assert call["summary"] == {k: v for k, v in summary.items() if k not in ("type", "call", "seq")}
    assert [a["label"] for a in call["alerts"]] == ["excuse"]
    assert [p["step"] for p in call["prompts"]] == ["apology"]
    assert len(call["escalations"]) == 1
    assert call["escalated"] is True  # raised by staff, though the analysis said no
    assert call["escalation"] is False
    assert (call["steps_done"], call["steps_missed"], call["cautions"]) == (1, 4, 1)
    assert call["duration_s"] == pytest.approx(11.5)
    assert call["utterance_count"] == 4
    assert call["last_seq"] == 9


def test_numbered_event_dicts_round_trip_exactly(store: CallStore) -> None:
    open_call(store, "n1")
    events = [
        NumberedEvent("n1", 1, PartialEvent(Speaker.CUSTOMER, "退"), emitted_at=1.0),
        NumberedEvent(
            "n1",
            2,
            UtteranceEvent(0, Speaker.CUSTOMER, "我要退款", 0.0, 1.25, ("request",), 0.3, (("request", "退款"),)),
            emitted_at=2.0,
        ),
    ]
    for item in events:
        store.append(item.as_dict())
    assert store.events_after("n1", 0) == [e.as_dict() for e in events]
    assert [list(e) for e in store.events_after("n1", 0)] == [list(e.as_dict()) for e in events]  # key order too


def test_events_after(store: CallStore) -> None:
    open_call(store, "c1")
    for item in full_call("c1"):
        store.append(item)
    assert [e["seq"] for e in store.events_after("c1", 0)] == list(range(1, 10))
    assert [e["seq"] for e in store.events_after("c1", 4)] == [5, 6, 7, 8, 9]
    assert [e["seq"] for e in store.events_after("c1", 4, limit=2)] == [5, 6]
    assert store.events_after("c1", 9) == []
    assert store.events_after("nope", 0) == []


def test_summary_labels_are_final(store: CallStore) -> None:
    open_call(store, "c1")
    store.append(utt("c1", 1, 0, "staff", "申し訳ございません", []))
    store.append(
        {"type": "summary", "call": "c1", "seq": 2, "utterances": [{"index": 0, "labels": ["apology"]}],
         "missed_steps": [], "order_issues": [], "memo": [], "escalation": False}
    )  # fmt: skip
    call = store.get_call("c1")
    assert call is not None
    assert call["utterances"][0]["labels"] == ["apology"]
    assert call["steps_done"] == 1


def test_repeated_seq_is_ignored(store: CallStore) -> None:
    open_call(store, "c1")
    store.append(utt("c1", 1, 0, "customer", "返金してほしい", ["request"]))
    store.append(utt("c1", 1, 0, "customer", "something else", []))
    call = store.get_call("c1")
    assert call is not None
    assert call["utterances"][0]["text"] == "返金してほしい"
    assert len(store.events_after("c1", 0)) == 1


def test_unknown_call(store: CallStore) -> None:
    assert store.get_call("missing") is None
    assert store.call_status("missing") is None
    assert store.events_after("missing", 0) == []
    assert store.close_call("missing", "ended") is False
    assert store.set_audio("missing", "/tmp/x.wav") is False
    assert store.delete_call("missing") is False


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "partial", "call": "c1", "text": "no seq"},
        {"type": "partial", "call": "c1", "seq": 0},
        {"type": "partial", "call": "c1", "seq": True},
        {"type": "partial", "call": "c1", "seq": "3"},
        {"type": "partial", "seq": 1},
        {"type": "", "call": "c1", "seq": 1},
        {"type": "utterance", "call": "c1", "seq": 1, "speaker": "staff", "text": "no index"},
    ],
)
def test_invalid_events_are_rejected_whole(store: CallStore, bad: dict[str, Any]) -> None:
    open_call(store, "c1")
    with pytest.raises(ValueError):
        store.append(bad)
    assert store.events_after("c1", 0) == []


def test_invalid_arguments(store: CallStore) -> None:
    open_call(store, "c1")
    with pytest.raises(ValueError):
        store.close_call("c1", "live")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.list_calls(limit=0)
    with pytest.raises(ValueError):
        store.list_calls(offset=-1)
    with pytest.raises(ValueError):
        store.list_calls(since="last tuesday")
    with pytest.raises(ValueError):
        store.open_call("", source="x", language="ja", playbook="p", channels="")


def test_opening_again_updates_metadata_only(store: CallStore) -> None:
    open_call(store, "c1", started_at=T0, staff="佐藤")
    store.append(utt("c1", 1, 0, "customer", "返金", []))
    open_call(store, "c1", started_at=T0 + timedelta(days=1), language="zh")
    call = store.get_call("c1")
    assert call is not None
    assert (call["language"], call["staff"], call["created_at"]) == ("zh", "佐藤", T0.isoformat())
    assert len(call["utterances"]) == 1


def test_event_for_a_call_never_opened_is_kept(store: CallStore) -> None:
    store.append(utt("orphan", 1, 0, "customer", "退款", ["request"]))
    call = store.get_call("orphan")
    assert call is not None
    assert call["status"] == "live"
    assert call["utterances"][0]["text"] == "退款"


# ------------------------------------------------------------------------------------------------
# status


def test_close_call_and_mark_interrupted(store: CallStore) -> None:
    open_call(store, "ended")
    store.append(utt("ended", 1, 0, "customer", "x", []))
    assert store.close_call("ended", "ended") is True
    for call in ("live1", "live2"):
        open_call(store, call)
    store.append(utt("live1", 1, 0, "customer", "返金してほしい", ["request"]))
    store.append(utt("live1", 2, 1, "staff", "申し訳ございません", ["apology"]))
    store.append(utt("live1", 3, 2, "customer", "昨日届いた箱が壊れていました", ["fact", "abuse"]))
    store.append(utt("live1", 4, 3, "staff", "それは無理です", ["dismissive"]))
    listed = {row["call"]: row for row in store.list_calls()[1]}
    assert (listed["live1"]["steps_done"], listed["live1"]["cautions"]) == (1, 1)  # counted while live

    assert sorted(store.mark_interrupted()) == ["live1", "live2"]
    assert store.mark_interrupted() == []
    assert store.call_status("ended") == "ended"
    interrupted = store.get_call("live1")
    assert interrupted is not None
    assert interrupted["status"] == "interrupted"
    assert interrupted["ended_at"] is not None
    assert interrupted["summary"] is None
    assert interrupted["memo"] == [
        {"index": 0, "kind": "request", "quote": "返金してほしい"},
        {"index": 2, "kind": "fact", "quote": "昨日届いた箱が壊れていました"},
    ]
    assert (interrupted["steps_done"], interrupted["steps_missed"], interrupted["cautions"]) == (1, None, 1)
    assert interrupted["missed_steps"] == [] and interrupted["order_issues"] == []
    assert store.close_call("live2", "ended") is True
    assert store.call_status("live2") == "ended"


# ------------------------------------------------------------------------------------------------
# list and search


def test_list_newest_first_with_pagination(store: CallStore) -> None:
    for n in range(7):
        store_call(store, f"call{n}", [f"text {n}"], started_at=T0 + timedelta(hours=n))
    total, rows = store.list_calls()
    assert total == 7
    assert [r["call"] for r in rows] == [f"call{n}" for n in range(6, -1, -1)]
    total, page = store.list_calls(limit=3, offset=3)
    assert total == 7
    assert [r["call"] for r in page] == ["call3", "call2", "call1"]
    total, page = store.list_calls(limit=3, offset=6)
    assert [r["call"] for r in page] == ["call0"]
    assert store.list_calls(limit=3, offset=10) == (7, [])
    row = rows[0]
    assert "utterances" not in row
    assert row["status"] == "ended"
    assert (row["steps_missed"], row["utterance_count"]) == (1, 1)
    assert row["created_at"] == (T0 + timedelta(hours=6)).isoformat()


def test_list_filters(store: CallStore) -> None:
    store_call(store, "old", ["返金してほしい"], started_at=T0 - timedelta(days=10), escalation=True)
    store_call(store, "mid", ["返金してほしい"], started_at=T0 - timedelta(days=3))
    store_call(store, "new", ["refund please"], started_at=T0, escalation=True)
    assert [r["call"] for r in store.list_calls(escalated=True)[1]] == ["new", "old"]
    assert [r["call"] for r in store.list_calls(escalated=False)[1]] == ["mid"]
    week_ago = T0 - timedelta(days=7)
    assert [r["call"] for r in store.list_calls(since=week_ago)[1]] == ["new", "mid"]
    assert [r["call"] for r in store.list_calls(since=week_ago.isoformat(), until=T0)[1]] == ["mid"]
    naive_utc = (T0 - timedelta(days=7)).replace(tzinfo=None)
    assert store.list_calls(since=naive_utc)[0] == 2
    tokyo = T0.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Tokyo"))
    assert [r["call"] for r in store.list_calls(since=tokyo)[1]] == ["new"]
    assert [r["call"] for r in store.list_calls(since="2025-02-20T00:00:00Z", q="返金")[1]] == ["mid"]
    assert store.list_calls(q="返金", escalated=True)[0] == 1
    assert [r["call"] for r in store.list_calls(status="ended", limit=1)[1]] == ["new"]


def test_search_japanese_chinese_english(store: CallStore) -> None:
    store_call(store, "ja", ["予約した時間に行ったのに", "返金してほしい"], started_at=T0)
    store_call(store, "zh", ["我等了一个小时", "我要退款，马上处理"], started_at=T0 + timedelta(minutes=1))
    store_call(store, "en", ["I want a Refund for the broken box"], started_at=T0 + timedelta(minutes=2))
    store_call(store, "mixed", ["返金 and 退款 and refund_100%"], started_at=T0 + timedelta(minutes=3))

    def found(q: str) -> list[str]:
        return sorted(r["call"] for r in store.list_calls(q=q)[1])

    assert found("返金") == ["ja", "mixed"]  # two characters: below the trigram length
    assert found("返金して") == ["ja"]  # trigram path
    assert found("退款") == ["mixed", "zh"]
    assert found("我要退款") == ["zh"]
    assert found("一个小时") == ["zh"]
    assert found("時間に行った") == ["ja"]
    assert found("refund") == ["en", "mixed"]
    assert found("REFUND") == ["en", "mixed"]
    assert found("Re") == ["en", "mixed"]
    assert found("返金 ほしい") == ["ja"]  # every term must occur
    assert found("返金　refund") == ["mixed"]  # full-width space separates terms too
    assert found("返金 nothing") == []
    assert found("100%") == ["mixed"]
    assert found("%") == ["mixed"]
    assert found("d_1") == ["mixed"]
    assert found("_") == ["mixed"]
    assert found('"返金') == []
    assert found("払い戻し") == []
    assert store.list_calls(q="   ")[0] == 4
    assert store.list_calls(q="返金", limit=1)[0] == 2


def test_search_mode(store: CallStore) -> None:
    if store.dialect == "sqlite":
        assert store.search_mode == ("fts5-trigram" if sqlite_has_trigram() else "like")
    else:
        assert store.search_mode == "pg_trgm"


def test_search_follows_changes(store: CallStore) -> None:
    store_call(store, "gone", ["返金してほしい"], started_at=T0)
    open_call(store, "live")
    store.append(utt("live", 1, 0, "customer", "仮の文章です", []))
    store.append(utt("live", 1, 0, "customer", "ignored duplicate seq", []))
    store.append(utt("live", 2, 0, "customer", "返金してほしいです", ["request"]))  # the same utterance, revised
    assert sorted(r["call"] for r in store.list_calls(q="返金して")[1]) == ["gone", "live"]
    assert store.list_calls(q="仮の文章")[0] == 0
    assert store.delete_call("gone") is True
    assert [r["call"] for r in store.list_calls(q="返金して")[1]] == ["live"]
    assert store.get_call("gone") is None


# ------------------------------------------------------------------------------------------------
# audio


def test_audio_path_and_retention(store: CallStore, tmp_path: Path) -> None:
    old_audio = tmp_path / "old.flac"
    new_audio = tmp_path / "new.flac"
    old_audio.write_bytes(b"x")
    new_audio.write_bytes(b"y")
    now = datetime.now(UTC)
    open_call(store, "old", started_at=now - timedelta(days=40))
    open_call(store, "new", started_at=now - timedelta(days=2))
    assert store.set_audio("old", old_audio) and store.set_audio("new", new_audio)
    assert store.expire_audio(30) == ["old"]
    assert not old_audio.exists() and new_audio.exists()
    old, new = store.get_call("old"), store.get_call("new")
    assert old is not None and new is not None
    assert (old["has_audio"], new["has_audio"]) == (False, True)
    assert new["audio_path"] == str(new_audio)
    assert store.expire_audio(30) == []


# ------------------------------------------------------------------------------------------------
# the writer


def test_writer_writes_in_order_and_flushes(store: CallStore) -> None:
    writer = StoreWriter(store, batch_size=8)
    writer.open_call("w1", source="device", language="zh", playbook="default", channels="staff,customer")
    items = [utt("w1", i + 1, i, "customer", f"第{i}句 我要退款", ["request"]) for i in range(50)]
    for item in items[:25]:
        writer.submit(item)
    for i, item in enumerate(items[25:], start=25):
        writer.append(NumberedEvent("w1", i + 1, _event(item), emitted_at=0.0).as_dict())
    assert writer.flush(timeout=30)
    assert [e["seq"] for e in store.events_after("w1", 0)] == list(range(1, 51))
    writer.close_call("w1", "interrupted")
    writer.close()
    assert store.call_status("w1") == "interrupted"
    assert (writer.written, writer.dropped) == (52, 0)
    with pytest.raises(WriterClosedError):
        writer.submit(items[0])
    writer.close()  # twice is fine


def _event(item: dict[str, Any]) -> UtteranceEvent:
    return UtteranceEvent(
        item["index"], Speaker(item["speaker"]), item["text"], item["start"], item["end"], tuple(item["labels"]), 0.4
    )


def test_writer_accepts_numbered_events(store: CallStore) -> None:
    with StoreWriter(store) as writer:
        writer.open_call("w2", source="demo", language="en", playbook="default", channels="customer")
        writer.submit(NumberedEvent("w2", 1, PartialEvent(Speaker.CUSTOMER, "hel"), emitted_at=0.0))
    assert store.events_after("w2", 0) == [
        {"type": "partial", "call": "w2", "seq": 1, "speaker": "customer", "text": "hel"}
    ]


def test_writer_drops_a_bad_event_alone(store: CallStore, caplog: pytest.LogCaptureFixture) -> None:
    writer = StoreWriter(store, batch_size=100)
    writer.open_call("w3", source="demo", language="ja", playbook="default", channels="customer")
    writer.submit(utt("w3", 1, 0, "customer", "秘密の発言", []))
    writer.submit({"type": "utterance", "call": "w3", "seq": 2, "text": "秘密の発言 without index"})
    writer.submit(utt("w3", 3, 1, "customer", "next", []))
    writer.close()
    assert [e["seq"] for e in store.events_after("w3", 0)] == [1, 3]
    assert writer.dropped == 1
    assert "秘密" not in caplog.text  # transcript text never reaches the logs


def test_concurrent_writer_and_readers(store: CallStore) -> None:
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                store.list_calls(q="退款")
                store.get_call("c0")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for thread in readers:
        thread.start()
    with StoreWriter(store, batch_size=4) as writer:
        for c in range(5):
            writer.open_call(f"c{c}", source="demo", language="zh", playbook="default", channels="customer")
            for i in range(20):
                writer.submit(utt(f"c{c}", i + 1, i, "customer", "我要退款", ["request"]))
        writer.flush(timeout=60)
    stop.set()
    for thread in readers:
        thread.join()
    assert not errors
    assert store.list_calls(q="退款")[0] == 5


def test_two_stores_write_the_same_database(db_url: str) -> None:
    first, second = open_store_url(db_url), open_store_url(db_url)
    try:

        def fill(store: CallStore, call: str) -> None:
            open_call(store, call)
            for i in range(30):
                store.append(utt(call, i + 1, i, "customer", "返金", []))

        threads = [threading.Thread(target=fill, args=(s, f"s{n}")) for n, s in enumerate((first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert first.list_calls(q="返金")[0] == 2
        assert len(second.events_after("s0", 0)) == 30
    finally:
        first.close()
        second.close()


def test_kill_9_loses_nothing_flushed(db_url: str) -> None:
    """A process writing through StoreWriter is killed mid-stream; every flushed event survives."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_writer.py")), db_url, "crash1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    flushed = 0
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + 120
        for line in child.stdout:
            if line.startswith("FLUSHED"):
                flushed = int(line.split()[1])
                if flushed >= 210:
                    break
            assert time.monotonic() < deadline, "the writer process is too slow"
        time.sleep(random.uniform(0.005, 0.04))  # let it run on: the kill lands mid-stream
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert child.stdout is not None
    for line in child.stdout:  # flushes it reported before it died count too
        if line.startswith("FLUSHED"):
            flushed = max(flushed, int(line.split()[1]))
    assert flushed >= 210

    store = open_store_url(db_url)
    try:
        seqs = [e["seq"] for e in store.events_after("crash1", 0)]
        assert seqs[:flushed] == list(range(1, flushed + 1))
        assert seqs == list(range(1, len(seqs) + 1))  # whatever else made it is a prefix: no gaps
        call = store.get_call("crash1")
        assert call is not None
        assert call["status"] == "live"
        stored_utterances = [e for e in store.events_after("crash1", 0) if e["type"] == "utterance"]
        assert [u["text"] for u in call["utterances"]] == [u["text"] for u in stored_utterances]
        assert store.mark_interrupted() == ["crash1"]
        call = store.get_call("crash1")
        assert call is not None
        assert call["status"] == "interrupted"
        assert len(call["memo"]) == len([u for u in stored_utterances if u["speaker"] == "customer"])
        assert store.list_calls(q="退款")[0] == 1
    finally:
        store.close()


# ------------------------------------------------------------------------------------------------
# opening and migrations


def test_migrations_match_the_schema_and_go_down_and_up(db_url: str) -> None:
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext

    from companion.storage.schema import metadata
    from companion.storage.store import create_store_engine, upgrade_schema

    engine = create_store_engine(db_url)
    try:
        upgrade_schema(engine)

        def skip_search(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
            return not (name or "").startswith(("utterances_fts", "ix_utterances_text_trgm", "alembic_version"))

        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": skip_search})
            assert compare_metadata(context, metadata) == []

        config = Config()
        config.set_main_option("script_location", str(ROOT / "companion" / "storage" / "migrations"))
        with engine.execution_options(companion_write=True).begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        upgrade_schema(engine)
        store = CallStore(engine)
        store_call(store, "after", ["返金してほしい"], started_at=T0)
        assert store.list_calls(q="返金して")[0] == 1
    finally:
        engine.dispose()


def test_open_store_from_settings_uses_the_data_folder(tmp_path: Path) -> None:
    from companion.config import Settings

    settings = Settings(data_dir=tmp_path / "data", database_url=None)
    store = open_store(settings)
    try:
        assert (tmp_path / "data" / "companion.db").is_file()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()
    again = open_store(settings)  # already at head: nothing to do
    again.close()


@pytest.mark.parametrize(
    "url",
    [
        "mysql://user@localhost/db",
        "not a url",
        "postgresql://someone:s3cret-pw@127.0.0.1:1/nothing",
        "sqlite:////proc/no/such/dir/x.db",
    ],
)
def test_bad_database_urls_give_one_line(url: str) -> None:
    with pytest.raises(StorageError) as info:
        open_store_url(url)
    message = str(info.value)
    assert "\n" not in message
    assert "s3cret" not in message


def test_a_database_from_a_newer_version_is_refused_in_one_line(db_url: str) -> None:
    store = open_store_url(db_url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    try:
        with pytest.raises(StorageError, match="cannot migrate"):
            open_store_url(db_url)
    finally:
        from companion.storage.store import create_store_engine

        engine = create_store_engine(db_url)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        engine.dispose()
