"""Revision 0003 (training) goes up over stored calls and back down without touching them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from tests.storage.conftest import db_url  # noqa: F401  (SQLite and PostgreSQL)
from tests.training.conftest import store_call

MIGRATIONS = Path(__file__).resolve().parents[2] / "companion" / "storage" / "migrations"


def alembic(engine: Any, action: str, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(companion_write=True).begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, target)


def test_training_tables_come_and_go_with_revision_0003(db_url: str) -> None:  # noqa: F811
    from companion.storage.store import CallStore, create_store_engine, upgrade_schema
    from companion.storage.training import TrainingStore

    engine = create_store_engine(db_url)
    try:
        upgrade_schema(engine)
        alembic(engine, "downgrade", "0002")
        assert not {"training_attempts", "training_scenarios"} & set(inspect(engine).get_table_names())
        store = CallStore(engine)
        store_call(store, "before", [("customer", "こんにちは", 0.0, 1.0, [])])

        alembic(engine, "upgrade", "0003")
        training = TrainingStore(store)
        attempt = training.create_attempt("before", "山田", None)
        assert training.attempt(attempt["id"])["call"] == "before"

        alembic(engine, "downgrade", "0002")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM events WHERE call_id = 'before'")).scalar_one() == 2
        assert "training_attempts" not in inspect(engine).get_table_names()
        upgrade_schema(engine)
        assert TrainingStore(store).attempt(attempt["id"]) is None  # gone with the downgrade
        assert store.get_call("before") is not None
    finally:
        engine.dispose()
