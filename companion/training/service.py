"""What the training routes do: scenarios (shipped + stored), score cards, attempts, speaker fixes.

Blocking (database) methods are meant to run off the event loop; ``rescore`` is async because the
re-analysis uses the shared analysis engine, which live calls use on the event loop thread: it runs there
too, one utterance at a time, so that two threads never use the language pipelines at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Mapping
from typing import Any

from companion.analysis.base import AnalysisEngine
from companion.analysis.nlp import detect_language
from companion.analysis.playbook import load_playbook
from companion.errors import BadQueryError, CallStateError, CompanionError, NotFoundError
from companion.model import LANGUAGES, Speaker
from companion.storage.training import Reanalysis, TrainingStore
from companion.training.scenarios import builtin_scenario, builtin_scenarios, validate_scenario
from companion.training.scorecard import COMPONENTS, Expectation, score_call

RETRIES = 3

log = logging.getLogger(__name__)


class TrainingService:
    def __init__(self, store: TrainingStore, analysis: Callable[[], AnalysisEngine]) -> None:
        self._store = store
        self._analysis = analysis

    @property
    def store(self) -> TrainingStore:
        return self._store

    # -- scenarios ------------------------------------------------------------------------------

    def scenarios(self, language: str | None = None) -> list[dict[str, Any]]:
        shipped = [dict(s) for s in builtin_scenarios() if language is None or s["language"] == language]
        return shipped + self._store.scenarios(language)

    def scenario(self, scenario_id: str) -> dict[str, Any]:
        found = builtin_scenario(scenario_id) or self._store.scenario(scenario_id)
        if found is None:
            raise NotFoundError(f"no scenario {scenario_id!r}")
        return found

    def create_scenario(self, body: Mapping[str, Any]) -> dict[str, Any]:
        return self._store.create_scenario(validate_scenario(dict(body)))

    def update_scenario(self, scenario_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        self._refuse_builtin(scenario_id, "edited")
        values = validate_scenario(dict(body))
        found = self._store.update_scenario(scenario_id, values)
        if found is None:
            raise NotFoundError(f"no scenario {scenario_id!r}")
        return found

    def delete_scenario(self, scenario_id: str) -> None:
        self._refuse_builtin(scenario_id, "deleted")
        if not self._store.delete_scenario(scenario_id):
            raise NotFoundError(f"no scenario {scenario_id!r}")

    @staticmethod
    def _refuse_builtin(scenario_id: str, what: str) -> None:
        if builtin_scenario(scenario_id) is not None:
            raise CallStateError(f"scenario {scenario_id!r} is shipped with companion and cannot be {what}")

    # -- score cards ----------------------------------------------------------------------------

    def card(self, call_id: str, scenario_id: str | None = None) -> dict[str, Any]:
        call = self._scorable(call_id)
        return self._score(call, scenario_id)

    def _scorable(self, call_id: str) -> dict[str, Any]:
        call = self._store.calls.get_call(call_id)
        if call is None:
            raise NotFoundError(f"no call {call_id!r}")
        if call["status"] == "live":
            raise CallStateError(f"call {call_id!r} is still live; its score card comes when it ends")
        # speakers as last decided: the stored rows, then any later `speaker` event (attribution, a trainer)
        rows = {u["index"]: u for u in call["utterances"]}
        for kind, index, speaker, source in self._store.speaker_history(call_id):
            if index not in rows:
                continue
            if kind == "speaker" and speaker is not None:
                rows[index]["speaker"] = speaker
            if source is not None:
                rows[index]["speaker_source"] = source
        return call

    def _score(self, call: Mapping[str, Any], scenario_id: str | None) -> dict[str, Any]:
        expectation = Expectation()
        if scenario_id is not None:
            scenario = self.scenario(scenario_id)
            expectation = Expectation(
                expected_steps=tuple(scenario["expected_steps"]),
                expect_escalation=scenario["expect_escalation"],
                scenario_id=scenario_id,
            )
        return score_call(call, load_playbook(str(call.get("playbook") or "default")), expectation)

    # -- attempts -------------------------------------------------------------------------------

    def create_attempt(
        self, call_id: str, trainee: str, scenario_id: str | None, file_id: str | None = None
    ) -> dict[str, Any]:
        if scenario_id is not None:
            self.scenario(scenario_id)
        attempt = self._store.create_attempt(call_id, trainee, scenario_id, file_id)
        return self._with_card(attempt)

    def attempt(self, attempt_id: str) -> dict[str, Any]:
        found = self._store.attempt(attempt_id)
        if found is None:
            raise NotFoundError(f"no attempt {attempt_id!r}")
        return self._with_card(found)

    def list_attempts(
        self, trainee: str | None, scenario_id: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        self.score_pending()
        total, rows = self._store.list_attempts(trainee, scenario_id, limit, offset)
        return total, [self._titled(row) for row in rows]

    def delete_attempt(self, attempt_id: str) -> None:
        if not self._store.delete_attempt(attempt_id):
            raise NotFoundError(f"no attempt {attempt_id!r}")

    def trainees(self) -> list[dict[str, Any]]:
        self.score_pending()
        out = self._store.trainees()
        for trainee in out:
            for group in trainee["scenarios"]:
                group["scenario_title"] = self._title(group["scenario_id"])
        return out

    def progress(self, trainee: str, scenario_id: str | None) -> list[dict[str, Any]]:
        self.score_pending()
        return self._store.progress(trainee, scenario_id)

    def compare(self, a_id: str, b_id: str) -> dict[str, Any]:
        a, b = self.attempt(a_id), self.attempt(b_id)
        if a["card"] is None or b["card"] is None:
            raise CallStateError("both attempts need a score card; wait until their calls have ended")
        lost_a = {c["id"]: c["points_lost"] for c in a["card"]["components"]}
        lost_b = {c["id"]: c["points_lost"] for c in b["card"]["components"]}
        steps_a = {s["step"]: s["status"] for s in a["card"]["steps"]}
        steps_b = {s["step"]: s["status"] for s in b["card"]["steps"]}
        return {
            "a": a,
            "b": b,
            "delta": {
                "score": round(b["card"]["score"] - a["card"]["score"], 2),
                "components": [
                    {
                        "id": name,
                        "a_lost": lost_a.get(name, 0.0),
                        "b_lost": lost_b.get(name, 0.0),
                        # positive: b lost fewer points than a on this component (an improvement)
                        "delta": round(lost_a.get(name, 0.0) - lost_b.get(name, 0.0), 2),
                    }
                    for name in COMPONENTS
                ],
                "steps": [
                    {"step": step, "a": steps_a.get(step), "b": steps_b.get(step)}
                    for step in dict.fromkeys([*steps_a, *steps_b])
                ],
            },
        }

    def score_pending(self) -> None:
        """Give every attempt whose call has ended since it started its card (kept as a snapshot)."""
        for attempt in self._store.unscored():
            try:
                self._with_card(attempt)
            except CompanionError as exc:  # e.g. its playbook file is gone: the others still get their cards
                log.warning("attempt %s cannot be scored: %s", attempt["id"], exc)

    def _with_card(self, attempt: dict[str, Any]) -> dict[str, Any]:
        if attempt.get("card") is None and attempt["status"] != "live":
            call = self._scorable(attempt["call"])
            attempt["card"] = self._score(call, attempt["scenario_id"])
            self._store.save_card(attempt["id"], attempt["card"])
            attempt["score"] = attempt["card"]["score"]
        attempt.setdefault("card", None)
        return self._titled(attempt)

    def _titled(self, attempt: dict[str, Any]) -> dict[str, Any]:
        attempt["scenario_title"] = self._title(attempt["scenario_id"])
        return attempt

    def _title(self, scenario_id: str | None) -> str | None:
        if scenario_id is None:
            return None
        found = builtin_scenario(scenario_id) or self._store.scenario(scenario_id)
        return None if found is None else str(found["title"])

    # -- speaker fixes ----------------------------------------------------------------------------

    async def rescore(self, call_id: str, index: int, speaker: str) -> dict[str, Any]:
        """Set who said utterance `index`, analyse the call again, store it all; the new card."""
        if speaker not in (Speaker.STAFF.value, Speaker.CUSTOMER.value):
            raise BadQueryError("speaker must be staff or customer")
        for _ in range(RETRIES):
            call = await asyncio.to_thread(self._scorable, call_id)
            utterances = {u["index"]: u for u in call["utterances"]}
            if index not in utterances:
                raise BadQueryError(f"call {call_id!r} has no utterance {index}")
            previous = str(utterances[index]["speaker"])
            if previous == speaker:
                break
            speakers = {i: str(u["speaker"]) for i, u in utterances.items()} | {index: speaker}
            analysis = await reanalyse(self._analysis(), call, speakers)
            written = await asyncio.to_thread(
                self._store.apply_speaker_fix,
                call_id,
                seen_seq=int(call["last_seq"]),
                index=index,
                speaker=speaker,
                previous=previous,
                analysis=analysis,
            )
            if written:
                break
        else:
            raise CallStateError(f"call {call_id!r} kept changing while it was re-scored; try again")
        return await asyncio.to_thread(self._refresh_cards, call_id)

    def _refresh_cards(self, call_id: str) -> dict[str, Any]:
        call = self._scorable(call_id)
        for attempt in self._store.attempts_of_call(call_id):
            self._store.save_card(attempt["id"], self._score(call, attempt["scenario_id"]))
        return self._score(call, None)


def _call_date(call: Mapping[str, Any]) -> dt.date | None:
    """The day the call was taken, so that 明日 / tomorrow in the memo keeps meaning the day after the call."""
    created = call.get("created_at")
    if isinstance(created, dt.datetime):
        return created.astimezone().date()
    if isinstance(created, str):
        try:
            return dt.datetime.fromisoformat(created).astimezone().date()
        except ValueError:
            return None
    return None


async def reanalyse(engine: AnalysisEngine, call: Mapping[str, Any], speakers: Mapping[int, str]) -> Reanalysis:
    """The stored transcript through the analysis again, as `companion analyze` does, with these speakers."""
    rows = sorted(call["utterances"], key=lambda u: int(u["index"]))
    language = str(call.get("language") or "")
    if language not in LANGUAGES:
        language = detect_language("\n".join(str(u["text"]) for u in rows))
    analyzer = engine.start_call(language, str(call.get("playbook") or "default"), call_date=_call_date(call))
    labels: dict[int, list[str]] = {}
    evidence: dict[int, dict[str, str]] = {}
    for row in rows:
        index = int(row["index"])
        result = analyzer.on_utterance(index, Speaker(speakers[index]), str(row["text"]))
        labels[index] = result.labels
        evidence[index] = {f.label: f.evidence for f in result.findings if f.evidence}
        await asyncio.sleep(0)  # let live calls' events through between utterances
    return Reanalysis(labels=labels, evidence=evidence, summary=analyzer.summary().as_dict(str(call["call"])))
