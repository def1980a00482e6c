"""Fill a call store with N calls of mixed Japanese, Chinese and English and time list and search.

    .venv/bin/python benchmarks/storage_bench.py                 # 10 000 calls, SQLite and PostgreSQL
    .venv/bin/python benchmarks/storage_bench.py --calls 2000 --no-postgres

Calls are written through the store's own write path (the operations the StoreWriter queues),
many to a transaction. SQLite goes to a temporary file unless --sqlite PATH; PostgreSQL
(--postgres URL, default $COMPANION_TEST_POSTGRES_URL or postgresql+psycopg://postgres@127.0.0.1:5432/test)
to a schema of its own, dropped at the end unless --keep. Target (issue 5): list and search < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.storage import AppendEvent, CallStore, OpenCall, WriteOp, open_store_url

PHRASES = {
    "ja": [
        "予約した時間に行ったのに一時間も待たされました",
        "返金してほしいです",
        "商品が壊れた状態で届きました",
        "先週から何度も電話しているのにつながりません",
        "説明と違う料金を請求されています",
        "担当者の態度がひどかったです",
        "今日中に対応してください",
        "大変申し訳ございません",
        "ご不便をおかけして誠に申し訳ありません",
        "お気持ちはよく分かります",
        "ご注文番号を確認させていただけますか",
        "交換の手配をいたします",
        "返金の手続きをご案内いたします",
        "お電話ありがとうございました",
        "それは規則ですので",
        "担当ではないので分かりかねます",
    ],
    "zh": [
        "我等了一个小时还没有人处理",
        "我要退款",
        "收到的商品是坏的",
        "我已经打了好几次电话了",
        "你们多收了我的钱",
        "客服的态度太差了",
        "今天必须给我解决",
        "非常抱歉给您带来不便",
        "我理解您的心情",
        "请告诉我您的订单号",
        "我们马上为您安排换货",
        "退款申请已经提交了",
        "感谢您的来电",
        "这是公司的规定",
        "这个我不清楚",
    ],
    "en": [
        "I waited an hour past my appointment",
        "I want a refund",
        "The box arrived broken",
        "I have called three times this week",
        "You charged me twice for the same order",
        "Your agent was rude to me",
        "Fix this today",
        "I am very sorry for the trouble",
        "I understand how frustrating that is",
        "Could you give me your order number",
        "I will arrange a replacement right away",
        "Your refund request has been submitted",
        "Thank you for calling",
        "That is our policy",
        "I do not know",
    ],
}
STAFF_LABELS = ["apology", "empathy", "confirm", "solution", "thanks", "excuse", "dont_know"]
QUERIES = ["返金", "返金して", "退款", "退款申请", "refund", "broken box", "一个小时", "払い戻し手続き"]


def make_call(rng: random.Random, n: int, utterances: int, now: datetime) -> list[WriteOp]:
    call = f"bench{n:06d}"
    language = rng.choice(("ja", "ja", "zh", "zh", "en"))
    started = now - timedelta(seconds=rng.uniform(0, 90 * 86400))
    ops: list[WriteOp] = [
        OpenCall(
            call, "upload", language, "default", "staff,customer", rng.choice(("佐藤", "王芳", "Alex", None)), started
        )
    ]
    seq = 0
    labelled: list[dict[str, Any]] = []
    count = max(1, utterances + rng.randint(-3, 3))
    for index in range(count):
        speaker = "customer" if index % 2 == 0 else "staff"
        lang = language if rng.random() > 0.15 else rng.choice(("ja", "zh", "en"))  # some code-switching
        text = rng.choice(PHRASES[lang])
        if rng.random() < 0.3:
            text += " " + rng.choice(PHRASES[lang])
        labels = [rng.choice(("fact", "request"))] if speaker == "customer" else [rng.choice(STAFF_LABELS)]
        seq += 1
        event = {
            "type": "utterance", "call": call, "seq": seq, "index": index, "speaker": speaker, "text": text,
            "start": index * 4.0, "end": index * 4.0 + 3.2, "labels": labels, "latency_s": 0.4,
        }  # fmt: skip
        ops.append(AppendEvent(event, started + timedelta(seconds=index * 4)))
        labelled.append({"index": index, "labels": labels})
        if labels[0] in ("excuse", "dont_know"):
            seq += 1
            alert = {"type": "alert", "call": call, "seq": seq, "label": labels[0], "index": index, "text": "caution"}
            ops.append(AppendEvent(alert, started + timedelta(seconds=index * 4)))
    if n % 13 == 0:  # about 8 % of calls: the staff member asked for a supervisor
        seq += 1
        escalation = {"type": "escalation", "call": call, "seq": seq, "by": "staff", "reason": "", "index": count - 1}
        ops.append(AppendEvent(escalation, started + timedelta(seconds=count * 4)))
    seq += 1
    done = {label for item in labelled for label in item["labels"]}
    summary = {
        "type": "summary", "call": call, "seq": seq, "utterances": labelled,
        "missed_steps": [s for s in ("apology", "empathy", "confirm", "solution", "thanks") if s not in done],
        "order_issues": [], "memo": [], "escalation": rng.random() < 0.1,
    }  # fmt: skip
    ops.append(AppendEvent(summary, started + timedelta(seconds=count * 4)))
    return ops


def fill(store: CallStore, calls: int, utterances: int, seed: int = 5) -> float:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    began = time.perf_counter()
    batch: list[WriteOp] = []
    for n in range(calls):
        batch.extend(make_call(rng, n, utterances, now))
        if len(batch) >= 3000:
            store.write(batch)
            batch = []
        if n and n % 2000 == 0:
            print(f"  … {n} calls", file=sys.stderr, flush=True)
    if batch:
        store.write(batch)
    for n in range(0, calls, 10):  # a tenth of the calls tagged by a supervisor
        store.set_tags(f"bench{n:06d}", ["要フォロー"] if n % 20 == 0 else ["研修", "要フォロー"])
    return time.perf_counter() - began


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    fn()  # warm
    samples = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - began) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95, result


def measure(name: str, store: CallStore, repeat: int) -> list[tuple[str, float, float, int]]:
    week_ago = datetime.now(UTC) - timedelta(days=7)
    cases: list[tuple[str, Callable[[], tuple[int, list[dict[str, Any]]]]]] = [
        ("list page 1", lambda: store.list_calls()),
        ("list page 100 (offset 4950)", lambda: store.list_calls(offset=4950)),
        ("list escalated", lambda: store.list_calls(escalated=True)),
        ("list last 7 days", lambda: store.list_calls(since=week_ago)),
        ("list unacknowledged escalations", lambda: store.list_calls(unacknowledged=True)),
        ("list live", lambda: store.list_calls(status="live")),
        ("list tag '研修'", lambda: store.list_calls(tags=["研修"])),
        ("list staff '佐藤', ja, 7 days", lambda: store.list_calls(staff="佐藤", language="ja", since=week_ago)),
    ]
    for q in QUERIES:
        cases.append((f"search {q!r}", lambda q=q: store.list_calls(q=q)))  # type: ignore[misc]
    cases.append(
        ("search '返金' escalated, 7 days", lambda: store.list_calls(q="返金", escalated=True, since=week_ago))
    )
    results = []
    for label, fn in cases:
        p50, p95, (total, _rows) = timed(fn, repeat)
        results.append((label, p50, p95, total))
    print(f"\n{name} (search: {store.search_mode})")
    print(f"  {'query':38} {'p50 ms':>8} {'p95 ms':>8} {'matches':>8}")
    for label, p50, p95, total in results:
        flag = "" if p95 < 200 else "  > 200 ms"
        print(f"  {label:38} {p50:8.1f} {p95:8.1f} {total:8d}{flag}")
    return results


@contextmanager
def postgres_schema(url: str, keep: bool) -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    schema = f"companion_bench_{os.getpid()}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        try:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
        except Exception:
            print("  (pg_trgm not available: search without an index)", file=sys.stderr)
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        query = {**parsed.query, "options": f"-csearch_path={schema},public"}
        yield parsed.set(query=query).render_as_string(hide_password=False)
    finally:
        if keep:
            print(f"  kept PostgreSQL schema {schema}", file=sys.stderr)
        else:
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def run(name: str, url: str, calls: int, utterances: int, repeat: int) -> None:
    store = open_store_url(url)
    try:
        print(f"{name}: filling {calls} calls × ~{utterances} utterances …", file=sys.stderr, flush=True)
        seconds = fill(store, calls, utterances)
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")  # fresh planner statistics, as autovacuum / optimize would give
        total, _ = store.list_calls(limit=1)
        print(f"{name}: {total} calls stored in {seconds:.1f} s", file=sys.stderr)
        measure(f"{name}, {total} calls", store, repeat)
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--utterances", type=int, default=12, help="utterances per call (±3)")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    parser.add_argument("--sqlite", type=Path, default=None, help="SQLite file (default: a temporary one)")
    parser.add_argument("--postgres", default=os.environ.get("COMPANION_TEST_POSTGRES_URL")
                        or "postgresql+psycopg://postgres@127.0.0.1:5432/test")  # fmt: skip
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL schema")
    args = parser.parse_args(argv)

    if not args.no_sqlite:
        if args.sqlite is not None:
            run("SQLite", f"sqlite:///{args.sqlite}", args.calls, args.utterances, args.repeat)
        else:
            with tempfile.TemporaryDirectory() as folder:
                run("SQLite", f"sqlite:///{folder}/bench.db", args.calls, args.utterances, args.repeat)
    if not args.no_postgres:
        with postgres_schema(args.postgres, args.keep) as url:
            run("PostgreSQL", url, args.calls, args.utterances, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
