"""`companion serve`: run the app under uvicorn on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import logging

import uvicorn

from companion.config import Settings

log = logging.getLogger(__name__)


def run_server(settings: Settings, *, host: str | None, port: int | None, demo: bool) -> int:
    from companion.server.app import create_app

    app = create_app(settings, demo=demo)
    bind = host or settings.host
    chosen = port or settings.port
    log.info("companion panel: http://%s:%d/", bind, chosen)
    uvicorn.run(app, host=bind, port=chosen, log_level="warning", ws="websockets")
    return 0
