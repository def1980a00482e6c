"""Japanese caution and step families on the real pipelines (Sudachi), in wordings not in the corpus.

Each case: speaker, text, labels that must be present (from the rule layer alone, so a memorised training
sentence cannot pass), labels that must not be there (through the whole engine, as the product runs).
"""

from __future__ import annotations

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.model import Speaker

S, C = Speaker.STAFF, Speaker.CUSTOMER

CASES: list[tuple[Speaker, str, set[str], set[str]]] = [
    # an apology that opens a caution is its cushion: the caution speaks for the line
    (S, "申し訳ございません、年末は配達員が足りないものですから", {"excuse"}, {"apology"}),
    (S, "大変申し訳ございません。すぐに代わりの品をお送りいたします", {"apology", "solution"}, set()),
    # excuse: the circumstances, said politely
    (S, "この時期は窓口が大変混み合うものでございまして", {"excuse"}, set()),
    (S, "本日は担当者がお休みをいただいておりまして", {"excuse"}, set()),
    # blame: another party decides or did it
    (S, "発送は倉庫の業者が行っておりますので、当店としましては何とも", {"blame"}, set()),
    (S, "その日の担当の者が入ったばかりでして", {"blame"}, set()),
    (S, "私どもの確認不足でした。申し訳ございません", {"apology"}, {"blame"}),
    # argue: the customer's own doing
    (S, "お客様ご自身で設定を変更された可能性もあるかと存じますが", {"argue"}, set()),
    (S, "お客様のお手違いかと存じます", {"argue"}, set()),
    (S, "お客様ご自身でもご確認いただけます", set(), {"argue"}),
    # dismissive: playing it down
    (S, "それほど目立つものではございませんので", {"dismissive"}, set()),
    (S, "こういうのは結構ありますよ、しばらくすれば直ります", {"dismissive"}, set()),
    # overpromise: certainty nobody can give
    (S, "確実に明日の午前中にお届けいたします", {"overpromise"}, {"solution"}),
    (S, "私のほうで何とかしますので", {"overpromise"}, set()),
    # solution: an action already done for the customer
    (S, "ただいまご注文のキャンセルを承りました、返金手続きもいたしました", {"solution"}, set()),
    # customer: a kept record is a fact; a wish said softly is a request
    (C, "レシートは取ってあります", {"fact"}, set()),
    (C, "できれば今週中に来てもらえたらなって思ってるんですけど", {"request"}, set()),
    (C, "はい、相違ございません", set(), {"fact"}),
    # harassment: a name and photo on a review site, the staff member sent home
    (C, "口コミにあなたの名前と写真を載せますからね", {"threat"}, {"request", "unreasonable_demand"}),
    (C, "今日中に担当者をうちまでよこしなさい", {"unreasonable_demand"}, {"request"}),
]


@pytest.mark.parametrize(("speaker", "text", "present", "absent"), CASES)
def test_ja_case(
    engine: PlaybookEngine,
    rules_engine: PlaybookEngine,
    speaker: Speaker,
    text: str,
    present: set[str],
    absent: set[str],
) -> None:
    labels = set(engine.start_call("ja").on_utterance(0, speaker, text).labels)
    assert present <= labels, f"{text!r} → {sorted(labels)}, missing {sorted(present - labels)}"
    assert not (absent & labels), f"{text!r} → {sorted(labels)}, unexpected {sorted(absent & labels)}"
    by_rules = set(rules_engine.start_call("ja").on_utterance(0, speaker, text).labels)
    assert present <= by_rules, f"{text!r}: the rules alone give {sorted(by_rules)}"
