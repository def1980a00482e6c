import shutil
from pathlib import Path

import pytest

from companion.errors import ModelError
from companion.transcription.model_store import assemble_base_model, full_verify, resolve_model_dir


def test_assembles_verifies_and_reuses(tmp_path: Path) -> None:
    target = assemble_base_model(tmp_path / "base")
    assert (target / "model.bin").stat().st_size == 145_217_607
    full_verify(target)
    marker = (target / ".verified").stat().st_mtime
    assert assemble_base_model(tmp_path / "base") == target
    assert (target / ".verified").stat().st_mtime == marker


def test_a_truncated_model_is_refused_with_one_line(tmp_path: Path) -> None:
    target = assemble_base_model(tmp_path / "base")
    with (target / "model.bin").open("r+b") as handle:
        handle.truncate(1000)
    with pytest.raises(ModelError) as error:
        assemble_base_model(target)
    assert "delete it" in str(error.value) and "\n" not in str(error.value)


def test_a_corrupted_model_fails_the_full_check(tmp_path: Path) -> None:
    target = assemble_base_model(tmp_path / "base")
    with (target / "model.bin").open("r+b") as handle:
        handle.seek(5000)
        handle.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelError, match="corrupt"):
        full_verify(target)


def test_a_user_model_directory_must_hold_the_model_files(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model_dir(tmp_path / "nowhere", tmp_path)
    partial = tmp_path / "mine"
    partial.mkdir()
    (partial / "model.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match=r"missing config\.json, tokenizer\.json"):
        resolve_model_dir(partial, tmp_path)
    shutil.rmtree(partial)
