"""Every pitfall of shared/reference/nlp-findings.md §7 as a test case, on the real pipelines.

Each row: language, speaker, text, labels that must be present, labels that must be absent.
Run through the whole engine (rules + learned layer), as the product runs.
"""

from __future__ import annotations

import pytest

from companion.analysis.engine import PlaybookEngine
from companion.model import Speaker

S, C, U = Speaker.STAFF, Speaker.CUSTOMER, Speaker.UNKNOWN

# (pitfall, language, speaker, text, must have, must not have)
CASES: list[tuple[int, str, Speaker, str, set[str], set[str]]] = [
    # 1. でも is never one token: only an utterance-initial / boundary でも is an excuse
    (1, "ja", S, "いつでもご連絡ください", set(), {"excuse"}),
    (1, "ja", S, "何でもお申し付けください", set(), {"excuse"}),
    (1, "ja", S, "メールでもお電話でも受け付けております", set(), {"excuse"}),
    (1, "ja", S, "それでも届かない場合は、再度こちらの番号におかけください", set(), {"excuse"}),
    (1, "ja", S, "今でもお使いいただけます", set(), {"excuse"}),
    (1, "ja", S, "ご自宅でもお使いいただけます", set(), {"excuse"}),
    (1, "ja", S, "平日でしたら何時でも承ります", set(), {"excuse"}),
    (1, "ja", S, "はいでもその日は配達が集中してまして", {"excuse"}, set()),
    (1, "ja", S, "そうですでも規則なので", {"excuse"}, set()),
    (1, "ja", S, "でもね、あの日は朝から雪がひどくて", {"excuse"}, set()),
    (1, "ja", S, "ですが、当日は担当の者が不在でございまして", {"excuse"}, set()),
    (1, "ja", S, "だってその日は雪で車が出せなかったんですよ", {"excuse"}, set()),
    # the same openers before a line that pushes the fault away or contradicts the customer: that caution speaks
    # for the line (Japanese dev and bank: 18 of 18 such lines carry blame or argue and no excuse)
    (1, "ja", S, "はいでもそれはこちらのミスではないです", {"blame"}, {"excuse"}),
    (1, "ja", S, "でもね、お客様、それは無理ですよ", {"argue"}, {"excuse"}),
    (1, "ja", S, "ですが、それは説明書にも記載がございますので", {"argue"}, {"excuse"}),
    (1, "ja", S, "だって説明書に書いてありますよね", {"argue"}, {"excuse"}),
    (1, "ja", S, "でもね、お客様、あの日は朝から雪がひどくて配達が遅れたんです", {"excuse"}, {"argue"}),
    (1, "ja", S, "誰にでもあることですから", {"dismissive"}, {"excuse"}),
    # 2. elongation is stripped after hiragana before tokenising (kept in katakana)
    (2, "ja", S, "すみませーん、こちらの手違いでしたー", {"apology"}, set()),
    (2, "ja", C, "早く返金してくださいー", {"request"}, set()),
    (2, "ja", S, "申し訳ございませんー", {"apology"}, set()),
    # 3. filler removal must not destroy words
    (3, "ja", C, "早く金を払えーよ", {"request"}, set()),
    (3, "ja", S, "えーと、あのー、大変申し訳ございません", {"apology"}, set()),
    # 4. full-width spaces
    (4, "ja", S, "大変　申し訳　ございません", {"apology"}, set()),
    (4, "ja", S, "お気持ち　お察しいたします", {"empathy"}, set()),
    # 5. kana spellings and mis-recognitions (readings rescue お詫び)
    (5, "ja", S, "もうしわけなく思っております", {"apology"}, set()),
    (5, "ja", S, "もうしわけございません", {"apology"}, set()),
    (5, "ja", S, "おきもちお察しいたします", {"empathy"}, set()),
    (5, "ja", S, "終わびいたします", {"apology"}, set()),
    (5, "ja", S, "おわび申し上げます", {"apology"}, set()),
    (5, "ja", S, "スミマセンでした", {"apology"}, set()),
    (5, "ja", C, "どげざしろ", {"unreasonable_demand"}, set()),
    (5, "ja", C, "どげざまでしてほしいわけじゃない", set(), {"unreasonable_demand", "request"}),
    # 6. imperatives: word lists, not inflection tags
    (6, "ja", C, "死ね", {"abuse"}, set()),
    (6, "ja", C, "ちゃんと謝れ", {"request"}, set()),
    (6, "ja", C, "覚えとけ", {"threat"}, set()),
    # 7. negated, quoted, conditional apologies
    (7, "ja", S, "申し訳ないとは思いませんけど、規則は規則です", {"excuse"}, {"apology"}),
    (7, "ja", S, "ご不便をおかけしてしまい、申し訳なく思っております", {"apology"}, set()),
    (7, "ja", C, "申し訳ないと思うなら誠意を見せろ", {"unreasonable_demand"}, {"apology"}),
    (7, "ja", U, "申し訳ないと思うなら誠意を見せろ", set(), {"apology"}),
    (7, "ja", U, "すいませんでしたで済むと思ってるのか", set(), {"apology"}),
    (7, "ja", U, "申し訳程度の対応しかしてもらえなかった", set(), {"apology"}),
    (7, "ja", S, "お詫びのしようもございません", {"apology"}, set()),
    # 8. cushions are not the apology step
    (8, "ja", S, "すみませんが、お名前をもう一度お伺いできますか", set(), {"apology"}),
    (8, "ja", S, "失礼ですが、ご住所を教えていただけますか", set(), {"apology"}),
    (8, "ja", S, "恐れ入りますが、少々お待ちいただけますでしょうか", set(), {"apology"}),
    (8, "ja", S, "申し訳ございませんが、本日の受付は終了しております", set(), {"apology"}),
    (8, "ja", S, "すみません、もう一度お願いできますか", set(), {"apology"}),
    (8, "ja", S, "お詫びとして次回使えるクーポンをお送りします", {"solution"}, {"apology"}),
    # 9. same word, different step, by tense or position
    (9, "ja", S, "こちらの確認不足でございました、失礼いたしました", {"apology"}, set()),
    (9, "ja", S, "それでは失礼いたします", set(), {"apology"}),
    (9, "ja", S, "お電話ありがとうございます、お客様相談室の佐藤でございます", set(), {"thanks"}),
    (9, "ja", S, "本日はお電話いただき、ありがとうございました", {"thanks"}, set()),
    (9, "ja", S, "確認いたしますので、少々お待ちください", set(), {"confirm"}),
    (9, "ja", S, "確認させていただきますと、十月三日にご購入されたということでよろしいでしょうか", {"confirm"}, set()),
    # 10. 〜かねます is a refusal without a negation morpheme
    (10, "ja", S, "その件につきましては、弊社では対応いたしかねます", {"excuse"}, set()),
    (10, "ja", S, "担当外なのでわかりかねます", {"dont_know"}, set()),
    (10, "ja", S, "おっしゃる通りにはできかねます", set(), {"empathy"}),
    # 11. rhetorical vs real negation; conditional threats
    (11, "ja", C, "バカじゃないの", {"abuse"}, set()),
    (11, "ja", C, "土下座までしてほしいわけじゃないです", set(), {"unreasonable_demand", "request"}),
    (11, "ja", C, "訴えるつもりはないですけど、きちんと説明してほしい", {"request"}, {"threat"}),
    (11, "ja", C, "口コミを書くつもりはありませんけど、残念です", set(), {"threat"}),
    # the threat takes the request's place (playbook `excluded_by`): the memo keeps legitimate requests only
    (11, "ja", C, "SNSに晒されたくなかったら、今すぐ返金しろ", {"threat"}, {"request"}),
    # 12. harmless mentions of media
    (12, "ja", C, "SNSで評判を見て買ったんです", set(), {"threat"}),
    (12, "ja", C, "ネットで注文した商品が届きません", set(), {"threat"}),
    (12, "ja", C, "口コミの評価が高かったので期待していました", set(), {"threat"}),
    (12, "ja", C, "インスタで見た商品を買いました", set(), {"threat"}),
    # 13. legitimate escalation is not harassment
    (13, "ja", C, "消費者センターに相談しようと思っています", set(), {"threat", "abuse"}),
    (13, "ja", C, "弁護士に相談することも考えています", set(), {"threat"}),
    (13, "ja", C, "責任者を出せ", {"request"}, {"threat"}),
    # 14. request forms; negated requests
    (14, "ja", C, "今すぐ交換してくれませんか", {"request"}, set()),
    (14, "ja", C, "お金を返してもらいたいんです", {"request"}, set()),
    (14, "ja", C, "書面で回答をお願いします", {"request"}, set()),
    (14, "ja", C, "来週の月曜日までに連絡をいただけますか", {"request"}, set()),
    (14, "ja", C, "返金してほしいわけじゃないんです", set(), {"request"}),
    (14, "ja", C, "別に謝ってほしいとは言ってない", set(), {"request"}),
    (14, "ja", C, "ほしい物が売り切れでした", set(), {"request"}),
    # 15. implicit threats and paraphrases
    (15, "ja", C, "今から会社に行くからな、待ってろよ", {"threat"}, set()),
    (15, "ja", C, "ツイートしてやるから覚悟しとけ", {"threat"}, set()),
    (15, "ja", C, "頭を下げに来いよ", {"unreasonable_demand"}, set()),
    (15, "ja", S, "配送業者の問題ですので、そちらにお問い合わせください", {"blame"}, set()),
    (15, "ja", S, "システムの都合上、できないことになっております", {"excuse"}, set()),
    (15, "ja", S, "うちの部署では扱っていないんですよ", {"blame"}, set()),
    (15, "ja", S, "ご不快に思われるのも当然です", {"empathy"}, set()),
    (15, "ja", S, "楽しみにされていたのに、がっかりされましたよね", {"empathy"}, set()),
    # 16. speaker role decides which label set applies
    (16, "ja", S, "少々お待ちください", set(), {"request"}),
    (16, "ja", C, "申し訳ございませんって言えば済むと思ってるの", set(), {"apology"}),
    (16, "ja", S, "土下座しろ", set(), {"unreasonable_demand", "request"}),
    # 18. traditional Chinese is converted first
    (18, "zh", S, "對不起，是我們的失誤", {"apology"}, set()),
    (18, "zh", S, "我們會在三天內把換貨送到", {"solution"}, set()),
    (18, "zh", C, "我要在網路上曝光你們", {"threat"}, set()),
    # 19. character-level matching across word boundaries
    (19, "zh", S, "我们今天就给您寄出替换品", {"solution"}, set()),
    (19, "zh", C, "我要把这件事发到微博上", {"threat"}, set()),
    (19, "zh", C, "你信不信我告你们", {"threat"}, set()),
    # 20. Chinese false-positive contexts
    (20, "zh", S, "不但速度快，而且质量好", set(), {"excuse"}),
    (20, "zh", S, "按照规定，我们给您全额退款", {"solution"}, {"excuse"}),
    (20, "zh", S, "不好意思，请问您贵姓", set(), {"apology"}),
    (20, "zh", S, "我没什么好道歉的", set(), {"apology"}),
    (20, "zh", C, "我不会发到网上的，你们放心", set(), {"threat"}),
    (20, "zh", C, "我在微博上看到你们的广告", set(), {"threat"}),
    # 21. asking for the agent's ID is a request, not harassment
    (21, "zh", C, "把你的工号告诉我", {"request"}, {"threat", "unreasonable_demand", "abuse"}),
    # 22. English non-apologies and cushions
    (22, "en", S, "I'm sorry you feel that way", set(), {"apology"}),
    (22, "en", S, "Sorry but not sorry, rules are rules", {"excuse"}, {"apology"}),
    (22, "en", S, "I'm not sorry, that's how it works", set(), {"apology"}),
    (22, "en", S, "Sorry, could you repeat your order number", set(), {"apology"}),
    (22, "en", S, "Excuse me, can I put you on hold for a moment", set(), {"apology"}),
    # 23. over-broad words
    (23, "en", S, "Just to confirm, you bought it on October 3rd, is that right", {"confirm"}, {"empathy"}),
    (23, "en", S, "If I understand correctly, the parcel never arrived", {"confirm"}, {"empathy"}),
    (23, "en", S, "I don't understand what you mean", set(), {"empathy"}),
    (23, "en", S, "Our store is open every day but Sunday", set(), {"excuse"}),
    # 24. ASR without apostrophes
    (24, "en", S, "im so sorry about that", {"apology"}, set()),
    (24, "en", S, "thats our policy we cant accept returns", {"excuse"}, set()),
    (24, "en", S, "i dont know", {"dont_know"}, set()),
    (24, "en", C, "i wanna refund", {"request"}, set()),
    # 25. negation scope
    (25, "en", C, "I'm not going to sue anyone, I just want this fixed", {"request"}, {"threat"}),
    # 26. imperative demands
    (26, "en", C, "Get down on your knees and apologise", {"unreasonable_demand"}, {"request"}),
    (26, "en", C, "Give me your employee number", {"request"}, {"abuse"}),
    # 27. British and American spellings
    (27, "en", S, "I do apologise for the inconvenience", {"apology"}, set()),
    (27, "en", S, "We apologize for the delay", {"apology"}, set()),
]


@pytest.mark.parametrize(("pitfall", "language", "speaker", "text", "present", "absent"), CASES)
def test_pitfall(
    engine: PlaybookEngine,
    pitfall: int,
    language: str,
    speaker: Speaker,
    text: str,
    present: set[str],
    absent: set[str],
) -> None:
    labels = set(engine.start_call(language).on_utterance(0, speaker, text).labels)
    assert present <= labels, f"pitfall {pitfall}: {text!r} → {sorted(labels)}, missing {sorted(present - labels)}"
    assert not (absent & labels), (
        f"pitfall {pitfall}: {text!r} → {sorted(labels)}, unexpected {sorted(absent & labels)}"
    )


def test_pitfall_coverage() -> None:
    """Pitfalls 1–27 are label cases here; 17 (repeated demands) is in tests/unit/test_procedure.py;
    28–32 (packaging, offline) in test_nlp.py."""
    covered = {case[0] for case in CASES} | {17}
    assert set(range(1, 28)) <= covered
