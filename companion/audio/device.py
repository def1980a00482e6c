"""Live capture from a sound device. The only module that imports sounddevice."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from companion.audio.decode import StreamResampler
from companion.errors import DeviceError
from companion.model import SAMPLE_RATE, AudioChunk

log = logging.getLogger(__name__)


def _sd() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # PortAudio missing
        raise DeviceError(f"sound devices are unavailable: {exc}") from None
    return sounddevice


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "name": self.name,
            "channels": self.channels,
            "default_rate": self.default_rate,
            "default": self.is_default,
        }


def list_devices() -> list[DeviceInfo]:
    sd = _sd()
    try:
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except Exception as exc:
        raise DeviceError(f"cannot list sound devices: {exc}") from None
    return [
        DeviceInfo(i, str(d["name"]), int(d["max_input_channels"]), float(d["default_samplerate"]), i == default_in)
        for i, d in enumerate(devices)
        if int(d["max_input_channels"]) > 0
    ]


def find_device(spec: str | int | None) -> DeviceInfo:
    devices = list_devices()
    if not devices:
        raise DeviceError("no input sound device found")
    if spec is None or spec == "" or spec == "default":
        for device in devices:
            if device.is_default:
                return device
        return devices[0]
    if isinstance(spec, int) or str(spec).isdigit():
        for device in devices:
            if device.index == int(spec):
                return device
        raise DeviceError(f"no input device with index {spec}; see `companion devices`")
    matches = [d for d in devices if str(spec).lower() in d.name.lower()]
    if not matches:
        raise DeviceError(f"no input device named like {spec!r}; see `companion devices`")
    return matches[0]


class DeviceSource:
    """Capture `channels` channels from a device, resampled to 16 kHz, as AudioChunks."""

    def __init__(self, device: str | int | None, channels: int | None = None, block_s: float = 0.1) -> None:
        self.device = find_device(device)
        wanted = channels or min(2, self.device.channels)
        if wanted > self.device.channels:
            raise DeviceError(
                f"device {self.device.name!r} has {self.device.channels} input channel(s), {wanted} asked for"
            )
        self._channels = wanted
        self._rate = self._negotiate_rate()
        self._block = max(1, round(block_s * self._rate))
        self._stopped = asyncio.Event()
        self._stream: Any = None

    @property
    def channels(self) -> int:
        return self._channels

    @property
    def rate(self) -> int:
        return self._rate

    def _negotiate_rate(self) -> int:
        sd = _sd()
        for rate in (SAMPLE_RATE, int(self.device.default_rate), 48_000, 44_100):
            try:
                sd.check_input_settings(device=self.device.index, channels=self._channels, samplerate=rate)
                return rate
            except Exception:
                continue
        raise DeviceError(f"device {self.device.name!r} accepts none of the usual sample rates")

    def stop(self) -> None:
        self._stopped.set()

    async def chunks(self) -> AsyncIterator[AudioChunk]:
        sd = _sd()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[np.ndarray] = asyncio.Queue(maxsize=600)

        def on_audio(data: np.ndarray, frames: int, time: Any, status: Any) -> None:
            if status:
                log.debug("capture status: %s", status)
            block = data.T.copy()
            loop.call_soon_threadsafe(_offer, queue, block)

        resampler = StreamResampler(self._rate, self._channels)
        try:
            self._stream = sd.InputStream(
                device=self.device.index,
                channels=self._channels,
                samplerate=self._rate,
                dtype="float32",
                blocksize=self._block,
                callback=on_audio,
            )
            self._stream.start()
        except Exception as exc:
            raise DeviceError(f"cannot open device {self.device.name!r}: {exc}") from None
        position = 0
        try:
            while not self._stopped.is_set():
                getter = asyncio.ensure_future(queue.get())
                stopper = asyncio.ensure_future(self._stopped.wait())
                done, _ = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
                if getter not in done:
                    getter.cancel()
                    break
                stopper.cancel()
                samples = resampler.push(getter.result())
                if samples.shape[1]:
                    yield AudioChunk(samples=samples, start=position / SAMPLE_RATE)
                    position += samples.shape[1]
        finally:
            self._stream.stop()
            self._stream.close()


def _offer(queue: asyncio.Queue[np.ndarray], block: np.ndarray) -> None:
    if queue.full():
        queue.get_nowait()
        log.warning("capture queue overflowed; dropped 0.1 s of audio")
    queue.put_nowait(block)
