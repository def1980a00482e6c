"""Calls as the API shows them, from the events the service still holds in memory."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.server.calls import CallManager, LiveCall


def call_from_events(call: str, status: str, events: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    utterances = [
        {k: e[k] for k in ("index", "speaker", "text", "start", "end", "labels")}
        for e in events
        if e["type"] == "utterance"
    ]
    summary = next((e for e in events if e["type"] == "summary"), None)
    out: dict[str, Any] = {"call": call, "status": status, "utterances": utterances, **meta}
    if summary is not None:
        for key in ("missed_steps", "order_issues", "memo", "escalation"):
            out[key] = summary.get(key)
    else:
        out.update({"missed_steps": [], "order_issues": [], "escalation": False})
        out["memo"] = [
            {"index": u["index"], "kind": label, "quote": u["text"]}
            for u in utterances
            for label in u["labels"]
            if label in ("fact", "request")
        ]
    out["alerts"] = [e for e in events if e["type"] == "alert"]
    return out


class MemoryCalls:
    def __init__(self, manager: Callable[[], CallManager | None]) -> None:
        self._manager = manager

    def _calls(self) -> list[LiveCall]:
        manager = self._manager()
        return [] if manager is None else list(manager._calls.values())

    def get_call(self, call: str) -> dict[str, Any] | None:
        manager = self._manager()
        live = manager.get(call) if manager else None
        if live is None:
            return None
        events = [e.as_dict() for e in live.bus.history]
        return call_from_events(call, live.status, events, {"source": live.source_kind, **live.meta})

    def list_calls(
        self, *, q: str | None, escalated: bool | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        rows = []
        for live in reversed(self._calls()):
            found = self.get_call(live.call)
            assert found is not None
            if q and not any(q in u["text"] for u in found["utterances"]):
                continue
            if escalated is not None and bool(found.get("escalation")) != escalated:
                continue
            found.pop("utterances")
            rows.append(found)
        return len(rows), rows[offset : offset + limit]
