"""Which channel is whom: `staff,customer` and the like, or `auto` (attribute a mono recording's speech)."""

from __future__ import annotations

import numpy as np

from companion.errors import BadChannelMapError
from companion.model import Speaker

DEFAULT_STEREO = (Speaker.STAFF, Speaker.CUSTOMER)
AUTO = "auto"


def wants_attribution(spec: str | None) -> bool:
    """The map `auto`: one microphone, both people; who speaks is worked out per utterance."""
    return spec is not None and spec.strip().lower() == AUTO


def parse_channel_map(spec: str | None, channels: int) -> tuple[Speaker, ...]:
    """A channel map for `channels` channels. None: staff,customer for two, unknown for one."""
    if spec is None or spec.strip() == "":
        return DEFAULT_STEREO if channels == 2 else (Speaker.UNKNOWN,) * channels
    names = [name.strip().lower() for name in spec.split(",")]
    valid = {speaker.value for speaker in Speaker}
    bad = [name for name in names if name not in valid]
    if bad:
        raise BadChannelMapError(
            f"unknown speaker {bad[0]!r} in channel map {spec!r}; use staff, customer or unknown, or auto"
        )
    if len(names) != channels:
        raise BadChannelMapError(f"channel map {spec!r} names {len(names)} channel(s) but the audio has {channels}")
    return tuple(Speaker(name) for name in names)


def is_dual_mono(samples: np.ndarray, threshold: float = 0.98) -> bool:
    """Two channels carrying the same signal (a mono recording saved as stereo)."""
    if samples.shape[0] != 2:
        return False
    left, right = samples[0], samples[1]
    if not left.any() or not right.any():
        return False
    return bool(np.corrcoef(left, right)[0, 1] >= threshold)
