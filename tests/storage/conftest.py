"""The storage tests run against SQLite (a fresh file per test) and the real PostgreSQL server.

PostgreSQL: COMPANION_TEST_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
Each test session works in a schema of its own (created here, dropped at the end), so parallel
runs do not meet; tables are emptied before each test. Missing PostgreSQL skips locally and fails
under CI=true.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import require

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    return os.environ.get("COMPANION_TEST_POSTGRES_URL") or DEFAULT_PG


def with_search_path(url: str, schema: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    query = dict(parsed.query)
    query["options"] = f"-csearch_path={schema},public"
    return parsed.set(query=query).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A URL whose connections work in a fresh schema (then public, where pg_trgm lives)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    base = postgres_url()
    schema = f"companion_test_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        admin = create_engine(with_search_path(base, "public"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        require(False, f"PostgreSQL at {base} ({type(exc).__name__})")
        raise  # not reached
    with admin.connect() as conn:
        # a concurrent session may create it first, or we may lack permission: the store copes
        with contextlib.suppress(SQLAlchemyError):
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield with_search_path(base, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'companion.db'}"
        return
    url: str = request.getfixturevalue("pg_url")
    from companion.storage import open_store_url

    store = open_store_url(url)  # migrated once per session; then emptied for this test
    with store.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE calls, events, utterances CASCADE")
    store.close()
    yield url


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    from companion.storage import open_store_url

    s = open_store_url(db_url)
    yield s
    s.close()
