import asyncio

from companion.analysis.base import SilentEngine
from companion.bus import CallBus
from companion.call import CallSession
from companion.clock import ManualClock
from companion.model import Hypothesis, Speaker, Utterance


def run_session(bus: CallBus, clock: ManualClock) -> CallSession:
    session = CallSession("c1", SilentEngine(), clock, bus.publish, language="ja")
    session.partial(Hypothesis(Speaker.CUSTOMER, "予約した", 0.0))
    clock.advance(2.0)
    session.utterance(Utterance(Speaker.CUSTOMER, "予約した時間に行ったのに", 0.0, 1.5, received_at=1.2))
    session.utterance(Utterance(Speaker.STAFF, "  ", 2.0, 2.5, received_at=1.9))  # nothing said: no event
    session.utterance(Utterance(Speaker.STAFF, "大変申し訳ございません", 2.0, 3.0, received_at=1.9))
    return session


def test_seq_has_no_gaps_and_latency_is_measured_from_the_last_sample() -> None:
    clock = ManualClock(0.0)
    bus = CallBus("c1")
    session = run_session(bus, clock)
    session.finish()
    session.finish()
    events = [e.as_dict() for e in bus.history]
    assert [e["seq"] for e in events] == [1, 2, 3, 4]
    assert [e["type"] for e in events] == ["partial", "utterance", "utterance", "summary"]
    assert [e["index"] for e in events if e["type"] == "utterance"] == [0, 1]
    assert events[1]["latency_s"] == 0.8
    assert events[1]["labels"] == []
    assert all(e["call"] == "c1" for e in events)
    assert events[3]["utterances"] == [{"index": 0, "labels": []}, {"index": 1, "labels": []}]


def test_a_viewer_can_resume_after_any_seq_without_gaps_or_duplicates() -> None:
    async def scenario() -> tuple[list[int], list[int]]:
        clock = ManualClock()
        bus = CallBus("c1")
        session = CallSession("c1", SilentEngine(), clock, bus.publish, language="ja")
        session.utterance(Utterance(Speaker.CUSTOMER, "one", 0, 1, 0))
        session.utterance(Utterance(Speaker.CUSTOMER, "two", 1, 2, 0))
        seen: list[int] = []

        async def viewer() -> None:
            async for event in bus.follow(after=1):
                seen.append(event.seq)

        task = asyncio.create_task(viewer())
        await asyncio.sleep(0)
        session.utterance(Utterance(Speaker.STAFF, "three", 2, 3, 0))
        session.finish()
        bus.close()
        await asyncio.wait_for(task, 2)
        late = [e.seq async for e in bus.follow(after=2)]
        return seen, late

    seen, late = asyncio.run(scenario())
    assert seen == [2, 3, 4]
    assert late == [3, 4]
