"""Run by test_crash: writes a call's events through StoreWriter until it is killed.

Usage: python crash_writer.py URL CALL. Prints `FLUSHED <seq>` after each flush returns, i.e.
once every event up to <seq> is committed; keeps submitting in between, so a kill lands with
events queued or half-written.
"""

from __future__ import annotations

import sys
import time

from companion.storage import StoreWriter, open_store_url


def event(call: str, seq: int, index: int) -> dict[str, object]:
    kind = ("utterance", "partial", "utterance", "alert", "utterance", "prompt")[seq % 6]
    speaker = "customer" if index % 2 == 0 else "staff"
    if kind == "partial":
        return {"type": "partial", "call": call, "seq": seq, "speaker": speaker, "text": "返金し"}
    if kind == "alert":
        return {"type": "alert", "call": call, "seq": seq, "label": "excuse", "index": max(0, index - 1), "text": "…"}
    if kind == "prompt":
        return {"type": "prompt", "call": call, "seq": seq, "step": "apology", "text": "お詫び"}
    return {
        "type": "utterance",
        "call": call,
        "seq": seq,
        "index": index,
        "speaker": speaker,
        "text": f"発話{index} 返金してほしい 我要退款 refund #{index}",
        "start": index * 2.0,
        "end": index * 2.0 + 1.5,
        "labels": ["fact"] if speaker == "customer" else ["apology"],
        "latency_s": 0.25,
    }


def main(url: str, call: str) -> None:
    store = open_store_url(url)
    writer = StoreWriter(store, batch_size=16)
    writer.open_call(call, source="upload", language="ja", playbook="default", channels="staff,customer")
    print("READY", flush=True)
    seq = 0
    index = 0
    while True:
        seq += 1
        item = event(call, seq, index)
        if item["type"] == "utterance":
            index += 1
        writer.submit(item)
        if seq % 7 == 0:
            writer.flush()
            print(f"FLUSHED {seq}", flush=True)
        time.sleep(0.0005)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
