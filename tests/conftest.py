from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED_AUDIO = ROOT.parent / "shared" / "audio"
IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, what: str) -> None:
    """Skip locally when a real service is missing; under CI that is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required under CI")
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder for the session; the assembled model is shared with later runs via a cache."""
    path = tmp_path_factory.mktemp("companion-data")
    cache = Path(os.environ.get("COMPANION_TEST_MODELS", ROOT / ".companion-data" / "models"))
    cache.mkdir(parents=True, exist_ok=True)
    (path / "models").symlink_to(cache, target_is_directory=True)
    return path


@pytest.fixture(scope="session")
def settings(data_dir: Path):  # type: ignore[no-untyped-def]
    from companion.config import Settings

    return Settings(data_dir=data_dir, language="ja")


@pytest.fixture(scope="session")
def runtime(settings):  # type: ignore[no-untyped-def]
    """The real speech model, loaded once for the whole session."""
    from companion.services import build_runtime

    rt = build_runtime(settings)
    yield rt
    rt.close()


@pytest.fixture
def stereo_en() -> Path:
    return _shared("stereo_two_speakers_en.wav")


@pytest.fixture
def jfk() -> Path:
    return _shared("jfk_en.flac")


def _shared(name: str) -> Path:
    local = DATA / name
    if local.is_file():
        return local
    shared = SHARED_AUDIO / name
    if not shared.is_file():
        pytest.fail(f"test audio {name} is missing from tests/data and ../shared/audio")
    return shared


@pytest.fixture
def bad_files(tmp_path: Path) -> Iterator[dict[str, Path]]:
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio\n")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    yield {"text": text, "empty": empty, "missing": tmp_path / "missing.wav"}
    shutil.rmtree(tmp_path, ignore_errors=True)
