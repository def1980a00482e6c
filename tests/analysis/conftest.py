"""Real spaCy pipelines, built once per test session (no mocks)."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.analysis.nlp import Pipelines

CALL_DATE = dt.date(2026, 11, 24)  # a Tuesday


@pytest.fixture(scope="session")
def pipelines() -> Pipelines:
    return Pipelines()


@pytest.fixture(scope="session")
def engine(pipelines: Pipelines) -> PlaybookEngine:
    return PlaybookEngine(pipelines, call_date=CALL_DATE)


@pytest.fixture(scope="session")
def rules_engine(pipelines: Pipelines) -> PlaybookEngine:
    return PlaybookEngine(pipelines, call_date=CALL_DATE, learned=False)
