"""Make the same-voice-type call for the attribution benchmark (benchmarks/data/) offline.

The demo call's lines said again with two female voices (staff jf_alpha, customer jf_nezumi), so
that telling the speakers apart cannot lean on a male and a female register. Same setup as
scripts/make_test_audio.py (its .tts-venv, sox); run from the repository root:

    ORT_DISABLE_TELEMETRY=1 HF_HUB_OFFLINE=1 KOKORO_JA_CACHE=.tts-venv/cache \\
        .tts-venv/bin/python scripts/make_attribution_audio.py

Writes benchmarks/data/demo_call_two_female.flac (two channels, left staff, right customer) and its
reference .json with the same fields as companion/demo/demo_call.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_test_audio as tts  # noqa: E402

NAME = "demo_call_two_female"
OUT = tts.ROOT / "benchmarks" / "data"
SPEC = {**tts.DEMO_CALL, "name": NAME, "voices": {tts.STAFF: "jf_alpha", tts.CUSTOMER: "jf_nezumi"}}


def main() -> int:
    for variable in ("ORT_DISABLE_TELEMETRY", "HF_HUB_OFFLINE"):
        os.environ.setdefault(variable, "1")
    os.environ.setdefault("KOKORO_JA_CACHE", str(tts.ROOT / ".tts-venv" / "cache"))
    OUT.mkdir(parents=True, exist_ok=True)
    stereo, reference = tts.make_call(SPEC)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / f"{NAME}.wav"
        tts.write_wav(wav, stereo)
        subprocess.run(["sox", str(wav), "-C", "8", str(OUT / f"{NAME}.flac")], check=True)
    header = tts.call_header(f"{NAME}.flac", "FLAC 16-bit", stereo, 2)
    header["source"] = tts.SOURCE_NOTE.replace("make_test_audio.py", "make_attribution_audio.py")
    (OUT / f"{NAME}.json").write_text(
        json.dumps({**header, "utterances": reference}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"benchmarks/data/{NAME}.flac  {header['duration']:.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
