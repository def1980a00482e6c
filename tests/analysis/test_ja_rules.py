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
    # --- round 5 families (ja-d45–d52), in other wording ---
    # blame: another party does, decides or slipped (X(さん)の方で…, Xの管理, Xに任せて, no reply from X)
    (S, "発送作業は物流センターさんの方でやっておりますので", {"blame"}, {"excuse"}),
    (S, "料金の設定は本社の管理になっておりまして", {"blame"}, {"excuse"}),
    (S, "判断したのは本部の方でして", {"blame"}, set()),
    (S, "その件は清掃会社さんに任せておりまして", {"blame"}, {"excuse"}),
    (S, "部品の納期も、問屋さんからなかなか返事が来なかったものですから", {"blame"}, {"excuse"}),
    # blame: the former or a brand-new staff member; the customer's family
    (S, "対応したのは先月辞めたスタッフでして", {"blame"}, set()),
    (S, "当日は研修中のスタッフしかいなかったもので", {"blame"}, {"excuse"}),
    (S, "お子様が触られたのかもしれません", {"blame"}, set()),
    # not blame: naming who will act for the customer, reassuring, owning it, empathy
    (S, "店長の方から本日中に折り返しご連絡いたします", {"solution"}, {"blame"}),
    (S, "業者の方で修理に伺えるよう、こちらで手配いたします", {"solution"}, {"blame"}),
    (S, "担当部署の方から明日ご連絡が行くようにいたします", set(), {"blame"}),
    (S, "ご家族の方がご心配されるのも当然かと存じます", set(), {"blame"}),
    (S, "本日の担当でございますので、何なりとお申し付けください", set(), {"blame", "excuse"}),
    # excuse: the load (tied up, no hands, one person, double the usual, the season), trailing causal endings
    (S, "先週は棚卸しで手が回らなかったもので", {"excuse"}, set()),
    (S, "その時間帯はスタッフ一人で対応しておりまして…", {"excuse"}, set()),
    (S, "お盆の時期で配達が重なっておりまして", {"excuse"}, set()),
    (S, "大雪のせいで、トラックが遅れてしまいまして", {"excuse"}, set()),
    (S, "予約の変更が間に合わなかったという次第でございます", {"excuse"}, set()),
    (S, "傷は光の加減で見えにくいものですから", {"excuse"}, set()),
    # excuse: the rules or one's own authority as the reason (a hand-over is not an excuse)
    (S, "当院の規則に則った形でございまして", {"excuse"}, set()),
    (S, "私の一存では何ともお答えしかねるもので", {"excuse"}, set()),
    (S, "私一人では決められませんので、上司に相談してご連絡いたします", {"solution"}, {"excuse"}),
    (S, "在庫を切らしているもので、取り寄せてすぐにお送りいたします", {"solution"}, {"excuse"}),
    # argue: "with respect", the records, "it was already there", the customer's own doing or rule-breaking
    (S, "恐れ入りますが、お申し込みの際に注意事項をご説明したはずでございます", {"argue"}, set()),
    (S, "こちらには、配達完了のサインをいただいた記録が残っております", {"argue"}, set()),
    (S, "作業前の時点で、もともとへこんでいた可能性もございまして", {"argue"}, set()),
    (S, "会員証の提示が必要になっておりますので、お忘れですとお受けできない場合がございます", {"argue"}, set()),
    (S, "お客様のほうで、電源を抜かれたりはしませんでしたか", {"argue"}, set()),
    (S, "記録が残っておりますので、すぐにお調べいたします", set(), {"argue"}),
    (S, "お預かりした時点の写真がございますので、すでに傷があったかどうか確認いたします", set(), {"argue"}),
    (S, "配送前の検品記録で、汚れがあったかどうかお調べいたします", set(), {"argue"}),
    # dismissive: "not that serious", "fine even if it slips", "it happens a few times a year"
    (S, "それほど深刻な話ではないかと思います", {"dismissive"}, set()),
    (S, "数日ずれても大丈夫なものですから", {"dismissive"}, {"excuse"}),
    (S, "多少色味が違っても問題ないものですので", set(), {"excuse"}),
    (S, "半年に一度くらいはあることですので", {"dismissive"}, set()),
    (S, "ご心配なく、本日中に交換品をお送りいたします", {"solution"}, {"dismissive"}),
    # dont_know said casually; overpromise of a full refund (not the read-back of a wish)
    (S, "それは僕じゃわかんないですね", {"dont_know"}, set()),
    (S, "代金は全額ご返金いたします", {"overpromise"}, {"solution"}),
    (S, "全額ご返金をご希望ということでよろしいでしょうか", {"confirm"}, {"overpromise"}),
    # customer: the claim said as what will happen; someone sacked (quitting a lesson is a fair request)
    (C, "修理代は払ってもらいますからね", {"request"}, set()),
    (C, "あの受付の人、クビにしてくださいよ", {"unreasonable_demand"}, set()),
    (C, "娘のピアノを辞めさせてください", {"request"}, {"unreasonable_demand"}),
    # a line that only apologises, or grants the anger, is no caution (the learned layer included)
    (S, "誠にもうしわけなく存じます", {"apology"}, {"excuse"}),
    (S, "お怒りになるのは当然でございます", set(), {"dismissive"}),
    # --- round 7 families (ja-d57–d64), in other wording ---
    # argue: the customer's own approval at the time, "we did tell you", what the records or the system show
    (S, "ただ、お引き取りの際に、これで問題ないとおっしゃっていただいたと聞いておりますが", {"argue"}, {"excuse"}),
    (S, "返品の条件は、ご購入時のメールでお知らせしておりましたので", {"argue"}, set()),
    (S, "こちらの履歴を拝見しますと、ご注文は三個ではなく二個となっておりまして", {"argue"}, {"excuse"}),
    (S, "データ上は、まだご入金がないままでして", {"argue"}, {"excuse"}),
    (S, "お振り込みいただいたのであれば、こちらの履歴に反映されているはずなんですが", {"argue"}, set()),
    (S, "先ほど三時とおっしゃっていたということですね", {"confirm"}, {"argue"}),
    (S, "ご案内しておりましたが、分かりにくい書き方で申し訳ございません", {"apology"}, {"argue"}),
    (S, "メールでご案内しておりますので、お手すきの際にご覧ください", set(), {"argue"}),
    # dismissive: no real harm, another chance next time, use it as it is, it happens, it settles by itself
    (S, "まあ、試合はまた来週もございますし", {"dismissive"}, set()),
    (S, "それほど仕上がりに差は出ないかと思いますよ", {"dismissive"}, set()),
    (S, "特に実害はないと思いますので", {"dismissive"}, {"excuse"}),
    (S, "そのままお召し上がりいただいても、体に害はございませんので", {"dismissive"}, set()),
    (S, "一週間もすれば、だんだん馴染んでまいりますので", {"dismissive"}, {"excuse"}),
    (S, "時々あるんですよね、そういうこと", {"dismissive"}, {"excuse"}),
    (
        S,
        "交換品が届くまでの間は、そのままお使いいただいても結構です。明日お送りいたします",
        {"solution"},
        {"dismissive"},
    ),
    (S, "次回もございますので、その際の料金は半額にさせていただきます", set(), {"dismissive"}),
    # dont_know: no way to check (not when a check and a call-back are offered)
    (S, "私の方では、ちょっと調べようがないんです", {"dont_know"}, set()),
    (S, "こちらでは確かめようがございませんので、本社に確認してご連絡いたします", {"solution"}, {"dont_know"}),
    # blame, not excuse: someone else's charge, a part-timer did it, sent outside, "not X who decided"
    (S, "仕入れは本部のご担当でして、私どもでは何とも", {"blame"}, {"excuse"}),
    (S, "その日はパートの者が受付したものですから", {"blame"}, {"excuse"}),
    (S, "印刷は外部の業者に委託しておりまして", {"blame"}, {"excuse"}),
    (S, "店長が決めたわけではございませんので", {"blame"}, set()),
    (S, "私の担当でして、責任を持って対応いたします", {"solution"}, {"blame"}),
    # round 16: owning the handling vouches for no outcome; "certainly back as it was" does
    (S, "この件は私が責任をもって担当いたします", {"solution"}, {"overpromise"}),
    (S, "私が責任をもって、必ず元通りにいたします", {"overpromise"}, set()),
    (S, "新人が用意したもので、私どもの確認不足でした。申し訳ございません", {"apology"}, {"blame", "excuse"}),
    # how a rule works, explained after a real apology, is no excuse (a refusal after it still is)
    # (round 16: the same for the learned layer, in other wording)
    (
        S,
        "ご不便をおかけして申し訳ございません。ポイントは、月末にまとめて付与される仕組みになっておりまして、来月の初めにはご確認いただけます",
        {"apology"},
        {"excuse"},
    ),
    (
        S,
        "申し訳ございません。返品は、購入から七日以内という決まりになっておりまして、お受けできかねます",
        {"excuse"},
        {"apology"},
    ),
    (
        S,
        "ご迷惑をおかけして申し訳ございません。返金は、カード会社を通す仕組みになっておりまして、反映に一週間ほどかかります",
        {"apology"},
        {"excuse"},
    ),
    (
        S,
        "申し訳ございません。ご予約の変更は前日までという決まりになっておりまして、当日の変更はお受けできないんです",
        {"excuse"},
        {"apology"},
    ),
    # empathy granted with "I think"; the clause an apology is for is the apology's
    (S, "お子様の体調のこともございますし、ご心配だったことと思います", {"empathy"}, set()),
    (S, "ご不安にさせてしまい、誠に申し訳ございません", {"apology"}, {"empathy"}),
    # solution: taking the fix on, the redo, no charge, lending, coming round; a call-back promised is no overpromise
    (S, "明日の朝、私がご自宅まで回収に伺います", {"solution"}, set()),
    (S, "作り直しをさせていただければと思います", {"solution"}, set()),
    (S, "送料は一切いただきません", {"solution"}, set()),
    (S, "代車を無料でお貸しいたします", {"solution"}, set()),
    # round 16: one thing lent free is the remedy, no overpromise; "certainly" (必ず) makes it one
    (S, "修理の間、代わりの掃除機を無償でお貸しいたします", {"solution"}, {"overpromise"}),
    (S, "修理の間、代わりの掃除機は必ず無償でお貸しいたします", {"overpromise"}, set()),
    (S, "無料で交換できる期間はもう過ぎておりまして", set(), {"solution"}),
    # round 16: the free period or the warranty over offers no remedy; a "but" and a step of ours after it does
    (S, "無料でお取り替えできる保証はもう切れておりまして", set(), {"solution"}),
    (S, "保証期間は過ぎておりますが、点検はこちらで手配いたします", {"solution"}, set()),
    (S, "明後日の夕方までに必ずご連絡いたします", {"solution"}, {"overpromise"}),
    (S, "明日までに必ず全額お返しいたします", {"overpromise"}, {"solution"}),
    # a thank-you leading into "but …" is no closing thanks
    (S, "ありがとうございます。ただ、その件はメーカーさんの方で管理しておりまして", {"blame"}, {"thanks"}),
    # threat: a veiled safety warning, photos online, the conditional threat (not advice reported, not a regulator)
    (C, "夜道には十分気をつけたほうがいいわよ", {"threat"}, set()),
    (C, "あんたの顔写真、ネットに上げてやるから", {"threat"}, set()),
    (C, "返金してくれないなら、弁護士に相談することになりますからね", {"threat"}, set()),
    (C, "帰り道に気をつけてって、娘に言われました", set(), {"threat"}),
    (C, "お店の名前をネットで調べて電話しました", set(), {"threat"}),
    (C, "ホームページで番号を見つけてかけてます", set(), {"threat"}),
    (C, "ちゃんと対応してくれないなら、消費者センターに相談します", set(), {"threat"}),
    # customer: when they can make it, a wish with a deadline, a trailing じゃって/でしまって; not a bare
    # "hurry up", an acknowledgement, exasperation, or "it doesn't matter"
    (C, "月曜の午後でしたら家にいます", {"fact"}, set()),
    (C, "来週までに使いたいので、間に合いますか", {"request"}, set()),
    (C, "ショックで寝込んでしまって", {"fact"}, set()),
    (C, "早くしてくださいよ", set(), {"request"}),
    (C, "はい、わかりました、連絡待ってますね", set(), {"fact"}),
    (C, "もう本当に勘弁してください", set(), {"request"}),
    (C, "名前はどうでもいいんです。代金を返してください", {"request"}, {"fact"}),
    # --- round 8 families (ja-d65–d70), in other wording ---
    # offering a way to check, or how it will be done from now on, is not arguing (the learned layer included)
    (S, "ご注文の状況はアプリからでもご覧いただけます", set(), {"argue"}),
    (S, "これからは必ずお渡しの際にお声がけいたします", set(), {"argue"}),
    # no caution in a bare acknowledgement or an echo of the customer's word (the learned layer included)
    (S, "はい…さようですか…", set(), {"excuse"}),
    (S, "あ、エアコンですか…ええ", set(), {"excuse"}),
    # argue: a report or the system consulted and found in order; "we always do"; "hard to believe it wasn't"; the
    # customer's use implied (not a check about to be made, not owning the lapse, not advice on avoiding it)
    (S, "点検記録を見ますと、先月の時点では異常なしとなっておりまして", {"argue"}, {"excuse"}),
    (S, "こちらの端末で確認した限りでは、もう発送済みになっているんですよね", {"argue"}, {"excuse"}),
    (S, "ご注文の際には毎回必ずお声がけしているものですから", {"argue"}, {"excuse"}),
    (S, "ご案内がなかったというのは、ちょっと考えられないんですけれども", {"argue"}, set()),
    (S, "お使いの頻度によっては、早めに傷むこともございまして", {"argue"}, {"excuse"}),
    (S, "水を多めにかけられた場合にも、こういう症状が出るんです", {"argue"}, set()),
    (S, "端末で確認いたしますので、少々お待ちください", set(), {"argue"}),
    (S, "記録を拝見しますと確かにこちらの不手際で止まっておりました。申し訳ございません", {"apology"}, {"argue"}),
    (S, "肥料を多めに入れないよう、ご注意いただければと思います", set(), {"argue"}),
    (S, "今後は必ずご説明しておりますので", set(), {"argue"}),
    # dismissive: "the delay itself is common", "a little is just something that happens"
    # (the load before it stays excuse)
    (
        S,
        "繁忙期で配送が集中しておりまして、到着が一日遅れること自体はよくあることなんですが",
        {"dismissive", "excuse"},
        set(),
    ),
    (S, "新品の靴ですと、多少きつく感じるのは、どうしても出てしまうものなんです", {"dismissive"}, set()),
    # dont_know: no telling until we open it, no idea of the cost
    (S, "中を開けてみないと、ちょっと何とも申し上げられません", {"dont_know"}, {"excuse"}),
    (S, "部品代がいくらになるのか、わたくしでは見当がつきません", {"dont_know"}, set()),
    # blame: a colleague still new acting on their own judgement (not the speaker's own newness; an outside
    # specialist offered as an option is no blame)
    (S, "鈴木はまだ配属されて間もないもので、本人の判断で値引きしてしまったようでして", {"blame"}, {"excuse"}),
    (S, "私はまだ入って日が浅いので、上の者に確認してまいります", set(), {"blame"}),
    (S, "専門の修理業者さんもございますので、そちらもご検討いただけます", set(), {"blame"}),
    # threat: "whatever happens is not on me", the staff member's home or workplace located (not passing a shop
    # as a fact, not holding the staff to their word)
    (C, "何があっても知らないからな", {"threat"}, set()),
    (C, "おたくの店って商店街の角のところでしょ いつもあの前通ってるんだよね", {"threat"}, set()),
    (C, "あんたの家もそのうち見に行くかもしれないよ", {"threat"}, set()),
    (C, "いつも店の前を通ってるので、閉まってるのは見てました", {"fact"}, {"threat"}),
    (C, "今のお約束、忘れないでくださいね", set(), {"threat"}),
    # customer: what they did properly is a fact; unsure or asking to be reassured is not
    (C, "説明書どおりにちゃんと置いてました", {"fact"}, set()),
    (C, "どうだったっけ 覚えてないんですよね", set(), {"fact"}),
    (C, "送料はそちらで負担してもらえるんですよね", set(), {"fact"}),
    # --- round 9 families (ja-d71–d76: Kansai-ben, casual, formal keigo), in other wording ---
    # excuse: congestion or the busy season as the reason, in any register (not advice to come early, not "please hold")
    (S, "週末は国道がえらい混みますんで、配達がどうしても遅れがちなんですわ", {"excuse"}, set()),
    (S, "年末なんで発送遅れてるんすよ、すんません", {"excuse"}, {"apology"}),
    (S, "当日は駐車場が大変混雑いたしますので、お早めにお越しください", set(), {"excuse"}),
    (S, "混雑しておりますので、少々お待ちいただけますか", set(), {"excuse"}),
    (S, "配送の時間指定はあちらさんのほうになっておりますもので", set(), {"excuse"}),
    # dismissive: "we hear that now and then", a matter of taste, anywhere has it, it doesn't affect use
    (S, "そういうご指摘はたまにいただくんですよね", {"dismissive"}, set()),
    (S, "味の感じ方は人それぞれですので", {"dismissive"}, set()),
    (S, "こういう遅れはどこの業者さんでもあることなんで", {"dismissive"}, set()),
    (S, "傷いうても、走る分には問題ないと思いますよ", {"dismissive"}, set()),
    (S, "性能に影響はございませんが、すぐに新しいものと交換いたします", {"solution"}, {"dismissive"}),
    (S, "どちらの店舗でもご利用いただけます", set(), {"dismissive"}),
    (S, "個人差がございますので、念のため医師にもご相談ください", set(), {"dismissive"}),
    # argue: "with respect, …", it's written plainly, the customer's own wish or signature (not doing as they wish now)
    (S, "お言葉ですけど、こちらの記録ではお届け済みになってます", {"argue"}, set()),
    (S, "規約にはっきり「返品不可」と記載してございます", {"argue"}, set()),
    (S, "お客様からのご要望で、その部分は外しておりますので", {"argue"}, {"excuse"}),
    (S, "申込書にサインもらってますんで", {"argue"}, set()),
    (S, "お客様のご希望で日程を変更いたしますね", set(), {"argue"}),
    (S, "ご要望どおり、配達の時間帯を夕方に変更させていただきます", set(), {"argue"}),
    # overpromise: the certainty tagged on after; not "I can't promise that on my own"
    (S, "明日中にお届けしますから、必ず", {"overpromise"}, {"solution"}),
    (S, "返金を私の一存でお決めすることはできかねます", set(), {"overpromise"}),
    # confirm: casual read-backs (not a retort question)
    (S, "配送日の変更ってことですね", {"confirm"}, set()),
    (S, "返品の件ですね、承知しました", {"confirm"}, set()),
    (S, "全額返せってことですか", set(), {"confirm"}),
    (S, "タダで直せってことですか", set(), {"confirm"}),
    # a customer asking whether such things happen reports nothing; what did happen still does
    (C, "こういう故障ってよくあるんですか", set(), {"fact"}),
    (C, "先週も同じところが壊れたんです", {"fact"}, set()),
    # "I am unable to answer / guide you" (〜しかねます, the plain humble form too); a hand-over after it is none
    (S, "その件につきましてはお答えしかねます", {"excuse"}, set()),
    (S, "申し訳ございませんが、そちらはご案内しかねます", {"excuse"}, {"apology"}),
    (S, "私ではお答えしかねますので、上の者に代わります", set(), {"excuse"}),
    (S, "ご返金をご希望ということですか", {"confirm"}, set()),
    # solution: my own step after a word with whoever must agree; passing it up with no time is a hand-over
    (S, "僕から店長に話通してから発送させてもらいます", {"solution"}, set()),
    (S, "上の者から明日中にご連絡いたします", {"solution"}, set()),
    (S, "上の者から改めてご連絡いたします", set(), {"solution"}),
    # empathy: identification and a greeting are not empathy
    (S, "山田様でいらっしゃいますね。いつもお世話になっております", set(), {"empathy"}),
    # unreasonable_demand: Kansai imperatives to sack someone, the line held hostage, the boss at the door
    (C, "あいつクビにせえや", {"unreasonable_demand"}, {"request"}),
    (C, "返金されるまでこの電話切らへんで", {"unreasonable_demand"}, set()),
    (C, "部長本人がうちに来て謝れ", {"unreasonable_demand"}, {"request"}),
    (C, "家じゅう全部無料でやり直せ", {"unreasonable_demand"}, set()),
    (C, "店長さんが自分で頭を下げに来てくれたんで、もういいです", set(), {"unreasonable_demand"}),
    (C, "昨日は部長さんが家まで謝りに来てくださったんです", {"fact"}, {"unreasonable_demand"}),
    (C, "クビにしろって言ってるわけじゃないんですよ", set(), {"request", "unreasonable_demand"}),
    # request: plain and casual asks (not a denied or quoted one; しろ inside a word)
    (C, "時間わかったら電話ちょうだい", {"request"}, set()),
    (C, "解約したいんですけど", {"request"}, set()),
    (C, "担当の方のお名前、もう一回いいですか", {"request"}, set()),
    (C, "じゃあ明日までね。", {"request"}, set()),
    (C, "交換したいわけじゃないんです", set(), {"request"}),
    (C, "返金してくれなんて一言も言ってませんよ", {"fact"}, {"request"}),
    (C, "むしろこっちが聞きたいわ", set(), {"request"}),
    (C, "去年しろありの工事を頼んだ者です", set(), {"request"}),
    # fact: a short "is it OK to …?" or a customer's "sorry to ask" tells nothing that happened
    (C, "そっちで勝手に直しちゃって平気なんですか", set(), {"fact"}),
    (C, "無理言ってすみません", set(), {"fact"}),
    # abuse: a polite rhetorical "are you kidding?" is exasperation
    (
        C,
        "ふざけてるんですか、ちゃんと調べてくださいよ",
        {"request"},
        {"abuse"},
    ),  # --- round 11 families (ja-d87–d96), in other wording ---
    # dont_know: no grasp of it, not certain (not owning that it was not known, not with a check offered)
    (S, "そちらの在庫状況は、私のほうではまだ把握できておりませんで", {"dont_know"}, {"blame"}),
    (S, "返金の時期については定かではなくて", {"dont_know"}, set()),
    (S, "まだ把握しておりませんので、確認して折り返しご連絡いたします", set(), {"dont_know"}),
    (S, "前回のご来店の件、こちらで把握しておりませんでした。申し訳ございません", {"apology"}, {"dont_know"}),
    # "on my side, nothing…" right after a reason is that reason's (a colleague moved on is blame)
    (S, "あの時の担当者はもう他の支店に異動しておりまして、私からは何とも", {"blame"}, {"dont_know"}),
    (S, "こちらではちょっと…", {"dont_know"}, set()),
    # argue: "only a rough guide, never a promise"; "we did send it, so you will have seen it"
    (S, "三日というのはあくまで目安でございまして", {"argue"}, set()),
    (S, "その金額でお約束したわけではございません", {"argue"}, set()),
    (S, "あくまで目安ですが、できるだけ早くお届けいたします", set(), {"argue"}),
    (S, "変更のご案内は先週ハガキでお送りしておりますので", {"argue"}, set()),
    (S, "事前にメールでお知らせしておりましたが、届いていなかったようで申し訳ございません", set(), {"argue"}),
    # blame: their discontinuing or adjusting it; excuse: もんで, the casual もので
    (S, "その部品はメーカーの方で生産終了になってまして", {"blame"}, set()),
    (S, "日程は施設さんのほうでご調整いただいていたはずで", {"blame"}, set()),
    (S, "あいにく人がおらんかったもんで", {"excuse"}, set()),
    # dismissive, not excuse: "that kind of slip happens now and then"
    (S, "配送ですと、時々そういう遅れは出てしまうものなんです", {"dismissive"}, {"excuse"}),
    # apology: owning the fault outright (not denying it)
    (S, "今回は完全に当店の不手際でございます", {"apology"}, set()),
    (S, "それは当店のミスではございません", set(), {"apology"}),
    # empathy: what the thing meant to them; "you're right, but…" is a cushion for the excuse
    (S, "思い入れのあるお品物だったのですね", {"empathy"}, set()),
    (S, "おっしゃる通りです。ですが、この時期は注文が集中しておりまして", {"excuse"}, {"empathy"}),
    # one clause closed by its apology is the apology's; the line's own conclusion reads nothing back
    (
        S,
        "せっかくお休みを取っていただいたのに、こんな結果になってしまい、誠に申し訳ございません",
        {"apology"},
        {"empathy"},
    ),
    (S, "私どもがきちんとお伝えできていなかったということです", set(), {"confirm"}),
    # thanks for details given, then the check of them, is mid-call (the closing thanks still counts)
    (S, "ありがとうございます。佐藤様ですね、ご予約を確認いたします", set(), {"thanks"}),
    (S, "ありがとうございます。お調べしましたところ、まだ発送前でございました", set(), {"thanks"}),
    (S, "ご連絡いただきありがとうございました", {"thanks"}, set()),
    # customer: how to get it done is a request; "then who do I tell?" is not
    (C, "このプランをやめるのはどうしたらいいんですか", {"request"}, set()),
    (C, "じゃあ誰に頼めばいいんですか", set(), {"request"}),
    # customer: the state of the item is a fact (not a question about it);
    # pressure, acceptance, "I've had enough" are not
    (C, "箱も開けてない未開封です", {"fact"}, set()),
    (C, "未使用なら返品できますか", set(), {"fact"}),
    (C, "来週までに直らないと困るんです。いつ来てもらえますか", set(), {"fact"}),
    (C, "まあそれでいいんですけど", set(), {"fact"}),
    # customer: a potential is no order; an impatient "yes, hurry up" asks nothing for the memo
    (C, "先週は三日で返せるって言ってましたよね", set(), {"request"}),
    (C, "そうそう、早くしてよ", set(), {"request"}),
    # unreasonable_demand: a staff member's private contact demanded (the shop's number is a fair ask)
    (C, "あの店員の自宅の住所を教えろよ", {"unreasonable_demand"}, set()),
    (C, "お店の電話番号を教えてください", {"request"}, {"unreasonable_demand"}),
    # round 12: the final check left to the customer, the part farmed out (blame); owning it or acting is not
    # guidance "at your convenience" contradicts nothing; "then where am I supposed to call?" asks for nothing
    (S, "明細はお手すきの際にアプリでご確認いただけます", set(), {"argue"}),
    (C, "それならどこに連絡すればいいんですか", set(), {"request"}),
    (S, "ご連絡先の最終チェックはご契約者様にお願いしている形でございまして", {"blame"}, set()),
    (S, "配送は提携業者さんにお任せしている部分でして、そこから先は何とも", {"blame"}, {"dont_know"}),
    (S, "そちらの記載がどうなっていたかまでは、本社の管轄でして、私どもでは…", {"blame"}, {"dont_know"}),
    (
        S,
        "最終的なご確認はお客様にお願いしておりますが、今回はこちらの確認不足でした。申し訳ございません",
        {"apology"},
        {"blame"},
    ),
    (S, "明細書の印刷は委託先にお願いしておりますが、本日中に私から再発行の手配をいたします", {"solution"}, {"blame"}),
    # round 12: everything free on the spot is an overpromise; declining to promise is neither excuse nor overpromise
    (S, "お部屋の清掃もお食事も全部無料でお付けいたします", {"overpromise"}, {"solution"}),
    (S, "お食事代を全部無料にできるかどうか、上司と相談してご連絡いたします", {"solution"}, {"overpromise"}),
    (S, "私の判断だけでは返金のお約束はいたしかねます", set(), {"excuse", "overpromise"}),
    (
        S,
        "返金のお約束はできかねますが、上司と相談して本日中にお電話いたします",
        {"solution"},
        {"excuse", "overpromise"},
    ),
    # round 12: making sure it does not happen again is a step; asking after someone's health proposes nothing
    (
        S,
        "請求書の誤りにつきましては、担当部署と共有して同様のミスが起こらないように徹底いたします",
        {"solution"},
        set(),
    ),
    (S, "お身体の具合はいかがでしょうか", set(), {"solution"}),
    (S, "では来週の月曜日に伺うのはいかがでしょうか", {"solution"}, set()),
    # round 12: how often it happens, every shop the same (dismissive, not excuse)
    (S, "雨の日は画面が見づらくなること、わりとよくあるんですよね", {"dismissive"}, set()),
    (S, "料金の違いは結構よくご相談いただく件でして", {"dismissive"}, set()),
    (S, "どこのお店でもこの季節は値上がりするものでして", {"dismissive"}, {"excuse"}),
    # round 12: the work defended as not wrong (argue); agreeing the customer is right, or offering to check, is not
    (S, "施工の手順としては誤った方法ではございませんので", {"argue"}, {"excuse"}),
    (S, "お客様のおっしゃることは間違っておりません", set(), {"argue"}),
    (S, "こちらの手順が間違いではないか、すぐ確認いたします", set(), {"argue"}),
    # round 12: a feeling granted only to bring on "but" is no empathy; with a remedy after it, it is
    (S, "ご不安でしたよね… ただ、製品自体は検査を通っておりますので", set(), {"empathy"}),
    (S, "ご不安でしたよね、ただいまから代わりの品をお送りいたします", {"empathy", "solution"}, set()),
    # round 12: the apology the customer wants, read back, is not given
    (S, "おばあさまへのお詫びをご希望ということですね", {"confirm"}, {"apology"}),
    # round 12: taking up the option offered is a request; a bare greeting is not
    (C, "それならクーポンでお願いします", {"request"}, set()),
    (C, "じゃあ明後日の午前でお願いできますか", {"request"}, set()),
    (C, "よろしくお願いします", set(), {"request"}),
    # --- round 13 families (ja-d107–d116), in other wording ---
    # apology: the cushion of a question for details, the apology nobody gave (narrated), the worry named
    # as what it is for
    (S, "大変申し訳ございません、ご住所をお聞きしてもよろしいでしょうか", set(), {"apology"}),
    (S, "ドライバーからお詫びの一言もなかった、ということですね", {"confirm"}, {"apology"}),
    (S, "遅い時間にご心配をおかけしてしまい、大変申し訳ございませんでした", {"apology"}, {"empathy"}),
    # empathy: the unrest granted; not knowing, granted as the customer's, is no dont_know
    (S, "何が起きたのかわからないままだと、気が休まらないですよね", {"empathy"}, {"dont_know"}),
    (S, "そんな状態では夜も眠れないですよね", {"empathy"}, set()),
    # argue: the estimate only a guide, "it's written there plainly", "if only you had read it" (no excuse)
    (S, "お見積りの金額はあくまでも概算になりますので", {"argue"}, {"excuse"}),
    (S, "ご利用案内にはっきり記載してございますので", {"argue"}, {"excuse"}),
    (S, "説明書を読んでもらえてたら防げたと思うんすけど", {"argue"}, {"excuse"}),
    # dismissive: it worked out in the end, not such a big deal; an apology for the outcome is not
    (S, "まあ、結局は間に合ったわけですし、それほど大げさな話でも", {"dismissive"}, set()),
    (S, "結果的にご不便をおかけしてしまい、申し訳ございません", {"apology"}, {"dismissive"}),
    # solution: the remedy done there and then (not a check); what is free as a standing rule is no overpromise
    (S, "今すぐ予約を取り直させていただきますね", {"solution"}, set()),
    (S, "今からご注文の内容を確認させていただきますね", set(), {"solution"}),
    (S, "それでは契約内容をお調べいたします", set(), {"solution"}),
    (S, "内容を確認して、明日中にお電話いたします", {"solution"}, set()),
    (S, "会員の方でしたら送料は無料で承っております", {"solution"}, {"overpromise"}),
    # confirm: the read-back said casually
    (S, "えっと、確認なんですけど、届いた箱が潰れてたってことで合ってますか", {"confirm"}, set()),
    # customer: a staff member's name and private contact demanded; the staff member's name online is a threat
    (C, "あのパートさんの名前と携帯番号、教えなさいよ", {"unreasonable_demand"}, {"request"}),
    (C, "お前の名前、インスタに書いてやるからな", {"threat"}, {"unreasonable_demand"}),
    # customer: "please …" quoted from someone else, or denied, asks nothing; the insisted one does
    (C, "返金してくださいなんて一言も言ってないですよ", set(), {"request"}),
    (C, "受付の人に用紙を書いてくださいって笑われたんです", set(), {"request"}),
    (C, "だから、返金してくださいって言ってるんです", {"request"}, set()),
    # customer: an acknowledgement before the request, an outcry: no fact
    (C, "わかりました。じゃあその書類も送ってもらえますか", {"request"}, {"fact"}),
    (C, "こんないい加減な対応、話になりません", set(), {"fact"}),
    # --- round 14 families (ja-d117–d126: Kansai, Ibaraki and Kanto casual, formal keigo), in other wording ---
    # apology: the cushion before asking to hear it again or for a bad line; no apology word, no apology (the
    # learned layer included); the fault named only as the reason for the remedy
    (S, "すみません、お電話が少し遠いようで、もう一度お願いできますか", set(), {"apology"}),
    (S, "すいません、もう一回だけ言うてもらえます?", set(), {"apology"}),
    (S, "すみません、こちらの手配ミスでした", {"apology"}, set()),
    (S, "お話しいただいて本当に助かりました。ありがとうございました", {"thanks"}, {"apology"}),
    (S, "当方の不手際ですので、送料はこちらで負担いたします", {"solution"}, {"apology"}),
    # empathy: the hardship granted casually; an offhand apology alone, or the staff's own busy day closed with
    # …んすよね, grants no feeling; the hurt named only as what the apology is for
    (S, "うわ、それはしんどかったですよね", {"empathy"}, set()),
    (S, "いや、どうも、申し訳ありませんでした", {"apology"}, {"empathy"}),
    (S, "朝から電話が鳴りっぱなしだったもんで、こっちも手一杯だったんすよね", {"excuse"}, {"empathy"}),
    (S, "寒い思いをさせてしまって、本当に申し訳ございません", {"apology"}, {"empathy"}),
    # dismissive: it happens in every home, all the time in this trade, no need to worry that much (not with a
    # remedy, not "available at every shop", not "it is not your fault")
    (S, "冬場は窓の結露なんて、どこの家でも起きますから", {"dismissive"}, set()),
    (S, "この業界じゃ納期が一日二日ずれるのはざらですよ", {"dismissive"}, set()),
    (S, "荷物の遅れなんてしょっちゅうですからね", {"dismissive"}, set()),
    (S, "追加の料金もわずかですので、それほどご心配はいりません", {"dismissive"}, set()),
    (S, "ご心配には及びません、本日中に新しいものをお届けします", {"solution"}, {"dismissive"}),
    (S, "どちらの店舗でもお受け取りになれます", set(), {"dismissive"}),
    (S, "お客様のせいではありませんので、どうぞお気になさらないでください", set(), {"blame", "dismissive"}),
    # argue: our work denied as the cause (not a guess put as a question), "as far as we are concerned it was
    # done to spec" (not owning a lapse), the customer's own condition as the cause (not with a remedy)
    (S, "これは施工の不具合とは違いますね", {"argue"}, set()),
    (S, "調整の問題ではないかと思いますので、一度お伺いして確認いたします", set(), {"argue"}),
    (S, "当社としては仕様書どおりに施工したという理解でおります", {"argue"}, set()),
    (S, "こちらが正しくご説明できていなかったという認識でございます", set(), {"argue"}),
    (S, "お荷物が規定の大きさを超えておりますと、機械が受け付けないことがございます", {"argue"}, {"excuse"}),
    (S, "お車が枠からはみ出していますと反応しないことがございますので、係員がすぐ伺います", set(), {"argue"}),
    # round 16: the customer's condition as the cause with a prompt remedy of ours after it holds nothing against them;
    # the customer left to fix it themselves still argues
    (
        S,
        "お荷物が規定の大きさを超えておりますと機械が受け付けないことがございますので、係の者がすぐに参ります",
        set(),
        {"argue"},
    ),
    (
        S,
        "お車が白線からはみ出しておりますとカメラが読み取れないことがございますので、一度停め直していただけますか",
        {"argue"},
        set(),
    ),
    (S, "お客様、説明書をちゃんと読んでいただけましたか", {"argue"}, set()),
    # blame: whoever worked on it before us, an outside party who did not do their part, another party doing
    # that part so we cannot, what goes through another party not reaching us (not a question about them,
    # not an offer that merely passes through a site, not 部屋)
    (S, "以前に施工された業者さんが、配管を曲げたままにしていたのではないかと", {"blame"}, set()),
    (S, "前の工務店さんの方で、防水をやり直していなかったようでして", {"blame"}, set()),
    (S, "前の業者さんがどちらだったか、教えていただけますか", set(), {"blame"}),
    # round 16: asking which party it was lays no fault; a fault named beside the question does
    (S, "前の管理会社さんがどちらだったか、伺ってもよろしいですか", set(), {"blame"}),
    (
        S,
        "前の業者さんがちゃんと施工していなかったようでして、どちらの業者さんだったか教えていただけますか",
        {"blame"},
        set(),
    ),
    (S, "配送業者さんがきちんと固定していなかったみたいで", {"blame"}, {"excuse"}),
    (S, "お部屋が片付いていなかったようで、失礼いたしました", {"apology"}, {"blame"}),
    (S, "検品は工場さんが全部やってるんで、うちではそこまでは何とも", {"blame"}, set()),
    (S, "旅行会社さんを通してのご予約ですと、アレルギーの情報がこちらに伝わらない場合がありまして", {"blame"}, set()),
    (S, "公式サイト経由ですとポイントが二倍つきます", set(), {"blame"}),
    # excuse: the slip as the consequence (その分…遅れた形で); a refusal with what will be done instead is the
    # solution's; "to some extent unavoidable, everyone does it" plays it down
    (S, "前の現場が長引きまして、その分こちらへの到着が遅れた形でございます", {"excuse"}, set()),
    (S, "その分お時間が遅れてしまいましたこと、お詫び申し上げます", {"apology"}, {"excuse"}),
    (S, "ご自宅への訪問はご案内いたしかねますが、代わりの品を本日お送りいたします", {"solution"}, {"excuse"}),
    (S, "ある程度はしょうがないっすね、みんな一回はやってますよ", set(), {"excuse"}),
    # dont_know: no way of checking (not with a call-back)
    (S, "現物を拝見しないことには、こちらでは判断のしようがございません", {"dont_know"}, set()),
    (S, "こちらでは確認のしようがないので、本社に問い合わせて折り返しご連絡いたします", {"solution"}, {"dont_know"}),
    # confirm: the details read back, then taken (not a bare そうですね)
    (S, "三丁目の角の青い屋根のお宅ですね、かしこまりました", {"confirm"}, set()),
    (S, "そうですね、承知しました", set(), {"confirm"}),
    # solution: the visit offered in Kansai humble form, with a time
    (S, "あさって朝一番で部品持って寄らせてもらいますわ", {"solution"}, set()),
    # customer fact: the casual plain past and present, an event on the calendar, an impression of a symptom
    # (not a "how …?" retort, a question, a closing courtesy or "I'm talking about …")
    (C, "先週から毎晩この音で起こされてんだよ", {"fact"}, set()),
    (C, "三回も電話したんだよ、なのに誰も来ねえ", {"fact"}, set()),
    (C, "いったいどうなってんだよ", set(), {"fact"}),
    (C, "土曜に孫の運動会があるんで、それまでに届けてほしいんです", {"fact", "request"}, set()),
    (C, "明日は空きがあるんですか", set(), {"fact"}),
    (C, "なんか焦げ臭い気がするんですけど", {"fact"}, set()),
    (C, "はい、ありがとうございました。失礼します", set(), {"fact"}),
    (C, "私は対応の仕方の話をしてるんです", set(), {"fact"}),
    (C, "いま駅のホームから電話してるんです", {"fact"}, set()),
    # customer request: the staff member's name asked bluntly (no abuse); not taking what was proposed, a sign's
    # wording quoted, "you should have … from the start", the customer's own next step, a caller's introduction
    (C, "あんたの名前、何ていうの", {"request"}, {"abuse"}),
    (C, "そちらの店長さん、お名前なんとおっしゃるんですか", {"request"}, {"threat"}),
    (C, "はい、じゃあそちらでお願いします", set(), {"request"}),
    (C, "「手を触れないでください」という表示が剥がれてたんです", set(), {"request"}),
    (C, "そんな決まりがあるんやったら、はなから書いといてください", set(), {"request"}),
    (C, "最初からやり直してください", {"request"}, set()),
    (C, "そちらとの契約は、一度見直させてもらいます", set(), {"request"}),
    (C, "先月そちらで車検を受けた山口ですけど", set(), {"request"}),
    # look-alikes: a remedy after "it happens everywhere", a frequent customer thanked
    (S, "この時期はどこのお宅でもなりますが、すぐに調整に伺います", set(), {"dismissive"}),
    (S, "しょっちゅうご利用いただいて、ありがとうございます", {"thanks"}, {"dismissive"}),
    # round 15 (look-alike families of the retrained learned layer, in other wording): our own shortfall owned is no
    # argument, "we did explain it" is; "it happens everywhere" with a prompt remedy after it takes the problem up
    (S, "当店の説明不足だったと認識しております", set(), {"argue"}),
    (S, "私どもがきちんとお伝えできていなかったということでございます", set(), {"argue"}),
    (S, "こちらとしてはきちんとご説明したという認識でございます", {"argue"}, set()),
    (S, "どこのお宅でもなるものですが、すぐに交換に伺います", {"solution"}, {"dismissive"}),
    (S, "よくあることですけど、様子を見てください", {"dismissive"}, set()),
    # --- round 15 dev families (ja-d127–d136), in other wording ---
    # argue: our own work said to be done right (not a promise, not a lapse owned), the customer's reading denied
    # (not a reassurance), "it depends on how you use it" (not a tip), the customer's own consent at purchase (not
    # an instruction), "you saw it yourself" / "it tested fine when we handed it over" (not a read-back, not empathy)
    (S, "こちらではきちんと点検してお渡ししておりますので", {"argue"}, set()),
    (S, "うちはしっかり締め直して納めてますから", {"argue"}, set()),
    (S, "こちらできちんと確認いたしますので、少々お待ちください", set(), {"argue"}),
    (S, "こちらでちゃんと確認していなかったので、申し訳ございません", {"apology"}, {"argue"}),
    (S, "いえ、そういう意味ではなくて、手順のお話をしております", {"argue"}, {"dismissive"}),
    (S, "いえ、そういうことではございませんので、ご安心ください", set(), {"argue"}),
    (S, "仕上がりの持ちはお手入れの仕方にもよりますので", {"argue"}, set()),
    (S, "使い方次第で長持ちしますので、コツをお伝えしますね", set(), {"argue"}),
    (S, "規約への同意にチェックをつけていただいておりますから", {"argue"}, set()),
    (S, "キャンセル料についてはご了承いただいておりますので", {"argue"}, set()),
    (S, "同意のチェックを入れていただければ、次の画面に進めます", set(), {"argue"}),
    (S, "奥様も一緒にご覧になってたでしょう、あの時は何ともなかったですよ", {"argue"}, set()),
    (S, "お渡しの時は試運転して問題ございませんでした", {"argue"}, set()),
    (S, "奥様も見ていらしたんですね、ご心配でしたよね", {"empathy"}, {"argue"}),
    (S, "お渡しの時は問題なかったんですね", set(), {"argue"}),
    # dont_know: "nobody can say" (not "beyond words"); a remedy turned down softly is no claim not to know
    (S, "何年もつかは、こちらでは何とも申し上げられません", {"dont_know"}, set()),
    (S, "本当になんとも言えないお気持ちだったと思います", set(), {"dont_know"}),
    # excuse: a small shop, no precedent or rule, fixed by the rules (not with the remedy), tied up on another job,
    # the helpers off too; a greeting to a known caller is none
    (S, "個人でやってる小さな工務店なんで、保証とかはちょっと", {"excuse"}, {"dont_know"}),
    (S, "返品の前例がございませんので、お受けできかねます", {"excuse"}, set()),
    (S, "解約の時期は約款で定められておりまして", {"excuse"}, set()),
    (S, "規定で決まっておりますので、本日中にご返金の手続きをいたします", {"solution"}, {"excuse"}),
    # round 16: the rule as the ground for the remedy that follows is no excuse; as the ground for a refusal it is
    (S, "約款で定められておりますので、本日中に交換品をお送りいたします", {"solution"}, {"excuse"}),
    (S, "約款で定められておりますので、交換はいたしかねます", {"excuse"}, set()),
    (S, "いま別の現場に行ってまして、夕方まで手が空かないんですよ", {"excuse"}, set()),
    (S, "パートの者も休んでおりまして", {"excuse"}, set()),
    (S, "手が空き次第お電話いたします", {"solution"}, {"excuse"}),
    (S, "あ、田中様、毎度お世話になっております", set(), {"excuse"}),
    # dismissive: everyone is in the same boat (not "everyone is here"), going elsewhere changes nothing
    (S, "今年はどちらのお宅も同じくらいの額になっておりまして", {"dismissive"}, set()),
    (S, "この時期はみなさん請求が高くなってるんですよ", {"dismissive"}, set()),
    (S, "お取引先の皆様もいらっしゃる場ですから、ご心配になりますよね", {"empathy"}, {"dismissive"}),
    (S, "本社に問い合わせてもらっても、結果は変わらないと思いますよ", {"dismissive"}, set()),
    (S, "どちらにお問い合わせいただいても同じ番号につながります", set(), {"dismissive"}),
    # steps: "if it is X, then …" reads nothing back; thanks for an earlier visit is a greeting; a sorry that only
    # cushions refusing a private contact is no apology; a superior who "will be in touch", no time, is no solution
    (S, "配線の問題ということであれば、工事の者が伺う形になります", set(), {"confirm"}),
    (S, "断線ということでよろしいでしょうか", {"confirm"}, set()),
    (S, "あ、山田様。先日はありがとうございました", set(), {"thanks"}),
    (S, "本日はお電話いただき、ありがとうございました", {"thanks"}, set()),
    (S, "担当者の携帯番号はお教えできないんですよ、すみません", set(), {"apology"}),
    (S, "ご迷惑をおかけして申し訳ございません。担当者の連絡先はお伝えできかねます", {"apology"}, set()),
    (S, "この件は私では決められないので、店長から改めてご連絡します", set(), {"solution"}),
    (S, "この件は店長と相談して、明日の昼までにご連絡します", {"solution"}, set()),
    # harassment: old and regional insults, the staff member's skill run down (not a blurred photo); a name spread by
    # word of mouth (not the customer's own trouble); a named staff member's private LINE (not the shop's)
    (C, "この間抜けが、客を舐めとんのか", {"abuse"}, set()),
    (C, "あんたんとこの整備士、下手くそすぎるわ。整備士なんか辞めたほうがええ", {"abuse"}, set()),
    (C, "あの店員さん、接客に向いてないと思うよ", {"abuse"}, set()),
    (C, "写真がピンぼけで、よく見えないんです", {"fact"}, {"abuse"}),
    (C, "お前の名前、近所じゅうに言いふらしてやるからな", {"threat"}, {"unreasonable_demand"}),
    (C, "近所に私のこと言いふらされて困ってるんです", set(), {"threat"}),
    (C, "あの整体師の吉田さんのLINE教えてよ", {"unreasonable_demand"}, {"request"}),
    (C, "お店の公式LINEのIDを教えてください", {"request"}, {"unreasonable_demand"}),
    (C, "そちらの会社の住所を教えてください", {"request"}, {"unreasonable_demand"}),
    # customer request: regional endings (not "nobody ever comes"), "what happens to the money?", "what will you
    # do?"; no fact in a "so you mean …?" or "why must I …?" retort, a worry about what may come, or agreeing to send
    (C, "ここの部品、新しいのに替えてけろ", {"request"}, set()),
    (C, "すまんけど、明日もう一回来てくれんか", {"request"}, set()),
    (C, "誰も来てくれんね、ほんとに", set(), {"request"}),
    # round 16: "nobody calls back" complains; with an ask on the same line it is a request
    (C, "何べん電話しても、誰も折り返してくれんのよ", set(), {"request"}),
    (C, "誰も来てくれんから、今日中に誰かよこしてください", {"request"}, set()),
    (C, "差額の分はどうなるんですか", {"request"}, {"fact"}),
    (C, "で、どうしてくれるの", {"request"}, set()),
    (C, "じゃあ、返金はできないってことですか", set(), {"fact"}),
    (C, "なんでこっちが毎回確認しなきゃならないんですか", set(), {"fact"}),
    (C, "明日も遅れたら困るので、早めに持ってきてください", {"request"}, {"fact"}),
    (C, "はい、わかりました。写真は撮ってあるので、あとでメールします", set(), {"fact"}),
    # --- round 16 dev families (ja-d137–d141), in other wording ---
    # round 16, excuse: short of hands in any conjugation; not with the remedy after it
    (S, "この時期は配達員が足りておりませんで、どうしても遅れが出てしまうんです", {"excuse"}, set()),
    (S, "年末で職人の手が足りず、今月中の仕上げは難しいところでして", {"excuse"}, set()),
    (S, "人手が足りていない日ではございますが、本日中に必ず私が伺います", set(), {"excuse"}),
    # round 16, excuse: the colleague off as the reason; not when someone takes it up or calls back
    (S, "担当の佐藤があいにく休みを取っておりましたので、引き継ぎができておらず", {"excuse"}, set()),
    (S, "担当の佐藤は本日お休みをいただいておりますので、明日佐藤から折り返しご連絡いたします", set(), {"excuse"}),
    # round 16, excuse: our check does not go that far, we rely on what the other side declared; not a reassurance
    (S, "当店では中の基板まで点検するわけではございませんので", {"excuse"}, set()),
    (S, "経歴につきましては先方の自己申告を前提にしておりまして", {"excuse"}, set()),
    (S, "こちらで中身までお調べすることはございませんので、ご安心ください", set(), {"excuse"}),
    # round 16, excuse: the volume as the reason, the backlog not caught up; not advice to book early
    (S, "今月はご注文が多かったもので、発送が遅れてしまいまして", {"excuse"}, set()),
    (S, "返品の検品が追いついておらず、返金が止まっている状態です", {"excuse"}, set()),
    (S, "週末はご予約が多いので、お早めにお申し込みください", set(), {"excuse"}),
    # round 16, blame (not excuse): another party's judgement said casually after a でも; naming who will act is a
    # solution
    (S, "いやでも、シフトの組み方は本部さんの判断なんで、うちではどうにも", {"blame"}, {"excuse"}),
    (S, "最終的には本部の判断になりますので、本部に確認して明日ご連絡いたします", set(), {"blame"}),
    # round 16, blame: the one who did it was someone else, "don't put it on me"; not when the speaker takes it up
    (S, "ご案内したのは他の者でして、私に言われましてもどうにも", {"blame"}, set()),
    (S, "対応したのは別の者ですが、私が責任を持って確認いたします", set(), {"blame"}),
    # round 16, argue: the damage said to have been there already; not an offer to check whether it was
    (S, "そのお皿、もともと欠けがあったのではないでしょうか", {"argue"}, set()),
    (S, "以前から傷があったかどうか、記録を確認いたします", set(), {"argue"}),
    # round 16, argue: what the customer goes by recast as "only X"; not a hedge on one's own view
    (S, "カタログの写真はあくまでイメージですので", {"argue"}, set()),
    (S, "あくまで私の考えですので、最終的には店長と相談いたします", set(), {"argue"}),
    # round 16, argue: "no, that's not it"; not when it takes the fault off the customer
    (S, "いえ、そうではなくてですね、その割引は会員様だけのものなんです", {"argue"}, set()),
    (S, "いえ、そうではございません、こちらの手違いです", set(), {"argue"}),
    # round 16, dismissive: the harm sized small, then "it won't show"; not with the remedy itself, not a price band
    (S, "小さい擦り傷くらいでしたら、磨けばわからなくなりますよ", {"dismissive"}, set()),
    (S, "この汚れ程度でしたら、クリーニングで目立たなくできますので、本日お預かりいたします", set(), {"dismissive"}),
    (S, "ご予算が一万円程度でしたら、こちらのプランがおすすめです", set(), {"dismissive"}),
    # round 16, confirm: 念のため before a check or read-back; asking for an ID number 念のため reads nothing back
    (S, "念のため確認いたします。先月の検針分が二重に引き落とされた、ということですね", {"confirm"}, set()),
    (S, "恐れ入りますが、念のためお客様番号を教えていただけますか", set(), {"confirm"}),
    # round 16, thanks: a thank-you for the details leading into the read-back is no closing thanks
    (
        S,
        "ありがとうございます。確認させていただきますと、昨日の午後に届いた箱が潰れていた、ということでよろしいですか",
        {"confirm"},
        {"thanks"},
    ),
    (S, "ありがとうございます。本日はご連絡いただき助かりました", {"thanks"}, set()),
    # round 16, empathy: an apology whose reason is a …のに clause grants no feeling; with a feeling word it does
    (S, "遠くから来ていただいたのに、お渡しできないことになってしまって、申し訳ございません", {"apology"}, {"empathy"}),
    (S, "思い出の品なのに、本当に申し訳ございません", {"apology"}, {"empathy"}),
    (S, "申し訳ございません。せっかく遠くから来ていただいたのに、がっかりされましたよね", {"empathy"}, set()),
    # round 16, fact: what the customer did, held up with はず, even beside a request; a number given on request, the
    # number "same as registered", a retort at the staff's manner tell nothing that happened
    (
        C,
        "早めに交換してほしいです。注文のとき、備考欄に置き配不可って書いたはずなんですけど",
        {"fact", "request"},
        set(),
    ),
    (C, "はい、四の二〇八五です", set(), {"fact"}),
    (C, "山田です。電話番号は登録してあるのと同じです", set(), {"fact"}),
    (C, "そんな態度、失礼じゃないですか", set(), {"fact"}),
    (C, "昨日の電話でそういう言い方をされたんです", {"fact"}, set()),
    # round 16, unreasonable_demand: a call back asked from the manager is a request; the president at home is not
    (C, "話にならないから、上司の方から今日中に電話ください", {"request"}, {"unreasonable_demand"}),
    (C, "社長から今日中に電話させて、それから家まで謝りに来い", {"unreasonable_demand"}, {"request"}),
    # round 17, excuse: the arranging or scheduling of the work as the reason; a dated visit after it is the remedy
    (S, "部品の取り寄せの段取りの都合で、来週までお待ちいただくことになりそうです", {"excuse"}, set()),
    (S, "職人の手配の都合上、明後日の午前中にお伺いいたします", {"solution"}, {"excuse"}),
    # round 17, excuse: a refusal with the instead in a sentence of its own is the remedy
    (
        S,
        "本日の店長によるご訪問はお受けいたしかねます。代わりに、明日の午前に点検結果をお送りいたします",
        {"solution"},
        {"excuse"},
    ),
    # round 17, blame: "left to them"; not leaving it to them
    (S, "仕上げは外注先任せなもんで、こちらでは何とも", {"blame"}, set()),
    (S, "配送は運送会社任せにせず、こちらで責任をもって確認いたします", set(), {"blame"}),
    # round 17, argue: the records show no such choice by the customer; the same owned as our slip
    (S, "えっと、こちらの履歴ですと、日時のご指定はいただいておりませんね", {"argue"}, set()),
    (S, "こちらの記録ですと、ご指定なしで承ってしまっておりました。大変申し訳ございません", {"apology"}, {"argue"}),
    # round 17, thanks: the regular's greeting at the opening, a thank-you leading into asking the details; the
    # closing stays
    (S, "毎度ありがとうございます、山田工務店でございます", set(), {"thanks"}),
    (S, "佐藤様ですね、いつもお世話になっております。本日はどうされましたか", set(), {"thanks"}),
    (S, "ありがとうございます。恐れ入りますが、ご注文番号を教えていただけますか", set(), {"thanks"}),
    (S, "ありがとうございます。では、担当の者から明日ご連絡いたします。ありがとうございました", {"thanks"}, set()),
    # round 17, dont_know: an offer to help with anything unclear; a real "I don't know" stays
    (S, "分からない点がございましたら、いつでもお電話ください", set(), {"dont_know"}),
    (S, "そこはちょっと私ではわからないです", {"dont_know"}, set()),
    # round 17, apology: the form an apology will take, to be settled, is the remedy's
    (S, "お詫びのかたちについては、上の者と相談のうえ明日ご連絡いたします", {"solution"}, {"apology"}),
    (S, "大変失礼いたしました、心よりお詫び申し上げます", {"apology"}, set()),
    # round 17, request: regional endings, "show me then", "soon, OK?"; a plain future remark is none
    (C, "早く直しておくれよ", {"request"}, set()),
    (C, "そっちの記録ってやつを見せてみろや", {"request"}, set()),
    (C, "なるべく早くお願いね", {"request"}, set()),
    (C, "修理はたぶん早めに終わると思うよ", set(), {"request"}),
    # round 17, unreasonable_demand: "come tonight" as an order; a visit tomorrow asked politely is a request
    (C, "今晩中にうちまで来いって言ってんだよ", {"unreasonable_demand"}, {"request"}),
    (C, "明日の朝に来てください", {"request"}, {"unreasonable_demand"}),
    # round 17, model look-alike: "depending on the care it lasts, so let me tell you how" guides; the customer's use
    # named as the cause still argues
    (S, "お手入れ次第で長くお使いいただけますので、方法をご案内いたします", set(), {"argue"}),
    (S, "使い方次第で壊れることもありますので、それはお客様のほうの問題かと", {"argue"}, set()),
    # round 19, argue: the point held as already explained (…とご説明した通りでして); a lead-in to a remedy is not
    (S, "延長料金がかかることは、ご契約の際に申し上げたとおりです", {"argue"}, set()),
    (S, "そこは最初にお伝えしたとおりなんで", {"argue"}, set()),
    (S, "先ほどご案内した通り、担当の者から本日中にお電話いたします", set(), {"argue"}),
    # round 19, argue: the customer said to have checked it at the time (ご確認いただいたかと思うんですけど); a polite
    # check before a resend is not
    (S, "納品の時に、中身は見てもらったと思うんですけど", {"argue"}, set()),
    (S, "ただその日、お引き渡しの時に傷の有無はご覧になったと思いますが", {"argue"}, set()),
    (S, "メールはご確認いただけたかと存じますが、念のため改めてお送りいたします", set(), {"argue"}),
    # --- round 20 families (ja-d152–d157), in other wording ---
    # excuse: the job before ran over, a circumstance heard second-hand trailing off, the nature of the goods, the light
    # or the screen, the causal もので after an adjective or a plain verb, "hard for us to …" — not with an apology, the
    # remedy, a read-back or a look offered together
    (S, "直前のお客様の施術がちょっと長引いておりまして", {"excuse"}, set()),
    (S, "まえの配達先で時間がかかってしまいまして、それで遅くなりました", {"excuse"}, set()),
    (S, "前のお客様の施術が長引いてしまい、お待たせして大変申し訳ございません", {"apology"}, {"excuse"}),
    (S, "前の現場が少し押しておりますので、到着は十五時ごろになるとご連絡いたします", {"solution"}, {"excuse"}),
    (S, "当日は搬入口の工事と重なっていたようでして。", {"excuse"}, set()),
    (S, "こちらの入力に誤りがあったようでして、申し訳ございません", {"apology"}, {"excuse"}),
    (S, "天然の革ですと、もともと色むらが出やすい素材もございまして", {"excuse"}, set()),
    (S, "木製品ですんで、そもそも反りが出る個体がありまして", {"excuse"}, set()),
    (
        S,
        "もともと傷のある商品が混じっていたものがございまして、こちらの検品漏れでございます。申し訳ございません",
        {"apology"},
        {"excuse"},
    ),
    (S, "スマホの画面ですと実物より鮮やかに写ってしまうことがありまして", {"excuse"}, set()),
    (S, "蛍光灯の下だと色が暗めに見えるんです", {"excuse"}, set()),
    (S, "照明の下で見えた色と、お届けした色が違っていたということですね", {"confirm"}, {"excuse"}),
    (S, "明るい自然光の下でご覧いただけますか", set(), {"excuse"}),
    (S, "うちの店は駅から遠いもので、配達に時間がかかってしまうんです", {"excuse"}, set()),
    (S, "部品の取り寄せに時間がかかるもので", {"excuse"}, set()),
    (S, "古いものでしたら、無料で下取りいたします", {"solution"}, {"excuse"}),
    (S, "お手元にあるもので構いませんので、写真を送っていただけますか", set(), {"excuse"}),
    (S, "夜間は人の目が届きにくく、細かいところまで見るのは厳しい部分がございまして", {"excuse"}, set()),
    (S, "私どもの至らないところがございまして、本当に申し訳ございません", {"apology"}, {"excuse"}),
    # excuse, look-alikes: the demand out of proportion declined after the remedy; an earlier promise taken back
    (
        S,
        "交換品は明日お送りいたします。ただ、店長が直接伺ってのお詫びは、お受けいたしかねます",
        {"solution"},
        {"excuse", "apology"},
    ),
    (S, "先ほどの全額返金というのは、私の一存では決められないことでした。訂正させてください", set(), {"excuse"}),
    # blame: a colleague who did not do their part (heard second-hand), "not our employee", "ask them yourself", the
    # fault named as another party's — not with an apology, the responsibility taken, or a check we make ourselves
    (S, "夜勤の者が申し送りをしていなかったようで", {"blame"}, {"excuse"}),
    (S, "窓口のスタッフが勝手に割引をお約束してしまったみたいで", {"blame"}, set()),
    (
        S,
        "受付の者がお伝えしていなかったようで、大変失礼いたしました、申し訳ございません",
        {"apology"},
        {"blame"},
    ),
    (S, "運転手は派遣会社から来ている人で、うちの社員じゃないんですよ", {"blame"}, set()),
    (
        S,
        "作業員は当社の社員ではございませんが、責任は当社にございますので、私が確認いたします",
        set(),
        {"blame"},
    ),
    (S, "保険の件は保険会社さんのほうに直接問い合わせてもらえますか", {"blame"}, set()),
    (S, "それは先方に聞いてもらうしかないですね", {"blame"}, set()),
    (S, "メーカーにもこちらから確認して、明日お電話いたします", {"solution"}, {"blame"}),
    (S, "たぶん運送会社さんの方の扱いの問題だと思いますよ", {"blame"}, set()),
    (S, "配送業者の問題ではなく、当店の梱包が甘かったためです。申し訳ございません", {"apology"}, {"blame"}),
    (S, "宅配業者の問題かどうか、こちらで調べてご連絡いたします", {"solution"}, {"blame"}),
    # argue: the cause put on the customer's side, "we should have explained it", our work said to have nothing to do
    # with it, "had you only …, it would have kept" — not denied, not a check, not with an apology and the remedy
    (S, "お客様のお手入れの方法にも原因があったのかもしれません", {"argue"}, set()),
    (S, "お客様に原因があったわけではございませんので、ご安心ください", set(), {"argue"}),
    (S, "ご本人様の過失ではございませんので、費用はかかりません", set(), {"argue"}),
    (S, "契約時にご説明させていただいているはずなんですけどね", {"argue"}, set()),
    (S, "当院の施術とは直接関係ないと思われます", {"argue"}, set()),
    (S, "当店の作業と関係があるかどうか、すぐに調べます", set(), {"argue"}),
    (S, "もう少し早く水を止めていただけていれば、床まで傷まなかったと思うんですが", {"argue"}, set()),
    (
        S,
        "ご相談いただけていれば防げたかもしれません。申し訳ございません、すぐに交換品をお送りいたします",
        {"apology", "solution"},
        {"argue"},
    ),
    # dismissive: "you are not the only one", "it worked out in the end, so good", "a few every year", "even if a bit
    # scratched it is perfectly usable" — not with an apology or the remedy
    (S, "お待ちなのは田中様だけじゃありませんので", {"dismissive"}, set()),
    (
        S,
        "お客様だけではございません。同じ地区の皆様にご迷惑をおかけしており、申し訳ございません",
        {"apology"},
        {"dismissive"},
    ),
    (S, "結果的には間に合ったわけですよね、それなら何よりです", {"dismissive"}, set()),
    (S, "結局ご無事だったとはいえ、怖い思いをさせてしまい申し訳ございません", {"apology"}, {"dismissive"}),
    (S, "毎年何人かはこういうお客様がいらっしゃるんですけどね", {"dismissive"}, set()),
    (S, "毎年何件か同じご相談がございますので、今回は無償で点検いたします", {"solution"}, {"dismissive"}),
    (S, "少し傷がついていても、普通にお使いいただけますよ", {"dismissive"}, set()),
    (S, "少し傷がついていても交換いたしますので、お送りください", {"solution"}, {"dismissive"}),
    # empathy: the customer's point granted mid-sentence; "as you say, it is chargeable" agrees only to refuse
    (S, "おっしゃるとおりで、こちらの説明が足りませんでした", {"empathy"}, set()),
    (S, "ご指摘のとおりでございます", {"empathy"}, set()),
    (S, "おっしゃるとおり、保証期間は過ぎておりますので有償になります", set(), {"empathy"}),
    # (the record read and found to bear the customer out agrees; a "but" after it still argues)
    (
        S,
        "控えを拝見しましたが、お客様のおっしゃるとおり、お届けの時点で破損はなかったということです",
        {"empathy"},
        {"argue"},
    ),
    (S, "おっしゃるとおりです。ただ、記録上はご返却がまだのままでして", {"argue"}, {"empathy"}),
    # apology: one's own rude words owned; someone else's reported are not
    (S, "さっきは失礼なことを申しました", {"apology"}, set()),
    (S, "私の言い方が悪かったです", {"apology"}, set()),
    (S, "担当者から失礼な言い方をされたとのこと、確認させていただきます", set(), {"apology"}),
    # solution: "I will let you know by …"; overpromise: someone sent "for certain"
    (S, "明日の夕方までに結果をメールでお知らせします", {"solution"}, set()),
    (S, "本日中に修理担当を向かわせます、必ず", {"overpromise"}, set()),
    # customer request: "if you'd just …, that's all", the contracted ておくれ, a deadline the remedy must meet, a bare
    # te-form order — not the reproach, "nobody would", "I wouldn't mind"; a bare "got it" is no fact
    (C, "こっちで確認してくれりゃそれでいいんだよ", {"request"}, set()),
    (C, "送ってくれればええけん", {"request"}, set()),
    (C, "最初から言ってくれればよかったのに", set(), {"request"}),
    (C, "早よ持ってきとくれ", {"request"}, set()),
    (C, "誰も直しとくれんかった", set(), {"request"}),
    (C, "週末までに届かないと困るんですよ", {"request"}, set()),
    (C, "週末までに届かなくても別に困らないけど", set(), {"request"}),
    (C, "明日までに全額返金して", {"request"}, set()),
    (C, "三時ね わかった", set(), {"fact"}),
    # unreasonable_demand: the top person ordered out, in the kana the ASR writes; the boss named in a story is none
    (C, "ほな支配人よべや、今すぐ", {"unreasonable_demand"}, {"request"}),
    (C, "見積もりは社長が出してくれたものです", set(), {"unreasonable_demand"}),
    # --- round 21 (bank ja-3) argue families, in other wording ---
    # the customer's account deemed unlikely, our routine or people vouched for; not the customer cleared, not a check
    (
        S,
        "うちのクリーニングは毎回二度検品してますから、ボタンが取れてたっていうのはちょっと考えにくいんですよね",
        {"argue"},
        set(),
    ),
    (S, "うちの板前は二十年やっとりますけん、生焼けっちゅうことはまずないと思いますよ", {"argue"}, set()),
    (S, "あの子が電話口でそんな失礼なこと言うとはちょっと思えないんですけどね", {"argue"}, set()),
    (S, "お客様が悪いということはまずございませんので、どうぞご安心ください", set(), {"argue"}),
    (S, "二重に引き落とされるということはまず考えにくいのですが、念のためお調べいたします", set(), {"argue"}),
    # the customer named as the one who did it; not thanks
    (S, "お客さんが充電器を差しっぱなしにしとったから、電池が膨らんでもうたんですわ", {"argue"}, set()),
    (S, "割引コードを入れ忘れたんはお客様のほうでございまして", {"argue"}, set()),
    (S, "お客様がすぐにご連絡くださったから、早めに対応できました", set(), {"argue"}),
    # the customer's own doing or absence guessed at; not an offer to check
    (S, "ご家族の方がご自分でリモコンの設定を変えちゃったんじゃないですかね", {"argue"}, set()),
    (S, "その日はお留守だったのではないかと思うんですが", {"argue"}, set()),
    (S, "お客様のほうで通知をオフにされているからだと思います", {"argue"}, set()),
    (S, "ご不在だったかどうか、配達員に確認いたします", set(), {"argue"}),
    # "it is written / we tell you in X, so …"; not an invitation to look, not a message passed on
    (S, "説明会の資料にも載せておりますので、ご存じのはずかと", {"argue"}, set()),
    (S, "ホームページにも載せておりますので、よろしければご覧ください", set(), {"argue"}),
    (S, "担当の者にもお伝えしておりますので、明日中にご連絡いたします", {"solution"}, {"argue"}),
    # the records show no such call; not a check offered
    (S, "着信の履歴を見ても、そのお時間のお電話は一件も残っておりません", {"argue"}, set()),
    (S, "記録が残っていないか、すぐにお調べいたします", set(), {"argue"}),
    # our slip denied, done as ordered, the damage there when we took it — not with an apology, a redo, owning it
    (S, "こちらで打ち間違えたわけではないんですよ", {"argue"}, set()),
    (S, "こちらで取り違えたわけではございませんが、ご迷惑をおかけし申し訳ございません", {"apology"}, {"argue"}),
    (S, "ご指定どおりの長さでカットしておりますので", {"argue"}, set()),
    (S, "ご注文どおりのお色でお作りし直しますので、少々お待ちください", set(), {"argue"}),
    (S, "お引き取りした時点でもう傷がついてましたよ", {"argue"}, set()),
    (S, "お預かりした時には傷はついていなかったので、こちらの責任です", set(), {"argue"}),
    # excuse: the circumstance disowned as a reason owns it
    (S, "混雑していたのは事実ですが、お待たせした理由にはなりません。申し訳ございません", {"apology"}, {"excuse"}),
    # --- round 23 families (ja-d158–d163), in other wording ---
    # excuse: the weather disrupting the round; not sympathy, not with the remedy
    (S, "吹雪で路線が全部止まっておりまして", {"excuse"}, set()),
    (S, "台風の影響で船が出せず、どうにもならなかったんです", {"excuse"}, set()),
    (S, "大雪で道が通行止めですので、代わりの便で本日お届けいたします", set(), {"excuse"}),
    # excuse: crowded, the busy time of year, running behind; not a notice to wait
    (S, "駅前が混み合っておりまして、到着が遅れました", {"excuse"}, set()),
    (S, "引っ越しの依頼が立て込む時期なんで、ちょっと", {"excuse"}, set()),
    (S, "窓口が混み合っておりますので、番号札を取ってお待ちください", set(), {"excuse"}),
    # excuse: goods awaited from the supplier (no fault laid on them), the queue as the reason
    (S, "部材が問屋さんからの入荷待ちの状態でして", {"excuse"}, {"blame"}),
    (S, "卸からの納品が遅れておりまして、いかんともしがたく", {"excuse"}, set()),
    (S, "在庫切れでしたので、別の店舗から取り寄せてお送りいたします", set(), {"excuse"}),
    (S, "修理のご依頼を順番にお伺いしておりますので", {"excuse"}, set()),
    (S, "順番にご案内しておりますので、少々お待ちください", set(), {"excuse"}),
    # a rule refused with an apology and what will be done instead is no excuse
    (
        S,
        "申し訳ございません。職員の携帯番号はお教えできない決まりです。その代わり、課長から本日中にお電話いたします",
        {"apology", "solution"},
        {"excuse"},
    ),
    # argue: what we were told held against the customer, what they could have done,
    # "wasn't it rather that you …?"; not when the line owns the lapse
    (S, "ご注文時は甘さ控えめと伺っておりまして、砂糖抜きとまでは承っておりませんでした", {"argue"}, set()),
    (S, "前日にキャンセルのお電話をいただくという手もあったかと", {"argue"}, set()),
    (S, "ご記入の際に桁を取り違えた、ということはございませんか", {"argue"}, {"confirm"}),
    (S, "お言葉を返すようで恐縮ですが、検品では異常はございませんでした", {"argue"}, set()),
    (S, "持病とまでは伺っていなかったのは当方の確認不足です。申し訳ございません", {"apology"}, {"argue"}),
    # dismissive: the harm called tiny, "no real harm came of it"; not beside an apology
    (S, "ほんのわずかな量でしたし、大事には至らなかったわけですから", {"dismissive"}, set()),
    (S, "お言葉ですが、ごく微量でしたので", {"dismissive"}, set()),
    (S, "大事に至らなかったとはいえ、ご心配をおかけし申し訳ございません", {"apology"}, {"dismissive"}),
    # blame: another section's staff overlooked it; not when the line owns it
    (S, "配膳の係が札を見落としたものでして", {"blame"}, set()),
    (S, "倉庫の者が入れ忘れたようで、当社の落ち度です。申し訳ございません", {"apology"}, {"blame"}),
    # a cushioned check of one detail reads nothing back; a cushion before a question is no apology
    (S, "恐れ入りますが、お届け先は前回と同じでよろしいですか", set(), {"confirm"}),
    (S, "すいません、会員番号いいっすか", set(), {"apology"}),
    # customer: harassment signs, and their look-alikes
    (C, "駐車代もばかにならないんですよ", set(), {"abuse"}),
    (C, "買ったばかりなんですけど", set(), {"abuse"}),
    (C, "この能無しが", {"abuse"}, set()),
    (C, "自宅まで押しかけて白黒つけたるからな", {"threat"}, set()),
    (C, "店の裏で、あの店員が帰るまで張っとるからな", {"threat"}, set()),
    (C, "店の前で店長が出てくるまで待ってたのに、誰も来なかった", set(), {"threat"}),
    (C, "金や、百万", {"unreasonable_demand"}, set()),
    (C, "料金だけで二万もしたんよ", set(), {"unreasonable_demand"}),
    # customer: requests in casual and regional endings; "why didn't you call" asks nothing now
    (C, "もう一回ちゃんと見てよ伝票にそう書いてあるで", {"request"}, set()),
    (C, "金曜までには欲しいんよ", {"request"}, set()),
    (C, "はよ届けてけ", {"request"}, set()),
    (C, "少し考えてもらえんか", {"request"}, set()),
    (C, "なんで一言連絡くれへんかったん", set(), {"request"}),
    # round 24: a refund the terms provide for, the overcharge given back: the remedy;
    # on one's own say-so or beyond the terms: an overpromise
    (S, "欠航の場合は約款に従い、運賃を全額ご返金いたします", {"solution"}, {"overpromise"}),
    (S, "中止となりましたので、規定により受講料は全額お返しいたします", {"solution"}, {"overpromise"}),
    (S, "差額の八百円はお返しいたします", {"solution"}, {"overpromise"}),
    (S, "私の判断で入場料は全額ご返金いたします", {"overpromise"}, {"solution"}),
    (S, "規定外ですが、特別に全額お返しいたします", {"overpromise"}, set()),
    # round 24: a bare limit of authority, someone off the phone: no excuse;
    # "nothing I can do" still is
    (S, "修理代の件につきましては、わたくしの一存では判断いたしかねますので", set(), {"excuse", "dont_know"}),
    (S, "所長はただいま現場に出ておりまして、お電話に出られません", set(), {"excuse"}),
    (S, "返金の件は、私の一存ではどうにもなりませんので", {"excuse"}, set()),
    # round 24: our own slip owned in the line is no blame; an outside party in charge is
    (S, "申込書のほうが受付の係に回っておりませんでした。当店の確認不足です", set(), {"blame"}),
    (S, "申込書のほうは委託先の業者さんの方で管理しておりまして", {"blame"}, set()),
    # round 24: the customer's handling held up argues, it plays nothing down
    (S, "ただ、チェーンは油を差さないと錆びることもございますので、お客様のお取り扱いも", set(), {"dismissive"}),
    # round 24: a hold or the caller's words put on record is no remedy; a check with a call-back is
    (S, "倉庫に在庫を問い合わせますので、しばらくお待ちください", set(), {"solution"}),
    (S, "ただいまのご発言は記録させていただきます。上の者に代わります", set(), {"solution"}),
    (S, "倉庫に確認して、夕方までにお電話いたします", {"solution"}, set()),
    # round 24: our own way of working to be reviewed is a step
    (S, "予約の受け方も、院内で見直してまいります", {"solution"}, set()),
    (S, "発送前の検品手順を見直します", {"solution"}, set()),
    # round 24: "should not have" alone admits the fault; the apology is still to come
    (S, "あの場で急かすような案内はするべきではございませんでした", set(), {"apology"}),
    (S, "急かすような案内はするべきではございませんでした。申し訳ございません", {"apology"}, set()),
    # round 24: what the customer was told, read back
    (S, "窓口で来月まで入荷しないと案内されたんですね", {"confirm"}, set()),
    (S, "先週も同じことを言われたんですよ", set(), {"confirm"}),
    (S, "前の担当者からもそう説明されたんですよ", set(), {"confirm"}),
    # round 27: the lapse found in our records and named ours, or our rudeness only realised, is no apology yet
    (
        S,
        "先ほど受付台帳を確認しましたところ、ご予約の日付が一日ずれて入っておりました。こちらの手違いでございます",
        set(),
        {"apology"},
    ),
    (
        S,
        "いま伝票を見ましたら、発送先が旧住所のままでした。こちらの手違いです、大変申し訳ございません",
        {"apology"},
        set(),
    ),
    (
        S,
        "奥様とお二人でお待ちいただいていたのに、何のご連絡もしていなかったことがよく分かりました",
        {"empathy"},
        {"apology"},
    ),
    (
        S,
        "奥様とお二人でお待ちいただいていたのに、何のご連絡もしていなかったことがよく分かりました。本当に申し訳ございません",
        {"apology", "empathy"},
        set(),
    ),
    # round 27: the hurt named as what the apology is for, and one's own words owned, grant no feeling
    (S, "人前で、お客様が恥ずかしい思いをされたこと、誠に申し訳ございませんでした", {"apology"}, {"empathy"}),
    (S, "人前で、さぞ恥ずかしい思いをされたことと存じます。申し訳ございません", {"apology", "empathy"}, set()),
    (
        S,
        "大変失礼いたしました。お客様を責めるような言い方になってしまいました。申し訳ございません",
        {"apology"},
        {"empathy"},
    ),
    (
        S,
        "失礼な言い方をしてしまいました、申し訳ございません。ご不安なお気持ちはよくわかります",
        {"apology", "empathy"},
        set(),
    ),
    # round 27: the demand out of proportion declined after the remedy (no "but", or the ASR's lost full stop)
    (S, "代わりの品を本日中にお送りします ただ 店長がご自宅に伺うことはお受けいたしかねます", {"solution"}, {"excuse"}),
    (S, "交換品は明日お送りします。慰謝料につきましては、お受けいたしかねます", {"solution"}, {"excuse"}),
    (S, "返品は規定によりお受けいたしかねます", {"excuse"}, set()),
    # round 27: the damage traced to our own work argues nothing; a record found in order still does
    (
        S,
        "整備記録を見ますと、十日に取り付け作業となっておりまして、取り付けの際に傷がついた可能性がございます",
        set(),
        {"argue"},
    ),
    (S, "点検記録を見ますと、十日の時点で異常なしとなっておりまして", {"argue"}, set()),
    # round 27: our own record read out is no read-back; one closed by ということですね is
    (S, "作業記録を見ますと、三日に部品交換、五日に試運転となっておりまして", set(), {"confirm"}),
    (S, "記録を見ますと、先月の二十日にご入金いただいているということですね", {"confirm"}, set()),
    # round 27: a check promised by a time, the thing inspected, the lost item found — not a hold or a question
    (S, "配送業者に明日の午前中に確認いたします", {"solution"}, set()),
    (S, "本日中に問屋へ在庫を問い合わせます", {"solution"}, set()),
    (S, "明日のご予約ですね、確認いたしますので少々お待ちください", set(), {"solution"}),
    (S, "担当の整備士が現物を拝見させていただければと思います", {"solution"}, set()),
    (S, "お名前を確認させていただきたいのですが", set(), {"solution"}),
    (S, "店内をもう一度探しましたら、お忘れのお財布が見つかりました", {"solution"}, set()),
    (S, "倉庫を調べましたら、まだ見つかりませんでした", set(), {"solution"}),
    # round 27: a multiple of the price demanded is out of proportion; a bill that tripled is a fact
    (C, "払った分の三倍、きっちり返してもらうからな", {"unreasonable_demand"}, {"request"}),
    (C, "倍返しだよ、わかってんのか", {"unreasonable_demand"}, set()),
    (C, "電気代がいつもの三倍になってるんです", {"fact"}, {"unreasonable_demand"}),
    # round 27: the Tohoku ask てけるんだが; 出かけるんだが asks nothing
    (C, "代わりの車、今日中に貸してけるんだが", {"request"}, set()),
    (C, "その日は出かけるんだが、昼なら家にいる", set(), {"request"}),
    # round 27: what was not done, listed in a complaint, asks nothing; an ask beside it does
    (C, "修理の間、代わりの電話も貸してくれんかったし、説明もなかったし", set(), {"request"}),
    (C, "代わりの電話も貸してくれなかったし、せめて今日中に連絡ください", {"request"}, set()),
    # round 27: a line that is only the demand tells no fact; a story before it does
    (C, "払ったお金、三万円全部返して", {"request"}, {"fact"}),
    (C, "昨日買ったばかりなのに壊れたんです。全部返して", {"fact", "request"}, set()),
    # round 27: the staff member's number demanded to ring it every night is no threat; posting it is
    (C, "お前の携帯番号教えろ、毎晩電話してやるから", {"unreasonable_demand"}, {"threat"}),
    (C, "お前の携帯番号教えろ、毎晩電話して、ネットにも晒してやるから", {"threat"}, set()),
    # round 27: a sorry cushioning the refusal of a staff member's number apologises for nothing
    (S, "申し訳ありません、スタッフの番号はお教えできません", set(), {"apology"}),
    (S, "ご迷惑をおかけして申し訳ありません、担当者の番号はお伝えできないんです", {"apology"}, set()),
    # round 31: lines
    # round 31, model look-alike after the retrain: the date granted, then put on the customer's own choice
    (S, "確かに十五日のお届けですけど、お客様の方でご指定いただいてます", set(), {"confirm"}),
    (S, "確かに二十日のご指定でございますね、こちらの記録でもそうなっております", {"confirm"}, set()),
    # round 31: greeting a known customer for the earlier visit or stay, named, then the opening question:
    # no closing thanks
    (S, "小林様、先週はご購入いただきありがとうございました。本日はいかがなさいましたか。", set(), {"thanks"}),
    (S, "あ、森さん。この前はお買い上げありがとうございました。どういったご用件でしょう?", set(), {"thanks"}),
    (S, "先日はご利用いただきまして誠にありがとうございました。どうされましたか", set(), {"thanks"}),
    (S, "昨日はご来店ありがとうございました", set(), {"thanks"}),
    (S, "先日はご来店いただきありがとうございました。今後ともよろしくお願いいたします", {"thanks"}, set()),
    (S, "本日はお時間をいただき、ありがとうございました", {"thanks"}, set()),
    # round 31: a thank-you for the details, then the record read out: mid-call
    (S, "ありがとうございます、こちら配達日が五日のご指定になってますね", set(), {"thanks"}),
    (S, "ありがとうございます。ご予約は大人二名様となっておりますね", set(), {"thanks"}),
    (S, "ありがとうございます。記録を拝見しますと、確かに二月八日ご一泊でお受けしております。",
     {"confirm"}, {"thanks"}),
    (S, "お待ちいただきありがとうございました。記録を拝見しますと、確かにご入金いただいております。"
     "今後ともよろしくお願いいたします", {"confirm", "thanks"}, set()),
    # round 31: a bare sorry before a question of two clauses is its cushion; not with the trouble named
    (S, "すいません、それは何時ごろで、どちらに停めてましたか", set(), {"apology"}),
    (S, "すみません、その汚れってどのくらいの範囲で、どこについてますか。", set(), {"apology"}),
    (S, "すみません、お待たせして、どちらの商品でしたか", {"apology"}, set()),
    (S, "すみません、こちらの手違いで、どの日にお届けすればよろしいですか", {"apology"}, set()),
    # round 31: 責任を持って takes the next step on; it is no apology word
    (S, "おっしゃるとおりです。こちらで責任を持って確認します。せっかくのお祝いが台無しになってしまいましたね",
     set(), {"apology"}),
    (S, "私が責任もって手配いたします", {"solution"}, {"apology"}),
    (S, "こちらの責任です、申し訳ございません", {"apology"}, set()),
    # round 31: our record bearing the customer out is a read-back, no argue; held against them it argues
    (S, "申し訳ありません。こちらでも五日にお電話いただいた記録が残っています。", {"apology", "confirm"}, {"argue"}),
    (S, "申し訳ございません。当店でもお申し込みの記録がございます。", {"apology", "confirm"}, {"argue"}),
    (S, "こちらでも記録が残っておりますので、お受け取りになったはずです", {"argue"}, {"confirm"}),
    (S, "記録上はお客様が操作された記録が残っております", {"argue"}, set()),
    (S, "確かに十八日着のご指定です", {"confirm"}, set()),
    (S, "確かに三月五日にご注文をいただいております", {"confirm"}, set()),
    (S, "当店でも確かにご予約をお受けしております", {"confirm"}, set()),
    (S, "確かに二十日のご指定ですが、お客様のほうで選ばれています", set(), {"confirm"}),
    (S, "確かにご注文いただいておりますが、お客様のほうで日付をご指定されています", set(), {"confirm"}),
    # round 31: the point granted outright and the feeling named argues nothing; with a "but" it does
    (S, "ごもっともです、二度もお越しいただいてそれではお困りですよね", {"empathy"}, {"argue"}),
    (S, "おっしゃるとおりです、三回も電話して繋がらないんじゃ、お腹立ちですよね", {"empathy"}, {"argue"}),
    (S, "おっしゃるとおりです。ただ、お客様のほうで設定を変えられたのではないかと", {"argue"}, set()),
    # round 31: the worry granted plays nothing down; a reassurance or a minimiser does
    (S, "それはご心配ですよね、お子さんのことですから気が気でないと思います", {"empathy"}, {"dismissive"}),
    (S, "ご家族のことですから、ご不安になりますよね", {"empathy"}, {"dismissive"}),
    (S, "ご心配なく、よくあることですので", {"dismissive"}, set()),
    (S, "そこまでご心配なさらなくても大丈夫ですよ", {"dismissive"}, set()),
    # round 31: the intake sheet read against the customer argues; it plays nothing down unless a minimiser joins it
    (S, "受付票に右のドアに擦り傷ありって書いてあるんですよね、なので最初からあったものかと",
     {"argue"}, {"dismissive"}),
    (S, "お預かり票には右側にへこみありと記載がございますので、元からのものかと存じます", set(), {"dismissive"}),
    (S, "伝票に既存の傷と書いてありますし、その程度なら目立ちませんよ", {"dismissive"}, set()),
    # round 31: only why the customer rings, a number in a regional copula, loyalty held up: nothing that happened
    (C, "先月の請求の件で電話したんですけど", set(), {"fact"}),
    (C, "んだから電話したの", set(), {"fact"}),
    (C, "注文したケーキのことで電話したっちゃけど", set(), {"fact"}),
    (C, "届いたテレビが映らないことで電話したんです", {"fact"}, set()),
    (C, "三〇五五ばい", set(), {"fact"}),
    (C, "えっと、AB-0421たい", set(), {"fact"}),
    (C, "もう二十年もそちらで頼んでるんですよ", set(), {"fact"}),
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
