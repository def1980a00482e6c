"""Training records: trainers' scenarios, role-play attempts with their score-card snapshots, and the
re-analysis of a call after a trainer fixed who said an utterance.

Tables of revision 0003. `TrainingStore` works beside a `CallStore` (same engine, same transaction rules:
every method is one transaction that does all it says or nothing). Shipped scenarios are data files
(companion/training/scenarios), not rows: only trainers' own scenarios are stored here.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    func,
    select,
    true,
    update,
)

from companion.errors import CallStateError, NotFoundError
from companion.model import CAUTION_LABELS, STEP_LABELS
from companion.storage.schema import attempts, calls, events, scenarios, utterances
from companion.storage.store import CallStore
from companion.storage.types import as_utc, utc_now

SCENARIO_FIELDS = ("language", "title", "situation", "persona", "expected_steps", "expect_escalation", "playbook")
SPEAKER = "speaker"  # the event of a changed speaker (events.SpeakerEvent), here with speaker_source "trainer"
TRAINER = "trainer"


@dataclass(frozen=True, slots=True)
class Reanalysis:
    """The analysis of a whole call again: labels and evidence per utterance index, and the new summary."""

    labels: Mapping[int, Sequence[str]]
    evidence: Mapping[int, Mapping[str, str]]
    summary: Mapping[str, Any]


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class TrainingStore:
    def __init__(self, store: CallStore) -> None:
        self._calls = store
        self._engine = store.engine
        self._writer = store.engine.execution_options(companion_write=True)

    @property
    def calls(self) -> CallStore:
        return self._calls

    # -- scenarios ------------------------------------------------------------------------------

    def scenarios(self, language: str | None = None) -> list[dict[str, Any]]:
        query = select(scenarios).order_by(scenarios.c.title, scenarios.c.id)
        if language is not None:
            query = query.where(scenarios.c.language == language)
        with self._engine.connect() as conn:
            return [_scenario(row._mapping) for row in conn.execute(query)]

    def scenario(self, scenario_id: str) -> dict[str, Any] | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(scenarios).where(scenarios.c.id == scenario_id)).first()
        return None if row is None else _scenario(row._mapping)

    def create_scenario(self, values: Mapping[str, Any]) -> dict[str, Any]:
        now = utc_now()
        row = {key: values[key] for key in SCENARIO_FIELDS} | {"id": new_id(), "created_at": now, "updated_at": now}
        with self._writer.begin() as conn:
            conn.execute(scenarios.insert().values(**row))
        return _scenario(row)

    def update_scenario(self, scenario_id: str, values: Mapping[str, Any]) -> dict[str, Any] | None:
        changes = {key: values[key] for key in SCENARIO_FIELDS} | {"updated_at": utc_now()}
        with self._writer.begin() as conn:
            done = conn.execute(
                update(scenarios).where(scenarios.c.id == scenario_id).values(**changes).returning(*scenarios.c)
            ).first()
        return None if done is None else _scenario(done._mapping)

    def delete_scenario(self, scenario_id: str) -> bool:
        """False when there is no such scenario; CallStateError when attempts still use it."""
        with self._writer.begin() as conn:
            used = conn.execute(
                select(func.count()).select_from(attempts).where(attempts.c.scenario_id == scenario_id)
            ).scalar_one()
            if used:
                raise CallStateError(f"scenario {scenario_id!r} has {used} attempt(s); delete them first")
            gone = conn.execute(delete(scenarios).where(scenarios.c.id == scenario_id).returning(scenarios.c.id))
            return gone.first() is not None

    # -- attempts -------------------------------------------------------------------------------

    def create_attempt(
        self, call: str, trainee: str, scenario_id: str | None, file_id: str | None = None
    ) -> dict[str, Any]:
        row = {
            "id": new_id(),
            "call_id": call,
            "trainee": trainee,
            "scenario_id": scenario_id,
            "file_id": file_id,
            "created_at": utc_now(),
        }
        with self._writer.begin() as conn:
            if conn.execute(select(calls.c.id).where(calls.c.id == call)).first() is None:
                raise NotFoundError(f"no call {call!r}")
            conn.execute(attempts.insert().values(**row))
            return _attempts(conn, attempts.c.id == row["id"], with_card=True)[0]

    def attempt(self, attempt_id: str) -> dict[str, Any] | None:
        with self._engine.connect() as conn:
            found = _attempts(conn, attempts.c.id == attempt_id, with_card=True)
        return found[0] if found else None

    def replay_file(self, call: str) -> str | None:
        """The upload a training replay of `call` was made from, if any."""
        with self._engine.connect() as conn:
            return conn.execute(
                select(attempts.c.file_id).where(attempts.c.call_id == call, attempts.c.file_id.is_not(None)).limit(1)
            ).scalar_one_or_none()

    def attempts_of_call(self, call: str) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            return _attempts(conn, attempts.c.call_id == call, with_card=True)

    def unscored(self) -> list[dict[str, Any]]:
        """Attempts without a card whose call is over: they are due a score."""
        with self._engine.connect() as conn:
            return _attempts(conn, and_(attempts.c.card.is_(None), calls.c.status != "live"), with_card=False)

    def list_attempts(
        self, trainee: str | None = None, scenario_id: str | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total, one page), newest first, without the cards."""
        where = _filter(trainee, scenario_id)
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(attempts).where(where)).scalar_one()
            rows = _attempts(conn, where, with_card=False, newest_first=True, limit=limit, offset=offset)
        return int(total), rows

    def progress(self, trainee: str, scenario_id: str | None = None) -> list[dict[str, Any]]:
        """The trainee's scored attempts, oldest first, with the points each component lost."""
        where = and_(_filter(trainee, scenario_id), attempts.c.score.is_not(None))
        with self._engine.connect() as conn:
            rows = _attempts(conn, where, with_card=True)
        return [
            {
                "attempt": row["id"],
                "call": row["call"],
                "scenario_id": row["scenario_id"],
                "at": row["created_at"],
                "score": row["score"],
                "lost": {c["id"]: c["points_lost"] for c in (row["card"] or {}).get("components", [])},
            }
            for row in rows
        ]

    def trainees(self) -> list[dict[str, Any]]:
        """Per trainee and scenario: attempts, best and last score, last attempt time."""
        with self._engine.connect() as conn:
            rows = _attempts(conn, None, with_card=False)
        grouped: dict[str, dict[str | None, list[dict[str, Any]]]] = {}
        for row in rows:  # oldest first
            grouped.setdefault(row["trainee"], {}).setdefault(row["scenario_id"], []).append(row)
        out: list[dict[str, Any]] = []
        for trainee, by_scenario in grouped.items():
            groups = []
            for scenario_id, items in by_scenario.items():
                scored = [r["score"] for r in items if r["score"] is not None]
                groups.append(
                    {
                        "scenario_id": scenario_id,
                        "attempts": len(items),
                        "best_score": max(scored) if scored else None,
                        "last_score": scored[-1] if scored else None,
                        "last_at": items[-1]["created_at"],
                    }
                )
            groups.sort(key=lambda g: g["last_at"], reverse=True)
            out.append(
                {
                    "trainee": trainee,
                    "attempts": sum(g["attempts"] for g in groups),
                    "last_at": groups[0]["last_at"],
                    "scenarios": groups,
                }
            )
        out.sort(key=lambda t: t["last_at"], reverse=True)
        return out

    def save_card(self, attempt_id: str, card: Mapping[str, Any]) -> None:
        with self._writer.begin() as conn:
            conn.execute(
                update(attempts)
                .where(attempts.c.id == attempt_id)
                .values(card=dict(card), score=float(card["score"]), scored_at=utc_now())
            )

    def delete_attempt(self, attempt_id: str) -> bool:
        with self._writer.begin() as conn:
            gone = conn.execute(delete(attempts).where(attempts.c.id == attempt_id).returning(attempts.c.id))
            return gone.first() is not None

    # -- speaker fixes ----------------------------------------------------------------------------

    def speaker_history(self, call: str) -> list[tuple[str, int, str | None, str | None]]:
        """(event type, index, speaker, speaker_source) of the call's `utterance` and `speaker` events, in order:
        who said each utterance first, and every later change (mono attribution, a trainer's fix)."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(events.c.type, events.c.payload)
                .where(events.c.call_id == call, events.c.type.in_(("utterance", SPEAKER)))
                .order_by(events.c.seq)
            ).all()
        out: list[tuple[str, int, str | None, str | None]] = []
        for kind, payload in rows:
            index = payload.get("index") if isinstance(payload, Mapping) else None
            if isinstance(index, int):
                speaker, source = payload.get("speaker"), payload.get("speaker_source")
                out.append(
                    (kind, index, None if speaker is None else str(speaker), None if source is None else str(source))
                )
        return out

    def apply_speaker_fix(
        self, call: str, *, seen_seq: int, index: int, speaker: str, previous: str, analysis: Reanalysis
    ) -> bool:
        """Store the new speaker of utterance `index` and the call's re-analysis, with a `speaker` event.

        False (nothing written) when the call changed since it was read at `seen_seq`: re-read and retry.
        """
        with self._writer.begin() as conn:
            # FOR UPDATE: on PostgreSQL a concurrent fix waits here, then sees the new last_seq and retries
            row = conn.execute(
                select(calls.c.last_seq, calls.c.status).where(calls.c.id == call).with_for_update()
            ).first()
            if row is None:
                raise NotFoundError(f"no call {call!r}")
            if row.status == "live":
                raise CallStateError(f"call {call!r} is still live; fix speakers once it has ended")
            if row.last_seq != seen_seq:
                return False
            seq = seen_seq + 1
            conn.execute(
                update(utterances)
                .where(utterances.c.call_id == call, utterances.c.idx == index)
                .values(speaker=speaker)
            )
            for idx, labels in analysis.labels.items():
                conn.execute(
                    update(utterances)
                    .where(utterances.c.call_id == call, utterances.c.idx == idx)
                    .values(labels=list(labels), evidence=dict(analysis.evidence.get(idx) or {}) or None)
                )
            conn.execute(
                events.insert().values(
                    call_id=call,
                    seq=seq,
                    type=SPEAKER,
                    payload={
                        "index": index,
                        "speaker": speaker,
                        "previous": previous,
                        "speaker_source": TRAINER,
                        "speaker_confidence": 1.0,
                        "labels": list(analysis.labels.get(index) or []),
                    },
                    emitted_at=utc_now(),
                )
            )
            staff_escalated = conn.execute(
                select(func.count()).select_from(events).where(events.c.call_id == call, events.c.type == "escalation")
            ).scalar_one()
            summary = dict(analysis.summary)
            summary.pop("call", None)
            done = {s for labels in analysis.labels.values() for s in labels if s in STEP_LABELS}
            cautions = sum(1 for labels in analysis.labels.values() for s in labels if s in CAUTION_LABELS)
            conn.execute(
                update(calls)
                .where(calls.c.id == call)
                .values(
                    last_seq=seq,
                    summary=summary,
                    escalated=bool(summary.get("escalation")) or staff_escalated > 0,
                    steps_done=len(done),
                    steps_missed=len(summary.get("missed_steps") or []),
                    cautions=cautions,
                )
            )
        return True


# ---------------------------------------------------------------------------------------------
# helpers


def _filter(trainee: str | None, scenario_id: str | None) -> Any:
    conditions = []
    if trainee is not None:
        conditions.append(attempts.c.trainee == trainee)
    if scenario_id is not None:
        conditions.append(attempts.c.scenario_id == scenario_id)
    return and_(*conditions) if conditions else true()


def _attempts(
    conn: Any,
    where: Any,
    *,
    with_card: bool,
    newest_first: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    columns = [
        attempts.c.id,
        attempts.c.call_id,
        attempts.c.trainee,
        attempts.c.scenario_id,
        attempts.c.file_id,
        attempts.c.created_at,
        attempts.c.score,
        attempts.c.scored_at,
        calls.c.status,
    ]
    if with_card:
        columns.append(attempts.c.card)
    query = select(*columns).join(calls, calls.c.id == attempts.c.call_id)
    if where is not None:
        query = query.where(where)
    order = (
        (attempts.c.created_at.desc(), attempts.c.id.desc()) if newest_first else (attempts.c.created_at, attempts.c.id)
    )
    query = query.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    out = []
    for row in conn.execute(query):
        item = {
            "id": row.id,
            "call": row.call_id,
            "trainee": row.trainee,
            "scenario_id": row.scenario_id,
            "file_id": row.file_id,
            "created_at": _iso(row.created_at),
            "status": row.status,
            "score": None if row.score is None else float(row.score),
            "scored_at": _iso(row.scored_at),
        }
        if with_card:
            item["card"] = row.card
        out.append(item)
    return out


def _scenario(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "builtin": False,
        "language": row["language"],
        "title": row["title"],
        "situation": row["situation"],
        "persona": row["persona"],
        "expected_steps": list(row["expected_steps"] or []),
        "expect_escalation": row["expect_escalation"],
        "playbook": row["playbook"],
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
    }


def _iso(value: datetime | None) -> str | None:
    return None if value is None else as_utc(value).isoformat()
