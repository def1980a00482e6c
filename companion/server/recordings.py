"""Kept recordings over the service's life: recover what a crash left, expire what is too old.

At start: a recording a killed process left as `.part` is renamed and attached to its call, then
recordings older than `retention_days` are deleted (file and reference); the same sweep repeats
every `SWEEP_INTERVAL_S` while the service runs. `retention_days = 0` keeps recordings forever.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from companion.audio.recorder import recover_parts
from companion.config import Settings
from companion.errors import NotFoundError
from companion.storage import CallStore

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 3600.0


def recover(store: CallStore, settings: Settings) -> list[str]:
    """Attach recordings cut short by a crash to their calls; returns those calls."""
    attached: list[str] = []
    for call, path in recover_parts(settings.recordings_dir):
        try:
            if store.audio_path(call) is None:
                store.set_audio(call, path)
                attached.append(call)
        except NotFoundError:
            log.warning("recording %s belongs to no stored call; left in place", path.name)
    if attached:
        log.warning("%d recording(s) cut short by the last shutdown kept", len(attached))
    return attached


def expire(store: CallStore, settings: Settings) -> list[str]:
    if settings.retention_days <= 0:
        return []
    return store.expire_audio(settings.retention_days)


async def sweep_forever(store: CallStore, settings: Settings, interval_s: float = SWEEP_INTERVAL_S) -> None:
    while True:
        await asyncio.sleep(interval_s)
        try:
            await asyncio.to_thread(expire, store, settings)
        except Exception:  # a database hiccup must not end the sweeping
            log.exception("expiring old recordings failed; trying again in %.0f s", interval_s)


async def start(store: CallStore, settings: Settings) -> asyncio.Task[None]:
    """Recover and expire once now, then keep expiring in the background (cancel the task to stop)."""
    await asyncio.to_thread(recover, store, settings)
    await asyncio.to_thread(expire, store, settings)
    return asyncio.create_task(sweep_forever(store, settings))


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
