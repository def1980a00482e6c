"""Whole-file checks that decoding alone cannot make: a WAV whose header promises more audio than it holds.

A WAV cut off in transfer still decodes (to whatever survived), so a truncated upload would be scored as a
shorter role-play without anyone noticing. The RIFF header says how many bytes of audio follow; compare.
"""

from __future__ import annotations

import struct
from pathlib import Path

from companion.errors import BadAudioError

# Writers that stream (arecord, some recorders) put 0 or 0xFFFFFFFF in the size fields: no promise made.
_UNKNOWN_SIZES = {0, 0xFFFFFFFF}


def check_wav_complete(path: Path, name: str | None = None) -> None:
    """Raise BadAudioError when a RIFF/WAVE file's data chunk is shorter than its header says.

    ``name`` is how the file is called in the message (an upload's own file name rather than our copy's).
    """
    with path.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return
        size = path.stat().st_size
        byte_rate = 0
        while True:
            chunk = fh.read(8)
            if len(chunk) < 8:
                return
            kind, length = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            body_at = fh.tell()
            if kind == b"fmt " and length >= 12:
                fmt = fh.read(12)
                byte_rate = struct.unpack("<I", fmt[8:12])[0] if len(fmt) == 12 else 0
            if kind == b"data":
                if length in _UNKNOWN_SIZES:
                    return
                present = size - body_at
                if present < length:
                    raise BadAudioError(_truncated(name or path.name, length, present, byte_rate))
                return
            fh.seek(body_at + length + (length & 1))


def _truncated(name: str, promised: int, present: int, byte_rate: int) -> str:
    if byte_rate > 0:
        return (
            f"{name} is truncated: its header promises {promised / byte_rate:.1f} s of audio "
            f"but the file holds {max(present, 0) / byte_rate:.1f} s"
        )
    return f"{name} is truncated: its header promises {promised} bytes of audio but the file holds {present}"
