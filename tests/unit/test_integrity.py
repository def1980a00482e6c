"""A WAV cut off after its header is refused with one line; whole WAVs and streamed WAVs pass."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from companion.audio.decode import decode_file
from companion.audio.integrity import check_wav_complete
from companion.errors import BadAudioError

WAV = Path(__file__).resolve().parents[1] / "data" / "ja_customer_fact.wav"


def test_a_whole_wav_passes() -> None:
    check_wav_complete(WAV)


def test_a_wav_missing_its_second_half_is_truncated(tmp_path: Path) -> None:
    cut = tmp_path / "cut.wav"
    cut.write_bytes(WAV.read_bytes()[: WAV.stat().st_size // 2])
    with pytest.raises(BadAudioError, match=r"^cut\.wav is truncated: its header promises \d+\.\d s"):
        decode_file(cut)


def test_a_streamed_wav_with_unknown_length_is_not_judged(tmp_path: Path) -> None:
    data = bytearray(WAV.read_bytes())
    at = data.index(b"data")
    data[at + 4 : at + 8] = struct.pack("<I", 0xFFFFFFFF)
    streamed = tmp_path / "streamed.wav"
    streamed.write_bytes(bytes(data[: len(data) // 2]))
    check_wav_complete(streamed)


def test_other_files_are_left_to_the_decoder(tmp_path: Path) -> None:
    other = tmp_path / "x.flac"
    other.write_bytes(b"fLaC" + b"\0" * 100)
    check_wav_complete(other)
