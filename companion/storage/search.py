"""Full-text search over utterance text that works without word boundaries (Japanese, Chinese).

SQLite: an FTS5 table with the trigram tokenizer (SQLite ≥ 3.34) answers terms of three or more
characters; shorter terms, or a build without trigram support, fall back to LIKE.
PostgreSQL: ILIKE, served by a pg_trgm GIN index when the extension can be created.
Every term of a query must occur in the call (in any of its utterances).
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

FTS_TABLE = "utterances_fts"
TRGM_INDEX = "ix_utterances_text_trgm"
MIN_TRIGRAM = 3
MAX_TERMS = 8
MAX_TERM_CHARS = 200

SQLITE_FTS_DDL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text, content='utterances', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER utterances_fts_ai AFTER INSERT ON utterances BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
    f"CREATE TRIGGER utterances_fts_ad AFTER DELETE ON utterances BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); END",
    f"CREATE TRIGGER utterances_fts_au AFTER UPDATE OF text ON utterances BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text) VALUES ('delete', old.id, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.id, new.text); END",
)
SQLITE_FTS_DROP = (
    "DROP TRIGGER IF EXISTS utterances_fts_au",
    "DROP TRIGGER IF EXISTS utterances_fts_ad",
    "DROP TRIGGER IF EXISTS utterances_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def sqlite_has_trigram() -> bool:
    """Whether this SQLite library has FTS5 with the trigram tokenizer."""
    if sqlite3.sqlite_version_info < (3, 34, 0):
        return False
    try:
        probe = sqlite3.connect(":memory:")
        try:
            probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        finally:
            probe.close()
    except sqlite3.Error:
        return False
    return True


def create_sqlite_fts(conn: Connection) -> bool:
    """Create the FTS table and its triggers, filled from existing rows. False when not supported."""
    if not sqlite_has_trigram():
        log.warning("SQLite %s has no FTS5 trigram tokenizer; search falls back to LIKE", sqlite3.sqlite_version)
        return False
    for statement in SQLITE_FTS_DDL:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    return True


def sqlite_fts_present(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"), {"name": FTS_TABLE}
    ).first()
    return found is not None and sqlite_has_trigram()


def create_pg_trgm_index(conn: Connection) -> bool:
    """Create pg_trgm (if allowed) and the GIN index on utterance text. False when not possible."""
    if pg_trgm_index_present(conn):
        return True
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        savepoint.commit()
    except Exception as exc:  # no permission, not installed, or a concurrent CREATE
        savepoint.rollback()
        log.info("pg_trgm extension not created (%s); search uses ILIKE without an index", type(exc).__name__)
    visible = conn.execute(
        text("SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops' AND pg_opclass_is_visible(oid)")
    ).first()
    if visible is None:
        log.warning("pg_trgm is not available in the search path; search uses ILIKE without an index")
        return False
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON utterances USING gin (text gin_trgm_ops)")
    return True


def pg_trgm_index_present(conn: Connection) -> bool:
    found = conn.execute(
        text(
            "SELECT 1 FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid "
            "WHERE c.relname = :name AND pg_table_is_visible(c.oid)"
        ),
        {"name": TRGM_INDEX},
    ).first()
    return found is not None


def split_terms(q: str) -> list[str]:
    """Whitespace-separated terms (full-width spaces included), each at most MAX_TERM_CHARS, at most MAX_TERMS."""
    terms: list[str] = []
    for term in q.split():
        term = term[:MAX_TERM_CHARS]
        if term and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(term: str) -> str:
    """An FTS5 string literal: with the trigram tokenizer it matches the term as a substring."""
    return '"' + term.replace('"', '""') + '"'
