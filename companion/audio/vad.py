"""Streaming voice-activity detection with the Silero model that ships inside faster-whisper.

One `StreamingVad` per channel keeps the recurrent state between pushes, so a live stream is
scored window by window (32 ms) exactly as a whole file would be.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np

from companion.errors import ModelError
from companion.model import Samples

WINDOW = 512  # samples at 16 kHz = 32 ms
CONTEXT = 64
WINDOW_S = WINDOW / 16_000


def silero_model_path() -> Path:
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("faster-whisper is not installed; run the README's setup command")
    path = Path(next(iter(spec.submodule_search_locations))) / "assets" / "silero_vad_v6.onnx"
    if not path.is_file():
        raise ModelError(f"the Silero VAD model is missing at {path}; reinstall faster-whisper")
    return path


class SileroSession:
    """One ONNX session shared by every channel of every call (it is stateless; state is passed in)."""

    def __init__(self, path: Path | None = None) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        options.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(path or silero_model_path()), providers=["CPUExecutionProvider"], sess_options=options
        )
        self._lock = threading.Lock()

    def run(self, batch: np.ndarray, h: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, Any, Any]:
        with self._lock:
            out, h2, c2 = self._session.run(None, {"input": batch, "h": h, "c": c})
        return np.asarray(out).reshape(-1), h2, c2


class StreamingVad:
    """Speech probability per 32 ms window for one channel, fed in chunks of any size."""

    def __init__(self, session: SileroSession) -> None:
        self._session = session
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def push(self, samples: Samples) -> np.ndarray:
        """Probabilities for every complete window now available (possibly none)."""
        data = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        count = len(data) // WINDOW
        self._pending = data[count * WINDOW :]
        if count == 0:
            return np.zeros(0, dtype=np.float32)
        windows = data[: count * WINDOW].reshape(count, WINDOW)
        contexts = np.empty((count, CONTEXT), dtype=np.float32)
        contexts[0] = self._context
        if count > 1:
            contexts[1:] = windows[:-1, -CONTEXT:]
        self._context = windows[-1, -CONTEXT:].copy()
        batch = np.concatenate([contexts, windows], axis=1)
        probs, self._h, self._c = self._session.run(batch, self._h, self._c)
        return probs.astype(np.float32, copy=False)
