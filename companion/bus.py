"""Per-call fan-out of numbered events to any number of viewers.

Every event a call emits is kept in order, so a viewer can join (or come back) at any `seq`
and receive everything after it, then live events, with no gap and no duplicate. A viewer
too slow to keep up is disconnected rather than silently skipped; it resumes with `after=N`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from companion.events import NumberedEvent

_END = None


class SlowViewerError(Exception):
    """The viewer's queue overflowed; reconnect with after=<last seq>."""


class CallBus:
    def __init__(self, call: str, viewer_queue: int = 1000) -> None:
        self.call = call
        self.history: list[NumberedEvent] = []
        self.closed = False
        self._viewers: list[asyncio.Queue[NumberedEvent | None]] = []
        self._limit = viewer_queue

    @property
    def pressure(self) -> float:
        """How full the fullest viewer queue is, 0..1. Partials are skipped under pressure."""
        if not self._viewers:
            return 0.0
        return max(q.qsize() for q in self._viewers) / self._limit

    def publish(self, event: NumberedEvent) -> None:
        self.history.append(event)
        for queue in list(self._viewers):
            if queue.full():
                self._viewers.remove(queue)
                queue.get_nowait()  # make room for the end marker
                queue.put_nowait(_END)
                continue
            queue.put_nowait(event)

    def close(self) -> None:
        self.closed = True
        for queue in self._viewers:
            if not queue.full():
                queue.put_nowait(_END)
        self._viewers.clear()

    async def follow(self, after: int = 0) -> AsyncIterator[NumberedEvent]:
        """Events with seq > after: first those already emitted, then live ones, until the call ends."""
        queue: asyncio.Queue[NumberedEvent | None] = asyncio.Queue(self._limit)
        backlog = [event for event in self.history if event.seq > after]
        last = after
        if not self.closed:
            self._viewers.append(queue)
        try:
            for event in backlog:
                last = event.seq
                yield event
            if self.closed and not self._viewers.count(queue):
                for event in self.history:
                    if event.seq > last:
                        last = event.seq
                        yield event
                return
            while True:
                item = await queue.get()
                if item is None:
                    if not self.closed:
                        raise SlowViewerError(f"viewer fell behind at seq {last}")
                    for event in self.history:
                        if event.seq > last:
                            last = event.seq
                            yield event
                    return
                if item.seq <= last:
                    continue
                last = item.seq
                yield item
        finally:
            if queue in self._viewers:
                self._viewers.remove(queue)
