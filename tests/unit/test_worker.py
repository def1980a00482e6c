import threading

import numpy as np

from companion.transcription.whisper import Recognised
from companion.transcription.worker import DecodeWorker


class FakeModel:
    """Our own SpeechModel interface: records what it was asked, answers with the audio length."""

    def __init__(self) -> None:
        self.calls: list[int] = []
        self.gate = threading.Event()
        self.entered = threading.Event()

    def transcribe(self, audio, language, prompt, beam_size):  # type: ignore[no-untyped-def]
        self.entered.set()
        self.gate.wait(5)
        self.calls.append(beam_size)
        return Recognised(text=f"{len(audio)}", language=language or "ja")


def audio(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * 16000), dtype=np.float32)


def submit(worker: DecodeWorker, seconds: float, *, final: bool = True, key: str = "a", beam: int = 5):  # type: ignore[no-untyped-def]
    return worker.submit(audio(seconds), language="ja", prompt="", beam_size=beam, final=final, channel_key=key)


def test_finals_are_decoded_in_order_and_results_return_in_place() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    first = submit(worker, 1)
    assert model.entered.wait(5)
    assert worker.busy
    queued = [submit(worker, s) for s in (2, 3, 4)]
    model.gate.set()
    assert first.result(5).text == "16000"
    assert [f.result(5).text for f in queued] == ["32000", "48000", "64000"]
    worker.close()
    assert not worker.busy


def test_finals_go_first_and_a_newer_partial_supersedes_the_older() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    submit(worker, 1)
    assert model.entered.wait(5)
    old = submit(worker, 1, final=False, beam=1)
    new = submit(worker, 2, final=False, beam=1)
    final = submit(worker, 3, key="b")
    model.gate.set()
    assert old.result(5) is None
    assert final.result(5).text == "48000"
    assert new.result(5).text == "32000"
    assert model.calls == [5, 5, 1]
    worker.close()


def test_a_cancelled_speculative_decode_is_never_run() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    submit(worker, 1)
    assert model.entered.wait(5)
    doomed = submit(worker, 2)
    assert doomed.cancel()
    kept = submit(worker, 3)
    model.gate.set()
    assert kept.result(5).text == "48000"
    assert len(model.calls) == 2
    worker.close()


def test_closing_answers_what_is_still_queued() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    submit(worker, 1)
    assert model.entered.wait(5)
    waiting = submit(worker, 2)
    model.gate.set()
    worker.close()
    assert waiting.result(5) is None or waiting.result(5).text == "32000"
    assert submit(worker, 1).result(1) is None


def test_a_final_with_others_waiting_uses_a_narrower_beam() -> None:
    model = FakeModel()
    worker = DecodeWorker(model)
    submit(worker, 1)
    assert model.entered.wait(5)
    queued = [submit(worker, 2), submit(worker, 3)]
    model.gate.set()
    for future in queued:
        future.result(5)
    worker.close()
    assert model.calls == [5, 2, 5]  # the one in front of a queue narrows; the last one has none behind it
