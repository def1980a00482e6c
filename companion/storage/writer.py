"""StoreWriter: the one thread that writes to the store, fed by a bounded queue.

The service calls `open_call`, `submit` (alias `append`) and `close_call` from the event loop;
they only enqueue (and block only if the queue is full: back-pressure, never a silent drop).
The thread takes whatever is queued, up to `batch_size` operations, writes them in one
transaction and commits at once, so an event is durable a few milliseconds after it is
submitted. `flush()` waits until everything submitted before it is committed.

Operations that fail for good (a malformed event) are logged and dropped, alone: the rest of
their batch is written one by one. Transient failures (database locked or unreachable) are
retried with back-off for up to `retry_for` seconds.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from companion.events import NumberedEvent
from companion.storage.store import AppendEvent, CallStore, CloseCall, OpenCall, SetAudio, WriteOp, describe
from companion.storage.types import utc_now

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Flush:
    done: threading.Event = field(default_factory=threading.Event)


class _Stop:
    pass


_Item = OpenCall | AppendEvent | CloseCall | SetAudio | _Flush | _Stop


class WriterClosedError(RuntimeError):
    pass


class StoreWriter:
    def __init__(
        self,
        store: CallStore,
        *,
        maxsize: int = 10_000,
        batch_size: int = 256,
        retry_for: float = 60.0,
        name: str = "companion-store-writer",
    ) -> None:
        if maxsize < 1 or batch_size < 1:
            raise ValueError("maxsize and batch_size must be at least 1")
        self._store = store
        self._queue: queue.Queue[_Item] = queue.Queue(maxsize)
        self._batch_size = batch_size
        self._retry_for = retry_for
        self._closed = False
        self._lock = threading.Lock()
        self.written = 0
        self.dropped = 0
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def store(self) -> CallStore:
        return self._store

    @property
    def pending(self) -> int:
        """Operations queued and not yet taken by the thread."""
        return self._queue.qsize()

    # -- the Recorder protocol of companion.server.calls ---------------------------------------

    def open_call(
        self,
        call: str,
        *,
        source: str = "unknown",
        language: str = "auto",
        playbook: str = "default",
        channels: str = "",
        staff: str | None = None,
        started_at: datetime | None = None,
        **_ignored: Any,
    ) -> None:
        """Queue the start of a call (`started_at` defaults to now, wall-clock UTC)."""
        self._put(OpenCall(call, source, language, playbook, channels, staff, started_at or utc_now()))

    def submit(self, event: Mapping[str, Any] | NumberedEvent) -> None:
        """Queue one numbered event (a `NumberedEvent` or its `as_dict()`), stamped with the time now."""
        payload = event.as_dict() if isinstance(event, NumberedEvent) else dict(event)
        self._put(AppendEvent(payload, utc_now()))

    def append(self, event: Mapping[str, Any]) -> None:
        self.submit(event)

    def close_call(self, call: str, status: str = "ended") -> None:
        if status not in ("ended", "interrupted"):
            raise ValueError(f"a call closes as 'ended' or 'interrupted', not {status!r}")
        self._put(CloseCall(call, "ended" if status == "ended" else "interrupted", utc_now()))

    def set_audio(self, call: str, path: str | None) -> None:
        """Queue attaching the call's recording (after everything queued before it)."""
        self._put(SetAudio(call, path))

    # -- control ------------------------------------------------------------------------------

    def flush(self, timeout: float | None = None) -> bool:
        """Block until everything queued before this call is committed. False on timeout.

        Blocking: from async code use `await asyncio.to_thread(writer.flush)`.
        """
        marker = _Flush()
        self._put(marker)
        return marker.done.wait(timeout)

    def close(self, timeout: float | None = 30.0) -> None:
        """Write what is queued, then stop the thread. Later submits raise WriterClosedError."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(_Stop())
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("store writer did not finish within %s s; %d operation(s) pending", timeout, self.pending)

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the thread -----------------------------------------------------------------------------

    def _put(self, item: _Item) -> None:
        if self._closed:
            raise WriterClosedError("the store writer is closed")
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            log.warning("store writer queue full (%d); waiting for the database", self._queue.maxsize)
            self._queue.put(item)

    def _run(self) -> None:
        while True:
            items = [self._queue.get()]
            while len(items) < self._batch_size:
                try:
                    items.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            ops: list[WriteOp] = []
            for item in items:
                if isinstance(item, OpenCall | AppendEvent | CloseCall | SetAudio):
                    ops.append(item)
                    continue
                self._write(ops)
                ops = []
                if isinstance(item, _Flush):
                    item.done.set()
                else:
                    self._drain_after_stop()
                    return
            self._write(ops)

    def _drain_after_stop(self) -> None:
        leftover: list[WriteOp] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, _Flush):
                item.done.set()
            elif not isinstance(item, _Stop):
                leftover.append(item)
        self._write(leftover)

    def _write(self, ops: list[WriteOp]) -> None:
        if not ops:
            return
        try:
            self._store.write(ops)
            self.written += len(ops)
            return
        except Exception as exc:
            if len(ops) > 1:
                log.warning("store batch of %d failed (%s); writing one by one", len(ops), type(exc).__name__)
        for op in ops:
            self._write_one(op)

    def _write_one(self, op: WriteOp) -> None:
        deadline = time.monotonic() + self._retry_for
        delay = 0.05
        while True:
            try:
                self._store.write([op])
                self.written += 1
                return
            except Exception as exc:
                if _transient(exc) and time.monotonic() < deadline:
                    log.warning("store write of %s failed (%s); retrying", describe(op), type(exc).__name__)
                    time.sleep(delay)
                    delay = min(delay * 2, 2.0)
                    continue
                self.dropped += 1
                log.error("store write of %s dropped: %s", describe(op), _reason(exc))
                return


def _transient(exc: Exception) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def _reason(exc: Exception) -> str:
    """One line, without statement parameters (the engine hides them; this keeps it to one line)."""
    text = str(exc.orig) if isinstance(exc, DBAPIError) and exc.orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else ""
    return f"{type(exc).__name__}: {first}"
