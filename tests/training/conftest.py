"""The training API against a real service (real model, real analysis) on SQLite and on PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.storage.conftest import pg_url  # noqa: F401  (the session's PostgreSQL schema)

TABLES = "training_attempts, training_scenarios, calls, events, utterances"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('training-db') / 'companion.db'}"
        return
    url: str = request.getfixturevalue("pg_url")
    from companion.storage import open_store_url

    store = open_store_url(url)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"TRUNCATE {TABLES} CASCADE")
    store.close()
    yield url


def serve(settings: Any) -> Iterator[TestClient]:
    from companion.server.app import create_app

    with TestClient(create_app(settings)) as client:
        for _ in range(600):
            if client.get("/api/health").status_code == 200:
                break
            time.sleep(0.1)
        yield client


@pytest.fixture(scope="module")
def client(settings: Any, database: str) -> Iterator[TestClient]:
    yield from serve(settings.model_copy(update={"database_url": database}))


@pytest.fixture(scope="module")
def calls(database: str) -> Iterator[Any]:
    """A second store on the same database, to put constructed calls in."""
    from companion.storage import open_store_url

    store = open_store_url(database)
    yield store
    store.close()


def store_call(
    store: Any,
    call: str,
    rows: list[tuple[str, str, float, float, list[str]]],
    *,
    language: str = "ja",
    channels: str = "staff,customer",
    close: bool = True,
) -> None:
    """A finished call as the service would have stored it: (speaker, text, start, end, labels) rows."""
    from companion.storage import AppendEvent, CloseCall, OpenCall

    ops: list[Any] = [OpenCall(call, "upload", language, "default", channels)]
    for i, (speaker, text, start, end, labels) in enumerate(rows):
        event = {
            "type": "utterance",
            "call": call,
            "seq": i + 1,
            "index": i,
            "speaker": speaker,
            "text": text,
            "start": start,
            "end": end,
            "labels": labels,
            "latency_s": 0.1,
        }
        ops.append(AppendEvent(event))
    if close:
        summary = {
            "type": "summary",
            "call": call,
            "seq": len(rows) + 1,
            "utterances": [{"index": i, "labels": r[4]} for i, r in enumerate(rows)],
            "missed_steps": [],
            "order_issues": [],
            "memo": [],
            "escalation": False,
        }
        ops += [AppendEvent(summary), CloseCall(call, "ended")]
    store.write(ops)


def path_of(name: str) -> Path:
    return Path(__file__).resolve().parents[1] / "data" / name
