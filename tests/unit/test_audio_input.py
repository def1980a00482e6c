from pathlib import Path

import numpy as np
import pytest

from companion.audio.channels import is_dual_mono, parse_channel_map
from companion.audio.decode import decode_file
from companion.errors import BadAudioError, BadChannelMapError
from companion.model import Speaker


def test_channel_maps() -> None:
    assert parse_channel_map(None, 2) == (Speaker.STAFF, Speaker.CUSTOMER)
    assert parse_channel_map(None, 1) == (Speaker.UNKNOWN,)
    assert parse_channel_map("customer, staff", 2) == (Speaker.CUSTOMER, Speaker.STAFF)
    with pytest.raises(BadChannelMapError, match="names 1 channel"):
        parse_channel_map("staff", 2)
    with pytest.raises(BadChannelMapError, match="unknown speaker 'agent'"):
        parse_channel_map("agent,customer", 2)


def test_decodes_stereo_and_keeps_channels(stereo_en: Path) -> None:
    samples = decode_file(stereo_en)
    assert samples.shape == (2, 80_000) and samples.dtype == np.float32
    assert not is_dual_mono(samples)


def test_mono_saved_as_stereo_is_recognised(jfk: Path) -> None:
    assert is_dual_mono(decode_file(jfk))


def test_telephone_mu_law_is_resampled_to_16k(tmp_path: Path, jfk: Path) -> None:
    import shutil
    import subprocess

    if not shutil.which("sox"):
        pytest.skip("sox is not installed")
    tel = tmp_path / "tel.wav"
    subprocess.run(["sox", str(jfk), "-r", "8000", "-c", "1", "-e", "mu-law", str(tel)], check=True)
    samples = decode_file(tel)
    assert samples.shape[0] == 1
    assert abs(samples.shape[1] - 176_000) < 200


@pytest.mark.parametrize("kind", ["text", "empty", "missing"])
def test_bad_files_give_one_line(bad_files: dict[str, Path], kind: str) -> None:
    with pytest.raises(BadAudioError) as error:
        decode_file(bad_files[kind])
    assert "\n" not in str(error.value)
