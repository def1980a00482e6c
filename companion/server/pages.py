"""The supervisors' pages beyond the list: one call (`/review/{call}`) and the live board (`/board`).

Static HTML; everything they show comes from the API and the board's websocket.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

WEB_DIR = Path(__file__).resolve().parents[2] / "web"

router = APIRouter(include_in_schema=False)


@router.get("/review/{call}")
async def call_page(call: str) -> FileResponse:
    return FileResponse(WEB_DIR / "call.html")


@router.get("/board")
async def board_page() -> FileResponse:
    return FileResponse(WEB_DIR / "board.html")
