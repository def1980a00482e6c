import threading

import numpy as np

from companion.transcription.whisper import Recognised
from companion.transcription.worker import DecodeWorker


class FakeModel:
    """Our own SpeechModel interface: records what it was asked, answers with the audio length."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []
        self.gate = threading.Event()
        self.entered = threading.Event()

    def transcribe(self, audio, language, prompt, beam_size):  # type: ignore[no-untyped-def]
        self.entered.set()
        self.gate.wait(5)
        self.calls.append(("one", beam_size))
        return Recognised(text=f"{len(audio)}", language=language or "ja")

    def transcribe_packed(self, audios, language, prompt, beam_size):  # type: ignore[no-untyped-def]
        self.entered.set()
        self.calls.append(("packed", len(audios)))
        return [Recognised(text=f"{len(a)}", language=language) for a in audios]


def audio(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * 16000), dtype=np.float32)


def test_finals_pile_up_into_one_packed_decode_and_results_return_in_place() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    blocker = worker.submit(audio(1), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    assert model.entered.wait(5)
    queued = [
        worker.submit(audio(s), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
        for s in (2, 3, 4)
    ]
    model.gate.set()
    assert blocker.result(5).text == "16000"
    assert [f.result(5).text for f in queued] == ["32000", "48000", "64000"]
    assert model.calls == [("one", 5), ("packed", 3)]
    worker.close()


def test_packs_stay_inside_one_30_second_window() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    worker.submit(audio(1), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    assert model.entered.wait(5)
    futures = [
        worker.submit(audio(12), language="ja", prompt="", beam_size=5, final=True, channel_key="a") for _ in range(3)
    ]
    model.gate.set()
    for future in futures:
        future.result(5)
    assert ("packed", 2) in model.calls and ("one", 5) in model.calls[1:]
    worker.close()


def test_finals_go_first_and_a_newer_partial_supersedes_the_older() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    worker.submit(audio(1), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    assert model.entered.wait(5)
    old = worker.submit(audio(1), language="ja", prompt="", beam_size=1, final=False, channel_key="a")
    new = worker.submit(audio(2), language="ja", prompt="", beam_size=1, final=False, channel_key="a")
    final = worker.submit(audio(3), language="ja", prompt="", beam_size=5, final=True, channel_key="b")
    model.gate.set()
    assert old.result(5) is None
    assert final.result(5).text == "48000"
    assert new.result(5).text == "32000"
    assert [c[1] for c in model.calls] == [5, 5, 1]
    worker.close()


def test_a_cancelled_speculative_decode_is_never_run() -> None:
    model = FakeModel()
    worker = DecodeWorker(model, pack=False)
    worker.submit(audio(1), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    assert model.entered.wait(5)
    doomed = worker.submit(audio(2), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    assert doomed.cancel()
    kept = worker.submit(audio(3), language="ja", prompt="", beam_size=5, final=True, channel_key="a")
    model.gate.set()
    assert kept.result(5).text == "48000"
    assert len(model.calls) == 2
    worker.close()
