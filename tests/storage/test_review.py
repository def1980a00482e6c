"""Supervisor review records on SQLite and PostgreSQL: notes, tags, escalation acknowledgements,
report edits, the list's new filters, and migration 0002 over a database that already holds calls."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from companion.errors import CallStateError, NotFoundError
from companion.storage import CallFilter, CallStore, StoreWriter
from tests.storage.test_store import ROOT, T0, full_call, open_call, store_call, utt

MIGRATIONS = ROOT / "companion" / "storage" / "migrations"


def escalation(call: str, seq: int, index: int | None = None, reason: str = "") -> dict[str, Any]:
    return {"type": "escalation", "call": call, "seq": seq, "by": "staff", "reason": reason, "index": index}


def escalated_call(store: CallStore, call: str = "e1", **meta: Any) -> None:
    """full_call (one escalation at seq 8) plus a second escalation after the summary's seq."""
    open_call(store, call, started_at=meta.pop("started_at", T0), **meta)
    for item in full_call(call):
        store.append(item)
    store.append(escalation(call, 10, 3, "threat"))


# ------------------------------------------------------------------------------------------------
# notes


def test_notes_on_the_call_and_on_one_utterance(store: CallStore) -> None:
    escalated_call(store)
    whole = store.add_note("e1", "  謝罪が遅い。研修で扱う  ", "田中")
    one = store.add_note("e1", "ここで規則を持ち出さない", "Trainer Li", index=2)
    assert whole["index"] is None and whole["text"] == "謝罪が遅い。研修で扱う" and whole["author"] == "田中"
    assert one["index"] == 2 and one["call"] == "e1" and one["id"] != whole["id"]
    assert [n["id"] for n in store.notes("e1")] == [whole["id"], one["id"]]
    got = store.get_call("e1")
    assert got is not None and [n["text"] for n in got["notes"]] == [whole["text"], one["text"]]

    assert store.delete_note("e1", whole["id"]) is True
    assert store.delete_note("e1", whole["id"]) is False
    assert store.delete_note("other", one["id"]) is False  # a note is deleted through its own call only
    assert [n["id"] for n in store.notes("e1")] == [one["id"]]


@pytest.mark.parametrize(
    ("call", "body", "author", "index", "error"),
    [
        ("e1", "x", "田中", 99, ValueError),  # no such utterance
        ("e1", "   ", "田中", None, ValueError),
        ("e1", "x" * 5001, "田中", None, ValueError),
        ("e1", "x", " ", None, ValueError),
        ("nope", "x", "田中", None, NotFoundError),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(
    store: CallStore, call: str, body: str, author: str, index: int | None, error: type[Exception]
) -> None:
    escalated_call(store)
    with pytest.raises(error):
        store.add_note(call, body, author, index=index)
    assert store.notes("e1") == []


# ------------------------------------------------------------------------------------------------
# tags


def test_tags_replace_filter_and_count(store: CallStore) -> None:
    for n, call in enumerate(("t1", "t2", "t3")):
        store_call(store, call, ["返金してほしい"], started_at=T0 + timedelta(minutes=n))
    assert store.set_tags("t1", [" 研修 ", "要フォロー", "研修", "ｶﾅ"]) == sorted(["研修", "要フォロー", "ｶﾅ"])
    assert store.set_tags("t2", ["研修"]) == ["研修"]
    assert store.tags("t3") == []

    assert [r["call"] for r in store.list_calls(tags=["研修"])[1]] == ["t2", "t1"]
    assert [r["call"] for r in store.list_calls(tags=["研修", "要フォロー"])[1]] == ["t1"]
    assert store.list_calls(tags=["none such"])[0] == 0
    rows = {r["call"]: r for r in store.list_calls()[1]}
    assert rows["t1"]["tags"] == sorted(["研修", "要フォロー", "ｶﾅ"]) and rows["t3"]["tags"] == []
    assert store.all_tags()[0] == ("研修", 2)

    assert rows["t1"]["missed_steps"] == ["apology"]
    assert store.set_tags("t1", ["要フォロー"]) == ["要フォロー"]  # replaces, does not add
    assert store.set_tags("t1", []) == []
    assert ("要フォロー", 1) not in store.all_tags()


@pytest.mark.parametrize(
    "bad", [["x" * 41], [""], ["a\nb"], [f"t{i}" for i in range(21)]], ids=["long", "empty", "control", "many"]
)
def test_bad_tags_leave_the_old_ones(store: CallStore, bad: list[str]) -> None:
    store_call(store, "t1", ["返金してほしい"], started_at=T0)
    store.set_tags("t1", ["研修"])
    with pytest.raises(ValueError):
        store.set_tags("t1", bad)
    assert store.tags("t1") == ["研修"]


def test_tags_of_an_unknown_call(store: CallStore) -> None:
    with pytest.raises(NotFoundError):
        store.set_tags("nope", ["研修"])


# ------------------------------------------------------------------------------------------------
# escalations


def test_escalations_are_counted_acknowledged_once_and_filtered(store: CallStore) -> None:
    escalated_call(store, "e1")
    store.append(escalation("e1", 10, 3, "threat"))  # the same seq again: ignored, not counted twice
    store_call(store, "quiet", ["返金してほしい"], started_at=T0 + timedelta(minutes=5))

    row = next(r for r in store.list_calls()[1] if r["call"] == "e1")
    assert (row["escalations"], row["unacked_escalations"]) == (2, 2)
    assert [r["call"] for r in store.list_calls(unacknowledged=True)[1]] == ["e1"]
    assert [e["seq"] for e in store.escalations("e1")] == [8, 10]
    assert all(e["acknowledged"] is None and e["raised_at"] for e in store.escalations("e1"))

    acked = store.acknowledge("e1", 10, " 鈴木 ", "折り返し済み")
    assert acked["seq"] == 10 and acked["reason"] == "threat" and acked["index"] == 3
    assert acked["acknowledged"]["by"] == "鈴木" and acked["acknowledged"]["note"] == "折り返し済み"
    assert acked["acknowledged"]["at"]
    with pytest.raises(CallStateError, match="already acknowledged by 鈴木"):
        store.acknowledge("e1", 10, "佐藤")
    with pytest.raises(NotFoundError):
        store.acknowledge("e1", 5, "佐藤")  # seq 5 is an alert, not an escalation
    with pytest.raises(NotFoundError):
        store.acknowledge("nope", 8, "佐藤")
    with pytest.raises(ValueError):
        store.acknowledge("e1", 8, "  ")

    assert store.list_calls(unacknowledged=True)[0] == 1
    store.acknowledge("e1", 8, "鈴木")
    assert store.list_calls(unacknowledged=True)[0] == 0
    assert {r["call"] for r in store.list_calls(unacknowledged=False)[1]} == {"e1", "quiet"}
    got = store.get_call("e1")
    assert got is not None
    assert [e["acknowledged"]["by"] for e in got["escalations"]] == ["鈴木", "鈴木"]
    assert (got["escalations"][0]["type"], got["escalations"][0]["by"]) == ("escalation", "staff")
    assert (got["escalations"][0]["call"], got["unacked_escalations"]) == ("e1", 0)


# ------------------------------------------------------------------------------------------------
# report edits


def test_report_edits_round_trip_replace_and_clear(store: CallStore) -> None:
    escalated_call(store)
    assert store.report_edits("e1") is None
    saved = store.set_report_edits("e1", {"reporter": "山田", "facts": ["一時間待たされた"]}, by="鈴木")
    assert saved["fields"] == {"reporter": "山田", "facts": ["一時間待たされた"]}
    assert saved["updated_by"] == "鈴木" and saved["updated_at"]
    assert store.report_edits("e1") == saved
    call = store.get_call("e1")
    assert call is not None and call["report_edited"] is True

    again = store.set_report_edits("e1", {"follow_up_owner": "佐藤"})
    assert again["fields"] == {"follow_up_owner": "佐藤"} and again["updated_by"] is None
    cleared = store.set_report_edits("e1", {})
    assert cleared["fields"] == {} and store.report_edits("e1") is None
    with pytest.raises(NotFoundError):
        store.set_report_edits("nope", {"reporter": "x"})


# ------------------------------------------------------------------------------------------------
# events that change an utterance after it was emitted


def speaker_event(call: str, seq: int, index: int, speaker: str, labels: list[str]) -> dict[str, Any]:
    previous = "customer" if speaker == "staff" else "staff"
    return {"type": "speaker", "call": call, "seq": seq, "index": index, "speaker": speaker, "previous": previous,
            "speaker_source": "attributed", "speaker_confidence": 0.81, "labels": labels}  # fmt: skip


def test_a_speaker_event_reattributes_the_stored_utterance(store: CallStore) -> None:
    open_call(store, "m1", started_at=T0, channels="auto")
    store.append(utt("m1", 1, 0, "customer", "大変申し訳ございません", []))
    store.append(utt("m1", 2, 1, "staff", "返金してほしい", []))
    store.close_call("m1", "ended")
    store.append(speaker_event("m1", 3, 0, "staff", ["apology"]))
    store.append(speaker_event("m1", 4, 1, "customer", ["request"]))
    store.append(speaker_event("m1", 4, 1, "staff", ["excuse"]))  # the same seq again: ignored
    call = store.get_call("m1")
    assert call is not None
    assert [(u["speaker"], u["labels"]) for u in call["utterances"]] == [
        ("staff", ["apology"]),
        ("customer", ["request"]),
    ]
    assert call["steps_done"] == 1 and call["memo"] == [{"index": 1, "kind": "request", "quote": "返金してほしい"}]
    assert [e["type"] for e in store.events_after("m1", 2)] == ["speaker", "speaker"]


@pytest.mark.parametrize(
    "bad", [{"index": None}, {"speaker": ""}, {"labels": "apology"}], ids=["index", "who", "labels"]
)
def test_a_bad_speaker_event_is_refused_whole(store: CallStore, bad: dict[str, Any]) -> None:
    open_call(store, "m1", started_at=T0)
    store.append(utt("m1", 1, 0, "customer", "大変申し訳ございません", []))
    with pytest.raises(ValueError):
        store.append({**speaker_event("m1", 2, 0, "staff", ["apology"]), **bad})
    call = store.get_call("m1")
    assert call is not None and call["utterances"][0]["speaker"] == "customer" and call["last_seq"] == 1


def test_corrections_come_with_the_call(store: CallStore) -> None:
    escalated_call(store)
    store.append(
        {"type": "correction", "call": "e1", "seq": 11, "index": 0, "original": "一時間", "corrected": "1時間"}
    )
    call = store.get_call("e1")
    assert call is not None
    assert call["corrections"] == [
        {"type": "correction", "call": "e1", "seq": 11, "index": 0, "original": "一時間", "corrected": "1時間"}
    ]
    assert call["utterances"][0]["text"] == "予約した時間に行ったのに一時間も待たされました"  # never rewritten


# ------------------------------------------------------------------------------------------------
# list filters, export helpers, the writer's recording op


def test_list_filters_staff_language_status(store: CallStore) -> None:
    open_call(store, "ja1", started_at=T0, staff="佐藤")
    for item in full_call("ja1"):
        store.append(item)
    open_call(store, "zh1", started_at=T0 + timedelta(minutes=1), language="zh", staff="王")
    store.append(utt("zh1", 1, 0, "customer", "我要退款", ["request"]))
    store.close_call("zh1", "interrupted")
    open_call(store, "en1", started_at=T0 + timedelta(minutes=2), language="en")

    def ids(**filters: Any) -> list[str]:
        return [r["call"] for r in store.list_calls(**filters)[1]]

    assert store.all_staff() == [("佐藤", 1), ("王", 1)]
    rows = {r["call"]: r for r in store.list_calls()[1]}
    assert rows["ja1"]["missed_steps"] == ["empathy", "confirm", "solution", "thanks"]
    assert rows["zh1"]["missed_steps"] is None and rows["en1"]["missed_steps"] is None
    assert ids(staff="佐藤") == ["ja1"]
    assert ids(staff="佐") == []  # exact, not a substring
    assert ids(language="zh") == ["zh1"]
    assert ids(status="interrupted") == ["zh1"]
    assert ids(status="live", language="en") == ["en1"]
    assert ids(q="退款", language="ja") == []
    filters = CallFilter(language="ja", staff="佐藤")
    assert store.matching_calls(filters, 10) == ["ja1"]
    assert store.matching_calls(CallFilter(), 2) == ["en1", "zh1"]
    assert [r["call"] for r in store.list_rows(["zh1", "gone", "ja1"])] == ["zh1", "ja1"]
    with pytest.raises(ValueError):
        store.list_calls(status="paused")  # type: ignore[arg-type]


def test_writer_attaches_recordings_in_order(store: CallStore, tmp_path: Path) -> None:
    audio = tmp_path / "w1.ogg"
    audio.write_bytes(b"OggS")
    with StoreWriter(store) as writer:
        writer.open_call("w1", source="device", language="ja")
        writer.set_audio("w1", str(audio))
        writer.set_audio("unknown-call", str(audio))  # logged, dropped alone
        assert writer.flush(10)
    got = store.get_call("w1")
    assert got is not None and got["audio_path"] == str(audio) and got["has_audio"] is True


# ------------------------------------------------------------------------------------------------
# migration 0002 over existing data


def _alembic(engine: Any, action: str, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(companion_write=True).begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, target)


def test_migration_0002_keeps_calls_and_counts_their_escalations(db_url: str) -> None:
    from companion.storage.store import create_store_engine, upgrade_schema

    engine = create_store_engine(db_url)
    try:
        _alembic(engine, "downgrade", "base")
        _alembic(engine, "upgrade", "0001")
        with engine.execution_options(companion_write=True).begin() as conn:
            conn.execute(
                text("INSERT INTO calls (id, created_at, status, escalated) VALUES ('old', :t, 'ended', :yes)"),
                {"t": T0.replace(tzinfo=None) if engine.dialect.name == "sqlite" else T0, "yes": True},
            )
            for seq, kind in ((1, "utterance"), (2, "escalation"), (3, "alert"), (4, "escalation")):
                conn.execute(
                    text(
                        "INSERT INTO events (call_id, seq, type, payload, emitted_at) "
                        "VALUES ('old', :seq, :type, :payload, :t)"
                    ),
                    {"seq": seq, "type": kind, "payload": '{"by":"staff","reason":"","index":0}', "t": T0},
                )
        _alembic(engine, "upgrade", "0002")
        with engine.connect() as conn:
            counts = conn.execute(text("SELECT escalation_count, unacked_escalations FROM calls")).one()
        assert tuple(counts) == (2, 2)

        upgrade_schema(engine)
        store = CallStore(engine)
        assert [e["seq"] for e in store.escalations("old")] == [2, 4]
        store.acknowledge("old", 2, "鈴木")
        store.add_note("old", "古い通話にもメモ", "田中")
        store.set_tags("old", ["移行"])
        assert store.list_calls(unacknowledged=True, tags=["移行"])[0] == 1

        _alembic(engine, "downgrade", "0001")  # back down: the call and its events stay
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM events WHERE call_id = 'old'")).scalar_one() == 4
        upgrade_schema(engine)
        assert store.list_calls()[1][0]["escalations"] == 2
        assert store.notes("old") == []  # the review tables went with the downgrade
    finally:
        engine.dispose()
