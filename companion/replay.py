"""Run a recording through the live pipeline: shared by `companion replay`, the service and the benchmark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.audio.channels import DEFAULT_STEREO, is_dual_mono, parse_channel_map, wants_attribution
from companion.audio.decode import decode_file
from companion.audio.sources import FileSource
from companion.call import CallSession, Publish
from companion.clock import Clock
from companion.config import Settings
from companion.model import Samples, Speaker
from companion.pipeline import CallOptions, CallPipeline, Engines
from companion.transcription.segmenter import SegmenterConfig


@dataclass(frozen=True, slots=True)
class PreparedAudio:
    samples: Samples
    speakers: tuple[Speaker, ...]
    attribute: bool = False  # one channel whose speech is attributed to staff or customer per utterance

    @property
    def duration(self) -> float:
        return float(self.samples.shape[1] / 16_000)


def prepare_audio(path: Path, channels: str | None) -> PreparedAudio:
    """Decode and map channels to speakers. Identical stereo channels count as one (mono) channel.

    `auto` attributes the speech of a mono (or dual-mono) recording; two distinct channels keep the
    usual `staff,customer` map.
    """
    samples = decode_file(path)
    auto = wants_attribution(channels)
    if (channels is None or auto) and is_dual_mono(samples):
        samples = samples.mean(axis=0, keepdims=True).astype(samples.dtype)
    if auto:
        if samples.shape[0] == 1:
            return PreparedAudio(samples, (Speaker.UNKNOWN,), attribute=True)
        return PreparedAudio(samples, DEFAULT_STEREO)
    return PreparedAudio(samples, parse_channel_map(channels, samples.shape[0]))


def segmenter_config(settings: Settings, speed: float) -> SegmenterConfig:
    return SegmenterConfig(
        threshold=settings.vad_threshold,
        min_silence_s=settings.min_silence_ms / 1000,
        max_utterance_s=settings.max_utterance_s,
        partial_interval_s=settings.partial_interval_s,
        partials=settings.partials and speed > 0,
    )


def call_options(
    settings: Settings,
    speakers: tuple[Speaker, ...],
    language: str | None,
    playbook: str | None,
    speed: float,
    attribute: bool = False,
) -> CallOptions:
    return CallOptions(
        speakers=speakers,
        language=language,
        playbook=playbook,
        segmenter=segmenter_config(settings, speed),
        speculative=speed > 0,
        attribute=attribute,
    )


async def replay(
    engines: Engines,
    settings: Settings,
    audio: PreparedAudio,
    *,
    call: str,
    clock: Clock,
    publish: Publish,
    speed: float,
    language: str | None,
    playbook: str | None,
) -> tuple[CallSession, CallPipeline]:
    session = CallSession(call, engines.analysis, clock, publish, language=language, playbook=playbook)
    options = call_options(settings, audio.speakers, language, playbook, speed, audio.attribute)
    pipeline = CallPipeline(engines, session, clock, options)
    await pipeline.run(FileSource(audio.samples, clock, speed))
    return session, pipeline
