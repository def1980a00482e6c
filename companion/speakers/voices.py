"""Two voices in one recording: per-utterance features on a common scale, a first split, and log-odds.

Pure numpy. Each feature group (pitch, cepstra) is standardised over the call and weighted equally,
whatever its width, so 38 cepstral numbers do not drown 3 pitch numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from companion.audio.voiceprint import Voiceprint

Matrix = npt.NDArray[np.float64]

MIN_VOICES = 3  # below this many voiced utterances the voices say nothing yet
# A two-way split of one speaker's utterances still finds some distance between its halves: trust the
# split only as far as the clusters stand apart (between-centroid distance over within-cluster spread).
SEPARATION_NONE = 2.0
SEPARATION_FULL = 6.0
VOICE_LIMIT = 6.0  # the most one utterance's voice may count (log-odds)
WITHIN_FLOOR = 0.02


@dataclass(frozen=True, slots=True)
class VoiceRows:
    """One row per utterance that has a voiceprint (`present`: their indexes); `groups` feature groups used."""

    x: Matrix
    present: list[int]
    groups: int


def feature_rows(voices: Sequence[Voiceprint | None], groups: Sequence[str]) -> VoiceRows:
    """Each group z-scored over the call and scaled so that it adds about 1 to a row's squared length."""
    present = [i for i, v in enumerate(voices) if v is not None]
    if not present:
        return VoiceRows(np.zeros((0, 0)), [], 0)
    blocks = []
    for group in groups:
        block = _group(voices, present, group)
        if block is None:
            continue
        spread = block.std(axis=0)
        scale = np.where(spread > 1e-9, spread, 1.0)
        block = (block - block.mean(axis=0)) / scale
        blocks.append(block / np.sqrt(block.shape[1]))
    if not blocks:
        return VoiceRows(np.zeros((len(present), 0)), present, 0)
    return VoiceRows(np.concatenate(blocks, axis=1), present, len(blocks))


def _group(voices: Sequence[Voiceprint | None], present: list[int], group: str) -> Matrix | None:
    rows: list[npt.NDArray[np.float32] | None] = []
    for i in present:
        voice = voices[i]
        assert voice is not None
        rows.append(getattr(voice, group))
    known = [row for row in rows if row is not None]
    if not known:
        return None
    fill = np.mean(np.stack(known), axis=0)  # an unvoiced utterance sits at the middle: it pulls no side
    return np.stack([fill if row is None else row for row in rows]).astype(np.float64)


def two_way_split(x: Matrix, iterations: int = 20) -> npt.NDArray[np.bool_]:
    """2-means from the two rows farthest apart; True marks the first cluster."""
    distances = ((x[:, None, :] - x[None, :, :]) ** 2).sum(axis=-1)
    a, b = np.unravel_index(int(distances.argmax()), distances.shape)
    centres = np.stack([x[a], x[b]])
    first = np.zeros(len(x), dtype=bool)
    for _ in range(iterations):
        near = ((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=-1)
        updated = near[:, 0] <= near[:, 1]
        if updated.all() or not updated.any():
            break
        if np.array_equal(updated, first):
            break
        first = updated
        centres = np.stack([x[first].mean(axis=0), x[~first].mean(axis=0)])
    return first


def voice_log_odds(rows: VoiceRows, staff: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Log-odds that each row is staff, given memberships `staff` (P(staff)), from leave-one-out centroids.

    Each group counts as one Gaussian dimension whose variance is the within-cluster spread, and the
    result is scaled down while the two clusters barely stand apart.
    """
    x = rows.x
    n = len(x)
    if n < MIN_VOICES or rows.groups == 0:
        return np.zeros(n)
    # Hard memberships: soft ones pull the two centroids together and make two clear voices look like one.
    staff = (staff >= 0.5).astype(np.float64)
    customer = 1.0 - staff
    total_s, total_c = staff @ x, customer @ x
    weight_s, weight_c = staff.sum(), customer.sum()
    # Leave each row out of the centroids it is compared with, so a lone utterance cannot attract itself.
    loo_s = (total_s[None, :] - staff[:, None] * x) / np.maximum(weight_s - staff, 1e-6)[:, None]
    loo_c = (total_c[None, :] - customer[:, None] * x) / np.maximum(weight_c - customer, 1e-6)[:, None]
    to_s = ((x - loo_s) ** 2).sum(axis=1)
    to_c = ((x - loo_c) ** 2).sum(axis=1)
    if weight_s < 1.0 or weight_c < 1.0:
        return np.zeros(n)
    centre_s, centre_c = total_s / weight_s, total_c / weight_c
    within = float((staff * ((x - centre_s) ** 2).sum(axis=1) + customer * ((x - centre_c) ** 2).sum(axis=1)).mean())
    within = max(within, WITHIN_FLOOR)
    separation = float(((centre_s - centre_c) ** 2).sum()) / within
    trust = float(np.clip((separation - SEPARATION_NONE) / (SEPARATION_FULL - SEPARATION_NONE), 0.0, 1.0))
    odds = (to_c - to_s) * rows.groups / (2.0 * within)
    return np.clip(trust * odds, -VOICE_LIMIT, VOICE_LIMIT)  # type: ignore[no-any-return]
