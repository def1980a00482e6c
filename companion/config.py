"""One Settings object, from COMPANION_* environment variables (and an optional settings file)."""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "companion"


class Settings(BaseSettings):
    """Every field here is listed in the README's settings table (a test checks it)."""

    model_config = SettingsConfigDict(
        env_prefix="COMPANION_",
        env_file=os.environ.get("COMPANION_SETTINGS_FILE"),
        env_file_encoding="utf-8",
        extra="ignore",
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8765

    model_dir: Path | None = None
    device: Literal["auto", "cpu", "cuda"] = "auto"
    compute_type: str = "auto"
    cpu_threads: int = 2
    beam_size: int = 5
    language: Literal["ja", "zh", "en", "auto"] = "ja"
    playbook: str | None = None

    vad_threshold: float = 0.5
    min_silence_ms: int = 600
    max_utterance_s: float = 15.0
    partial_interval_s: float = 1.0
    partials: bool = True

    record_audio: bool = False
    retention_days: int = 30
    max_upload_mb: int = 200
    log_level: str = "INFO"
    timezone: str = ""  # IANA name (Asia/Tokyo) for times in reports; empty: the machine's own zone

    @field_validator("cpu_threads", "beam_size")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be at least 1")
        return value

    @field_validator("retention_days", "max_upload_mb")
    @classmethod
    def _not_negative(cls, value: int) -> int:
        if value < 0:
            raise ValueError("must not be negative")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if value:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {value!r}; use an IANA name such as Asia/Tokyo") from None
        return value

    @property
    def tzinfo(self) -> tzinfo | None:
        """The zone for times shown to people (None: the machine's local zone)."""
        return ZoneInfo(self.timezone) if self.timezone else None

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def cache_dir(self) -> Path:
        """Things the service can rebuild from what ships with it (the trained learned layers)."""
        return self.data_dir / "cache"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def recordings_dir(self) -> Path:
        return self.data_dir / "recordings"

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'companion.db'}"
