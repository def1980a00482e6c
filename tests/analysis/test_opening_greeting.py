import pytest

from companion.analysis.engine import PlaybookEngine
from companion.model import Speaker


@pytest.fixture(scope="module")
def engine() -> PlaybookEngine:
    return PlaybookEngine()


@pytest.mark.parametrize(
    "text",
    ["お電話ありがとうございます。", "お電話ありがとうございます。京橋クリニック受付の山田でございます。"],
)
def test_the_opening_greeting_is_not_the_thanks_step(engine: PlaybookEngine, text: str) -> None:
    call = engine.start_call("ja")
    assert "thanks" not in call.on_utterance(0, Speaker.STAFF, text).labels
    call.on_utterance(1, Speaker.STAFF, "大変申し訳ございません")
    assert "thanks_before_apology" not in call.summary().order_issues
